import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { EXAMPLE, ROOT } from '../helpers/run-action.js';
import { configFilesUnder, hasShared, patternConfigFiles, SHARED } from '../helpers/shared.js';

const exec = promisify(execFile);
const homes: string[] = [];
afterAll(() => homes.forEach(killServers));

async function mlship(args: string[], cwd = mkdtempSync(join(tmpdir(), 'mlship-cli-'))) {
  homes.push(join(cwd, '.mlship'));
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'bin/mlship.js'), ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    return { code: 0, stdout, stderr, cwd };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, cwd };
  }
}

const expected = readFileSync(join(EXAMPLE, 'expected-response.json'), 'utf8').trim();

describe('mlship CLI', () => {
  it('up with no arguments deploys the example locally, prints the prediction and a report, then tears down', async () => {
    const run = await mlship(['up']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`prediction   ${expected}`);
    expect(run.stdout).toMatch(/model +diabetes-ridge:1 \(new version/);
    expect(run.stdout).toMatch(/scoring URI +http:\/\/127\.0\.0\.1:\d+\/score/);
    expect(run.stdout).toMatch(/timings +register .*deploy .*wait .*teardown/);
    expect(run.stdout).toContain('torn down    deployment:diabetes-example/blue, endpoint:diabetes-example');
  });

  it('up --keep leaves it running and says how to stop it; plan then sees no change', async () => {
    const run = await mlship(['up', '--keep']);
    expect(run.code, run.stderr).toBe(0);
    const uri = /Still running at (\S+)\./.exec(run.stdout)?.[1];
    expect(uri).toBeDefined();
    expect(run.stdout).toContain('npx mlship teardown --endpoint-name diabetes-example');
    const response = await fetch(uri!, { method: 'POST', body: readFileSync(join(EXAMPLE, 'sample-request.json')) });
    expect(JSON.stringify(await response.json())).toBe(JSON.stringify(JSON.parse(expected)));
    const plan = await mlship(['plan', '--model', 'diabetes-ridge@latest', '--inference-config', join(EXAMPLE, 'inferenceconfig.json'), '--deployment-config', join(EXAMPLE, 'deploymentconfig.json'), '--endpoint-name', 'diabetes-example'], run.cwd);
    expect(plan.stdout).toMatch(/unchanged deployment +diabetes-example\/blue/);
    const changed = await mlship(['plan', '--model', 'diabetes-ridge@latest', '--inference-config', join(EXAMPLE, 'inferenceconfig.json'), '--deployment-config', join(EXAMPLE, 'deploymentconfig.json'), '--endpoint-name', 'diabetes-example', '--deployment-name', 'green'], run.cwd);
    expect(changed.stdout).toMatch(/create +deployment +diabetes-example\/green/);
    const down = await mlship(['teardown', '--endpoint-name', 'diabetes-example'], run.cwd);
    expect(down.stdout).toContain('"endpoint:diabetes-example"');
    await expect(fetch(uri!)).rejects.toThrow();
  });

  it('validate --no-refs accepts every config fixture in the shapes real files take', async () => {
    const run = await mlship(['validate', '--no-refs', ...patternConfigFiles]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.match(/: v[12]-[a-z-]+, valid/g)).toHaveLength(patternConfigFiles.length);
  });

  it.runIf(hasShared)('validate --no-refs accepts every real config file (../shared)', async () => {
    const files = configFilesUnder(join(SHARED, 'real-configs'));
    const run = await mlship(['validate', '--no-refs', ...files]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.match(/: v[12]-[a-z-]+, valid/g)).toHaveLength(40);
  });

  it('validate prints file:line:col field: message with a hint, and exits 1', async () => {
    const file = join(ROOT, 'test/fixtures/configs/msdocs-missing-comma.json');
    const run = await mlship(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`error: ${file.replace(/[/.]/g, '\\$&')}:31:34 a comma is missing after this value\\n    hint: add "," at the end of line 31`));
  });

  it('an unknown flag or command is a usage error with exit code 2', async () => {
    expect((await mlship(['up', '--kep'])).code).toBe(2);
    expect((await mlship(['launch'])).stderr).toContain('unknown command "launch"');
  });
});
