import type { BatchDeploymentSpec } from './batch-spec.js';
import { environmentHash } from './environment.js';
import { hashAsset, hashJson, modelIdentity } from './hash.js';
import type { ModelRef } from './spec.js';

/** What identifies a batch deployment's model and code: the files' identity (or the registered version), the code's content hash. */
export interface BatchContent {
  model: string | null;
  code: string;
}

/**
 * The hash of everything that defines a batch deployment: its model and code (as `content` names
 * them), the environment, the scoring script and every setting. Deploy stores it on the deployment
 * and plan compares against it, so both agree on what "unchanged" means.
 */
export function batchSpecHash(spec: BatchDeploymentSpec, content: BatchContent): string {
  const { name: _name, ...deployment } = spec.deployment;
  return hashJson({ ...content, environment: environmentHash(spec.environment), scoringScript: spec.code!.entryScript, deployment });
}

/**
 * The model's and code's identity from reads only, for plan: a model given by path by its files
 * (deploy gets the same from resolving it), a registered one by the version its reference resolves to.
 */
export async function batchContent(
  spec: BatchDeploymentSpec,
  registeredVersion: (ref: Extract<ModelRef, { kind: 'registered' }>) => Promise<string>,
): Promise<BatchContent> {
  const model = !spec.model ? null : spec.model.kind === 'path' ? modelIdentity(await hashAsset(spec.model.path)) : await registeredVersion(spec.model);
  return { model, code: (await hashAsset(spec.code!.directory)).hash };
}

/** The model's part of the content, from a model deploy has resolved (and, for a path, hashed). */
export function resolvedModelKey(spec: BatchDeploymentSpec, resolved: { modelId?: string; hash?: string } | undefined): string | null {
  if (!spec.model || !resolved) return null;
  return spec.model.kind === 'path' ? resolved.hash! : resolved.modelId!;
}

export interface BatchPlanItem {
  resource: 'batch endpoint' | 'batch deployment' | 'default deployment';
  name: string;
  action: 'create' | 'update' | 'unchanged';
  reason: string;
}

/** What deploy would do, from what exists now: the endpoint, the deployment (by its spec hash), the default. */
export function batchPlan(
  spec: BatchDeploymentSpec,
  specHash: string,
  observed: { endpointExists: boolean; deploymentHash?: string; deploymentExists: boolean; defaultDeployment?: string },
  makeDefault: boolean,
): BatchPlanItem[] {
  const endpoint = spec.endpoint.name;
  const name = spec.deployment.name;
  const becomesDefault = !observed.defaultDeployment || makeDefault;
  return [
    {
      resource: 'batch endpoint',
      name: endpoint,
      action: observed.endpointExists ? 'unchanged' : 'create',
      reason: observed.endpointExists ? 'it exists' : 'it does not exist yet',
    },
    {
      resource: 'batch deployment',
      name: `${endpoint}/${name}`,
      action: !observed.deploymentExists ? 'create' : observed.deploymentHash === specHash ? 'unchanged' : 'update',
      reason: !observed.deploymentExists ? 'it does not exist yet' : observed.deploymentHash === specHash ? 'it runs this exact spec' : 'its spec changed',
    },
    {
      resource: 'default deployment',
      name: endpoint,
      action: becomesDefault && observed.defaultDeployment !== name ? (observed.defaultDeployment ? 'update' : 'create') : 'unchanged',
      reason:
        becomesDefault && observed.defaultDeployment !== name
          ? `${name} becomes the default${observed.defaultDeployment ? ` (was ${observed.defaultDeployment})` : ''}`
          : `${observed.defaultDeployment ?? name} stays the default`,
    },
  ];
}
