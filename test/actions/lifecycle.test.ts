import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { killServers, scoringProcesses } from '../helpers/cleanup.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { newJob, runStep } from '../helpers/run-action.js';

describe('nothing is left running after a cancel (local)', () => {
  const job = newJob();
  const home = join(job.runnerTemp, 'mlship');
  afterAll(() => killServers(home));

  it('root action, teardown: true, cancelled while waiting: the step says so, and its post step removes the endpoint and stops the server', async () => {
    const project = exampleCopy({ score: 'import time\n\ndef init():\n    time.sleep(30)\n\ndef run(raw):\n    return {}\n' });
    const inputs = {
      'model-name': 'cancelled',
      'model-path': join(project, 'model'),
      'inference-config': join(project, 'inferenceconfig.json'),
      'endpoint-name': 'cancelled-run',
      teardown: 'true',
      timeout: '2m',
    };
    const main = await runStep('pipeline', inputs, job, {}, { cancelWhen: /Started the scoring server/ });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain('::error::mlship: cancelled (SIGINT) before it finished');
    expect(main.summary).toContain('cancelled (SIGINT)');
    expect(scoringProcesses(`${home}|`).length).toBeGreaterThan(0);
    const post = await runStep('pipeline', inputs, job, {}, { post: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(post.summary).toContain('deleted endpoint:cancelled-run');
    expect(scoringProcesses(`${home}|`)).toEqual([]);
  });

  it('root action cancelled as the runner cancels (SIGINT, then SIGTERM while it lingers): the post step still leaves no server', async () => {
    // A server that ignores SIGTERM makes the step linger in its cancel handling, so the SIGTERM lands mid-cleanup.
    const project = exampleCopy({
      score: 'import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n\ndef init():\n    time.sleep(30)\n\ndef run(raw):\n    return {}\n',
    });
    const inputs = {
      'model-name': 'terminated',
      'model-path': join(project, 'model'),
      'inference-config': join(project, 'inferenceconfig.json'),
      'endpoint-name': 'terminated-run',
      teardown: 'true',
      timeout: '2m',
    };
    const main = await runStep('pipeline', inputs, job, {}, { cancelWhen: /Started the scoring server/, termAfterMs: 300 });
    expect(main.code).not.toBe(0);
    const post = await runStep('pipeline', inputs, job, {}, { post: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(scoringProcesses(`${home}|terminated-run|`)).toEqual([]);
  });

  it('after a run that tore down itself, the post step has nothing to do', async () => {
    const project = exampleCopy();
    const inputs = {
      'model-name': 'clean',
      'model-path': join(project, 'model'),
      'inference-config': join(project, 'inferenceconfig.json'),
      'endpoint-name': 'clean-run',
      teardown: 'true',
      'sample-request': join(project, 'sample-request.json'),
    };
    const main = await runStep('pipeline', inputs, job, {});
    expect(main.code, main.stdout).toBe(0);
    expect(main.state.succeeded).toBe('true');
    const post = await runStep('pipeline', inputs, job, {}, { post: main.state });
    expect(post.summary).toBe('');
  });
});

describe('nothing is left running after a failure (aci)', () => {
  let emulator: WorkspaceEmulator;
  let env: Record<string, string>;
  let job: { runnerTemp: string };
  useEmulatorJob({}, (started) => ({ emulator, job, env } = started));
  const project = exampleCopy({ deploymentConfig: { computeType: 'aci' } });
  const configs = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };
  const endpointOf = (name: string) => emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${name}`);

  it('root action, teardown: true, deployment refused for quota: the endpoint it created is deleted', async () => {
    emulator.faults.quotaExceeded = true;
    try {
      const step = await runStep(
        'pipeline',
        { 'model-name': 'quota', 'model-path': join(project, 'model'), ...configs, 'endpoint-name': 'quota-run', teardown: 'true', target: 'aci' },
        job,
        env,
      );
      expect(step.code).toBe(1);
      expect(step.stdout).toContain('QuotaExceeded');
      expect(JSON.parse(step.outputs.deleted!)).toEqual(['endpoint:quota-run']);
      expect(endpointOf('quota-run')).toBeUndefined();
    } finally {
      emulator.faults.quotaExceeded = false;
    }
  });

  it('deploy-model cleanup: on-failure removes the endpoint this run created when the deployment is refused', async () => {
    emulator.faults.quotaExceeded = true;
    let main;
    try {
      main = await runStep(
        'deploy-model',
        { model: join(project, 'model'), ...configs, 'endpoint-name': 'cleanup-new', target: 'aci', cleanup: 'on-failure' },
        job,
        env,
      );
    } finally {
      emulator.faults.quotaExceeded = false;
    }
    expect(main.code).toBe(1);
    expect(endpointOf('cleanup-new')).toBeDefined();
    expect(main.state).toMatchObject({ endpoint: 'cleanup-new', endpointExisted: 'false' });
    const post = await runStep('deploy-model', { cleanup: 'on-failure', target: 'aci' }, job, env, { post: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(endpointOf('cleanup-new')).toBeUndefined();
  });

  it('wait-healthy cleanup: on-failure deletes a deployment that failed, and never the one that serves', async () => {
    const deploy = (deployment: string, dir: string) =>
      runStep(
        'deploy-model',
        {
          model: join(dir, 'model'),
          'inference-config': join(dir, 'inferenceconfig.json'),
          'deployment-config': join(dir, 'deploymentconfig.json'),
          'endpoint-name': 'serving-ep',
          'deployment-name': deployment,
          target: 'aci',
        },
        job,
        env,
      );
    expect((await deploy('blue', project)).code).toBe(0);
    expect(
      (await runStep('wait-healthy', { 'endpoint-name': 'serving-ep', 'deployment-name': 'blue', timeout: '1m', target: 'aci' }, job, env)).outputs.state,
    ).toBe('Healthy');
    const broken = exampleCopy({
      deploymentConfig: { computeType: 'aci' },
      score: 'def init():\n    raise RuntimeError("broken weights")\n\ndef run(raw):\n    return {}\n',
    });
    expect((await deploy('green', broken)).code).toBe(0);
    const wait = { 'endpoint-name': 'serving-ep', 'deployment-name': 'green', timeout: '1m', target: 'aci', cleanup: 'on-failure' };
    const failed = await runStep('wait-healthy', wait, job, env);
    expect(failed.outputs.state).toBe('Failed');
    const post = await runStep('wait-healthy', wait, job, env, { post: failed.state });
    expect(post.summary).toContain('deleted deployment:serving-ep/green');
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/serving-ep/deployments/green`)).toBeUndefined();
    // The serving deployment is refused by the same cleanup: it takes traffic.
    const serving = await runStep('wait-healthy', { ...wait, 'deployment-name': 'blue', cleanup: 'always' }, job, env, {
      post: { target: 'aci', endpoint: 'serving-ep', deployment: 'blue', endpointExisted: 'true' },
    });
    expect(serving.stdout).toContain('cleanup left serving-ep/blue in place');
    expect(endpointOf('serving-ep')!.properties.traffic).toEqual({ blue: 100 });
    await runStep('teardown', { 'endpoint-name': 'serving-ep', target: 'aci' }, job, env);
  });
});
