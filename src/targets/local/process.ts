import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OperationError } from '../../engine/errors.js';
import { processAlive, readJson } from '../../engine/state.js';

/** The server script ships beside this module (ncc copies it next to the bundle). */
const SERVER_SCRIPT = fileURLToPath(new URL('./scoring_server.py', import.meta.url));

export interface ServerStatus {
  phase: 'starting' | 'initializing' | 'ready' | 'failed';
  pid: number;
  port: number | null;
  error: string | null;
  reason?: string;
}

export interface StartOptions {
  python: string;
  codeDir: string;
  entryScript: string;
  modelDir?: string;
  port?: number;
  keys: string[];
  deployment: string;
  timeoutMs: number;
  environmentVariables: Record<string, string>;
  statusFile: string;
  logFile: string;
}

/**
 * Starts the scoring server detached, so it outlives the step that deployed it; later steps
 * find it through the state files. Returns once the port is bound (init() may still be running).
 * @throws OperationError when the port is taken or the server exits before binding.
 */
export async function startServer(options: StartOptions): Promise<{ pid: number; port: number }> {
  const log = openSync(options.logFile, 'a');
  const child = spawn(options.python, ['-u', SERVER_SCRIPT], {
    cwd: options.codeDir,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...options.environmentVariables,
      ...(options.modelDir ? { AZUREML_MODEL_DIR: options.modelDir } : {}),
      AZUREML_ENTRY_SCRIPT: options.entryScript,
      MLSHIP_ENTRY_SCRIPT: `${options.codeDir}/${options.entryScript}`,
      MLSHIP_STATUS_FILE: options.statusFile,
      MLSHIP_PORT: String(options.port ?? 0),
      MLSHIP_AUTH_KEYS: options.keys.join(','),
      MLSHIP_DEPLOYMENT: options.deployment,
      MLSHIP_SCORING_TIMEOUT_MS: String(options.timeoutMs),
      PYTHONUNBUFFERED: '1',
      // No __pycache__ in the user's code folder: it would change the code's content hash.
      PYTHONDONTWRITEBYTECODE: '1',
    },
  });
  closeSync(log);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  child.unref();
  const pid = child.pid;
  for (let waited = 0; waited < 20_000; waited += 50) {
    const failedToSpawn = await Promise.race([spawnError, new Promise<undefined>((r) => setTimeout(() => r(undefined), 50))]);
    if (failedToSpawn) throw new OperationError(`could not start ${options.python}: ${failedToSpawn.message}`, options.deployment);
    const status = await readJson<ServerStatus>(options.statusFile).catch(() => undefined);
    // Once the port is bound the deployment exists; an init() failure after that is wait-healthy's to report.
    if (status?.port) return { pid: status.pid, port: status.port };
    if (status?.reason === 'port-in-use') {
      throw new OperationError(
        `port ${options.port} is already in use on this machine. Stop what listens there, or remove "port" from the deployment config so a free port is chosen.`,
        options.deployment,
      );
    }
    if (status?.phase === 'failed' || (pid && !processAlive(pid))) {
      throw new OperationError(`the scoring server exited while starting: ${status?.error ?? 'see its log'}`, options.deployment, await tail(options.logFile, 40));
    }
  }
  throw new OperationError('the scoring server did not open its port within 20s', options.deployment, await tail(options.logFile, 40));
}

/** Stops a server and everything it started: SIGTERM to its process group, SIGKILL if it lingers. */
export async function stopServer(pid: number): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  if (!processAlive(pid)) return;
  signal('SIGTERM');
  for (let waited = 0; waited < 3000 && processAlive(pid); waited += 50) await new Promise((r) => setTimeout(r, 50));
  if (processAlive(pid)) signal('SIGKILL');
}

/** Last `lines` lines of a log file; empty when there is none. */
export async function tail(file: string, lines: number): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
