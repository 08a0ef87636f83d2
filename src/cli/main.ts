import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopChildren, signalChildren } from '../engine/children.js';
import { cliRunner } from '../engine/commands.js';
import { ConfigError, describeError } from '../engine/errors.js';
import { formatDiagnosis } from '../engine/diagnosis.js';
import { systemClock } from '../engine/logger.js';
import { provenanceTags } from '../engine/provenance.js';
import { stateHome } from '../engine/state.js';
import { checkFlagsOf, parse, timeoutOf } from './args.js';
import { closest } from '../config/suggest.js';
import { COMMANDS } from './commands.js';
import type { CliOutput } from './context.js';
import { commandHelp, HELP } from './help.js';
import { processIo, type CliIo } from './io.js';
import { terminalLogger, type TerminalLogger } from './logger.js';
import { packageRoot } from './paths.js';

/**
 * Runs the mlship command line; returns the exit code: 0 done, 1 failed, 2 bad usage or input.
 * `io` defaults to this process (stdout, stderr, working directory, environment).
 */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let logger = terminalLogger({ verbose: false, out: io.out, err: io.err });
  let debug = false;
  try {
    const { values, positionals } = parse(argv);
    debug = values.debug ?? false;
    logger = terminalLogger({ verbose: (values.verbose ?? false) || debug, out: io.out, err: io.err, tty: io.tty });
    const [command, ...rest] = positionals;
    if (values.version) {
      io.out(version());
      return 0;
    }
    if (!command) {
      (values.help ? io.out : io.err)(HELP);
      return values.help ? 0 : 2;
    }
    const handler = COMMANDS[command];
    if (!handler) {
      const guess = closest(command, Object.keys(COMMANDS));
      throw new ConfigError(
        `unknown command "${command}"${guess ? `: did you mean ${guess}?` : ''} Commands: ${Object.keys(COMMANDS).join(', ')}. Run mlship --help.`,
      );
    }
    // `mlship CMD --help` and `mlship help CMD`: the command's own text, on stdout.
    if (values.help || command === 'help') {
      const about = command === 'help' ? rest[0] : command;
      if (about !== undefined && !COMMANDS[about]) {
        const guess = closest(about, Object.keys(COMMANDS));
        throw new ConfigError(`mlship help ${about}: no such command${guess ? `; did you mean ${guess}?` : ''}`);
      }
      io.out(about === undefined ? HELP : commandHelp(about));
      return 0;
    }
    // Every usage error is found before anything is printed or done.
    checkFlagsOf(command, values);
    // A --timeout bounds every operation of the command, not only the wait.
    const deadline = values.timeout === undefined ? undefined : systemClock.now() + timeoutOf(values);
    const home = stateHome('cli', io.env, io.cwd);
    // Commands that keep state create its folder, ignored by git from the start.
    if (!['validate', 'plan', 'emulator'].includes(command)) ignoreStateFolder(home);
    const out = cliOutput(logger, values.json ?? false);
    const verbose = (values.verbose ?? false) || debug;
    const ctx = { home, logger, clock: systemClock, tags: provenanceTags(io.env), commands: cliRunner(logger, verbose), io, deadline, out };
    // up, emulator and logs --follow handle their own interrupt (a teardown, a clean stop, the end of
    // the log); every other command stops what it started (pip, a venv build) and ends.
    const stop = OWN_SIGNALS.includes(command) ? undefined : onSignalStopChildren(logger);
    try {
      return await handler(ctx, values, rest);
    } finally {
      stop?.();
    }
  } catch (err) {
    report(logger, err, debug);
    return err instanceof ConfigError ? 2 : 1;
  }
}

const OWN_SIGNALS = ['up', 'emulator', 'logs'];

/** Whatever happens, no program mlship started is left running once it exits. */
process.once('exit', () => signalChildren('SIGKILL'));

function onSignalStopChildren(logger: TerminalLogger): () => void {
  const handler = (signal: NodeJS.Signals) => {
    logger.warn(`${signal === 'SIGINT' ? 'Interrupted' : 'Terminated'}: stopping what this command started.`);
    void stopChildren().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
  };
}

function report(logger: TerminalLogger, err: unknown, debug: boolean): void {
  const described = describeError(err);
  logger.error(described.message);
  if (described.diagnosis) logger.info(formatDiagnosis(described.diagnosis, described.logs));
  if (described.logs) logger.info(`----- log -----\n${described.logs}`);
  if (described.kind === 'bug') logger.info(debug ? ((err as Error)?.stack ?? '') : 'Run again with --debug for the stack trace.');
}

function cliOutput(logger: TerminalLogger, json: boolean): CliOutput {
  const render = (human: string, data: unknown) => (json ? JSON.stringify(data, null, 2) : human);
  return {
    json,
    result: (human, data) => logger.result(render(human, data)),
    secretResult: (human, data) => logger.secretResult(render(human, data)),
  };
}

/** mlship's version, from the package it runs from. */
function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The state folder (environments, logs, keys) is created with a `.gitignore` of `*`: it holds
 * endpoint keys and can grow to hundreds of MB, and must never be committed by accident.
 */
function ignoreStateFolder(home: string): void {
  if (existsSync(home)) return;
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, '.gitignore'), '# mlship state: endpoint keys, environments and logs; never commit it.\n*\n');
}
