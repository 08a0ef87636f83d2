import type { ListedEndpoint, Target } from './target.js';
import type { EngineContext } from './context.js';
import { ConfigError } from './errors.js';
import { deleteEndpoint } from './teardown.js';

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
 * Deletes the endpoints that carry every selected tag (and are old enough): the stale-preview
 * sweep. Selection is by the provenance tags mlship puts on what it creates, so nothing made by
 * hand is touched unless it carries them.
 */
export async function sweep(ctx: EngineContext, target: Target, options: SweepOptions): Promise<SweepResult> {
  const now = ctx.clock.now();
  const selected = (await target.listEndpoints()).filter((endpoint) =>
    Object.entries(options.selector).every(([key, value]) => key in endpoint.tags && (value === true || endpoint.tags[key] === value)),
  );
  const matched: ListedEndpoint[] = [];
  for (const endpoint of selected) {
    const old = options.olderThanMs === undefined || (Number.isFinite(endpoint.createdAt) && now - endpoint.createdAt > options.olderThanMs);
    const pr = Number(endpoint.tags['mlship.pr']);
    const closed = options.isPullRequestClosed && pr > 0 ? await options.isPullRequestClosed(pr) : undefined;
    if (closed === false) {
      ctx.logger.info(`Endpoint ${endpoint.name} belongs to pull request #${pr}, which is still open: kept.`);
      continue;
    }
    if (closed) ctx.logger.info(`Endpoint ${endpoint.name} belongs to pull request #${pr}, which is closed.`);
    if (old || closed) matched.push(endpoint);
  }
  const deleted: string[] = [];
  for (const endpoint of matched) {
    ctx.logger.info(`${options.dryRun ? 'Would delete' : 'Deleting'} endpoint ${endpoint.name} (created ${new Date(endpoint.createdAt).toISOString()}).`);
    if (!options.dryRun) deleted.push(...(await deleteEndpoint(ctx, target, endpoint.name)));
  }
  return { matched, deleted };
}
