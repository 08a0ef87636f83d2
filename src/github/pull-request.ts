import { ConfigError } from '../engine/errors.js';
import { parseModelReference } from '../engine/model-ref.js';
import { previewEndpointName } from '../engine/naming.js';
import { pullRequestNumber } from '../engine/provenance.js';

export { pullRequestNumber };

/**
 * The preview endpoint name of this run's pull request and model (`model` as the input gives it:
 * name:version, name@latest or a path; only its name counts). @throws ConfigError outside a PR run.
 */
export function previewName(env: NodeJS.ProcessEnv, model?: string): string {
  const pr = pullRequestNumber(env);
  if (!pr || !env.GITHUB_REPOSITORY) throw new ConfigError('preview: true needs a pull_request run (no pull request number was found in the event)');
  return previewEndpointName(env.GITHUB_REPOSITORY, pr, model === undefined ? undefined : modelNameOf(model));
}

/** The name part of a model input: `fraud:3` and `fraud@latest` are `fraud`; a path is its last segment. */
function modelNameOf(model: string): string {
  const ref = parseModelReference(model);
  if (ref?.kind === 'registered') return ref.name;
  return (
    model
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? model
  );
}
