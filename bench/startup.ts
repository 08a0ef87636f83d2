import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, table } from './stats.js';

/** Inputs that make each action stop at validation, before any work: what its cold start costs. */
const VALIDATION_ONLY: Record<string, Record<string, string>> = {
  'register-model': { 'model-name': 'bench' },
  'build-env': {},
  'deploy-model': { 'inference-config': '/nonexistent/inferenceconfig.json' },
  'wait-healthy': { 'endpoint-name': 'bench', timeout: 'soon' },
  teardown: {},
  pipeline: { 'inference-config': '/nonexistent/inferenceconfig.json' },
};

function dirSize(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(join(path, e.name)) : statSync(join(path, e.name)).size),
    0,
  );
}

/** Process start to exit for each bundled action on a validation-only run; and the size of dist/. */
export function benchStartup(root: string, runs: number): string {
  const temp = mkdtempSync(join(tmpdir(), 'mlship-bench-start-'));
  writeFileSync(join(temp, 'out'), '');
  writeFileSync(join(temp, 'summary'), '');
  const time = (args: string[], inputs: Record<string, string> = {}) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, 'out'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const started = performance.now();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    return performance.now() - started;
  };
  const baseline = median(Array.from({ length: runs }, () => time(['-e', ''])));
  const rows = Object.entries(VALIDATION_ONLY).map(([name, inputs]) => {
    const ms = median(Array.from({ length: runs }, () => time([join(root, 'dist', name, 'index.js')], inputs)));
    return [name, ms / 1000, (ms - baseline) / 1000];
  });
  rows.push(['(node -e "" for reference)', baseline / 1000, 0]);
  const size = dirSize(join(root, 'dist'));
  return table(
    `Cold start of each action, seconds (median of ${runs}); dist/ is ${(size / 1e6).toFixed(1)} MB in all`,
    ['action', 'start to exit', 'above bare node'],
    rows,
  );
}
