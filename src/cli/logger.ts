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

export function terminalLogger(options: { verbose: boolean; out?: (line: string) => void; err?: (line: string) => void }): TerminalLogger {
  const secrets = new Set<string>();
  const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line) => process.stderr.write(`${line}\n`));
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
    result: (text) => out(mask(text)),
    secretResult: (text) => out(neutralise(text)),
  };
}
