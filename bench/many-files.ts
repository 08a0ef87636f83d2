import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashAsset } from '../src/engine/hash.js';
import { LocalRegistry } from '../src/engine/registry.js';
import { makeFolder } from './data.js';
import { table } from './stats.js';

/**
 * A model folder of many small files, registered on the local target (hash, then copy into the
 * registry): the goal is the same cost per file at 50,000 files as at 5,000. Both sizes run in
 * this one process, so their ratio holds on a noisy machine.
 */
export async function benchManyFiles(quick: boolean): Promise<string> {
  const counts = quick ? [2_000, 20_000] : [5_000, 50_000];
  const rows: (string | number)[][] = [];
  const perFile: number[] = [];
  for (const count of counts) {
    const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-many-'));
    const model = makeFolder(join(dir, 'model'), count, 1024);
    const hashStart = performance.now();
    await hashAsset(model);
    const hashMs = performance.now() - hashStart;
    const registerStart = performance.now();
    await new LocalRegistry(join(dir, 'state')).registerModel({ name: 'many', path: model, tags: {} });
    const registerMs = performance.now() - registerStart;
    perFile.push(registerMs / count);
    rows.push([`${count} files x 1 KiB`, hashMs / 1000, (hashMs * 1000) / count, registerMs / 1000, (registerMs * 1000) / count]);
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push([`per-file cost, ${counts[1]} vs ${counts[0]}`, '', '', '', `${(perFile[1]! / perFile[0]!).toFixed(2)}x`]);
  return table(
    'Many small files: hashing, and local register-model (hash + copy into the registry)',
    ['data', 'hash s', 'hash µs/file', 'register s', 'register µs/file'],
    rows,
  );
}
