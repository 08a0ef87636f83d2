import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { GitHubApi } from '../helpers/github-api.js';
import { EXAMPLE, newJob, runStep } from '../helpers/run-action.js';

const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));
const configs = { model: join(EXAMPLE, 'model'), 'inference-config': join(EXAMPLE, 'inferenceconfig.json') };
const deployFor = (endpoint: string, ref: string) => runStep('deploy-model', { ...configs, 'endpoint-name': endpoint }, job, { GITHUB_REF: ref });

describe('stale-preview sweep (teardown with a tag selector)', () => {
  it('selects by provenance tags, respects older-than, and dry-run deletes nothing', async () => {
    for (const [endpoint, ref] of [
      ['preview-one', 'refs/pull/1/merge'],
      ['preview-two', 'refs/pull/2/merge'],
      ['production', 'refs/heads/main'],
    ] as const) {
      expect((await deployFor(endpoint, ref)).code).toBe(0);
    }
    const dry = await runStep('teardown', { 'tag-selector': 'mlship.pr', 'dry-run': 'true', target: 'local' }, job);
    expect(dry.code, dry.stdout).toBe(0);
    expect(JSON.parse(dry.outputs.deleted!).sort()).toEqual(['endpoint:preview-one', 'endpoint:preview-two']);
    expect(dry.summary).toContain('would delete endpoint:preview-one');
    const young = await runStep('teardown', { 'tag-selector': 'mlship.pr', 'older-than': '3d', target: 'local' }, job);
    expect(JSON.parse(young.outputs.deleted!)).toEqual([]);
    expect(young.summary).toContain('Nothing matched');
    const one = await runStep('teardown', { 'tag-selector': 'mlship.pr=1\nmlship.repository=octo/models', target: 'local' }, job);
    expect(JSON.parse(one.outputs.deleted!)).toEqual(['deployment:preview-one/blue', 'endpoint:preview-one']);
    const rest = await runStep('teardown', { 'tag-selector': 'mlship.pr', target: 'local' }, job);
    expect(JSON.parse(rest.outputs.deleted!)).toEqual(['deployment:preview-two/blue', 'endpoint:preview-two']);
    const production = await runStep('wait-healthy', { 'endpoint-name': 'production', timeout: '30s' }, job);
    expect(production.outputs.state).toBe('Healthy');
    await runStep('teardown', { 'endpoint-name': 'production' }, job);
  });

  it('decides ownership per deployment: closing the pull request that created a shared endpoint removes only its own deployment', async () => {
    const first = await runStep('deploy-model', { ...configs, 'endpoint-name': 'shared-preview' }, job, { GITHUB_REF: 'refs/pull/5/merge' });
    expect(first.code, first.stdout).toBe(0);
    await runStep('wait-healthy', { 'endpoint-name': 'shared-preview', timeout: '30s' }, job);
    const second = await runStep('deploy-model', { ...configs, 'endpoint-name': 'shared-preview', 'deployment-name': 'green' }, job, {
      GITHUB_REF: 'refs/pull/6/merge',
    });
    expect(second.code, second.stdout).toBe(0);
    await runStep('wait-healthy', { 'endpoint-name': 'shared-preview', 'deployment-name': 'green', timeout: '30s' }, job);
    const closed = await runStep('teardown', { 'tag-selector': 'mlship.pr=5', target: 'local' }, job);
    expect(closed.code, closed.stdout).toBe(0);
    expect(JSON.parse(closed.outputs.deleted!)).toEqual(['deployment:shared-preview/blue']);
    // The other pull request's deployment still serves, now with all the traffic.
    const other = await runStep('wait-healthy', { 'endpoint-name': 'shared-preview', 'deployment-name': 'green', timeout: '30s' }, job);
    expect(other.outputs.state).toBe('Healthy');
    const last = await runStep('teardown', { 'tag-selector': 'mlship.pr=6', target: 'local' }, job);
    expect(JSON.parse(last.outputs.deleted!)).toEqual(['deployment:shared-preview/green']);
    await runStep('teardown', { 'endpoint-name': 'shared-preview', 'missing-ok': 'true' }, job);
  });

  it('also sweeps young previews whose pull request is closed, asking GitHub', async () => {
    const api = new GitHubApi();
    await api.start();
    try {
      api.closedPullRequests.add(11);
      await deployFor('closed-pr', 'refs/pull/11/merge');
      await deployFor('open-pr', 'refs/pull/12/merge');
      const swept = await runStep(
        'teardown',
        { 'tag-selector': 'mlship.pr', 'older-than': '3d', 'closed-prs': 'true', 'github-token': 'ghs_loopback_token', target: 'local' },
        job,
        { GITHUB_API_URL: api.url },
      );
      expect(swept.code, swept.stdout).toBe(0);
      expect(JSON.parse(swept.outputs.deleted!)).toEqual(['deployment:closed-pr/blue', 'endpoint:closed-pr']);
      expect(swept.stdout).toContain('pull request #11, which is closed');
      expect(api.invalidRequests).toEqual([]);
    } finally {
      await api.stop();
    }
    await runStep('teardown', { 'endpoint-name': 'open-pr' }, job);
  });

  it('refuses to run without an endpoint or a selector, and with both', async () => {
    expect((await runStep('teardown', {}, job)).stdout).toContain('give "endpoint-name" (one endpoint) or "tag-selector"');
    expect((await runStep('teardown', { 'endpoint-name': 'x', 'tag-selector': 'mlship.pr' }, job)).code).toBe(1);
  });
});
