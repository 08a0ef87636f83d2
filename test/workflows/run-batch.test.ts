import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../helpers/github-api.js';
import { ROOT } from '../helpers/run-action.js';
import { runWorkflow } from '../helpers/workflow-runner.js';

// workflows-examples/batch-nightly.yml, run job by job and step by step as GitHub would run it:
// mlship's actions as processes on the runner (target local), nothing mocked.

const BATCH = join(ROOT, 'examples/diabetes-batch');
const api = new GitHubApi();
beforeAll(() => api.start());
afterAll(async () => {
  expect(api.invalidRequests).toEqual([]);
  await api.stop();
});

/** A repository laid out as batch-nightly.yml expects: batch/ (YAML and code), model/, data/nightly, data/sample. */
function repository(script?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-batch-repo-'));
  cpSync(join(ROOT, 'examples/diabetes/model'), join(dir, 'model'), { recursive: true });
  mkdirSync(join(dir, 'batch'));
  cpSync(join(BATCH, 'src'), join(dir, 'batch', 'src'), { recursive: true });
  if (script) writeFileSync(join(dir, 'batch', 'src', 'batch_score.py'), script);
  cpSync(join(BATCH, 'batch-endpoint.yml'), join(dir, 'batch', 'endpoint.yml'));
  writeFileSync(
    join(dir, 'batch', 'deployment.yml'),
    readFileSync(join(BATCH, 'batch-deployment.yml'), 'utf8').replace('path: ../diabetes/model', 'path: ../model'),
  );
  cpSync(join(BATCH, 'data'), join(dir, 'data', 'nightly'), { recursive: true });
  mkdirSync(join(dir, 'data', 'sample'));
  cpSync(join(BATCH, 'data', 'patients-0.csv'), join(dir, 'data', 'sample', 'patients-0.csv'));
  return dir;
}

function run(eventName: string, payload: Record<string, unknown>, workspace = repository(), ref = 'refs/heads/main') {
  const job = { runnerTemp: mkdtempSync(join(tmpdir(), 'mlship-batch-job-')) };
  return runWorkflow({
    file: 'batch-nightly.yml',
    eventName,
    payload,
    workspace,
    job,
    env: { GITHUB_API_URL: api.url },
    githubApi: api,
    vars: {},
    ref,
    runNumber: 51,
  }).then((jobs) => ({ jobs, job }));
}

describe('workflows-examples/batch-nightly.yml', () => {
  it('on its schedule: deploys, scores data/nightly and uploads the predictions as an artifact', async () => {
    const { jobs } = await run('schedule', {});
    const score = jobs.score!;
    expect(score.result, JSON.stringify(score.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.promote!.result).toBe('skipped');
    const scored = score.steps.find((s) => s.id === 'score')!;
    expect(scored.outputs).toMatchObject({ status: 'Completed', 'succeeded-items': '20', 'failed-items': '0' });
    expect(scored.summary).toContain('Batch job completed: 20 item(s) scored');
    const upload = score.steps.at(-1)!;
    expect(upload, JSON.stringify(upload)).toMatchObject({ outcome: 'success', outputs: { 'artifact-name': 'predictions-51' } });
    const artifact = join(score.runnerTemp, 'artifacts', 'predictions-51', 'predictions.csv');
    expect(readFileSync(artifact, 'utf8').trim().split('\n')).toHaveLength(20);
  });

  it('on a pull request: a preview deployment runs a sample job, comments its verdict, and is torn down', async () => {
    const workspace = repository();
    const { jobs } = await run('pull_request', { number: 12, action: 'opened', pull_request: { number: 12 } }, workspace, 'refs/pull/12/merge');
    const preview = jobs.preview!;
    expect(preview.result, JSON.stringify(preview.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    const sample = preview.steps.find((s) => s.id === 'sample')!;
    expect(sample.outputs).toMatchObject({ status: 'Completed', 'succeeded-items': '4' });
    // The comment was made with the job's own token (pull-requests: write), and ends saying the preview is gone.
    expect(sample.stdout).toContain('Preview comment created on #12');
    const comments = api.comments.get(12)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('### Batch preview');
    expect(comments[0]!.body).toContain('🧹 Torn down');
    const teardown = preview.steps.at(-1)!;
    expect(JSON.parse(teardown.outputs.deleted!)).toEqual(['batch-deployment:diabetes-batch/pr-12', 'batch-endpoint:diabetes-batch']);
    expect(existsSync(join(workspace, '.mlship'))).toBe(false);
  });

  it('on a push: the candidate becomes the default only after its sample job completes', async () => {
    const good = await run('push', {});
    const promote = good.jobs.promote!;
    expect(promote.result, JSON.stringify(promote.steps.map((s) => [s.uses, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    expect(promote.steps.find((s) => s.id === 'candidate')!.outputs['default-deployment']).toBe('ridge');
    expect(promote.steps.find((s) => s.id === 'promote')!.outputs['default-deployment']).toBe('candidate-51');

    // A candidate whose sample job fails: the promotion step never runs, the default stays.
    const broken = await run('push', {}, repository('def init():\n    pass\n\ndef run(mini_batch):\n    raise RuntimeError("broken candidate")\n'));
    const refused = broken.jobs.promote!;
    expect(refused.result).toBe('failure');
    const sample = refused.steps.find((s) => s.uses?.includes('score-batch'))!;
    expect(sample.outcome).toBe('failure');
    expect(sample.summary).toContain('broken candidate');
    expect(refused.steps.find((s) => s.id === 'promote')!.ran).toBe(false);
  });
});
