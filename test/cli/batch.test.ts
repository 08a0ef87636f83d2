import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROOT } from '../helpers/run-action.js';

// Batch deployments on the local target, through the command line as a user runs it: deploy a
// batch YAML, invoke it on a folder, read what Azure's batch driver would have written. Each
// scoring script below tests one point of Azure's contract (batch-contract.md, and the sources
// cited in src/targets/local/batch_driver.py).

const exec = promisify(execFile);
const BATCH_EXAMPLE = join(ROOT, 'examples/diabetes-batch');

async function mlship(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'bin/mlship.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Processes whose command line mentions `text` (a job's folder): none may outlive a job. */
function processesMentioning(text: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

interface Project {
  dir: string;
  deployment: string;
  data: string;
}

/** A project with `score.py`, `files` as input and a batch deployment with `settings`. */
function project(
  script: string,
  settings: Record<string, unknown> = {},
  files: Record<string, string> = defaultFiles(6),
  extra: Record<string, unknown> = {},
): Project {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-batch-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'model'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'model', 'weights.txt'), '3');
  writeFileSync(join(dir, 'src', 'score.py'), script);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'data', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'data', name), text);
  }
  const deployment = join(dir, 'deployment.yml');
  writeFileSync(
    deployment,
    stringify({
      $schema: 'https://azuremlschemas.azureedge.net/latest/modelBatchDeployment.schema.json',
      name: 'main',
      endpoint_name: 'scores',
      type: 'model',
      model: { name: 'weights', path: 'model' },
      code_configuration: { code: 'src', scoring_script: 'score.py' },
      compute: 'azureml:cpu-cluster',
      settings: { mini_batch_size: 1, ...settings },
      ...extra,
    }),
  );
  return { dir, deployment, data: join(dir, 'data') };
}

function defaultFiles(n: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}.txt`, `${i}\n`]));
}

async function deployAndInvoke(p: Project, invokeArgs: string[] = []) {
  const deployed = await mlship(['deploy', '--deployment', p.deployment, '--json'], p.dir);
  expect(deployed.code, deployed.stderr).toBe(0);
  const out = join(p.dir, 'out');
  const run = await mlship(['invoke', '--endpoint-name', 'scores', '--input', p.data, '--output', out, '--json', ...invokeArgs], p.dir);
  const job = run.stdout ? JSON.parse(run.stdout) : undefined;
  const predictions = join(out, 'named-outputs', 'score', 'predictions.csv');
  return { run, job, out, predictions: existsSync(predictions) ? readFileSync(predictions, 'utf8') : undefined };
}

const LINES = (text = '') => text.split('\n').filter(Boolean);

describe('the bundled batch example, deployed and invoked as a user would', () => {
  it('scores every row of every file; an unchanged redeploy writes nothing; teardown leaves nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlship-batch-example-'));
    const args = ['deploy', '--deployment', join(BATCH_EXAMPLE, 'batch-deployment.yml'), '--endpoint', join(BATCH_EXAMPLE, 'batch-endpoint.yml'), '--json'];
    const planArgs = ['plan', ...args.slice(1)];
    const planned = await mlship(planArgs, cwd);
    expect(planned.code, planned.stderr).toBe(0);
    expect(JSON.parse(planned.stdout).items.map((i: { action: string }) => i.action)).toEqual(['create', 'create', 'create']);
    expect(existsSync(join(cwd, '.mlship', 'batch'))).toBe(false);
    const first = await mlship(args, cwd);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ endpointName: 'diabetes-batch', deploymentName: 'ridge', action: 'created', isDefault: true });
    const record = join(cwd, '.mlship', 'batch', 'diabetes-batch.json');
    const before = statSync(record).mtimeMs;
    const again = await mlship(args, cwd);
    expect(JSON.parse(again.stdout)).toMatchObject({ action: 'unchanged', unchanged: true });
    expect(JSON.parse((await mlship(planArgs, cwd)).stdout).items.map((i: { action: string }) => i.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(statSync(record).mtimeMs).toBe(before);

    const out = join(cwd, 'scores');
    const run = await mlship(['invoke', '--endpoint-name', 'diabetes-batch', '--input', join(BATCH_EXAMPLE, 'data'), '--output', out], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^batchjob-[0-9a-f-]{36}: Completed/);
    expect(run.stdout).toContain('20 succeeded, 0 failed');
    // One row per returned element, computed here from the model independently of the script.
    const model = JSON.parse(readFileSync(join(ROOT, 'examples/diabetes/model/diabetes-ridge.json'), 'utf8'));
    const expected = new Set<string>();
    for (const name of readdirSync(join(BATCH_EXAMPLE, 'data'))) {
      const [header, ...rows] = LINES(readFileSync(join(BATCH_EXAMPLE, 'data', name), 'utf8'));
      const columns = header!.split(',');
      rows.forEach((row, index) => {
        const values = row.split(',').map(Number);
        const x = model.features.map((f: string) => values[columns.indexOf(f)]);
        const y = model.intercept + model.coefficients.reduce((sum: number, c: number, i: number) => sum + c * x[i], 0);
        expected.add(`${name},${index},${y.toFixed(3)}`);
      });
    }
    const written = LINES(readFileSync(join(out, 'named-outputs', 'score', 'predictions.csv'), 'utf8'));
    expect(written).toHaveLength(expected.size);
    expect(new Set(written)).toEqual(expected);
    expect(existsSync(join(out, 'logs', 'job_progress_overview.txt'))).toBe(true);

    const status = JSON.parse((await mlship(['status', '--json'], cwd)).stdout);
    expect(status.endpoints).toEqual([
      expect.objectContaining({
        name: 'diabetes-batch',
        target: 'local',
        traffic: { ridge: 100 },
        deployments: [expect.objectContaining({ name: 'ridge', state: 'Healthy' })],
      }),
    ]);
    expect((await mlship(['status', '--endpoint-name', 'diabetes-batch'], cwd)).stdout).toMatch(/diabetes-batch\s+local\s+ridge\s+Healthy\s+100%/);
    const down = await mlship(['teardown', '--endpoint-name', 'diabetes-batch', '--json'], cwd);
    expect(JSON.parse(down.stdout).deleted).toEqual(['batch-deployment:diabetes-batch/ridge', 'batch-endpoint:diabetes-batch']);
    expect(existsSync(record)).toBe(false);
    const gone = await mlship(['invoke', '--endpoint-name', 'diabetes-batch', '--input', join(BATCH_EXAMPLE, 'data')], cwd);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain('batch endpoint diabetes-batch does not exist');
  });
});

describe("Azure's batch contract, on the local driver", () => {
  it('run() gets file paths, mini_batch_size at a time, nested folders skipped; init() once per worker; the model and variables are there', async () => {
    const p = project(
      [
        'import os, logging',
        'def init():',
        '    with open(os.path.join(os.environ["OUT_DIR"], f"init-{os.getpid()}"), "w") as f:',
        '        f.write(open(os.path.join(os.environ["AZUREML_MODEL_DIR"], "model", "weights.txt")).read())',
        'def run(mini_batch):',
        '    print(f"batch of {len(mini_batch)}")',
        '    logging.debug("a debug line")',
        '    return [f"{os.path.basename(p)} {len(mini_batch)} {os.path.isabs(p)} {os.environ[\'GREETING\']}" for p in mini_batch]',
      ].join('\n'),
      { mini_batch_size: 3, max_concurrency_per_instance: 2, logging_level: 'debug', environment_variables: { GREETING: 'hi' } },
      { ...defaultFiles(7), 'nested/deep.txt': 'x' },
    );
    const inits = join(p.dir, 'inits');
    mkdirSync(inits);
    const yaml = readFileSync(p.deployment, 'utf8').replace('GREETING: hi', `GREETING: hi\n    OUT_DIR: ${inits}`);
    writeFileSync(p.deployment, yaml);
    const { run, job, predictions, out } = await deployAndInvoke(p);
    expect(run.code, run.stderr).toBe(0);
    expect(job).toMatchObject({ status: 'Completed', files: 7, miniBatches: 3, succeededItems: 7, failedItems: 0 });
    const rows = LINES(predictions);
    expect(rows.map((r) => r.split(' ')[0]).sort()).toEqual(Object.keys(defaultFiles(7)).sort());
    expect(rows.every((r) => r.endsWith(' True hi'))).toBe(true);
    expect(rows.map((r) => Number(r.split(' ')[1])).sort()).toEqual([1, 3, 3, 3, 3, 3, 3]);
    // Two workers, each with one init(); both read the model the deployment names.
    // (A worker still in init() when the last mini-batch ended is stopped with the job: its file may be empty.)
    const initFiles = readdirSync(inits);
    const finished = initFiles.map((f) => readFileSync(join(inits, f), 'utf8')).filter(Boolean);
    expect(initFiles.length).toBeLessThanOrEqual(2);
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(finished).toEqual(finished.map(() => '3'));
    const stdoutLogs = join(out, 'logs', 'user', 'stdout', '127.0.0.1');
    const logText = readdirSync(stdoutLogs)
      .map((f) => readFileSync(join(stdoutLogs, f), 'utf8'))
      .join('');
    expect(logText).toContain('batch of 3');
    expect(logText).toContain('a debug line');
  });

  it('a mini-batch that raises is retried max_retries times, then its files are counted as failed; the traceback is in the logs', async () => {
    const p = project(
      [
        'import os',
        'def init():',
        '    pass',
        'def run(mini_batch):',
        '    if any(p.endswith("f2.txt") for p in mini_batch):',
        '        with open(os.environ["AZUREML_BI_OUTPUT_PATH"] + "/../../attempts", "a") as f: f.write("x")',
        '        raise ValueError("file two is broken")',
        '    return [os.path.basename(p) for p in mini_batch]',
      ].join('\n'),
      { retry_settings: { max_retries: 2, timeout: 30 } },
    );
    const { run, job, predictions, out } = await deployAndInvoke(p);
    expect(run.code, run.stderr).toBe(0);
    expect(job).toMatchObject({ status: 'Completed', files: 6, succeededItems: 5, failedItems: 1, failedMiniBatches: 1 });
    expect(readFileSync(join(out, 'attempts'), 'utf8')).toBe('xxx');
    expect(LINES(predictions).sort()).toEqual(['f0.txt', 'f1.txt', 'f3.txt', 'f4.txt', 'f5.txt']);
    expect(job.failedMiniBatchDetails[0]).toMatchObject({ files: ['f2.txt'], fileCount: 1 });
    expect(job.failedMiniBatchDetails[0].error).toContain('ValueError: file two is broken');
    expect(job.failedMiniBatchDetails[0].error).toContain('score.py", line 7, in run');
    expect(job.failedMiniBatchDetails[0].error).not.toContain('batch_driver');
    expect(readFileSync(join(out, 'logs', 'user', 'error.txt'), 'utf8')).toContain('file two is broken');
    const human = await mlship(['invoke', '--endpoint-name', 'scores', '--input', p.data, '--output', join(p.dir, 'again')], p.dir);
    expect(human.stdout).toContain('mini-batch');
    expect(human.stdout).toContain('ValueError: file two is broken');
  });

  it('error_threshold fails the job exactly when more files failed than it allows', async () => {
    const script = [
      'def init():',
      '    pass',
      'def run(mini_batch):',
      '    if any(p[-5] in "024" for p in mini_batch):',
      '        raise RuntimeError("even")',
      '    return mini_batch',
    ].join('\n');
    const allowed = await deployAndInvoke(project(script, { error_threshold: 3, retry_settings: { max_retries: 0 } }));
    expect(allowed.job).toMatchObject({ status: 'Completed', failedItems: 3, succeededItems: 3 });
    expect(allowed.run.code).toBe(0);
    const exceeded = await deployAndInvoke(project(script, { error_threshold: 2, retry_settings: { max_retries: 0 } }));
    expect(exceeded.job.status).toBe('Failed');
    expect(exceeded.job.error).toContain('error_threshold 2');
    expect(exceeded.run.code).toBe(1);
    const ignored = await deployAndInvoke(project(script, { error_threshold: -1, retry_settings: { max_retries: 0 } }));
    expect(ignored.job).toMatchObject({ status: 'Completed', failedItems: 3 });
  });

  it('fewer elements than files counts the difference as failed items', async () => {
    const p = project(['def init():', '    pass', 'def run(mini_batch):', '    return mini_batch[:1]'].join('\n'), { mini_batch_size: 3, error_threshold: 4 });
    const { job } = await deployAndInvoke(p);
    expect(job).toMatchObject({ status: 'Completed', succeededItems: 2, failedItems: 4 });
    const strict = project(['def init():', '    pass', 'def run(mini_batch):', '    return mini_batch[:1]'].join('\n'), {
      mini_batch_size: 3,
      error_threshold: 3,
    });
    expect((await deployAndInvoke(strict)).job.status).toBe('Failed');
  });

  it('run() returning None fails its mini-batch with Azure’s reason; a job where no item succeeded fails', async () => {
    const p = project(['def init():', '    pass', 'def run(mini_batch):', '    return None'].join('\n'), { retry_settings: { max_retries: 1 } });
    const { run, job, out } = await deployAndInvoke(p);
    expect(run.code).toBe(1);
    expect(job.status).toBe('Failed');
    expect(job.error).toContain('No succeeded mini batch item returned from run()');
    expect(job.failedMiniBatchDetails[0].error).toContain('run() returned None: it should return a list or a pandas DataFrame');
    expect(readFileSync(join(out, 'logs', 'job_progress_overview.txt'), 'utf8')).toContain('The job failed');
    const empty = project(['def init():', '    pass', 'def run(mini_batch):', '    return []'].join('\n'));
    expect((await deployAndInvoke(empty)).job).toMatchObject({ status: 'Failed', succeededItems: 0 });
  });

  it('init() that raises fails the job with its traceback', async () => {
    const p = project(['def init():', '    raise ImportError("no module named sklearn")', 'def run(mini_batch):', '    return mini_batch'].join('\n'));
    const { run, job } = await deployAndInvoke(p);
    expect(run.code).toBe(1);
    expect(job.status).toBe('Failed');
    expect(job.error).toContain('init() failed');
    expect(job.error).toContain('ImportError: no module named sklearn');
  });

  it('workers that die while fast mini-batches are queued on them: the queued work goes to the others, nothing is lost or counted twice', async () => {
    // Fast mini-batches are queued deep on each worker; a death must hand them back, unattempted.
    const p = project(
      [
        'import os',
        'def init():',
        '    pass',
        'def run(mini_batch):',
        '    marker = os.environ["AZUREML_BI_OUTPUT_PATH"] + "/../../" + os.path.basename(mini_batch[0])',
        '    first = not os.path.exists(marker)',
        '    open(marker, "a").close()',
        '    if first and mini_batch[0].endswith(("f40.txt", "f80.txt", "f120.txt")):',
        '        os._exit(9)',
        '    return [os.path.basename(f) for f in mini_batch]',
      ].join('\n'),
      { max_concurrency_per_instance: 2, retry_settings: { max_retries: 1, timeout: 30 } },
      defaultFiles(160),
    );
    const { run, job, predictions } = await deployAndInvoke(p);
    expect(run.code, run.stderr).toBe(0);
    expect(job).toMatchObject({ status: 'Completed', miniBatches: 160, succeededItems: 160, failedItems: 0 });
    expect(LINES(predictions).sort()).toEqual(Object.keys(defaultFiles(160)).sort());
  });

  it('a mini-batch over retry_settings.timeout is stopped and retried; a worker that dies is replaced', async () => {
    const p = project(
      [
        'import os, time',
        'def init():',
        '    pass',
        'def run(mini_batch):',
        '    marker = os.environ["AZUREML_BI_OUTPUT_PATH"] + "/../../" + os.path.basename(mini_batch[0])',
        '    first = not os.path.exists(marker)',
        '    open(marker, "a").close()',
        '    if first and mini_batch[0].endswith("f1.txt"):',
        '        time.sleep(60)',
        '    if first and mini_batch[0].endswith("f3.txt"):',
        '        os._exit(9)',
        '    return mini_batch',
      ].join('\n'),
      { retry_settings: { max_retries: 1, timeout: 1 } },
    );
    const { run, job, out } = await deployAndInvoke(p);
    expect(run.code, run.stderr).toBe(0);
    expect(job).toMatchObject({ status: 'Completed', succeededItems: 6, failedItems: 0 });
    const sys = readdirSync(join(out, 'logs', 'sys', 'node', '127.0.0.1'))
      .map((f) => readFileSync(join(out, 'logs', 'sys', 'node', '127.0.0.1', f), 'utf8'))
      .join('');
    expect(sys).toContain('timed out after 1 s');
    expect(sys).toContain('exited with code 9');
    expect(processesMentioning(p.dir)).toEqual([]);
  });

  it('summary_only writes no output file; the script writes its own to AZUREML_BI_OUTPUT_PATH', async () => {
    const p = project(
      [
        'import os',
        'def init():',
        '    pass',
        'def run(mini_batch):',
        '    for path in mini_batch:',
        '        with open(os.path.join(os.environ["AZUREML_BI_OUTPUT_PATH"], os.path.basename(path) + ".out"), "w") as f: f.write("done")',
        '    return mini_batch',
      ].join('\n'),
      { output_action: 'summary_only' },
    );
    const { run, job, out, predictions } = await deployAndInvoke(p);
    expect(run.code, run.stderr).toBe(0);
    expect(job.predictionsFile).toBeNull();
    expect(predictions).toBeUndefined();
    expect(readdirSync(join(out, 'named-outputs', 'score')).sort()).toEqual(Object.keys(defaultFiles(6)).map((f) => `${f}.out`));
  });

  it('--timeout cancels the job: exit 130, status Canceled, no process left', async () => {
    const p = project(['import time', 'def init():', '    pass', 'def run(mini_batch):', '    time.sleep(120)', '    return mini_batch'].join('\n'), {
      retry_settings: { timeout: 300 },
    });
    const { run, job } = await deployAndInvoke(p, ['--timeout', '2s']);
    expect(run.code).toBe(130);
    expect(job.status).toBe('Canceled');
    expect(processesMentioning(p.dir)).toEqual([]);
  });

  it('a concurrency sized for a cluster is capped on the runner, with a warning', async () => {
    const p = project(
      ['def init():', '    pass', 'def run(mini_batch):', '    return mini_batch'].join('\n'),
      { max_concurrency_per_instance: 500 },
      defaultFiles(3),
      {
        resources: { instance_count: 4 },
      },
    );
    const { run, job, out } = await deployAndInvoke(p);
    expect(run.code, run.stderr).toBe(0);
    expect(job).toMatchObject({ status: 'Completed', succeededItems: 3 });
    expect(run.stderr).toMatch(/2000 worker processes asked for .*this machine runs \d+ at most/);
    expect(readdirSync(join(out, 'logs', 'user', 'stdout', '127.0.0.1')).length).toBeLessThanOrEqual(64);
  });

  it('uri_file scores one file; a file given as uri_folder is refused before anything runs', async () => {
    const p = project(['def init():', '    pass', 'def run(mini_batch):', '    return mini_batch'].join('\n'));
    await mlship(['deploy', '--deployment', p.deployment], p.dir);
    const one = await mlship(['invoke', '--endpoint-name', 'scores', '--input', join(p.data, 'f1.txt'), '--json', '--output', join(p.dir, 'one')], p.dir);
    expect(JSON.parse(one.stdout)).toMatchObject({ status: 'Completed', files: 1 });
    const wrong = await mlship(['invoke', '--endpoint-name', 'scores', '--input', join(p.data, 'f1.txt'), '--input-type', 'uri_folder'], p.dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('is a file, but --input-type is uri_folder');
  });
});

describe('mlship up with a batch deployment', () => {
  it('deploys, runs a sample job, and removes what it created; with --keep the endpoint stays', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mlship-batch-up-'));
    const args = ['up', '--deployment', join(BATCH_EXAMPLE, 'batch-deployment.yml'), '--sample-input', join(BATCH_EXAMPLE, 'data'), '--json'];
    const run = await mlship(args, cwd);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ deployment: { action: 'created', isDefault: true }, job: { status: 'Completed', succeededItems: 20 }, kept: false });
    expect(run.stderr).toContain('Removed what this run created: batch-deployment:diabetes-batch/ridge, batch-endpoint:diabetes-batch');
    expect(existsSync(join(cwd, '.mlship', 'batch', 'diabetes-batch.json'))).toBe(false);
    const kept = await mlship([...args, '--keep'], cwd);
    expect(JSON.parse(kept.stdout)).toMatchObject({ kept: true });
    expect(existsSync(join(cwd, '.mlship', 'batch', 'diabetes-batch.json'))).toBe(true);
    // Run again without --keep: the endpoint was there before this run, so it stays.
    const again = await mlship(args, cwd);
    expect(JSON.parse(again.stdout)).toMatchObject({ deployment: { action: 'unchanged' }, job: { status: 'Completed' } });
    expect(existsSync(join(cwd, '.mlship', 'batch', 'diabetes-batch.json'))).toBe(true);
  });
});

describe('gc and batch deployments', () => {
  it('removes the code copy a redeploy replaced, keeps the one in use, and the deployment still runs', async () => {
    const p = project(['def init():', '    pass', 'def run(mini_batch):', '    return ["v1"] * len(mini_batch)'].join('\n'));
    expect((await mlship(['deploy', '--deployment', p.deployment], p.dir)).code).toBe(0);
    writeFileSync(join(p.dir, 'src', 'score.py'), 'def init():\n    pass\ndef run(mini_batch):\n    return ["v2"] * len(mini_batch)\n');
    expect(JSON.parse((await mlship(['deploy', '--deployment', p.deployment, '--json'], p.dir)).stdout).action).toBe('updated');
    const gc = JSON.parse((await mlship(['gc', '--json'], p.dir)).stdout);
    const batchCode = gc.removed.filter((r: { path: string }) => r.path.includes('/batch/code/'));
    expect(batchCode).toEqual([expect.objectContaining({ why: 'no batch deployment uses this code' })]);
    const run = JSON.parse((await mlship(['invoke', '--endpoint-name', 'scores', '--input', p.data, '--json', '--output', join(p.dir, 'out')], p.dir)).stdout);
    expect(readFileSync(run.predictionsFile, 'utf8')).toContain('v2');
  });
});

describe('deployments, defaults and refusals', () => {
  it('the first deployment is the default; another becomes it only with --make-default; the default is not torn down alone', async () => {
    const p = project(['def init():', '    pass', 'def run(mini_batch):', '    return ["main"] * len(mini_batch)'].join('\n'));
    await mlship(['deploy', '--deployment', p.deployment], p.dir);
    writeFileSync(join(p.dir, 'src', 'score2.py'), 'def init():\n    pass\ndef run(mini_batch):\n    return ["candidate"] * len(mini_batch)\n');
    const second = readFileSync(p.deployment, 'utf8').replace('name: main', 'name: candidate').replace('scoring_script: score.py', 'scoring_script: score2.py');
    const secondFile = join(p.dir, 'candidate.yml');
    writeFileSync(secondFile, second);
    const added = JSON.parse((await mlship(['deploy', '--deployment', secondFile, '--json'], p.dir)).stdout);
    expect(added).toMatchObject({ deploymentName: 'candidate', isDefault: false, defaultDeployment: 'main' });
    const byDefault = JSON.parse(
      (await mlship(['invoke', '--endpoint-name', 'scores', '--input', p.data, '--json', '--output', join(p.dir, 'a')], p.dir)).stdout,
    );
    expect(readFileSync(byDefault.predictionsFile, 'utf8')).toContain('main');
    const named = JSON.parse(
      (
        await mlship(
          ['invoke', '--endpoint-name', 'scores', '--deployment-name', 'candidate', '--input', p.data, '--json', '--output', join(p.dir, 'b')],
          p.dir,
        )
      ).stdout,
    );
    expect(readFileSync(named.predictionsFile, 'utf8')).toContain('candidate');
    const refused = await mlship(['teardown', '--endpoint-name', 'scores', '--deployment-name', 'main'], p.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is the default deployment of scores');
    const promoted = JSON.parse((await mlship(['deploy', '--deployment', secondFile, '--make-default', '--json'], p.dir)).stdout);
    expect(promoted).toMatchObject({ isDefault: true, defaultDeployment: 'candidate' });
    const removed = await mlship(['teardown', '--endpoint-name', 'scores', '--deployment-name', 'main', '--json'], p.dir);
    expect(JSON.parse(removed.stdout).deleted).toEqual(['batch-deployment:scores/main']);
  });

  it('bad input is refused by name before anything is written', async () => {
    const script = ['def init():', '    pass', 'def run(mini_batch):', '    return mini_batch'].join('\n');
    const cases: [Project, string[], RegExp][] = [
      [project(script, { output_file_name: '../../etc/passwd' }), [], /output_file_name.*not a plain file name/],
      [project(script, {}, undefined, { type: 'pipeline' }), [], /type.*pipeline component batch deployments are not supported/],
      [project(script, { mini_batch_size: 0 }), [], /mini_batch_size/],
      [project(script, { output_action: 'append_rows' }), [], /output_action/],
      [project(script), ['--target', 'aks'], /is a batch deployment.*--target amlcompute/],
      [project(script), ['--endpoint-name', '../escape'], /--endpoint-name/],
    ];
    for (const [p, args, message] of cases) {
      const run = await mlship(['deploy', '--deployment', p.deployment, ...args], p.dir);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(existsSync(join(p.dir, '.mlship', 'batch'))).toBe(false);
    }
    const p = project(script);
    writeFileSync(join(p.dir, 'endpoint.yml'), stringify({ name: 'scores', defaults: { deployment_name: 'main' } }));
    const defaults = await mlship(['deploy', '--deployment', p.deployment, '--endpoint', join(p.dir, 'endpoint.yml')], p.dir);
    expect(defaults.code).toBe(2);
    expect(defaults.stderr).toMatch(/endpoint\.yml:3:\d+ defaults\.deployment_name.*--make-default/s);
    await mlship(['deploy', '--deployment', p.deployment], p.dir);
    const remote = await mlship(['invoke', '--endpoint-name', 'scores', '--input', 'azureml://datastores/workspaceblobstore/paths/x/'], p.dir);
    expect(remote.stderr).toContain('needs --target amlcompute');
    const traversal = await mlship(['invoke', '--endpoint-name', '../../x', '--input', p.data], p.dir);
    expect(traversal.code).toBe(2);
  });
});
