import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { previewEndpointName } from '../../src/engine/naming.js';
import { emulatorJob } from '../helpers/emulator.js';
import { GitHubApi } from '../helpers/github-api.js';
import { EXAMPLE } from '../helpers/run-action.js';
import { runWorkflow, type WorkflowRun } from '../helpers/workflow-runner.js';

let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
const api = new GitHubApi();

/** A user's repository laid out as the example workflows expect it. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-repo-'));
  cpSync(join(EXAMPLE, 'model'), join(dir, 'model'), { recursive: true });
  cpSync(join(EXAMPLE, 'src'), join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'deploy'));
  cpSync(join(EXAMPLE, 'sample-request.json'), join(dir, 'deploy', 'sample-request.json'));
  writeFileSync(
    join(dir, 'deploy', 'inferenceconfig.json'),
    JSON.stringify({
      entryScript: 'score.py',
      sourceDirectory: '../src',
      environment: { name: 'fraud-env', python: { condaDependencies: { dependencies: ['python=3.11'] } } },
    }),
  );
  writeFileSync(join(dir, 'deploy', 'deploymentconfig.json'), JSON.stringify({ computeType: 'aci', authEnabled: true }));
  return dir;
}

beforeAll(async () => {
  ({ emulator, job, env } = await emulatorJob({ provisioningMs: 100, kubernetesComputes: ['aks-prod'] }));
  await api.start();
  env = { ...env, ...emulator.oidcEnvironment(), GITHUB_API_URL: api.url };
}, 180_000);
afterAll(async () => {
  expect(emulator.invalidRequests).toEqual([]);
  expect(api.invalidRequests).toEqual([]);
  await api?.stop();
  await emulator?.stop();
});

function run(file: string, eventName: string, payload: Record<string, unknown>, extra: Partial<WorkflowRun> = {}) {
  const vars = {
    AZURE_CLIENT_ID: env.AZURE_CLIENT_ID!,
    AZURE_TENANT_ID: env.AZURE_TENANT_ID!,
    AZURE_SUBSCRIPTION_ID: env.MLSHIP_SUBSCRIPTION_ID!,
    AML_RESOURCE_GROUP: env.MLSHIP_RESOURCE_GROUP!,
    AML_WORKSPACE: env.MLSHIP_WORKSPACE!,
  };
  const { AZURE_CLIENT_SECRET: _secret, ...oidcOnly } = env;
  return runWorkflow({ file, eventName, payload, workspace: repository(), job, env: oidcOnly, vars, ...extra });
}

const pr = (action: string, fork = false) => ({
  action,
  number: 21,
  repository: { name: 'models' },
  pull_request: { number: 21, head: { sha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', repo: { full_name: fork ? 'someone/models' : 'octo/models' } } },
});

describe('workflows-examples/pr-preview.yml, run step by step against the emulator', () => {
  const endpoint = previewEndpointName('octo/models', 21);

  it('opened: deploys the preview, smoke-tests it, comments on the PR and records a deployment', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('opened'), { ref: 'refs/pull/21/merge' });
    expect(jobs.fork!.result).toBe('skipped');
    expect(jobs.cleanup!.result).toBe('skipped');
    expect(jobs.preview!.result, JSON.stringify(jobs.preview!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    const deploy = jobs.preview!.steps.find((s) => s.id === 'deploy')!;
    expect(deploy.outputs['endpoint-name']).toBe(endpoint);
    expect(jobs.preview!.steps.find((s) => s.id === 'wait')!.outputs.state).toBe('Healthy');
    expect(jobs.preview!.steps.at(-1)!.stdout).toContain(`Preview Healthy at ${emulator.url}/inference/${endpoint}/score`);
    expect(api.comments.get(21)).toHaveLength(1);
    // One GitHub environment per pull request, in progress at deploy, then success with the endpoint's studio page.
    const deployment = api.deployments.find((d) => d.environment === 'preview/pr-21')!;
    const statuses = api.statuses.filter((st) => st.deployment_id === deployment.id).map((st) => st.state);
    expect(statuses).toEqual(['in_progress', 'success']);
    expect(api.statuses.at(-1)!.environment_url).toMatch(new RegExp(`^https://ml\\.azure\\.com/endpoints/realtime/${endpoint}/detail\\?wsid=`));
  });

  it('pushed again: the same endpoint, nothing redeployed, the comment updated in place', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('synchronize'), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('success');
    expect(jobs.preview!.steps.find((s) => s.id === 'deploy')!.outputs.changed).toBe('false');
    expect(api.comments.get(21)).toHaveLength(1);
  });

  it('from a fork: a notice, no deployment', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('opened', true), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.fork!.steps[0]!.stdout).toContain('::notice title=No preview::');
  });

  it('closed: the preview is torn down by its tags, without a checkout; the comment and the GitHub deployments say so', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('closed'), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.cleanup!.steps.some((s) => /actions\/checkout/.test(s.uses ?? ''))).toBe(false);
    expect(jobs.cleanup!.result, JSON.stringify(jobs.cleanup!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    expect(api.comments.get(21)![0]!.body).toContain('🧹 Torn down');
    const deployment = api.deployments.find((d) => d.environment === 'preview/pr-21')!;
    expect(api.statuses.filter((st) => st.deployment_id === deployment.id).at(-1)!.state).toBe('inactive');
    expect(JSON.parse(jobs.cleanup!.steps.at(-1)!.outputs.deleted!)).toEqual([`deployment:${endpoint}/blue`, `endpoint:${endpoint}`]);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${endpoint}`)).toBeUndefined();
  });
});

describe('workflows-examples/promote.yml on a push to main', () => {
  it('tests locally, then promotes through aci staging and aks production in traffic steps', async () => {
    const jobs = await run('promote.yml', 'push', { ref: 'refs/heads/main' });
    for (const name of ['local-test', 'staging', 'production']) {
      expect(jobs[name]!.result, `${name}: ${JSON.stringify(jobs[name]!.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-300)]))}`).toBe('success');
    }
    for (const endpoint of ['fraud-model-staging', 'fraud-model-prod']) {
      expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${endpoint}`)!.properties.traffic).toEqual({ 'run-17': 100 });
    }
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/fraud-model-prod`)!.properties.compute).toContain('/computes/aks-prod');
  });

  it('a new version that fails its smoke test never reaches the cloud: the local test stops it, and staging keeps serving the previous version', async () => {
    const workspace = repository();
    writeFileSync(join(workspace, 'src', 'score.py'), 'def init():\n    pass\n\ndef run(raw):\n    raise ValueError("feature scaling changed")\n');
    writeFileSync(join(workspace, 'deploy', 'sample-request.json'), '{"data": [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]}');
    const jobs = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace, runNumber: 18 });
    expect(jobs['local-test']!.result).toBe('failure');
    expect(jobs.staging!.result).toBe('skipped');
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/fraud-model-staging`)!.properties.traffic).toEqual({ 'run-17': 100 });
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
    emulator.faults.routeUnpinnedTo = 'run-19';
    try {
      const jobs = await run('promote.yml', 'push', { ref: 'refs/heads/main' }, { workspace, runNumber: 19 });
      expect(jobs['local-test']!.result, JSON.stringify(jobs['local-test']!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-1500)]))).toBe('success');
      expect(jobs.staging!.result).toBe('failure');
      expect(jobs.production!.result).toBe('skipped');
      const failed = jobs.staging!.steps.find((s) => s.outcome === 'failure')!;
      expect(failed.summary).toContain('rolled back: the endpoint answered the sample request with 500 after traffic moved');
      expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/fraud-model-staging`)!.properties.traffic).toEqual({ 'run-17': 100 });
    } finally {
      delete emulator.faults.routeUnpinnedTo;
    }
  });
});

describe('workflows-examples/scheduled-redeploy.yml on its cron, after promote', () => {
  const prod = () => emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/fraud-model-prod`)!;
  const writes = () =>
    emulator.requests.filter((r) => r.operationId && r.method !== 'GET' && !/_(ListKeys|ListSecrets|GetLogs|GetToken)$/.test(r.operationId)).length;

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
    emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/fraud-model-prod/deployments/run-17`)!.sku = { name: 'Default', capacity: 4 };
    const night = await run('scheduled-redeploy.yml', 'schedule', {}, { runNumber: 23 });
    expect(night.redeploy!.result, JSON.stringify(night.redeploy!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    expect(night.redeploy!.steps.find((s) => s.id === 'plan')!.outputs.changed).toBe('true');
    expect(prod().properties.traffic).toEqual({ 'nightly-23': 100 });
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/fraud-model-prod/deployments/run-17`)).toBeUndefined();
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
    const leftovers = readdirSync('/proc').filter((e) => {
      try {
        return readFileSync(`/proc/${e}/environ`, 'utf8').includes(`MLSHIP_SERVER_ID=${join(local.runnerTemp, 'mlship')}|`);
      } catch {
        return false;
      }
    });
    expect(leftovers).toEqual([]);
  });
});

describe('workflows-examples/sweep.yml', () => {
  it('by hand it is a dry run; on its schedule it deletes previews of closed pull requests', async () => {
    const preview = await run(
      'pr-preview.yml',
      'pull_request',
      { ...pr('opened'), number: 33, pull_request: { number: 33, head: { sha: 'beef', repo: { full_name: 'octo/models' } } } },
      { ref: 'refs/pull/33/merge' },
    );
    expect(preview.preview!.result).toBe('success');
    const endpoint = previewEndpointName('octo/models', 33);
    api.closedPullRequests.add(33);
    const dry = await run('sweep.yml', 'workflow_dispatch', {}, { inputs: { 'dry-run': true } });
    expect(JSON.parse(dry.sweep!.steps[0]!.outputs.deleted!)).toEqual([`endpoint:${endpoint}`]);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${endpoint}`)).toBeDefined();
    const swept = await run('sweep.yml', 'schedule', {});
    expect(JSON.parse(swept.sweep!.steps[0]!.outputs.deleted!)).toEqual([`deployment:${endpoint}/blue`, `endpoint:${endpoint}`]);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${endpoint}`)).toBeUndefined();
  });
});
