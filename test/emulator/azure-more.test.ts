import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, runStep } from '../helpers/run-action.js';

let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };

useEmulatorJob({ provisioningMs: 200 }, (started) => ({ emulator, job, env } = started));

const expected = JSON.parse(readFileSync(join(EXAMPLE, 'expected-response.json'), 'utf8'));

describe('Azure sign-in', () => {
  it('GitHub OIDC federation: no secret, the ID token is exchanged for an ARM token', async () => {
    const { AZURE_CLIENT_SECRET: _secret, AZURE_CLIENT_ID: clientId, AZURE_TENANT_ID: tenantId, ...rest } = env;
    const step = await runStep(
      'register-model',
      {
        'model-name': 'oidc-model',
        'model-path': join(EXAMPLE, 'model'),
        target: 'aci',
        'client-id': clientId!,
        'tenant-id': tenantId!,
      },
      job,
      { ...rest, ...emulator.oidcEnvironment() },
    );
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.outputs['model-id']).toBe('oidc-model:1');
  });

  it('without any credential, says which three ways there are to set one up', async () => {
    const { AZURE_CLIENT_SECRET: _secret, AZURE_CLIENT_ID: _c, AZURE_TENANT_ID: _t, ...rest } = env;
    const step = await runStep('register-model', { 'model-name': 'm', 'model-path': join(EXAMPLE, 'model'), target: 'aci' }, job, {
      ...rest,
      HOME: job.runnerTemp,
    });
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('no Azure credentials');
    expect(step.stdout).toContain('id-token: write');
    expect(step.stdout).toContain('azure/login');
  });

  it('a wrong client secret is refused with the sign-in error, and nothing is created', async () => {
    const step = await runStep('register-model', { 'model-name': 'never', 'model-path': join(EXAMPLE, 'model'), target: 'aci' }, job, {
      ...env,
      AZURE_CLIENT_SECRET: 'wrong-secret',
    });
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('Azure sign-in with the service principal secret failed');
    expect(emulator.store.get(`${emulator.workspaceId}/models/never/versions/1`)).toBeUndefined();
  });
});

describe('an azure/login session', () => {
  it('is used through the Azure CLI when no other credential is set', async () => {
    const { chmodSync, mkdirSync } = await import('node:fs');
    // A stand-in `az` that answers `az account get-access-token` the way the real one does, with a
    // token it gets from the emulator's Entra endpoint (as `az login` would have).
    const bin = join(job.runnerTemp, 'fake-az-bin');
    const config = join(job.runnerTemp, 'fake-az-config');
    mkdirSync(bin, { recursive: true });
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'azureProfile.json'), '{"subscriptions": []}');
    writeFileSync(
      join(bin, 'az'),
      `#!/bin/sh
token=$(curl -s --cacert "${env.NODE_EXTRA_CA_CERTS}" -d "grant_type=client_credentials&client_id=${env.AZURE_CLIENT_ID}&client_secret=${env.AZURE_CLIENT_SECRET}&scope=x" "${emulator.url}/${env.AZURE_TENANT_ID}/oauth2/v2.0/token" | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
echo "{\\"accessToken\\": \\"$token\\", \\"expiresOn\\": \\"2099-01-01 00:00:00.000000\\", \\"expires_on\\": 4070908800, \\"tokenType\\": \\"Bearer\\"}"
`,
    );
    chmodSync(join(bin, 'az'), 0o755);
    const { AZURE_CLIENT_SECRET: _s, AZURE_CLIENT_ID: _c, AZURE_TENANT_ID: _t, ...rest } = env;
    const step = await runStep('register-model', { 'model-name': 'cli-session', 'model-path': join(EXAMPLE, 'model'), target: 'aci' }, job, {
      ...rest,
      AZURE_CONFIG_DIR: config,
      PATH: `${bin}:${process.env.PATH}`,
    });
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.outputs['model-id']).toBe('cli-session:1');
  });
});

describe('the aks target', () => {
  const project = exampleCopy({
    deploymentConfig: {
      computeType: 'AKS',
      tokenAuthEnabled: true,
      autoScaler: { autoscaleEnabled: true, minReplicas: 1, maxReplicas: 3 },
      containerResourceRequirements: { cpu: 0.5, memoryInGB: 1 },
    },
  });
  const configs = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };

  it('refuses a compute that is not attached, naming it', async () => {
    const step = await runStep(
      'deploy-model',
      { model: join(project, 'model'), ...configs, 'endpoint-name': 'diabetes-aks', compute: 'no-such-cluster' },
      job,
      env,
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('compute "no-such-cluster" is not attached');
  });

  it('deploys to the Kubernetes compute with token auth, autoscale and resources; scores with an aml token', async () => {
    const deployed = await runStep(
      'deploy-model',
      { model: join(project, 'model'), ...configs, 'endpoint-name': 'diabetes-aks', compute: 'k8s-compute' },
      job,
      env,
    );
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const deployment = emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aks/deployments/blue`)!;
    expect(deployment.properties).toMatchObject({
      endpointComputeType: 'Kubernetes',
      scaleSettings: { scaleType: 'TargetUtilization', minInstances: 1, maxInstances: 3 },
    });
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aks`)!.properties.authMode).toBe('AMLToken');
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'diabetes-aks', timeout: '2m', 'sample-request': join(project, 'sample-request.json'), target: 'aks' },
      job,
      env,
    );
    expect(waited.code, waited.stdout + waited.stderr).toBe(0);
    expect(JSON.parse(waited.outputs['sample-response']!)).toEqual(expected);
    const tokens = [...emulator.tokens.keys()];
    expect(tokens.length).toBeGreaterThan(0);
    // Masked the moment it was read: the runner hides it from every later line.
    expect(tokens.some((token) => waited.stdout.includes(`::add-mask::${token}`))).toBe(true);
    for (const token of tokens)
      expect(
        waited.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(token);
    expect(deployment.properties.containerResourceRequirements).toEqual({ containerResourceRequests: { cpu: '0.5', memory: '1024Mi' } });

    // The autoscaler scales out: its capacity is not drift, and a redeploy leaves it alone.
    deployment.sku = { ...deployment.sku, capacity: 3 };
    const again = await runStep(
      'deploy-model',
      { model: join(project, 'model'), ...configs, 'endpoint-name': 'diabetes-aks', compute: 'k8s-compute' },
      job,
      env,
    );
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(/instance count/);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/diabetes-aks/deployments/blue`)!.sku?.capacity).toBe(3);

    const down = await runStep('teardown', { 'endpoint-name': 'diabetes-aks', target: 'aks' }, job, env);
    expect(JSON.parse(down.outputs.deleted!)).toEqual(['deployment:diabetes-aks/blue', 'endpoint:diabetes-aks']);
  });

  it("refuses a namespace that is not the compute's, before anything is created", async () => {
    const other = exampleCopy({ deploymentConfig: { computeType: 'AKS', namespace: 'ml-prod', computeTarget: 'k8s-compute' } });
    const step = await runStep(
      'deploy-model',
      {
        model: join(other, 'model'),
        'inference-config': join(other, 'inferenceconfig.json'),
        'deployment-config': join(other, 'deploymentconfig.json'),
        'endpoint-name': 'ns-check',
      },
      job,
      env,
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('namespace "ml-prod" in the deployment config is not the namespace of compute "k8s-compute" ("default")');
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/ns-check`)).toBeUndefined();
  });
});

describe('environments pinned by version', () => {
  it('a pinned version whose content changed is registered anew (with a warning), never reused', async () => {
    const pinned = (packages: string[]) =>
      exampleCopy({
        inferenceConfig: JSON.stringify({
          entryScript: 'score.py',
          sourceDirectory: 'src',
          environment: {
            name: 'pinned-env',
            version: '3',
            python: { condaDependencies: { channels: ['conda-forge'], dependencies: ['python=3.11', { pip: packages }] } },
          },
        }),
      });
    const first = await runStep('build-env', { 'inference-config': join(pinned(['joblib']), 'inferenceconfig.json'), target: 'aci' }, job, env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ 'environment-id': 'pinned-env:3', reused: 'false' });
    const changed = await runStep('build-env', { 'inference-config': join(pinned(['joblib', 'scipy']), 'inferenceconfig.json'), target: 'aci' }, job, env);
    expect(changed.code, changed.stdout + changed.stderr).toBe(0);
    expect(changed.outputs).toMatchObject({ 'environment-id': 'pinned-env:4', reused: 'false' });
    expect(changed.stdout).toContain('already exists with other packages');
    const condaFile = emulator.store.get(`${emulator.workspaceId}/environments/pinned-env/versions/4`)!.properties.condaFile as string;
    expect(condaFile).toContain('scipy');
  });
});

describe('sweep on Azure', () => {
  it('deletes previews older than the limit, by their tags and creation time', async () => {
    const deployed = await runStep(
      'deploy-model',
      { model: join(EXAMPLE, 'model'), 'inference-config': join(EXAMPLE, 'inferenceconfig.json'), target: 'aci', 'endpoint-name': 'old-preview' },
      job,
      env,
    );
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const stored = emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/old-preview`)!;
    expect(stored.tags?.['mlship.pr']).toBe('7');
    stored.systemData.createdAt = new Date(Date.now() - 5 * 86_400_000).toISOString();
    const swept = await runStep('teardown', { 'tag-selector': 'mlship.pr', 'older-than': '3d', target: 'aci' }, job, env);
    expect(swept.code, swept.stdout).toBe(0);
    expect(JSON.parse(swept.outputs.deleted!)).toEqual(['deployment:old-preview/blue', 'endpoint:old-preview']);
  });
});

describe('models already in the workspace', () => {
  it('registers a datastore path without uploading, and reuses the version for the same path', async () => {
    const uri = 'azureml://subscriptions/s/resourcegroups/rg/workspaces/ws/datastores/workspaceblobstore/paths/jobs/train-42/outputs/model';
    const first = await runStep('register-model', { 'model-name': 'from-job', 'model-path': uri, target: 'aci' }, job, env);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ 'model-id': 'from-job:1', reused: 'false' });
    expect(emulator.store.get(`${emulator.workspaceId}/models/from-job/versions/1`)!.properties.modelUri).toBe(uri);
    const again = await runStep('register-model', { 'model-name': 'from-job', 'model-path': uri, target: 'aci' }, job, env);
    expect(again.outputs).toMatchObject({ 'model-id': 'from-job:1', reused: 'true' });
  });
});

describe('environments', () => {
  it('build-env uploads a Docker build context and registers it; an unchanged context reuses the version', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mlship-envctx-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'context'));
    writeFileSync(
      join(dir, 'context', 'Dockerfile'),
      'FROM mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04\nRUN pip install azureml-inference-server-http\n',
    );
    writeFileSync(
      join(dir, 'env.yml'),
      '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json\nname: docker-context-example\nbuild:\n  path: context\n',
    );
    const first = await runStep('build-env', { environment: join(dir, 'env.yml'), target: 'aci' }, job, env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ 'environment-id': 'docker-context-example:1', reused: 'false' });
    const stored = emulator.store.get(`${emulator.workspaceId}/environments/docker-context-example/versions/1`)!;
    // The object hash (md5) names the folder and the URI ends with a slash, as azure-ai-ml writes it.
    expect(stored.properties.build.contextUri).toMatch(/\/LocalUpload\/[0-9a-f]{32}\/context\/$/);
    const again = await runStep('build-env', { environment: join(dir, 'env.yml'), target: 'aci' }, job, env);
    expect(again.outputs).toMatchObject({ 'environment-id': 'docker-context-example:1', reused: 'true' });
  });

  it('an endpoint name Azure would refuse is caught before any request is sent', async () => {
    const before = emulator.requests.length;
    const step = await runStep(
      'deploy-model',
      { model: join(EXAMPLE, 'model'), 'inference-config': join(EXAMPLE, 'inferenceconfig.json'), target: 'aci', 'endpoint-name': 'ab' },
      job,
      env,
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('"ab" has 2 characters');
    expect(emulator.requests.length).toBe(before);
  });
});

describe('environments named by reference', () => {
  const deploymentYaml = (dir: string, environment: string) => {
    const file = join(dir, 'deployment.yml');
    writeFileSync(
      file,
      `name: blue\nendpoint_name: by-reference\nmodel:\n  path: model\ncode_configuration:\n  code: src\n  scoring_script: score.py\nenvironment: ${environment}\ninstance_type: Standard_DS2_v2\n`,
    );
    return file;
  };

  it('a curated environment (azureml:AzureML-…@latest) is used as it is: its ARM id reaches the deployment, nothing is registered', async () => {
    const dir = exampleCopy();
    const step = await runStep('deploy-model', { deployment: deploymentYaml(dir, 'azureml:AzureML-sklearn-1.5@latest'), target: 'aci' }, job, env);
    expect(step.code, step.stdout + step.stderr).toBe(0);
    const deployment = emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/by-reference/deployments/blue`)!;
    expect(deployment.properties.environmentId).toBe(`${emulator.workspaceId}/environments/AzureML-sklearn-1.5/versions/1`);
    expect(emulator.store.children(emulator.workspaceId, 'environments').map((e) => e.name)).not.toContainEqual(expect.stringMatching(/^mlship-env-/));
    await runStep('teardown', { 'endpoint-name': 'by-reference', target: 'aci' }, job, env);
  });

  it('a reference to an environment the workspace does not have is an error before the endpoint is created', async () => {
    const dir = exampleCopy();
    const step = await runStep('deploy-model', { deployment: deploymentYaml(dir, 'azureml:no-such-env:3'), target: 'aci' }, job, env);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('environment azureml:no-such-env:3 is not in the workspace');
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/by-reference`)).toBeUndefined();
  });
});
