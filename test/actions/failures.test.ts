import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers, localDeployment } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { newJob, runStep } from '../helpers/run-action.js';

const jobs: { runnerTemp: string }[] = [];
function job() {
  const j = newJob();
  jobs.push(j);
  return j;
}
afterAll(() => jobs.forEach((j) => killServers(join(j.runnerTemp, 'mlship'))));

function deployInputs(project: string, endpoint: string): Record<string, string> {
  return {
    model: join(project, 'model'),
    'inference-config': join(project, 'inferenceconfig.json'),
    'deployment-config': join(project, 'deploymentconfig.json'),
    'endpoint-name': endpoint,
  };
}

describe('failure paths', () => {
  it('bad config: the error names file, line and field, and nothing is started or registered', async () => {
    const project = exampleCopy({
      inferenceConfig:
        '{\n  "entryScript": "score.py",\n  "sourceDirectory": "src",\n  "environment": {\n    "python": {\n      "userManagedDependencies": "maybe"\n    }\n  }\n}\n',
    });
    const j = job();
    const step = await runStep('deploy-model', deployInputs(project, 'bad-config'), j);
    expect(step.code).toBe(1);
    const file = join(project, 'inferenceconfig.json');
    expect(step.stdout).toContain(`::error::deploy-model: The deployment configuration has 1 error(s); nothing was changed.`);
    expect(step.stdout).toContain(`${file}:6:`);
    expect(step.stdout).toContain('environment.python.userManagedDependencies');
    expect(step.summary).toContain('deploy-model failed');
    const home = join(j.runnerTemp, 'mlship');
    expect(existsSync(join(home, 'endpoints'))).toBe(false);
    expect(existsSync(join(home, 'registry.json'))).toBe(false);
  });

  it('init() crash: wait-healthy reports Failed with the traceback in the summary', async () => {
    const project = exampleCopy({ score: 'def init():\n    raise RuntimeError("weights file is corrupt")\n\ndef run(raw):\n    return raw\n' });
    const j = job();
    const deployed = await runStep('deploy-model', deployInputs(project, 'crashing'), j);
    expect(deployed.code, deployed.stdout).toBe(0);
    const step = await runStep('wait-healthy', { 'endpoint-name': 'crashing', timeout: '30s' }, j);
    expect(step.code).toBe(1);
    expect(step.outputs.state).toBe('Failed');
    expect(step.stdout).toContain('Failed: init() raised an exception');
    expect(step.summary).toContain('RuntimeError: weights file is corrupt');
    expect(step.summary).toContain('Traceback');
    const teardown = await runStep('teardown', { 'endpoint-name': 'crashing' }, j);
    expect(JSON.parse(teardown.outputs.deleted!)).toContain('endpoint:crashing');
  });

  it('timeout: a slow init() ends the wait at the deadline with state Transitioning and the log', async () => {
    const project = exampleCopy({
      score: 'import time\n\ndef init():\n    print("warming up the model cache", flush=True)\n    time.sleep(60)\n\ndef run(raw):\n    return raw\n',
    });
    const j = job();
    await runStep('deploy-model', deployInputs(project, 'slow-init'), j);
    const step = await runStep('wait-healthy', { 'endpoint-name': 'slow-init', timeout: '2s' }, j);
    expect(step.code).toBe(1);
    expect(step.outputs.state).toBe('Transitioning');
    expect(step.stdout).toContain('when the timeout ran out');
    expect(step.summary).toContain('warming up the model cache');
    await runStep('teardown', { 'endpoint-name': 'slow-init' }, j);
  });

  it('a server that stops answering is Unhealthy, and the wait ends at its deadline', async () => {
    const project = exampleCopy();
    const j = job();
    await runStep('deploy-model', deployInputs(project, 'frozen'), j);
    expect((await runStep('wait-healthy', { 'endpoint-name': 'frozen', timeout: '30s' }, j)).outputs.state).toBe('Healthy');
    const pid = localDeployment(join(j.runnerTemp, 'mlship'), 'frozen', 'blue').server!.pid;
    // The whole process group: the server and the workers that answer on its port.
    process.kill(-pid, 'SIGSTOP');
    try {
      const step = await runStep('wait-healthy', { 'endpoint-name': 'frozen', timeout: '3s' }, j);
      expect(step.code).toBe(1);
      expect(step.outputs.state).toBe('Unhealthy');
      expect(step.stdout).toContain('frozen/blue: Unhealthy');
    } finally {
      process.kill(-pid, 'SIGCONT');
    }
    await runStep('teardown', { 'endpoint-name': 'frozen' }, j);
  });

  it('port in use: deploy-model says which port and how to fix it', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const project = exampleCopy({ deploymentConfig: { computeType: 'local', port } });
      const j = job();
      const step = await runStep('deploy-model', deployInputs(project, 'port-taken'), j);
      expect(step.code).toBe(1);
      expect(step.stdout).toContain(`port ${port} is already in use`);
      expect(step.stdout).toContain('remove "port"');
      // The names were output before the failure, so an if: always() teardown can run.
      expect(step.outputs['endpoint-name']).toBe('port-taken');
      const teardown = await runStep('teardown', { 'endpoint-name': 'port-taken' }, j);
      expect(teardown.code).toBe(0);
    } finally {
      blocker.close();
    }
  });

  it('a bad input value fails before anything happens', async () => {
    const j = job();
    const step = await runStep('wait-healthy', { 'endpoint-name': 'anything', timeout: '10' }, j);
    expect(step.code).toBe(1);
    expect(step.stdout).toContain('input "timeout": "10" is not a duration');
  });

  it('a sample request answered with an unexpected status fails the step', async () => {
    const project = exampleCopy();
    writeFileSync(join(project, 'bad-request.json'), '{"data": [[1, 2]]}');
    const j = job();
    await runStep('deploy-model', deployInputs(project, 'smoke'), j);
    const ok = await runStep('wait-healthy', { 'endpoint-name': 'smoke', timeout: '30s', 'sample-request': join(project, 'bad-request.json') }, j);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs['sample-response']).toContain('row 0 has 2 values');
    const strict = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'smoke', timeout: '30s', 'sample-request': join(project, 'bad-request.json'), 'expect-status': '201' },
      j,
    );
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('answered 200, not the expected 201');
    await runStep('teardown', { 'endpoint-name': 'smoke' }, j);
  });
});

/** A secret is safe in a step's stdout when its first appearance is the ::add-mask:: command and it appears nowhere else. */
function expectMaskedBeforeUse(stdout: string, secret: string): void {
  const lines = stdout.split('\n');
  const first = lines.findIndex((l) => l.includes(secret));
  expect(lines[first], `the first line naming the secret masks it`).toBe(`::add-mask::${secret}`);
  expect(lines.filter((l) => l.includes(secret) && l !== `::add-mask::${secret}`)).toEqual([]);
}

describe('secrets', () => {
  it('keys written in a v1 deployment config serve the local endpoint, masked the moment they are read; the log names the file, never the key', async () => {
    const keys = { primaryKey: 'pk-from-config-4f1c9e2a7b', secondaryKey: 'sk-from-config-8d3e6a1f0c' };
    const project = exampleCopy({ deploymentConfig: { computeType: 'local', authEnabled: true, keys } });
    const j = job();
    const deployed = await runStep('deploy-model', deployInputs(project, 'given-keys'), j);
    expect(deployed.code, deployed.stdout).toBe(0);
    for (const key of Object.values(keys)) expectMaskedBeforeUse(deployed.stdout, key);
    expect(deployed.stdout).toContain(`The keys of given-keys are in ${join(j.runnerTemp, 'mlship', 'endpoints', 'given-keys.keys.json')}`);
    const waited = await runStep('wait-healthy', { 'endpoint-name': 'given-keys', timeout: '30s', 'sample-request': join(project, 'sample-request.json') }, j);
    expect(waited.outputs.state).toBe('Healthy');
    expectMaskedBeforeUse(waited.stdout, keys.primaryKey);
    const scoringUri = deployed.outputs['scoring-uri']!;
    const body = { method: 'POST', body: '{"data": []}', headers: { 'Content-Type': 'application/json' } };
    expect((await fetch(scoringUri, { ...body, headers: { ...body.headers, Authorization: `Bearer ${keys.primaryKey}` } })).status).toBe(200);
    expect((await fetch(scoringUri, body)).status).toBe(401);
    await runStep('teardown', { 'endpoint-name': 'given-keys' }, j);
  });

  it('no endpoint key appears in outputs, summaries or logs; the key is enforced', async () => {
    const project = exampleCopy({ deploymentConfig: { computeType: 'local', authEnabled: true } });
    const j = job();
    const steps = [
      await runStep('deploy-model', deployInputs(project, 'keyed'), j),
      await runStep('wait-healthy', { 'endpoint-name': 'keyed', timeout: '30s', 'sample-request': join(project, 'sample-request.json') }, j),
    ];
    const keysFile = join(j.runnerTemp, 'mlship', 'endpoints', 'keyed.keys.json');
    const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as { primaryKey: string; secondaryKey: string };
    expect(keys.primaryKey.length).toBeGreaterThan(20);
    expect(steps[1]!.outputs.state).toBe('Healthy');
    expect(JSON.parse(steps[1]!.outputs['sample-response']!).predictions).toHaveLength(2);
    const scoringUri = steps[0]!.outputs['scoring-uri']!;
    expect((await fetch(scoringUri, { method: 'POST', body: '{"data": []}' })).status).toBe(401);
    expect((await fetch(scoringUri, { method: 'POST', body: '{"data": []}', headers: { Authorization: `Bearer ${keys.secondaryKey}` } })).status).toBe(200);
    steps.push(await runStep('teardown', { 'endpoint-name': 'keyed' }, j));
    // Every place a user could see: stdout (minus the masking commands the runner consumes),
    // stderr, outputs, summaries, and the scoring log.
    const logs = readdirSync(join(j.runnerTemp, 'mlship'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.log'))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
    const visible = [
      ...steps.flatMap((s) => [
        s.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        s.stderr,
        s.summary,
        JSON.stringify(s.outputs),
      ]),
      ...logs,
    ].join('\n');
    expect(visible.length).toBeGreaterThan(500);
    for (const key of [keys.primaryKey, keys.secondaryKey]) expect(visible).not.toContain(key);
    // Masking was requested before anything else could print the keys, in every step that read them.
    for (const key of [keys.primaryKey, keys.secondaryKey]) expectMaskedBeforeUse(steps[0]!.stdout, key);
    expectMaskedBeforeUse(steps[1]!.stdout, keys.primaryKey);
  });
});
