import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { newJob, runStep } from '../helpers/run-action.js';

// The same causes on the local target give the same diagnosis classes as on Azure (the emulator's
// cases in test/emulator/diagnosis.test.ts): deploy-model and wait-healthy as processes, a real
// scoring server running each score.py.

const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));

const CASES = [
  {
    name: 'init() raised',
    score: 'def init():\n    config = {}\n    threshold = config["threshold"]\n\ndef run(data):\n    return data\n',
    expected: { class: 'init-exception', cause: /raised KeyError/, evidence: /KeyError: 'threshold'/ },
  },
  {
    name: 'a module the environment lacks',
    score: 'import lightgbm_not_installed_anywhere\n\ndef init():\n    pass\n\ndef run(data):\n    return data\n',
    expected: { class: 'missing-module', cause: /imports lightgbm_not_installed_anywhere/, evidence: /No module named 'lightgbm_not_installed_anywhere'/ },
  },
  {
    name: 'killed as the out-of-memory killer kills',
    score: 'import os, signal\n\ndef init():\n    os.kill(os.getpid(), signal.SIGKILL)\n\ndef run(data):\n    return data\n',
    expected: { class: 'out-of-memory', cause: /ran out of memory/, evidence: /exited with code -9/ },
  },
  {
    name: 'an init() slower than the wait',
    score: 'import time\n\ndef init():\n    time.sleep(120)\n\ndef run(data):\n    return data\n',
    timeout: '3s',
    expected: { class: 'probe-timeout', cause: /still Transitioning when the wait ran out/, evidence: /.*/ },
  },
];

describe('the local target diagnoses as Azure does', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const project = exampleCopy({ score: c.score, deploymentConfig: { computeType: 'local' } });
    const endpoint = `local-diag-${i}`;
    const inputs = {
      model: join(project, 'model'),
      'inference-config': join(project, 'inferenceconfig.json'),
      'deployment-config': join(project, 'deploymentconfig.json'),
      'endpoint-name': endpoint,
    };
    try {
      const deployed = await runStep('deploy-model', inputs, job);
      expect(deployed.code, deployed.stdout).toBe(0);
      const waited = await runStep('wait-healthy', { 'endpoint-name': endpoint, timeout: c.timeout ?? '1m' }, job);
      expect(waited.code).toBe(1);
      const diagnosis = JSON.parse(waited.outputs.diagnosis!);
      expect(diagnosis.class, waited.stdout).toBe(c.expected.class);
      expect(diagnosis.cause).toMatch(c.expected.cause);
      expect(diagnosis.evidence.join('\n')).toMatch(c.expected.evidence);
      expect(waited.summary).toContain(`**Diagnosis: ${c.expected.class}**`);
    } finally {
      await runStep('teardown', { 'endpoint-name': endpoint, 'missing-ok': 'true' }, job);
    }
  });
});
