import type { BatchDeploymentSpec } from './batch-spec.js';
import { environmentHash } from './environment.js';
import { hashAsset, hashJson, modelIdentity } from './hash.js';
import type { ModelRef } from './spec.js';

/**
 * The hash of everything that defines a batch deployment, from content and reads only: the model
 * (its files' identity, or the registered version a reference resolves to), the environment, the
 * code's content, the scoring script and every setting. Deploy stores it on the deployment and
 * plan compares against it, so both agree on what "unchanged" means without writing anything.
 */
export async function batchSpecHash(
  spec: BatchDeploymentSpec,
  registeredVersion: (ref: Extract<ModelRef, { kind: 'registered' }>) => Promise<string>,
): Promise<string> {
  const model = !spec.model ? null : spec.model.kind === 'path' ? modelIdentity(await hashAsset(spec.model.path)) : await registeredVersion(spec.model);
  const { name: _name, ...deployment } = spec.deployment;
  return hashJson({
    model,
    environment: environmentHash(spec.environment),
    code: (await hashAsset(spec.code!.directory)).hash,
    scoringScript: spec.code!.entryScript,
    deployment,
  });
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
