import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { ROOT } from '../helpers/run-action.js';

// `mlship plan` is the decision `mlship deploy` makes, run without writing: for every case, what
// plan says of the deployment is what deploy then does to it (counted in the emulator's requests).
const exec = promisify(execFile);
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
useEmulatorJob({ provisioningMs: 50 }, (started) => ({ emulator, env } = started));

const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });

async function mlship(command: string, endpoint: string): Promise<{ code: number; out: string }> {
  const args = [
    join(ROOT, 'bin/mlship.js'),
    command,
    '--target',
    'aci',
    '--endpoint-name',
    endpoint,
    '--deployment-name',
    'blue',
    '--model',
    join(project, 'model'),
    '--inference-config',
    join(project, 'inferenceconfig.json'),
    '--deployment-config',
    join(project, 'deploymentconfig.json'),
  ];
  try {
    const { stdout, stderr } = await exec(process.execPath, args, { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Plan's word for the deployment, then how many writes deploy made to it. */
async function planThenDeploy(endpoint: string): Promise<{ planned: string; writes: number; plan: string; deploy: { code: number; out: string } }> {
  const plan = await mlship('plan', endpoint);
  const planned = new RegExp(`^(\\w+)\\s+deployment\\s+${endpoint}/blue`, 'm').exec(plan.out)?.[1] ?? `failed (${plan.code})`;
  const before = emulator.requests.length;
  const deploy = await mlship('deploy', endpoint);
  const writes = emulator.requests
    .slice(before)
    .filter((r) => /^OnlineDeployments_(CreateOrUpdate|Update)$/.test(r.operationId ?? '') && r.status < 400).length;
  return { planned, writes, plan: plan.out, deploy };
}

const deploymentId = (endpoint: string) => `${emulator.workspaceId}/onlineEndpoints/${endpoint}/deployments/blue`;

/**
 * deploy does not wait: the emulator may still be starting the deployment's server when the next
 * case edits it, and its finish would then overwrite the edit. Wait until it has settled.
 */
async function settled(endpoint: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const state = emulator.store.get(deploymentId(endpoint))?.properties.provisioningState;
    if (state === 'Succeeded' || state === 'Failed') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`deployment ${endpoint}/blue did not settle`);
}

describe('plan and deploy agree', () => {
  it('nothing there: plan says create, deploy creates', async () => {
    const run = await planThenDeploy('agree-fresh');
    expect(run.planned, run.plan).toBe('create');
    expect(run.writes, run.deploy.out).toBe(1);
  });

  it('unchanged: plan says unchanged, deploy writes nothing', async () => {
    const run = await planThenDeploy('agree-fresh');
    expect(run.planned, run.plan).toBe('unchanged');
    expect(run.writes).toBe(0);
  });

  it('a Failed deployment: plan says it will be deployed again, deploy does it', async () => {
    await settled('agree-fresh');
    emulator.store.get(deploymentId('agree-fresh'))!.properties.provisioningState = 'Failed';
    const run = await planThenDeploy('agree-fresh');
    expect(run.planned, run.plan).toBe('update');
    expect(run.plan).toMatch(/Failed/);
    expect(run.writes, run.deploy.out).toBe(1);
  });

  it('drift (instance count changed outside mlship): plan says update, deploy puts it back', async () => {
    await settled('agree-fresh');
    emulator.store.get(deploymentId('agree-fresh'))!.sku!.capacity = 3;
    const run = await planThenDeploy('agree-fresh');
    expect(run.planned, run.plan).toBe('update');
    expect(run.writes, run.deploy.out).toBe(1);
    expect(emulator.store.get(deploymentId('agree-fresh'))!.sku!.capacity).toBe(1);
  });

  it('a changed model: plan says update, deploy replaces the deployment', async () => {
    writeFileSync(join(project, 'model', 'extra.txt'), 'changed');
    const run = await planThenDeploy('agree-fresh');
    expect(run.planned, run.plan).toBe('update');
    expect(run.writes, run.deploy.out).toBe(1);
  });

  it('a permission error: plan fails as deploy fails, naming the role, and neither reports "not registered"', async () => {
    // A role without the endpoint reads: every read of an endpoint is refused, as ARM refuses it.
    emulator.faults.denyActions = ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read'];
    const run = await planThenDeploy('agree-fresh').finally(() => (emulator.faults.denyActions = undefined));
    expect(run.planned).toMatch(/^failed/);
    expect(run.plan).toContain('AzureML Data Scientist');
    expect(run.deploy.code).not.toBe(0);
    expect(run.deploy.out).toContain('AzureML Data Scientist');
    expect(run.writes).toBe(0);
  });

  it('status and logs work on Azure targets too: status lists the workspace, logs reads getLogs', async () => {
    await settled('agree-fresh');
    const cli = async (args: string[]) => {
      try {
        const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'bin/mlship.js'), ...args], {
          env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        });
        return { code: 0, stdout, stderr };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    const status = await cli(['status', '--target', 'aci', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const endpoints = JSON.parse(status.stdout).endpoints as { name: string; target: string; deployments: { name: string; provisioningState: string }[] }[];
    expect(endpoints.find((e) => e.name === 'agree-fresh')).toMatchObject({ target: 'aci', deployments: [{ name: 'blue', provisioningState: 'Succeeded' }] });
    const logs = await cli(['logs', '--target', 'aci', '--endpoint-name', 'agree-fresh', '--lines', '20', '--json']);
    expect(logs.code, logs.stderr).toBe(0);
    expect(JSON.parse(logs.stdout)).toMatchObject({ endpoint: 'agree-fresh', deployment: 'blue' });
    const follow = await cli(['logs', '--target', 'aci', '--endpoint-name', 'agree-fresh', '--follow']);
    expect(follow.code).toBe(2);
    expect(follow.stderr).toContain('--follow: the aci target keeps no log to follow');
  });
});
