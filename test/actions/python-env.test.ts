import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers, localDeployment } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { newJob, runStep } from '../helpers/run-action.js';

// pip may only ever reach loopback in tests: a closed port stands in for an unreachable index.
const OFFLINE = { PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_RETRIES: '0' };

function inferenceConfig(pip: string[]): string {
  return JSON.stringify({
    entryScript: 'score.py',
    sourceDirectory: 'src',
    environment: { name: 'with-packages', python: { condaDependencies: { dependencies: ['python=3', { pip }] } } },
  });
}

const jobs: { runnerTemp: string }[] = [];
afterAll(() => jobs.forEach((j) => killServers(join(j.runnerTemp, 'mlship'))));

describe('the local Python environment', () => {
  it('lists the packages pip cannot install, and starts nothing', async () => {
    const project = exampleCopy({ inferenceConfig: inferenceConfig(['pip', 'mlship-no-such-package==1.0']) });
    const job = newJob();
    jobs.push(job);
    const step = await runStep('build-env', { 'inference-config': join(project, 'inferenceconfig.json') }, job, OFFLINE);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('pip could not install: mlship-no-such-package==1.0.');
    expect(step.summary).toContain('No matching distribution found for mlship-no-such-package==1.0');
    // pip's own output is folded into a group of the runner's log, not spread through it.
    expect(step.stdout).toMatch(/::group::pip install pip mlship-no-such-package==1\.0\n[\s\S]*No matching distribution[\s\S]*::endgroup::/);
    expect(existsSync(join(job.runnerTemp, 'mlship', 'endpoints'))).toBe(false);
    // Nothing half-built is left to be taken for a cached environment, and no version was registered for it.
    expect(readdirSync(join(job.runnerTemp, 'mlship', 'venvs'))).toEqual([]);
    const registry = join(job.runnerTemp, 'mlship', 'registry.json');
    expect(existsSync(registry) ? JSON.parse(readFileSync(registry, 'utf8')).environments : {}).toEqual({});
  });

  it("azureml-defaults that cannot be installed is explained as Azure's serving stack, and can be kept for Azure only", async () => {
    const project = exampleCopy({ inferenceConfig: inferenceConfig(['azureml-defaults>=1.50', 'pip']) });
    const job = newJob();
    jobs.push(job);
    const failed = await runStep('build-env', { 'inference-config': join(project, 'inferenceconfig.json') }, job, OFFLINE);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("azureml-defaults>=1.50 is Azure's serving stack");
    expect(failed.stdout).toContain('set MLSHIP_LOCAL_SKIP_PACKAGES=azureml-defaults where mlship runs locally');
    const kept = await runStep('build-env', { 'inference-config': join(project, 'inferenceconfig.json') }, job, {
      ...OFFLINE,
      MLSHIP_LOCAL_SKIP_PACKAGES: 'azureml-defaults',
    });
    expect(kept.code, kept.stdout).toBe(0);
    expect(kept.stdout).toContain('Not installed locally (MLSHIP_LOCAL_SKIP_PACKAGES): azureml-defaults>=1.50; Azure still installs them.');
  });

  it('passes pip entries as requirements: an option in the conda file is refused before anything runs', async () => {
    const project = exampleCopy({ inferenceConfig: inferenceConfig(['--index-url=http://evil.example/simple', 'numpy']) });
    const job = newJob();
    jobs.push(job);
    const step = await runStep('build-env', { 'inference-config': join(project, 'inferenceconfig.json') }, job, OFFLINE);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('environment.python.condaDependencies: the pip entry "--index-url=http://evil.example/simple" is an option');
    expect(existsSync(join(job.runnerTemp, 'mlship', 'venvs'))).toBe(false);
  });

  it('builds a virtual environment once, reuses it by content hash, and deploys with it', async () => {
    // pip is always present in a new virtual environment, so this installs without any index.
    const project = exampleCopy({ inferenceConfig: inferenceConfig(['pip']) });
    const job = newJob();
    jobs.push(job);
    const first = await runStep('build-env', { 'inference-config': join(project, 'inferenceconfig.json') }, job, OFFLINE);
    expect(first.code, first.stdout).toBe(0);
    expect(first.summary).toContain('(new virtual environment)');
    const venvs = readdirSync(join(job.runnerTemp, 'mlship', 'venvs'));
    expect(venvs).toHaveLength(1);
    const second = await runStep('build-env', { 'inference-config': join(project, 'inferenceconfig.json') }, job, OFFLINE);
    expect(second.outputs.reused).toBe('true');
    expect(second.summary).toContain('(cached virtual environment)');
    const deployed = await runStep(
      'deploy-model',
      {
        model: join(project, 'model'),
        'inference-config': join(project, 'inferenceconfig.json'),
        'deployment-config': join(project, 'deploymentconfig.json'),
        'endpoint-name': 'venv-test',
      },
      job,
      OFFLINE,
    );
    expect(deployed.code, deployed.stdout).toBe(0);
    const waited = await runStep('wait-healthy', { 'endpoint-name': 'venv-test', timeout: '30s', 'sample-request': join(project, 'sample-request.json') }, job);
    expect(waited.outputs.state).toBe('Healthy');
    const log = readFileSync(localDeployment(join(job.runnerTemp, 'mlship'), 'venv-test', 'blue').logFile, 'utf8');
    expect(log).toContain(`python ${join(job.runnerTemp, 'mlship', 'venvs', venvs[0]!, 'bin', 'python')})`);
    await runStep('teardown', { 'endpoint-name': 'venv-test' }, job);
  });
});
