import type { StoredResource } from './store.js';
import type { HandlerContext } from './handler.js';
import { armError, type Reply } from './http.js';

type Json = Record<string, any>;

/** The ARM resource type of a workspace child path: models/versions → .../workspaces/models/versions. */
export function resourceType(template: string): string {
  const tail = template.split('/workspaces/{workspaceName}/')[1] ?? '';
  const words = tail.split('/').filter((s) => !s.startsWith('{'));
  return ['Microsoft.MachineLearningServices/workspaces', ...words].join('/');
}

export function view(resource: StoredResource): Json {
  return { ...resource };
}

/** GET of any resource: the stored one or ARM's 404. */
export function getResource(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  return resource ? { status: 200, body: view(resource) } : armError(404, 'ResourceNotFound', `${ctx.id.split('/workspaces/')[1]} was not found`);
}

/** Synchronous PUT for assets (containers, versions, datastores): 201 when new, 200 when replaced. */
export function putAsset(ctx: HandlerContext): Reply {
  const body = ctx.body as Json;
  const existed = !!ctx.store.get(ctx.id);
  const name = ctx.id.split('/').pop()!;
  const properties: Json = { ...(body.properties as Json), provisioningState: 'Succeeded' };
  if (ctx.op.operationId === 'ModelVersions_CreateOrUpdate' && existed) {
    const previous = ctx.store.get(ctx.id)!.properties;
    if (previous.modelUri !== properties.modelUri)
      return armError(409, 'Conflict', `model version ${name} exists with another modelUri; versions are immutable`);
  }
  const stored = ctx.store.put(ctx.id, { name, type: resourceType(ctx.op.template), properties });
  return { status: existed ? 200 : 201, body: view(stored) };
}

/** Synchronous DELETE: 200 when deleted, 204 when there was nothing. */
export function deleteAsset(ctx: HandlerContext): Reply {
  for (const child of ctx.store.children(ctx.id, 'versions')) ctx.store.delete(child.id);
  return { status: ctx.store.delete(ctx.id) ? 200 : 204 };
}

/** List of children, with `$top`, and the filters mlship uses (`hash` for code versions). */
export function listChildren(ctx: HandlerContext, segment: string): Reply {
  const parent = ctx.id.slice(0, ctx.id.length - segment.length - 1);
  let items = ctx.store.children(parent, segment);
  const hash = ctx.query.get('hash');
  if (hash) items = items.filter((r) => (r.properties.properties as Json | undefined)?.hash_sha256 === hash);
  if (ctx.query.get('isDefault') === 'true') items = items.filter((r) => r.properties.isDefault === true);
  if (ctx.query.get('$orderBy') === 'createdtime desc') items = [...items].reverse();
  const top = Number(ctx.query.get('$top') ?? Infinity);
  return { status: 200, body: { value: items.slice(0, top).map(view) } };
}
