import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AZURITE_ACCOUNT } from '../../src/emulator/azurite.js';
import type { DeploymentFailure } from '../../src/emulator/handler.js';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { GitHubApi } from '../helpers/github-api.js';
import { runStep } from '../helpers/run-action.js';

// A deployment that fails on Azure, through deploy-model and wait-healthy as processes against the
// emulator told to fail it as Azure does (error codes and messages from Microsoft's troubleshooting
// guide for online endpoints): the diagnosis output, the job summary and the PR comment each say
// the class, the cause, the evidence and the fix.

let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
useEmulatorJob({ provisioningMs: 100 }, (started) => ({ emulator, job, env } = started));

const api = new GitHubApi();
const token = 'ghs_diagnosis_token_0123456789abcdef';
let githubEnv: Record<string, string>;
beforeAll(async () => {
  await api.start();
  const event = join(job.runnerTemp, 'event.json');
  writeFileSync(event, JSON.stringify({ number: 31, pull_request: { number: 31, head: { sha: 'd1a9d1a9d1a9d1a9d1a9d1a9d1a9d1a9d1a9d1a9' } } }));
  githubEnv = { GITHUB_API_URL: api.url, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' };
});
afterAll(async () => {
  expect(api.invalidRequests).toEqual([]);
  await api.stop();
});

const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });
const configs = {
  model: join(project, 'model'),
  'inference-config': join(project, 'inferenceconfig.json'),
  'deployment-config': join(project, 'deploymentconfig.json'),
};
const TSG = 'Please see troubleshooting guide, available here: https://aka.ms/oe-tsg';

interface Case {
  name: string;
  failure: DeploymentFailure;
  expected: { class: string; cause: RegExp; evidence: RegExp; fix: RegExp; code?: string };
}

const CASES: Case[] = [
  {
    name: 'image build: a package that does not exist',
    failure: {
      code: 'ImageBuildFailure',
      message: `Image build failed. Check the build log under the storage account '${AZURITE_ACCOUNT}' in the container 'azureml' at the path 'ImageLogs/3f2a9c/build.log'. ${TSG}#error-imagebuildfailure`,
      buildLog: {
        container: 'azureml',
        path: 'ImageLogs/3f2a9c/build.log',
        text: [
          'Step 7/12 : RUN conda env create -p /azureml-envs/env -f conda.yml',
          'Installing pip dependencies: ...working... Pip subprocess error:',
          'ERROR: Could not find a version that satisfies the requirement scikit-learnn==1.3.0 (from versions: none)',
          'ERROR: No matching distribution found for scikit-learnn==1.3.0',
          'CondaEnvException: Pip failed',
        ].join('\n'),
      },
    },
    expected: {
      class: 'image-build',
      cause: /package scikit-learnn==1\.3\.0 does not exist/,
      evidence: /No matching distribution found for scikit-learnn==1\.3\.0/,
      fix: /conda file or requirements/,
      code: 'ImageBuildFailure',
    },
  },
  {
    name: 'init() raised',
    failure: {
      code: 'ResourceNotReady',
      message: `User container has crashed or terminated. ${TSG}#error-resourcenotready`,
      logs: {
        inferenceServer: [
          '2026-12-07 10:00:01,001 I [12] azmlinfsrv - Starting up app insights client',
          'Traceback (most recent call last):',
          '  File "/var/azureml-app/score.py", line 9, in init',
          '    threshold = config["threshold"]',
          "KeyError: 'threshold'",
        ].join('\n'),
      },
    },
    expected: { class: 'init-exception', cause: /init\(\) in score\.py raised KeyError/, evidence: /KeyError: 'threshold'/, fix: /Fix init\(\)/ },
  },
  {
    name: 'a module the environment lacks',
    failure: {
      code: 'ResourceNotReady',
      message: `User container has crashed or terminated. ${TSG}#error-resourcenotready`,
      logs: {
        inferenceServer: [
          'Traceback (most recent call last):',
          '  File "/var/azureml-app/score.py", line 3, in <module>',
          '    import lightgbm',
          "ModuleNotFoundError: No module named 'lightgbm'",
        ].join('\n'),
      },
    },
    expected: { class: 'missing-module', cause: /imports lightgbm/, evidence: /No module named 'lightgbm'/, fix: /Add the package that provides lightgbm/ },
  },
  {
    name: 'out of memory',
    failure: {
      code: 'PodOutOfMemory',
      message: 'The deployment pod was terminated: the container exceeded its memory limit (OOMKilled, exit code 137).',
    },
    expected: { class: 'out-of-memory', cause: /ran out of memory/, evidence: /OOMKilled/, fix: /more memory/, code: 'PodOutOfMemory' },
  },
  {
    name: 'probes that never pass',
    failure: {
      code: 'ResourceNotReady',
      message: `User container has crashed or terminated: Liveness probe failed: Get "http://10.0.0.4:31311/": dial tcp 10.0.0.4:31311: connect: connection refused. ${TSG}#error-resourcenotready`,
    },
    expected: { class: 'probe-timeout', cause: /health probes/, evidence: /Liveness probe failed/, fix: /initial_delay/ },
  },
  {
    name: 'quota, with the reserve',
    failure: {
      code: 'OutOfQuota',
      message: `Not enough quota available for Standard_DS3_v2 in SubscriptionId 00000000-0000-0000-0000-000000000000. Current usage/limit: 4/10. Additional needed: 8 ${TSG}#error-outofquota`,
    },
    expected: { class: 'quota', cause: /quota for this instance type/, evidence: /Additional needed: 8/, fix: /20% more cores/, code: 'OutOfQuota' },
  },
  {
    name: "the endpoint identity's missing roles",
    failure: {
      code: 'BadArgument',
      message: `Startup task failed due to incorrect role assignments on resource. ${TSG}#error-badargument`,
    },
    expected: { class: 'permission', cause: /endpoint's identity/, evidence: /incorrect role assignments/, fix: /AcrPull/ },
  },
  {
    name: 'a model the storage initializer cannot download',
    failure: {
      code: 'BadArgument',
      message: `Unable to download user model. ${TSG}#error-badargument`,
      logs: { storageInitializer: 'Downloading azureml://models/diabetes/versions/3\nERROR: blob not found: LocalUpload/0c1d/diabetes.json' },
    },
    expected: { class: 'model-download', cause: /storage initializer/, evidence: /blob not found/, fix: /registered in this workspace/ },
  },
  {
    name: 'a name already taken',
    failure: { code: 'EndpointAlreadyExists', message: 'The endpoint name already exists in the cluster.' },
    expected: {
      class: 'name-taken',
      cause: /already exists/,
      evidence: /already exists in the cluster/,
      fix: /another endpoint name/,
      code: 'EndpointAlreadyExists',
    },
  },
  {
    name: 'an error mlship cannot name',
    failure: { code: 'InternalServerError', message: 'Something went wrong on our side. ::warning::not a command' },
    expected: { class: 'unclassified', cause: /InternalServerError/, evidence: /Something went wrong/, fix: /aka\.ms\/oe-tsg/, code: 'InternalServerError' },
  },
];

describe('wait-healthy says why a deployment failed on Azure', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const endpoint = `diag-${i}`;
    emulator.faults.failDeploymentWith = c.failure;
    try {
      const deployed = await runStep('deploy-model', { ...configs, 'endpoint-name': endpoint }, job, env);
      expect(deployed.code, deployed.stdout).toBe(0);
      const waited = await runStep(
        'wait-healthy',
        { 'endpoint-name': endpoint, target: 'aci', timeout: '1m', 'pr-comment': 'true', 'github-token': token },
        job,
        { ...env, ...githubEnv },
      );
      expect(waited.code).toBe(1);
      expect(waited.outputs.state).toBe('Failed');
      const diagnosis = JSON.parse(waited.outputs.diagnosis!);
      expect(diagnosis.class).toBe(c.expected.class);
      expect(diagnosis.cause).toMatch(c.expected.cause);
      expect(diagnosis.evidence.join('\n')).toMatch(c.expected.evidence);
      expect(diagnosis.fix).toMatch(c.expected.fix);
      if (c.expected.code) expect(diagnosis.code).toBe(c.expected.code);
      // The log, the summary and the comment say it too; Azure's text cannot act as a workflow command.
      expect(waited.stdout).toContain(`Diagnosis: ${c.expected.class}`);
      expect(waited.stdout.split('\n').filter((l) => l.startsWith('::warning::not a command'))).toEqual([]);
      expect(waited.summary).toContain(`**Diagnosis: ${c.expected.class}**`);
      const comment = api.comments.get(31)!.find((x) => x.body.includes(`<!-- mlship-preview:${endpoint} -->`))!.body;
      expect(comment).toContain(`**Diagnosis: ${c.expected.class}**`);
      expect(comment).toContain('**Fix:**');
      expect(
        waited.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(token);
    } finally {
      emulator.faults.failDeploymentWith = undefined;
      await runStep('teardown', { 'endpoint-name': endpoint, target: 'aci', 'missing-ok': 'true' }, job, env);
    }
  });

  it('Azure refusing a write outright (no quota at the PUT) gets a diagnosis too', async () => {
    emulator.faults.quotaExceeded = true;
    try {
      const deployed = await runStep('deploy-model', { ...configs, 'endpoint-name': 'diag-quota-put' }, job, env);
      expect(deployed.code).toBe(1);
      expect(deployed.stdout).toContain('Diagnosis: quota');
      expect(deployed.summary).toContain('**Diagnosis: quota**');
    } finally {
      emulator.faults.quotaExceeded = false;
      await runStep('teardown', { 'endpoint-name': 'diag-quota-put', target: 'aci', 'missing-ok': 'true' }, job, env);
    }
  });

  it("on Kubernetes, the instance type's requests and limits on the compute are part of the evidence", async () => {
    const aks = exampleCopy({ deploymentConfig: { computeType: 'aks', authEnabled: true } });
    emulator.faults.failDeploymentWith = {
      code: 'PodOutOfMemory',
      message: 'The deployment pod was terminated: the container exceeded its memory limit (OOMKilled).',
    };
    try {
      const inputs = {
        model: join(aks, 'model'),
        'inference-config': join(aks, 'inferenceconfig.json'),
        'deployment-config': join(aks, 'deploymentconfig.json'),
        'endpoint-name': 'diag-aks',
        target: 'aks',
        compute: 'k8s-compute',
      };
      expect((await runStep('deploy-model', inputs, job, env)).code).toBe(0);
      const waited = await runStep('wait-healthy', { 'endpoint-name': 'diag-aks', target: 'aks', timeout: '1m' }, job, env);
      const diagnosis = JSON.parse(waited.outputs.diagnosis!);
      expect(diagnosis.class).toBe('out-of-memory');
      expect(diagnosis.evidence).toContain(
        'instance type: defaultinstancetype on compute k8s-compute requests cpu 1, memory 4Gi, limited to cpu 1, memory 4Gi',
      );
    } finally {
      emulator.faults.failDeploymentWith = undefined;
      await runStep('teardown', { 'endpoint-name': 'diag-aks', target: 'aks', 'missing-ok': 'true' }, job, env);
    }
  });

  it('a Healthy deployment has an empty diagnosis', async () => {
    expect((await runStep('deploy-model', { ...configs, 'endpoint-name': 'diag-ok' }, job, env)).code).toBe(0);
    const waited = await runStep('wait-healthy', { 'endpoint-name': 'diag-ok', target: 'aci', timeout: '1m' }, job, env);
    expect(waited.code, waited.stdout).toBe(0);
    expect(waited.outputs.diagnosis).toBe('');
    await runStep('teardown', { 'endpoint-name': 'diag-ok', target: 'aci' }, job, env);
  });
});
