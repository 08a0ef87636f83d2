import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const EXAMPLE = join(ROOT, 'examples/diabetes');

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved for its post step (core.saveState, through GITHUB_STATE). */
  state: Record<string, string>;
}

export interface StepOptions {
  cwd?: string;
  nodeArgs?: string[];
  /** Run the action's post step (dist/<action>/post.js) with this saved state, as the runner does after the job's steps. */
  post?: Record<string, string>;
  /** Cancel the step as the runner does (SIGINT) once its output matches. */
  cancelWhen?: RegExp;
  /** After the cancel's SIGINT, a SIGTERM this much later, as the runner sends when a step lingers (7.5 s there). */
  termAfterMs?: number;
}

/** A job's shared folder, as the runner's RUNNER_TEMP: state written by one step is read by the next. */
export function newJob(): { runnerTemp: string; workspace: string } {
  const base = mkdtempSync(join(tmpdir(), 'mlship-job-'));
  return { runnerTemp: base, workspace: base };
}

/**
 * Runs a bundled action as the runner does: `node dist/<name>/index.js` with INPUT_* variables and
 * fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, then reads both files back.
 */
export async function runStep(
  action: string,
  inputs: Record<string, string>,
  job: { runnerTemp: string },
  extraEnv: Record<string, string> = {},
  cwdOrOptions: string | StepOptions = ROOT,
  legacyNodeArgs: string[] = [],
): Promise<StepResult> {
  const options: StepOptions = typeof cwdOrOptions === 'string' ? { cwd: cwdOrOptions, nodeArgs: legacyNodeArgs } : cwdOrOptions;
  const cwd = options.cwd ?? ROOT;
  const stepDir = mkdtempSync(join(job.runnerTemp, 'step-'));
  const outputFile = join(stepDir, 'output');
  const summaryFile = join(stepDir, 'summary');
  const stateFile = join(stepDir, 'state');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(stateFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: job.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_SHA: 'a1b2c3d4e5f6',
    GITHUB_RUN_ID: '4242',
    GITHUB_REF: 'refs/pull/7/merge',
    // As on a fresh runner: no Azure CLI session unless a test gives one (this machine's own `az`
    // profile in HOME would otherwise be taken for an azure/login step).
    AZURE_CONFIG_DIR: join(job.runnerTemp, 'no-azure-cli-session'),
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // The runner gives a post step what its main step saved, as STATE_<name> variables.
  for (const [name, value] of Object.entries(options.post ?? {})) env[`STATE_${name}`] = value;
  const entry = `dist/${action}/${options.post ? 'post' : 'index'}.js`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(ROOT, entry)], { cwd, env });
  let stdout = '';
  let stderr = '';
  let cancelled = false;
  child.stdout.on('data', (d) => {
    stdout += d;
    if (options.cancelWhen && !cancelled && options.cancelWhen.test(stdout)) {
      cancelled = true;
      child.kill('SIGINT');
      if (options.termAfterMs !== undefined) setTimeout(() => child.kill('SIGTERM'), options.termAfterMs).unref();
    }
  });
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    state: parseOutputs(readFileSync(stateFile, 'utf8')),
  };
}

/** Reads the `name<<DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}
