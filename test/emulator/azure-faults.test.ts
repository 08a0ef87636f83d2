import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../../src/emulator/azurite.js';
import { DEFAULT_CONTAINER, type WorkspaceEmulator } from '../../src/emulator/server.js';
import { objectHash, uploadLayout } from '../../src/engine/object-hash.js';
import { hashAsset } from '../../src/engine/hash.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { runStep } from '../helpers/run-action.js';
import { scoringProcesses } from '../helpers/cleanup.js';

let emulator: WorkspaceEmulator;

let env: Record<string, string>;
let job: { runnerTemp: string };

useEmulatorJob({ provisioningMs: 200 }, (started) => ({ emulator, job, env } = started));

const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });
const configs = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };

describe('faults on the Azure path', () => {
  it('an interrupted upload (blobs without the completed mark) is uploaded again, then reused', async () => {
    const model = join(project, 'model');
    const layout = uploadLayout(model, (await hashAsset(model)).files, await objectHash(model));
    // The default datastore's container exists from the start, as in a real workspace.
    const container = new ContainerClient(`${env.MLSHIP_BLOB_ENDPOINT}/${DEFAULT_CONTAINER}`, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
    expect(await container.exists()).toBe(true);
    const indicator = layout.blobs.find((b) => b.blobName === layout.indicator)!;
    await container.getBlockBlobClient(layout.indicator).upload('partial', 7);
    const step = await runStep('register-model', { 'model-name': 'resumed', 'model-path': model, target: 'aci' }, job, env);
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.stdout).toMatch(/uploaded .* of /);
    const marker = await container.getBlockBlobClient(layout.indicator).getProperties();
    // The mark azure-ai-ml writes: completed, and the model version it belongs to.
    expect(marker.metadata).toEqual({ upload_status: 'completed', name: 'resumed', version: '1' });
    expect(marker.contentLength).toBe(indicator.size);
  });

  it('429 with Retry-After and 5xx on the deployment PUT are ridden out', async () => {
    emulator.faults.next.push(
      { status: 429, count: 1, retryAfterSeconds: 1, operationId: 'OnlineDeployments_CreateOrUpdate' },
      { status: 500, count: 1, operationId: 'OnlineDeployments_CreateOrUpdate' },
    );
    const step = await runStep('deploy-model', { model: join(project, 'model'), ...configs, 'endpoint-name': 'faulty' }, job, env);
    expect(step.code, step.stdout + step.stderr).toBe(0);
    const puts = emulator.requests.filter((r) => r.operationId === 'OnlineDeployments_CreateOrUpdate').map((r) => r.status);
    expect(puts.slice(-3)).toEqual([429, 500, 201]);
  });

  it('a missing role assignment (403) says which role to grant', async () => {
    emulator.faults.next.push({ status: 403, count: 1, operationId: 'ModelVersions_List' });
    const step = await runStep('register-model', { 'model-name': 'forbidden', 'model-path': join(project, 'model'), target: 'aci' }, job, env);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('AzureML Data Scientist');
  });

  it('slow provisioning: the wait ends at its deadline as Transitioning; waiting again converges', async () => {
    const release = emulator.holdDeployments();
    let held = true;
    try {
      const deployed = await runStep('deploy-model', { model: join(project, 'model'), ...configs, 'endpoint-name': 'slow' }, job, env);
      expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
      const early = await runStep('wait-healthy', { 'endpoint-name': 'slow', timeout: '1s', target: 'aci' }, job, env);
      expect(early.code).toBe(1);
      expect(early.outputs.state).toBe('Transitioning');
      expect(early.stdout).toContain('when the timeout ran out');
      release();
      held = false;
      const later = await runStep('wait-healthy', { 'endpoint-name': 'slow', timeout: '1m', target: 'aci' }, job, env);
      expect(later.outputs.state).toBe('Healthy');
      expect(JSON.parse(later.outputs.traffic!)).toEqual({ blue: 100 });
    } finally {
      if (held) release();
      await runStep('teardown', { 'endpoint-name': 'slow', target: 'aci' }, job, env);
    }
  });

  it('an endpoint deleted before its deployment finished provisioning leaves no scoring server behind', async () => {
    const release = emulator.holdDeployments();
    const id = `${emulator.workspaceId}/onlineEndpoints/deleted-early`;
    try {
      const deployed = await runStep('deploy-model', { model: join(project, 'model'), ...configs, 'endpoint-name': 'deleted-early' }, job, env);
      expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
      const down = await runStep('teardown', { 'endpoint-name': 'deleted-early', target: 'aci' }, job, env);
      expect(down.code, down.stdout + down.stderr).toBe(0);
    } finally {
      release();
    }
    await emulator.idle();
    expect(emulator.store.get(id)).toBeUndefined();
    expect(emulator.runtime?.port(`${id}/deployments/blue`)).toBeUndefined();
    expect(scoringProcesses(`${emulator.runtime!.workDir}|deleted-early_deployments_blue|`)).toEqual([]);
  });

  it('quota exceeded fails deploy-model with what to do, and the serving deployment keeps its traffic', async () => {
    await runStep('wait-healthy', { 'endpoint-name': 'faulty', timeout: '1m', target: 'aci' }, job, env);
    emulator.faults.quotaExceeded = true;
    try {
      const step = await runStep(
        'deploy-model',
        { model: join(project, 'model'), ...configs, 'endpoint-name': 'faulty', 'deployment-name': 'green' },
        job,
        env,
      );
      expect(step.code).toBe(1);
      expect(step.stdout).toContain('QuotaExceeded');
      expect(step.stdout).toContain('smaller instance type');
      expect(step.outputs['endpoint-name']).toBe('faulty');
    } finally {
      emulator.faults.quotaExceeded = false;
    }
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/faulty`)!.properties.traffic).toEqual({ blue: 100 });
    await runStep('teardown', { 'endpoint-name': 'faulty', target: 'aci' }, job, env);
  });
});
