import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AzureAssets } from '../../src/azure/assets.js';
import { MAX_RETRY_AFTER_MS, retryAfterMs } from '../../src/azure/policy.js';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { silentLogger, systemClock, type Logger } from '../../src/engine/logger.js';
import { AzureTarget } from '../../src/targets/azure/azure-target.js';
import { clientFor, emulatorCredential, startEmulator } from '../helpers/emulator.js';

// How mlship reads Azure's answers: a deployment's provisioning state, Retry-After, and the
// credential it scores with. Each ARM state is set on a real deployment in the emulator and read
// through the target, as wait-healthy reads it.
let emulator: WorkspaceEmulator;
const secrets: string[] = [];
const logger: Logger = { ...silentLogger, secret: (s) => secrets.push(s) };

function target(): AzureTarget {
  const client = clientFor(emulator);
  return new AzureTarget({
    kind: 'aci',
    client,
    assets: new AzureAssets(client, logger, { credential: emulatorCredential(emulator) }),
    clock: systemClock,
    logger,
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ provisioningMs: 10 });
  const client = clientFor(emulator);
  await client.mutate('PUT', '/onlineEndpoints/states', { location: 'westeurope', properties: { authMode: 'Key' } }, Date.now() + 30_000);
  await client.mutate(
    'PUT',
    '/onlineEndpoints/states/deployments/blue',
    { location: 'westeurope', properties: { endpointComputeType: 'Managed' }, sku: { name: 'Default', capacity: 1 } },
    Date.now() + 30_000,
  );
});
afterAll(async () => {
  await emulator?.stop();
});

function setState(state: string): void {
  const id = `${emulator.workspaceId}/onlineEndpoints/states/deployments/blue`;
  emulator.store.get(id)!.properties.provisioningState = state;
}

describe('provisioning states, as the user reads them', () => {
  const table: [string, string][] = [
    ['Creating', 'Transitioning'],
    ['Updating', 'Transitioning'],
    ['Scaling', 'Transitioning'],
    ['Deleting', 'Transitioning'],
    ['Succeeded', 'Healthy'],
    ['Failed', 'Failed'],
    // A Canceled create never finished: nothing it describes serves.
    ['Canceled', 'Failed'],
    // A state Azure adds later is never taken for Healthy.
    ['Migrating', 'Transitioning'],
  ];
  for (const [arm, expected] of table) {
    it(`${arm} reads as ${expected}`, async () => {
      setState(arm);
      expect((await target().status('states', 'blue')).state).toBe(expected);
    });
  }

  it('Succeeded is probed with the endpoint key, masked before use; a front door out of reach leaves the verdict to Azure', async () => {
    setState('Succeeded');
    secrets.length = 0;
    const healthy = await target().status('states', 'blue');
    // This test process does not trust the emulator's certificate (action processes do): the probe
    // cannot reach the front door, and the provisioning state stays the verdict, saying so.
    expect(healthy).toMatchObject({ state: 'Healthy', detail: expect.stringMatching(/could not be reached from here/) });
    const keys = [...emulator.keys.entries()].find(([id]) => id.endsWith('/onlineendpoints/states'))![1];
    expect(secrets).toContain(keys.primaryKey);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('reads seconds and HTTP dates; a past or unreadable one is no wait at all', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs(' 2 ', now)).toBe(2000);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:59:00 GMT', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
  it('never asks for more than the cap, however long the server says', () => {
    expect(retryAfterMs('100000', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('Tue, 07 Dec 2027 10:00:00 GMT', now)).toBe(MAX_RETRY_AFTER_MS);
  });
});
