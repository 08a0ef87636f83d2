import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { useEmulatorJob, type EmulatorJob } from '../helpers/emulator.js';
import { EXAMPLE, runStep } from '../helpers/run-action.js';
import { hostileCases, hostileInputs } from './corpus.js';

/**
 * Runs every hostile input and checks the same promises each time: a user error that says what is
 * wrong and where, within 5 s, nothing deployed or registered, nothing outside mlship's state
 * touched, no process signalled, and never "a bug in mlship".
 */
// A process whose pid the victim record names: a teardown led astray would signal it.
const sentinel: ChildProcess = spawn('sleep', ['600'], { stdio: 'ignore' });
afterAll(() => {
  sentinel.kill('SIGKILL');
});

interface Sandbox {
  base: string;
  project: string;
  state: string;
  victim: string;
}

/** A project (the example), mlship's state folder, and beside them a victim a hostile name would reach. */
function sandbox(): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'mlship-hostile-'));
  const project = join(base, 'project');
  cpSync(EXAMPLE, project, { recursive: true });
  const victim = join(base, 'victim');
  mkdirSync(victim);
  // Shaped like a local endpoint record, so a path built from "../../victim/important" would be taken for one.
  writeFileSync(
    join(victim, 'important.json'),
    JSON.stringify({ name: 'important', deployments: { blue: { name: 'blue', server: { pid: sentinel.pid, serverId: 'x' } } }, traffic: {} }),
  );
  writeFileSync(join(victim, 'secret.txt'), 'do not touch');
  mkdirSync(join(base, 'state'));
  return { base, project, state: join(base, 'state', 'mlship'), victim };
}

function snapshot(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}:${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}

function expectNothingChanged(box: Sandbox, before: string): void {
  expect(snapshot(box.victim)).toBe(before);
  expect(existsSync(join(box.state, 'endpoints'))).toBe(false);
  expect(existsSync(join(box.state, 'registry.json'))).toBe(false);
  expect(sentinel.exitCode).toBeNull();
  expect(sentinel.signalCode).toBeNull();
}

const fill = (text: string, dir: string) => text.replaceAll('{dir}', dir);

describe('hostile input through the command line', () => {
  const cases = hostileCases();
  it('has the corpus the issue asks for', () => {
    expect(cases.length + hostileInputs('/p').length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, kase) => {
    const box = sandbox();
    for (const [file, text] of Object.entries(kase.files ?? {})) {
      mkdirSync(dirname(join(box.project, file)), { recursive: true });
      writeFileSync(join(box.project, file), text);
    }
    for (const [link, to] of kase.links ?? []) symlinkSync(fill(to, box.project), join(box.project, link));
    const before = snapshot(box.victim);
    const out: string[] = [];
    const started = performance.now();
    const code = await runCli(
      kase.argv.map((a) => fill(a, box.project)),
      {
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        cwd: box.project,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, MLSHIP_HOME: box.state },
      },
    );
    const elapsed = performance.now() - started;
    const text = out.join('\n');
    expect(code, text).not.toBe(0);
    expect(text).toMatch(/^error: /m);
    expect(text).toMatch(kase.expect);
    expect(text).not.toContain('bug in mlship');
    expect(text).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
    // Nothing from the input reaches the log as a workflow command.
    expect(text).not.toMatch(/^\s*::(warning|error|add-mask|set-output|set-env)/m);
    expect(elapsed).toBeLessThan(5000);
    expectNothingChanged(box, before);
  });
});

describe('hostile action inputs, each through the bundled action as a process', () => {
  const box = sandbox();
  writeFileSync(join(box.project, 'deploymentconfig.json'), '{"computeType": "local"}');
  it.each(hostileInputs(box.project).map((c) => [c.name, c] as const))('%s', async (_name, kase) => {
    const before = snapshot(box.victim);
    const started = performance.now();
    const step = await runStep(kase.action, kase.inputs, { runnerTemp: join(box.base, 'state') }, { MLSHIP_HOME: box.state });
    const elapsed = performance.now() - started;
    expect(step.code, step.stdout).toBe(1);
    expect(step.stdout).toMatch(/^::error::/m);
    // The error command's data is escaped by the toolkit (% as %25, newlines as %0A): read it as shown.
    expect(step.stdout.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')).toMatch(kase.expect);
    expect(step.stdout).not.toContain('bug in mlship');
    // The only workflow commands are mlship's own: the hostile text never starts one.
    expect(step.stdout.split('\n').filter((l) => /^::/.test(l) && !/^::(error|debug|add-mask)::/.test(l))).toEqual([]);
    expect(step.stdout).not.toMatch(/^::warning::injected/m);
    expect(elapsed).toBeLessThan(5000);
    expectNothingChanged(box, before);
  });
});

describe('hostile input meant for Azure: refused before any request reaches the control plane', () => {
  let job: EmulatorJob;
  useEmulatorJob({}, (started) => (job = started));
  const box = sandbox();
  writeFileSync(join(box.project, 'deploymentconfig.json'), '{"computeType": "aci"}');
  writeFileSync(
    join(box.project, 'evil-env.json'),
    JSON.stringify({ entryScript: 'score.py', sourceDirectory: 'src', environment: { name: '../codes/evilcode' } }),
  );
  const cases: [string, string, Record<string, string>, RegExp][] = [
    [
      'an environment named like a path',
      'deploy-model',
      { 'inference-config': join(box.project, 'evil-env.json'), model: join(box.project, 'model'), target: 'aci' },
      /environment\.name: "\.\.\/codes\/evilcode"/,
    ],
    [
      'a model named with a query',
      'register-model',
      { 'model-name': 'env?x=1', 'model-path': join(box.project, 'model'), target: 'aci' },
      /model-name: "env\?x=1"/,
    ],
    ['an endpoint that is a path to a deployment', 'teardown', { 'endpoint-name': 'guard-ep/deployments/blue', target: 'aci' }, /input "endpoint-name": /],
    [
      'a deployment name climbing out',
      'teardown',
      { 'endpoint-name': 'guard-ep', 'deployment-name': '../../onlineEndpoints/x', target: 'aci' },
      /input "deployment-name": /,
    ],
    ['an endpoint name with a query', 'wait-healthy', { 'endpoint-name': 'ep?api-version=1', target: 'aci' }, /input "endpoint-name": /],
  ];
  it.each(cases)('%s', async (_name, action, inputs, expected) => {
    const before = job.emulator.requests.length;
    const step = await runStep(action, inputs, job.job, job.env);
    expect(step.code, step.stdout).toBe(1);
    expect(step.stdout).toMatch(expected);
    expect(step.stdout).not.toContain('bug in mlship');
    const writes = job.emulator.requests.slice(before).filter((r) => r.method !== 'GET' && r.operationId);
    expect(writes).toEqual([]);
  });
});

describe('text from files reaches the log only neutralised', () => {
  it('a score.py whose log writes workflow commands: the failure shows its log, and none of its lines is a command', async () => {
    const project = mkdtempSync(join(tmpdir(), 'mlship-hostile-log-'));
    cpSync(EXAMPLE, project, { recursive: true });
    writeFileSync(
      join(project, 'src/score.py'),
      'import sys\ndef init():\n    print("::warning::injected")\n    print("::set-env name=PATH::/tmp/evil")\n    print("##[error]injected")\n    sys.stdout.flush()\n    raise RuntimeError("injected from init\\n::warning::injected at the start of a line\\n##[error]injected too")\ndef run(raw):\n    return raw\n',
    );
    const out: string[] = [];
    const code = await runCli(['up', '--inference-config', join(project, 'inferenceconfig.json'), '--model', join(project, 'model'), '--timeout', '60s'], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      cwd: project,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, MLSHIP_HOME: join(project, '.state') },
    });
    const text = out.join('\n');
    expect(code, text).not.toBe(0);
    // The log is shown (the traceback names the injected text) ...
    expect(text).toContain('injected from init');
    // ... and no line of it can be read by the runner as a command.
    expect(text.split('\n').filter((line) => /^\s*(::|##\[)/.test(line))).toEqual([]);
  });
});
