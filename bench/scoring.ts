import { quietRunner } from '../src/engine/commands.js';
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec } from '../src/config/load.js';
import { deploy } from '../src/engine/deploy.js';
import { silentLogger, systemClock } from '../src/engine/logger.js';
import { teardown } from '../src/engine/teardown.js';
import { waitHealthy } from '../src/engine/wait.js';
import { LocalTarget } from '../src/targets/local/local-target.js';
import { percentile, table } from './stats.js';

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Load from this process on loopback (keep-alive clients): requests/s, p50 and p99 per concurrency. */
async function load(url: URL, body: string, requests: number, concurrencies: number[]): Promise<Map<number, { rps: number; p50: number; p99: number }>> {
  const results = new Map<number, { rps: number; p50: number; p99: number }>();
  for (const concurrency of concurrencies) {
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) latencies.push(await post(agent, url, body));
      }),
    );
    agent.destroy();
    results.set(concurrency, { rps: requests / ((performance.now() - started) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) });
  }
  return results;
}

const FLOOR_APP = `
import importlib.util, os
from flask import Flask, request
spec = importlib.util.spec_from_file_location("score", os.environ["SCORE_PY"])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
score.init()
app = Flask(__name__)

@app.post("/score")
def handle():
    return score.run(request.get_data(as_text=True))
`;

/**
 * The floor of Python's per-request cost on this machine: the same score.py behind a minimal
 * gunicorn + flask app with one sync worker, no front door. Installed into a cached virtual
 * environment from the package index; when that cannot be done the comparison is reported as not
 * made, never skipped silently.
 */
async function startFloor(root: string, example: string): Promise<{ url: URL; stop: () => void } | string> {
  const venv = join(root, 'node_modules/.cache/mlship-bench-floor');
  const python = join(venv, 'bin/python');
  if (!existsSync(join(venv, 'bin/gunicorn'))) {
    const made = spawnSync('python3', ['-m', 'venv', venv]);
    const installed = made.status === 0 ? spawnSync(python, ['-m', 'pip', 'install', '--quiet', 'flask', 'gunicorn'], { encoding: 'utf8' }) : made;
    if (installed.status !== 0) return `not measured: flask and gunicorn could not be installed (${String(installed.stderr).trim().split('\n').pop()})`;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-floor-'));
  writeFileSync(join(dir, 'floor_app.py'), FLOOR_APP);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(join(venv, 'bin/gunicorn'), ['--workers', '1', '--bind', `127.0.0.1:${port}`, '--chdir', dir, 'floor_app:app'], {
    env: { ...process.env, SCORE_PY: join(example, 'src/score.py'), AZUREML_MODEL_DIR: join(example, 'model', '..') },
    stdio: 'ignore',
  });
  const url = new URL(`http://127.0.0.1:${port}/score`);
  for (let i = 0; i < 100; i++) {
    const up = await fetch(url, { method: 'POST', body: readFileSync(join(example, 'sample-request.json')) }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop: () => child.kill('SIGKILL') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  return 'not measured: gunicorn did not answer';
}

/** The local target's scoring server under load, beside the gunicorn + flask floor, in one run. */
export async function benchScoring(root: string, requests: number): Promise<string> {
  const example = join(root, 'examples/diabetes');
  const ctx = { home: mkdtempSync(join(tmpdir(), 'mlship-bench-scoring-')), logger: silentLogger, clock: systemClock, tags: {}, commands: quietRunner };
  const target = new LocalTarget(ctx.home);
  const { spec } = loadSpec({
    inferenceConfig: join(example, 'inferenceconfig.json'),
    deploymentConfig: join(example, 'deploymentconfig.json'),
    overrides: { model: { kind: 'path', path: join(example, 'model') }, endpointName: 'bench-scoring' },
  });
  const deployed = await deploy(ctx, spec, target);
  await waitHealthy(ctx, target, { endpoint: 'bench-scoring', deployment: 'blue', timeoutMs: 60_000, expectStatus: 200 });
  const body = readFileSync(join(example, 'sample-request.json'), 'utf8');
  const url = new URL(deployed.scoringUri);
  const rows: (string | number)[][] = [];
  const concurrencies = [1, 8];
  const floor = await startFloor(root, example);
  try {
    // Warm both, then measure side by side.
    await load(url, body, 200, [1]);
    if (typeof floor !== 'string') await load(floor.url, body, 200, [1]);
    const mine = await load(url, body, requests, concurrencies);
    const theirs = typeof floor === 'string' ? undefined : await load(floor.url, body, requests, concurrencies);
    for (const c of concurrencies) {
      const m = mine.get(c)!;
      const f = theirs?.get(c);
      rows.push(['mlship local target', c, requests, m.rps, m.p50, m.p99, f ? `${(m.rps / f.rps).toFixed(2)}x` : '-']);
      if (f) rows.push(['gunicorn + flask (floor)', c, requests, f.rps, f.p50, f.p99, '1.00x']);
    }
  } finally {
    if (typeof floor !== 'string') floor.stop();
    await teardown(ctx, target, { endpoint: 'bench-scoring' });
  }
  if (typeof floor === 'string') rows.push(['gunicorn + flask (floor)', '-', '-', floor, '', '', '']);
  return table(
    'Local target scoring beside the gunicorn + flask floor, example model, loopback (2 rows per request)',
    ['server', 'concurrent clients', 'requests', 'requests/s', 'p50 ms', 'p99 ms', 'throughput vs floor'],
    rows,
  );
}
