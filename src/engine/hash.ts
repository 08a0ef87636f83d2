import { createHash, type Hash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { ConfigError } from './errors.js';
import type { Logger } from './logger.js';
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
  /** `file:<name>` or `folder:<name>`: how the asset sits under its upload path. */
  layout: string;
}

const CHUNK = 1 << 20;

/**
 * Lists the files of a model or code asset (a file, or a folder minus `.amlignore`/`.gitignore`
 * matches; symbolic links followed) in the order Azure's CLI hashes them. Synchronous file-system
 * calls on purpose: nothing else runs meanwhile, and an awaited call per file (about 200 us each)
 * is what made folders of thousands of small files slow.
 */
export async function listAssetFiles(path: string): Promise<{ files: AssetFile[]; ignoreSource?: string; single?: boolean }> {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (err) {
    throw new ConfigError(`${path} cannot be read (${(err as NodeJS.ErrnoException).code}): give an existing model or code file or folder`);
  }
  if (info.isFile()) return { files: [{ absolutePath: path, relativePath: basename(path), size: info.size }], single: true };
  const ignore = IgnoreRules.forFolder(path);
  const files: AssetFile[] = [];
  const root = realpathSync(path);
  walk({ root: path, realRoot: root, ignore, out: files, visited: new Set([root]) }, '');
  return { files: sortedByLowerCase(files, (f) => f.relativePath), ignoreSource: ignore.source };
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

function walk(w: Walk, prefix: string): void {
  const dir = join(w.root, prefix);
  const entries = readdirSync(dir, { withFileTypes: true });
  // A name that is not UTF-8 reads back with U+FFFD in it; only then are the raw names looked at.
  if (entries.some((entry) => entry.name.includes('\uFFFD'))) refuseUndecodableNames(dir);
  for (const entry of entries) {
    const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
    // The folder is normalised once; a name from readdir has no separator to normalise.
    const absolutePath = `${dir}${sep}${entry.name}`;
    const real = entry.isSymbolicLink() ? linkTarget(w, absolutePath) : undefined;
    // Links inside the folder are followed, as os.walk(followlinks=True) does in Azure's CLI.
    const info = statSync(absolutePath);
    if (info.isDirectory()) {
      // Every file is judged on its own path (a later `!` rule may keep one); a folder is
      // skipped only when no rule could keep anything under it.
      if (w.ignore.excludesEverythingUnder(relativePath)) continue;
      if (real) {
        if (w.visited.has(real)) throw new ConfigError(`${absolutePath} is a link back to a folder it is in (a loop); remove the link`);
        w.visited.add(real);
      }
      walk(w, relativePath);
    } else if (info.isFile() && !w.ignore.isExcluded(relativePath)) {
      w.out.push({ absolutePath, relativePath, size: info.size });
    }
  }
}

/**
 * A file name that is not valid UTF-8 cannot be stored by Azure (asset paths are UTF-8) and,
 * decoded with replacement characters, names no file at all: say so, rather than "missing".
 */
function refuseUndecodableNames(dir: string): void {
  for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
    if (!isUtf8(raw)) {
      const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
      throw new ConfigError(`${join(dir, shown)}: this file name is not valid UTF-8, which Azure ML cannot store; rename it`);
    }
  }
}

/**
 * Where a link inside a model or code folder points, refused when it leaves the folder: what is
 * uploaded and registered must be what the folder holds, not a file elsewhere on the runner.
 */
export function linkTarget(w: Pick<Walk, 'root' | 'realRoot'>, link: string): string {
  let real: string;
  try {
    real = realpathSync(link);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    let to = '?';
    try {
      to = readlinkSync(link);
    } catch {
      /* the link itself is unreadable */
    }
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

/**
 * Sorted by lower-cased name, as azure-ai-ml sorts (`sorted(..., key=lambda x: x.lower())`): each
 * name is lower-cased once, not once per comparison (thousands of files, 14 comparisons each).
 */
export function sortedByLowerCase<T>(items: T[], name: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ key: name(item).toLowerCase(), item }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

/**
 * Content hash of an asset, byte-compatible with azure-ai-ml `get_content_hash` (version 202208):
 * sha256 over the file count, then `#path#size` for every file sorted by lower-cased path, then
 * every file's bytes in the same order. Paths and sizes come first so that moving bytes between
 * files changes the hash.
 */
export async function hashAsset(path: string, logger?: Logger): Promise<AssetContent> {
  const { files, ignoreSource, single } = await listAssetFiles(path);
  const hash = createHash('sha256');
  hash.update(String(files.length));
  for (const file of files) {
    hash.update(`#${file.relativePath}#`);
    hash.update(String(file.size));
  }
  const buffer = Buffer.allocUnsafe(CHUNK);
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const progress = logger && totalBytes >= REPORT_ABOVE ? hashProgress(logger, path, files.length, totalBytes) : undefined;
  for (const file of files) hashFileSync(file.absolutePath, file.size, [hash], buffer, progress);
  return { files, totalBytes, hash: hash.digest('hex'), ignoreSource, layout: `${single ? 'file' : 'folder'}:${basename(path)}` };
}

/** Assets this large say how hashing goes: reading every byte of 10 GiB takes a while. */
const REPORT_ABOVE = 1 << 30;

/**
 * Reports hashing of a large asset: a line at the start, a live line as it goes, and a line per
 * GiB (a calm pace in a CI log). Called from the synchronous read loop, so it is cheap when quiet.
 */
function hashProgress(logger: Logger, path: string, files: number, total: number): (bytes: number) => void {
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  logger.info(`Hashing ${path}: ${files} file(s), ${gib(total)}; every byte is read once.`);
  let done = 0;
  let nextLine = 2 ** 30;
  let nextLive = 0;
  return (bytes) => {
    done += bytes;
    if (done >= nextLive) {
      logger.progress?.(`hashing ${gib(done)} of ${gib(total)} (${Math.floor((done / total) * 100)}%)`);
      nextLive = done + 64 * 2 ** 20;
    }
    if (done >= nextLine && done < total) {
      logger.info(`Hashed ${gib(done)} of ${gib(total)} (${Math.floor((done / total) * 100)}%).`);
      nextLine += 2 ** 30;
    }
  };
}

/**
 * What makes two registrations of a model the same: its bytes, and its layout. azure-ai-ml uploads
 * a file to `LocalUpload/<hash>/model.pkl` and a folder to `LocalUpload/<hash>/model/`, so a score.py
 * finds `AZUREML_MODEL_DIR/model.pkl` in one and `AZUREML_MODEL_DIR/model/model.pkl` in the other:
 * the same bytes in another layout are another model version.
 */
export function modelIdentity(content: Pick<AssetContent, 'hash' | 'layout'>): string {
  return createHash('sha256').update(`mlship-model-identity\n${content.layout}\n${content.hash}`).digest('hex');
}

/**
 * Feeds a file's bytes to each hash: a small file read whole, a large one through `buffer`.
 * Synchronous, as the listing: one read call per MiB, no await per chunk.
 */
export function hashFileSync(path: string, size: number, hashes: Hash[], buffer: Buffer, progress?: (bytes: number) => void): void {
  const fd = openSync(path, 'r');
  try {
    if (size <= buffer.length) {
      // The size the listing saw, in one read for a small file (readFileSync would stat again and
      // allocate; reading on to EOF would cost a second call per file that returns nothing).
      let filled = 0;
      for (let read = 1; read > 0 && filled < size; filled += read) read = readSync(fd, buffer, filled, size - filled, null);
      const bytes = buffer.subarray(0, filled);
      for (const hash of hashes) hash.update(bytes);
      progress?.(filled);
      return;
    }
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      for (const hash of hashes) hash.update(chunk);
      progress?.(read);
    }
  } finally {
    closeSync(fd);
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
