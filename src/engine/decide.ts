import type { DeploymentSpec } from './spec.js';
import type { ObservedDeployment, ObservedEndpoint } from './target.js';

/** Tags mlship keeps on what it deploys; the engine alone reads and writes them. */
export const TAGS = {
  /** On a deployment: hash of everything that defines it. Equal hash, nothing to do. */
  specHash: 'mlship.spec-hash',
  /** On a deployment: share of traffic (percent) it takes once healthy and smoke-tested. */
  trafficWish: 'mlship.traffic-when-healthy',
  /** On an endpoint: the traffic map mlship last set; anything else found there is drift. */
  traffic: 'mlship.traffic',
  /** On an endpoint: the traffic map the last change replaced, for rollback. */
  previousTraffic: 'mlship.previous-traffic',
  /** On an endpoint: who set its traffic last (repository and run), named when two runs collide. */
  trafficWriter: 'mlship.traffic-writer',
} as const;

export type DeploymentAction = 'create' | 'update' | 'unchanged';

/** What applying a spec means for each resource, decided from one observation. */
export interface DeployDecision {
  endpoint: 'create' | 'unchanged';
  deployment: DeploymentAction;
  /** Why, in words: shown by plan, logged by deploy. */
  reason: string;
  /** Tags for a created or updated deployment (spec hash and traffic wish included). */
  deploymentTags: Record<string, string>;
  /** For an unchanged deployment: what to write back (traffic wish, drifted settings). */
  patch: { tags?: Record<string, string>; instanceCount?: number };
  /** For an unchanged deployment: traffic map to restore, when the one found is not mlship's. */
  trafficToRestore?: Record<string, number>;
  /** Changes made outside mlship that applying puts back, in words. */
  drift: string[];
}

export interface Desired {
  spec: DeploymentSpec;
  specHash: string;
  /** Requested share once healthy; undefined: 100 for an endpoint nothing serves from, else unchanged. */
  traffic?: number;
}

/**
 * The one deployment decision, made for plan and for deploy alike. A deployment whose spec hash
 * matches and that has not Failed is unchanged; then drift in its instance count, its tags or the
 * endpoint's traffic is what applying puts back. Blue/green: a deployment beside one that serves
 * comes up with no traffic unless a share is asked for; the first one gets everything.
 */
export function decide(desired: Desired, observed: ObservedEndpoint | undefined): DeployDecision {
  const { spec, specHash } = desired;
  const current = observed?.deployments.find((d) => d.name === spec.deployment.name);
  const serving = Object.values(observed?.traffic ?? {}).some((share) => share > 0);
  const wish = desired.traffic ?? (serving ? undefined : 100);
  const wishTags: Record<string, string> = wish === undefined ? {} : { [TAGS.trafficWish]: String(wish) };
  const deploymentTags = { ...spec.deployment.tags, [TAGS.specHash]: specHash, ...wishTags };
  const decision: DeployDecision = {
    endpoint: observed ? 'unchanged' : 'create',
    deployment: 'create',
    reason: 'it does not exist yet',
    deploymentTags,
    patch: {},
    drift: [],
  };
  if (!current) return decision;
  if (current.tags[TAGS.specHash] !== specHash) return { ...decision, deployment: 'update', reason: 'model, code, environment or settings changed' };
  if (current.provisioningState === 'Failed') return { ...decision, deployment: 'update', reason: 'the running deployment Failed: it is deployed again' };
  decision.deployment = 'unchanged';
  decision.reason = 'running with this exact spec';
  const tagDrift = Object.entries(spec.deployment.tags).filter(([k, v]) => current.tags[k] !== v);
  if (tagDrift.length) {
    decision.drift.push(
      `tags ${tagDrift.map(([k, v]) => `${k} (expected "${v}", found ${current.tags[k] === undefined ? 'none' : `"${current.tags[k]}"`})`).join(', ')}`,
    );
  }
  const wishChanged = wish !== undefined && current.tags[TAGS.trafficWish] !== String(wish);
  if (tagDrift.length || wishChanged) decision.patch.tags = { ...current.tags, ...Object.fromEntries(tagDrift), ...wishTags };
  const capacity = expectedInstances(spec);
  if (capacity !== undefined && current.instanceCount !== undefined && current.instanceCount !== capacity) {
    decision.drift.push(`instance count is ${current.instanceCount}, expected ${capacity}`);
    decision.patch.instanceCount = capacity;
  }
  const restore = trafficDrift(observed!, current);
  if (restore) {
    decision.drift.push(`traffic is ${JSON.stringify(observed!.traffic)}, mlship set ${JSON.stringify(restore)}`);
    decision.trafficToRestore = restore;
  }
  if (decision.drift.length) decision.reason = `running with this spec; changed outside mlship: ${decision.drift.join('; ')}`;
  else if (wishChanged) decision.reason = `running with this spec; traffic once healthy becomes ${wish}%`;
  return decision;
}

/** An autoscaled deployment's instance count is the autoscaler's business, not drift. */
function expectedInstances(spec: DeploymentSpec): number | undefined {
  return spec.deployment.scale ? undefined : spec.deployment.instanceCount;
}

/**
 * The traffic map to put back: the one mlship last set, when the endpoint now routes otherwise
 * and every deployment in it still exists. Before mlship has set any map there is nothing to
 * compare with, and a deployment still provisioning has not had its share yet.
 */
function trafficDrift(observed: ObservedEndpoint, current: ObservedDeployment): Record<string, number> | undefined {
  if (current.provisioningState !== 'Succeeded') return undefined;
  const set = parseTraffic(observed.tags[TAGS.traffic]);
  if (!set || sameTraffic(set, observed.traffic)) return undefined;
  const names = new Set(observed.deployments.map((d) => d.name));
  return Object.keys(set).every((name) => names.has(name)) ? set : undefined;
}

/** A traffic map kept in a tag; undefined when absent or not one. */
export function parseTraffic(text: string | undefined): Record<string, number> | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.every(([, share]) => typeof share === 'number' && Number.isInteger(share) && share >= 0 && share <= 100)
      ? (value as Record<string, number>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Equal maps, where a deployment at 0% and one not listed are the same. */
export function sameTraffic(a: Record<string, number>, b: Record<string, number>): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => (a[name] ?? 0) === (b[name] ?? 0));
}
