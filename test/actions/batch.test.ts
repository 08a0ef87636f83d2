import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { newJob, ROOT, runStep } from '../helpers/run-action.js';

// deploy-model with a batch deployment YAML, then score-batch, as the runner runs them: processes
// with INPUT_* variables, reading GITHUB_OUTPUT and GITHUB_STEP_SUMMARY back.

const BATCH = join(ROOT, 'examples/diabetes-batch');

function driverProcesses(marker: string): string[] {
  return spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((l) => l.includes(marker) && !l.includes('ps -eo'));
}

/** A batch project whose score.py is `script`, with an input folder of `files` files. */
function project(script: string, settings: Record<string, unknown> = {}, files = 4): { dir: string; deployment: string; data: string } {
  const dir = mkdtempSync(join(newJob().runnerTemp, 'batch-project-'));
  for (const sub of ['src', 'model', 'data']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'model', 'w.txt'), '1');
  writeFileSync(join(dir, 'src', 'score.py'), script);
  for (let i = 0; i < files; i += 1) writeFileSync(join(dir, 'data', `f${i}.txt`), `${i}`);
  const deployment = join(dir, 'deployment.yml');
  writeFileSync(
    deployment,
    stringify({
      name: 'main',
      endpoint_name: 'action-scores',
      type: 'model',
      model: { name: 'w', path: 'model' },
      code_configuration: { code: 'src', scoring_script: 'score.py' },
      compute: 'azureml:cpu',
      settings: { mini_batch_size: 1, ...settings },
    }),
  );
  return { dir, deployment, data: join(dir, 'data') };
}

describe('deploy-model and score-batch on the bundled batch example', () => {
  it('deploys (then finds nothing to change), scores the folder, and reports it in outputs and the summary', async () => {
    const job = newJob();
    const inputs = { deployment: join(BATCH, 'batch-deployment.yml'), endpoint: join(BATCH, 'batch-endpoint.yml') };
    const deployed = await runStep('deploy-model', inputs, job);
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(deployed.outputs).toMatchObject({ 'endpoint-name': 'diabetes-batch', 'deployment-name': 'ridge', changed: 'true', 'default-deployment': 'ridge' });
    expect(deployed.summary).toContain('Batch deployment diabetes-batch/ridge created (local)');
    const again = await runStep('deploy-model', inputs, job);
    expect(again.outputs.changed).toBe('false');

    const out = join(job.runnerTemp, 'scores');
    const scored = await runStep('score-batch', { 'endpoint-name': 'diabetes-batch', input: join(BATCH, 'data'), 'output-path': out }, job);
    expect(scored.code, scored.stdout).toBe(0);
    expect(scored.outputs).toMatchObject({ status: 'Completed', 'succeeded-items': '20', 'failed-items': '0', 'output-uri': out });
    expect(scored.outputs['job-name']).toMatch(/^batchjob-[0-9a-f-]{36}$/);
    expect(scored.outputs['predictions-file']).toBe(join(out, 'named-outputs', 'score', 'predictions.csv'));
    expect(readFileSync(scored.outputs['predictions-file']!, 'utf8').trim().split('\n')).toHaveLength(20);
    expect(scored.summary).toContain('✅ Batch job completed: 20 item(s) scored');
    expect(scored.summary).toContain('5 in 3 mini-batch(es): 3 succeeded, 0 failed');

    const down = await runStep('teardown', { 'endpoint-name': 'diabetes-batch', target: 'local' }, job);
    expect(down.code, down.stdout).toBe(0);
    expect(JSON.parse(down.outputs.deleted!)).toEqual(['batch-deployment:diabetes-batch/ridge', 'batch-endpoint:diabetes-batch']);
    const gone = await runStep('score-batch', { 'endpoint-name': 'diabetes-batch', input: join(BATCH, 'data') }, job);
    expect(gone.code).toBe(1);
  });
});

describe('wait-healthy on a batch deployment: provisioned, and a sample job that completes', () => {
  it('Healthy with a completed sample job; a failing sample job fails the step with its error', async () => {
    const job = newJob();
    expect((await runStep('deploy-model', { deployment: join(BATCH, 'batch-deployment.yml'), endpoint: join(BATCH, 'batch-endpoint.yml') }, job)).code).toBe(0);
    const healthy = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'diabetes-batch', 'deployment-name': 'ridge', 'sample-input': join(BATCH, 'data', 'patients-0.csv') },
      job,
    );
    expect(healthy.code, healthy.stdout).toBe(0);
    expect(healthy.outputs.state).toBe('Healthy');
    expect(healthy.outputs['sample-response']).toMatch(/^batchjob-[0-9a-f-]+ Completed$/);
    expect(healthy.summary).toContain('Batch deployment diabetes-batch/ridge is Healthy');
    const p = project('def init():\n    pass\ndef run(mini_batch):\n    raise KeyError("feature bmi")\n', { retry_settings: { max_retries: 0 } });
    expect((await runStep('deploy-model', { deployment: p.deployment }, job)).code).toBe(0);
    const failed = await runStep('wait-healthy', { 'endpoint-name': 'action-scores', 'deployment-name': 'main', 'sample-input': p.data }, job);
    expect(failed.code).toBe(1);
    expect(failed.outputs.state).toBe('Failed');
    expect(failed.summary).toContain("KeyError: 'feature bmi'");
    const missing = await runStep('wait-healthy', { 'endpoint-name': 'action-scores', 'deployment-name': 'nope' }, job);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('batch deployment action-scores/nope does not exist');
  });
});

describe('score-batch when the job fails, and when the run is cancelled', () => {
  it('fails the step, names the failed mini-batches in the summary, and never lets score.py text act as a workflow command', async () => {
    const job = newJob();
    const p = project(
      [
        'def init():',
        '    pass',
        'def run(mini_batch):',
        '    print("::set-output name=status::Completed")',
        '    raise ValueError("::error::forged annotation from a data file")',
      ].join('\n'),
      { retry_settings: { max_retries: 0 }, error_threshold: 1 },
    );
    const deployed = await runStep('deploy-model', { deployment: p.deployment }, job);
    expect(deployed.code, deployed.stdout).toBe(0);
    const scored = await runStep('score-batch', { 'endpoint-name': 'action-scores', input: p.data, 'output-path': join(p.dir, 'out') }, job);
    expect(scored.code).toBe(1);
    expect(scored.outputs.status).toBe('Failed');
    expect(Number(scored.outputs['failed-items'])).toBeGreaterThan(1);
    expect(scored.stdout).toContain('::error::score-batch: batch job');
    expect(scored.summary).toContain('❌ Batch job failed');
    expect(scored.summary).toContain('error_threshold 1');
    expect(scored.summary).toContain('forged annotation from a data file');
    // Only mlship's own ::error:: line may start a line: text from score.py is neutralised.
    // (mlship's own: its error, and the group around the interpreter check it runs.)
    const own = (l: string) =>
      l.startsWith('::error::score-batch: batch job') || l.startsWith('::debug::') || /^::(group::python3? --version|endgroup::)$/.test(l);
    expect(scored.stdout.split('\n').filter((l) => l.startsWith('::') && !own(l))).toEqual([]);
    expect(scored.stdout).not.toMatch(/^::set-output/m);
  });

  it('a cancel stops the job: the step ends, and nothing of the job is left running', async () => {
    const job = newJob();
    const p = project(['import time', 'def init():', '    pass', 'def run(mini_batch):', '    time.sleep(300)', '    return mini_batch'].join('\n'), {
      retry_settings: { timeout: 600 },
    });
    await runStep('deploy-model', { deployment: p.deployment }, job);
    const scored = await runStep(
      'score-batch',
      { 'endpoint-name': 'action-scores', input: p.data, 'output-path': join(p.dir, 'out') },
      job,
      {},
      { cancelWhen: /Started batch job/ },
    );
    expect(scored.code).not.toBe(0);
    expect(scored.state['batch-driver']).toBeDefined();
    const post = await runStep('score-batch', {}, job, {}, { post: scored.state });
    expect(post.code, post.stdout).toBe(0);
    for (let waited = 0; driverProcesses(p.dir).length && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(driverProcesses(p.dir)).toEqual([]);
  });

  it('refuses a batch YAML on an online target, and online-only inputs beside it, before anything is written', async () => {
    const job = newJob();
    const p = project('def init():\n    pass\ndef run(b):\n    return b\n');
    const aks = await runStep('deploy-model', { deployment: p.deployment, target: 'aks' }, job);
    expect(aks.code).toBe(1);
    expect(aks.stdout).toContain('is a batch deployment, which runs on local or amlcompute');
    const traffic = await runStep('deploy-model', { deployment: p.deployment, traffic: '100%' }, job);
    expect(traffic.code).toBe(1);
    expect(traffic.stdout).toContain('input "traffic" does not apply to a batch deployment');
    const missing = await runStep('score-batch', { 'endpoint-name': 'action-scores', input: p.data }, job);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('batch endpoint action-scores does not exist');
  });
});

describe('the stale-preview sweep covers batch endpoints', () => {
  it('deletes a closed preview batch deployment, or its whole endpoint, by provenance tags; keeps a default that others still need', async () => {
    const job = newJob();
    const p = project('def init():\n    pass\ndef run(b):\n    return b\n');
    const deploy = (name: string, ref: string, endpoint = 'action-scores') =>
      runStep('deploy-model', { deployment: p.deployment, 'endpoint-name': endpoint, 'deployment-name': name }, job, { GITHUB_REF: ref });
    // The nightly deployment first (the default), a pull request's preview beside it, a preview on an endpoint of its own.
    for (const [name, ref, endpoint] of [
      ['main', 'refs/heads/main', 'action-scores'],
      ['pr-7', 'refs/pull/7/merge', 'action-scores'],
      ['pr-8', 'refs/pull/8/merge', 'preview-scores'],
      ['pr-9', 'refs/pull/9/merge', 'early-scores'],
      ['main', 'refs/heads/main', 'early-scores'],
    ] as const) {
      const deployed = await deploy(name, ref, endpoint);
      expect(deployed.code, deployed.stdout).toBe(0);
    }
    const dry = await runStep('teardown', { 'tag-selector': 'mlship.pr', 'dry-run': 'true', target: 'local' }, job);
    expect(dry.code, dry.stdout).toBe(0);
    expect(JSON.parse(dry.outputs.deleted!)).toEqual(['batch-endpoint:preview-scores']);
    expect(dry.summary).toContain('would delete batch-endpoint:preview-scores');
    const seven = await runStep('teardown', { 'tag-selector': 'mlship.pr=7', target: 'local' }, job);
    expect(seven.code, seven.stdout).toBe(0);
    expect(JSON.parse(seven.outputs.deleted!)).toEqual(['batch-deployment:action-scores/pr-7']);
    const all = await runStep('teardown', { 'tag-selector': 'mlship.pr', target: 'local' }, job);
    expect(JSON.parse(all.outputs.deleted!)).toEqual(['batch-deployment:preview-scores/pr-8', 'batch-endpoint:preview-scores']);
    // pr-9 came first on its endpoint, so it is the default jobs run on: kept, and the log says why.
    expect(all.stdout).toContain('Kept deployment early-scores/pr-9 although it matches: it is the default deployment of batch endpoint early-scores');
    // What the sweep left still scores.
    const scored = await runStep('score-batch', { 'endpoint-name': 'action-scores', input: p.data }, job);
    expect(scored.outputs).toMatchObject({ status: 'Completed', 'succeeded-items': '4' });
    const status = spawnSync(process.execPath, [join(ROOT, 'bin/mlship.js'), 'status', '--json'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, MLSHIP_HOME: join(job.runnerTemp, 'mlship') },
    });
    expect(status.stdout).toContain('action-scores');
    expect(status.stdout).not.toContain('preview-scores');
  });
});
