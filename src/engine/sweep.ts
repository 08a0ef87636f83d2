import type { ListedEndpoint, Target } from './target.js';
import type { EngineContext } from './context.js';
import { ConfigError } from './errors.js';
import { deleteDeployment, deleteEndpoint } from './teardown.js';

export interface SweepOptions {
  /** Tags an endpoint must carry: `key` (any value) or `key=value`, all of them. */
  selector: Record<string, string | true>;
  /** Only endpoints created longer ago than this, in milliseconds. */
  olderThanMs?: number;
  /** List what would be deleted, delete nothing. */
  dryRun: boolean;
  /**
   * Asks whether a preview's pull request (tag mlship.pr) is closed: closed ones are swept whatever
   * their age, open ones are kept whatever their age; undefined (unknown) falls back to the age.
   */
  isPullRequestClosed?: (pr: number) => Promise<boolean | undefined>;
}

/**
 * What a sweep reads and deletes: online endpoints of a target, or batch endpoints (local or on
 * Azure ML compute). Deleting a deployment passes what it did to the endpoint's others first
 * (online: its traffic); a deployment the source says must stay (a batch endpoint's default while
 * others remain) is kept and said so.
 */
export interface SweepSource {
  /** What a log line calls an endpoint here: "endpoint" or "batch endpoint". */
  kind: string;
  listEndpoints(): Promise<ListedEndpoint[]>;
  /** The endpoint's deployments with their own tags; undefined when it is gone. */
  deployments(endpoint: string): Promise<{ name: string; tags: Record<string, string>; keep?: string }[] | undefined>;
  deleteEndpoint(endpoint: string): Promise<string[]>;
  deleteDeployment(endpoint: string, deployment: string): Promise<string[]>;
}

/** An online target as a sweep sees it: a deployment's traffic passes to the rest before it goes. */
export function onlineSweepSource(ctx: EngineContext, target: Target): SweepSource {
  return {
    kind: 'endpoint',
    listEndpoints: () => target.listEndpoints(),
    deployments: async (endpoint) => (await target.describe(endpoint))?.deployments,
    deleteEndpoint: (endpoint) => deleteEndpoint(ctx, target, endpoint),
    deleteDeployment: (endpoint, deployment) => deleteDeployment(ctx, target, endpoint, deployment, true),
  };
}

export interface SweepResult {
  matched: ListedEndpoint[];
  deleted: string[];
}

/** `mlship.pr` or `mlship.pr=12`, one per line or comma-separated. */
export function parseSelector(text: string): Record<string, string | true> {
  const selector: Record<string, string | true> = {};
  for (const part of text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq === 0) throw new ConfigError(`tag-selector: "${part}" has no tag name; write key or key=value`);
    if (eq < 0) selector[part] = true;
    else selector[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  if (Object.keys(selector).length === 0) throw new ConfigError('tag-selector is empty; write key or key=value, e.g. mlship.pr');
  return selector;
}

/**
 * Deletes what carries every selected tag (and is old enough, or whose pull request is closed):
 * the stale-preview sweep. Ownership is decided per deployment, since an endpoint's tags are
 * fixed when it is created: an endpoint goes only when every deployment on it is swept; on an
 * endpoint another pull request (or a person) also deployed to, only the swept deployments go
 * (their traffic passing to the rest) and the endpoint stays. Selection is by the provenance tags
 * mlship puts on what it creates, so nothing made by hand is touched unless it carries them.
 */
export async function sweep(ctx: EngineContext, source: SweepSource, options: SweepOptions): Promise<SweepResult> {
  const now = ctx.clock.now();
  const matches = (tags: Record<string, string>) =>
    Object.entries(options.selector).every(([key, value]) => key in tags && (value === true || tags[key] === value));
  // One question to GitHub per pull request, however many endpoints and deployments carry it.
  const asked = new Map<number, Promise<boolean | undefined>>();
  const isClosed = (pr: number) => {
    if (!asked.has(pr)) asked.set(pr, options.isPullRequestClosed!(pr));
    return asked.get(pr)!;
  };
  const due = async (tags: Record<string, string>, createdAt: number, what: string): Promise<boolean> => {
    const old = options.olderThanMs === undefined || (Number.isFinite(createdAt) && now - createdAt > options.olderThanMs);
    const pr = Number(tags['mlship.pr']);
    const closed = options.isPullRequestClosed && pr > 0 ? await isClosed(pr) : undefined;
    if (closed === false) ctx.logger.info(`${what} belongs to pull request #${pr}, which is still open: kept.`);
    else if (closed) ctx.logger.info(`${what} belongs to pull request #${pr}, which is closed.`);
    return closed !== false && (old || !!closed);
  };
  const matched: ListedEndpoint[] = [];
  const deleted: string[] = [];
  for (const endpoint of await source.listEndpoints()) {
    const endpointSelected = matches(endpoint.tags);
    // Only endpoints mlship manages can hold deployments a sweep owns.
    if (!endpointSelected && endpoint.tags['mlship.managed'] !== 'true') continue;
    const deployments = await source.deployments(endpoint.name);
    if (!deployments) continue;
    const swept: { name: string; keep?: string }[] = [];
    for (const d of deployments) {
      // A deployment without provenance tags of its own belongs to its endpoint's owner.
      const tags = d.tags['mlship.managed'] ? d.tags : endpoint.tags;
      if (matches(tags) && (await due(tags, endpoint.createdAt, `Deployment ${endpoint.name}/${d.name}`))) swept.push(d);
    }
    const whole =
      endpointSelected &&
      swept.length === deployments.length &&
      (deployments.length > 0 || (await due(endpoint.tags, endpoint.createdAt, `${capitalised(source.kind)} ${endpoint.name}`)));
    if (whole) {
      matched.push(endpoint);
      ctx.logger.info(
        `${options.dryRun ? 'Would delete' : 'Deleting'} ${source.kind} ${endpoint.name} (created ${new Date(endpoint.createdAt).toISOString()}).`,
      );
      if (!options.dryRun) deleted.push(...(await source.deleteEndpoint(endpoint.name)));
      continue;
    }
    for (const d of swept) {
      if (d.keep) {
        ctx.logger.info(`Kept deployment ${endpoint.name}/${d.name} although it matches: ${d.keep}.`);
        continue;
      }
      ctx.logger.info(`${options.dryRun ? 'Would delete' : 'Deleting'} deployment ${endpoint.name}/${d.name}; the ${source.kind} serves others and stays.`);
      if (!options.dryRun) deleted.push(...(await source.deleteDeployment(endpoint.name, d.name)));
    }
  }
  return { matched, deleted };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
