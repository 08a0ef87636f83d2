import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-action.js';

/**
 * The server the conformance suite judges. By default mlship's local scoring server (front door and
 * built-in inference server, from src/). With MLSHIP_CONFORMANCE_AZMLINFSRV naming an `azmlinfsrv`
 * command, Microsoft's own server instead: the same tests then say what Azure does.
 */
export const REAL_SERVER = process.env.MLSHIP_CONFORMANCE_AZMLINFSRV;
/**
 * With MLSHIP_CONFORMANCE_FRONT_DOOR_PYTHON naming a Python that has azureml-inference-server-http,
 * mlship's local server in its azmlinfsrv mode (mlship's front door before Microsoft's server), as a
 * deployment whose environment has Azure's serving packages runs.
 */
export const FRONT_DOOR_PYTHON = REAL_SERVER ? undefined : process.env.MLSHIP_CONFORMANCE_FRONT_DOOR_PYTHON;
export const SERVER_KIND = REAL_SERVER ? 'azmlinfsrv' : FRONT_DOOR_PYTHON ? 'mlship front door + azmlinfsrv' : 'builtin';
export const FIXTURES = join(ROOT, 'test/fixtures/scoring');

function hasModules(python: string, modules: string[]): boolean {
  return spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ')], { stdio: 'ignore' }).status === 0;
}

/**
 * The Python that runs score.py for the built-in server: MLSHIP_CONFORMANCE_PYTHON, else the first of
 * python3 and Debian's /usr/bin/python3 that has numpy (CI installs python3-numpy), else python3.
 */
export const PYTHON =
  FRONT_DOOR_PYTHON ?? process.env.MLSHIP_CONFORMANCE_PYTHON ?? ['python3', '/usr/bin/python3'].find((p) => hasModules(p, ['numpy'])) ?? 'python3';

/** Whether the server's Python has these modules (for the real server: its own venv's Python). */
/** An interpreter without flask, for the stand-in Request's cases; undefined when this machine has none. */
export const PYTHON_WITHOUT_FLASK = [PYTHON, 'python3', '/usr/bin/python3'].find((p) => !hasModules(p, ['flask']) && hasModules(p, ['json']));

export function serverHas(modules: string[]): boolean {
  const python = REAL_SERVER ? join(REAL_SERVER, '..', 'python') : PYTHON;
  return hasModules(python, modules);
}

const announced = new Set<string>();
/** Says plainly, once, which tests are skipped and why. */
export function noteSkipped(what: string, why: string): void {
  if (announced.has(what)) return;
  announced.add(what);
  console.warn(`[conformance] skipped: ${what} (${why})`);
}

export interface ServerOptions {
  /** Fixture score.py under test/fixtures/scoring, or a folder with an entry script inside. */
  script: string;
  /** Entry script inside the copied folder (for folder fixtures). */
  entry?: string;
  env?: Record<string, string>;
  /** Files of the model folder (AZUREML_MODEL_DIR/model/...). */
  modelFiles?: Record<string, string>;
  /** Wait until the liveness route answers (default), or return as soon as the port is open. */
  waitReady?: boolean;
  /** The interpreter that runs the built-in server (default PYTHON). */
  python?: string;
}

export interface ServerUnderTest {
  url: string;
  codeDir: string;
  modelDir: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Copies the fixture into a fresh code folder and starts the server under test on it. */
export async function startServer(options: ServerOptions): Promise<ServerUnderTest> {
  const work = mkdtempSync(join(tmpdir(), 'mlship-conformance-'));
  const codeDir = join(work, 'code');
  const source = join(FIXTURES, options.script);
  if (options.entry) cpSync(source, codeDir, { recursive: true });
  else {
    mkdirSync(codeDir);
    cpSync(source, join(codeDir, 'score.py'));
  }
  const entry = join(codeDir, options.entry ?? 'score.py');
  const modelDir = join(work, 'azureml-models', 'model', '1');
  for (const [name, text] of Object.entries(options.modelFiles ?? { 'weights.json': '[1, 2]' })) {
    mkdirSync(join(modelDir, 'model', name, '..'), { recursive: true });
    writeFileSync(join(modelDir, 'model', name), text);
  }
  const logFile = join(work, 'server.log');
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LANG: 'C.UTF-8',
    AZUREML_MODEL_DIR: modelDir,
    AML_APP_ROOT: codeDir,
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    ...options.env,
  };
  let child: ChildProcess;
  const out = openSync(logFile, 'a');
  if (REAL_SERVER) {
    child = spawn(
      REAL_SERVER,
      ['--entry_script', entry, '--model_dir', modelDir, '--port', String(port), ...(env.WORKER_COUNT ? ['--worker_count', env.WORKER_COUNT] : [])],
      { cwd: codeDir, env, stdio: ['ignore', out, out], detached: true },
    );
  } else {
    const statusFile = join(work, 'status.json');
    child = spawn(options.python ?? PYTHON, ['-u', join(ROOT, 'src/targets/local/scoring_server.py')], {
      cwd: codeDir,
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...env,
        AZUREML_ENTRY_SCRIPT: entry,
        MLSHIP_STATUS_FILE: statusFile,
        MLSHIP_PORT: String(port),
        MLSHIP_DEPLOYMENT: 'blue',
        MLSHIP_WORKER_SCRIPT: join(ROOT, 'src/targets/local/scoring_worker.py'),
        MLSHIP_INFERENCE_SERVER: FRONT_DOOR_PYTHON ? 'azmlinfsrv' : 'builtin',
        MLSHIP_AUTH_KEYS: env.MLSHIP_AUTH_KEYS ?? '',
      },
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const server: ServerUnderTest = {
    url,
    codeDir,
    modelDir,
    process: child,
    exited,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      await exited;
    },
  };
  const gone = exited.then(() => 'exited' as const);
  for (let tries = 0; tries < 600; tries += 1) {
    if (
      options.waitReady === false
        ? await portOpen(port)
        : (await fetch(`${url}/`, { signal: AbortSignal.timeout(60_000) }).then(
            (r) => r.status,
            () => 0,
          )) === 200
    )
      return server;
    if ((await Promise.race([gone, new Promise((r) => setTimeout(() => r('waiting'), 50))])) === 'exited') return server;
  }
  await server.stop();
  throw new Error(`the server did not start:\n${server.log()}`);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function post(
  server: ServerUnderTest,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
  path = '/score',
) {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: body as BodyInit });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export async function call(server: ServerUnderTest, kase: Record<string, unknown>, headers: Record<string, string> = {}) {
  const answer = await post(server, JSON.stringify(kase), { 'Content-Type': 'application/json', ...headers });
  return { ...answer, json: answer.text ? (JSON.parse(answer.text) as Record<string, any>) : undefined };
}
