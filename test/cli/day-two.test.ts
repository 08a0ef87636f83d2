import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { killServers, scoringProcesses } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, ROOT } from '../helpers/run-action.js';

const exec = promisify(execFile);
const homes: string[] = [];
afterAll(() => homes.forEach(killServers));

async function mlship(args: string[], cwd = mkdtempSync(join(tmpdir(), 'mlship-day2-'))) {
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

describe('streams: results on stdout, progress and logs on stderr', () => {
  it('$(mlship register ...) captures only NAME:VERSION', async () => {
    const run = await mlship(['register', '--model-name', 'ridge', '--model-path', join(EXAMPLE, 'model')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('ridge:1\n');
    expect(run.stderr).toContain('Registered model ridge:1');
  });

  it('a usage error is found before anything is printed or done', async () => {
    const run = await mlship(['up', '--timeout', '10']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('bundled example');
    expect(existsSync(join(run.cwd, '.mlship'))).toBe(false);
  });
});

describe('--json: one JSON document on stdout, with the documented field names', () => {
  it('register, validate, up --keep, status, logs, wait, keys and teardown', async () => {
    const registered = JSON.parse((await mlship(['register', '--json', '--model-name', 'ridge', '--model-path', join(EXAMPLE, 'model')])).stdout);
    expect(registered).toMatchObject({ modelId: 'ridge:1', name: 'ridge', version: '1', reused: false, files: 1 });
    const validated = await mlship(['validate', '--json', join(EXAMPLE, 'inferenceconfig.json')]);
    expect(JSON.parse(validated.stdout)).toMatchObject({ valid: true, files: [{ kind: expect.any(String), errors: 0 }] });

    const up = await mlship(['up', '--keep', '--json']);
    expect(up.code, up.stderr).toBe(0);
    const report = JSON.parse(up.stdout);
    expect(report).toMatchObject({
      model: { modelId: 'diabetes-ridge:1' },
      deployment: { endpointName: 'diabetes-example' },
      wait: { state: 'Healthy' },
      running: true,
    });
    expect(report.stopCommand).toContain('mlship teardown --endpoint-name diabetes-example');
    const cwd = up.cwd;

    const status = JSON.parse((await mlship(['status', '--json'], cwd)).stdout);
    expect(status.endpoints).toHaveLength(1);
    expect(status.endpoints[0]).toMatchObject({
      name: 'diabetes-example',
      target: 'local',
      traffic: { blue: 100 },
      deployments: [{ name: 'blue', state: 'Healthy', traffic: 100 }],
    });
    expect(status.endpoints[0].scoringUri).toBe(report.deployment.scoringUri);

    const waited = JSON.parse(
      (await mlship(['wait', '--json', '--endpoint-name', 'diabetes-example', '--sample-request', join(EXAMPLE, 'sample-request.json')], cwd)).stdout,
    );
    expect(waited).toMatchObject({ state: 'Healthy', sample: { status: 200 } });
    const logs = JSON.parse((await mlship(['logs', '--json', '--endpoint-name', 'diabetes-example', '--lines', '5'], cwd)).stdout);
    expect(logs).toMatchObject({ endpoint: 'diabetes-example', deployment: 'blue' });
    expect(logs.logs).toContain('POST /score 200');
    const keys = JSON.parse((await mlship(['keys', '--json', '--endpoint-name', 'diabetes-example'], cwd)).stdout);
    expect(keys).toEqual({ primaryKey: null, secondaryKey: null });
    const torn = JSON.parse((await mlship(['teardown', '--json', '--endpoint-name', 'diabetes-example'], cwd)).stdout);
    expect(torn).toEqual({ deleted: ['deployment:diabetes-example/blue', 'endpoint:diabetes-example'] });
  });
});

describe('status and logs', () => {
  it('status shows target, deployment, state, traffic, age and URL; logs prints the scoring log and follows it', async () => {
    const up = await mlship(['up', '--keep']);
    expect(up.code, up.stderr).toBe(0);
    const cwd = up.cwd;
    const status = await mlship(['status'], cwd);
    expect(status.stdout).toMatch(/^ENDPOINT +TARGET +DEPLOYMENT +STATE +TRAFFIC +AGE +URL$/m);
    expect(status.stdout).toMatch(/^diabetes-example +local +blue +Healthy +100% +\S+ +http:\/\/127\.0\.0\.1:\d+\/score$/m);
    const one = await mlship(['status', '--endpoint-name', 'diabetes-example'], cwd);
    expect(one.stdout).toMatch(/diabetes-example +local +blue +Healthy/);
    expect((await mlship(['status', '--endpoint-name', 'no-such-endpoint', '--target', 'local'], cwd)).code).toBe(1);

    const logs = await mlship(['logs', '--endpoint-name', 'diabetes-example', '--lines', '2'], cwd);
    expect(logs.code, logs.stderr).toBe(0);
    expect(logs.stdout.trimEnd().split('\n')).toHaveLength(2);
    const initializer = await mlship(['logs', '--endpoint-name', 'diabetes-example', '--container', 'storage-initializer'], cwd);
    expect(initializer.code).toBe(2);
    expect(initializer.stderr).toContain('no storage-initializer container');
    expect((await mlship(['logs', '--endpoint-name', 'diabetes-example', '--container', 'sidecar'], cwd)).stderr).toContain(
      'use inference-server or storage-initializer',
    );

    // --follow prints what the server logs while it runs: a request made meanwhile shows up.
    const uri = /(http:\/\/127\.0\.0\.1:\d+\/score)/.exec(status.stdout)![1]!;
    const following = mlship(['logs', '--endpoint-name', 'diabetes-example', '--lines', '1', '--follow', '--timeout', '3s'], cwd);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await fetch(uri.replace('/score', '/swagger.json'));
    const followed = await following;
    expect(followed.code, followed.stderr).toBe(0);
    expect(followed.stdout).toContain('GET /swagger.json');

    await mlship(['teardown', '--endpoint-name', 'diabetes-example'], cwd);
    expect((await mlship(['status'], cwd)).stdout).toMatch(/diabetes-example +local +- +does not exist \(deleted\)|No endpoints/);
    expect((await mlship(['logs', '--endpoint-name', 'diabetes-example'], cwd)).code).toBe(1);
  });
});

describe('help, did-you-mean and completion', () => {
  it("help CMD and CMD --help print that command's own text", async () => {
    const help = await mlship(['help', 'logs']);
    const flag = await mlship(['logs', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(flag.stdout);
    expect(help.stdout).toContain('Usage: mlship logs --endpoint-name NAME');
    expect(help.stdout).toContain('--follow');
    expect(help.stdout).not.toContain('--keep');
    expect((await mlship(['help', 'stauts'])).stderr).toContain('did you mean status?');
  });

  it('a misspelt flag or command names the one meant; a flag of another command is refused by name', async () => {
    const flag = await mlship(['status', '--endpont-name', 'x']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('did you mean --endpoint-name?');
    expect((await mlship(['stauts'])).stderr).toContain('did you mean status?');
    const foreign = await mlship(['keys', '--endpoint-name', 'abc', '--model', 'x']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('mlship keys does not take --model');
    expect(existsSync(join(foreign.cwd, '.mlship'))).toBe(false);
  });

  it('bash completion offers the commands, and each command its own flags', async () => {
    const script = (await mlship(['completion', 'bash'])).stdout;
    const file = join(mkdtempSync(join(tmpdir(), 'mlship-completion-')), 'mlship.bash');
    writeFileSync(file, script);
    const complete = (words: string[]) =>
      spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${words.join(' ')}); COMP_CWORD=${words.length - 1}; _mlship; echo "\${COMPREPLY[@]}"`], {
        encoding: 'utf8',
      }).stdout.trim();
    expect(complete(['mlship', 'st']).split(' ')).toEqual(['status']);
    expect(complete(['mlship', 'logs', '--fol']).split(' ')).toEqual(['--follow']);
    expect(complete(['mlship', 'keys', '--mo'])).toBe('');
    expect((await mlship(['completion', 'fish'])).code).toBe(2);
    expect((await mlship(['completion', 'zsh'])).stdout).toContain('compdef _mlship mlship');
  });
});

describe('gc', () => {
  it('removes run folders, environments and leftovers nothing uses, and keeps what a running deployment uses', async () => {
    const up = await mlship(['up', '--keep']);
    expect(up.code, up.stderr).toBe(0);
    const home = join(up.cwd, '.mlship');
    const runs = join(home, 'endpoints', 'diabetes-example', 'blue');
    const live = readdirSync(runs);
    mkdirSync(join(runs, 'aaaaaaaaaaaa'));
    writeFileSync(join(runs, 'aaaaaaaaaaaa', 'scoring.log'), 'x'.repeat(1000));
    mkdirSync(join(home, 'venvs', 'f00d', 'bin'), { recursive: true });
    writeFileSync(join(home, 'registry.json.999999.abcd.tmp'), '{}');
    const dry = await mlship(['gc', '--dry-run'], up.cwd);
    expect(dry.stdout).toContain('Would remove endpoints/diabetes-example/blue/aaaaaaaaaaaa');
    expect(dry.stdout).toContain('Would remove venvs/f00d');
    expect(dry.stdout).toContain('Would remove registry.json.999999.abcd.tmp');
    expect(existsSync(join(runs, 'aaaaaaaaaaaa'))).toBe(true);
    const gc = JSON.parse((await mlship(['gc', '--json'], up.cwd)).stdout);
    expect(gc.removed).toHaveLength(3);
    expect(readdirSync(runs)).toEqual(live);
    expect(existsSync(join(home, 'venvs', 'f00d'))).toBe(false);
    // The running deployment kept its folder: it still answers, and its log is still there.
    expect((await mlship(['status', '--endpoint-name', 'diabetes-example'], up.cwd)).stdout).toMatch(/blue +Healthy/);
    expect((await mlship(['logs', '--endpoint-name', 'diabetes-example'], up.cwd)).stdout).toContain('GET /');
    await mlship(['teardown', '--endpoint-name', 'diabetes-example'], up.cwd);
  });
});

describe('Ctrl-C during up', () => {
  /** Starts `mlship up` on a model whose init() takes a minute, and resolves once its server started. */
  function slowUp(prelude = ''): {
    child: ChildProcess;
    done: Promise<{ code: number | null; stdout: string; stderr: string }>;
    started: Promise<void>;
    tearing: Promise<void>;
    home: string;
  } {
    const project = exampleCopy({ score: `import time\n${prelude}\ndef init():\n    time.sleep(60)\n\ndef run(raw):\n    return {}\n` });
    const home = join(project, '.mlship');
    homes.push(home);
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'bin/mlship.js'),
        'up',
        '--inference-config',
        join(project, 'inferenceconfig.json'),
        '--deployment-config',
        join(project, 'deploymentconfig.json'),
        '--model-name',
        'slow',
        '--model-path',
        join(project, 'model'),
        '--endpoint-name',
        'slow-init',
      ],
      { cwd: project, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    let stdout = '';
    let stderr = '';
    let notify!: () => void;
    let notifyTearing!: () => void;
    const started = new Promise<void>((resolve) => (notify = resolve));
    const tearing = new Promise<void>((resolve) => (notifyTearing = resolve));
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => {
      stderr += d;
      if (/Started the scoring server/.test(stderr)) notify();
      if (/Interrupted: tearing down/.test(stderr)) notifyTearing();
    });
    const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.on('close', (code) => resolve({ code, stdout, stderr })),
    );
    return { child, done, started, tearing, home };
  }

  it('the first Ctrl-C tears down what the run created, says so, and exits 130', async () => {
    const run = slowUp();
    await run.started;
    expect(scoringProcesses(`${run.home}|`).length).toBeGreaterThan(0);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    expect(result.stderr).toContain('Interrupted: tearing down what this run created');
    expect(result.stdout).toContain('torn down    deployment:slow-init/blue, endpoint:slow-init');
    expect(scoringProcesses(`${run.home}|`)).toEqual([]);
    expect(existsSync(join(run.home, 'endpoints', 'slow-init.json'))).toBe(false);
  }, 60_000);

  it('a second Ctrl-C stops at once and prints the command that removes what is left', async () => {
    // A server that ignores SIGTERM keeps the teardown busy (it waits, then kills it): time for a second Ctrl-C.
    const run = slowUp('import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n');
    await run.started;
    run.child.kill('SIGINT');
    // Signals sent together merge into one: the second comes once the teardown has begun.
    await run.tearing;
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted again: .*Remove what is left with: npx mlship teardown --endpoint-name slow-init/);
    // What the first Ctrl-C did not reach is removed by the command it printed.
    const teardown = await mlship(['teardown', '--endpoint-name', 'slow-init', '--missing-ok'], join(run.home, '..'));
    expect(teardown.code, teardown.stderr).toBe(0);
    expect(scoringProcesses(`${run.home}|`)).toEqual([]);
  }, 60_000);
});

describe('two runs on one endpoint at once', () => {
  it('the second waits for the first, naming its process and command, and neither breaks the other', async () => {
    const project = exampleCopy({ score: 'import json, time\n\ndef init():\n    time.sleep(2)\n\ndef run(raw):\n    return {"ok": True}\n' });
    const home = join(project, '.mlship');
    homes.push(home);
    const args = [
      join(ROOT, 'bin/mlship.js'),
      'up',
      '--keep',
      '--inference-config',
      join(project, 'inferenceconfig.json'),
      '--deployment-config',
      join(project, 'deploymentconfig.json'),
      '--model-name',
      'racer',
      '--model-path',
      join(project, 'model'),
      '--endpoint-name',
      'race-ep',
    ];
    const start = () => {
      const child = spawn(process.execPath, args, { cwd: project, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
      return { child, done, stderr: () => stderr };
    };
    const first = start();
    while (!/Started the scoring server/.test(first.stderr())) await new Promise((resolve) => setTimeout(resolve, 50));
    const second = start();
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain(`endpoint race-ep on local is in use by another mlship run: process ${first.child.pid} (mlship up --keep, since`);
    // One server serves (its processes all carry one server id), the one the record names.
    const ids = new Set(
      scoringProcesses(`${home}|race-ep|`).map((pid) =>
        readFileSync(`/proc/${pid}/environ`, 'utf8')
          .split('\0')
          .find((v) => v.startsWith('MLSHIP_SERVER_ID=')),
      ),
    );
    expect(ids.size).toBe(1);
    expect((await mlship(['status', '--endpoint-name', 'race-ep'], project)).stdout).toMatch(/race-ep +local +blue +Healthy/);
    await mlship(['teardown', '--endpoint-name', 'race-ep'], project);
  }, 60_000);
});

describe('pip under the command line', () => {
  // pip may only ever reach loopback in tests.
  const offline = { PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_RETRIES: '0' };
  const withPip = (packages: string[]) => {
    const project = exampleCopy({
      inferenceConfig: JSON.stringify({
        entryScript: 'score.py',
        sourceDirectory: 'src',
        environment: { name: 'with-pip', python: { condaDependencies: { dependencies: ['python=3', { pip: packages }] } } },
      }),
    });
    homes.push(join(project, '.mlship'));
    return project;
  };
  const run = (project: string, args: string[], env: Record<string, string>) =>
    spawn(process.execPath, [join(ROOT, 'bin/mlship.js'), 'build-env', '--inference-config', join(project, 'inferenceconfig.json'), ...args], {
      cwd: project,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
  const finished = (child: ChildProcess) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('-v streams what pip says; without it only the result is shown', async () => {
    const verbose = await finished(run(withPip(['pip']), ['-v'], offline));
    expect(verbose.code, verbose.stderr).toBe(0);
    expect(verbose.stderr).toMatch(/^ {2}Requirement already satisfied: pip/m);
    const quiet = await finished(run(withPip(['pip']), [], offline));
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toContain('Requirement already satisfied');
    expect(quiet.stdout).toMatch(/^with-pip:\d+$/m);
  }, 120_000);

  it('SIGTERM while pip runs stops pip too: nothing the command started outlives it', async () => {
    // An index that accepts connections and never answers: pip waits on it.
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const marker = `mlship-test-${process.pid}-${Date.now()}`;
    try {
      const child = run(withPip(['mlship-hanging-package==1.0']), [], {
        PIP_INDEX_URL: `http://127.0.0.1:${port}/simple`,
        PIP_DEFAULT_TIMEOUT: '120',
        MLSHIP_TEST_MARKER: marker,
      });
      const result = finished(child);
      const pips = () => processesWith(`MLSHIP_TEST_MARKER=${marker}`).filter((pid) => pid !== child.pid);
      // mlship's own pip install (not the one ensurepip runs while the venv is made).
      const installing = () =>
        pips().some((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--disable-pip-version-check');
          } catch {
            return false;
          }
        });
      for (let i = 0; i < 600 && !installing(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(installing()).toBe(true);
      child.kill('SIGTERM');
      const ended = await result;
      expect(ended.code).toBe(143);
      expect(ended.stderr).toContain('Terminated: stopping what this command started.');
      expect(pips()).toEqual([]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});

/** Live processes whose environment holds `entry`. */
function processesWith(entry: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return (
          stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z' && readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('clear words', () => {
  it('a failed init() shows its traceback once, and a deploy whose environment cannot be built registers and creates nothing', async () => {
    const project = exampleCopy({ score: 'def init():\n    raise RuntimeError("weights missing")\n\ndef run(raw):\n    return raw\n' });
    const failed = await mlship(
      [
        'up',
        '--inference-config',
        join(project, 'inferenceconfig.json'),
        '--deployment-config',
        join(project, 'deploymentconfig.json'),
        '--model-name',
        'tb',
        '--model-path',
        join(project, 'model'),
        '--endpoint-name',
        'tb-ep',
      ],
      project,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr.split('RuntimeError: weights missing').length - 1).toBe(1);
    const broken = exampleCopy({
      inferenceConfig: JSON.stringify({
        entryScript: 'score.py',
        sourceDirectory: 'src',
        environment: { name: 'unbuildable', python: { condaDependencies: { dependencies: [{ pip: ['mlship-no-such-package==1.0'] }] } } },
      }),
    });
    const deploy = await exec(
      process.execPath,
      [
        join(ROOT, 'bin/mlship.js'),
        'deploy',
        '--inference-config',
        join(broken, 'inferenceconfig.json'),
        '--model',
        join(broken, 'model'),
        '--endpoint-name',
        'unbuilt',
      ],
      {
        cwd: broken,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_RETRIES: '0' },
      },
    ).catch((err: { code: number; stderr: string }) => err);
    expect((deploy as { code: number }).code).toBe(1);
    const registry = join(broken, '.mlship', 'registry.json');
    expect(existsSync(registry) ? JSON.parse(readFileSync(registry, 'utf8')).environments : {}).toEqual({});
    expect(existsSync(join(broken, '.mlship', 'endpoints', 'unbuilt.json'))).toBe(false);
  }, 120_000);

  it('settings of an emulator that is no longer running say so, instead of an MSAL error code alone', async () => {
    const stale = await exec(process.execPath, [join(ROOT, 'bin/mlship.js'), 'status', '--target', 'aci'], {
      cwd: mkdtempSync(join(tmpdir(), 'mlship-stale-')),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        // What an old `mlship emulator --env-out` file sets; nothing listens on port 9.
        MLSHIP_ARM_ENDPOINT: 'https://127.0.0.1:9',
        AZURE_AUTHORITY_HOST: 'https://127.0.0.1:9',
        AZURE_TENANT_ID: 'mlship-emulator-tenant',
        AZURE_CLIENT_ID: 'mlship-emulator-client',
        AZURE_CLIENT_SECRET: 'emulator-secret-0123456789abcdef',
        MLSHIP_SUBSCRIPTION_ID: '00000000-0000-0000-0000-000000000000',
        MLSHIP_RESOURCE_GROUP: 'mlship-rg',
        MLSHIP_WORKSPACE: 'mlship-ws',
      },
    }).catch((err: { code: number; stderr: string }) => err);
    expect((stale as { code: number }).code).toBe(2);
    expect((stale as { stderr: string }).stderr).toContain('Nothing answers at https://127.0.0.1:9: the mlship emulator these settings point at');
  });

  it("a score.py that listens on the deployment's port is told whose port it is", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const project = exampleCopy({
      score: `import socket\n\ndef init():\n    s = socket.socket()\n    s.bind(("127.0.0.1", ${port}))\n\ndef run(raw):\n    return raw\n`,
      deploymentConfig: { computeType: 'local', port },
    });
    const run = await mlship(
      [
        'up',
        '--inference-config',
        join(project, 'inferenceconfig.json'),
        '--deployment-config',
        join(project, 'deploymentconfig.json'),
        '--model',
        join(project, 'model'),
        '--endpoint-name',
        'port-taker',
      ],
      project,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`a port score.py tried to listen on is in use. The deployment's own port, ${port}, is the scoring server's`);
  });
});
