import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError } from './errors.js';
import { hashFileSync, linkTarget, sortedByLowerCase, type AssetFile } from './hash.js';
import { IgnoreRules } from './ignore.js';

/** The seed azure-ai-ml gives its md5 (`_utils/_asset_utils.get_object_hash`). */
const SEED = 'Initialize for october 2021 AML CLI version';

/**
 * azure-ai-ml's `get_object_hash`, which names the upload folder of models, code and environment
 * build contexts (`LocalUpload/<object hash>/...`): md5 seeded as above, over each entry of each
 * folder in lower-cased name order, skipping what the ignore file excludes (a folder it excludes
 * is skipped whole), adding the entry's name and then the file's bytes or the folder's entries.
 * A single file is its bytes alone. Links inside the folder are followed; links that leave it are
 * refused, as for the content hash.
 */
export async function objectHash(path: string): Promise<string> {
  const hash = createHash('md5').update(SEED);
  const buffer = Buffer.allocUnsafe(1 << 20);
  let info: Stats;
  try {
    info = statSync(path);
  } catch (err) {
    throw new ConfigError(`${path} cannot be read (${(err as NodeJS.ErrnoException).code}): give an existing model or code file or folder`);
  }
  if (info.isFile()) {
    hashFileSync(path, info.size, [hash], buffer);
    return hash.digest('hex');
  }
  const realRoot = realpathSync(path);
  const walk = { root: path, realRoot, ignore: IgnoreRules.forFolder(path), visited: new Set([realRoot]) };
  // Synchronous, as the listing and the content hash: one awaited call per entry is what makes
  // folders of thousands of small files slow.
  const folder = (prefix: string): void => {
    const names = sortedByLowerCase(readdirSync(join(path, prefix)), (name) => name);
    for (const name of names) {
      const relativePath = prefix ? `${prefix}/${name}` : name;
      if (walk.ignore.isExcluded(relativePath)) continue;
      hash.update(name);
      const absolutePath = join(path, relativePath);
      const real = lstatSync(absolutePath).isSymbolicLink() ? linkTarget(walk, absolutePath) : undefined;
      const entry = statSync(absolutePath);
      if (entry.isFile()) hashFileSync(absolutePath, entry.size, [hash], buffer);
      else if (entry.isDirectory()) {
        if (real) {
          if (walk.visited.has(real)) throw new ConfigError(`${absolutePath} is a link back to a folder it is in (a loop); remove the link`);
          walk.visited.add(real);
        }
        folder(relativePath);
      }
    }
  };
  folder('');
  return hash.digest('hex');
}

/** Single files at least this large have their object hash computed on a worker thread. */
const BACKGROUND_BYTES = 32 << 20;

/** The object hash of one file (seed, then its bytes), as a worker thread computes it. */
const FILE_MD5_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const hash = createHash('md5').update(workerData.seed);
const buffer = Buffer.allocUnsafe(1 << 20);
const fd = openSync(workerData.path, 'r');
try {
  for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, read));
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

/** An object hash under way: its result when the upload needs it, or cancelled when it does not. */
export interface ObjectHashJob {
  result(): Promise<string>;
  /** The version already exists: nothing will be uploaded, so the hash is not needed. */
  cancel(): void;
}

/**
 * Starts the object hash of an asset. For one large file (a model's
 * weights), md5 runs on a worker thread while the caller computes the content hash (sha256) on
 * this one: both must be known before the upload starts (the object hash names its folder), and
 * side by side they cost the slower of the two instead of their sum (md5 466 MB/s and sha256
 * 1.08 GB/s on the bench machine; BENCHMARKS.md). Anything else is hashed when asked, here.
 */
export function startObjectHash(path: string, backgroundBytes = BACKGROUND_BYTES): ObjectHashJob {
  let size = -1;
  try {
    const info = statSync(path);
    if (info.isFile()) size = info.size;
  } catch {
    /* objectHash says what is wrong with the path */
  }
  if (size < 0 || size < backgroundBytes) return { result: () => objectHash(path), cancel: () => undefined };
  const worker = new Worker(FILE_MD5_WORKER, { eval: true, workerData: { path, seed: SEED } });
  // Not waited for unless asked: a run that reuses a registered version exits without it.
  worker.unref();
  const hash = new Promise<string>((resolveHash, reject) => {
    worker.once('message', resolveHash);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the object hash of ${path} stopped (exit ${code})`)));
  });
  hash.catch(() => undefined);
  return {
    result: () => {
      worker.ref();
      return hash;
    },
    // An unchanged rerun (the usual case) must not spend a core reading the whole file for nothing.
    cancel: () => void worker.terminate(),
  };
}

export interface UploadLayout {
  /** `LocalUpload/<object hash>/<file or folder name>`: what a model's or build context's URI points at. */
  path: string;
  /** Each file with the blob it goes to. */
  blobs: (AssetFile & { blobName: string })[];
  /**
   * The blob that carries the `upload_status=completed` mark: the file itself, or the folder's
   * file whose local path sorts first (byte order), as azure-ai-ml's `upload_directory` picks it.
   */
  indicator: string;
}

/** Where each file of an asset goes in the datastore, as azure-ai-ml lays it out. */
export function uploadLayout(source: string, files: AssetFile[], hash: string): UploadLayout {
  if (files.length === 0)
    throw new ConfigError(`${source} has no file to upload (it is empty, or its .amlignore/.gitignore excludes everything); add the model or code files`);
  const path = `LocalUpload/${hash}/${basename(resolve(source))}`;
  const single = files.length === 1 && files[0]!.absolutePath === source;
  const blobs = files.map((file) => ({ ...file, blobName: single ? path : `${path}/${file.relativePath}` }));
  const first = [...blobs].sort((a, b) => Buffer.compare(Buffer.from(a.relativePath), Buffer.from(b.relativePath)))[0]!;
  return { path, blobs, indicator: first.blobName };
}
