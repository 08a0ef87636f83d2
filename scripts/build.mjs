// Builds dist/: one ncc bundle (dist/mlship) holding the engine, the actions and the CLI, plus a
// two-line entry per action. Run from a clean tree; CI rebuilds and fails on any difference.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeNotices } from './notices.mjs';
import { HASH_FILE, sourceHash } from './source-hash.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const actions = ['register-model', 'build-env', 'deploy-model', 'wait-healthy', 'teardown', 'pipeline', 'score-batch'];

/**
 * A step's entry file. On Node 22.1 and later (the runners' node24) it first turns on V8's compile
 * cache (https://nodejs.org/api/module.html#moduleenablecompilecachecachedir), kept in the
 * system temp folder and keyed by each file's content, so every later mlship step of a job starts
 * without compiling the bundle again; on Node 20 the call does not exist and nothing changes. The
 * bundle is imported after that, so it is the code the cache covers.
 */
function entry(what, call) {
  return [
    `// ${what}; all code is in the shared bundle.`,
    `import * as nodeModule from 'node:module';`,
    ``,
    `nodeModule.enableCompileCache?.();`,
    `const { ${call.split('(')[0]} } = await import('../mlship/index.js');`,
    `await ${call};`,
    ``,
  ].join('\n');
}

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/bundle.ts', '-o', 'dist/mlship', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
// Actions with a post step (cleanup after a failed or cancelled run) get a second entry.
const posts = ['deploy-model', 'wait-healthy', 'pipeline', 'score-batch'];
for (const name of posts) {
  mkdirSync(join(dist, name), { recursive: true });
  writeFileSync(join(dist, name, 'post.js'), entry(`Post step of the ${name} action`, `runNamedPost('${name}')`));
}
for (const name of actions) {
  mkdirSync(join(dist, name), { recursive: true });
  writeFileSync(join(dist, name, 'index.js'), entry(`Entry of the ${name} action`, `runNamedAction('${name}')`));
}
writeNotices(join(dist, 'THIRD_PARTY_NOTICES.txt'));
writeFileSync(HASH_FILE, `${sourceHash()}\n`);
console.log(`built dist/ (${actions.length} action entries + shared bundle)`);
