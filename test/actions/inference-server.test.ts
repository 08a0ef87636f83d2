import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, noteSkipped, PYTHON, serverHas } from '../conformance/harness.js';
import { killServers } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { newJob, runStep } from '../helpers/run-action.js';

/** The local target through the actions: score.py files that work on Azure work here, and those that fail there fail here. */
const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));
const env = { MLSHIP_PYTHON: PYTHON };

function project(script: string, deploymentConfig: object = { computeType: 'local' }): string {
  const dir = exampleCopy({ deploymentConfig });
  copyFileSync(join(FIXTURES, script), join(dir, 'src', 'score.py'));
  return dir;
}

function deploy(dir: string, endpoint: string, extraEnv: Record<string, string> = {}) {
  return runStep(
    'deploy-model',
    {
      model: join(dir, 'model'),
      'inference-config': join(dir, 'inferenceconfig.json'),
      'deployment-config': join(dir, 'deploymentconfig.json'),
      'endpoint-name': endpoint,
    },
    job,
    { ...env, ...extraEnv },
  );
}

describe('the local target runs score.py as Azure does', () => {
  it("a run() that forgets .tolist() fails the smoke test with Azure's 500, instead of passing locally", async () => {
    if (!serverHas(['numpy'])) return noteSkipped('numpy through the local target', 'numpy is not installed in the Python that runs score.py');
    const dir = project('numpy_forgot_tolist.py');
    expect((await deploy(dir, 'numpy-array')).code).toBe(0);
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'numpy-array', timeout: '30s', 'sample-request': join(dir, 'sample-request.json') },
      job,
      env,
    );
    expect(waited.code).toBe(1);
    expect(waited.stdout).toContain('answered 500, not the expected 200');
    expect(waited.stdout).toContain('An unexpected internal error occurred. Check the logs for more info.');
    expect(waited.summary).toContain('TypeError: Object of type ndarray is not JSON serializable');
    await runStep('teardown', { 'endpoint-name': 'numpy-array' }, job, env);
  });

  it('a @rawhttp score.py deploys, and its AMLResponse status reaches the smoke test', async () => {
    const dir = project('rawhttp.py');
    expect((await deploy(dir, 'raw-http')).code).toBe(0);
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'raw-http', timeout: '30s', 'sample-request': join(dir, 'sample-request.json'), 'expect-status': '201' },
      job,
      env,
    );
    expect(waited.code, waited.stdout).toBe(0);
    expect(JSON.parse(waited.outputs['sample-response']!)).toMatchObject({ method: 'POST', content_type: 'application/json' });
    await runStep('teardown', { 'endpoint-name': 'raw-http' }, job, env);
  });

  it('an inference-schema score.py gets its arguments from the JSON body', async () => {
    if (!serverHas(['inference_schema']))
      return noteSkipped('inference-schema through the local target', 'the package is not installed in the Python that runs score.py');
    const dir = project('schema.py');
    writeFileSync(join(dir, 'sample-request.json'), '{"data": [[1, 2]], "scale": 3}');
    expect((await deploy(dir, 'schema-run')).code).toBe(0);
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'schema-run', timeout: '30s', 'sample-request': join(dir, 'sample-request.json') },
      job,
      env,
    );
    expect(JSON.parse(waited.outputs['sample-response']!)).toEqual({ predictions: [9] });
    await runStep('teardown', { 'endpoint-name': 'schema-run' }, job, env);
  });

  it("runs Microsoft's azmlinfsrv when the deployment's Python has it: on loopback, with the entry script, model, timeout and workers", async () => {
    const dir = project('general.py', { computeType: 'local', scoringTimeoutMs: 7000, maxConcurrentRequestsPerContainer: 2 });
    const record = join(job.runnerTemp, 'azmlinfsrv-started.json');
    const deployed = await deploy(dir, 'with-azmlinfsrv', { PYTHONPATH: join(FIXTURES, 'fake-azmlinfsrv'), FAKE_AZMLINFSRV_RECORD: record });
    expect(deployed.code, deployed.stdout).toBe(0);
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'with-azmlinfsrv', timeout: '30s', 'sample-request': join(dir, 'sample-request.json') },
      job,
      env,
    );
    expect(waited.outputs.state).toBe('Healthy');
    expect(JSON.parse(waited.outputs['sample-response']!)).toEqual({ served_by: 'stand-in azmlinfsrv' });
    expect(deployed.stdout).toContain("score.py runs in Microsoft's azmlinfsrv");
    const started = JSON.parse(readFileSync(record, 'utf8')) as {
      argv: string[];
      host: string;
      timeout: string;
      timeout_in_env: boolean;
      mlship_vars: string[];
    };
    expect(started.host).toBe('127.0.0.1');
    // Through its config file, as Azure configures it: score.py's environment holds no SCORING_TIMEOUT_MS, and of mlship's
    // settings only the marker that finds the deployment's processes.
    expect(started.timeout).toBe('7000');
    expect(started.timeout_in_env).toBe(false);
    expect(started.mlship_vars).toEqual(['MLSHIP_SERVER_ID']);
    expect(started.argv).toEqual(expect.arrayContaining(['--entry_script', join(dir, 'src', 'score.py'), '--worker_count', '2', '--model_dir']));
    await runStep('teardown', { 'endpoint-name': 'with-azmlinfsrv' }, job, env);
  });

  it('holds requests while azmlinfsrv starts, as Azure does, and forwards them without added headers', async () => {
    const dir = project('general.py', { computeType: 'local' });
    const record = join(job.runnerTemp, 'azmlinfsrv-slow.json');
    const deployed = await deploy(dir, 'slow-azmlinfsrv', {
      PYTHONPATH: join(FIXTURES, 'fake-azmlinfsrv'),
      FAKE_AZMLINFSRV_RECORD: record,
      FAKE_AZMLINFSRV_START_DELAY: '3',
    });
    expect(deployed.code, deployed.stdout).toBe(0);
    // Right after deploy returns, the server behind is still starting: held, not 502.
    const base = deployed.outputs['scoring-uri']!.replace(/\/score$/, '');
    const started = Date.now();
    const live = await fetch(`${base}/`);
    expect(live.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThan(1000);
    const echoed = (await (await fetch(`${base}/echo-headers`)).json()) as Record<string, string>;
    expect(Object.keys(echoed).map((k) => k.toLowerCase())).not.toContain('content-length');
    // Answers framed every way the server behind may frame them reach the client whole.
    const chunked = await fetch(`${base}/chunked`);
    expect([chunked.status, chunked.headers.get('content-type'), await chunked.text()]).toEqual([200, 'text/csv', 'a,b\n1,2\n']);
    const untilClose = await fetch(`${base}/until-close`);
    expect([untilClose.status, await untilClose.text()]).toEqual([203, 'until the end']);
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), head.headers.get('azureml-model-deployment')]).toEqual([200, '7', 'blue']);
    await runStep('teardown', { 'endpoint-name': 'slow-azmlinfsrv' }, job, env);
  });

  it("says when mlship's built-in server runs score.py (no azmlinfsrv, or MLSHIP_INFERENCE_SERVER=builtin)", async () => {
    const dir = project('general.py');
    const deployed = await deploy(dir, 'built-in', { MLSHIP_INFERENCE_SERVER: 'builtin' });
    expect(deployed.stdout).toContain("score.py runs in mlship's built-in inference server");
    expect((await runStep('wait-healthy', { 'endpoint-name': 'built-in', timeout: '30s' }, job, env)).outputs.state).toBe('Healthy');
    await runStep('teardown', { 'endpoint-name': 'built-in' }, job, env);
  });
});
