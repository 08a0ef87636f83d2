import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { azuriteContainer } from '../../src/emulator/blob.js';
import { DEFAULT_CONTAINER, type WorkspaceEmulator } from '../../src/emulator/server.js';
import { hashAsset } from '../../src/engine/hash.js';
import { objectHash, uploadLayout } from '../../src/engine/object-hash.js';
import { openWorkspaceDatastore } from '../../src/azure/datastore.js';
import { silentLogger } from '../../src/engine/logger.js';
import { clientFor, emulatorCredential, useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { runStep } from '../helpers/run-action.js';

// A workspace whose system datastores use identity-based access (systemDatastoresAuthMode:
// identity): workspaceblobstore holds no key and listSecrets answers 400 "No secrets for
// credentials of type None." (recorded from real Azure). Azurite serves https and takes Entra tokens.
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };

useEmulatorJob({ identityDatastores: true }, (started) => ({ emulator, job, env } = started));

const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });
const configs = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };

describe('upload without keys (identity-based datastore)', () => {
  it("registers a model by uploading with the caller's own Entra token, and says so", async () => {
    const model = join(project, 'model');
    const step = await runStep('register-model', { 'model-name': 'keyless', 'model-path': model, target: 'aci' }, job, env);
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.stdout).toContain('holds no key (identity-based access): uploading to devstoreaccount1 with your own Entra token');
    expect(step.outputs).toMatchObject({ 'model-id': 'keyless:1' });
    // listSecrets is not even asked: the datastore's credentials say None.
    expect(emulator.requests.filter((r) => r.operationId === 'Datastores_ListSecrets')).toEqual([]);
    const layout = uploadLayout(model, (await hashAsset(model)).files, await objectHash(model));
    const marker = await azuriteContainer(`${env.MLSHIP_BLOB_ENDPOINT}/${DEFAULT_CONTAINER}`, emulator.ca).getBlockBlobClient(layout.indicator).getProperties();
    expect(marker.metadata).toEqual({ upload_status: 'completed', name: 'keyless', version: '1' });
  });

  it('deploys from that datastore: the deployment downloads what was uploaded and serves it', async () => {
    const deployed = await runStep('deploy-model', { model: join(project, 'model'), ...configs, 'endpoint-name': 'keyless-ep' }, job, env);
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const waited = await runStep(
      'wait-healthy',
      {
        'endpoint-name': 'keyless-ep',
        'deployment-name': deployed.outputs['deployment-name']!,
        target: 'aci',
        'sample-request': join(project, 'sample-request.json'),
      },
      job,
      env,
    );
    expect(waited.code, waited.stdout + waited.stderr).toBe(0);
    expect(waited.outputs).toMatchObject({ state: 'Healthy', 'sample-response': '{"predictions": [214.353, 220.898]}' });
  });

  it('a datastore that says AccountKey but has no secret (listSecrets 400, as recorded) is opened with the Entra token', async () => {
    const id = `${emulator.workspaceId}/datastores/workspaceblobstore`;
    const stored = emulator.store.get(id)!;
    const credentials = stored.properties.credentials;
    stored.properties.credentials = { credentialsType: 'AccountKey' };
    try {
      const client = clientFor(emulator);
      const datastore = await openWorkspaceDatastore(client, silentLogger, {
        credential: emulatorCredential(emulator),
        blobEndpoint: env.MLSHIP_BLOB_ENDPOINT,
        ca: emulator.ca,
      });
      expect(datastore.auth).toBe('Entra token');
      expect(emulator.requests.filter((r) => r.operationId === 'Datastores_ListSecrets').map((r) => r.status)).toEqual([400]);
    } finally {
      stored.properties.credentials = credentials;
    }
  });

  it('a refused token names the role to grant on the storage account', async () => {
    emulator.faults.refuseStorageTokens = true;
    try {
      const changed = exampleCopy({ deploymentConfig: { computeType: 'aci' } });
      const step = await runStep('register-model', { 'model-name': 'refused', 'model-path': join(changed, 'train.py'), target: 'aci' }, job, env);
      expect(step.code, step.stdout).toBe(1);
      expect(step.stdout).toContain('"Storage Blob Data Contributor" role on storage account devstoreaccount1');
    } finally {
      emulator.faults.refuseStorageTokens = false;
    }
  });
});
