import type { Target } from '../targets/target.js';
import type { EngineContext } from './context.js';
import { parseModelReference } from '../config/v2.js';
import { ConfigError } from './errors.js';

export interface TeardownOptions {
  endpoint: string;
  /** Only this deployment; undefined deletes the endpoint with all its deployments. */
  deployment?: string;
  /** `name:version` of a model version to delete as well. */
  deleteModel?: string;
  /** Delete a deployment even though it takes traffic (its share moves to the others first). */
  force?: boolean;
}

/**
 * Deletes what a workflow created. Safe to run after anything, including a failed deploy: what is
 * already gone is skipped, and the result lists only what was deleted now.
 */
export async function teardown(ctx: EngineContext, target: Target, options: TeardownOptions): Promise<string[]> {
  const model = options.deleteModel ? parseModelReference(options.deleteModel) : undefined;
  if (options.deleteModel && (!model || model.kind !== 'registered' || model.version === 'latest')) {
    throw new ConfigError(`delete-model: "${options.deleteModel}" must be name:version (a concrete version, not @latest)`);
  }
  const deleted = await target.teardown(options.endpoint, options.deployment, ctx.logger, options.force);
  if (deleted.length === 0) ctx.logger.info(`Nothing to delete: ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''} does not exist (already deleted?).`);
  if (model?.kind === 'registered') {
    if (await target.assets.deleteModel(model.name, model.version)) {
      deleted.push(`model:${model.name}:${model.version}`);
      ctx.logger.info(`Deleted model ${model.name}:${model.version}.`);
    } else ctx.logger.info(`Model ${model.name}:${model.version} is already gone.`);
  }
  return deleted;
}

/**
 * Deletes the endpoint's deployments that take no traffic: what is left of the previous version
 * once a new one has all the traffic.
 */
export async function teardownIdle(ctx: EngineContext, target: Target, endpoint: string): Promise<string[]> {
  const observed = await target.describe(endpoint);
  if (!observed) return [];
  const deleted: string[] = [];
  for (const deployment of observed.deployments) {
    if ((observed.traffic[deployment.name] ?? 0) > 0) continue;
    deleted.push(...(await target.teardown(endpoint, deployment.name, ctx.logger)));
  }
  if (!deleted.length) ctx.logger.info(`Every deployment of ${endpoint} takes traffic: nothing idle to delete.`);
  return deleted;
}
