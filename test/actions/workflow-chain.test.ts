import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { EXAMPLE, newJob, runStep } from '../helpers/run-action.js';

const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));

const expected = JSON.parse(readFileSync(join(EXAMPLE, 'expected-response.json'), 'utf8'));

describe('the five actions chained as a workflow chains them, on the local target', () => {
  const outputs: Record<string, Record<string, string>> = {};

  it('register-model registers the example model and says so in the summary', async () => {
    const step = await runStep('register-model', { 'model-name': 'diabetes', 'model-path': join(EXAMPLE, 'model'), tags: 'stage=test\nowner=ml' }, job);
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs).toMatchObject({ 'model-id': 'diabetes:1', 'model-version': '1', reused: 'false' });
    expect(step.summary).toContain('Model diabetes:1 registered');
    outputs.register = step.outputs;
  });

  it('register-model reuses the version when the content is unchanged', async () => {
    const step = await runStep('register-model', { 'model-name': 'diabetes', 'model-path': join(EXAMPLE, 'model') }, job);
    expect(step.outputs).toMatchObject({ 'model-id': 'diabetes:1', reused: 'true' });
  });

  it('build-env registers the environment of the inference config', async () => {
    const step = await runStep('build-env', { 'inference-config': join(EXAMPLE, 'inferenceconfig.json') }, job);
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs).toMatchObject({ 'environment-id': 'diabetes-example-env:1', reused: 'false' });
    const again = await runStep('build-env', { 'inference-config': join(EXAMPLE, 'inferenceconfig.json') }, job);
    expect(again.outputs.reused).toBe('true');
  });

  it('deploy-model starts the deployment and sets its outputs', async () => {
    const step = await runStep(
      'deploy-model',
      {
        model: outputs.register!['model-id']!,
        'inference-config': join(EXAMPLE, 'inferenceconfig.json'),
        'deployment-config': join(EXAMPLE, 'deploymentconfig.json'),
        'endpoint-name': 'diabetes-pr-7',
      },
      job,
    );
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.outputs).toMatchObject({
      'endpoint-name': 'diabetes-pr-7',
      'deployment-name': 'blue',
      'model-id': 'diabetes:1',
      traffic: '{}',
      changed: 'true',
    });
    expect(step.outputs['scoring-uri']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/score$/);
    expect(step.outputs['swagger-uri']).toMatch(/\/swagger\.json$/);
    outputs.deploy = step.outputs;
  });

  it('wait-healthy waits for Healthy and smoke-tests with the sample request', async () => {
    const step = await runStep(
      'wait-healthy',
      {
        'endpoint-name': 'diabetes-pr-7',
        'deployment-name': 'blue',
        timeout: '30s',
        'sample-request': join(EXAMPLE, 'sample-request.json'),
      },
      job,
    );
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs.state).toBe('Healthy');
    // The first deployment takes all the traffic once it is healthy and answered the sample.
    expect(JSON.parse(step.outputs.traffic!)).toEqual({ blue: 100 });
    expect(JSON.parse(step.outputs['sample-response']!)).toEqual(expected);
    expect(Number(step.outputs['duration-seconds'])).toBeGreaterThanOrEqual(0);
    expect(step.summary).toContain('is Healthy');
  });

  it('the scoring process serves the Azure ML routes to anyone on the runner', async () => {
    const base = outputs.deploy!['scoring-uri']!.replace(/\/score$/, '');
    expect((await fetch(`${base}/`)).status).toBe(200);
    // GET /score is a scoring call, as on Azure: run() gets the query as JSON ('{}'), which this model refuses.
    const get = await fetch(`${base}/score`);
    expect(get.status).toBe(500);
    expect(get.headers.get('x-ms-run-function-failed')).toBe('True');
    const swagger = (await (await fetch(outputs.deploy!['swagger-uri']!)).json()) as { swagger: string };
    expect(swagger.swagger).toBe('2.0');
    const scored = await fetch(`${base}/score`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: readFileSync(join(EXAMPLE, 'sample-request.json')),
    });
    expect(scored.headers.get('azureml-model-deployment')).toBe('blue');
    expect(await scored.json()).toEqual(expected);
  });

  it('deploying the same spec again changes nothing', async () => {
    const step = await runStep(
      'deploy-model',
      {
        model: 'diabetes@latest',
        'inference-config': join(EXAMPLE, 'inferenceconfig.json'),
        'deployment-config': join(EXAMPLE, 'deploymentconfig.json'),
        'endpoint-name': 'diabetes-pr-7',
      },
      job,
    );
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs.changed).toBe('false');
    expect(step.outputs['scoring-uri']).toBe(outputs.deploy!['scoring-uri']);
    expect(step.stdout).toContain('diabetes@latest resolved to diabetes:1');
  });

  it('teardown deletes the endpoint and the model version; again, it is gone: an error unless missing-ok', async () => {
    const step = await runStep('teardown', { 'endpoint-name': 'diabetes-pr-7', 'delete-model': 'diabetes:1' }, job);
    expect(step.code, step.stdout).toBe(0);
    expect(JSON.parse(step.outputs.deleted!)).toEqual(['deployment:diabetes-pr-7/blue', 'endpoint:diabetes-pr-7', 'model:diabetes:1']);
    await expect(fetch(outputs.deploy!['scoring-uri']!)).rejects.toThrow();
    const again = await runStep('teardown', { 'endpoint-name': 'diabetes-pr-7', 'delete-model': 'diabetes:1' }, job);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('diabetes-pr-7 does not exist on target local: nothing was deleted');
    const allowed = await runStep('teardown', { 'endpoint-name': 'diabetes-pr-7', 'missing-ok': 'true' }, job);
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(JSON.parse(allowed.outputs.deleted!)).toEqual([]);
    expect(allowed.summary).toContain('already gone');
    // A job that never deployed it names no target: nothing is guessed.
    const elsewhere = await runStep('teardown', { 'endpoint-name': 'diabetes-pr-7' }, newJob());
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain('input "target" is not set, and endpoint diabetes-pr-7 was not deployed from here');
  });
});

describe('the root action', () => {
  it('runs the whole pipeline in one step and tears down when asked', async () => {
    const rootJob = newJob();
    const step = await runStep(
      'pipeline',
      {
        'model-name': 'diabetes',
        'model-path': join(EXAMPLE, 'model'),
        'inference-config': join(EXAMPLE, 'inferenceconfig.json'),
        'deployment-config': join(EXAMPLE, 'deploymentconfig.json'),
        'sample-request': join(EXAMPLE, 'sample-request.json'),
        teardown: 'true',
        timeout: '1m',
      },
      rootJob,
    );
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs).toMatchObject({ 'model-id': 'diabetes:1', state: 'Healthy' });
    // Derived from the model name, with a hash that keeps it apart from other projects' in the region.
    expect(step.outputs['endpoint-name']).toMatch(/^diabetes-[0-9a-f]{6}$/);
    expect(JSON.parse(step.outputs['sample-response']!)).toEqual(expected);
    expect(JSON.parse(step.outputs.deleted!)).toContain(`endpoint:${step.outputs['endpoint-name']}`);
    expect(step.summary).toMatch(/deploy time/);
  });

  it('teardown: true deletes only what the run created: an endpoint that was there before keeps serving; always deletes it', async () => {
    const rootJob = newJob();
    const configs = { 'inference-config': join(EXAMPLE, 'inferenceconfig.json'), 'deployment-config': join(EXAMPLE, 'deploymentconfig.json') };
    const before = await runStep('deploy-model', { model: join(EXAMPLE, 'model'), ...configs, 'endpoint-name': 'shared-ep' }, rootJob);
    expect(before.code, before.stdout).toBe(0);
    const root = (teardown: string) =>
      runStep('pipeline', { model: join(EXAMPLE, 'model'), ...configs, 'endpoint-name': 'shared-ep', teardown, timeout: '1m' }, rootJob);
    const kept = await root('true');
    expect(kept.code, kept.stdout).toBe(0);
    expect(JSON.parse(kept.outputs.deleted!)).toEqual([]);
    const waited = await runStep('wait-healthy', { 'endpoint-name': 'shared-ep', 'sample-request': join(EXAMPLE, 'sample-request.json') }, rootJob);
    expect(waited.outputs.state).toBe('Healthy');
    const gone = await root('always');
    expect(JSON.parse(gone.outputs.deleted!)).toContain('endpoint:shared-ep');
    const bad = await root('yes please');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input "teardown" is "yes please"; use true');
  });
});
