// Builds the benchmarks (TypeScript, importing the engine's sources) into one bundle and runs it,
// passing on the arguments: npm run bench -- --quick
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules/.cache/mlship-bench');
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/main.ts', '-o', out, '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
const result = spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, MLSHIP_ROOT: root } });
process.exit(result.status ?? 1);
