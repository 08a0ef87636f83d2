import type { StoredResource } from './store.js';
import type { HandlerContext } from './handler.js';
import { armError, type Reply } from './http.js';
import { assetVersionDefaults, containerProperties } from './defaults.js';

type Json = Record<string, any>;

/** The ARM resource type of a workspace child path: models/versions → .../workspaces/models/versions. */
export function resourceType(template: string): string {
  const tail = template.split('/workspaces/{workspaceName}/')[1] ?? '';
  const words = tail.split('/').filter((s) => !s.startsWith('{'));
  return ['Microsoft.MachineLearningServices/workspaces', ...words].join('/');
}

export function view(resource: StoredResource): Json {
  const { etag: _etag, ...body } = resource;
  return body;
}

/** GET of any resource: the stored one (endpoints with their ETag header) or Azure's 404. */
export function getResource(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  if (!resource) return notFoundFor(ctx.id);
  const headers: Record<string, string> = ctx.id.includes('/onlineEndpoints/') ? { ETag: resource.etag } : {};
  const retryAfter = ctx.emulator.faults.provisioningRetryAfterSeconds;
  if (retryAfter !== undefined && ctx.id.includes('/deployments/') && /^(Creating|Updating)$/.test(String(resource.properties.provisioningState)))
    headers['Retry-After'] = String(retryAfter);
  return { status: 200, body: view(resource), headers };
}

/** Azure's 404s, worded as recorded: a UserError with the missing container named in details. */
function notFoundFor(id: string): Reply {
  const tail = id.split('/workspaces/')[1] ?? id;
  const [kind, name] = tail.split('/').slice(1, 3);
  const asset = { models: 'Model', environments: 'Environment', codes: 'Code', datastores: 'Datastore' }[kind ?? ''];
  if (!asset) return armError(404, 'UserError', `The specified resource was not found: ${tail}.`);
  const container = `${asset} container with name: ${name} not found.`;
  return armError(404, 'UserError', 'The specified resource was not found.', [{ code: `${asset}NotFound`, message: container }]);
}

/**
 * Synchronous PUT for assets (versions, containers, datastores): 201 with a Location when new, 200
 * when the same version is PUT again (recorded), Azure's defaults filled in. A version PUT creates
 * or advances its container (latestVersion/nextVersion), so lists find it. A model version's files
 * cannot be changed: another modelUri is refused with Azure's message.
 */
export function putAsset(ctx: HandlerContext): Reply {
  const body = ctx.body as Json;
  const previous = ctx.store.get(ctx.id);
  const segments = ctx.id.split('/workspaces/')[1]!.split('/');
  const kind = segments[1]!;
  const isVersion = segments[3] === 'versions';
  const name = ctx.id.split('/').pop()!;
  if (kind === 'models' && isVersion && previous && previous.properties.modelUri !== (body.properties as Json).modelUri)
    return armError(400, 'UserError', 'Asset paths cannot be updated.');
  const given = { ...(body.properties as Json) };
  const properties = isVersion
    ? assetVersionDefaults(kind, given)
    : kind === 'datastores'
      ? given
      : { description: null, tags: {}, properties: {}, isArchived: false, ...previous?.properties, ...given, provisioningState: 'Succeeded' };
  const stored = ctx.store.put(ctx.id, { name, type: resourceType(ctx.op.template), properties });
  if (isVersion) {
    const containerId = ctx.id.slice(0, ctx.id.lastIndexOf('/versions/'));
    const container = ctx.store.get(containerId);
    ctx.store.put(containerId, {
      name: segments[2]!,
      type: resourceType(ctx.op.template).replace(/\/versions$/, ''),
      properties: containerProperties(name, container?.properties),
    });
  }
  return {
    status: previous ? 200 : 201,
    body: view(stored),
    headers: previous ? {} : { Location: `${ctx.emulator.url}${ctx.id}?api-version=${ctx.query.get('api-version')}` },
  };
}

/** Synchronous DELETE: 200 when deleted, 204 when there was nothing. */
export function deleteAsset(ctx: HandlerContext): Reply {
  for (const child of ctx.store.children(ctx.id, 'versions')) ctx.store.delete(child.id);
  return { status: ctx.store.delete(ctx.id) ? 200 : 204 };
}

/** List of children, with `$top`, and the filters mlship uses (`hash` for code versions). */
export function listChildren(ctx: HandlerContext, segment: string): Reply {
  const parent = ctx.id.slice(0, ctx.id.length - segment.length - 1);
  const hash = ctx.query.get('hash');
  // Code versions by content hash are searched across the whole workspace, whatever the container
  // named in the path (recorded: a lookup under one name answered 200 with a version of another;
  // azure-ai-ml looks up each new snapshot under a fresh random name and expects 200).
  if (segment === 'versions' && hash && /\/codes\/[^/]+$/.test(parent)) return { status: 200, body: { value: codesWithHash(ctx, parent, hash).map(view) } };
  let items = ctx.store.children(parent, segment);
  // The versions of a container that does not exist: Azure answers 404 (recorded), not an empty list.
  if (segment === 'versions' && items.length === 0 && !ctx.store.get(parent)) return notFoundFor(parent);
  if (hash) items = items.filter((r) => (r.properties.properties as Json | undefined)?.hash_sha256 === hash);
  if (ctx.query.get('isDefault') === 'true') items = items.filter((r) => r.properties.isDefault === true);
  // Versions lists show active versions unless asked otherwise (listViewType, default ActiveOnly).
  const viewType = ctx.query.get('listViewType') ?? 'ActiveOnly';
  if (segment === 'versions' && viewType !== 'All') items = items.filter((r) => (r.properties.isArchived === true) === (viewType === 'ArchivedOnly'));
  if (ctx.query.get('$orderBy') === 'createdtime desc') items = [...items].reverse();
  const top = Number(ctx.query.get('$top') ?? Infinity);
  return page(ctx, items.slice(0, top).map(view));
}

/**
 * One page of a list, with ARM's `nextLink` to the next (a `$skip` token on the same URL) when
 * more remain. The page size is the emulator's `listPageSize` (100 unless a test sets it smaller).
 */
function page(ctx: HandlerContext, all: Json[]): Reply {
  const size = ctx.emulator.faults.listPageSize ?? 100;
  const skip = Number(ctx.query.get('$skip') ?? 0) || 0;
  const value = all.slice(skip, skip + size);
  if (skip + size >= all.length) return { status: 200, body: { value } };
  const next = new URL(`${ctx.emulator.url}${ctx.id}`);
  for (const [k, v] of ctx.query) next.searchParams.set(k, v);
  next.searchParams.set('$skip', String(skip + size));
  return { status: 200, body: { value, nextLink: next.toString() } };
}

/** Every code version of the workspace whose content hash (and hash version, when asked) matches. */
function codesWithHash(ctx: HandlerContext, codeContainer: string, hash: string): StoredResource[] {
  const workspace = codeContainer.slice(0, codeContainer.lastIndexOf('/codes/'));
  const hashVersion = ctx.query.get('hashVersion');
  return ctx.store
    .children(workspace, 'codes')
    .flatMap((container) => ctx.store.children(container.id, 'versions'))
    .filter((version) => {
      const properties = (version.properties.properties ?? {}) as Json;
      return properties.hash_sha256 === hash && (!hashVersion || properties.hash_version === hashVersion);
    });
}
