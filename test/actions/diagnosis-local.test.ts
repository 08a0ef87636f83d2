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

describe('an environment the runner cannot build', () => {
  it('is diagnosed as an image build failure, naming the package, as Azure image builds are', async () => {
    const project = exampleCopy({
      inferenceConfig: JSON.stringify({
        entryScript: 'score.py',
        sourceDirectory: 'src',
        environment: { name: 'unbuildable', python: { condaDependencies: { dependencies: [{ pip: ['mlship-no-such-package==1.0'] }] } } },
      }),
    });
    const step = await runStep(
      'deploy-model',
      { model: join(project, 'model'), 'inference-config': join(project, 'inferenceconfig.json'), 'endpoint-name': 'local-unbuilt' },
      job,
      // An index that answers nothing: pip finds no such distribution, offline and at once.
      { PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_RETRIES: '0' },
    );
    expect(step.code).toBe(1);
    expect(step.stdout).toContain(
      "Diagnosis: image-build (ImageBuildFailure): the environment's image build failed: package mlship-no-such-package==1.0 does not exist",
    );
    expect(step.summary).toContain('**Diagnosis: image-build**');
    expect(step.summary).toMatch(
      /No matching distribution found for mlship-no-such-package==1\.0|Could not find a version that satisfies the requirement mlship-no-such-package==1\.0/,
    );
  }, 120_000);
});
