import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { ROOT, runStep } from '../helpers/run-action.js';
import { GitHubApi } from '../helpers/github-api.js';
import { writeFileSync } from 'node:fs';

// Preflight on Azure, through deploy-model (and the CLI's plan) as processes against the emulator:
// each check refuses what would fail, before anything is created, and a check whose read is
// refused is reported without blocking.

const exec = promisify(execFile);
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
useEmulatorJob({ provisioningMs: 100, kubernetesComputes: ['k8s-compute'], amlComputes: ['cpu-cluster'] }, (started) => ({ emulator, job, env } = started));

const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });
const configs = {
  model: join(project, 'model'),
  'inference-config': join(project, 'inferenceconfig.json'),
  'deployment-config': join(project, 'deploymentconfig.json'),
};

/** Writes (PUT, PATCH, DELETE, POST other than reads of keys and secrets) since `from`. */
const writesSince = (from: number) =>
  emulator.requests.slice(from).filter((r) => ['PUT', 'PATCH', 'DELETE'].includes(r.method) || (r.method === 'POST' && /startPendingUpload/.test(r.path)));

async function refusedDeploy(endpoint: string, extra: Record<string, string> = {}) {
  const before = emulator.requests.length;
  const step = await runStep('deploy-model', { ...configs, 'endpoint-name': endpoint, target: 'aci', ...extra }, job, env);
  expect(step.code).toBe(1);
  expect(step.stdout).toContain('preflight refused the deployment; nothing was created');
  // Nothing was written: no model version, no endpoint, no upload.
  expect(writesSince(before)).toEqual([]);
  expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${endpoint}`)).toBeUndefined();
  return step;
}

describe('preflight before a deployment on Azure', () => {
  it('an instance type the region does not offer is refused, naming what it offers', async () => {
    const step = await refusedDeploy('pre-sku', { 'instance-type': 'Standard_DS9_v9' });
    expect(step.stdout).toMatch(/Standard_DS9_v9 is not offered in westeurope \(offered there: Standard_DS1_v2, .*\)/);
    expect(step.summary).toContain('preflight refused the deployment');
  });

  it('quota short once the 20% upgrade reserve is counted is refused, with the figures', async () => {
    // 4 vCPUs free: one Standard_DS3_v2 (4 vCPUs) fits without the reserve, not with it (2 × 4 = 8).
    emulator.faults.quotaUsage = { standardDSv2Family: { currentValue: 6, limit: 10 } };
    try {
      const step = await refusedDeploy('pre-quota', { 'instance-type': 'Standard_DS3_v2' });
      expect(step.stdout).toContain(
        "1 × Standard_DS3_v2 needs 8 vCPUs of standardDSv2Family (4 per instance, plus Azure's 20% upgrade reserve); 4 of 10 are free",
      );
      expect(step.stdout).toContain('request 4 more vCPUs of standardDSv2Family in westeurope');
      // With room for it, the same deployment goes ahead.
      emulator.faults.quotaUsage = { standardDSv2Family: { currentValue: 2, limit: 10 } };
      const ok = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-quota', target: 'aci', 'instance-type': 'Standard_DS3_v2' }, job, env);
      expect(ok.code, ok.stdout).toBe(0);
      expect(ok.summary).toContain('**Preflight**');
      expect(ok.summary).toMatch(/✅ ok \| quota \| 1 × Standard\\_DS3\\_v2 needs 8 vCPUs/);
    } finally {
      emulator.faults.quotaUsage = undefined;
      await runStep('teardown', { 'endpoint-name': 'pre-quota', target: 'aci', 'missing-ok': 'true' }, job, env);
    }
  });

  it('a role that lacks an action the run needs is refused, naming the action and the role that grants it', async () => {
    emulator.faults.denyActions = ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/*'];
    try {
      const step = await refusedDeploy('pre-role');
      expect(step.stdout).toContain(
        'your identity may not Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/write: grant it AzureML Data Scientist on the workspace',
      );
    } finally {
      emulator.faults.denyActions = undefined;
    }
  });

  it('a new endpoint whose name is taken in the region is refused; one of this workspace is an update; a zone that answers every name leaves it unchecked', async () => {
    emulator.faults.takenEndpointNames = ['fraud-scores'];
    try {
      const step = await refusedDeploy('fraud-scores');
      expect(step.stdout).toContain('endpoint name fraud-scores is taken in westeurope (fraud-scores.westeurope.inference.ml.azure.com exists');
    } finally {
      emulator.faults.takenEndpointNames = undefined;
    }
    const first = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-name', target: 'aci' }, job, env);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toMatch(/preflight ok +endpoint-name +endpoint name pre-name is free in westeurope/);
    // The name now resolves (it is this workspace's endpoint): a redeploy is an update, not a collision.
    const again = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-name', target: 'aci' }, job, env);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(/preflight ok +endpoint-name +endpoint pre-name exists in this workspace: it is updated/);
    await runStep('teardown', { 'endpoint-name': 'pre-name', target: 'aci' }, job, env);
    emulator.faults.dnsAnswersEverything = true;
    try {
      const plan = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-wild', target: 'aci', 'plan-only': 'true' }, job, env);
      expect(plan.stdout).toMatch(
        /preflight unchecked endpoint-name +could not tell whether pre-wild is free in westeurope: westeurope\.inference\.ml\.azure\.com answers every name/,
      );
    } finally {
      emulator.faults.dnsAnswersEverything = false;
    }
  });

  it('on aks, a compute that does not exist is refused', async () => {
    const aks = exampleCopy({ deploymentConfig: { computeType: 'aks', authEnabled: true } });
    const before = emulator.requests.length;
    const step = await runStep(
      'deploy-model',
      {
        model: join(aks, 'model'),
        'inference-config': join(aks, 'inferenceconfig.json'),
        'deployment-config': join(aks, 'deploymentconfig.json'),
        'endpoint-name': 'pre-aks',
        target: 'aks',
        compute: 'no-such-cluster',
      },
      job,
      env,
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(/preflight REFUSED +compute +compute "no-such-cluster" is not attached to the workspace/);
    expect(step.summary).toContain('preflight refused the deployment; nothing was created:\n- compute: compute "no-such-cluster" is not attached');
    expect(writesSince(before)).toEqual([]);
  });

  it('a check whose read is refused is reported and does not block; preflight: false skips the checks', async () => {
    emulator.faults.denyActions = ['Microsoft.MachineLearningServices/locations/*'];
    try {
      const step = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-unread', target: 'aci' }, job, env);
      expect(step.code, step.stdout).toBe(0);
      expect(step.stdout).toMatch(
        /preflight unchecked instance-type +could not read the instance types offered in westeurope \(403 AuthorizationFailed\); not checked/,
      );
      expect(step.summary).toContain('⚪ unchecked');
    } finally {
      emulator.faults.denyActions = undefined;
      await runStep('teardown', { 'endpoint-name': 'pre-unread', target: 'aci', 'missing-ok': 'true' }, job, env);
    }
    const skipped = await runStep(
      'deploy-model',
      { ...configs, 'endpoint-name': 'pre-skip', target: 'aci', 'instance-type': 'Standard_DS9_v9', preflight: 'false' },
      job,
      env,
    );
    expect(skipped.code, skipped.stdout).toBe(0);
    expect(skipped.stdout).not.toContain('preflight');
    await runStep('teardown', { 'endpoint-name': 'pre-skip', target: 'aci', 'missing-ok': 'true' }, job, env);
  });

  it('plan shows what preflight finds, and changes nothing', async () => {
    emulator.faults.quotaUsage = { standardDSv2Family: { currentValue: 10, limit: 10 } };
    try {
      const before = emulator.requests.length;
      const { stdout } = await exec(
        process.execPath,
        [
          join(ROOT, 'bin/mlship.js'),
          'plan',
          '--model',
          join(project, 'model'),
          '--inference-config',
          join(project, 'inferenceconfig.json'),
          '--deployment-config',
          join(project, 'deploymentconfig.json'),
          '--endpoint-name',
          'pre-plan',
          '--target',
          'aci',
          '--instance-type',
          'Standard_DS3_v2',
          '--json',
        ],
        { cwd: project, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } },
      );
      const planned = JSON.parse(stdout) as { preflight: { check: string; status: string; message: string }[] };
      expect(planned.preflight.find((f) => f.check === 'quota')).toMatchObject({ status: 'refused', message: expect.stringContaining('0 of 10 are free') });
      expect(planned.preflight.find((f) => f.check === 'permissions')).toMatchObject({ status: 'ok' });
      expect(writesSince(before)).toEqual([]);
    } finally {
      emulator.faults.quotaUsage = undefined;
    }
  });

  it('a batch deployment on amlcompute is refused before any write when a role lacks what it needs', async () => {
    emulator.faults.denyActions = ['Microsoft.MachineLearningServices/workspaces/batchEndpoints/write'];
    try {
      const before = emulator.requests.length;
      const step = await runStep('deploy-model', { deployment: join(ROOT, 'examples/diabetes-batch/batch-deployment.yml'), target: 'amlcompute' }, job, env);
      expect(step.code).toBe(1);
      expect(step.stdout).toContain('your identity may not Microsoft.MachineLearningServices/workspaces/batchEndpoints/write');
      expect(writesSince(before)).toEqual([]);
    } finally {
      emulator.faults.denyActions = undefined;
    }
  });
});

describe('what a deployment costs while it runs', () => {
  it('estimates instances × the hourly price (pay-as-you-go Linux), refuses above max-hourly-cost, and the preview comment says it with when it goes', async () => {
    const api = new GitHubApi();
    await api.start();
    try {
      const event = join(job.runnerTemp, 'event-cost.json');
      writeFileSync(event, JSON.stringify({ number: 44, pull_request: { number: 44, head: { sha: 'c05tc05tc05tc05tc05tc05tc05tc05tc05tc05t' } } }));
      const github = { GITHUB_API_URL: api.url, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' };
      // Standard_DS3_v2 at 0.293 an hour (the Windows and Spot meters beside it are not the price).
      const dear = await refusedDeploy('pre-cost', { 'instance-type': 'Standard_DS3_v2', 'max-hourly-cost': '0.25' });
      expect(dear.stdout).toContain(
        'about 0.293 USD/hour while it runs: 1 × Standard_DS3_v2 at 0.293 USD/hour (pay-as-you-go Linux price in westeurope), above max-hourly-cost 0.25',
      );
      const ok = await runStep(
        'deploy-model',
        { ...configs, 'endpoint-name': 'pre-cost', target: 'aci', 'instance-type': 'Standard_DS3_v2', 'max-hourly-cost': '1' },
        job,
        {
          ...env,
          ...github,
        },
      );
      expect(ok.code, ok.stdout).toBe(0);
      expect(ok.outputs['hourly-cost']).toBe('0.293');
      const waited = await runStep(
        'wait-healthy',
        { 'endpoint-name': 'pre-cost', target: 'aci', timeout: '1m', 'pr-comment': 'true', 'github-token': 'ghs_cost_token_0123456789', 'sweep-after': '3d' },
        job,
        { ...env, ...github },
      );
      expect(waited.code, waited.stdout).toBe(0);
      const comment = api.comments.get(44)![0]!.body;
      expect(comment).toContain('| cost while it runs | about 0.293 USD/hour |');
      expect(comment).toContain('| removed | when #44 closes, or after 3d (the stale-preview sweep) |');
    } finally {
      await api.stop();
      await runStep('teardown', { 'endpoint-name': 'pre-cost', target: 'aci', 'missing-ok': 'true' }, job, env);
    }
  });

  it('a price that cannot be read is "unknown": reported, never a failure, and max-hourly-cost is then not enforced', async () => {
    emulator.faults.pricesDown = true;
    try {
      // A size this job has not priced yet: prices read earlier in the job are cached for its later steps.
      const step = await runStep(
        'deploy-model',
        { ...configs, 'endpoint-name': 'pre-noprice', target: 'aci', 'instance-type': 'Standard_F2s_v2', 'max-hourly-cost': '0.01' },
        job,
        env,
      );
      expect(step.code, step.stdout).toBe(0);
      expect(step.stdout).toMatch(/preflight unchecked cost +hourly cost unknown .*: max-hourly-cost not enforced/);
      expect(step.outputs['hourly-cost']).toBe('');
    } finally {
      emulator.faults.pricesDown = false;
      await runStep('teardown', { 'endpoint-name': 'pre-noprice', target: 'aci', 'missing-ok': 'true' }, job, env);
    }
  });

  it('max-hourly-cost that is not an amount, or without preflight, is refused by name', async () => {
    const bad = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-bad', target: 'aci', 'max-hourly-cost': 'cheap' }, job, env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input "max-hourly-cost" is "cheap"');
    const off = await runStep('deploy-model', { ...configs, 'endpoint-name': 'pre-bad', target: 'aci', 'max-hourly-cost': '2', preflight: 'false' }, job, env);
    expect(off.stdout).toContain('input "max-hourly-cost" is a preflight check: it needs preflight: true');
  });
});
