import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, ROOT } from '../helpers/run-action.js';
import { configFilesUnder, hasShared, patternConfigFiles, SHARED } from '../helpers/shared.js';

const exec = promisify(execFile);
const homes: string[] = [];
afterAll(() => homes.forEach(killServers));

async function mlship(args: string[], cwd = mkdtempSync(join(tmpdir(), 'mlship-cli-'))) {
  homes.push(join(cwd, '.mlship'));
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'bin/mlship.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
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
    const response = await fetch(uri!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: readFileSync(join(EXAMPLE, 'sample-request.json')),
    });
    expect(JSON.stringify(await response.json())).toBe(JSON.stringify(JSON.parse(expected)));
    const plan = await mlship(
      [
        'plan',
        '--model',
        'diabetes-ridge@latest',
        '--inference-config',
        join(EXAMPLE, 'inferenceconfig.json'),
        '--deployment-config',
        join(EXAMPLE, 'deploymentconfig.json'),
        '--endpoint-name',
        'diabetes-example',
      ],
      run.cwd,
    );
    expect(plan.stdout).toMatch(/unchanged deployment +diabetes-example\/blue/);
    const changed = await mlship(
      [
        'plan',
        '--model',
        'diabetes-ridge@latest',
        '--inference-config',
        join(EXAMPLE, 'inferenceconfig.json'),
        '--deployment-config',
        join(EXAMPLE, 'deploymentconfig.json'),
        '--endpoint-name',
        'diabetes-example',
        '--deployment-name',
        'green',
      ],
      run.cwd,
    );
    expect(changed.stdout).toMatch(/create +deployment +diabetes-example\/green/);
    // A plain up of the same example leaves the endpoint it did not create running, and says so.
    const again = await mlship(['up'], run.cwd);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('It was running before this run, so it was left running');
    expect(
      (await fetch(uri!, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: readFileSync(join(EXAMPLE, 'sample-request.json')) })).status,
    ).toBe(200);
    const down = await mlship(['teardown', '--endpoint-name', 'diabetes-example'], run.cwd);
    expect(down.stdout).toContain('Deleted: deployment:diabetes-example/blue, endpoint:diabetes-example');
    await expect(fetch(uri!)).rejects.toThrow();
  });

  it('validate --no-refs accepts every config fixture in the shapes real files take', async () => {
    const run = await mlship(['validate', '--no-refs', ...patternConfigFiles]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.match(/: v[12]-[a-z-]+, valid/g)).toHaveLength(patternConfigFiles.length);
  });

  it.runIf(hasShared)('validate --no-refs accepts every real config file without a defect (../shared)', async () => {
    // One real file names an image with spaces in it, which no registry serves (see config.test.ts).
    const files = configFilesUnder(join(SHARED, 'real-configs')).filter((f) => !f.endsWith('p9rahul__MLOPS_Onboarding_Project__inferenceConfig.json'));
    const run = await mlship(['validate', '--no-refs', ...files]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.match(/: v[12]-[a-z-]+, valid/g)).toHaveLength(39);
  });

  it('validate prints file:line:col field: message with a hint, and exits 2 (bad input)', async () => {
    const file = join(ROOT, 'test/fixtures/configs/msdocs-missing-comma.json');
    const run = await mlship(['validate', file]);
    expect(run.code).toBe(2);
    expect((await mlship(['validate', join(ROOT, 'no-such-config.json')])).code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`error: ${file.replace(/[/.]/g, '\\$&')}:31:34 a comma is missing after this value\\n    hint: add "," at the end of line 31`),
    );
  });

  it('an unknown flag or command is a usage error with exit code 2', async () => {
    expect((await mlship(['up', '--kep'])).code).toBe(2);
    expect((await mlship(['launch'])).stderr).toContain('unknown command "launch"');
  });

  it('labels failures "error:", names the flag, and exits 2 for bad input without a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['deploy', '--model-path', join(EXAMPLE, 'model')], /^error: --model-name and --model-path go together/m],
      [
        ['wait', '--endpoint-name', '../../victim'],
        /^error: --endpoint-name: "\.\.\/\.\.\/victim" has 11 characters|^error: --endpoint-name: "\.\.\/\.\.\/victim" must start with a letter/m,
      ],
      [['wait', '--endpoint-name', 'diabetes-example', '--timeout', '0s'], /^error: --timeout: "0s" is no time at all/m],
      [
        ['wait', '--endpoint-name', 'diabetes-example', '--sample-request', '/nonexistent/sample.json'],
        /^error: --sample-request: \/nonexistent\/sample\.json cannot be read \(it does not exist\)/m,
      ],
      [['register', '--model-name', 'env?x=1', '--model-path', join(EXAMPLE, 'model')], /^error: --model-name: "env\?x=1" may contain only letters/m],
    ];
    for (const [args, expected] of cases) {
      const run = await mlship(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(expected);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).not.toContain('bug in mlship');
    }
  });

  it('a sample request that is not JSON is refused with its line, before anything is sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlship-cli-'));
    writeFileSync(join(dir, 'sample.json'), '{\n  "data": [1, 2,]\n}\n');
    const run = await mlship(['up', '--sample-request', join(dir, 'sample.json')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`error: --sample-request: ${join(dir, 'sample.json').replace(/[/.]/g, '\\$&')}:2:\\d+ is not valid JSON`));
    expect(existsSync(join(dir, '.mlship', 'endpoints'))).toBe(false);
  });

  it('a config of no known kind suggests the key that was meant; a misspelt auth key is an error, not a quiet deploy without auth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlship-cli-'));
    writeFileSync(join(dir, 'inferenceconfig.json'), '{"entryScirpt": "score.py"}');
    writeFileSync(join(dir, 'deploymentconfig.json'), '{"computeType": "local", "authEnable": true}');
    const unknown = await mlship(['validate', join(dir, 'inferenceconfig.json')]);
    expect(unknown.stderr).toContain('cannot tell what kind of config this is');
    expect(unknown.stderr).toContain('"entryScirpt": did you mean "entryScript"?');
    const typo = await mlship(['validate', join(dir, 'deploymentconfig.json')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/error: .*deploymentconfig\.json:1:\d+ authEnable: unknown key; a misspelt "authEnabled" would deploy without it/);
  });

  it('deploy with the bundled example registers its model; register keeps new tags on unchanged content', async () => {
    const deployed = await mlship([
      'deploy',
      '--model-name',
      'diabetes-ridge',
      '--model-path',
      join(EXAMPLE, 'model'),
      '--tag',
      'example=true',
      '--inference-config',
      join(EXAMPLE, 'inferenceconfig.json'),
      '--endpoint-name',
      'diabetes-example',
    ]);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stderr).toMatch(/Registered model diabetes-ridge:1/);
    const waited = await mlship(['wait', '--endpoint-name', 'diabetes-example', '--sample-request', join(EXAMPLE, 'sample-request.json')], deployed.cwd);
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stdout).toContain('sample answered 200');
    const tagged = await mlship(['register', '--model-name', 'diabetes-ridge', '--model-path', join(EXAMPLE, 'model'), '--tag', 'stage=prod'], deployed.cwd);
    expect(tagged.stderr).toContain('already holds this content');
    const registry = JSON.parse(readFileSync(join(deployed.cwd, '.mlship', 'registry.json'), 'utf8'));
    expect(registry.models['diabetes-ridge'][0].tags).toMatchObject({ example: 'true', stage: 'prod' });
    const keys = await mlship(['keys', '--endpoint-name', 'diabetes-example'], deployed.cwd);
    expect(keys.stderr).toContain('does not use key auth');
    await mlship(['teardown', '--endpoint-name', 'diabetes-example'], deployed.cwd);
  });

  it('exit codes say whose the failure is: 1 for a deployment that failed, 2 for bad input', async () => {
    const project = exampleCopy({ score: 'def init():\n    raise RuntimeError("weights missing")\n\ndef run(raw):\n    return raw\n' });
    const failed = await mlship(['up', '--model', join(project, 'model'), '--inference-config', join(project, 'inferenceconfig.json'), '--timeout', '1m']);
    expect(failed.stderr + failed.stdout).toContain('weights missing');
    expect(failed.code).toBe(1);
    const bad = await mlship(['up', '--model', join(project, 'model'), '--inference-config', join(project, 'missing.json')]);
    expect(bad.code).toBe(2);
  });

  it('the same bytes as a file and as a folder are two model versions (the layout is part of what a score.py reads)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlship-cli-'));
    const folder = await mlship(['register', '--model-name', 'layout', '--model-path', join(EXAMPLE, 'model')], cwd);
    expect(folder.stdout + folder.stderr).toMatch(/Registered model layout:1/);
    const file = await mlship(['register', '--model-name', 'layout', '--model-path', join(EXAMPLE, 'model', 'diabetes-ridge.json')], cwd);
    expect(file.stdout + file.stderr).toMatch(/Registered model layout:2/);
    const again = await mlship(['register', '--model-name', 'layout', '--model-path', join(EXAMPLE, 'model')], cwd);
    expect(again.stdout + again.stderr).toMatch(/layout:1 already holds this content/);
  });

  it('never guesses the target: teardown and keys of an endpoint not deployed from here need --target, and a missing one is an error', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlship-cli-'));
    const unknown = await mlship(['teardown', '--endpoint-name', 'ghost-ep'], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr + unknown.stdout).toContain('--target is not set, and endpoint ghost-ep was not deployed from here');
    const missing = await mlship(['teardown', '--endpoint-name', 'ghost-ep', '--target', 'local'], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr + missing.stdout).toContain('ghost-ep does not exist on target local: nothing was deleted');
    expect((await mlship(['teardown', '--endpoint-name', 'ghost-ep', '--target', 'local', '--missing-ok'], cwd)).code).toBe(0);
    const keys = await mlship(['keys', '--endpoint-name', 'ghost-ep', '--target', 'local'], cwd);
    expect(keys.code).toBe(1);
    expect(keys.stderr + keys.stdout).toContain('endpoint ghost-ep does not exist on target local');
  });

  it('only up with no options runs the example: deploy and plan with nothing to deploy are bad input, and change nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlship-cli-'));
    for (const command of ['deploy', 'plan']) {
      const run = await mlship([command, '--endpoint-name', 'prod'], cwd);
      expect(run.code).toBe(2);
      expect(run.stderr + run.stdout).toContain(`mlship ${command} needs the scoring code and a model: --inference-config FILE`);
    }
    const noModel = await mlship(['deploy', '--inference-config', join(EXAMPLE, 'inferenceconfig.json'), '--endpoint-name', 'prod'], cwd);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr + noModel.stdout).toContain('mlship deploy needs a model: --model');
    expect(existsSync(join(cwd, '.mlship', 'endpoints'))).toBe(false);
  });

  it('--version prints the version; the state folder is created ignored by git', async () => {
    const version = await mlship(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const cwd = mkdtempSync(join(tmpdir(), 'mlship-cli-'));
    await mlship(['register', '--model-name', 'ignored', '--model-path', join(EXAMPLE, 'model')], cwd);
    expect(readFileSync(join(cwd, '.mlship', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  });

  it('--help documents every option, -v and --debug included', async () => {
    const help = await mlship(['--help']);
    for (const flag of ['--verbose', '--debug', '--json', '--endpoint-name', 'keys', 'status', 'logs', 'completion', 'Exit codes'])
      expect(help.stdout).toContain(flag);
    expect((await mlship(['help', 'up'])).stdout).toContain('--keep');
  });
});
