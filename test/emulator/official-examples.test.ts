import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AzureAssets } from '../../src/azure/assets.js';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { silentLogger, systemClock } from '../../src/engine/logger.js';
import { AzureTarget } from '../../src/targets/azure/azure-target.js';
import { clientFor, emulatorCredential, startEmulator } from '../helpers/emulator.js';
import { ROOT } from '../helpers/run-action.js';

const EX = join(
  ROOT,
  'vendor/azure-ml-api/specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2025-12-01/examples',
);
const body = (file: string) => JSON.parse(readFileSync(join(EX, file), 'utf8')).responses['200'].body;

let emulator: WorkspaceEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
  // The emulator serves Microsoft's own example responses, exactly, as these resources.
  const ws = emulator.workspaceId;
  const endpoint = body('Workspace/OnlineEndpoint/get.json');
  emulator.store.put(`${ws}/onlineEndpoints/example-ep`, { ...endpoint, name: 'example-ep' });
  const deployment = body('OnlineDeployment/ManagedOnlineDeployment/get.json');
  emulator.store.put(`${ws}/onlineEndpoints/example-ep/deployments/example-dep`, { ...deployment, name: 'example-dep' });
  const model = body('Workspace/ModelVersion/createOrUpdate.json');
  emulator.store.put(`${ws}/models/example-model/versions/3`, { ...model, name: '3' });
});
afterAll(async () => {
  expect(emulator.invalidRequests).toEqual([]);
  await emulator?.stop();
});

describe("the client reads Microsoft's official example responses", () => {
  const target = () => {
    const client = clientFor(emulator);
    return new AzureTarget({
      kind: 'aci',
      client,
      assets: new AzureAssets(client, silentLogger, { credential: emulatorCredential(emulator) }),
      clock: systemClock,
      logger: silentLogger,
    });
  };

  it('an online endpoint and its deployment (describe)', async () => {
    const observed = await target().describe('example-ep');
    expect(observed).toMatchObject({
      name: 'example-ep',
      authMode: 'aml_token',
      traffic: { string: 1 },
      scoringUri: 'https://www.contoso.com/example',
      location: 'string',
      deployments: [{ name: 'example-dep', provisioningState: 'Creating', instanceCount: 1, tags: {} }],
    });
  });

  it("a deployment's provisioning state, mapped to the v1 state (status)", async () => {
    const status = await target().status('example-ep', 'example-dep');
    expect(status).toMatchObject({ state: 'Transitioning', detail: 'provisioning state Creating' });
  });

  it('a model version, with latest resolved to it', async () => {
    const model = await target().assets.resolveModel({ kind: 'registered', name: 'example-model', version: 'latest' });
    expect(model.modelId).toBe('example-model:3');
    expect(model.armId).toBe(`${emulator.workspaceId}/models/example-model/versions/3`);
  });
});
