import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { emulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, runStep, type StepResult } from '../helpers/run-action.js';

let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
const steps: StepResult[] = [];

beforeAll(async () => {
  ({ emulator, job, env } = await emulatorJob({ provisioningMs: 300 }));
}, 180_000);

afterAll(async () => {
  await emulator?.stop();
});

async function step(action: string, inputs: Record<string, string>): Promise<StepResult> {
  const result = await runStep(action, inputs, job, env);
  steps.push(result);
  return result;
}

const expected = JSON.parse(readFileSync(join(EXAMPLE, 'expected-response.json'), 'utf8'));
const project = exampleCopy({
  deploymentConfig: { computeType: 'ACI', containerResourceRequirements: { cpu: 2, memoryInGB: 4 }, authEnabled: true, tags: { team: 'fraud' } },
});
const configs = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };

describe('the actions on the aci target, against the workspace emulator', () => {
  it('register-model uploads to the default datastore and registers; a rerun reuses the version and uploads nothing', async () => {
    const first = await step('register-model', { 'model-name': 'diabetes', 'model-path': join(project, 'model'), target: 'aci' });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ 'model-id': 'diabetes:1', reused: 'false' });
    const again = await step('register-model', { 'model-name': 'diabetes', 'model-path': join(project, 'model'), target: 'aci' });
    expect(again.outputs).toMatchObject({ 'model-id': 'diabetes:1', reused: 'true' });
    expect(again.stdout).not.toContain('uploaded');
  });

  it('build-env registers the environment in the workspace; unchanged, it is reused', async () => {
    const built = await step('build-env', { 'inference-config': configs['inference-config'], target: 'aci' });
    expect(built.code, built.stdout + built.stderr).toBe(0);
    expect(built.outputs).toMatchObject({ 'environment-id': 'diabetes-example-env:1', reused: 'false' });
    const version = emulator.store.get(`${emulator.workspaceId}/environments/diabetes-example-env/versions/1`)!;
    expect(version.properties.image).toContain('mcr.microsoft.com/azureml/');
    expect(version.properties.condaFile).toContain('azureml-inference-server-http');
    const again = await step('build-env', { 'inference-config': configs['inference-config'], target: 'aci' });
    expect(again.outputs.reused).toBe('true');
  });

  it('deploy-model creates the endpoint and a managed deployment on the smallest fitting instance type', async () => {
    const deployed = await step('deploy-model', { model: 'diabetes@latest', ...configs, 'endpoint-name': 'diabetes-aci' });
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    expect(deployed.outputs['scoring-uri']).toBe(`${emulator.url}/inference/diabetes-aci/score`);
    expect(deployed.stdout).toContain('Standard_F2s_v2');
  });

  it('wait-healthy follows provisioning, smoke-tests with the endpoint key and gives the first deployment all traffic', async () => {
    const waited = await step('wait-healthy', {
      'endpoint-name': 'diabetes-aci',
      timeout: '2m',
      'sample-request': join(project, 'sample-request.json'),
      target: 'aci',
    });
    expect(waited.code, waited.stdout + waited.stderr).toBe(0);
    expect(waited.outputs.state).toBe('Healthy');
    expect(JSON.parse(waited.outputs['sample-response']!)).toEqual(expected);
    expect(JSON.parse(waited.outputs.traffic!)).toEqual({ blue: 100 });
    // The key read for the smoke test is masked before anything could print it.
    const keys = [...emulator.keys.entries()].find(([id]) => id.endsWith('/onlineendpoints/diabetes-aci'))![1];
    expect(waited.stdout).toContain(`::add-mask::${keys.primaryKey}`);
  });

  it('an unchanged redeploy makes no writes', async () => {
    const writesBefore = emulator.requests.filter(
      (r) => r.operationId && !/_(Get|List)$/.test(r.operationId) && r.operationId !== 'OnlineEndpoints_ListKeys' && r.operationId !== 'Datastores_ListSecrets',
    ).length;
    const again = await step('deploy-model', { model: 'diabetes@latest', ...configs, 'endpoint-name': 'diabetes-aci' });
    expect(again.outputs.changed).toBe('false');
    const writesAfter = emulator.requests.filter(
      (r) => r.operationId && !/_(Get|List)$/.test(r.operationId) && r.operationId !== 'OnlineEndpoints_ListKeys' && r.operationId !== 'Datastores_ListSecrets',
    ).length;
    expect(writesAfter - writesBefore).toBe(0);
  });

  it('drift made outside mlship (instance count, tags, traffic) is reported and put back', async () => {
    const deployment = emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aci/deployments/blue`)!;
    expect(deployment.tags?.team).toBe('fraud');
    deployment.sku = { ...deployment.sku, capacity: 3 };
    delete deployment.tags!.team;
    emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aci`)!.properties.traffic = { blue: 0 };
    const corrected = await step('deploy-model', { model: 'diabetes@latest', ...configs, 'endpoint-name': 'diabetes-aci' });
    expect(corrected.code, corrected.stdout).toBe(0);
    expect(JSON.parse(corrected.outputs.drift!)).toEqual([
      'tags team (expected "fraud", found none)',
      'instance count is 3, expected 1',
      'traffic is {"blue":0}, mlship set {"blue":100}',
    ]);
    expect(corrected.outputs.changed).toBe('true');
    expect(corrected.summary).toContain('drift corrected');
    expect(deployment.sku?.capacity).toBe(1);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aci`)!.properties.traffic).toEqual({ blue: 100 });
    const clean = await step('deploy-model', { model: 'diabetes@latest', ...configs, 'endpoint-name': 'diabetes-aci' });
    expect(JSON.parse(clean.outputs.drift!)).toEqual([]);
    expect(clean.outputs.changed).toBe('false');
  });

  it('a second deployment comes up at 0% beside the one serving (blue/green), takes a 10% step, and rolls back', async () => {
    const green = await step('deploy-model', { model: 'diabetes@latest', ...configs, 'endpoint-name': 'diabetes-aci', 'deployment-name': 'green' });
    expect(green.code, green.stdout + green.stderr).toBe(0);
    const waited = await step('wait-healthy', {
      'endpoint-name': 'diabetes-aci',
      'deployment-name': 'green',
      timeout: '2m',
      'sample-request': join(project, 'sample-request.json'),
      target: 'aci',
    });
    expect(waited.outputs.state).toBe('Healthy');
    expect(JSON.parse(waited.outputs.traffic!)).toEqual({ blue: 100 });
    const stepped = await step('deploy-model', {
      model: 'diabetes@latest',
      ...configs,
      'endpoint-name': 'diabetes-aci',
      'deployment-name': 'green',
      traffic: '10%',
    });
    expect(stepped.outputs.changed).toBe('false');
    const canary = await step('wait-healthy', {
      'endpoint-name': 'diabetes-aci',
      'deployment-name': 'green',
      timeout: '2m',
      'sample-request': join(project, 'sample-request.json'),
      target: 'aci',
    });
    expect(JSON.parse(canary.outputs.traffic!)).toEqual({ blue: 90, green: 10 });
    const back = await step('deploy-model', { mode: 'rollback', 'endpoint-name': 'diabetes-aci', target: 'aci' });
    expect(JSON.parse(back.outputs.traffic!)).toEqual({ blue: 100 });
    const refused = await step('teardown', { 'endpoint-name': 'diabetes-aci', 'deployment-name': 'blue', target: 'aci' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('serves 100%');
    const removed = await step('teardown', { 'endpoint-name': 'diabetes-aci', 'deployment-name': 'green', target: 'aci' });
    expect(JSON.parse(removed.outputs.deleted!)).toEqual(['deployment:diabetes-aci/green']);
  });

  it('a deployment whose init() crashes is Failed, with the container log in the summary', async () => {
    const broken = exampleCopy({
      score: 'def init():\n    raise ValueError("cannot open the weights")\n\ndef run(raw):\n    return raw\n',
      deploymentConfig: { computeType: 'aci', authEnabled: true },
    });
    const deployed = await step('deploy-model', {
      model: 'diabetes:1',
      'inference-config': join(broken, 'inferenceconfig.json'),
      'deployment-config': join(broken, 'deploymentconfig.json'),
      'endpoint-name': 'diabetes-aci',
      'deployment-name': 'broken',
    });
    expect(deployed.code, deployed.stdout).toBe(0);
    const waited = await step('wait-healthy', { 'endpoint-name': 'diabetes-aci', 'deployment-name': 'broken', timeout: '2m', target: 'aci' });
    expect(waited.code).toBe(1);
    expect(waited.outputs.state).toBe('Failed');
    expect(waited.summary).toContain('ValueError: cannot open the weights');
  });

  it('a provisioned deployment whose server stopped answering is Unhealthy, not Healthy (the scoring route is probed)', async () => {
    await emulator.runtime!.stop(`${emulator.workspaceId}/onlineEndpoints/diabetes-aci/deployments/blue`);
    const waited = await step('wait-healthy', { 'endpoint-name': 'diabetes-aci', 'deployment-name': 'blue', timeout: '2s', target: 'aci' });
    expect(waited.code).toBe(1);
    expect(waited.stdout + waited.stderr).toMatch(/Unhealthy/);
    expect(waited.outputs.state).not.toBe('Healthy');
  });

  it('force deletes a deployment that takes traffic, moving its share first', async () => {
    await step('teardown', { 'endpoint-name': 'diabetes-aci', 'deployment-name': 'broken', target: 'aci' });
    const forced = await step('teardown', { 'endpoint-name': 'diabetes-aci', 'deployment-name': 'blue', target: 'aci', force: 'true' });
    expect(forced.code, forced.stdout).toBe(0);
    expect(JSON.parse(forced.outputs.deleted!)).toEqual(['deployment:diabetes-aci/blue']);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aci`)!.properties.traffic).toEqual({});
  });

  it('teardown deletes the endpoint; again, it is gone: a failure unless missing-ok', async () => {
    const down = await step('teardown', { 'endpoint-name': 'diabetes-aci', target: 'aci', 'delete-model': 'diabetes:1' });
    expect(down.code, down.stdout).toBe(0);
    expect(JSON.parse(down.outputs.deleted!)).toEqual(['endpoint:diabetes-aci', 'model:diabetes:1']);
    const again = await step('teardown', { 'endpoint-name': 'diabetes-aci', target: 'aci' });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('diabetes-aci does not exist on target aci');
    const allowed = await step('teardown', { 'endpoint-name': 'diabetes-aci', target: 'aci', 'missing-ok': 'true' });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(JSON.parse(allowed.outputs.deleted!)).toEqual([]);
  });

  it('every request the actions sent was valid against the OpenAPI description, and no secret leaked', () => {
    expect(emulator.invalidRequests).toEqual([]);
    const secrets = [env.AZURE_CLIENT_SECRET!, ...[...emulator.keys.values()].flatMap((k) => [k.primaryKey, k.secondaryKey])];
    const visible = steps
      .flatMap((s) => [
        s.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        s.stderr,
        s.summary,
        JSON.stringify(s.outputs),
      ])
      .join('\n');
    for (const secret of secrets) expect(visible).not.toContain(secret);
  });
});
