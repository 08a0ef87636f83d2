import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, newJob, runStep } from '../helpers/run-action.js';

const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));
const sample = join(EXAMPLE, 'sample-request.json');
const deployInputs = (project: string, deployment: string, extra: Record<string, string> = {}) => ({
  model: join(project, 'model'),
  'inference-config': join(project, 'inferenceconfig.json'),
  'endpoint-name': 'stepped',
  'deployment-name': deployment,
  ...extra,
});
const wait = (deployment: string) =>
  runStep('wait-healthy', { 'endpoint-name': 'stepped', 'deployment-name': deployment, timeout: '30s', 'sample-request': sample }, job);

describe('traffic in steps, promote and rollback', () => {
  const blue = exampleCopy();
  const green = exampleCopy({ score: 'import json\n\ndef init():\n    pass\n\ndef run(raw):\n    return {"predictions": [1.0, 2.0], "version": "green"}\n' });

  it('a new deployment takes its share only once healthy, then the next step, and rollback and promote move it', async () => {
    await runStep('deploy-model', deployInputs(blue, 'blue'), job);
    expect(JSON.parse((await wait('blue')).outputs.traffic!)).toEqual({ blue: 100 });

    const deployed = await runStep('deploy-model', deployInputs(green, 'green', { traffic: '10%' }), job);
    expect(deployed.code, deployed.stdout).toBe(0);
    // Blue/green: the new deployment takes nothing until wait-healthy has smoke-tested it.
    expect(JSON.parse(deployed.outputs.traffic!)).toEqual({ blue: 100 });
    expect(JSON.parse((await wait('green')).outputs.traffic!)).toEqual({ blue: 90, green: 10 });

    const step = await runStep('deploy-model', deployInputs(green, 'green', { traffic: '100%' }), job);
    expect(step.outputs.changed).toBe('false');
    expect(JSON.parse((await wait('green')).outputs.traffic!)).toEqual({ blue: 0, green: 100 });

    const back = await runStep('deploy-model', { mode: 'rollback', 'endpoint-name': 'stepped' }, job);
    expect(back.code, back.stdout).toBe(0);
    expect(JSON.parse(back.outputs.traffic!)).toEqual({ blue: 90, green: 10 });
    const promoted = await runStep('deploy-model', { mode: 'promote', 'endpoint-name': 'stepped', 'deployment-name': 'green' }, job);
    expect(JSON.parse(promoted.outputs.traffic!)).toEqual({ blue: 0, green: 100 });
    expect(promoted.summary).toContain('Promoted traffic on stepped');
  });

  it('when the endpoint fails the smoke test after traffic moved, traffic returns and the summary says why', async () => {
    // Answers its first request (the direct smoke test) and fails every one after.
    const flaky = exampleCopy({
      score:
        'calls = 0\n\ndef init():\n    pass\n\ndef run(raw):\n    global calls\n    calls += 1\n    if calls > 1:\n        raise RuntimeError("model cache evicted")\n    return {"predictions": [0.0, 0.0]}\n',
    });
    await runStep('deploy-model', deployInputs(flaky, 'canary', { traffic: '100%' }), job);
    const waited = await wait('canary');
    expect(waited.code).toBe(1);
    expect(waited.stdout).toContain('rolled back: the endpoint answered the sample request with 500 after traffic moved');
    expect(waited.summary).toContain('Traffic returned to {"blue":0,"green":100}');
    const promoteBroken = await runStep('deploy-model', { mode: 'promote', 'endpoint-name': 'stepped', 'deployment-name': 'nope' }, job);
    expect(promoteBroken.code).toBe(1);
    const idle = await runStep('teardown', { 'endpoint-name': 'stepped', 'idle-deployments': 'true' }, job);
    expect(JSON.parse(idle.outputs.deleted!).sort()).toEqual(['deployment:stepped/blue', 'deployment:stepped/canary']);
    expect(JSON.parse((await wait('green')).outputs.traffic!)).toEqual({ green: 100 });
    await runStep('teardown', { 'endpoint-name': 'stepped' }, job);
  });
});
