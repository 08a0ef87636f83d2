import { quietRunner } from '../src/engine/commands.js';
import { Agent, request } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
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

/** The local target's scoring server under load from this process on loopback (keep-alive clients). */
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
  try {
    for (const concurrency of [1, 4, 16]) {
      const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < requests) latencies.push(await post(agent, url, body));
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      agent.destroy();
      rows.push([concurrency, requests, requests / seconds, percentile(latencies, 50), percentile(latencies, 99)]);
    }
  } finally {
    await teardown(ctx, target, { endpoint: 'bench-scoring' });
  }
  return table(
    'Local target scoring, example model, loopback (2 rows per request)',
    ['concurrent clients', 'requests', 'requests/s', 'p50 ms', 'p99 ms'],
    rows,
  );
}
