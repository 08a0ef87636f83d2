import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { execFileSync } from 'node:child_process';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../src/emulator/azurite.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashAsset } from '../src/engine/hash.js';
import { makeFile, makeFolder } from './data.js';
import { mbPerSecond, table } from './stats.js';

/**
 * How hashing and hash+upload grow with the number of files and with file size: time should grow
 * linearly (constant MB/s), and peak memory should not grow with size.
 */
export async function benchGrowth(blobEndpoint: string, quick: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-growth-'));
  const cases = [
    ...(quick ? [100, 1000] : [100, 1000, 10_000]).map((n) => ({ name: `${n} files x 16 KiB`, make: (p: string) => makeFolder(p, n, 16 << 10) })),
    ...(quick ? [100, 256] : [100, 1024, 2048]).map((mb) => ({ name: `1 file of ${mb} MiB`, make: (p: string) => makeFile(p, mb * 2 ** 20) })),
  ];
  const rows: (string | number)[][] = [];
  for (const [i, c] of cases.entries()) {
    const path = c.make(join(dir, `case-${i}`));
    const hashStart = performance.now();
    const content = await hashAsset(path);
    const hashMs = performance.now() - hashStart;
    const container = `growth-${i}`;
    await new ContainerClient(`${blobEndpoint}/${container}`, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY)).create();
    const started = performance.now();
    const out = execFileSync(process.execPath, [process.argv[1]!, 'child', 'mlship', blobEndpoint, container, path], { encoding: 'utf8' });
    const wholeMs = performance.now() - started;
    const upload = JSON.parse(out.trim().split('\n').pop()!) as { maxRssMb: number };
    rows.push([c.name, hashMs / 1000, mbPerSecond(content.totalBytes, hashMs), wholeMs / 1000, mbPerSecond(content.totalBytes, wholeMs), upload.maxRssMb]);
    rmSync(path, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  return table(
    'Growth: hashing alone, and hash + upload to Azurite (as register-model)',
    ['data', 'hash s', 'hash MB/s', 'hash+upload s (process)', 'hash+upload MB/s', 'peak RSS MB'],
    rows,
  );
}
