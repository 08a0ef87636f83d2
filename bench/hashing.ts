import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashAsset } from '../src/engine/hash.js';
import { objectHash } from '../src/engine/object-hash.js';
import { makeFile, makeFolder, makeMixed } from './data.js';
import { mbPerSecond, median, table } from './stats.js';

/**
 * Hashing speed: mlship's content hash (sha256, azure-ai-ml's get_content_hash) and object hash
 * (md5, its get_object_hash), against the same two hashes computed by the SDK's own algorithm in
 * Python (test/fixtures/sdk/azure_ai_ml_paths.py), each the median of `runs`, interleaved, warm
 * page cache for both.
 */
export async function benchHashing(root: string, quick: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-hash-'));
  const runs = quick ? 3 : 5;
  const datasets = [
    { name: `${quick ? '2,000' : '10,000'} files x 4 KiB`, path: makeFolder(join(dir, 'small'), quick ? 2000 : 10_000, 4 << 10) },
    { name: `mixed, ${quick ? 40 : 200} MB`, path: makeMixed(join(dir, 'mixed'), (quick ? 40 : 200) * 1e6) },
    { name: `one ${quick ? 256 : 1024} MiB file`, path: makeFile(join(dir, 'big.bin'), (quick ? 256 : 1024) * 2 ** 20) },
  ];
  const rows: (string | number)[][] = [];
  for (const data of datasets) {
    const content: number[] = [];
    const object: number[] = [];
    const python: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      let started = performance.now();
      bytes = (await hashAsset(data.path)).totalBytes;
      content.push(performance.now() - started);
      started = performance.now();
      await objectHash(data.path);
      object.push(performance.now() - started);
      started = performance.now();
      execFileSync('python3', [join(root, 'test/fixtures/sdk/azure_ai_ml_paths.py'), data.path], { stdio: 'ignore' });
      python.push(performance.now() - started);
    }
    const both = median(content) + median(object);
    rows.push([
      data.name,
      mbPerSecond(bytes, median(content)),
      mbPerSecond(bytes, median(object)),
      mbPerSecond(bytes, both),
      mbPerSecond(bytes, median(python)),
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
  return table(
    `Hashing, MB/s (median of ${runs}; Python = the SDK's algorithm computing both hashes and the upload layout, whole process)`,
    ['data', 'content hash (sha256)', 'object hash (md5)', 'both', 'SDK algorithm in Python'],
    rows,
  );
}
