import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineContext } from './context.js';
import { formatDuration } from './duration.js';
import { OperationError } from './errors.js';
import { checkResourceName } from './naming.js';
import type { TargetName } from './spec.js';
import { processAlive, processStart } from './state.js';

interface Holder {
  pid: number;
  start?: string;
  command: string;
  since: string;
  /** Tells this holder's file from a later one's (a pid can be reused). */
  token: string;
}

/** How long a run waits for another one on the same endpoint when the user set no timeout. */
const DEFAULT_WAIT_MS = 10 * 60_000;

/**
 * Runs `fn` as the only mlship run on `endpoint` of `target` from this state folder. Two runs on
 * one endpoint at once (two terminals, `up --keep` twice) would stop each other's scoring server or
 * replace each other's deployment mid-start; the second waits, saying which process (and which
 * command, since when) holds the endpoint, until the first ends or the deadline passes. A lock
 * whose process is gone is taken over.
 * @throws OperationError naming the holder when the wait ends first.
 */
export async function withEndpointLock<T>(ctx: EngineContext, target: TargetName, endpoint: string, command: string, fn: () => Promise<T>): Promise<T> {
  const dir = join(ctx.home, 'locks');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${target}.${checkResourceName(endpoint, 'endpoint name')}.lock`);
  const mine: Holder = { pid: process.pid, start: processStart(process.pid), command, since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const until = ctx.deadline ?? ctx.clock.now() + DEFAULT_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(JSON.stringify(mine));
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(file);
    if (!holder) {
      // Being written this moment, or left unreadable long ago: only the second is taken over.
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > 5000) await rm(file, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    if (!processAlive(holder.pid) || (holder.start && processStart(holder.pid) !== holder.start)) {
      // Its process is gone: take it over, unless another run just did.
      if ((await readHolder(file))?.token === holder.token) await rm(file, { force: true });
      continue;
    }
    const who = `process ${holder.pid} (${holder.command}, since ${holder.since})`;
    if (!told) {
      ctx.logger.warn(`endpoint ${endpoint} on ${target} is in use by another mlship run: ${who}. Waiting until it ends...`);
      told = true;
    }
    if (ctx.clock.now() >= until)
      throw new OperationError(
        `gave up waiting for endpoint ${endpoint} after ${formatDuration(ctx.clock.now() - Date.parse(mine.since))}: ${who} still holds it. If that run is gone, delete ${file}.`,
        endpoint,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    return await fn();
  } finally {
    if ((await readHolder(file))?.token === mine.token) await rm(file, { force: true });
  }
}

/** The holder written in a lock file; undefined when it is gone or unreadable. */
async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Holder;
    return typeof value.pid === 'number' && typeof value.token === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
