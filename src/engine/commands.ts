import { execFile, spawn } from 'node:child_process';
import { trackChild } from './children.js';
import { formatDuration } from './duration.js';
import { HEARTBEAT_MS } from './poll.js';
import type { Logger } from './logger.js';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program (pip, python -m venv) on behalf of the engine. Actions run them through
 * @actions/exec, grouped and folded in the runner's log; the CLI and library callers run them
 * quietly. A non-zero exit is a result, not an exception: the caller says what it means.
 */
export interface CommandRunner {
  run(command: string, args: string[], options: { title: string }): Promise<CommandResult>;
}

/** The most output of one program either runner keeps for the caller's message. */
const MAX_OUTPUT = 32 << 20;

/** Runs quietly, collecting the output (up to 32 MiB). */
export const quietRunner: CommandRunner = {
  run: (command, args) =>
    new Promise((resolve) => {
      execFile(command, args, { maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 127) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr || (error && code === 127 ? error.message : '')) });
      });
    }),
};

/**
 * The command line's runner: each program in a process group of its own, tracked so that an
 * interrupt or exit stops it (and what it started); with `verbose`, its output streamed line by
 * line as it comes (pip's progress), else collected for the caller's message.
 */
export function cliRunner(logger: Logger, verbose: boolean): CommandRunner {
  return {
    run: (command, args, options) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        trackChild(child);
        const collected = { stdout: '', stderr: '' };
        const pending = { stdout: '', stderr: '' };
        if (verbose) logger.debug(`$ ${options.title}`);
        // A long install is never silent: a live line on a terminal, a calm "still running" line in a log.
        const started = Date.now();
        let ticks = 0;
        const ticker = setInterval(() => {
          const elapsed = formatDuration(Date.now() - started);
          logger.progress?.(`${options.title}: running for ${elapsed}`);
          if (++ticks % (HEARTBEAT_MS / 1000) === 0) logger.info(`${options.title}: still running after ${elapsed}`);
        }, 1000);
        ticker.unref();
        child.once('close', () => clearInterval(ticker));
        for (const stream of ['stdout', 'stderr'] as const) {
          child[stream].setEncoding('utf8');
          child[stream].on('data', (chunk: string) => {
            if (collected[stream].length < MAX_OUTPUT) collected[stream] += chunk;
            if (!verbose) return;
            const lines = (pending[stream] + chunk).split('\n');
            pending[stream] = lines.pop()!;
            for (const line of lines) logger.debug(`  ${line}`);
          });
        }
        child.once('error', (err) => resolve({ code: 127, stdout: collected.stdout, stderr: collected.stderr || err.message }));
        child.once('close', (code, signal) => {
          if (verbose) for (const rest of [pending.stdout, pending.stderr]) if (rest) logger.debug(`  ${rest}`);
          resolve({ code: code ?? (signal ? 128 + 15 : 1), stdout: collected.stdout, stderr: collected.stderr });
        });
      }),
  };
}
