import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewEndpointName } from '../../src/engine/naming.js';
import { killServers } from '../helpers/cleanup.js';
import { EXAMPLE, newJob, runStep } from '../helpers/run-action.js';

const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));
const configs = {
  model: join(EXAMPLE, 'model'),
  'inference-config': join(EXAMPLE, 'inferenceconfig.json'),
  'deployment-config': join(EXAMPLE, 'deploymentconfig.json'),
};

describe('plan-only', () => {
  it('reports what would be created and changes nothing; after a deploy, reports no change', async () => {
    const before = await runStep('deploy-model', { ...configs, 'endpoint-name': 'planned', 'plan-only': 'true' }, job);
    expect(before.code, before.stdout).toBe(0);
    const plan = JSON.parse(before.outputs.plan!) as { resource: string; action: string }[];
    expect(plan.find((i) => i.resource === 'deployment')?.action).toBe('create');
    expect(before.summary).toContain('| deployment | planned/blue | create |');
    expect(existsSync(join(job.runnerTemp, 'mlship', 'endpoints'))).toBe(false);
    await runStep('deploy-model', { ...configs, 'endpoint-name': 'planned' }, job);
    const after = await runStep('deploy-model', { ...configs, 'endpoint-name': 'planned', 'plan-only': 'true' }, job);
    expect(JSON.parse(after.outputs.plan!).every((i: { action: string }) => i.action === 'unchanged')).toBe(true);
    expect(after.summary).toContain('no change');
    await runStep('teardown', { 'endpoint-name': 'planned' }, job);
  });
});

describe('preview endpoints', () => {
  it('take a collision-safe name from the pull request, the same on every push', async () => {
    const event = join(job.runnerTemp, 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42 } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const first = await runStep('deploy-model', { ...configs, preview: 'true' }, job, env);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['endpoint-name']).toBe(previewEndpointName('octo/models', 42, 'model'));
    const second = await runStep('deploy-model', { ...configs, preview: 'true' }, job, env);
    expect(second.outputs['endpoint-name']).toBe(first.outputs['endpoint-name']);
    expect(second.outputs.changed).toBe('false');
    await runStep('teardown', { 'endpoint-name': first.outputs['endpoint-name']! }, job);
  });

  it('a matrix over two models gets two previews; an explicit endpoint name beside preview is refused', async () => {
    const event = join(job.runnerTemp, 'event-matrix.json');
    writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 43, pull_request: { number: 43 } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const a = await runStep('deploy-model', { ...configs, model: 'fraud:3', preview: 'true', 'plan-only': 'true' }, job, env);
    const b = await runStep('deploy-model', { ...configs, model: 'churn@latest', preview: 'true', 'plan-only': 'true' }, job, env);
    const again = await runStep('deploy-model', { ...configs, model: 'fraud:4', preview: 'true', 'plan-only': 'true' }, job, env);
    expect(a.outputs['endpoint-name']).toBe(previewEndpointName('octo/models', 43, 'fraud'));
    expect(b.outputs['endpoint-name']).not.toBe(a.outputs['endpoint-name']);
    // Another version of the same model (the next push) is the same preview.
    expect(again.outputs['endpoint-name']).toBe(a.outputs['endpoint-name']);
    const both = await runStep('deploy-model', { ...configs, preview: 'true', 'endpoint-name': 'mine' }, job, env);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('give either "preview: true"');
  });

  it('outside a pull request, preview fails clearly before anything happens', async () => {
    const step = await runStep('deploy-model', { ...configs, preview: 'true' }, job, { GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' });
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('preview: true needs a pull_request run');
  });
});
