import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OperationError } from './errors.js';

/**
 * Where mlship keeps local state (registry, running deployments, environments): `MLSHIP_HOME`
 * if set; in an action `$RUNNER_TEMP/mlship`, so later steps of the same job find it and the
 * runner cleans it; from the CLI `.mlship/` in the working directory.
 */
export function stateHome(mode: 'action' | 'cli', env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.MLSHIP_HOME) return env.MLSHIP_HOME;
  if (mode === 'action' && env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'mlship');
  return join(cwd, '.mlship');
}

export async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Writes JSON so that a reader sees the old file or the new one, never half of either. */
export async function writeJsonAtomic(path: string, value: unknown, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode });
  await rename(tmp, path);
}

/**
 * Runs `fn` holding an exclusive lock file, so two steps (or two CLI runs) changing the same
 * state one after the other lose nothing. A lock left by a dead process is taken over.
 */
export async function withLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  const lock = `${path}.lock`;
  const started = Date.now();
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid} ${processStart(process.pid) ?? ''}`);
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await lockIsStale(lock)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs)
        throw new OperationError(`timed out waiting for the lock ${lock}; if no other mlship step is running, delete it`, lock);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}

/**
 * A lock is stale only when its holder is gone: the process is dead, or its pid now belongs to
 * another process (a different start time). A live holder is waited for, however long it takes:
 * the lock is held only while a record is read and written, never across pip or waits.
 */
async function lockIsStale(lock: string): Promise<boolean> {
  try {
    const [pidText, start] = (await readFile(lock, 'utf8')).split(' ');
    const pid = Number(pidText);
    if (!pid) return false; // being written: try again
    return !processAlive(pid) || (!!start && processStart(pid) !== start);
  } catch {
    return false; // gone: try again
  }
}

/** /proc/<pid>/stat field 22, the start time; undefined off Linux or when the process is gone. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // An exited child whose parent has not reaped it still answers signal 0; on Linux, /proc tells.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
