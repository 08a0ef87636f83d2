import { neutralise } from '../engine/format.js';
import type { Logger } from '../engine/logger.js';

/**
 * Terminal logger. Progress, warnings and errors go to stderr; results (what a script captures
 * with `$(mlship ...)`) to stdout. Secrets are replaced by *** in everything it prints, the same
 * promise the runner's masking makes for actions.
 */
export type TerminalLogger = Logger & {
  error(message: string): void;
  /** A command's result, on stdout. */
  result(text: string): void;
  /** A result the user asked for by name that holds secrets (`keys`): on stdout, unmasked. */
  secretResult(text: string): void;
};

export function terminalLogger(options: {
  verbose: boolean;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** stderr when it is a terminal: a live progress line is drawn there, and cleared before other lines. */
  tty?: { write(text: string): void; columns: number };
}): TerminalLogger {
  const secrets = new Set<string>();
  const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  const tty = options.tty;
  let live = false;
  let frame = 0;
  const clearLive = () => {
    if (live) tty!.write('\r\x1b[K');
    live = false;
  };
  const rawErr = options.err ?? ((line) => process.stderr.write(`${line}\n`));
  const err = (line: string) => {
    clearLive();
    rawErr(line);
  };
  // Control characters from a user's file or a score.py log must not drive the terminal either.
  const mask = (text: string) => {
    let masked = neutralise(text);
    for (const secret of secrets) masked = masked.split(secret).join('***');
    return masked;
  };
  return {
    info: (message) => err(mask(message)),
    warn: (message) => err(mask(`warning: ${message}`)),
    error: (message) => err(mask(`error: ${message}`)),
    debug: (message) => {
      if (options.verbose) err(mask(message));
    },
    secret: (value) => {
      if (value) secrets.add(value);
    },
    progress: (text) => {
      if (!tty) return;
      const line = `${'|/-\\'[frame++ % 4]} ${mask(text).replace(/\n/g, ' ')}`;
      tty.write(`\r\x1b[K${line.slice(0, Math.max(20, tty.columns - 1))}`);
      live = true;
    },
    result: (text) => {
      clearLive();
      out(mask(text));
    },
    secretResult: (text) => {
      clearLive();
      out(neutralise(text));
    },
  };
}
