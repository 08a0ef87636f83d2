import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { GitHubApi } from '../helpers/github-api.js';
import { exampleCopy } from '../helpers/fixtures.js';
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

describe("reporting to GitHub through a preview's life", () => {
  it('one environment per PR: in progress at deploy, success at wait with a page to open, inactive at teardown; one sticky comment throughout', async () => {
    const deployed = await runStep(
      'deploy-model',
      {
        model: join(EXAMPLE, 'model'),
        'inference-config': join(EXAMPLE, 'inferenceconfig.json'),
        'endpoint-name': 'pr-preview',
        'github-environment': 'preview',
        'github-token': token,
      },
      job,
      env,
    );
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(api.deployments).toHaveLength(1);
    expect(api.deployments[0]).toMatchObject({ ref: 'feedfacecafebeef0123456789abcdef01234567', environment: 'preview/pr-7', transient_environment: true });
    expect(api.statuses.at(-1)).toMatchObject({ state: 'in_progress', log_url: 'https://github.com/octo/models/actions/runs/4242' });

    const first = await runStep('wait-healthy', waitInputs, job, env);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('Preview comment created on #7');
    const swagger = deployed.outputs['scoring-uri']!.replace(/\/score$/, '/swagger.json');
    // The same deployment moves on: no second one for the same commit and environment.
    expect(api.deployments).toHaveLength(1);
    expect(api.statuses.at(-1)).toMatchObject({ deployment_id: api.deployments[0]!.id, state: 'success', environment_url: swagger, auto_inactive: true });
    const second = await runStep('wait-healthy', waitInputs, job, env);
    expect(second.stdout).toContain('Preview comment updated on #7');
    const comments = api.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- mlship-preview:pr-preview -->');
    expect(comments[0]!.body).toContain('✅ Healthy');
    expect(comments[0]!.body).toContain(deployed.outputs['scoring-uri']);
    expect(comments[0]!.body).toContain('`feedfacecafe`');
    expect(comments[0]!.body).toContain('214.353');

    const down = await runStep(
      'teardown',
      { 'endpoint-name': 'pr-preview', 'pr-comment': 'true', 'github-environment': 'preview', 'github-token': token },
      job,
      env,
    );
    expect(down.code, down.stdout).toBe(0);
    expect(api.statuses.at(-1)).toMatchObject({ deployment_id: api.deployments[0]!.id, state: 'inactive' });
    expect(api.comments.get(7)![0]!.body).toContain('🧹 Torn down');
    expect(api.invalidRequests).toEqual([]);
    for (const step of [deployed, first, second, down])
      expect(
        step.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(token);
  });

  it("never overwrites someone else's comment that carries the marker", async () => {
    api.comments.set(8, [{ id: 1, body: '<!-- mlship-preview:pr-preview --> my own notes', user: { login: 'mallory', type: 'User' } }]);
    const event = join(job.runnerTemp, 'event-8.json');
    writeFileSync(event, JSON.stringify({ number: 8, pull_request: { number: 8, head: { sha: 'abcdefabcdefabcdefabcdefabcdefabcdefabcd' } } }));
    await runStep(
      'deploy-model',
      { model: join(EXAMPLE, 'model'), 'inference-config': join(EXAMPLE, 'inferenceconfig.json'), 'endpoint-name': 'pr-preview' },
      job,
      env,
    );
    const step = await runStep('wait-healthy', waitInputs, job, { ...env, GITHUB_EVENT_PATH: event });
    expect(step.stdout).toContain('Preview comment created on #8');
    const comments = api.comments.get(8)!;
    expect(comments[0]!.body).toBe('<!-- mlship-preview:pr-preview --> my own notes');
    expect(comments).toHaveLength(2);
    expect(comments[1]!.user.login).toBe('github-actions[bot]');
  });

  it("GitHub's rate limit is ridden out by retrying; when it persists, it is reported as a rate limit, not as missing permissions", async () => {
    api.rateLimited = 1;
    const retried = await runStep('wait-healthy', { ...waitInputs, 'github-environment': '' }, job, env);
    expect(retried.code, retried.stdout).toBe(0);
    expect(retried.stdout).toContain("GitHub's secondary rate limit was hit");
    expect(retried.stdout).toContain('Preview comment updated on #7');
    api.rateLimited = 20;
    try {
      const limited = await runStep('wait-healthy', { ...waitInputs, 'github-environment': '' }, job, env);
      expect(limited.code, limited.stdout).toBe(0);
      expect(limited.stdout).toContain("GitHub's rate limit was reached, and stayed so after retries");
      expect(limited.stdout).not.toContain('lacks permission');
    } finally {
      api.rateLimited = 0;
    }
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

  it('a response that holds a code fence, headings, mentions and images stays inside its fence in the comment', async () => {
    const hostile = '```\n# Pwned\n@octocat please merge ![x](https://evil.example/x.png)\n````\n<img src=x>';
    const project = exampleCopy({ score: `def init():\n    pass\n\ndef run(raw):\n    return ${JSON.stringify(hostile)}\n` });
    const deployed = await runStep(
      'deploy-model',
      { model: join(project, 'model'), 'inference-config': join(project, 'inferenceconfig.json'), 'endpoint-name': 'fenced' },
      job,
      env,
    );
    expect(deployed.code, deployed.stdout).toBe(0);
    const waited = await runStep('wait-healthy', { ...waitInputs, 'endpoint-name': 'fenced', 'github-environment': '' }, job, env);
    expect(waited.code, waited.stdout).toBe(0);
    const body = api.comments.get(7)!.find((c) => c.body.includes('fenced'))!.body;
    // Each line of the response is inside the one fence that opened before it, and that fence is
    // longer than any run of backticks in the response: nothing after it renders as Markdown.
    const lines = body.split('\n');
    const open = lines.findIndex((l) => /^`{3,}json$/.test(l));
    const fence = lines[open]!.replace('json', '');
    const close = lines.indexOf(fence, open + 1);
    expect(fence.length).toBeGreaterThan(4);
    expect(lines.slice(open + 1, close).join('\n')).toContain('# Pwned');
    expect(lines.slice(close + 1).join('\n')).not.toMatch(/Pwned|@octocat|<img|evil\.example/);
    expect(lines.slice(0, open).join('\n')).not.toMatch(/Pwned|@octocat|<img|evil\.example/);
    await runStep('teardown', { 'endpoint-name': 'fenced' }, job, env);
  });
});

describe("a batch preview's sticky comment", () => {
  it("score-batch posts the sample job's verdict, a failed job's errors as code, and teardown marks it torn down", async () => {
    const batch = join(EXAMPLE, '..', 'diabetes-batch');
    const deployed = await runStep(
      'deploy-model',
      { deployment: join(batch, 'batch-deployment.yml'), endpoint: join(batch, 'batch-endpoint.yml'), 'deployment-name': 'pr-7' },
      job,
      env,
    );
    expect(deployed.code, deployed.stdout).toBe(0);
    const sample = await runStep(
      'score-batch',
      { 'endpoint-name': 'diabetes-batch', 'deployment-name': 'pr-7', input: join(batch, 'data'), 'pr-comment': 'true', 'github-token': token },
      job,
      env,
    );
    expect(sample.code, sample.stdout).toBe(0);
    expect(sample.stdout).toContain('Preview comment created on #7');
    const body = () => api.comments.get(7)!.find((c) => c.body.includes('<!-- mlship-preview:diabetes-batch -->'))!.body;
    expect(body()).toContain('### Batch preview');
    expect(body()).toContain(`✅ Completed (\`${sample.outputs['job-name']}\`)`);
    expect(body()).toContain('20 succeeded, 0 failed (5 file(s))');
    expect(body()).toContain('`feedfacecafe`');

    // A file whose text would render as a mention and an image, if it were not shown as code.
    const bad = join(job.runnerTemp, 'bad-data');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'patients-x.csv'), 'age,sex,bmi,bp,s1,s2,s3,s4,s5,s6\n@mallory ![x](https://evil.example/x.png),1,1,1,1,1,1,1,1,1\n');
    const failed = await runStep(
      'score-batch',
      { 'endpoint-name': 'diabetes-batch', 'deployment-name': 'pr-7', input: bad, 'pr-comment': 'true', 'github-token': token },
      job,
      env,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('Preview comment updated on #7');
    expect(body()).toContain('❌ Failed');
    expect(body()).toContain('Mini-batch 1 failed (`patients-x.csv`)');
    expect(body()).toMatch(/```\n(.*\n)*.*could not convert string to float: '@mallory !\[x\]\(https:\/\/evil\.example\/x\.png\)'/);
    // Outside code blocks the hostile text never appears.
    expect(body().replace(/```[^]*?```/g, '')).not.toContain('@mallory');

    const down = await runStep('teardown', { 'endpoint-name': 'diabetes-batch', 'pr-comment': 'true', 'github-token': token }, job, env);
    expect(down.code, down.stdout).toBe(0);
    expect(body()).toContain('### Batch preview');
    expect(body()).toContain('🧹 Torn down');
    expect(api.comments.get(7)!.filter((c) => c.body.includes('<!-- mlship-preview:diabetes-batch -->'))).toHaveLength(1);
    expect(api.invalidRequests).toEqual([]);
    for (const step of [sample, failed, down])
      expect(
        step.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(token);
  });
});
