import type { AccessToken, TokenCredential } from '@azure/identity';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArmClient } from '../../src/azure/arm-client.js';
import { AzureAssets } from '../../src/azure/assets.js';
import { openWorkspaceDatastore } from '../../src/azure/datastore.js';
import { uploadAsset } from '../../src/azure/upload.js';
import { DeadlineError } from '../../src/engine/errors.js';
import { hashAsset } from '../../src/engine/hash.js';
import { silentLogger, systemClock, type Logger } from '../../src/engine/logger.js';
import { AzureTarget } from '../../src/targets/azure/azure-target.js';
import { ReplayServer } from '../helpers/replay.js';
import { hasShared, noteSkipped, SHARED } from '../helpers/shared.js';

// mlship's client against HTTP sessions recorded from real Azure ML by Microsoft's SDK tests
// (../shared/azure-recordings): every body and header it reads here is one real Azure sent.
const RECORDINGS = join(SHARED, 'azure-recordings');
const recording = (folder: string) =>
  join(
    RECORDINGS,
    folder,
    readdirSync(join(RECORDINGS, folder)).find((f) => f.endsWith('.json'))!,
  );

const token: TokenCredential = { getToken: async (): Promise<AccessToken> => ({ token: 'recorded-session', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const WORKSPACE = { subscriptionId: '00000000-0000-0000-0000-000000000', resourceGroup: '00000', workspace: '00000' };

function recordingLogger(): Logger & { lines: string[]; secrets: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  return { ...silentLogger, lines, secrets, info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), secret: (s: string) => secrets.push(s) };
}

function clientOf(replay: ReplayServer, logger: Logger = silentLogger): ArmClient {
  return new ArmClient({ endpoint: replay.url, credential: token, logger, clock: systemClock, ca: replay.ca, poll: { initialMs: 1, maxMs: 2 }, ...WORKSPACE });
}

describe.runIf(hasShared)('replay of a recorded online deployment (create endpoint and deployment, traffic, keys, score, delete)', () => {
  const ENDPOINT = 'online-ept-a2eef48db44f4a9';
  const DEPLOYMENT = 'online-dpm-b0249d5411f7413';
  let replay: ReplayServer;
  let client: ArmClient;
  let target: AzureTarget;
  let logger: ReturnType<typeof recordingLogger>;

  beforeAll(async () => {
    replay = new ReplayServer(recording('online_services'));
    await replay.start();
    logger = recordingLogger();
    client = clientOf(replay, logger);
    target = new AzureTarget({
      kind: 'aci',
      client,
      assets: new AzureAssets(client, logger, { credential: token, blobEndpoint: `${replay.url}/Sanitized`, ca: replay.ca }),
      clock: systemClock,
      logger,
    });
  });
  afterAll(async () => replay?.stop());

  it('creates the endpoint: 201, Azure-AsyncOperation polled through Updating to Succeeded, then read back', async () => {
    const body = { location: 'eastus', tags: {}, identity: { type: 'SystemAssigned' }, properties: { authMode: 'Key', traffic: {} } };
    const created = await client.mutate<{ properties: { provisioningState: string; scoringUri: string } }>(
      'PUT',
      `/onlineEndpoints/${ENDPOINT}`,
      body,
      Date.now() + 60_000,
    );
    expect(created.body.properties.provisioningState).toBe('Succeeded');
    expect(created.body.properties.scoringUri).toBe(`${replay.scoringUrl}/score`);
    // Every recorded status of the creation was read, Updating ones included.
    expect(replay.unserved('/mfeOperationsStatus/oeidp')).toEqual(expect.not.arrayContaining([expect.stringContaining('5c9dba74')]));
  });

  it('describes the endpoint and its deployment from real bodies', async () => {
    const observed = await target.describe(ENDPOINT);
    expect(observed).toMatchObject({ name: ENDPOINT, authMode: 'key', location: 'eastus', scoringUri: `${replay.scoringUrl}/score` });
    expect(observed!.deployments).toEqual([expect.objectContaining({ name: DEPLOYMENT, provisioningState: 'Succeeded', instanceCount: 2 })]);
  });

  it('follows the deployment through all of its recorded statuses (78 polls of Updating, then Succeeded)', async () => {
    const created = await client.mutate<{ properties: { provisioningState: string }; sku: { capacity: number } }>(
      'PUT',
      `/onlineEndpoints/${ENDPOINT}/deployments/${DEPLOYMENT}`,
      { location: 'eastus', properties: { endpointComputeType: 'Managed' }, sku: { capacity: 2 } },
      Date.now() + 60_000,
    );
    expect(created.body.properties.provisioningState).toBe('Succeeded');
    expect(created.body.sku.capacity).toBe(2);
    expect(replay.unserved('/mfeOperationsStatus/odidp')).toEqual([]);
    expect(await target.status(ENDPOINT, DEPLOYMENT)).toMatchObject({ state: 'Healthy', scoringUri: `${replay.scoringUrl}/score` });
  });

  it('moves traffic with a whole-endpoint PUT (201 on update, as recorded) and reads the new map back', async () => {
    const observed = (await target.describe(ENDPOINT))!;
    const traffic = await target.writeTraffic(observed, { [DEPLOYMENT]: 100 }, {});
    expect(traffic).toEqual({ [DEPLOYMENT]: 100 });
  });

  it('reads the keys (masked the moment they are read) and scores through the recorded scoring URI', async () => {
    const keys = await target.keys(ENDPOINT, logger);
    expect(keys?.primaryKey).toBe('Sanitized');
    expect(logger.secrets).toContain('Sanitized');
    const scored = await target.invoke(ENDPOINT, undefined, JSON.stringify({ data: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]] }));
    expect(scored.status).toBe(200);
    expect(JSON.parse(scored.body)).toEqual([11055.977245525679, 4503.079536107787]);
  });

  it('deletes: 202 with the body null, then follows Azure-AsyncOperation (the recording ends while it is still Updating)', async () => {
    const deleting = client.mutate('DELETE', `/onlineEndpoints/${ENDPOINT}`, undefined, Date.now() + 300);
    const error = await deleting.catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as DeadlineError).lastState).toBe('Updating');
  });

  it("uploads without keys when listSecrets answers 400 (this workspace's datastores use identity) and reuses the SDK's completed upload", async () => {
    const datastore = await openWorkspaceDatastore(client, logger, { credential: token, blobEndpoint: `${replay.url}/Sanitized`, ca: replay.ca });
    expect(datastore.auth).toBe('Entra token');
    expect(logger.lines.join('\n')).toContain('holds no key (identity-based access)');
    const model = join(mkdtempSync(join(tmpdir(), 'mlship-replay-')), 'model');
    mkdirSync(model);
    writeFileSync(join(model, 'sklearn_regression_model.pkl'), 'recorded model');
    const upload = await uploadAsset(datastore, model, await hashAsset(model), { name: 'm', version: '1' }, logger);
    // The SDK's mark on LocalUpload/<hash>/model/sklearn_regression_model.pkl says completed: nothing is sent.
    expect(upload).toMatchObject({ uploaded: false, bytes: 0 });
    expect(upload.path).toMatch(/^LocalUpload\/[0-9a-f]{32}\/model$/);
  });

  it('asked for nothing the recording does not hold but its own health probe', async () => {
    // The SDK never probes a deployment; mlship's status does (GET swagger.json pinned to the
    // deployment, which runs no user code) once Azure says Succeeded. Nothing else is new.
    expect(replay.unrecorded).toEqual([{ method: 'GET', path: '/swagger.json' }]);
  });
});

describe.runIf(hasShared)('replay of a recorded model registration (SAS datastore)', () => {
  let replay: ReplayServer;
  beforeAll(async () => {
    replay = new ReplayServer(recording('model'));
    await replay.start();
  });
  afterAll(async () => replay?.stop());

  it('reads the datastore, takes the SAS it is given (masked), finds the SDK upload complete and registers the version', async () => {
    const logger = recordingLogger();
    const client = clientOf(replay, logger);
    expect(await new AzureAssets(client, logger, { credential: token }).listVersions('models', 'test_907403507619')).toEqual([]);
    const datastore = await openWorkspaceDatastore(client, logger, { credential: token, blobEndpoint: `${replay.url}/Sanitized`, ca: replay.ca });
    expect(datastore.auth).toBe('SAS token');
    expect(logger.secrets.some((s) => s.includes('sig='))).toBe(true);
    const model = join(mkdtempSync(join(tmpdir(), 'mlship-replay-')), 'lightgbm_mlflow_model');
    mkdirSync(model);
    for (const file of ['MLmodel', 'conda.yaml', 'model.pkl']) writeFileSync(join(model, file), file);
    const upload = await uploadAsset(datastore, model, await hashAsset(model), { name: 'test_907403507619', version: '3' }, logger);
    expect(upload.uploaded).toBe(false);
    const put = await client.send<{ name: string; properties: { modelUri: string; provisioningState: string } }>(
      'PUT',
      '/models/test_907403507619/versions/3',
      { body: { properties: { modelType: 'mlflow_model', modelUri: `${datastore.uriPrefix}${upload.path}` } } },
    );
    expect(put.status).toBe(201);
    expect(put.body.properties.provisioningState).toBe('Succeeded');
    expect(put.headers.location).toContain('/models/test_907403507619/versions/3');
    expect(replay.unrecorded).toEqual([]);
  });
});

noteSkipped('replays of recorded Azure sessions');
