import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import type { CommandRunner } from '../engine/commands.js';
import { neutralise } from '../engine/format.js';

/**
 * Programs run from an action: their output streams into a folded group of the runner's log (as
 * the toolkit's own actions do), neutralised so that a package's output cannot issue workflow commands.
 */
export const actionCommands: CommandRunner = {
  run: (command, args, { title }) =>
    core.group(title, async () => {
      const result = await getExecOutput(command, args, {
        ignoreReturnCode: true,
        silent: true,
        listeners: { stdline: (line) => core.info(neutralise(line)), errline: (line) => core.info(neutralise(line)) },
      }).catch((err: Error) => ({ exitCode: 127, stdout: '', stderr: err.message }));
      return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }),
};
