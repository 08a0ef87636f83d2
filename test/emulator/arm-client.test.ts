import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArmError } from '../../src/azure/arm-error.js';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { clientFor, httpsGet, startEmulator } from '../helpers/emulator.js';

let emulator: WorkspaceEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  expect(emulator.invalidRequests.filter((r) => !r.includes('expected-invalid'))).toEqual([]);
  await emulator?.stop();
});

const soon = () => Date.now() + 30_000;
const endpointBody = (traffic?: Record<string, number>) => ({
  location: 'westeurope',
  tags: { 'mlship.managed': 'true' },
  identity: { type: 'SystemAssigned' },
  properties: { authMode: 'Key', ...(traffic ? { traffic } : {}) },
});
const deploymentBody = {
  location: 'westeurope',
  sku: { name: 'Default', capacity: 1 },
  properties: { endpointComputeType: 'Managed', instanceType: 'Standard_DS2_v2', model: 'azureml:diabetes:1', scaleSettings: { scaleType: 'Default' } },
};

describe('ARM client against the workspace emulator', () => {
  it('refuses a request without a valid token, as ARM does', async () => {
    const path = `${clientFor(emulator).workspacePath('/onlineEndpoints/x')}?api-version=2026-07-01`;
    const anonymous = await httpsGet(emulator, path);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body).error.code).toBe('InvalidAuthenticationToken');
    expect((await httpsGet(emulator, path, 'Bearer forged')).status).toBe(401);
  });

  it('creates an endpoint through Azure-AsyncOperation polling and reads it back Succeeded', async () => {
    const client = clientFor(emulator);
    const created = await client.mutate<{ properties: { provisioningState: string; scoringUri: string } }>(
      'PUT',
      '/onlineEndpoints/ep-one',
      endpointBody(),
      soon(),
    );
    expect(created.body.properties.provisioningState).toBe('Succeeded');
    expect(created.body.properties.scoringUri).toContain('/inference/ep-one/score');
    const keys = await client.send<{ primaryKey: string }>('POST', '/onlineEndpoints/ep-one/listKeys');
    expect(keys.body.primaryKey.length).toBeGreaterThan(20);
    // Followed on mfeOperationsStatus, the status URL real Azure gives (recorded).
    expect(emulator.requests.some((r) => /\/locations\/westeurope\/mfeOperationsStatus\/oeidp:/.test(r.path))).toBe(true);
  });

  it('creates a deployment, shifts traffic with PATCH (202 + Location), and refuses to delete a deployment with traffic', async () => {
    const client = clientFor(emulator);
    await client.mutate('PUT', '/onlineEndpoints/ep-one/deployments/blue', deploymentBody, soon());
    await client.mutate('PATCH', '/onlineEndpoints/ep-one', { properties: { traffic: { blue: 100 } } }, soon());
    const endpoint = await client.get<{ properties: { traffic: Record<string, number> } }>('/onlineEndpoints/ep-one');
    expect(endpoint?.properties.traffic).toEqual({ blue: 100 });
    const refused = await client.mutate('DELETE', '/onlineEndpoints/ep-one/deployments/blue', undefined, soon()).catch((e) => e);
    expect(refused).toBeInstanceOf(ArmError);
    expect((refused as ArmError).code).toBe('BadArgument');
    expect((refused as ArmError).message).toMatch(/correlation id [0-9a-f-]{36}/);
  });

  it('deletes an endpoint with its deployments; deleting it again is a no-op; a missing resource reads as undefined', async () => {
    const client = clientFor(emulator);
    await client.mutate('DELETE', '/onlineEndpoints/ep-one', undefined, soon());
    expect(await client.get('/onlineEndpoints/ep-one')).toBeUndefined();
    expect(await client.get('/onlineEndpoints/ep-one/deployments/blue')).toBeUndefined();
    expect((await client.mutate('DELETE', '/onlineEndpoints/ep-one', undefined, soon())).status).toBe(204);
  });

  it("surfaces a deployment that fails to provision with Azure's error code and message", async () => {
    const client = clientFor(emulator);
    await client.mutate('PUT', '/onlineEndpoints/ep-fail', endpointBody(), soon());
    emulator.faults.failDeployments = true;
    try {
      const error = await client.mutate('PUT', '/onlineEndpoints/ep-fail/deployments/blue', deploymentBody, soon()).catch((e) => e);
      expect(error).toBeInstanceOf(ArmError);
      expect((error as ArmError).code).toBe('ResourceNotReady');
    } finally {
      emulator.faults.failDeployments = false;
    }
  });

  it('rides out 429 with Retry-After, 5xx and a dropped connection', async () => {
    const client = clientFor(emulator);
    emulator.faults.next.push(
      { status: 429, count: 1, retryAfterSeconds: 1, operationId: 'ModelContainers_Get' },
      { status: 503, count: 1, operationId: 'ModelContainers_Get' },
      { status: 0, count: 1, drop: true, operationId: 'ModelContainers_Get' },
    );
    const before = emulator.requests.length;
    const started = Date.now();
    expect(await client.get('/models/nothing-here')).toBeUndefined();
    const attempts = emulator.requests.slice(before).filter((r) => r.operationId === 'ModelContainers_Get');
    expect(attempts.map((r) => r.status)).toEqual([429, 503, 0, 404]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('a request the OpenAPI description refuses is answered 400 and recorded', async () => {
    const client = clientFor(emulator);
    const error = await client
      .send('PUT', '/onlineEndpoints/expected-invalid', { body: { location: 'westeurope', properties: { authMode: 'Password' } } })
      .catch((e) => e);
    expect((error as ArmError).code).toBe('InvalidRequestContent');
    expect(emulator.invalidRequests.at(-1)).toContain('authMode');
  });

  it("applies Azure's naming rule to endpoints, as the service does", async () => {
    const error = (await clientFor(emulator)
      .mutate('PUT', '/onlineEndpoints/9lives', endpointBody(), soon())
      .catch((e) => e)) as ArmError;
    expect(error.code).toBe('BadArgument');
    expect(error.message).toContain('starting with a letter');
  });

  it('says what quota exceeded means', async () => {
    const client = clientFor(emulator);
    await client.mutate('PUT', '/onlineEndpoints/ep-quota', endpointBody(), soon());
    emulator.faults.quotaExceeded = true;
    try {
      const error = (await client.mutate('PUT', '/onlineEndpoints/ep-quota/deployments/blue', deploymentBody, soon()).catch((e) => e)) as ArmError;
      expect(error.code).toBe('QuotaExceeded');
      expect(error.message).toContain('smaller instance type');
    } finally {
      emulator.faults.quotaExceeded = false;
    }
  });

  it('finds a code version by content hash across the whole workspace, whatever container the lookup names (as recorded)', async () => {
    const client = clientFor(emulator);
    const hash = 'a'.repeat(64);
    await client.send('PUT', '/codes/first-snapshot/versions/1', {
      body: {
        properties: { codeUri: 'https://example.invalid/c/LocalUpload/x/src', isAnonymous: true, properties: { hash_sha256: hash, hash_version: '202208' } },
      },
    });
    // azure-ai-ml looks each new snapshot up under a fresh random name and must get 200.
    const found = await client.send<{ value: { id: string }[] }>('GET', '/codes/0229059e-358b-440d-826e-98cf03420a9e/versions', {
      query: { hash, hashVersion: '202208' },
    });
    expect(found.status).toBe(200);
    expect(found.body.value.map((v) => v.id)).toEqual([expect.stringMatching(/\/codes\/first-snapshot\/versions\/1$/)]);
    const other = await client.send<{ value: unknown[] }>('GET', '/codes/first-snapshot/versions', { query: { hash: 'b'.repeat(64), hashVersion: '202208' } });
    expect(other.body.value).toEqual([]);
    // Without a hash, the versions of a container that does not exist are still a 404.
    const missing = await client.send('GET', '/models/never-registered/versions', { allow404: true });
    expect(missing.status).toBe(404);
  });
});
