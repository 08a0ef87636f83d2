import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-action.js';

/**
 * The development workspace's reference material beside the repository (real config files, Azure
 * recordings, the inference-server contract). A user's clone has none of it: tests that read it
 * run only where it exists and say once that they were skipped; the repository's own fixtures
 * cover the same code paths.
 */
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'real-configs'));

const announced = new Set<string>();
/** Prints, once per topic, that the tests on `what` were skipped because ../shared is absent. */
export function noteSkipped(what: string): void {
  if (hasShared || announced.has(what)) return;
  announced.add(what);
  console.warn(`[mlship tests] ${SHARED} is absent: the tests on ${what} are skipped (the repository's own fixtures still run).`);
}

/** Config files in `dir`'s sub-folders, as absolute paths (empty when `dir` does not exist). */
export function configFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).map((f) => join(dir, d.name, f)))
    .sort();
}

/** The repository's own config fixtures in the shapes real files take. */
export const PATTERN_CONFIGS = join(ROOT, 'test/fixtures/configs/patterns');
export const patternConfigFiles = readdirSync(PATTERN_CONFIGS)
  .map((f) => join(PATTERN_CONFIGS, f))
  .sort();
