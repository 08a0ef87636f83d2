// The hash of everything a build of dist/ is made from. The build writes it into dist/, and
// `npm test` (pretest) rebuilds only when it differs, so tests never run a stale bundle.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HASH_FILE = join(ROOT, 'dist', 'source-hash.txt');
const INPUTS = [
  'src',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/source-hash.mjs',
  'scripts/notices.mjs',
  'vendor/azure-ml-api/LICENSE',
  'vendor/github-api/LICENSE',
];

function files(path) {
  const entries = (() => {
    try {
      return readdirSync(path, { withFileTypes: true });
    } catch {
      return undefined;
    }
  })();
  if (!entries) return [path];
  // Python's bytecode caches (py_compile, an import of a .py under src/) are not sources.
  return entries.filter((e) => e.name !== '__pycache__').flatMap((e) => files(join(path, e.name)));
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(join(ROOT, p))).sort()) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}
