import { randomBytes } from 'node:crypto';
import { constants, readFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { ConfigError, OperationError } from './errors.js';

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

/**
 * A state file mlship cannot use (damaged, cut short, a link, another kind of file): which file,
 * what is wrong, and how to recover. Its content is never quoted: it may be anything.
 */
export class StateFileError extends ConfigError {}

/** Far more than any state file mlship writes (a registry of 200,000 versions is ~60 MB). */
const MAX_STATE_FILE_BYTES = 512 * 1024 * 1024;

/** The recovery every damaged state file allows: move it aside, and mlship starts that record afresh. */
export function damagedState(path: string, why: string, recovery = 'mlship then starts that record afresh'): StateFileError {
  return new StateFileError(`state file ${path} ${why}. Move it aside and run again: mv '${path}' '${path}.damaged' (${recovery}).`);
}

/**
 * Reads a JSON state file; undefined when there is none. Never through a symbolic link (a link
 * planted in the state folder must not make mlship read, and print, a file elsewhere), only a
 * regular file of a sane size. @throws StateFileError naming the file and how to recover.
 */
export async function readJson<T>(path: string): Promise<T | undefined> {
  const text = await readStateText(path);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw damagedState(path, text.trim() ? 'is not valid JSON (cut short, or written by something other than mlship)' : 'is empty');
  }
}

async function readStateText(path: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw damagedState(path, 'is a symbolic link, and mlship never reads its state through a link');
    throw err;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw damagedState(path, 'is not a regular file');
    if (stat.size > MAX_STATE_FILE_BYTES) throw damagedState(path, `holds ${stat.size} bytes, far more than mlship writes`);
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * `path`, when it lies inside `dir`; a path from a state file is trusted only there (a record
 * edited to name /etc/shadow as its log must not get it printed, or a folder elsewhere deleted).
 * @throws StateFileError naming the state file that holds it.
 */
export function insideState(path: unknown, dir: string, stateFile: string, field: string): string {
  const rel = typeof path === 'string' ? relative(resolve(dir), resolve(path)) : '..';
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw damagedState(stateFile, `names ${field} outside ${dir}`);
  return resolve(path as string);
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
