import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, noteSkipped, post, PYTHON_WITHOUT_FLASK, REAL_SERVER, serverHas, SERVER_KIND, startServer, type ServerUnderTest } from './harness.js';

/**
 * One test per point of the inference-server contract (what Microsoft's azmlinfsrv 1.5.1 does with a
 * score.py). It runs against mlship's local server; with MLSHIP_CONFORMANCE_AZMLINFSRV set, against
 * the real azmlinfsrv, so every expectation here is checked against Microsoft's server too.
 */
const servers: ServerUnderTest[] = [];
async function server(options: Parameters<typeof startServer>[0]): Promise<ServerUnderTest> {
  const started = await startServer(options);
  servers.push(started);
  return started;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** Sends raw bytes and returns the raw answer, for framing that fetch will not produce. */
function raw(target: ServerUnderTest, bytes: string | Buffer, waitMs = 10_000): Promise<string> {
  const { port } = new URL(target.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      if (/\r\n\r\n/.test(answer) && /Content-Length: (\d+)/i.test(answer)) {
        const length = Number(/Content-Length: (\d+)/i.exec(answer)![1]);
        if (Buffer.byteLength(answer.split('\r\n\r\n').slice(1).join('\r\n\r\n'), 'latin1') >= length) done();
      }
    });
    socket.on('end', done);
    socket.on('error', done);
    setTimeout(done, waitMs);
    socket.write(bytes);
  });
}

/** A raw connection that collects what the server sends, for requests written by hand. */
async function openRaw(target: ServerUnderTest) {
  const socket = connect(Number(new URL(target.url).port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (d) => (received += d.toString('latin1')));
  const until = (pattern: RegExp | ((text: string) => boolean)) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (typeof pattern === 'function' ? pattern(received) : pattern.test(received)) return resolve(received);
        if (socket.destroyed) return reject(new Error(`closed after: ${received}`));
        setTimeout(check, 10);
      };
      check();
    });
  /** Waits for `count` whole answers (heads with a Content-Length and their bodies). */
  const answers = (count: number) => until((text) => completeAnswers(text) >= count);
  return { socket, until, answers };
}

function completeAnswers(text: string): number {
  let count = 0;
  let rest = text;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return count;
    const length = Number(/Content-Length: (\d+)/i.exec(rest.slice(0, end))?.[1] ?? 0);
    if (rest.length < end + 4 + length) return count;
    if (!/^HTTP\/1\.1 100/.test(rest)) count += 1;
    rest = rest.slice(end + 4 + length);
  }
}

describe(`inference-server contract (${SERVER_KIND})`, () => {
  let general: ServerUnderTest;
  beforeAll(async () => {
    general = await server({
      script: 'general.py',
      env: { AML_CORS_ORIGINS: 'https://studio.example' },
      modelFiles: { 'weights.json': '[1, 2]', 'nested/vocab.txt': 'a b' },
    });
  });

  describe('routes', () => {
    it('GET / answers 200 Healthy once init() returned', async () => {
      const response = await fetch(`${general.url}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe('Healthy');
    });

    it('GET / during init() is held until init() returns, not refused', async () => {
      const marker = join(general.codeDir, '..', 'slow-init-done');
      const slow = await server({ script: 'general.py', env: { TEST_INIT_SLEEP: '1.5', TEST_INIT_MARKER: marker }, waitReady: false });
      const response = await fetch(`${slow.url}/`);
      expect(response.status).toBe(200);
      expect(existsSync(marker)).toBe(true);
    });

    it('HEAD / answers 200 and OPTIONS /score 200', async () => {
      expect((await fetch(`${general.url}/`, { method: 'HEAD' })).status).toBe(200);
      expect((await fetch(`${general.url}/score`, { method: 'OPTIONS' })).status).toBe(200);
    });

    it('PUT and DELETE on /score answer 405 with a JSON message', async () => {
      for (const method of ['PUT', 'DELETE']) {
        const response = await fetch(`${general.url}/score`, { method, body: method === 'PUT' ? '{}' : undefined });
        expect(response.status).toBe(405);
        expect(await response.json()).toEqual({ message: 'The method is not allowed for the requested URL.' });
      }
    });

    it('an unknown route answers 404 with a JSON message', async () => {
      const response = await fetch(`${general.url}/predict`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toMatch(/^The requested URL was not found on the server\./);
    });

    it('POST /score passes the body to run() as a str, whatever the content type', async () => {
      for (const type of ['application/json', 'text/plain', 'application/octet-stream']) {
        const answer = await post(general, '[1, 2, 3]', { 'Content-Type': type });
        expect(answer.status, type).toBe(200);
        expect(JSON.parse(answer.text)).toEqual({ type: 'str', raw: '[1, 2, 3]' });
      }
    });

    it('a form-encoded body reaches run() empty, as Flask consumes it into the form', async () => {
      const answer = await post(general, 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
      expect(JSON.parse(answer.text)).toEqual({ type: 'str', raw: '' });
    });

    it('a body that is not UTF-8 answers 400 saying so', async () => {
      const answer = await post(general, new Uint8Array([0xff, 0xfe, 0x41]), { 'Content-Type': 'application/json' });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).message).toMatch(/^Input cannot be decoded as UTF-8: /);
    });

    it('a chunked body (no Content-Length) arrives whole', async () => {
      const answer = await raw(
        general,
        'POST /score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n"chun\r\n4\r\nked"\r\n0\r\n\r\n',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toContain('"raw": "\\"chunked\\""');
    });

    it('GET /score is a scoring call: run() gets the query as a JSON object string', async () => {
      const query = await fetch(`${general.url}/score?a=1&b=[1,2]&c=text`);
      expect(query.status).toBe(200);
      expect(JSON.parse(((await query.json()) as { raw: string }).raw)).toEqual({ a: 1, b: [1, 2], c: 'text' });
      expect(((await (await fetch(`${general.url}/score`)).json()) as { raw: string }).raw).toBe('{}');
    });

    it('GET /swagger.json gives Swagger 2.0; ?version=3 gives OpenAPI 3.0.3', async () => {
      if (!serverHas(['inference_schema']) && REAL_SERVER) return noteSkipped('swagger of the real server', 'inference-schema missing');
      const two = (await (await fetch(`${general.url}/swagger.json`)).json()) as Record<string, any>;
      expect(two.swagger).toBe('2.0');
      expect(Object.keys(two.paths)).toEqual(['/', '/score', '/swagger.json']);
      expect(two.securityDefinitions.Bearer).toMatchObject({ type: 'apiKey', name: 'Authorization', in: 'header' });
      expect(Object.keys(two.definitions).sort()).toEqual(['ErrorResponse', 'ServiceInput', 'ServiceOutput']);
      expect(two.info.title).toBe('ML service');
      const three = (await (await fetch(`${general.url}/swagger.json?version=3`)).json()) as Record<string, any>;
      expect(three.openapi).toBe('3.0.3');
      expect((await fetch(`${general.url}/swagger.json?version=7`)).status).toBe(404);
    });
  });

  describe('calling score.py', () => {
    it('init() and run() run on the main thread: signal handlers and event loops work', async () => {
      const answer = await call(general, { case: 'thread' });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json).toEqual({ init: { main_thread: true, event_loop: true }, run_main_thread: true });
    });

    it('one worker serves one request at a time', async () => {
      const answers = await Promise.all([1, 2, 3].map(() => call(general, { case: 'busy', seconds: 0.3 })));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(Math.max(...answers.map((a) => a.json!.max_concurrent as number))).toBe(1);
    });

    it('WORKER_COUNT workers are separate processes', async () => {
      const two = await server({ script: 'general.py', env: { WORKER_COUNT: '2' } });
      const answers = await Promise.all([1, 2, 3, 4].map(() => call(two, { case: 'busy', seconds: 0.5 })));
      expect(new Set(answers.map((a) => a.json!.pid)).size).toBe(2);
      expect(Math.max(...answers.map((a) => a.json!.max_concurrent as number))).toBe(1);
    });

    it('run(data, request_headers) gets the request headers as a dict', async () => {
      const answer = await call(general, { case: 'headers' }, { 'X-Custom-Header': 'shown' });
      expect(answer.json!.headers['X-Custom-Header']).toBe('shown');
      expect(answer.json!.headers['Content-Type']).toBe('application/json');
    });

    it('@rawhttp gets the request object; AMLResponse sets status, headers and content type', async () => {
      const rawServer = await server({ script: 'rawhttp.py' });
      const created = await post(rawServer, '{"x": 1}', { 'Content-Type': 'application/json' });
      expect(created.status).toBe(201);
      expect(created.headers.get('x-seen')).toBe('yes');
      expect(created.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(created.text)).toEqual({ method: 'POST', bytes: 8, content_type: 'application/json' });
      const teapot = await post(rawServer, '{}', { 'Content-Type': 'application/json', 'X-Want': 'teapot' });
      expect([teapot.status, teapot.text, teapot.headers.get('x-pot')]).toEqual([418, 'short and stout', 'brewed']);
      const broken = await post(rawServer, '{}', { 'Content-Type': 'application/json', 'X-Want': 'broken' });
      expect([broken.status, broken.headers.get('x-ms-run-function-failed')]).toEqual([503, 'True']);
      const get = await fetch(`${rawServer.url}/score?a=5`);
      expect(await get.text()).toBe('GET /score?a=5 a=5');
    });

    it('inference-schema decorators: the JSON body becomes named arguments; bad shapes 400, other types 415', async () => {
      if (!serverHas(['inference_schema'])) return noteSkipped('inference-schema decorators', "the package is not installed in the server's Python");
      const schema = await server({ script: 'schema.py' });
      const ok = await call(schema, {
        data: [
          [1, 2],
          [3, 4],
        ],
        scale: 2,
      } as never);
      expect([ok.status, ok.json]).toEqual([200, { predictions: [6, 14] }]);
      const missing = await call(schema, { data: [[1, 2]] } as never);
      expect(missing.status).toBe(400);
      expect(missing.json!.message).toContain("'scale'");
      expect((await post(schema, '[1]', { 'Content-Type': 'application/json' })).status).toBe(400);
      expect((await post(schema, '{"data": [[1]], "scale": 1}', { 'Content-Type': 'text/plain' })).status).toBe(415);
      const swagger = (await (await fetch(`${schema.url}/swagger.json`)).json()) as Record<string, any>;
      expect(swagger.definitions.ServiceInput.properties).toHaveProperty('data');
      expect(swagger.definitions.ServiceOutput).toMatchObject({ type: 'object' });
    });

    it.each([
      ['dict', { a: 1 }],
      ['list', [1, 2]],
      ['tuple', [1, 2]],
      ['str', 'text'],
      ['int', 7],
      ['float', 1.25],
      ['none', {}],
    ])('returns %s as JSON', async (kind, expected) => {
      const answer = await call(general, { case: 'value', kind });
      expect([answer.status, answer.json]).toEqual([200, expected]);
      expect(answer.headers.get('content-type')).toBe('application/json');
    });

    it.each(['bytes', 'set', 'datetime'])('returning %s is a 500, not a string', async (kind) => {
      const answer = await call(general, { case: 'value', kind });
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ message: 'An unexpected internal error occurred. Check the logs for more info.' });
    });

    it('numpy: arrays, int64 and float32 are 500; float64 (a Python float) is JSON', async () => {
      if (!serverHas(['numpy'])) return noteSkipped('numpy return values', "numpy is not installed in the server's Python");
      for (const kind of ['numpy-array', 'numpy-int64', 'numpy-float32']) expect((await call(general, { case: 'value', kind })).status, kind).toBe(500);
      expect((await call(general, { case: 'value', kind: 'numpy-float64' })).json).toBe(2.5);
    });

    it('run() raising answers a generic 500 with x-ms-run-function-failed; the traceback goes to the log only', async () => {
      const answer = await call(general, { case: 'raise' });
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ message: 'An unexpected error occurred in scoring script. Check the logs for more info.' });
      expect(answer.headers.get('x-ms-run-function-failed')).toBe('True');
      expect(answer.text).not.toContain('secret detail');
      await expect.poll(() => general.log()).toContain('RuntimeError: secret detail that must stay in the log');
    });

    it('init() raising: the server exits with code 3', async () => {
      const failing = await server({ script: 'failing_init.py' });
      expect(await failing.exited).toBe(3);
      expect(failing.log()).toContain('RuntimeError: weights file is corrupt');
    });

    it('past SCORING_TIMEOUT_MS run() is interrupted with a 500 saying so, and the next request works', async () => {
      const timed = await server({ script: 'general.py', env: { SCORING_TIMEOUT_MS: '500' } });
      const slow = await call(timed, { case: 'sleep', seconds: 30 });
      expect(slow.status).toBe(500);
      expect(slow.json).toEqual({ message: 'Scoring timeout after 500 ms' });
      expect(slow.headers.get('x-ms-run-function-failed')).toBe('True');
      expect((await call(timed, { case: 'sleep', seconds: 0 })).json).toEqual({ slept: 0 });
    });
  });

  describe('environment seen by score.py', () => {
    it('AZUREML_MODEL_DIR holds the model as ordinary files; AZUREML_ENTRY_SCRIPT is absolute; AML_APP_ROOT is on sys.path', async () => {
      const env = (await call(general, { case: 'env' })).json!;
      expect(env.model_dir).toBe(general.modelDir);
      expect(env.model_files).toEqual(['model/nested/vocab.txt', 'model/weights.json']);
      expect(env.entry_script).toBe(join(general.codeDir, 'score.py'));
      expect(env.app_root).toBe(general.codeDir);
      expect(env.app_root_on_path).toBe(true);
    });

    it('an entry script in a sub-folder imports modules from the code root', async () => {
      const nested = await server({ script: 'app', entry: 'sub/score.py' });
      expect((await call(nested, {})).json).toEqual({ greeting: 'imported from the code root' });
    });

    it('print() output reaches the log through the azmlinfsrv.print logger, one line each', async () => {
      await call(general, { case: 'print' });
      await expect.poll(() => general.log()).toMatch(/azmlinfsrv\.print - run printed this line/);
      expect(general.log()).toMatch(/azmlinfsrv\.print - init printed this line/);
    });

    it('AML_CORS_ORIGINS enables CORS headers for those origins only', async () => {
      const allowed = await fetch(`${general.url}/score`, {
        method: 'POST',
        headers: { Origin: 'https://studio.example', 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://studio.example');
      const other = await fetch(`${general.url}/score`, {
        method: 'POST',
        headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('headers', () => {
    it('every scoring answer carries the server version, request ids and the run headers', async () => {
      const answer = await call(general, {});
      expect(answer.headers.get('x-ms-server-version')).toMatch(/^azmlinfsrv\/1\.5\.1/);
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.headers.get('x-ms-request-id')).toBe(answer.headers.get('x-request-id'));
      expect(answer.headers.get('x-ms-run-function-failed')).toBe('False');
      expect(Number(answer.headers.get('x-ms-run-fn-exec-ms'))).toBeGreaterThanOrEqual(0);
    });

    it('echoes request ids as azmlinfsrv does, and TraceId', async () => {
      const a = await call(general, {}, { 'x-request-id': 'req-1', TraceId: 'trace-9' });
      expect([a.headers.get('x-request-id'), a.headers.get('x-ms-request-id'), a.headers.get('traceid')]).toEqual(['req-1', 'req-1', 'trace-9']);
      const b = await call(general, {}, { 'x-ms-request-id': 'legacy-2' });
      expect([b.headers.get('x-ms-request-id'), b.headers.get('x-ms-client-request-id')]).toEqual(['legacy-2', 'legacy-2']);
      const c = await call(general, {}, { 'x-ms-client-request-id': 'client-3' });
      expect([c.headers.get('x-ms-request-id'), c.headers.get('x-ms-client-request-id')]).toEqual(['client-3', 'client-3']);
    });

    it('a request id over 100 characters answers 431', async () => {
      expect((await call(general, {}, { 'x-request-id': 'x'.repeat(101) })).status).toBe(431);
    });

    it('a 431 for an over-long client request id still sends the x-request-id it accepted', async () => {
      const answer = await call(general, {}, { 'x-request-id': 'req-431', 'x-ms-client-request-id': 'c'.repeat(101) });
      expect(answer.status).toBe(431);
      expect(answer.headers.get('x-request-id')).toBe('req-431');
      expect(answer.headers.get('x-ms-run-function-failed')).toBe('False');
    });

    it('an x-request-id sent empty gets no request ids back (none is invented)', async () => {
      const answer = await call(general, {}, { 'x-request-id': '' });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-request-id')).toBeNull();
      expect(answer.headers.get('x-ms-request-id')).toBeNull();
    });
  });

  describe('round two: answers outside run(), as azmlinfsrv sends them', () => {
    it('x-ms-run-function-failed: False on framework 404 and 405, swagger.json, and a value that cannot be serialized', async () => {
      const answers = [
        await fetch(`${general.url}/no-such-route`),
        await fetch(`${general.url}/score`, { method: 'PUT', body: '{}' }),
        await fetch(`${general.url}/swagger.json`),
        await fetch(`${general.url}/swagger.json?version=9`),
        await call(general, { case: 'value', kind: 'set' }),
      ];
      expect(answers.map((a) => a.status)).toEqual([404, 405, 200, 404, 500]);
      expect(answers.map((a) => a.headers.get('x-ms-run-function-failed'))).toEqual(['False', 'False', 'False', 'False', 'False']);
    });

    it('HEAD /score reaches the handler: 405 "Method not allowed" with request ids', async () => {
      const answer = await fetch(`${general.url}/score`, { method: 'HEAD', headers: { 'x-request-id': 'head-1' } });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('x-request-id')).toBe('head-1');
      expect(answer.headers.get('x-ms-run-function-failed')).toBe('False');
    });

    it("OPTIONS / answers 200 with Allow, as Flask's automatic OPTIONS does", async () => {
      const answer = await fetch(`${general.url}/`, { method: 'OPTIONS' });
      expect(answer.status).toBe(200);
      // Flask builds Allow from a set, so its order changes from one process to the next (string hashing).
      expect(answer.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'HEAD', 'OPTIONS']);
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('GET /swagger.json?version= (empty) is not a valid version: 404', async () => {
      const answer = await fetch(`${general.url}/swagger.json?version=`);
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as { message: string }).message).toContain('Swagger version [] is not valid');
    });

    it("score.py's process: the root logger at WARNING, no SCORING_TIMEOUT_MS, none of mlship's settings, azmlinfsrv's sys.argv", async () => {
      const answer = (await call(general, { case: 'process' })).json;
      expect(answer).toEqual({
        root_level: 30,
        scoring_timeout_in_env: false,
        mlship_vars: [],
        argv0: 'azmlinfsrv',
        argv_app: 'azureml_inference_server_http.server.entry:app',
      });
    });

    it('a GET without a body reaches run() without a Content-Length header (the front door adds none)', async () => {
      const answer = (await (await fetch(`${general.url}/score?case=headers`)).json()) as { headers: Record<string, string> };
      expect(Object.keys(answer.headers).map((k) => k.toLowerCase())).not.toContain('content-length');
    });
  });
});

describe.runIf(serverHas(['flask']))(`@rawhttp with flask installed, as on Azure (${SERVER_KIND})`, () => {
  let flaskRaw: ServerUnderTest;
  beforeAll(async () => {
    flaskRaw = await server({ script: 'rawhttp_flask.py' });
  });

  it("gets flask's own Request: files, form, values, content_length, remote_addr, mimetype", async () => {
    const form = new FormData();
    form.append('label', 'cat');
    form.append('image', new Blob([new Uint8Array(300)]), 'cat.png');
    const answer = (await (await fetch(`${flaskRaw.url}/score?want=files`, { method: 'POST', body: form })).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ name: 'cat.png', bytes: 300, form: 'cat', values: 'cat', remote_addr: '127.0.0.1', mimetype: 'multipart/form-data' });
    expect(answer.content_length).toBeGreaterThan(300);
  });

  it('a form body is there for get_data(), not emptied', async () => {
    const answer = await fetch(`${flaskRaw.url}/score?want=form-bytes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2',
    });
    expect(await answer.json()).toEqual({ data: 'a=1&b=2' });
  });

  it('a flask Response from run() is sent as it is: status, content type, headers, a generator body', async () => {
    const answer = await fetch(`${flaskRaw.url}/score?want=stream`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(206);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('x-streamed')).toBe('yes');
    expect(await answer.text()).toBe('a,b');
  });

  it('a 5xx response that sets x-ms-run-function-failed itself carries it once, True', async () => {
    const answer = await fetch(`${flaskRaw.url}/score?want=failed-own-header`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('x-ms-run-function-failed')).toBe('True');
  });

  it('a GET has no content_length (None), as no body was sent', async () => {
    expect(await (await fetch(`${flaskRaw.url}/score?want=length`)).json()).toEqual({ content_length: null });
  });
});

describe.runIf(SERVER_KIND === 'builtin' && !!PYTHON_WITHOUT_FLASK)("@rawhttp without flask: mlship's stand-in Request", () => {
  let standIn: ServerUnderTest;
  beforeAll(async () => {
    standIn = await server({ script: 'rawhttp_surface.py', python: PYTHON_WITHOUT_FLASK });
  });

  it('has content_length and stream; what it lacks fails naming the attribute and how to get it', async () => {
    expect(await (await fetch(`${standIn.url}/score`, { method: 'POST', body: 'abc' })).json()).toEqual({ content_length: 3, stream: 'abc' });
    const missing = await fetch(`${standIn.url}/score?want=files`, { method: 'POST', body: 'x' });
    expect(missing.status).toBe(500);
    await expect.poll(() => standIn.log()).toContain('request.files is not available: flask is not installed in this Python');
  });
});

describe.runIf(!REAL_SERVER)("the local front door (mlship only: on Azure this is the endpoint's own front door)", () => {
  let keyed: ServerUnderTest;
  beforeAll(async () => {
    keyed = await server({
      script: 'general.py',
      env: { MLSHIP_AUTH_KEYS: 'primary-key,secondary-key', MLSHIP_MAX_BODY_BYTES: '1024', MLSHIP_CLIENT_TIMEOUT_S: '1' },
    });
  });
  const auth = 'Authorization: Bearer primary-key\r\n';

  it('checks the key before reading the body: a huge unauthenticated body is refused at once', async () => {
    const answer = await raw(keyed, 'POST /score HTTP/1.1\r\nHost: x\r\nContent-Length: 200000000\r\n\r\n', 5000);
    expect(answer).toMatch(/^HTTP\/1\.\d 401/);
  });

  it('accepts either key, and names the deployment that answered', async () => {
    for (const key of ['primary-key', 'secondary-key']) {
      const answer = await call(keyed, {}, { Authorization: `Bearer ${key}` });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('azureml-model-deployment')).toBe('blue');
    }
    expect((await call(keyed, {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(`${keyed.url}/`)).status).toBe(200);
  });

  it('limits the body size (413) and refuses malformed framing (400), without holding a thread', async () => {
    expect(await raw(keyed, `POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: 5000\r\n\r\n`)).toMatch(/^HTTP\/1\.\d 413/);
    expect(await raw(keyed, `POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: -1\r\n\r\n`)).toMatch(/^HTTP\/1\.\d 400/);
    expect(await raw(keyed, `POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`)).toMatch(
      /^HTTP\/1\.\d 400/,
    );
    expect(await raw(keyed, `POST /score HTTP/1.1\r\nHost: x\r\n${auth}x-request-id: a\r\n injected: yes\r\nContent-Length: 2\r\n\r\n{}`)).toMatch(
      /^HTTP\/1\.\d 400/,
    );
    expect((await call(keyed, {}, { Authorization: 'Bearer primary-key' })).status).toBe(200);
  });

  it('a client sending slowly holds no one: others are answered while its body is awaited, then it is too', async () => {
    const slow = await openRaw(keyed);
    slow.socket.write(`POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{`);
    expect((await call(keyed, {}, { Authorization: 'Bearer primary-key' })).status).toBe(200);
    slow.socket.write('}');
    expect(await slow.answers(1)).toMatch(/^HTTP\/1\.1 200/);
    slow.socket.destroy();
  });

  it('answers a body that stops arriving with 408, and drops the connection', async () => {
    const answer = await raw(keyed, `POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: 10\r\n\r\n{"a"`, 8000);
    expect(answer).toMatch(/^HTTP\/1\.\d 408/);
  });

  it('answers a request line over 64 KiB with 414, and goes on answering others', async () => {
    expect(await raw(keyed, `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toMatch(/^HTTP\/1\.\d 414/);
    expect((await fetch(`${keyed.url}/`)).status).toBe(200);
  });

  it('keeps a connection alive: pipelined requests are answered in order on it', async () => {
    const connection = await openRaw(keyed);
    const score = `POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 17\r\n\r\n{"case": "echo"}\n`;
    connection.socket.write(`GET / HTTP/1.1\r\nHost: x\r\n\r\n${score}GET / HTTP/1.1\r\nHost: x\r\n\r\n`);
    const answers = await connection.answers(3);
    connection.socket.destroy();
    expect(answers.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 200']);
    expect(answers.indexOf('Healthy')).toBeLessThan(answers.indexOf('x-ms-run-function-failed'));
    expect(answers).not.toMatch(/Connection: close/i);
  });

  it('decodes a chunked body for run(), and refuses chunks over the limit (413)', async () => {
    const head = `POST /score HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const ok = await raw(keyed, `${head}4\r\n{"ca\r\nb;ext=1\r\nse": "echo"\r\n1\r\n}\r\n0\r\n\r\n`);
    expect(ok).toMatch(/^HTTP\/1\.1 200/);
    expect(ok).toContain('"echo"');
    const big = `400\r\n${'x'.repeat(1024)}\r\n`;
    expect(await raw(keyed, `${head}${big}${big}0\r\n\r\n`)).toMatch(/^HTTP\/1\.1 413/);
    expect(await raw(keyed, `${head}zz\r\n{}\r\n0\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
  });

  it('Expect: 100-continue gets its 100 only once the key is checked, and run() never sees the Expect', async () => {
    const body = '{"case": "headers"}';
    const expect100 = (key: string) =>
      `POST /score HTTP/1.1\r\nHost: x\r\n${key}Content-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`;
    const refused = await raw(keyed, expect100(''));
    expect(refused).toMatch(/^HTTP\/1\.1 401/);
    const connection = await openRaw(keyed);
    connection.socket.write(expect100(auth));
    expect(await connection.until(/100 Continue\r\n\r\n/)).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\n$/);
    connection.socket.write(body);
    const answer = await connection.answers(1);
    connection.socket.destroy();
    expect(answer).toMatch(/HTTP\/1\.1 200/);
    expect(answer.toLowerCase()).toContain('"content-type"');
    expect(answer.toLowerCase()).not.toContain('"expect"');
  });
});
