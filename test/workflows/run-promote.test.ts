import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repository, useExampleWorkflows } from '../helpers/example-workflows.js';
import { scoringProcesses } from '../helpers/cleanup.js';
import { ConcurrencyQueue } from '../helpers/concurrency.js';
import { ROOT } from '../helpers/run-action.js';

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
    // The failed run leaves no deployment of its own in staging, and so no share of its traffic.
    const stagingId = `${world.emulator.workspaceId}/onlineEndpoints/fraud-model-staging`;
    expect(Object.keys(world.emulator.store.get(stagingId)!.properties.traffic as Record<string, number>)).not.toContain('run-42');
    expect(world.emulator.store.get(`${stagingId}/deployments/run-42`)).toBeUndefined();

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
        Object.entries(approvedNewer).map(([job, r]) => [
          job,
          r.result,
          r.steps
            .filter((st) => st.outcome === 'failure')
            .map(
              (st) =>
                st.stdout
                  .split('\n')
                  .filter((line) => line.startsWith('::error::'))
                  .join('\n') || st.stdout.slice(-600),
            ),
        ]),
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

describe('one identity per stage: a pull request that edits a workflow cannot reach production', () => {
  const original = readFileSync(join(ROOT, 'workflows-examples', 'pr-preview.yml'), 'utf8');
  const prodSnapshot = () => JSON.stringify(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod`));
  /** Writes the run made to the production workspace (accepted ones). */
  const prodWrites = (from: number) =>
    world.emulator.requests
      .slice(from)
      .filter((r) => r.method !== 'GET' && r.path.toLowerCase().startsWith(`${world.emulator.workspaceId.toLowerCase()}/`) && r.status > 0 && r.status < 400);
  /** The preview job of pr-preview.yml, edited to deploy over production's endpoint in production's workspace. */
  const aimedAtProduction = (text: string) =>
    text
      .replace(/workspace: \$\{\{ vars\.AML_WORKSPACE \}\}/g, `workspace: ${world.emulator.workspaceId.split('/').pop()}`)
      .replace('preview: true', 'endpoint-name: fraud-model-prod');
  const attack = async (text: string) => {
    expect(text).not.toBe(original);
    const before = world.emulator.requests.length;
    const snapshot = prodSnapshot();
    const payload = {
      action: 'opened',
      number: 66,
      repository: { name: 'models' },
      pull_request: { number: 66, head: { sha: 'e71e', repo: { full_name: 'octo/models' } } },
    };
    const jobs = await run('pr-preview.yml', 'pull_request', payload, { ref: 'refs/pull/66/merge', workflowText: text });
    expect(prodWrites(before)).toEqual([]);
    expect(prodSnapshot()).toBe(snapshot);
    return jobs.preview!;
  };

  it('the preview identity pointed at the production workspace: Azure refuses it (no role there)', async () => {
    const preview = await attack(aimedAtProduction(original));
    expect(preview.result).toBe('failure');
    expect(preview.steps.find((s) => s.outcome === 'failure')!.stdout).toMatch(/AuthorizationFailed.*preview-identity/);
  });

  it("production's identity named in the workflow: Entra refuses the preview job's token (its subject is environment:preview)", async () => {
    const preview = await attack(aimedAtProduction(original).replace(/client-id: \$\{\{ vars\.AZURE_CLIENT_ID \}\}/g, 'client-id: production-identity'));
    expect(preview.result).toBe('failure');
    const failed = preview.steps.find((s) => s.outcome === 'failure')!.stdout;
    expect(failed).toContain(
      "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo/models:environment:preview'",
    );
    expect(failed).toContain('run the job in the environment this identity is for');
  });

  it('the environment line removed: the job presents the pull_request subject, which no identity trusts', async () => {
    const text = aimedAtProduction(original)
      .replace(/client-id: \$\{\{ vars\.AZURE_CLIENT_ID \}\}/g, 'client-id: production-identity')
      .replace(/\n {4}environment: preview\n {4}timeout-minutes: 40/, '\n    timeout-minutes: 40');
    const preview = await attack(text);
    expect(preview.result).toBe('failure');
    expect(preview.steps.find((s) => s.outcome === 'failure')!.stdout).toContain("presented assertion subject 'repo:octo/models:pull_request'");
  });

  it("the job moved into the production environment: its branch policy refuses a pull request's ref before any step runs", async () => {
    const text = aimedAtProduction(original).replace(
      /\n {4}environment: preview\n {4}timeout-minutes: 40/,
      '\n    environment: production\n    timeout-minutes: 40',
    );
    const preview = await attack(text);
    expect(preview.result).toBe('failure');
    expect(preview.steps).toEqual([]);
    expect(preview.refused).toContain('not allowed to deploy to production');
  });
});

describe('promote and the nightly never cancel or block one another', () => {
  const text = (file: string) => readFileSync(join(ROOT, 'workflows-examples', file), 'utf8');
  const push = (sha: string) => ({ event_name: 'push', ref: 'refs/heads/main', sha, repository: 'octo/models', event: { ref: 'refs/heads/main' } });
  const schedule = { event_name: 'schedule', ref: 'refs/heads/main', sha: 'ffff', repository: 'octo/models', event: {} };

  it("GitHub's queue: a promote waiting days for its reviewer neither blocks the nightly nor is cancelled by it", () => {
    const queue = new ConcurrencyQueue();
    const promote = queue.queue('promote.yml', push('a1'));
    for (let night = 0; night < 3; night++) {
      const nightly = queue.queue('scheduled-redeploy.yml', schedule);
      expect(nightly.status).toBe('in_progress');
      queue.complete(nightly);
    }
    expect(promote.status).toBe('in_progress');
    // A second promote waits for the first rather than cancelling it.
    const next = queue.queue('promote.yml', push('b2'));
    expect(next.status).toBe('pending');
    expect(promote.status).toBe('in_progress');
  });

  it('the same check on a shared group finds the problem (the nightly waits behind the promote, the next one cancels it)', () => {
    const queue = new ConcurrencyQueue();
    const shared = text('scheduled-redeploy.yml').replace('group: fraud-model-nightly', 'group: fraud-model-promote');
    queue.queue('promote.yml', push('a1'));
    const first = queue.queue('scheduled-redeploy.yml', schedule, shared);
    expect(first.status).toBe('pending');
    queue.queue('scheduled-redeploy.yml', schedule, shared);
    expect(first.status).toBe('cancelled');
  });

  it('run for real: the nightly runs while production waits for its reviewer, re-applies the approved release, and the promote then goes on', async () => {
    const approvedBefore = prodModelName();
    const workspace = repository();
    const file = join(workspace, 'model', 'diabetes-ridge.json');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${' '.repeat(7)}\n`);
    const queue = new ConcurrencyQueue();
    const promoteRun = queue.queue('promote.yml', push('c3'));
    let nightly: Awaited<ReturnType<typeof run>> | undefined;
    let duringWait = '';
    const jobs = await run(
      'promote.yml',
      'push',
      { ref: 'refs/heads/main' },
      {
        workspace,
        runNumber: 50,
        beforeJob: async (job) => {
          if (job !== 'production') return;
          // Production waits for its reviewer; the cron fires meanwhile.
          const queued = queue.queue('scheduled-redeploy.yml', schedule);
          expect(queued.status).toBe('in_progress');
          nightly = await run('scheduled-redeploy.yml', 'schedule', {}, { runNumber: 51 });
          queue.complete(queued);
          duringWait = prodModelName();
        },
      },
    );
    expect(promoteRun.status).toBe('in_progress');
    expect(nightly!.redeploy!.result, JSON.stringify(nightly!.redeploy!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    // The nightly kept the release production had approved, not the version staging had just verified.
    expect(duringWait).toBe(approvedBefore);
    expect(jobs.production!.result, JSON.stringify(jobs.production!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    expect(prodModelName()).not.toBe(approvedBefore);
  });
});

/** The model version production's serving deployment runs. */
function prodModelName(): string {
  const traffic = world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod`)!.properties.traffic as Record<string, number>;
  const serving = Object.entries(traffic).find(([, share]) => share === 100)![0];
  return String(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/fraud-model-prod/deployments/${serving}`)!.properties.model);
}
