import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { runStep } from '../helpers/run-action.js';

// Real Azure sends no Retry-After while a deployment provisions (recordings); where a service
// does, wait-healthy waits at least that long between looks instead of its own faster pace.
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
useEmulatorJob({ provisioningMs: 50 }, (started) => ({ emulator, job, env } = started));

const project = exampleCopy({ deploymentConfig: { computeType: 'aci', authEnabled: true } });
const configs = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };

async function looksWhileHeld(endpoint: string, retryAfter: number | undefined): Promise<number> {
  const release = emulator.holdDeployments();
  try {
    emulator.faults.provisioningRetryAfterSeconds = retryAfter;
    const deployed = await runStep('deploy-model', { model: join(project, 'model'), ...configs, 'endpoint-name': endpoint }, job, env);
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const before = emulator.requests.filter((r) => r.operationId === 'OnlineDeployments_Get').length;
    // Fast own pace (50 ms to 100 ms) and a 3 s deadline while the deployment is held in Creating.
    const waited = await runStep('wait-healthy', { 'endpoint-name': endpoint, 'deployment-name': 'blue', target: 'aci', timeout: '3s' }, job, {
      ...env,
      MLSHIP_POLL: '50ms/100ms',
    });
    expect(waited.code).toBe(1);
    return emulator.requests.filter((r) => r.operationId === 'OnlineDeployments_Get').length - before;
  } finally {
    emulator.faults.provisioningRetryAfterSeconds = undefined;
    release();
  }
}

describe('wait-healthy and Retry-After', () => {
  it('looks at its own pace without Retry-After, and no more often than Retry-After asks when it is sent', async () => {
    const own = await looksWhileHeld('paced-own', undefined);
    const asked = await looksWhileHeld('paced-asked', 1);
    expect(own).toBeGreaterThan(15);
    expect(asked).toBeLessThanOrEqual(5);
  });
});
