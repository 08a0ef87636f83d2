import { ConfigError } from '../engine/errors.js';
import { previewEndpointName } from '../engine/naming.js';
import { pullRequestNumber } from '../engine/provenance.js';

export { pullRequestNumber };

/** The preview endpoint name of this run's pull request. @throws ConfigError outside a PR run. */
export function previewName(env: NodeJS.ProcessEnv): string {
  const pr = pullRequestNumber(env);
  if (!pr || !env.GITHUB_REPOSITORY) throw new ConfigError('preview: true needs a pull_request run (no pull request number was found in the event)');
  return previewEndpointName(env.GITHUB_REPOSITORY, pr);
}
