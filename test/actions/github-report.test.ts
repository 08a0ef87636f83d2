import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { GitHubApi } from '../helpers/github-api.js';
import { EXAMPLE, newJob, runStep } from '../helpers/run-action.js';

const job = newJob();
const api = new GitHubApi();
let env: Record<string, string>;
const token = 'ghs_test_token_for_loopback_0123456789';

beforeAll(async () => {
  await api.start();
  const event = join(job.runnerTemp, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: 'feedfacecafebeef0123456789abcdef01234567' } } }),
  );
  env = { GITHUB_API_URL: api.url, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_SERVER_URL: 'https://github.com' };
});
afterAll(async () => {
  killServers(join(job.runnerTemp, 'mlship'));
  await api?.stop();
});

const waitInputs = {
  'endpoint-name': 'pr-preview',
  timeout: '30s',
  'sample-request': join(EXAMPLE, 'sample-request.json'),
  'pr-comment': 'true',
  'github-environment': 'preview',
  'github-token': token,
};

describe('reporting to GitHub from wait-healthy', () => {
  it('keeps one sticky PR comment up to date and records a deployment with the scoring URL', async () => {
    const deployed = await runStep(
      'deploy-model',
      { model: join(EXAMPLE, 'model'), 'inference-config': join(EXAMPLE, 'inferenceconfig.json'), 'endpoint-name': 'pr-preview' },
      job,
      env,
    );
    const first = await runStep('wait-healthy', waitInputs, job, env);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('Preview comment created on #7');
    const second = await runStep('wait-healthy', waitInputs, job, env);
    expect(second.stdout).toContain('Preview comment updated on #7');
    const comments = api.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- mlship-preview:pr-preview -->');
    expect(comments[0]!.body).toContain('✅ Healthy');
    expect(comments[0]!.body).toContain(deployed.outputs['scoring-uri']);
    expect(comments[0]!.body).toContain('`feedfacecafe`');
    expect(comments[0]!.body).toContain('214.353');
    expect(api.deployments[0]).toMatchObject({ ref: 'feedfacecafebeef0123456789abcdef01234567', environment: 'preview', transient_environment: true });
    expect(api.statuses[0]).toMatchObject({ state: 'success', environment_url: deployed.outputs['scoring-uri'] });
    expect(api.invalidRequests).toEqual([]);
    for (const step of [first, second])
      expect(
        step.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(token);
  });

  it("a read-only token (a fork's) gives warnings, not a failed step", async () => {
    api.readOnly = true;
    try {
      const step = await runStep('wait-healthy', waitInputs, job, env);
      expect(step.code, step.stdout).toBe(0);
      expect(step.stdout).toContain('could not update the pull request comment (GitHub answered 403)');
      expect(step.stdout).toContain('pull-requests: write');
    } finally {
      api.readOnly = false;
    }
    await runStep('teardown', { 'endpoint-name': 'pr-preview' }, job);
  });
});
