import type { EngineContext } from './context.js';
import { rememberEndpoint } from './known-endpoints.js';
import { readRollout, updateRollout } from './rollout.js';
import { checkRelease, resolveStageRef } from './stages.js';
import { crashPoint } from './crash.js';
import { decide, parseTraffic, TAGS, type DeployDecision } from './decide.js';
import { environmentHash, environmentName, registerEnvironment } from './environment.js';
import { ConfigError } from './errors.js';
import { hashAsset, hashJson } from './hash.js';
import type { DeploymentSpec } from './spec.js';
import type { ObservedEndpoint, ScoringRoutes, Target } from './target.js';
import { setTraffic } from './traffic-moves.js';
import { runPreflight, type PreflightFinding } from './preflight.js';

export interface DeployOutcome {
  endpointName: string;
  deploymentName: string;
  scoringUri: string;
  swaggerUri: string;
  /** True when the running deployment already matched and nothing was written. */
  unchanged: boolean;
  traffic: Record<string, number>;
  /** Changes made outside mlship that this deploy found and put back. */
  drift: string[];
  /** What happened to the deployment: created, updated (replaced), or left as it was. */
  action: DeployDecision['deployment'];
  modelId?: string;
  environmentId: string;
  specHash: string;
  /** What the preflight checks found (none where the target has none, or they were skipped). */
  preflight: PreflightFinding[];
}

/**
 * Deploys a spec to a target: resolves the model, registers the environment, hashes everything
 * that defines the deployment, decides (see `decide`, which plan shares) and applies the decision.
 * An unchanged spec on a running deployment writes nothing. `traffic` is the share the deployment
 * takes once wait-healthy finds it healthy and smoke-tested.
 */
export interface DeployOptions {
  /** Share of traffic (percent) once healthy. */
  traffic?: number;
  /**
   * Called with the decision before anything is written: a caller that may be killed halfway
   * (an action) records what it is about to create, so a cleanup step knows what to remove.
   */
  onDecision?: (decision: DeployDecision, endpointExisted: boolean) => void | Promise<void>;
  /** Release checks (engine/stages.ts), made before anything is written. */
  release?: { requireStage?: string; stage?: string; allowRollback: boolean };
  /** The target's preflight checks (engine/preflight.ts) before anything is written; on unless false. */
  preflight?: boolean;
  /** Refuse a deployment whose estimated hourly cost is above this (a preflight check). */
  maxHourlyCost?: number;
}

export async function deploy(ctx: EngineContext, spec: DeploymentSpec, target: Target, options: DeployOptions = {}): Promise<DeployOutcome> {
  // First, before a model is registered or anything else is written.
  const preflight = await runPreflight(
    ctx.logger,
    options.preflight === false || !target.preflight ? undefined : () => target.preflight!(spec, { maxHourlyCost: options.maxHourlyCost }),
  );
  const hourly = preflight.find((f) => f.hourly)?.hourly;
  const ref = await resolveStageRef(target, spec.model);
  if (ref !== spec.model && ref?.kind === 'registered')
    ctx.logger.info(`${spec.model?.kind === 'registered' ? `${spec.model.name}${spec.model.version}` : ''} is ${ref.name}:${ref.version}.`);
  const model = ref ? await target.assets.resolveModel(ref) : undefined;
  if (options.release) await checkReleaseBeforeWrites(target, spec, model?.modelId, options.release);
  if (spec.model?.kind === 'registered' && spec.model.version === 'latest') ctx.logger.info(`${spec.model.name}@latest resolved to ${model?.modelId}.`);
  const environment = await registerEnvironment(ctx, target, spec.environment);
  const specHash = await deploymentHash(spec, model?.hash ?? model?.modelId, environment.hash);
  const endpointName = spec.endpoint.name!;
  const deploymentName = spec.deployment.name!;
  let observed = await target.describe(endpointName);
  const decision = decide({ spec, specHash, traffic: options.traffic }, observed);
  await options.onDecision?.(decision, !!observed);
  // What this rollout creates, recorded before it is created: a later step's post (wait-healthy
  // after a failure or a cancel) removes exactly that, and nothing that was there before.
  // An unchanged deployment adds nothing to undo: a record this job already made for it stays.
  const recorded = await readRollout(ctx.home, endpointName);
  if (decision.deployment !== 'unchanged' || recorded?.deployment !== deploymentName)
    await updateRollout(ctx.home, endpointName, {
      deployment: deploymentName,
      endpointCreated: !observed,
      deploymentWritten: decision.deployment !== 'unchanged',
      trafficBefore: undefined,
      verified: decision.deployment === 'unchanged',
      modelId: model?.modelId,
      environmentId: environment.environmentId,
      codeDirectory: spec.code.directory,
      ...(hourly ? { hourlyCost: hourly } : {}),
    });
  // Recorded before it is created: a run killed right after the creation still lets a later
  // step (or its post step) find the endpoint where it is.
  await rememberEndpoint(ctx.home, endpointName, target.name);
  if (!observed) {
    ctx.logger.info(`Creating endpoint ${endpointName} (${target.name}, auth ${spec.endpoint.authMode}).`);
    observed = await target.createEndpoint(spec, { ...spec.endpoint.tags, ...ctx.tags }, ctx.logger);
    crashPoint('deploy:endpoint-created');
  }
  const outcome = {
    endpointName,
    deploymentName,
    modelId: model?.modelId,
    environmentId: environment.environmentId,
    specHash,
    drift: decision.drift,
    action: decision.deployment,
    preflight,
  };
  if (decision.deployment !== 'unchanged') {
    const { operation, ...routes } = await target.putDeployment(
      { spec, endpoint: observed, model, environment, tags: { ...ctx.tags, ...decision.deploymentTags } },
      ctx.logger,
    );
    crashPoint('deploy:submitted');
    if (operation) await updateRollout(ctx.home, endpointName, { operation });
    ctx.logger.info(
      `Deployment ${endpointName}/${deploymentName} is starting at ${routes.scoringUri} (${decision.deployment === 'create' ? 'a new deployment' : decision.reason}).`,
    );
    return { ...outcome, ...routes, unchanged: false, traffic: observed.traffic };
  }
  const traffic = await applyUnchanged(ctx, target, decision, observed, deploymentName);
  const routes = routesOf(observed, deploymentName);
  ctx.logger.info(
    decision.drift.length
      ? `Deployment ${endpointName}/${deploymentName} runs this spec; ${decision.drift.length} change(s) made outside mlship were put back.`
      : `Deployment ${endpointName}/${deploymentName} already runs this exact spec: ${decision.patch.tags ? 'only its share of traffic once healthy changed' : 'no change'}.`,
  );
  // A new traffic wish is a tag, not a new deployment: the deployment itself is unchanged.
  return { ...outcome, ...routes, unchanged: decision.drift.length === 0, traffic };
}

/** Writes what an unchanged deployment needs: drifted settings, the traffic wish, mlship's traffic map. */
async function applyUnchanged(
  ctx: EngineContext,
  target: Target,
  decision: DeployDecision,
  observed: ObservedEndpoint,
  deployment: string,
): Promise<Record<string, number>> {
  for (const item of decision.drift) ctx.logger.warn(`Drift on ${observed.name}/${deployment}: ${item}; putting it back.`);
  if (decision.patch.tags || decision.patch.instanceCount !== undefined) await target.patchDeployment(observed.name, deployment, decision.patch, ctx.logger);
  const restore = decision.trafficToRestore;
  // On a collision, the map mlship recorded last (another mlship run may have just recorded one).
  if (restore) return setTraffic(ctx, target, observed, (now) => parseTraffic(now.tags[TAGS.traffic]) ?? restore);
  return observed.traffic;
}

/** Where a deployment answers: its own routes locally, the endpoint's on Azure. */
export function routesOf(observed: ObservedEndpoint, deployment: string): ScoringRoutes {
  return observed.deployments.find((d) => d.name === deployment)?.routes ?? { scoringUri: observed.scoringUri, swaggerUri: observed.swaggerUri };
}

/** Hash of everything that, changed, requires a new deployment: model, code, environment, settings. */
export async function deploymentHash(spec: DeploymentSpec, modelKey: string | undefined, environmentHash: string): Promise<string> {
  const code = await hashAsset(spec.code.directory);
  // Tags are not what a deployment runs; its name and the endpoint's region are where, not what.
  const { tags: _tags, name: _name, location: _location, ...settings } = spec.deployment;
  return hashJson({
    model: modelKey,
    code: code.hash,
    entry: spec.code.entryScript,
    environment: environmentHash,
    settings,
    auth: spec.endpoint.authMode,
    target: spec.target,
  });
}

/**
 * The release checks (require-stage, stage without allow-rollback), before anything is written:
 * the environment is looked up by its content, not registered.
 */
async function checkReleaseBeforeWrites(
  target: Target,
  spec: DeploymentSpec,
  modelId: string | undefined,
  release: NonNullable<DeployOptions['release']>,
): Promise<void> {
  if (!release.requireStage && !release.stage) return;
  if (!modelId) throw new ConfigError('require-stage and stage need a registered model (name:version), not files deployed as they are');
  const hash = environmentHash(spec.environment);
  const name = environmentName(spec.environment, hash);
  const version = await target.assets.findEnvironment(name, hash);
  await checkRelease(target, {
    modelId,
    environment: version ? `${name}:${version}` : `${name} (not registered yet)`,
    codeDirectory: spec.code.directory,
    ...release,
  });
}
