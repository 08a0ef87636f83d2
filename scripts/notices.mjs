// Writes dist/THIRD_PARTY_NOTICES.txt: the licence of every package bundled into dist/ (the
// production dependencies and theirs, as installed from package-lock.json) and of the vendored
// API descriptions. Called by the build, so the notices always match the bundle.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function packageDir(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === dirname(dir)) return undefined;
  }
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package; see its "license" field)';
}

/**
 * The packages bundled into dist/: what src/ imports. They are devDependencies, because a user who
 * installs mlship runs the bundle and needs none of them installed (nor their engine warnings).
 */
export const BUNDLED = [
  '@actions/core',
  '@actions/exec',
  '@actions/github',
  '@azure/core-rest-pipeline',
  '@azure/identity',
  '@azure/storage-blob',
  '@octokit/plugin-retry',
  '@octokit/plugin-throttling',
  'ajv',
  'ajv-formats',
  'yaml',
];

/** Bundled packages, transitively, each once, in name order. */
function productionPackages() {
  const seen = new Map();
  const visit = (name, from) => {
    const dir = packageDir(name, from);
    if (!dir) return;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (seen.has(key)) return;
    seen.set(key, { dir, manifest });
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dep, dir);
  };
  for (const dep of BUNDLED) visit(dep, root);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

export function writeNotices(outFile) {
  const parts = ['Third-party software in this distribution of mlship, with its licence.', ''];
  for (const vendor of ['azure-ml-api', 'github-api']) {
    parts.push(`== vendor/${vendor}`, readFileSync(join(root, 'vendor', vendor, 'LICENSE'), 'utf8').trim(), '');
  }
  for (const [key, { dir, manifest }] of productionPackages()) {
    parts.push(`== ${key} (${typeof manifest.license === 'string' ? manifest.license : 'see below'})`, licenceText(dir), '');
  }
  writeFileSync(outFile, `${parts.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeNotices(join(root, 'dist', 'THIRD_PARTY_NOTICES.txt'));
