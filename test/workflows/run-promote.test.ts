import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repository, useExampleWorkflows } from '../helpers/example-workflows.js';
import { scoringProcesses } from '../helpers/cleanup.js';

const world = useExampleWorkflows();
const run: typeof world.run = (...args) => world.run(...args);

describe('workflows-examples/promote.yml on a push to main', () => {
  it('tests locally, then promotes through aci staging and aks production in traffic steps', async () => {
    const jobs = await run('promote.yml', 'push', { ref: 'refs/heads/main' });
    for (const name of ['local-test', 'staging', 'production']) {
      expect(jobs[name]!.result, `${name}: ${JSON.stringify(jobs[name]!.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-300)]))}`).toBe('success');
    }
    for (const endpoint of ['fraud-model-staging', 'fraud-model-prod']) {
      expect(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/${endpoint}`)!.properties.traffic).toEqual({ 'run-17': 100 });
    }
    expect(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod`)!.properties.compute).toContain('/computes/aks-prod');
  });

  it('a new version that fails its smoke test never reaches the cloud: the local test stops it, and staging keeps serving the previous version', async () => {
    const workspace = repository();
    writeFileSync(join(workspace, 'src', 'score.py'), 'def init():\n    pass\n\ndef run(raw):\n    raise ValueError("feature scaling changed")\n');
    writeFileSync(join(workspace, 'deploy', 'sample-request.json'), '{"data": [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]}');
    const jobs = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace, runNumber: 18 });
    expect(jobs['local-test']!.result).toBe('failure');
    expect(jobs.staging!.result).toBe('skipped');
    expect(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-staging`)!.properties.traffic).toEqual({ 'run-17': 100 });
  });
});

describe('workflows-examples/promote.yml when the new version fails after traffic moved', () => {
  it('rolls the traffic back to the previous version and fails the stage, saying why', async () => {
    const workspace = repository();
    // Answers its first request (the direct smoke test) and fails after that.
    writeFileSync(
      join(workspace, 'src', 'score.py'),
      'calls = 0\n\ndef init():\n    pass\n\ndef run(raw):\n    global calls\n    calls += 1\n    if calls > 1:\n        raise RuntimeError("out of memory under real traffic")\n    return {"predictions": [1.0, 2.0]}\n',
    );
    world.emulator.faults.routeUnpinnedTo = 'run-19';
    try {
      const jobs = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace, runNumber: 19 });
      expect(jobs['local-test']!.result, JSON.stringify(jobs['local-test']!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-1500)]))).toBe('success');
      expect(jobs.staging!.result).toBe('failure');
      expect(jobs.production!.result).toBe('skipped');
      const failed = jobs.staging!.steps.find((s) => s.outcome === 'failure')!;
      expect(failed.summary).toContain('rolled back: the endpoint answered the sample request with 500 after traffic moved');
      expect(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-staging`)!.properties.traffic).toEqual({ 'run-17': 100 });
    } finally {
      delete world.emulator.faults.routeUnpinnedTo;
    }
  });
});

describe('workflows-examples/scheduled-redeploy.yml on its cron, after promote', () => {
  const prod = () => world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod`)!;
  const writes = () =>
    world.emulator.requests.filter((r) => r.operationId && r.method !== 'GET' && !/_(ListKeys|ListSecrets|GetLogs|GetToken)$/.test(r.operationId)).length;

  it('plans against the deployment promote left serving: a quiet night writes nothing, and waits for no reviewer', async () => {
    expect(prod().properties.traffic).toEqual({ 'run-17': 100 });
    const before = writes();
    const quiet = await run('scheduled-redeploy.yml', 'schedule', {}, { runNumber: 22 });
    expect(quiet.redeploy!.result, JSON.stringify(quiet.redeploy!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    const plan = quiet.redeploy!.steps.find((s) => s.id === 'plan')!;
    expect(plan.outputs['deployment-name']).toBe('run-17');
    expect(plan.outputs.changed, plan.stdout).toBe('false');
    expect(plan.outputs.changed).toBe('false');
    expect(quiet.redeploy!.steps.slice(2).every((s) => !s.ran)).toBe(true);
    expect(writes()).toBe(before);
  });

  it('a change found at night goes through blue/green: a new deployment replaces the serving one, which is deleted', async () => {
    prod(); // promote's run-17 serves
    world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod/deployments/run-17`)!.sku = { name: 'Default', capacity: 4 };
    const night = await run('scheduled-redeploy.yml', 'schedule', {}, { runNumber: 23 });
    expect(night.redeploy!.result, JSON.stringify(night.redeploy!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    expect(night.redeploy!.steps.find((s) => s.id === 'plan')!.outputs.changed).toBe('true');
    expect(prod().properties.traffic).toEqual({ 'nightly-23': 100 });
    expect(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod/deployments/run-17`)).toBeUndefined();
  });
});

describe('a cancelled run', () => {
  it('promote.yml cancelled during the local test: the post step tears down what the root action started', async () => {
    const workspace = repository();
    writeFileSync(join(workspace, 'src', 'score.py'), 'import time\n\ndef init():\n    time.sleep(60)\n\ndef run(raw):\n    return {}\n');
    const jobs = await run(
      'promote.yml',
      'push',
      { ref: 'refs/heads/main' },
      { workspace, runNumber: 24, cancel: { job: 'local-test', step: 'local', when: /Started the scoring server/ } },
    );
    const local = jobs['local-test']!;
    expect(local.result).toBe('cancelled');
    expect(jobs.staging!.result).toBe('skipped');
    expect(local.posts.map((p) => p.outcome)).toEqual(['success']);
    expect(local.posts[0]!.summary).toContain('deleted endpoint:');
    // Nothing of the job is left running on the runner.
    expect(scoringProcesses(`${join(local.runnerTemp, 'mlship')}|`)).toEqual([]);
  });

  it('promote.yml cancelled right after staging moved all traffic, before the check passed: the post step puts back the traffic from before the rollout', async () => {
    const staging = () =>
      world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-staging`)!.properties.traffic as Record<string, number>;
    const before = { ...staging() };
    const serving = Object.entries(before).find(([, share]) => share === 100)![0];
    const jobs = await run(
      'promote.yml',
      'push',
      { ref: 'refs/heads/main' },
      // A bake long enough that the cancel surely comes before the rollout is verified.
      {
        runNumber: 25,
        vars: { MLSHIP_BAKE: '2m' },
        cancel: { job: 'staging', step: 'wait-staging-100', when: /Traffic on fraud-model-staging: \{[^}]*"run-25":100/ },
      },
    );
    expect(jobs.staging!.result).toBe('cancelled');
    expect(jobs.production!.result).toBe('skipped');
    // Back to the map from before this rollout began: an unverified version keeps none of the 10% an earlier step gave it.
    expect(staging()[serving]).toBe(100);
    expect(staging()['run-25'] ?? 0).toBe(0);
    const post = jobs.staging!.posts.find((p) => p.summary.includes('put back'));
    expect(post?.summary).toContain('traffic returned to');
  });
});

describe('the release record: production serves only what was approved', () => {
  const prodTraffic = () =>
    world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod`)!.properties.traffic as Record<string, number>;
  const prodModel = () => {
    const serving = Object.entries(prodTraffic()).find(([, share]) => share === 100)![0];
    const deployment = world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod/deployments/${serving}`)!;
    return String(deployment.properties.model).split('/models/')[1];
  };
  /** A repository whose model file differs (a new model version) by `salt`. */
  const withModel = (salt: string) => {
    const workspace = repository();
    const file = join(workspace, 'model', 'diabetes-ridge.json');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${' '.repeat(salt.length)}\n`);
    return workspace;
  };

  it('approved, then rejected, then failing staging, then the nightly: production ends on the approved version every time', async () => {
    const approved = withModel('a');
    const first = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace: approved, runNumber: 40 });
    expect(first.production!.result, JSON.stringify(first.production!.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    const approvedModel = prodModel();

    // A reviewer rejects production: staging verified the new version, production never ran.
    const rejected = await run(
      'promote.yml',
      'push',
      { ref: 'refs/heads/main' },
      { workspace: withModel('bb'), runNumber: 41, reviews: { production: 'reject' } },
    );
    expect(rejected.staging!.result).toBe('success');
    expect(rejected.production!.result).toBe('skipped');

    // A version that fails staging is registered too, and never verified.
    const failing = withModel('ccc');
    writeFileSync(
      join(failing, 'src', 'score.py'),
      'calls = 0\n\ndef init():\n    pass\n\ndef run(raw):\n    global calls\n    calls += 1\n    if calls > 1:\n        raise RuntimeError("breaks under traffic")\n    return {"predictions": [1.0]}\n',
    );
    const broken = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace: failing, runNumber: 42 });
    expect(broken.staging!.result).toBe('failure');

    const nightly = await run('scheduled-redeploy.yml', 'schedule', {}, { runNumber: 43 });
    expect(nightly.redeploy!.result, JSON.stringify(nightly.redeploy!.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    expect(prodModel()).toBe(approvedModel);
  });

  it('re-running an old promote does not move production back, unless the workflow allows a rollback', async () => {
    const newer = withModel('dddd');
    const approvedNewer = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace: newer, runNumber: 44 });
    expect(
      approvedNewer.production!.result,
      JSON.stringify(
        Object.entries(approvedNewer).map(([job, r]) => [job, r.result, r.steps.filter((st) => st.outcome === 'failure').map((st) => st.stdout.slice(-600))]),
      ),
    ).toBe('success');
    const current = prodModel();
    // Run 40 again: its model (salt "a") is an older version than the one production verified.
    const rerun = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace: withModel('a'), runNumber: 45 });
    expect(rerun.production!.result).toBe('failure');
    const refused = rerun.production!.steps.find((s) => s.outcome === 'failure')!;
    expect(refused.stdout).toMatch(/stage production already verified a newer version of fraud-model .* allow-rollback/);
    expect(prodModel()).toBe(current);
  });
});
