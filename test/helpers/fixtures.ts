import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE } from './run-action.js';

/** A copy of the example project whose score.py (and configs) a test may change. */
export function exampleCopy(changes: { score?: string; deploymentConfig?: object; inferenceConfig?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-project-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  if (changes.score) writeFileSync(join(dir, 'src/score.py'), changes.score);
  if (changes.deploymentConfig) writeFileSync(join(dir, 'deploymentconfig.json'), JSON.stringify(changes.deploymentConfig, null, 2));
  if (changes.inferenceConfig) writeFileSync(join(dir, 'inferenceconfig.json'), changes.inferenceConfig);
  return dir;
}
