import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { killServers, scoringProcesses } from '../helpers/cleanup.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, newJob, runStep } from '../helpers/run-action.js';

const sample = join(EXAMPLE, 'sample-request.json');

describe('kill -9 at each step of a local deploy, then teardown and redeploy', () => {
  const job = newJob();
  const home = join(job.runnerTemp, 'mlship');
  afterAll(() => killServers(home));
  const project = exampleCopy();
  const inputs = (endpoint: string) => ({
    model: join(project, 'model'),
    'inference-config': join(project, 'inferenceconfig.json'),
    'deployment-config': join(project, 'deploymentconfig.json'),
    'endpoint-name': endpoint,
  });

  it.each(['deploy:endpoint-created', 'local:recorded', 'local:started', 'deploy:submitted'])(
    'killed at %s: nothing is left running once teardown has run, and a redeploy starts exactly one server',
    async (point) => {
      const endpoint = `crash-${point.replace(/[^a-z]/g, '')}`.slice(0, 32);
      const crashed = await runStep('deploy-model', inputs(endpoint), job, { MLSHIP_TEST_CRASH_AT: point });
      expect(crashed.code, crashed.stdout).not.toBe(0);
      const down = await runStep('teardown', { 'endpoint-name': endpoint }, job);
      expect(down.code, down.stdout).toBe(0);
      expect(scoringProcesses(`${home}|${endpoint}|`)).toEqual([]);
      // Crash again, then deploy over it: the orphan is replaced, not joined by a second server.
      await runStep('deploy-model', inputs(endpoint), job, { MLSHIP_TEST_CRASH_AT: point });
      const redeployed = await runStep('deploy-model', inputs(endpoint), job);
      expect(redeployed.code, redeployed.stdout).toBe(0);
      const waited = await runStep('wait-healthy', { 'endpoint-name': endpoint, timeout: '30s', 'sample-request': sample }, job);
      expect(waited.outputs.state).toBe('Healthy');
      expect(scoringProcesses(`${home}|${endpoint}|`)).toHaveLength(2); // the front door and its one worker
      await runStep('teardown', { 'endpoint-name': endpoint }, job);
      expect(scoringProcesses(`${home}|${endpoint}|`)).toEqual([]);
    },
  );

  it('a recorded pid that now belongs to another process is never signalled', async () => {
    const { spawn } = await import('node:child_process');
    const deployed = await runStep('deploy-model', inputs('recycled-pid'), job);
    expect(deployed.code, deployed.stdout).toBe(0);
    const record = join(home, 'endpoints', 'recycled-pid.json');
    const state = JSON.parse(readFileSync(record, 'utf8'));
    const real = state.deployments.blue.server.pid as number;
    process.kill(-real, 'SIGKILL');
    // An unrelated process takes the recorded pid's place (as a recycled pid would).
    const stranger = spawn('sleep', ['600'], { stdio: 'ignore' });
    state.deployments.blue.server.pid = stranger.pid;
    (await import('node:fs')).writeFileSync(record, JSON.stringify(state));
    const down = await runStep('teardown', { 'endpoint-name': 'recycled-pid' }, job);
    expect(down.code, down.stdout).toBe(0);
    expect(stranger.exitCode).toBeNull();
    expect(stranger.signalCode).toBeNull();
    stranger.kill('SIGKILL');
  });
});

describe('kill -9 at each step of a deploy to aci, then teardown and redeploy', () => {
  let emulator: WorkspaceEmulator;
  let env: Record<string, string>;
  let job: { runnerTemp: string };
  useEmulatorJob({}, (started) => ({ emulator, job, env } = started));
  const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });
  const inputs = (endpoint: string) => ({
    model: join(project, 'model'),
    'inference-config': join(project, 'inferenceconfig.json'),
    'deployment-config': join(project, 'deploymentconfig.json'),
    'endpoint-name': endpoint,
    target: 'aci',
  });

  it.each(['deploy:endpoint-created', 'azure:code-uploaded', 'deploy:submitted'])(
    'killed at %s: teardown leaves no endpoint, deployment or scoring process; a redeploy serves',
    async (point) => {
      const endpoint = `aci-${point.replace(/[^a-z]/g, '')}`.slice(0, 32);
      const crashed = await runStep('deploy-model', inputs(endpoint), job, { ...env, MLSHIP_TEST_CRASH_AT: point });
      expect(crashed.code, crashed.stdout).not.toBe(0);
      const down = await runStep('teardown', { 'endpoint-name': endpoint, target: 'aci' }, job, env);
      expect(down.code, down.stdout).toBe(0);
      const id = `${emulator.workspaceId}/onlineEndpoints/${endpoint}`;
      expect(emulator.store.get(id)).toBeUndefined();
      expect(emulator.store.children(id, 'deployments')).toEqual([]);
      expect(emulator.runtime?.port(`${id}/deployments/blue`)).toBeUndefined();
      const redeployed = await runStep('deploy-model', inputs(endpoint), job, env);
      expect(redeployed.code, redeployed.stdout).toBe(0);
      const waited = await runStep(
        'wait-healthy',
        { 'endpoint-name': endpoint, timeout: '1m', 'sample-request': join(project, 'sample-request.json'), target: 'aci' },
        job,
        env,
      );
      expect(waited.outputs.state, waited.stdout).toBe('Healthy');
      await runStep('teardown', { 'endpoint-name': endpoint, target: 'aci' }, job, env);
      expect(emulator.store.get(id)).toBeUndefined();
    },
  );
});
