import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { runStep } from '../helpers/run-action.js';

// A deployment on the emulator runs in its own environment, built from the conda file it was
// registered with, as Azure builds an image from it: a score.py importing a package its conda file
// lists works with no extra variable. The package is a wheel made here, installed from a file in
// the project (pip reaches no index in tests).
// pip runs inside the emulator (this process): a closed loopback port stands in for the package index.
const saved = { PIP_INDEX_URL: process.env.PIP_INDEX_URL, PIP_RETRIES: process.env.PIP_RETRIES };
process.env.PIP_INDEX_URL = 'http://127.0.0.1:9/simple';
process.env.PIP_RETRIES = '0';
// Put back for whatever this worker runs next.
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
useEmulatorJob({ provisioningMs: 100 }, (started) => ({ emulator, job, env } = started));

/** A one-module wheel, made with Python's zipfile: `import mlship_probe` gives PROBE = "from the environment". */
function probeWheel(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const wheel = join(dir, 'mlship_probe-1.0-py3-none-any.whl');
  execFileSync('python3', [
    '-c',
    `import zipfile,sys
w=zipfile.ZipFile(sys.argv[1],'w')
w.writestr('mlship_probe.py','PROBE = "from the environment"\\n')
w.writestr('mlship_probe-1.0.dist-info/METADATA','Metadata-Version: 2.1\\nName: mlship-probe\\nVersion: 1.0\\n')
w.writestr('mlship_probe-1.0.dist-info/WHEEL','Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n')
w.writestr('mlship_probe-1.0.dist-info/RECORD','')
w.close()`,
    wheel,
  ]);
  return wheel;
}

function project(pip: string[]): string {
  const dir = exampleCopy({
    score: 'import json\nimport mlship_probe\n\ndef init():\n    pass\n\ndef run(raw):\n    return {"probe": mlship_probe.PROBE}\n',
  });
  const inference = {
    entryScript: 'score.py',
    sourceDirectory: 'src',
    environment: { name: 'probe-env', python: { condaDependencies: { dependencies: ['python=3', { pip }] } } },
  };
  writeFileSync(join(dir, 'inferenceconfig.json'), JSON.stringify(inference));
  return dir;
}

describe('the emulator runs each deployment in its environment', () => {
  it('a package from the conda file is importable by score.py, with no extra variable', async () => {
    const dir = project([]);
    const wheel = probeWheel(join(dir, 'wheels'));
    writeFileSync(
      join(dir, 'inferenceconfig.json'),
      JSON.stringify({
        entryScript: 'score.py',
        sourceDirectory: 'src',
        environment: { name: 'probe-env', python: { condaDependencies: { dependencies: ['python=3', { pip: [`mlship-probe @ file://${wheel}`] }] } } },
      }),
    );
    const { MLSHIP_PYTHON: _unset, ...plain } = env;
    const deployed = await runStep(
      'deploy-model',
      { model: join(dir, 'model'), 'inference-config': join(dir, 'inferenceconfig.json'), target: 'aci', 'endpoint-name': 'probe-env' },
      job,
      plain,
    );
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'probe-env', target: 'aci', timeout: '3m', 'sample-request': join(dir, 'sample-request.json') },
      job,
      plain,
    );
    expect(waited.code, waited.stdout + waited.stderr).toBe(0);
    expect(JSON.parse(waited.outputs['sample-response']!)).toEqual({ probe: 'from the environment' });
    const log = await emulator.runtime!.logs(`${emulator.workspaceId}/onlineEndpoints/probe-env/deployments/blue`, 'StorageInitializer');
    expect(log).toMatch(/Environment probe-env:\d+: 1 pip package\(s\) \(mlship-probe @ file:/);
  });

  it('an environment that cannot be built fails the deployment, and its log names the package', async () => {
    const dir = project(['mlship-no-such-package==9.9']);
    const deployed = await runStep(
      'deploy-model',
      { model: join(dir, 'model'), 'inference-config': join(dir, 'inferenceconfig.json'), target: 'aci', 'endpoint-name': 'broken-env' },
      job,
      env,
    );
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const waited = await runStep('wait-healthy', { 'endpoint-name': 'broken-env', target: 'aci', timeout: '3m' }, job, env);
    expect(waited.code).toBe(1);
    expect(waited.outputs.state).toBe('Failed');
    // The build's own log (the emulator's stand-in for Azure's image build log) says what failed.
    expect(waited.summary).toContain('pip could not install: mlship-no-such-package==9.9');
  });
});
