import type { DeployResult, Target } from '../targets/target.js';
import type { EngineContext } from './context.js';
import { registerEnvironment } from './environment.js';
import { hashAsset, hashJson } from './hash.js';
import type { DeploymentSpec } from './spec.js';

export interface DeployOutcome extends DeployResult {
  modelId?: string;
  environmentId: string;
  specHash: string;
}

/**
 * Deploys a spec to a target: resolves the model, registers the environment, hashes everything
 * that defines the deployment, and lets the target create, update or leave it. An unchanged
 * spec on a running deployment changes nothing. `traffic` is the share the deployment takes once
 * wait-healthy finds it healthy and smoke-tested.
 */
export async function deploy(ctx: EngineContext, spec: DeploymentSpec, target: Target, options: { traffic?: number } = {}): Promise<DeployOutcome> {
  const model = spec.model ? await target.assets.resolveModel(spec.model) : undefined;
  if (spec.model?.kind === 'registered' && spec.model.version === 'latest') ctx.logger.info(`${spec.model.name}@latest resolved to ${model?.modelId}.`);
  const environment = await registerEnvironment(ctx, target, spec.environment);
  const specHash = await deploymentHash(spec, model?.hash ?? model?.modelId, environment.hash);
  const result = await target.deploy({ spec, model, environment, specHash, tags: ctx.tags, intendedTraffic: options.traffic }, ctx.logger);
  ctx.logger.info(
    result.unchanged
      ? `Deployment ${result.endpointName}/${result.deploymentName} already runs this exact spec: no change.`
      : result.drift.length
        ? `Deployment ${result.endpointName}/${result.deploymentName} runs this spec; ${result.drift.length} change(s) made outside mlship were put back.`
        : `Deployment ${result.endpointName}/${result.deploymentName} is starting at ${result.scoringUri}.`,
  );
  return { ...result, modelId: model?.modelId, environmentId: environment.environmentId, specHash };
}

/** Hash of everything that, changed, requires a new deployment: model, code, environment, settings. */
export async function deploymentHash(spec: DeploymentSpec, modelKey: string | undefined, environmentHash: string): Promise<string> {
  const code = await hashAsset(spec.code.directory);
  const { tags: _tags, ...settings } = spec.deployment;
  return hashJson({ model: modelKey, code: code.hash, entry: spec.code.entryScript, environment: environmentHash, settings, auth: spec.endpoint.authMode, target: spec.target });
}
