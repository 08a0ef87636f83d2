import type { EngineContext } from './context.js';
import { decide, type DeploymentAction } from './decide.js';
import { deploymentHash } from './deploy.js';
import { environmentHash, environmentName } from './environment.js';
import { NotFoundError } from './errors.js';
import { hashAsset, modelIdentity } from './hash.js';
import { resolveStageRef } from './stages.js';
import type { DeploymentSpec } from './spec.js';
import type { Target } from './target.js';

export type PlanAction = DeploymentAction;

export interface PlanItem {
  resource: 'model' | 'environment' | 'endpoint' | 'deployment';
  name: string;
  action: PlanAction;
  reason: string;
}

/**
 * What deploying `spec` would do to each resource, with reads only. The deployment line is the
 * decision deploy itself makes (`decide`): a Failed deployment is deployed again, drift is put
 * back. A permission error is thrown, as deploy would meet it; only "not registered" is a plan line.
 */
export async function plan(_ctx: EngineContext, given: DeploymentSpec, target: Target, options: { traffic?: number } = {}): Promise<PlanItem[]> {
  const items: PlanItem[] = [];
  // name@stage:<stage> plans the version that stage verified last, as deploy would deploy it.
  const spec = { ...given, model: await resolveStageRef(target, given.model) };
  let modelKey: string | undefined;
  if (spec.model?.kind === 'registered') {
    const model = await target.assets.resolveModel(spec.model).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
    modelKey = model?.hash ?? model?.modelId;
    items.push({
      resource: 'model',
      name: `${spec.model.name}:${spec.model.version}`,
      action: 'unchanged',
      reason: model ? `registered as ${model.modelId}` : 'not registered: deploy will fail until it is',
    });
  } else if (spec.model) {
    modelKey = modelIdentity(await hashAsset(spec.model.path));
    const registered = target.assets.registersPathModels ? await target.assets.findModel(spec.model.name ?? target.assets.pathModelName, modelKey) : undefined;
    items.push(
      !target.assets.registersPathModels
        ? { resource: 'model', name: spec.model.path, action: 'unchanged', reason: 'deployed from the path, not registered' }
        : registered
          ? { resource: 'model', name: spec.model.path, action: 'unchanged', reason: `this content is registered as ${registered}` }
          : { resource: 'model', name: spec.model.path, action: 'create', reason: 'registered as a new model version before deploying' },
    );
  }
  const envHash = environmentHash(spec.environment);
  const envName = environmentName(spec.environment, envHash);
  const existingEnv = await target.assets.findEnvironment(envName, envHash);
  items.push({
    resource: 'environment',
    name: envName,
    action: existingEnv ? 'unchanged' : 'create',
    reason: existingEnv ? `matches version ${existingEnv}` : 'no version has this spec',
  });
  const observed = await target.describe(spec.endpoint.name!);
  const decision = decide({ spec, specHash: await deploymentHash(spec, modelKey, envHash), traffic: options.traffic }, observed);
  items.push({ resource: 'endpoint', name: spec.endpoint.name!, action: observed ? 'unchanged' : 'create', reason: observed ? 'exists' : 'does not exist' });
  const writesUnchanged = decision.deployment === 'unchanged' && (decision.drift.length > 0 || decision.patch.tags !== undefined);
  items.push({
    resource: 'deployment',
    name: `${spec.endpoint.name}/${spec.deployment.name}`,
    action: writesUnchanged ? 'update' : decision.deployment,
    reason: decision.reason,
  });
  return items;
}
