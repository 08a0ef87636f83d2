import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceEmulator } from '../src/emulator/server.js';
import { table } from './stats.js';

const READ_ACTIONS = /_(Get|List|ListKeys|ListSecrets|GetLogs|GetToken)$/;

/** deploy-model on aci twice against the emulator; the second, unchanged, run's reads, writes and bytes. */
export async function benchRedeploy(root: string): Promise<string> {
  const emulator = new WorkspaceEmulator({ specRoot: join(root, 'vendor/azure-ml-api'), provisioningMs: 100, storage: true });
  await emulator.start();
  try {
    const temp = mkdtempSync(join(tmpdir(), 'mlship-bench-redeploy-'));
    writeFileSync(join(temp, 'ca.pem'), emulator.ca);
    const example = join(root, 'examples/diabetes');
    // Asynchronous: the emulator answers from this very process while the action runs.
    const run = async (action = 'deploy-model', inputs: Record<string, string> = {}) => {
      writeFileSync(join(temp, 'out'), '');
      writeFileSync(join(temp, 'summary'), '');
      const env = {
        ...process.env,
        ...emulator.environment(join(temp, 'ca.pem')),
        MLSHIP_LOCATION: 'westeurope',
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: join(temp, 'out'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        INPUT_TARGET: 'aci',
        INPUT_MODEL: join(example, 'model'),
        'INPUT_INFERENCE-CONFIG': join(example, 'inferenceconfig.json'),
        'INPUT_ENDPOINT-NAME': 'bench-redeploy',
        ...inputs,
      };
      const before = emulator.requests.length;
      const result = await promisify(execFile)(process.execPath, [join(root, `dist/${action}/index.js`)], { env, encoding: 'utf8' }).catch(
        (e: { stdout: string }) => e,
      );
      const requests = emulator.requests.slice(before).filter((r) => r.operationId);
      const uploaded = [...result.stdout.matchAll(/uploaded ([\d.]+) (B|KiB|MiB|GiB) of/g)].map(
        (m) => Number(m[1]) * ({ B: 1, KiB: 1024, MiB: 1 << 20, GiB: 1 << 30 } as Record<string, number>)[m[2]!]!,
      );
      return {
        reads: requests.filter((r) => r.method === 'GET' || READ_ACTIONS.test(r.operationId!)).length,
        writes: requests.filter((r) => r.method !== 'GET' && !READ_ACTIONS.test(r.operationId!)).length,
        bytes: uploaded.length ? Math.max(...uploaded) : 0,
        changed: /changed<<[^\n]*\n(\w+)/.exec(readFileSync(join(temp, 'out'), 'utf8'))?.[1] ?? '?',
      };
    };
    // The real order: deploy, wait until Healthy (traffic applied), deploy the same thing again.
    const first = await run();
    const waited = await run('wait-healthy', { 'INPUT_DEPLOYMENT-NAME': 'blue', INPUT_TIMEOUT: '2m' });
    const second = await run();
    return table(
      'Redeploy against the emulator (aci): what each deploy-model run sent',
      ['run', 'ARM reads', 'ARM writes', 'bytes uploaded', 'changed'],
      [
        ['first (creates everything)', first.reads, first.writes, first.bytes, first.changed],
        ['wait-healthy (traffic applied)', waited.reads, waited.writes, waited.bytes, '-'],
        ['second (nothing changed)', second.reads, second.writes, second.bytes, second.changed],
      ],
    );
  } finally {
    await emulator.stop();
  }
}
