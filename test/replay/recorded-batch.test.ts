import type { AccessToken, TokenCredential } from '@azure/identity';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ArmClient } from '../../src/azure/arm-client.js';
import { AzureAssets } from '../../src/azure/assets.js';
import { loadBatchSpec } from '../../src/config/load-batch.js';
import type { EngineContext } from '../../src/engine/context.js';
import { quietRunner } from '../../src/engine/commands.js';
import { silentLogger, systemClock } from '../../src/engine/logger.js';
import { AzureBatch } from '../../src/targets/azure/azure-batch.js';
import { ReplayServer } from '../helpers/replay.js';
import { hasShared, SHARED } from '../helpers/shared.js';

// mlship's batch client against the session Microsoft's SDK tests recorded on real Azure ML
// (../shared/azure-recordings/batch_services): a batch endpoint created and deleted. What mlship
// sends is compared with what azure-ai-ml sent; what it reads is what Azure answered.

const FOLDER = join(SHARED, 'azure-recordings', 'batch_services');
const ENDPOINT = 'batch-ept-ee9aa834dcfa4d5';
const token: TokenCredential = { getToken: async (): Promise<AccessToken> => ({ token: 'recorded-session', expiresOnTimestamp: Date.now() + 3_600_000 }) };

describe.runIf(hasShared)('replay of the recorded batch endpoint session (create, read, delete)', () => {
  let replay: ReplayServer;
  let batch: AzureBatch;
  let recording: { Entries: { RequestMethod: string; RequestUri: string; RequestBody: unknown }[] };
  const ctx: EngineContext = {
    home: mkdtempSync(join(tmpdir(), 'mlship-replay-batch-')),
    logger: silentLogger,
    clock: systemClock,
    tags: {},
    commands: quietRunner,
  };

  beforeAll(async () => {
    const file = join(
      FOLDER,
      readdirSync(FOLDER).find((f) => f.endsWith('.json'))!,
    );
    recording = JSON.parse(readFileSync(file, 'utf8'));
    replay = new ReplayServer(file);
    await replay.start();
    const client = new ArmClient({
      endpoint: replay.url,
      credential: token,
      logger: silentLogger,
      clock: systemClock,
      ca: replay.ca,
      poll: { initialMs: 1, maxMs: 2 },
      subscriptionId: '00000000-0000-0000-0000-000000000',
      resourceGroup: '00000',
      workspace: '00000-ws',
    });
    batch = new AzureBatch({
      client,
      assets: new AzureAssets(client, silentLogger, { credential: token, blobEndpoint: `${replay.url}/Sanitized`, ca: replay.ca }),
    });
  });
  afterAll(async () => replay?.stop());

  /** The spec of the recorded endpoint, written as a user writes it. */
  function spec() {
    const dir = mkdtempSync(join(tmpdir(), 'mlship-replay-batch-spec-'));
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'model'));
    writeFileSync(join(dir, 'src', 'score.py'), 'def init():\n    pass\ndef run(b):\n    return b\n');
    writeFileSync(join(dir, 'model', 'm.txt'), '1');
    writeFileSync(join(dir, 'endpoint.yml'), stringify({ name: ENDPOINT, description: 'funny', tags: { t1: 'v1' }, properties: { p1: 'v1', p2: 'v2' } }));
    writeFileSync(
      join(dir, 'deployment.yml'),
      stringify({
        name: 'blue',
        endpoint_name: ENDPOINT,
        type: 'model',
        model: { path: 'model' },
        code_configuration: { code: 'src', scoring_script: 'score.py' },
        compute: 'cpu',
      }),
    );
    return loadBatchSpec({ deployment: join(dir, 'deployment.yml'), endpoint: join(dir, 'endpoint.yml'), overrides: { target: 'amlcompute' } }).spec;
  }

  it("reads the workspace's region, where the endpoint goes", async () => {
    expect(await batch.workspaceLocation()).toBe('eastus');
  });

  it('creates the endpoint with the body azure-ai-ml sent, polls the operation to Succeeded, and reads its scoring URI', async () => {
    const created = await batch.createEndpoint(ctx, spec(), 'eastus');
    expect(created.properties).toMatchObject({ provisioningState: 'Succeeded', authMode: 'AADToken', scoringUri: `${replay.scoringUrl}/jobs` });
    const sent = replay.received.find((r) => r.method === 'PUT' && r.path.includes('/batchEndpoints/'))!.body as { properties: { authMode: string } };
    const recorded = recording.Entries.find((e) => e.RequestMethod === 'PUT' && e.RequestUri.includes('/batchEndpoints/'))!.RequestBody as {
      properties: { authMode: string };
    };
    // azure-ai-ml spells the enum aadToken; the service (and its OpenAPI enum) say AADToken.
    expect({ ...sent, properties: { ...sent.properties, authMode: sent.properties.authMode.toLowerCase() } }).toEqual({
      ...recorded,
      properties: { ...recorded.properties, authMode: recorded.properties.authMode.toLowerCase() },
    });
    expect(replay.unserved('/mfeOperationsStatus/', 'GET').length).toBeLessThan(
      recording.Entries.filter((e) => e.RequestUri.includes('mfeOperationsStatus')).length,
    );
  });

  it('deletes it: 202, the operation polled to the end, then 404', async () => {
    expect(await batch.teardown(ctx, ENDPOINT)).toEqual([`batch-endpoint:${ENDPOINT}`]);
    expect(replay.unserved('/mfeOperationsStatus/', 'GET')).toEqual([]);
    expect(await batch.endpoint(ENDPOINT)).toBeUndefined();
    expect(replay.unserved('batchEndpoints')).toEqual([]);
    // The one request the SDK did not make: the list of the endpoint's deployments before deleting it.
    expect(replay.unrecorded).toEqual([{ method: 'GET', path: expect.stringMatching(/\/batchEndpoints\/batch-ept-ee9aa834dcfa4d5\/deployments$/) }]);
  });
});
