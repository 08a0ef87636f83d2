import { spawn } from 'node:child_process';
import { closeSync, constants, openSync, readdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OperationError } from '../../engine/errors.js';
import { processAlive, processStart, readJson } from '../../engine/state.js';

export { processStart };

/** The server scripts ship beside this module (ncc copies them next to the bundle, under hashed names). */
const SERVER_SCRIPT = fileURLToPath(new URL('./scoring_server.py', import.meta.url));
const WORKER_SCRIPT = fileURLToPath(new URL('./scoring_worker.py', import.meta.url));
const FRONT_DOOR_SCRIPT = fileURLToPath(new URL('./front_door.py', import.meta.url));
/** The local batch driver (see local-batch.ts). */
export const BATCH_DRIVER_SCRIPT = fileURLToPath(new URL('./batch_driver.py', import.meta.url));

/** Largest request body the local server accepts (Azure's managed endpoints take up to 100 MB). */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

export interface ServerStatus {
  phase: 'starting' | 'initializing' | 'ready' | 'failed';
  pid: number;
  port: number | null;
  error: string | null;
  reason?: string;
  /** Which server runs score.py: Microsoft's azmlinfsrv, or mlship's built-in one. */
  server?: string;
}

/**
 * A scoring process as recorded: its pid is trusted only together with its start time and the
 * marker in its environment, so a recycled pid is never signalled.
 */
export interface ServerHandle {
  pid: number;
  /** Start time in clock ticks since boot (/proc/<pid>/stat field 22); undefined off Linux. */
  start?: string;
  /** `MLSHIP_SERVER_ID` in the process's environment: `<home>|<endpoint>|<deployment>|<nonce>`. */
  serverId: string;
}

export interface StartOptions {
  python: string;
  codeDir: string;
  entryScript: string;
  modelDir?: string;
  port?: number;
  keys: string[];
  deployment: string;
  serverId: string;
  timeoutMs: number;
  workers: number;
  environmentVariables: Record<string, string>;
  statusFile: string;
  logFile: string;
}

/**
 * The runner's secrets that user code must never see: the job's tokens, action inputs, Azure
 * credentials, and anything named like a token, secret, password or credential. A score.py gets
 * its settings from the deployment's environment variables, which are added after this filter.
 */
export function scoringEnvironment(runner: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(runner)) {
    if (value === undefined) continue;
    if (/^(ACTIONS_|INPUT_|MLSHIP_)/.test(name) || /TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(name)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * Starts the scoring server detached, so it outlives the step that deployed it; later steps
 * find it through the state files. Returns once the port is bound (init() may still be running).
 * @throws OperationError when the port is taken or the server exits before binding.
 */
export async function startServer(options: StartOptions): Promise<{ handle: ServerHandle; port: number; server?: string }> {
  const log = openSync(options.logFile, 'a');
  const child = spawn(options.python, ['-u', SERVER_SCRIPT], {
    cwd: options.codeDir,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...scoringEnvironment(process.env),
      ...options.environmentVariables,
      ...(options.modelDir ? { AZUREML_MODEL_DIR: options.modelDir } : {}),
      // As Azure's inference server sets them (see the inference-server contract).
      AZUREML_ENTRY_SCRIPT: `${options.codeDir}/${options.entryScript}`,
      AML_APP_ROOT: options.codeDir,
      SCORING_TIMEOUT_MS: String(options.timeoutMs),
      WORKER_COUNT: String(options.workers),
      AML_APP_INSIGHTS_ENABLED: 'false',
      MLSHIP_STATUS_FILE: options.statusFile,
      MLSHIP_PORT: String(options.port ?? 0),
      MLSHIP_AUTH_KEYS: options.keys.join(','),
      MLSHIP_DEPLOYMENT: options.deployment,
      MLSHIP_SERVER_ID: options.serverId,
      MLSHIP_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      MLSHIP_WORKER_SCRIPT: WORKER_SCRIPT,
      MLSHIP_FRONT_DOOR: FRONT_DOOR_SCRIPT,
      // auto: Microsoft's azmlinfsrv when this Python has it, else the built-in server; builtin or azmlinfsrv force one.
      MLSHIP_INFERENCE_SERVER: process.env.MLSHIP_INFERENCE_SERVER ?? 'auto',
      PYTHONUNBUFFERED: '1',
      // No __pycache__ in the user's code folder: it would change the code's content hash.
      PYTHONDONTWRITEBYTECODE: '1',
    },
  });
  closeSync(log);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  child.unref();
  const pid = child.pid;
  for (let waited = 0; waited < 30_000; waited += 50) {
    const failedToSpawn = await Promise.race([spawnError, new Promise<undefined>((r) => setTimeout(() => r(undefined), 50))]);
    if (failedToSpawn || !pid) throw new OperationError(`could not start ${options.python}: ${failedToSpawn?.message ?? 'no process'}`, options.deployment);
    const status = await readJson<ServerStatus>(options.statusFile).catch(() => undefined);
    // Once the port is bound the deployment exists; an init() failure after that is wait-healthy's to report.
    if (status?.port) return { handle: { pid, start: processStart(pid), serverId: options.serverId }, port: status.port, server: status.server };
    if (status?.reason === 'port-in-use') {
      throw new OperationError(
        `port ${options.port} is already in use on this machine. Stop what listens there, or remove "port" from the deployment config so a free port is chosen.`,
        options.deployment,
      );
    }
    if (status?.phase === 'failed' || !processAlive(pid)) {
      throw new OperationError(
        `the scoring server exited while starting: ${status?.error ?? 'see its log'}`,
        options.deployment,
        await tail(options.logFile, 40),
      );
    }
  }
  await stopServer({ pid: pid!, start: processStart(pid!), serverId: options.serverId });
  throw new OperationError('the scoring server did not open its port within 30s', options.deployment, await tail(options.logFile, 40));
}

function environOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * True when the recorded process is still the one mlship started: alive, with the same start time
 * and its marker in its environment. Where /proc is absent (macOS, Windows) only liveness is known.
 */
export function isOurServer(handle: ServerHandle): boolean {
  if (!processAlive(handle.pid)) return false;
  const start = processStart(handle.pid);
  if (start === undefined) return handle.start === undefined;
  return start === handle.start && (environOf(handle.pid)?.split('\0').includes(`MLSHIP_SERVER_ID=${handle.serverId}`) ?? false);
}

/**
 * Scoring processes whose marker starts with `prefix` (`<home>|<endpoint>|`), found by their
 * environment: the ones a crash left unrecorded. Empty off Linux.
 */
export function findServers(prefix: string): ServerHandle[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: ServerHandle[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!pid || pid === process.pid) continue;
    const marker = environOf(pid)
      ?.split('\0')
      .find((v) => v.startsWith('MLSHIP_SERVER_ID='));
    const serverId = marker?.slice('MLSHIP_SERVER_ID='.length);
    if (serverId?.startsWith(prefix)) found.push({ pid, start: processStart(pid), serverId });
  }
  return found;
}

/**
 * Stops a server and everything it started: SIGTERM to its process group, SIGKILL if it lingers.
 * A process that is no longer the one recorded (exited, pid reused) is left alone.
 */
export async function stopServer(handle: ServerHandle): Promise<boolean> {
  if (!isOurServer(handle)) return false;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-handle.pid, sig);
    } catch {
      try {
        process.kill(handle.pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  for (let waited = 0; waited < 3000 && processAlive(handle.pid); waited += 50) await new Promise((r) => setTimeout(r, 50));
  if (processAlive(handle.pid)) signal('SIGKILL');
  return true;
}

/**
 * Last `lines` lines of a log file; empty when there is none. Reads at most its last 1 MiB, and
 * never through a symbolic link (a link planted in the run folder must not print another file).
 */
export async function tail(file: string, lines: number): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return '';
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 1024 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}
