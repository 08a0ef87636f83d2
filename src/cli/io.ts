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
}

export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    env: process.env,
  };
}
