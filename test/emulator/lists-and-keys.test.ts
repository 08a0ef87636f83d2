import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArmClient } from '../../src/azure/arm-client.js';
import { AzureAssets } from '../../src/azure/assets.js';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { silentLogger } from '../../src/engine/logger.js';
import { clientFor, emulatorCredential, startEmulator } from '../helpers/emulator.js';
import { EXAMPLE } from '../helpers/run-action.js';

// Lists as Azure answers them (pages with nextLink, archived versions hidden unless asked) and the
// key regeneration Microsoft's SDK calls: the emulator answers them, and mlship reads every page
// and numbers a new version past archived ones.
let emulator: WorkspaceEmulator;
let client: ArmClient;

beforeAll(async () => {
  emulator = await startEmulator({ storage: true, provisioningMs: 10 });
  client = clientFor(emulator);
});
afterAll(async () => {
  expect(emulator.invalidRequests).toEqual([]);
  await emulator?.stop();
});

async function putVersion(name: string, version: string, archived = false): Promise<void> {
  await client.send('PUT', `/models/${name}/versions/${version}`, {
    body: { properties: { modelUri: `azureml://datastores/workspaceblobstore/paths/${name}/${version}`, isArchived: archived } },
  });
}

describe('lists', () => {
  it('hide archived versions unless asked (listViewType), as Azure does', async () => {
    for (const v of ['1', '2', '3']) await putVersion('viewed', v, v === '2');
    const names = async (query?: Record<string, string>) =>
      (await client.listAll<{ name: string }>('/models/viewed/versions', { query }))!.map((v) => v.name).sort();
    expect(await names()).toEqual(['1', '3']);
    expect(await names({ listViewType: 'ArchivedOnly' })).toEqual(['2']);
    expect(await names({ listViewType: 'All' })).toEqual(['1', '2', '3']);
  });

  it('come in pages with nextLink, and mlship reads them all: a new version is numbered past every one, archived included', async () => {
    emulator.faults.listPageSize = 2;
    try {
      for (const v of ['1', '2', '3', '4', '5']) await putVersion('paged', v, v === '5');
      const first = await client.send<{ value: unknown[]; nextLink?: string }>('GET', '/models/paged/versions', { query: { listViewType: 'All' } });
      expect(first.body.value).toHaveLength(2);
      expect(new URL(first.body.nextLink!).searchParams.get('$skip')).toBe('2');
      expect(await client.listAll('/models/paged/versions', { query: { listViewType: 'All' } })).toHaveLength(5);
      const blobEndpoint = emulator.environment('unused').MLSHIP_BLOB_ENDPOINT;
      const assets = new AzureAssets(client, silentLogger, { credential: emulatorCredential(emulator), blobEndpoint });
      const registered = await assets.registerModel({ name: 'paged', path: join(EXAMPLE, 'model'), tags: {} });
      expect(registered.version).toBe('6');
    } finally {
      emulator.faults.listPageSize = undefined;
    }
  });
});

describe('keys', () => {
  it('regenerateKeys replaces the key asked for (202 + Location), and only that one', async () => {
    await client.mutate('PUT', '/onlineEndpoints/rotated', { location: 'westeurope', properties: { authMode: 'Key' } }, Date.now() + 30_000);
    const before = (await client.send<{ primaryKey: string; secondaryKey: string }>('POST', '/onlineEndpoints/rotated/listKeys')).body;
    const answer = await client.send('POST', '/onlineEndpoints/rotated/regenerateKeys', { body: { keyType: 'Secondary' } });
    expect(answer.status).toBe(202);
    expect(answer.headers.location).toBeDefined();
    const after = (await client.send<{ primaryKey: string; secondaryKey: string }>('POST', '/onlineEndpoints/rotated/listKeys')).body;
    expect(after.primaryKey).toBe(before.primaryKey);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
  });
});
