// Builds dist/: one ncc bundle (dist/mlship) holding the engine, the actions and the CLI, plus a
// two-line entry per action. Run from a clean tree; CI rebuilds and fails on any difference.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASH_FILE, sourceHash } from './source-hash.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const actions = ['register-model', 'build-env', 'deploy-model', 'wait-healthy', 'teardown', 'pipeline'];

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/bundle.ts', '-o', 'dist/mlship', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
for (const name of actions) {
  mkdirSync(join(dist, name), { recursive: true });
  writeFileSync(
    join(dist, name, 'index.js'),
    `// Entry of the ${name} action; all code is in the shared bundle.\nimport { runNamedAction } from '../mlship/index.js';\n\nawait runNamedAction('${name}');\n`,
  );
}
writeFileSync(HASH_FILE, `${sourceHash()}\n`);
console.log(`built dist/ (${actions.length} action entries + shared bundle)`);
