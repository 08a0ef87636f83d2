import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { emulatorJob } from '../helpers/emulator.js';
import { ROOT, runStep } from '../helpers/run-action.js';

// Batch deployments on Azure ML compute (target amlcompute), through the command line and the
// actions as processes, against the workspace emulator: every request is checked against
// Microsoft's OpenAPI description of batchEndpoints and batchDeployments.

const exec = promisify(execFile);
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };

beforeAll(async () => {
  ({ emulator, job, env } = await emulatorJob({ provisioningMs: 150, kubernetesComputes: ['k8s-compute'], amlComputes: ['cpu-cluster'] }));
}, 180_000);

afterAll(async () => {
  expect(emulator.invalidRequests).toEqual([]);
  await emulator?.stop();
});

/** A copy of the bundled batch example, with its deployment YAML edited by `edit`. */
function project(edit: (yaml: string) => string = (y) => y): { dir: string; deployment: string; endpoint: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-batch-azure-'));
  cpSync(join(ROOT, 'examples/diabetes-batch'), join(dir, 'batch'), { recursive: true });
  cpSync(join(ROOT, 'examples/diabetes/model'), join(dir, 'diabetes', 'model'), { recursive: true });
  const deployment = join(dir, 'batch', 'batch-deployment.yml');
  writeFileSync(deployment, edit(readFileSync(deployment, 'utf8')));
  return { dir, deployment, endpoint: join(dir, 'batch', 'batch-endpoint.yml') };
}

async function mlship(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'bin/mlship.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Writes: PUT, PATCH, DELETE (a POST here is a sign-in or listSecrets, which change nothing).
const writes = (from: number) => emulator.requests.slice(from).filter((r) => ['PUT', 'PATCH', 'DELETE'].includes(r.method) && r.status < 400);
const batchEndpoint = (name: string) => emulator.store.get(`${emulator.workspaceId}/batchEndpoints/${name}`);
const batchDeployment = (endpoint: string, name: string) => emulator.store.get(`${emulator.workspaceId}/batchEndpoints/${endpoint}/deployments/${name}`);

describe('mlship deploy --target amlcompute', () => {
  it('creates the endpoint and deployment with every setting in its ARM field, makes it the default, and writes nothing when run again', async () => {
    const p = project((y) => y.replace('name: diabetes-batch', 'name: batch-one').replace('endpoint_name: diabetes-batch', 'endpoint_name: batch-one'));
    writeFileSync(p.endpoint, readFileSync(p.endpoint, 'utf8').replace('name: diabetes-batch', 'name: batch-one'));
    const args = ['deploy', '--deployment', p.deployment, '--endpoint', p.endpoint, '--target', 'amlcompute', '--json'];
    const planArgs = ['plan', ...args.slice(1)];
    const beforePlan = emulator.requests.length;
    const planned = JSON.parse((await mlship(planArgs, p.dir)).stdout).items;
    expect(planned.map((i: { action: string }) => i.action)).toEqual(['create', 'create', 'create']);
    expect(writes(beforePlan)).toEqual([]);
    const first = await mlship(args, p.dir);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      endpointName: 'batch-one',
      deploymentName: 'ridge',
      action: 'created',
      isDefault: true,
      defaultDeployment: 'ridge',
    });
    const endpoint = batchEndpoint('batch-one')!;
    expect(endpoint.properties).toMatchObject({
      authMode: 'AADToken',
      description: 'Nightly diabetes progression scores',
      defaults: { deploymentName: 'ridge' },
    });
    const deployment = batchDeployment('batch-one', 'ridge')!;
    expect(deployment.properties).toMatchObject({
      compute: `${emulator.workspaceId}/computes/cpu-cluster`,
      miniBatchSize: 2,
      maxConcurrencyPerInstance: 2,
      outputAction: 'AppendRow',
      outputFileName: 'predictions.csv',
      retrySettings: { maxRetries: 3, timeout: 'PT30S' },
      errorThreshold: -1,
      loggingLevel: 'Info',
      resources: { instanceCount: 1 },
      codeConfiguration: { scoringScript: 'batch_score.py' },
      model: { referenceType: 'Id', assetId: expect.stringMatching(/\/models\/diabetes-ridge\/versions\/1$/) },
      provisioningState: 'Succeeded',
    });
    const before = emulator.requests.length;
    const again = await mlship(args, p.dir);
    expect(JSON.parse(again.stdout)).toMatchObject({ action: 'unchanged', unchanged: true });
    expect(JSON.parse((await mlship(planArgs, p.dir)).stdout).items.map((i: { action: string }) => i.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(writes(before)).toEqual([]);
  });

  it('refuses a missing cluster, or a Kubernetes compute, before anything is created', async () => {
    for (const [compute, message] of [
      ['azureml:no-such-cluster', /compute cluster no-such-cluster does not exist in the workspace \(AmlCompute clusters: cpu-cluster\)/],
      ['azureml:k8s-compute', /compute k8s-compute is a Kubernetes, not an AmlCompute cluster/],
    ] as const) {
      const p = project((y) => y.replace('compute: azureml:cpu-cluster', `compute: ${compute}`).replace(/diabetes-batch/g, 'batch-refused'));
      const before = emulator.requests.length;
      const run = await mlship(['deploy', '--deployment', p.deployment, '--target', 'amlcompute'], p.dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('Nothing was created');
      expect(writes(before)).toEqual([]);
      expect(batchEndpoint('batch-refused')).toBeUndefined();
    }
  });

  it('a second deployment becomes the default only with --make-default; teardown keeps the default while others remain', async () => {
    const p = project((y) => y.replace(/diabetes-batch/g, 'batch-two'));
    expect((await mlship(['deploy', '--deployment', p.deployment, '--target', 'amlcompute'], p.dir)).code).toBe(0);
    const candidate = join(p.dir, 'batch', 'candidate.yml');
    writeFileSync(candidate, readFileSync(p.deployment, 'utf8').replace('name: ridge', 'name: candidate').replace('mini_batch_size: 2', 'mini_batch_size: 5'));
    const added = JSON.parse((await mlship(['deploy', '--deployment', candidate, '--target', 'amlcompute', '--json'], p.dir)).stdout);
    expect(added).toMatchObject({ action: 'created', isDefault: false, defaultDeployment: 'ridge' });
    expect(batchEndpoint('batch-two')!.properties.defaults).toEqual({ deploymentName: 'ridge' });
    const refused = await mlship(['teardown', '--endpoint-name', 'batch-two', '--deployment-name', 'ridge', '--target', 'amlcompute'], p.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is the default deployment of batch-two');
    const promoted = JSON.parse((await mlship(['deploy', '--deployment', candidate, '--target', 'amlcompute', '--make-default', '--json'], p.dir)).stdout);
    expect(promoted).toMatchObject({ action: 'unchanged', isDefault: true, defaultDeployment: 'candidate' });
    expect(batchEndpoint('batch-two')!.properties.defaults).toEqual({ deploymentName: 'candidate' });
    const down = await mlship(['teardown', '--endpoint-name', 'batch-two', '--target', 'amlcompute', '--json'], p.dir);
    expect(JSON.parse(down.stdout).deleted).toEqual(['batch-deployment:batch-two/ridge', 'batch-deployment:batch-two/candidate', 'batch-endpoint:batch-two']);
    expect(batchEndpoint('batch-two')).toBeUndefined();
    const gone = await mlship(['teardown', '--endpoint-name', 'batch-two', '--target', 'amlcompute', '--missing-ok', '--json'], p.dir);
    expect(JSON.parse(gone.stdout).deleted).toEqual([]);
    const invoke = await mlship(['invoke', '--endpoint-name', 'batch-two', '--input', join(p.dir, 'batch', 'data'), '--target', 'amlcompute'], p.dir);
    expect(invoke.code).toBe(1);
    expect(invoke.stderr).toContain('batch endpoint batch-two does not exist in the workspace');
  });
});

describe('jobs on Azure ML compute: mlship invoke --target amlcompute', () => {
  it('uploads the local folder, starts the job with an Entra token, follows it to Completed and downloads the predictions', async () => {
    const p = project((y) => y.replace(/diabetes-batch/g, 'batch-jobs'));
    expect((await mlship(['deploy', '--deployment', p.deployment, '--target', 'amlcompute'], p.dir)).code).toBe(0);
    const out = join(p.dir, 'scores');
    const run = await mlship(
      ['invoke', '--endpoint-name', 'batch-jobs', '--input', join(p.dir, 'batch', 'data'), '--target', 'amlcompute', '--output', out, '--json'],
      p.dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const job = JSON.parse(run.stdout);
    expect(job).toMatchObject({ status: 'Completed', deployment: 'ridge', succeededItems: 20, failedItems: null, files: null });
    expect(job.jobName).toMatch(/^batchjob-[0-9a-f-]{36}$/);
    const rows = readFileSync(join(out, 'named-outputs', 'score', 'predictions.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => /^patients-\d\.csv,\d,-?\d+\.\d{3}$/.test(r))).toBe(true);
    // The input went to the default datastore first, where azure-ai-ml puts local inputs.
    expect(emulator.store.get(`${emulator.workspaceId}/jobs/${job.jobName}`)?.properties.inputs.input_data.uri).toMatch(
      /\/paths\/LocalUpload\/[0-9a-f]+\/data\/$/,
    );
    const human = await mlship(['invoke', '--endpoint-name', 'batch-jobs', '--input', join(p.dir, 'batch', 'data'), '--target', 'amlcompute'], p.dir);
    expect(human.stdout).toContain('20 succeeded (rows of the predictions file');
  });

  it('a job whose every mini-batch fails ends Failed (exit 1); --timeout cancels the job on Azure (exit 130)', async () => {
    const p = project((y) => y.replace(/diabetes-batch/g, 'batch-bad').replace('max_retries: 3', 'max_retries: 0'));
    writeFileSync(
      join(p.dir, 'batch', 'src', 'batch_score.py'),
      'import time\ndef init():\n    pass\ndef run(mini_batch):\n    if "slow" in mini_batch[0]:\n        time.sleep(120)\n    raise ValueError("bad rows")\n',
    );
    expect((await mlship(['deploy', '--deployment', p.deployment, '--target', 'amlcompute'], p.dir)).code).toBe(0);
    const failed = await mlship(['invoke', '--endpoint-name', 'batch-bad', '--input', join(p.dir, 'batch', 'data'), '--target', 'amlcompute', '--json'], p.dir);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ status: 'Failed', error: expect.stringContaining('ended Failed') });
    const slow = join(p.dir, 'slow');
    mkdirSync(slow);
    writeFileSync(join(slow, 'slow.csv'), 'x\n');
    const cancelled = await mlship(['invoke', '--endpoint-name', 'batch-bad', '--input', slow, '--target', 'amlcompute', '--timeout', '3s', '--json'], p.dir);
    expect(cancelled.code).toBe(130);
    const job = JSON.parse(cancelled.stdout);
    expect(job.status).toBe('Canceled');
    expect(emulator.store.get(`${emulator.workspaceId}/jobs/${job.jobName}`)?.properties.status).toBe('Canceled');
  });
});

describe('deploy-model and teardown actions with target amlcompute', () => {
  it('deploy, then tear down, as action processes', async () => {
    const p = project((y) => y.replace(/diabetes-batch/g, 'batch-action'));
    const deployed = await runStep('deploy-model', { deployment: p.deployment, target: 'amlcompute' }, job, env);
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(deployed.outputs).toMatchObject({ 'endpoint-name': 'batch-action', 'deployment-name': 'ridge', changed: 'true', 'default-deployment': 'ridge' });
    expect(deployed.summary).toContain('Batch deployment batch-action/ridge created (amlcompute)');
    expect(batchDeployment('batch-action', 'ridge')?.properties.provisioningState).toBe('Succeeded');
    const healthy = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'batch-action', 'deployment-name': 'ridge', target: 'amlcompute', 'sample-input': join(p.dir, 'batch', 'data', 'patients-1.csv') },
      job,
      env,
    );
    expect(healthy.code, healthy.stdout).toBe(0);
    expect(healthy.outputs).toMatchObject({ state: 'Healthy', 'sample-response': expect.stringMatching(/Completed$/) });
    const out = join(p.dir, 'action-scores');
    const scored = await runStep(
      'score-batch',
      { 'endpoint-name': 'batch-action', input: join(p.dir, 'batch', 'data'), 'output-path': out, target: 'amlcompute' },
      job,
      env,
    );
    expect(scored.code, scored.stdout).toBe(0);
    expect(scored.outputs).toMatchObject({ status: 'Completed', 'succeeded-items': '20', 'failed-items': '' });
    expect(scored.outputs['predictions-file']).toBe(join(out, 'named-outputs', 'score', 'predictions.csv'));
    expect(scored.summary).toContain('Batch job completed: 20 item(s) scored');
    const down = await runStep('teardown', { 'endpoint-name': 'batch-action', target: 'amlcompute' }, job, env);
    expect(down.code, down.stdout).toBe(0);
    expect(JSON.parse(down.outputs.deleted!)).toEqual(['batch-deployment:batch-action/ridge', 'batch-endpoint:batch-action']);
    expect(batchEndpoint('batch-action')).toBeUndefined();
  });

  it('the stale-preview sweep with target amlcompute deletes previews by their provenance tags, never the default others need', async () => {
    const p = project((y) => y.replace(/diabetes-batch/g, 'batch-sweep'));
    const deploy = (name: string, ref: string, endpoint: string) =>
      runStep('deploy-model', { deployment: p.deployment, target: 'amlcompute', 'endpoint-name': endpoint, 'deployment-name': name }, job, {
        ...env,
        GITHUB_REF: ref,
      });
    for (const [name, ref, endpoint] of [
      ['main', 'refs/heads/main', 'batch-sweep'],
      ['pr-11', 'refs/pull/11/merge', 'batch-sweep'],
      ['pr-12', 'refs/pull/12/merge', 'batch-sweep-pr'],
    ] as const) {
      const deployed = await deploy(name, ref, endpoint);
      expect(deployed.code, deployed.stdout).toBe(0);
    }
    expect(batchDeployment('batch-sweep', 'pr-11')?.tags).toMatchObject({ 'mlship.pr': '11', 'mlship.managed': 'true' });
    const before = emulator.requests.length;
    const dry = await runStep('teardown', { 'tag-selector': 'mlship.pr', 'dry-run': 'true', target: 'amlcompute' }, job, env);
    expect(dry.code, dry.stdout).toBe(0);
    expect(JSON.parse(dry.outputs.deleted!)).toEqual(['batch-endpoint:batch-sweep-pr']);
    expect(writes(before)).toEqual([]);
    const swept = await runStep('teardown', { 'tag-selector': 'mlship.pr', target: 'amlcompute' }, job, env);
    expect(swept.code, swept.stdout).toBe(0);
    expect(JSON.parse(swept.outputs.deleted!).sort()).toEqual([
      'batch-deployment:batch-sweep-pr/pr-12',
      'batch-deployment:batch-sweep/pr-11',
      'batch-endpoint:batch-sweep-pr',
    ]);
    expect(batchEndpoint('batch-sweep-pr')).toBeUndefined();
    expect(batchDeployment('batch-sweep', 'pr-11')).toBeUndefined();
    expect(batchDeployment('batch-sweep', 'main')?.properties.provisioningState).toBe('Succeeded');
    expect((await runStep('teardown', { 'endpoint-name': 'batch-sweep', target: 'amlcompute' }, job, env)).code).toBe(0);
  });

  it('a cancelled score-batch run leaves no job running on Azure: its post step cancels it', async () => {
    const p = project((y) => y.replace(/diabetes-batch/g, 'batch-cancel'));
    writeFileSync(
      join(p.dir, 'batch', 'src', 'batch_score.py'),
      'import time\ndef init():\n    pass\ndef run(mini_batch):\n    time.sleep(300)\n    return mini_batch\n',
    );
    expect((await runStep('deploy-model', { deployment: p.deployment, target: 'amlcompute' }, job, env)).code).toBe(0);
    const scored = await runStep('score-batch', { 'endpoint-name': 'batch-cancel', input: join(p.dir, 'batch', 'data'), target: 'amlcompute' }, job, env, {
      cancelWhen: /Started batch job/,
    });
    expect(scored.code).not.toBe(0);
    const jobName = scored.state['batch-job']!;
    expect(jobName).toMatch(/^batchjob-/);
    const post = await runStep('score-batch', { target: 'amlcompute' }, job, env, { post: scored.state });
    expect(post.code, post.stdout).toBe(0);
    for (let waited = 0; emulator.store.get(`${emulator.workspaceId}/jobs/${jobName}`)?.properties.status !== 'Canceled' && waited < 10_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    expect(emulator.store.get(`${emulator.workspaceId}/jobs/${jobName}`)?.properties.status).toBe('Canceled');
  });
});
