import { createHash } from 'node:crypto';
import { open, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { ConfigError } from './errors.js';
import { IgnoreRules } from './ignore.js';

/** A file that belongs to an asset: where it is on disk and its posix path inside the asset. */
export interface AssetFile {
  absolutePath: string;
  relativePath: string;
  size: number;
}

export interface AssetContent {
  files: AssetFile[];
  totalBytes: number;
  /** sha256 hex, computed exactly as Azure's CLI does, so both tools recognise each other's uploads. */
  hash: string;
  ignoreSource?: string;
}

const CHUNK = 1 << 20;
const SMALL_FILE = 1 << 20;
const READ_AHEAD = 32;

/**
 * Lists the files of a model or code asset (a file, or a folder minus `.amlignore`/`.gitignore`
 * matches; symbolic links followed) in the order Azure's CLI hashes them.
 */
export async function listAssetFiles(path: string): Promise<{ files: AssetFile[]; ignoreSource?: string }> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new ConfigError(`${path} cannot be read (${err.code}): give an existing model or code file or folder`);
  });
  if (info.isFile()) return { files: [{ absolutePath: path, relativePath: basename(path), size: info.size }] };
  const ignore = IgnoreRules.forFolder(path);
  const files: AssetFile[] = [];
  const root = await realpath(path);
  await walk({ root: path, realRoot: root, ignore, out: files, visited: new Set([root]) }, '');
  files.sort((a, b) => compareLower(a.relativePath, b.relativePath));
  return { files, ignoreSource: ignore.source };
}

interface Walk {
  root: string;
  /** The folder with every link resolved: links must stay inside it. */
  realRoot: string;
  ignore: IgnoreRules;
  out: AssetFile[];
  /** Real paths of the folders entered, to catch a link back to one of them (a loop). */
  visited: Set<string>;
}

async function walk(w: Walk, prefix: string): Promise<void> {
  const entries = await readdir(join(w.root, prefix), { withFileTypes: true });
  // One directory's entries are examined together: a stat per file, awaited one by one, is what
  // makes folders of thousands of small files slow.
  await Promise.all(
    entries.map(async (entry) => {
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      const absolutePath = join(w.root, relativePath);
      const real = entry.isSymbolicLink() ? await linkTarget(w, absolutePath) : undefined;
      // Links inside the folder are followed, as os.walk(followlinks=True) does in Azure's CLI.
      const info = await stat(absolutePath);
      if (info.isDirectory()) {
        // Every file is judged on its own path (a later `!` rule may keep one); a folder is
        // skipped only when no rule could keep anything under it.
        if (w.ignore.excludesEverythingUnder(relativePath)) return;
        if (real) {
          if (w.visited.has(real)) throw new ConfigError(`${absolutePath} is a link back to a folder it is in (a loop); remove the link`);
          w.visited.add(real);
        }
        await walk(w, relativePath);
      } else if (info.isFile() && !w.ignore.isExcluded(relativePath)) {
        w.out.push({ absolutePath, relativePath, size: info.size });
      }
    }),
  );
}

/**
 * Where a link inside a model or code folder points, refused when it leaves the folder: what is
 * uploaded and registered must be what the folder holds, not a file elsewhere on the runner.
 */
export async function linkTarget(w: Pick<Walk, 'root' | 'realRoot'>, link: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(link);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const to = await readlink(link).catch(() => '?');
    throw new ConfigError(
      code === 'ELOOP'
        ? `${link} is a link in a loop (${to}); remove it`
        : `${link} is a link to ${to}, which does not exist; remove the link or restore its target`,
    );
  }
  if (real !== w.realRoot && !real.startsWith(`${w.realRoot}${sep}`)) {
    throw new ConfigError(
      `${link} links to ${real}, outside ${w.root}; copy the file into the folder or remove the link (only links inside the folder are followed)`,
    );
  }
  return real;
}

export function compareLower(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Content hash of an asset, byte-compatible with azure-ai-ml `get_content_hash` (version 202208):
 * sha256 over the file count, then `#path#size` for every file sorted by lower-cased path, then
 * every file's bytes in the same order. Paths and sizes come first so that moving bytes between
 * files changes the hash.
 */
export async function hashAsset(path: string): Promise<AssetContent> {
  const { files, ignoreSource } = await listAssetFiles(path);
  const hash = createHash('sha256');
  hash.update(String(files.length));
  for (const file of files) {
    hash.update(`#${file.relativePath}#`);
    hash.update(String(file.size));
  }
  const buffer = Buffer.allocUnsafe(CHUNK);
  // Small files are read whole, several ahead of the hash, so thousands of them are not hashed at
  // the pace of one open/read/close round trip each; large files stream through one buffer.
  const pending = new Map<number, Promise<Buffer>>();
  const prefetch = (i: number) => {
    const file = files[i];
    if (file && file.size <= SMALL_FILE && !pending.has(i)) pending.set(i, readFile(file.absolutePath));
  };
  for (let i = 0; i < files.length; i += 1) {
    for (let ahead = i; ahead < i + READ_AHEAD; ahead += 1) prefetch(ahead);
    const small = pending.get(i);
    if (small) {
      hash.update(await small);
      pending.delete(i);
    } else await hashFileInto(files[i]!.absolutePath, hash, buffer);
  }
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  return { files, totalBytes, hash: hash.digest('hex'), ignoreSource };
}

export async function hashFileInto(path: string, hash: ReturnType<typeof createHash>, buffer: Buffer): Promise<void> {
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** sha256 of a canonical JSON rendering (sorted keys): equal specs give equal hashes. */
export function hashJson(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
