import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { previewEndpointName } from '../../src/engine/naming.js';
import { emulatorJob } from '../helpers/emulator.js';
import { GitHubApi } from '../helpers/github-api.js';
import { EXAMPLE } from '../helpers/run-action.js';
import { runWorkflow, type WorkflowRun } from '../helpers/workflow-runner.js';

let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
const api = new GitHubApi();

/** A user's repository laid out as the example workflows expect it. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-repo-'));
  cpSync(join(EXAMPLE, 'model'), join(dir, 'model'), { recursive: true });
  cpSync(join(EXAMPLE, 'src'), join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'deploy'));
  cpSync(join(EXAMPLE, 'sample-request.json'), join(dir, 'deploy', 'sample-request.json'));
  writeFileSync(join(dir, 'deploy', 'inferenceconfig.json'), JSON.stringify({ entryScript: 'score.py', sourceDirectory: '../src', environment: { name: 'fraud-env', python: { condaDependencies: { dependencies: ['python=3.11'] } } } }));
  writeFileSync(join(dir, 'deploy', 'deploymentconfig.json'), JSON.stringify({ computeType: 'aci', authEnabled: true }));
  return dir;
}

beforeAll(async () => {
  ({ emulator, job, env } = await emulatorJob({ provisioningMs: 100 }));
  await api.start();
  env = { ...env, ...emulator.oidcEnvironment(), GITHUB_API_URL: api.url };
}, 60_000);
afterAll(async () => {
  expect(emulator.invalidRequests).toEqual([]);
  expect(api.invalidRequests).toEqual([]);
  await api.stop();
  await emulator.stop();
});

function run(file: string, eventName: string, payload: Record<string, unknown>, extra: Partial<WorkflowRun> = {}) {
  const vars = { AZURE_CLIENT_ID: env.AZURE_CLIENT_ID!, AZURE_TENANT_ID: env.AZURE_TENANT_ID!, AZURE_SUBSCRIPTION_ID: env.MLSHIP_SUBSCRIPTION_ID!, AML_RESOURCE_GROUP: env.MLSHIP_RESOURCE_GROUP!, AML_WORKSPACE: env.MLSHIP_WORKSPACE! };
  const { AZURE_CLIENT_SECRET: _secret, ...oidcOnly } = env;
  return runWorkflow({ file, eventName, payload, workspace: repository(), job, env: oidcOnly, vars, ...extra });
}

const pr = (action: string, fork = false) => ({
  action, number: 21, repository: { name: 'models' },
  pull_request: { number: 21, head: { sha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', repo: { full_name: fork ? 'someone/models' : 'octo/models' } } },
});

describe('workflows-examples/pr-preview.yml, run step by step against the emulator', () => {
  const endpoint = previewEndpointName('octo/models', 21);

  it('opened: deploys the preview, smoke-tests it, comments on the PR and records a deployment', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('opened'), { ref: 'refs/pull/21/merge' });
    expect(jobs.fork!.result).toBe('skipped');
    expect(jobs.cleanup!.result).toBe('skipped');
    expect(jobs.preview!.result, JSON.stringify(jobs.preview!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-400)]))).toBe('success');
    const deploy = jobs.preview!.steps.find((s) => s.id === 'deploy')!;
    expect(deploy.outputs['endpoint-name']).toBe(endpoint);
    expect(jobs.preview!.steps.find((s) => s.id === 'wait')!.outputs.state).toBe('Healthy');
    expect(jobs.preview!.steps.at(-1)!.stdout).toContain(`Preview Healthy at ${emulator.url}/inference/${endpoint}/score`);
    expect(api.comments.get(21)).toHaveLength(1);
    expect(api.statuses.at(-1)).toMatchObject({ state: 'success', environment_url: `${emulator.url}/inference/${endpoint}/score` });
  });

  it('pushed again: the same endpoint, nothing redeployed, the comment updated in place', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('synchronize'), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('success');
    expect(jobs.preview!.steps.find((s) => s.id === 'deploy')!.outputs.changed).toBe('false');
    expect(api.comments.get(21)).toHaveLength(1);
  });

  it('from a fork: a notice, no deployment', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('opened', true), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.fork!.steps[0]!.stdout).toContain('::notice title=No preview::');
  });

  it('closed: the preview is torn down', async () => {
    const jobs = await run('pr-preview.yml', 'pull_request', pr('closed'), { ref: 'refs/pull/21/merge' });
    expect(jobs.preview!.result).toBe('skipped');
    expect(jobs.cleanup!.result, JSON.stringify(jobs.cleanup!.steps.map((s) => [s.id, s.outcome, s.stdout.slice(-300)]))).toBe('success');
    expect(JSON.parse(jobs.cleanup!.steps.at(-1)!.outputs.deleted!)).toEqual([`endpoint:${endpoint}`]);
    expect(emulator.store.get(`${emulator.workspaceId}/onlineEndpoints/${endpoint}`)).toBeUndefined();
  });
});
