// pretest: rebuild dist/ when src/ (or the lock file, or the build itself) changed since the
// last build, so the action, workflow and CLI tests always run the current source.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASH_FILE, ROOT, sourceHash } from './source-hash.mjs';

const built = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8').trim() : '';
if (built !== sourceHash()) {
  console.log('dist/ is older than the source: rebuilding before the tests');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
}
