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
import { median, percentile, table } from './stats.js';

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

type Figures = { rps: number; p50: number; p99: number };
interface Contender {
  name: string;
  url: URL;
  stop: () => void | Promise<void>;
}

/**
 * Microsoft's azmlinfsrv, where MLSHIP_BENCH_AZMLINFSRV names its command (as the conformance suite's
 * MLSHIP_CONFORMANCE_AZMLINFSRV does): alone, and behind mlship's front door (the local target's
 * azmlinfsrv mode, a threaded proxy), to show what the front door adds.
 */
async function startAzmlinfsrv(root: string, example: string): Promise<Contender[] | string> {
  const command = process.env.MLSHIP_BENCH_AZMLINFSRV;
  if (!command) return 'not measured: set MLSHIP_BENCH_AZMLINFSRV to an azmlinfsrv command';
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-azmlinfsrv-'));
  const env = { ...process.env, AZUREML_MODEL_DIR: example, AZUREML_ENTRY_SCRIPT: join(example, 'src/score.py'), AML_APP_ROOT: join(example, 'src') };
  const alonePort = 20000 + Math.floor(Math.random() * 20000);
  const alone = spawn(command, ['--entry_script', env.AZUREML_ENTRY_SCRIPT, '--port', String(alonePort)], { env, stdio: 'ignore', detached: true });
  const frontPort = alonePort + 1;
  const front = spawn(join(command, '..', 'python'), ['-u', join(root, 'src/targets/local/scoring_server.py')], {
    env: {
      ...env,
      MLSHIP_STATUS_FILE: join(dir, 'status.json'),
      MLSHIP_PORT: String(frontPort),
      MLSHIP_INFERENCE_SERVER: 'azmlinfsrv',
      MLSHIP_WORKER_SCRIPT: join(root, 'src/targets/local/scoring_worker.py'),
    },
    stdio: 'ignore',
    detached: true,
  });
  const kill = (child: typeof alone) => () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  const contenders = [
    { name: 'azmlinfsrv alone', url: new URL(`http://127.0.0.1:${alonePort}/score`), stop: kill(alone) },
    { name: 'mlship front door + azmlinfsrv', url: new URL(`http://127.0.0.1:${frontPort}/score`), stop: kill(front) },
  ];
  const sample = readFileSync(join(example, 'sample-request.json'), 'utf8');
  if (
    await answering(
      contenders.map((c) => c.url),
      sample,
    )
  )
    return contenders;
  contenders.forEach((c) => c.stop());
  return 'not measured: azmlinfsrv did not answer';
}

async function answering(urls: URL[], body: string): Promise<boolean> {
  for (let i = 0; i < 300; i++) {
    const up = await Promise.all(
      urls.map((url) =>
        fetch(url, { method: 'POST', body }).then(
          (r) => r.ok,
          () => false,
        ),
      ),
    );
    if (up.every(Boolean)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * The local target's scoring server under load beside the gunicorn + flask floor (and azmlinfsrv,
 * where given), in one run: rounds rotate through the servers, and each figure is the median of the
 * rounds; the ratio to the floor is the median of the rounds' paired ratios (min-max).
 */
export async function benchScoring(root: string, requests: number, rounds: number): Promise<string> {
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
  const contenders: Contender[] = [{ name: 'mlship local target (built-in server)', url: new URL(deployed.scoringUri), stop: () => undefined }];
  const notes: string[][] = [];
  const floor = await startFloor(root, example);
  if (typeof floor === 'string') notes.push(['gunicorn + flask (floor)', floor]);
  else contenders.push({ name: 'gunicorn + flask (floor)', url: floor.url, stop: floor.stop });
  const azmlinfsrv = await startAzmlinfsrv(root, example);
  if (typeof azmlinfsrv === 'string') notes.push(['azmlinfsrv', azmlinfsrv]);
  else contenders.push(...azmlinfsrv);
  const concurrencies = [1, 8];
  const measured = new Map<string, Figures[]>();
  try {
    for (const c of contenders) await load(c.url, body, 200, [1]); // warm every server first
    for (let round = 0; round < rounds; round++) {
      // Rotating the order, so no server always runs first or last in a round.
      for (let i = 0; i < contenders.length; i++) {
        const c = contenders[(i + round) % contenders.length]!;
        for (const [concurrency, figures] of await load(c.url, body, requests, concurrencies)) {
          const key = `${c.name}|${concurrency}`;
          measured.set(key, [...(measured.get(key) ?? []), figures]);
        }
      }
    }
  } finally {
    for (const c of contenders) await c.stop();
    await teardown(ctx, target, { endpoint: 'bench-scoring' });
  }
  return scoringTable(contenders, concurrencies, measured, notes, requests, rounds);
}

function scoringTable(
  contenders: Contender[],
  concurrencies: number[],
  measured: Map<string, Figures[]>,
  notes: string[][],
  requests: number,
  rounds: number,
): string {
  const floorName = 'gunicorn + flask (floor)';
  const rows: (string | number)[][] = [];
  for (const concurrency of concurrencies) {
    const floor = measured.get(`${floorName}|${concurrency}`);
    for (const c of contenders) {
      const runs = measured.get(`${c.name}|${concurrency}`)!;
      const ratios = floor ? runs.map((r, i) => r.rps / floor[i]!.rps) : [];
      const ratio = ratios.length ? `${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})` : '-';
      const p99 = floor ? `${(median(runs.map((r) => r.p99)) / median(floor.map((r) => r.p99))).toFixed(2)}x` : '-';
      rows.push([c.name, concurrency, median(runs.map((r) => r.rps)), median(runs.map((r) => r.p50)), median(runs.map((r) => r.p99)), ratio, p99]);
    }
  }
  const front = measured.get('mlship front door + azmlinfsrv|1');
  const alone = measured.get('azmlinfsrv alone|1');
  const added =
    front && alone
      ? [`the front door before azmlinfsrv adds ${(median(front.map((r) => r.p50)) - median(alone.map((r) => r.p50))).toFixed(2)} ms at p50 (one client)`]
      : [];
  return [
    table(
      `Local target scoring beside the gunicorn + flask floor, example model, loopback (${requests} requests per row, median of ${rounds} rounds)`,
      ['server', 'concurrent clients', 'requests/s', 'p50 ms', 'p99 ms', 'throughput vs floor (min-max)', 'p99 vs floor'],
      rows,
    ),
    ...notes.map(([name, why]) => `${name}: ${why}`),
    ...added,
  ].join('\n');
}
