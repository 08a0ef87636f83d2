import { readdirSync, readFileSync, readlinkSync, type Dirent } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatBytes } from '../engine/format.js';
import { nameProblem } from '../engine/naming.js';
import { processAlive } from '../engine/state.js';
import { EndpointStore } from '../targets/local/endpoint-store.js';
import { findServers } from '../targets/local/process.js';
import { LocalBatch } from '../targets/local/local-batch.js';
import { quietRunner } from '../engine/commands.js';
import type { CliValues } from './args.js';
import type { CliContext } from './context.js';

interface Removal {
  path: string;
  bytes: number;
  why: string;
}

/**
 * `mlship gc`: removes from the state folder what no deployment uses: Python environments no
 * running scoring server runs in, run folders (logs, status) of replaced or deleted deployments,
 * and leftovers of interrupted writes and builds whose process is gone. `--dry-run` lists them.
 * Endpoint records, keys and the registry are never touched: `teardown` owns those.
 */
export async function runGc(ctx: CliContext, values: CliValues): Promise<number> {
  const removals = [
    ...(await unusedEnvironments(ctx.home)),
    ...(await staleRunFolders(ctx.home)),
    ...(await unusedBatchCode(ctx.home)),
    ...(await leftovers(ctx.home)),
  ];
  if (!values['dry-run']) for (const r of removals) await rm(r.path, { recursive: true, force: true });
  const total = removals.reduce((sum, r) => sum + r.bytes, 0);
  const verb = values['dry-run'] ? 'Would remove' : 'Removed';
  ctx.out.result(
    removals.length
      ? [...removals.map((r) => `${verb} ${relative(ctx.home, r.path)} (${formatBytes(r.bytes)}): ${r.why}`), `${verb} ${formatBytes(total)} in all.`].join(
          '\n',
        )
      : 'Nothing to remove.',
    { dryRun: !!values['dry-run'], removed: removals, bytes: total },
  );
  return 0;
}

/** Environments under `venvs/` that no live scoring server of this state folder runs in. */
async function unusedEnvironments(home: string): Promise<Removal[]> {
  const dir = join(home, 'venvs');
  const inUse = new Set(
    findServers(`${home}|`)
      .map((s) => interpreterOf(s.pid))
      .filter((p): p is string => !!p),
  );
  const removals: Removal[] = [];
  for (const entry of await entries(dir)) {
    if (!entry.isDirectory() || entry.name.endsWith('.tmp')) continue;
    const venv = join(dir, entry.name);
    if ([...inUse].some((python) => python.startsWith(`${venv}/`))) continue;
    removals.push({ path: venv, bytes: await size(venv), why: 'no running deployment uses this environment' });
  }
  return removals;
}

/** The interpreter a process runs (its first argument), from /proc. */
function interpreterOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] || readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return undefined;
  }
}

/** Copies of batch deployments' code (`batch/code/<hash>`) that no batch deployment of this folder uses. */
async function unusedBatchCode(home: string): Promise<Removal[]> {
  const batch = new LocalBatch(home, quietRunner);
  const records = await batch.list();
  const inUse = new Set(records.flatMap((r) => Object.values(r.deployments).map((d) => d.codeDir)));
  const removals: Removal[] = [];
  for (const entry of await entries(join(batch.dir, 'code'))) {
    const path = join(batch.dir, 'code', entry.name);
    if (!entry.isDirectory() || entry.name.endsWith('.tmp') || inUse.has(path)) continue;
    removals.push({ path, bytes: await size(path), why: 'no batch deployment uses this code' });
  }
  return removals;
}

/** Run folders of deployments that are no longer recorded, or of an earlier start of one that is. */
async function staleRunFolders(home: string): Promise<Removal[]> {
  const store = new EndpointStore(home);
  const removals: Removal[] = [];
  for (const endpointDir of await entries(store.dir)) {
    if (!endpointDir.isDirectory() || nameProblem(endpointDir.name)) continue;
    // A damaged record is left for the user to look at; its folders with it.
    const record = await store.read(endpointDir.name).catch(() => 'damaged' as const);
    if (record === 'damaged') continue;
    for (const deploymentDir of await entries(join(store.dir, endpointDir.name))) {
      if (!deploymentDir.isDirectory()) continue;
      const current = record?.deployments[deploymentDir.name];
      for (const run of await entries(join(store.dir, endpointDir.name, deploymentDir.name))) {
        if (current && current.serverId.endsWith(run.name)) continue;
        const path = join(store.dir, endpointDir.name, deploymentDir.name, run.name);
        removals.push({ path, bytes: await size(path), why: current ? 'an earlier start of this deployment' : 'its deployment is gone' });
      }
    }
  }
  return removals;
}

/** `*.tmp` left by a write or an environment build whose process is gone (`<name>.<pid>.<hex>.tmp`). */
async function leftovers(home: string): Promise<Removal[]> {
  const removals: Removal[] = [];
  for (const dir of [home, join(home, 'venvs'), join(home, 'endpoints'), join(home, 'rollouts')]) {
    for (const entry of await entries(dir)) {
      const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry.name)?.[1]);
      if (!pid || processAlive(pid)) continue;
      const path = join(dir, entry.name);
      removals.push({ path, bytes: await size(path), why: `left by process ${pid}, which is gone` });
    }
  }
  return removals;
}

async function entries(dir: string): Promise<Dirent[]> {
  return readdir(dir, { withFileTypes: true }).catch(() => []);
}

/** Bytes under a path, not following links. */
async function size(path: string): Promise<number> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await lstat(join(entry.parentPath ?? (entry as { path?: string }).path ?? '', entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
