/**
 * Where the command line reads and writes: the process by default; a caller embedding the CLI (or a
 * test running hundreds of commands in one process) passes its own.
 */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Working directory: the state folder (.mlship) is made here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stderr, when it is a terminal (live progress is drawn there); undefined in CI logs and pipes. */
  tty?: { write(text: string): void; columns: number };
}

export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    env: process.env,
    tty: process.stderr.isTTY ? { write: (text) => process.stderr.write(text), columns: process.stderr.columns || 80 } : undefined,
  };
}
