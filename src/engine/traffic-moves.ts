import type { EngineContext } from './context.js';
import { parseTraffic, sameTraffic, TAGS } from './decide.js';
import { ConcurrentChangeError, OperationError } from './errors.js';
import { checkResourceName } from './naming.js';
import type { ObservedEndpoint, Target } from './target.js';
import { withShare } from './traffic.js';

/** What a traffic step did: the map afterwards, and the one it replaced (when it moved). */
export interface TrafficChange {
  traffic: Record<string, number>;
  previous?: Record<string, number>;
}

async function observe(target: Target, endpoint: string): Promise<ObservedEndpoint> {
  checkResourceName(endpoint, 'endpoint');
  const observed = await target.describe(endpoint);
  if (!observed) throw new OperationError(`endpoint ${endpoint} does not exist`, endpoint);
  return observed;
}

/** Who moves traffic, as written on the endpoint: the repository and run, or this machine. */
function writer(ctx: EngineContext): string {
  const repository = ctx.tags['mlship.repository'];
  const run = ctx.tags['mlship.run'];
  return repository ? `${repository}${run ? ` run ${run}` : ''}` : 'a run outside GitHub Actions';
}

/**
 * Sets an endpoint's traffic map. The replaced map is kept for rollback and the new one recorded
 * as mlship's (so later changes by others show as drift), with who set it. The write holds only if
 * the endpoint is still as observed (ETag, traffic map): when another writer got there first, the
 * endpoint is read again and `decide` runs on what it holds now, once; a second conflict fails,
 * naming the other writer. The map read back must be the one written: otherwise another change
 * won, and saying "done" would be a lie.
 * @throws OperationError when the endpoint routes otherwise afterwards, or keeps changing.
 */
export async function setTraffic(
  ctx: EngineContext,
  target: Target,
  observed: ObservedEndpoint,
  decide: (observed: ObservedEndpoint) => Record<string, number>,
): Promise<Record<string, number>> {
  let current = observed;
  let traffic = decide(current);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeOnce(ctx, target, current, traffic);
    } catch (err) {
      if (!(err instanceof ConcurrentChangeError)) throw err;
      current = await observe(target, observed.name);
      const other = current.tags[TAGS.trafficWriter] ?? 'a change outside mlship';
      if (attempt >= 2)
        throw new OperationError(
          `endpoint ${observed.name} kept changing while its traffic was being set (last by ${other}); it routes ${JSON.stringify(current.traffic)}. Nothing of that change was overwritten: run the step again once the other run is done.`,
          observed.name,
        );
      traffic = decide(current);
      ctx.logger.warn(
        `Endpoint ${observed.name} changed after it was read (by ${other}): its traffic is now ${JSON.stringify(current.traffic)}; deciding again from that: ${JSON.stringify(traffic)}.`,
      );
    }
  }
}

async function writeOnce(ctx: EngineContext, target: Target, observed: ObservedEndpoint, traffic: Record<string, number>): Promise<Record<string, number>> {
  const tags = { [TAGS.previousTraffic]: JSON.stringify(observed.traffic), [TAGS.traffic]: JSON.stringify(traffic), [TAGS.trafficWriter]: writer(ctx) };
  const after = await target.writeTraffic(observed, traffic, tags, ctx.logger);
  if (!sameTraffic(after, traffic)) {
    throw new OperationError(
      `traffic on ${observed.name} is ${JSON.stringify(after)}, not the ${JSON.stringify(traffic)} just set: another change to the endpoint won`,
      observed.name,
    );
  }
  ctx.logger.info(`Traffic on ${observed.name}: ${JSON.stringify(after)}.`);
  return after;
}

/**
 * Gives a healthy, smoke-tested deployment the share deploy-model asked for (its traffic-wish
 * tag); the others share the rest in proportion. No wish, or the share already there: no change.
 */
export async function applyTrafficWish(
  ctx: EngineContext,
  target: Target,
  endpoint: string,
  deployment: string,
  onMoving?: (previous: Record<string, number>) => Promise<void>,
): Promise<TrafficChange> {
  const observed = await observe(target, endpoint);
  const wish = Number(observed.deployments.find((d) => d.name === deployment)?.tags[TAGS.trafficWish] ?? NaN);
  const current = { ...observed.traffic };
  if (Number.isNaN(wish) || (current[deployment] ?? 0) === wish) return { traffic: current };
  // Said before the write: a run cancelled from here on must put this map back.
  await onMoving?.(current);
  return { traffic: await setTraffic(ctx, target, observed, (now) => withShare(now.traffic, deployment, wish)), previous: current };
}

/** Restores the map the last traffic change replaced. @throws OperationError when there is none. */
export async function rollbackTraffic(ctx: EngineContext, target: Target, endpoint: string): Promise<Record<string, number>> {
  const observed = await observe(target, endpoint);
  const previousOf = (now: ObservedEndpoint) => {
    const previous = parseTraffic(now.tags[TAGS.previousTraffic]);
    if (!previous) throw new OperationError(`endpoint ${endpoint} has no earlier traffic map to return to`, endpoint);
    return previous;
  };
  previousOf(observed);
  return setTraffic(ctx, target, observed, previousOf);
}

/**
 * Puts back a traffic map a rollout replaced but never verified (a cancelled or killed run), for
 * the deployments that still exist. No write when the endpoint already routes so.
 * @returns the map afterwards, or undefined when nothing had to change.
 */
export async function restoreTraffic(
  ctx: EngineContext,
  target: Target,
  endpoint: string,
  map: Record<string, number>,
): Promise<Record<string, number> | undefined> {
  const observed = await target.describe(endpoint);
  if (!observed || sameTraffic(observed.traffic, map)) return undefined;
  const existing = (now: ObservedEndpoint) => {
    const names = new Set(now.deployments.map((d) => d.name));
    return Object.fromEntries(Object.entries(map).filter(([name]) => names.has(name)));
  };
  return setTraffic(ctx, target, observed, existing);
}

/** Gives `deployment` all of the endpoint's traffic. @throws OperationError unless it is Healthy. */
export async function promote(ctx: EngineContext, target: Target, endpoint: string, deployment: string): Promise<Record<string, number>> {
  checkResourceName(deployment, 'deployment');
  const status = await target.status(endpoint, deployment);
  if (status.state !== 'Healthy')
    throw new OperationError(
      `cannot promote ${endpoint}/${deployment}: it is ${status.state} (${status.detail}); wait until it is Healthy`,
      `${endpoint}/${deployment}`,
    );
  const observed = await observe(target, endpoint);
  return setTraffic(ctx, target, observed, (now) => withShare(now.traffic, deployment, 100));
}
