import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The mlship package folder, found from this file whether it runs from src/ or from the bundle. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'mlship') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the mlship package folder');
    dir = parent;
  }
}

/** The bundled example: a ridge-regression model for the diabetes data set. */
export function exampleDir(): string {
  return join(packageRoot(), 'examples', 'diabetes');
}
