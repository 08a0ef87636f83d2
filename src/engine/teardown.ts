import type { EngineContext } from './context.js';
import { ConfigError, NotFoundError, OperationError } from './errors.js';
import { parseModelReference } from './model-ref.js';
import { checkResourceName } from './naming.js';
import type { Target } from './target.js';
import { setTraffic } from './traffic-moves.js';
import { withoutDeployment } from './traffic.js';

export interface TeardownOptions {
  endpoint: string;
  /** Only this deployment; undefined deletes the endpoint with all its deployments. */
  deployment?: string;
  /** `name:version` of a model version to delete as well. */
  deleteModel?: string;
  /** Delete a deployment even though it takes traffic (its share moves to the others first). */
  force?: boolean;
  /** Succeed when there is nothing to delete; otherwise a missing endpoint or deployment is an error. */
  missingOk?: boolean;
}

/**
 * Deletes what a workflow created. Safe to run after anything, including a failed deploy: what is
 * already gone is skipped, and the result lists only what was deleted now. A deployment that
 * takes traffic is refused unless `force`, which first gives its share to the others: a teardown
 * never leaves an endpoint routing to nothing by accident.
 */
/** A `name:version` of a model version to delete, checked before anything is done. @throws ConfigError naming `label`. */
export function checkedModelVersion(text: string | undefined, label = 'delete-model'): string | undefined {
  if (text === undefined) return undefined;
  const model = parseModelReference(text);
  if (!model || model.kind !== 'registered' || model.version === 'latest')
    throw new ConfigError(`${label}: "${text}" must be name:version (a concrete version, not @latest)`);
  return text;
}

export async function teardown(ctx: EngineContext, target: Target, options: TeardownOptions): Promise<string[]> {
  checkResourceName(options.endpoint, 'endpoint');
  if (options.deployment !== undefined) checkResourceName(options.deployment, 'deployment');
  checkedModelVersion(options.deleteModel);
  const model = options.deleteModel ? parseModelReference(options.deleteModel) : undefined;
  const deleted = options.deployment
    ? await deleteDeployment(ctx, target, options.endpoint, options.deployment, options.force ?? false)
    : await deleteEndpoint(ctx, target, options.endpoint);
  if (deleted.length === 0) {
    const what = `${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`;
    // Asked to delete something that is not there: on the wrong target, misspelt, or already gone.
    if (!options.missingOk)
      throw new NotFoundError(
        `${what} does not exist on target ${target.name}: nothing was deleted. Check the name and the target; if it may already be gone, allow that with missing-ok (--missing-ok).`,
        what,
      );
    ctx.logger.info(`Nothing to delete: ${what} does not exist on target ${target.name} (already deleted).`);
  }

  if (model?.kind === 'registered') {
    if (await target.assets.deleteModel(model.name, model.version)) {
      deleted.push(`model:${model.name}:${model.version}`);
      ctx.logger.info(`Deleted model ${model.name}:${model.version}.`);
    } else ctx.logger.info(`Model ${model.name}:${model.version} is already gone.`);
  }
  return deleted;
}

export async function deleteEndpoint(ctx: EngineContext, target: Target, endpoint: string): Promise<string[]> {
  const observed = await target.describe(endpoint);
  if (!observed) return [];
  await target.deleteEndpoint(endpoint, ctx.logger);
  ctx.logger.info(`Deleted endpoint ${endpoint} and its deployments.`);
  return [...observed.deployments.map((d) => `deployment:${endpoint}/${d.name}`), `endpoint:${endpoint}`];
}

/** @throws OperationError when the deployment takes traffic and `force` is not set. */
export async function deleteDeployment(ctx: EngineContext, target: Target, endpoint: string, deployment: string, force: boolean): Promise<string[]> {
  const observed = await target.describe(endpoint);
  if (!observed?.deployments.some((d) => d.name === deployment)) return [];
  const share = observed.traffic[deployment] ?? 0;
  if (share > 0 && !force) {
    throw new OperationError(
      `deployment ${deployment} serves ${share}% of ${endpoint}'s traffic; move the traffic first, force the teardown, or delete the whole endpoint`,
      `${endpoint}/${deployment}`,
    );
  }
  if (share > 0) {
    const moved = withoutDeployment(observed.traffic, deployment);
    ctx.logger.warn(`force: moving ${deployment}'s ${share}% of the traffic away before deleting it: ${JSON.stringify(moved)}`);
    await setTraffic(ctx, target, observed, (now) => withoutDeployment(now.traffic, deployment));
  }
  await target.deleteDeployment(endpoint, deployment, ctx.logger);
  ctx.logger.info(`Deleted deployment ${endpoint}/${deployment}.`);
  return [`deployment:${endpoint}/${deployment}`];
}

/**
 * Deletes the endpoint's deployments that take no traffic: what is left of the previous version
 * once a new one has all the traffic.
 */
export async function teardownIdle(ctx: EngineContext, target: Target, endpoint: string): Promise<string[]> {
  checkResourceName(endpoint, 'endpoint');
  const observed = await target.describe(endpoint);
  if (!observed) return [];
  const deleted: string[] = [];
  for (const deployment of observed.deployments) {
    if ((observed.traffic[deployment.name] ?? 0) > 0) continue;
    deleted.push(...(await deleteDeployment(ctx, target, endpoint, deployment.name, false)));
  }
  if (!deleted.length) ctx.logger.info(`Every deployment of ${endpoint} takes traffic: nothing idle to delete.`);
  return deleted;
}
