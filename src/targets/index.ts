import { ConfigError } from '../engine/errors.js';
import type { TargetName } from '../engine/spec.js';
import { LocalTarget } from './local/local-target.js';
import type { Target } from './target.js';

/** What each v1 compute type is on today's Azure ML; printed once when a v1 name is used. */
export const TARGET_MAPPING: Record<TargetName, string> = {
  local: 'LocalWebservice → a scoring server on this machine',
  aci: 'AciWebservice → managed online endpoint',
  aks: 'AksWebservice → Kubernetes online endpoint',
};

export function createTarget(name: TargetName, home: string): Target {
  if (name === 'local') return new LocalTarget(home);
  throw new ConfigError(
    `target "${name}" (${TARGET_MAPPING[name]}) needs Azure support, which this version of mlship does not have yet. ` +
      'Use target: local to run the same configuration on the runner.',
  );
}
