import { execFile } from 'node:child_process';

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

/** Runs quietly, collecting the output (up to 32 MiB). */
export const quietRunner: CommandRunner = {
  run: (command, args) =>
    new Promise((resolve) => {
      execFile(command, args, { maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 127) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr || (error && code === 127 ? error.message : '')) });
      });
    }),
};
