import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { emulatorCredential, startEmulator } from '../helpers/emulator.js';
import { hasShared, noteSkipped, SHARED } from '../helpers/shared.js';

// The recorded requests of real Azure sessions sent to the emulator: status codes, long-running
// operation headers and the shape of every answer must be what real Azure answered.
type Json = Record<string, any>;
interface Entry {
  RequestUri: string;
  RequestMethod: string;
  RequestBody: unknown;
  StatusCode: number;
  ResponseHeaders: Record<string, string>;
  ResponseBody: unknown;
}

const RECORDINGS = join(SHARED, 'azure-recordings');
const RECORDED_WORKSPACE = '/subscriptions/00000000-0000-0000-0000-000000000/resourceGroups/00000/providers/Microsoft.MachineLearningServices/workspaces/00000';

function entries(folder: string): Entry[] {
  const file = readdirSync(join(RECORDINGS, folder)).find((f) => f.endsWith('.json'))!;
  return (JSON.parse(readFileSync(join(RECORDINGS, folder, file), 'utf8')) as { Entries: Entry[] }).Entries;
}

/** Every key path of a body (`properties.scaleSettings.scaleType`), not looking inside maps of user data. */
function shape(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? shape(value[0], `${prefix}[]`) : [];
  if (!value || typeof value !== 'object') return [];
  if (/(^|\.)(tags|traffic|mirrorTraffic|environmentVariables|flavors|properties\.properties|properties\.properties\.[^.]+)$/.test(prefix)) return [];
  return Object.entries(value as Json).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...shape(child, path)];
  });
}

/** What the recorded answer has that the emulator's does not. */
function missing(recorded: unknown, emulated: unknown): string[] {
  const have = new Set(shape(emulated));
  return shape(recorded).filter((path) => !have.has(path));
}

describe.runIf(hasShared)('the emulator answers recorded requests as real Azure did', () => {
  let emulator: WorkspaceEmulator;
  let bearer: string;

  beforeAll(async () => {
    emulator = await startEmulator({ provisioningMs: 100, location: 'eastus' });
    bearer = (await emulatorCredential(emulator).getToken(`${emulator.url}/.default`))!.token;
  });
  afterAll(async () => {
    expect(emulator.invalidRequests).toEqual([]);
    await emulator?.stop();
  });

  /** Sends a recorded request (workspace ids rewritten to the emulator's, api-version kept). */
  function send(
    entry: Pick<Entry, 'RequestMethod' | 'RequestUri' | 'RequestBody'>,
  ): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
    const recorded = new URL(entry.RequestUri);
    const path = (recorded.pathname + recorded.search).replace(RECORDED_WORKSPACE, emulator.workspaceId);
    const text =
      entry.RequestBody === null || entry.RequestBody === undefined
        ? undefined
        : JSON.stringify(entry.RequestBody).split(RECORDED_WORKSPACE).join(emulator.workspaceId);
    return call(entry.RequestMethod, `${emulator.url}${path}`, text);
  }

  function call(method: string, url: string, text?: string): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        { method, ca: emulator.ca, headers: { Authorization: `Bearer ${bearer}`, ...(text ? { 'Content-Type': 'application/json' } : {}) } },
        (res) => {
          let data = '';
          res.on('data', (d) => (data += d));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: data ? (JSON.parse(data) as unknown) : undefined }),
          );
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  }

  async function until(url: string, status: string): Promise<Json> {
    for (let i = 0; i < 200; i += 1) {
      const polled = await call('GET', url);
      if ((polled.body as Json).status === status) return polled.body as Json;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`${url} never reached ${status}`);
  }

  const lroHeaders = (given: Record<string, string>) => {
    const headers = Object.fromEntries(Object.entries(given).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      asyncOperation: /\/providers\/Microsoft\.MachineLearningServices\/locations\/[^/]+\/mfeOperationsStatus\/o[ed]idp:[^?]+\?api-version=/.test(
        headers['azure-asyncoperation'] ?? '',
      ),
      timeout: headers['x-ms-async-operation-timeout'],
      retryAfter: headers['retry-after'],
    };
  };

  it('online endpoint and deployment: PUT 201 with the same LRO headers, Updating then Succeeded, the same answer shapes, DELETE 202 null and 204', async () => {
    const recorded = entries('online_services');
    const puts = recorded.filter((e) => e.RequestMethod === 'PUT' && e.RequestUri.includes('/onlineEndpoints/'));
    for (const put of puts) {
      const answer = await send(put);
      expect(answer.status, put.RequestUri).toBe(put.StatusCode);
      expect(lroHeaders(answer.headers)).toEqual({ asyncOperation: true, timeout: 'PT30M', retryAfter: undefined });
      expect(lroHeaders(put.ResponseHeaders as Record<string, string>)).toMatchObject({ asyncOperation: true, timeout: 'PT30M' });
      expect(answer.headers.location).toContain(new URL(put.RequestUri).pathname.split('/workspaces/00000')[1]);
      expect(missing(put.ResponseBody, answer.body), put.RequestUri).toEqual([]);
      // The operation: Updating with endTime 0001-01-01 while it runs, as recorded, then Succeeded.
      const status = await call('GET', answer.headers['azure-asyncoperation']!);
      const recordedStatus = recorded.find((e) => e.RequestUri.includes('mfeOperationsStatus'))!.ResponseBody;
      expect(Object.keys(status.body as Json).sort()).toEqual(Object.keys(recordedStatus as Json).sort());
      expect(status.body).toMatchObject({ status: 'Updating', endTime: '0001-01-01T00:00:00+00:00', percentComplete: 0 });
      expect((await until(answer.headers['azure-asyncoperation']!, 'Succeeded')).endTime).not.toBe('0001-01-01T00:00:00+00:00');
    }
    for (const get of recorded.filter((e) => e.RequestMethod === 'GET' && /\/onlineEndpoints\/[^/?]+(\/deployments\/[^/?]+)?\?/.test(e.RequestUri))) {
      const answer = await send(get);
      expect(answer.status).toBe(200);
      expect(missing(get.ResponseBody, answer.body), get.RequestUri).toEqual([]);
    }
    const keys = recorded.find((e) => e.RequestUri.includes('/listKeys'))!;
    const keyAnswer = await send(keys);
    expect(keyAnswer.status).toBe(200);
    expect(missing(keys.ResponseBody, keyAnswer.body)).toEqual([]);
    const del = recorded.find((e) => e.RequestMethod === 'DELETE')!;
    const deleted = await send(del);
    expect(deleted.status).toBe(del.StatusCode);
    expect(deleted.body).toBeNull();
    expect(lroHeaders(deleted.headers)).toEqual({ asyncOperation: true, timeout: 'PT30M', retryAfter: undefined });
    expect(deleted.headers.location).toMatch(/\/mfeOperationResults\//);
    await until(deleted.headers['azure-asyncoperation']!, 'Succeeded');
    // Deleting what no longer exists: 204, as recorded.
    expect((await send(del)).status).toBe(204);
  });

  it('model version: 404 UserError/ModelNotFound for a missing container, the datastore, 201 + Location, 200 for the same version again, and lists that find it', async () => {
    const recorded = entries('model');
    const notFound = recorded.find((e) => e.StatusCode === 404)!;
    const answer404 = await send(notFound);
    expect(answer404.status).toBe(404);
    expect(answer404.headers['x-ms-response-type']).toBe('error');
    expect((answer404.body as Json).error).toMatchObject({ code: 'UserError', details: [{ code: 'ModelNotFound' }] });
    expect(missing(notFound.ResponseBody, answer404.body).filter((p) => !p.startsWith('error.additionalInfo'))).toEqual([]);
    const datastore = recorded.find((e) => e.RequestUri.includes('/datastores/workspaceblobstore?'))!;
    const ds = await send(datastore);
    expect(ds.status).toBe(200);
    expect(missing(datastore.ResponseBody, ds.body)).toEqual([]);
    const put = recorded.find((e) => e.RequestMethod === 'PUT')!;
    const created = await send(put);
    expect(created.status).toBe(put.StatusCode);
    expect(created.headers.location).toContain('/models/test_907403507619/versions/3');
    expect(missing(put.ResponseBody, created.body)).toEqual([]);
    expect((await send(put)).status).toBe(200);
    const list = recorded.find((e) => e.RequestUri.includes('listViewType'))!;
    const listed = await send(list);
    expect(listed.status).toBe(200);
    expect(missing(list.ResponseBody, listed.body)).toEqual([]);
    // The container exists too, so the SDK's models.list() finds the model.
    expect((await call('GET', `${emulator.url}${emulator.workspaceId}/models?api-version=2023-08-01-preview`)).body).toMatchObject({
      value: [expect.objectContaining({ name: 'test_907403507619', properties: expect.objectContaining({ latestVersion: '3' }) })],
    });
  });

  it('environment version and workspace: the recorded answers, field for field in shape', async () => {
    const env = entries('environment')[0]!;
    const created = await send(env);
    expect(created.status).toBe(env.StatusCode);
    expect(missing(env.ResponseBody, created.body)).toEqual([]);
    const workspace = entries('online_services').find((e) => e.RequestMethod === 'GET' && /\/workspaces\/00000\?/.test(e.RequestUri))!;
    const answer = await send(workspace);
    expect(answer.status).toBe(200);
    expect(missing(workspace.ResponseBody, answer.body)).toEqual([]);
  });

  it('code lookup by content hash: answered from another container of the workspace, as recorded', async () => {
    const [lookup] = entries('code_asset');
    // The version the recording found (as the lookup answered it: the later GET's hash is sanitized),
    // written as the SDK writes it.
    const existing = ((lookup!.ResponseBody as Json).value as Json[])[0]!;
    const put = await call(
      'PUT',
      `${emulator.url}${emulator.workspaceId}/codes/test_679501396464/versions/2?api-version=2023-04-01`,
      JSON.stringify({ properties: { codeUri: existing.properties.codeUri, isAnonymous: false, properties: existing.properties.properties } }),
    );
    expect(put.status).toBe(201);
    const answer = await send(lookup!);
    expect(answer.status).toBe(lookup!.StatusCode);
    const recordedIds = ((lookup!.ResponseBody as Json).value as Json[]).map((v) => String(v.id).split('/workspaces/00000')[1]);
    expect(((answer.body as Json).value as Json[]).map((v) => String(v.id).split(emulator.workspaceId)[1])).toEqual(recordedIds);
    expect(missing(lookup!.ResponseBody, answer.body)).toEqual([]);
  });

  it("an api-version Azure does not have is refused with ARM's NoRegisteredProviderFound", async () => {
    const answer = await call('GET', `${emulator.url}${emulator.workspaceId}/onlineEndpoints?api-version=2019-01-01`);
    expect(answer.status).toBe(400);
    expect((answer.body as Json).error.code).toBe('NoRegisteredProviderFound');
  });
});

noteSkipped('the emulator against recorded Azure answers');
