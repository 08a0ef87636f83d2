import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewEndpointName } from '../../src/engine/naming.js';
import { repository, useExampleWorkflows } from '../helpers/example-workflows.js';
import { ROOT } from '../helpers/run-action.js';

const world = useExampleWorkflows();
const run: typeof world.run = (...args) => world.run(...args);
/** A preview endpoint, in the preview stage's own workspace. */
const previewEndpoint = (name: string) => world.emulator.store.get(`${world.previewWorkspaceId}/onlineEndpoints/${name}`);
/** Whether a run created the endpoint in the preview workspace (so that its absence afterwards means it was removed). */
const wasCreated = (name: string) =>
  world.emulator.requests.some((r) => r.method === 'PUT' && r.status < 300 && r.path === `${world.previewWorkspaceId}/onlineEndpoints/${name}`);

const pr = (action: string, fork = false) => ({
  action,
  number: 21,
  repository: { name: 'models' },
  pull_request: { number: 21, head: { sha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', repo: { full_name: fork ? 'someone/models' : 'octo/models' } } },
});

describe('workflows-examples/pr-preview.yml, run step by step against the emulator', () => {
  const endpoint = previewEndpointName('octo/models', 21, 'models-candidate');

  it('opened: deploys the preview, smoke-tests it, comments on the PR and records a deployment', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('opened'), { ref: 'refs/pull/21/merge' });
    expect(jobs.fork!.result).toBe('skipped');
    expect(jobs.cleanup!.result).toBe('skipped');
    expect(jobs.preview!.result, JSON.stringify(jobs.preview!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    const deploy = jobs.preview!.steps.find((s) => s.id === 'deploy')!;
    expect(deploy.outputs['endpoint-name']).toBe(endpoint);
    expect(jobs.preview!.steps.find((s) => s.id === 'wait')!.outputs.state).toBe('Healthy');
    expect(jobs.preview!.steps.at(-1)!.stdout).toContain(`Preview Healthy at ${world.emulator.url}/inference/${endpoint}/score`);
    expect(world.api.comments.get(21)).toHaveLength(1);
    // What it costs while it runs, checked against max-hourly-cost before anything was created, and when it goes.
    expect(deploy.outputs['hourly-cost']).toMatch(/^0\.\d+$/);
    expect(world.api.comments.get(21)![0]!.body).toContain(`| cost while it runs | about ${Number(deploy.outputs['hourly-cost']).toFixed(3)} USD/hour |`);
    expect(world.api.comments.get(21)![0]!.body).toContain('| removed | when #21 closes, or after 3d (the stale-preview sweep) |');
    // In the preview stage's workspace, with the preview identity; nothing in production's.
    expect(previewEndpoint(endpoint)).toBeDefined();
    expect(world.emulator.store.get(`${world.emulator.workspaceId}/onlineEndpoints/${endpoint}`)).toBeUndefined();
    // One GitHub environment per pull request, in progress at deploy, then success with the endpoint's studio page.
    const deployment = world.api.deployments.find((d) => d.environment === 'preview/pr-21')!;
    const statuses = world.api.statuses.filter((st) => st.deployment_id === deployment.id).map((st) => st.state);
    expect(statuses).toEqual(['in_progress', 'success']);
    expect(world.api.statuses.at(-1)!.environment_url).toMatch(new RegExp(`^https://ml\\.azure\\.com/endpoints/realtime/${endpoint}/detail\\?wsid=`));
  });

  it('pushed again: the same endpoint, nothing redeployed, the comment updated in place', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('synchronize'), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('success');
    expect(jobs.preview!.steps.find((s) => s.id === 'deploy')!.outputs.changed).toBe('false');
    expect(world.api.comments.get(21)).toHaveLength(1);
  });

  it('from a fork: a notice, no deployment', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('opened', true), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.fork!.steps[0]!.stdout).toContain('::notice title=No preview::');
    const closed = await run('pr-preview.yml', 'pull_request', pr('closed', true), { ref: 'refs/pull/21/merge' });
    expect(closed.fork!.result).toBe('skipped');
    expect(closed.cleanup!.result).toBe('skipped');
  });

  it('closed: the preview is torn down by its tags, without a checkout; the comment and the GitHub deployments say so', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('closed'), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.cleanup!.steps.some((s) => /actions\/checkout/.test(s.uses ?? ''))).toBe(false);
    expect(jobs.cleanup!.result, JSON.stringify(jobs.cleanup!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    expect(world.api.comments.get(21)![0]!.body).toContain('🧹 Torn down');
    const deployment = world.api.deployments.find((d) => d.environment === 'preview/pr-21')!;
    expect(world.api.statuses.filter((st) => st.deployment_id === deployment.id).at(-1)!.state).toBe('inactive');
    expect(JSON.parse(jobs.cleanup!.steps.at(-1)!.outputs.deleted!)).toEqual([`deployment:${endpoint}/blue`, `endpoint:${endpoint}`]);
    expect(previewEndpoint(endpoint)).toBeUndefined();
  });
});

describe('pr-preview.yml when a first preview fails or is cancelled', () => {
  const opened = (number: number) => ({ ...pr('opened'), number, pull_request: { number, head: { sha: 'd00d', repo: { full_name: 'octo/models' } } } });

  it('a model whose init() fails: nothing is left billed, and the GitHub deployment and the comment say it failed', async () => {
    const workspace = repository();
    writeFileSync(join(workspace, 'src', 'score.py'), 'def init():\n    raise RuntimeError("weights missing")\n\ndef run(raw):\n    return raw\n');
    const jobs = await run('pr-preview.yml', 'pull_request', opened(44), { ref: 'refs/pull/44/merge', workspace });
    expect(jobs.preview!.result).toBe('failure');
    const endpoint = previewEndpointName('octo/models', 44, 'models-candidate');
    expect(wasCreated(endpoint)).toBe(true);
    expect(previewEndpoint(endpoint)).toBeUndefined();
    const deployment = world.api.deployments.find((d) => d.environment === 'preview/pr-44')!;
    expect(world.api.statuses.filter((s) => s.deployment_id === deployment.id).at(-1)!.state).toBe('failure');
    expect(world.api.comments.get(44)![0]!.body).toMatch(/❌ Failed/);
  });

  it('cancelled while waiting: nothing is left billed, and GitHub is told (no deployment stays in progress)', async () => {
    const workspace = repository();
    writeFileSync(join(workspace, 'src', 'score.py'), 'import time\n\ndef init():\n    time.sleep(60)\n\ndef run(raw):\n    return raw\n');
    const jobs = await run('pr-preview.yml', 'pull_request', opened(45), {
      ref: 'refs/pull/45/merge',
      workspace,
      cancel: { job: 'preview', step: 'wait', when: /Transitioning/ },
    });
    expect(jobs.preview!.result).toBe('cancelled');
    const endpoint = previewEndpointName('octo/models', 45, 'models-candidate');
    expect(wasCreated(endpoint)).toBe(true);
    expect(previewEndpoint(endpoint)).toBeUndefined();
    const deployment = world.api.deployments.find((d) => d.environment === 'preview/pr-45')!;
    expect(world.api.statuses.filter((s) => s.deployment_id === deployment.id).at(-1)!.state).not.toBe('in_progress');
    expect(world.api.comments.get(45)![0]!.body).toContain('Cancelled');
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
    const endpoint = previewEndpointName('octo/models', 33, 'models-candidate');
    world.api.closedPullRequests.add(33);
    const dry = await run('sweep.yml', 'workflow_dispatch', {}, { inputs: { 'dry-run': true } });
    expect(JSON.parse(dry.sweep!.steps[0]!.outputs.deleted!)).toEqual([`endpoint:${endpoint}`]);
    expect(previewEndpoint(endpoint)).toBeDefined();
    const swept = await run('sweep.yml', 'schedule', {});
    expect(JSON.parse(swept.sweep!.steps[0]!.outputs.deleted!)).toEqual([`deployment:${endpoint}/blue`, `endpoint:${endpoint}`]);
    expect(previewEndpoint(endpoint)).toBeUndefined();
  });
});

describe('permissions: each job gets only what it declares', () => {
  const original = readFileSync(join(ROOT, 'workflows-examples', 'pr-preview.yml'), 'utf8');
  const opened = (number: number) => ({ ...pr('opened'), number, pull_request: { number, head: { sha: 'abcd', repo: { full_name: 'octo/models' } } } });

  it('without id-token: write the job gets no OIDC token, and the sign-in error says which permission to add', async () => {
    const text = original.replace('      id-token: write # GitHub OIDC sign-in to Azure: no stored secret\n', '');
    expect(text).not.toBe(original);
    const jobs = await run('pr-preview.yml', 'pull_request', opened(71), { ref: 'refs/pull/71/merge', workflowText: text });
    expect(jobs.preview!.result).toBe('failure');
    expect(jobs.preview!.steps.find((s) => s.outcome === 'failure')!.stdout).toContain('permissions: id-token: write');
  });

  it('without deployments: write GitHub refuses the deployment record, and the step says so without failing the preview', async () => {
    const text = original.replace(/\n {6}deployments: write # the GitHub deployment \(environment preview\/pr-N\)[^\n]*/, '');
    expect(text).not.toBe(original);
    const before = world.api.deployments.length;
    const jobs = await run('pr-preview.yml', 'pull_request', opened(72), { ref: 'refs/pull/72/merge', workflowText: text });
    expect(jobs.preview!.result, JSON.stringify(jobs.preview!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    expect(world.api.deployments.length).toBe(before);
    expect(jobs.preview!.steps.find((s) => s.id === 'deploy')!.stdout).toMatch(/deployments: write/);
  });
});
