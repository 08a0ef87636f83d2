import type { Target } from '../targets/target.js';
import type { EngineContext } from './context.js';
import { deploymentHash } from './deploy.js';
import { environmentHash, environmentName } from './environment.js';
import { hashAsset } from './hash.js';
import type { DeploymentSpec } from './spec.js';

export type PlanAction = 'create' | 'update' | 'unchanged';

export interface PlanItem {
  resource: 'model' | 'environment' | 'endpoint' | 'deployment';
  name: string;
  action: PlanAction;
  reason: string;
}

/**
 * What applying `spec` would do to each resource, from observed state, without changing any.
 * Content hashes decide: equal hash, unchanged.
 */
export async function plan(ctx: EngineContext, spec: DeploymentSpec, target: Target): Promise<PlanItem[]> {
  const items: PlanItem[] = [];
  let modelHash: string | undefined;
  if (spec.model?.kind === 'registered') {
    const model = await target.assets.resolveModel(spec.model).catch(() => undefined);
    modelHash = model?.hash ?? model?.modelId;
    items.push({ resource: 'model', name: `${spec.model.name}:${spec.model.version}`, action: 'unchanged', reason: model ? `registered as ${model.modelId}` : 'not registered: deploy will fail until it is' });
  } else if (spec.model) {
    modelHash = (await hashAsset(spec.model.path)).hash;
    items.push({ resource: 'model', name: spec.model.path, action: 'unchanged', reason: 'deployed from the path, not registered' });
  }
  const envHash = environmentHash(spec.environment);
  const envName = environmentName(spec.environment, envHash);
  const existingEnv = await target.assets.findEnvironment(envName, envHash);
  items.push({ resource: 'environment', name: envName, action: existingEnv ? 'unchanged' : 'create', reason: existingEnv ? `matches version ${existingEnv}` : 'no version has this spec' });
  const endpoint = await target.describe(spec.endpoint.name!);
  items.push({ resource: 'endpoint', name: spec.endpoint.name!, action: endpoint ? 'unchanged' : 'create', reason: endpoint ? 'exists' : 'does not exist' });
  const wanted = await deploymentHash(spec, modelHash, envHash);
  const current = endpoint?.deployments.find((d) => d.name === spec.deployment.name);
  const action: PlanAction = !current ? 'create' : current.specHash === wanted ? 'unchanged' : 'update';
  const reason = { create: 'not running', update: 'model, code, environment or settings changed', unchanged: 'running with this exact spec' }[action];
  items.push({ resource: 'deployment', name: `${spec.endpoint.name}/${spec.deployment.name}`, action, reason });
  return items;
}
