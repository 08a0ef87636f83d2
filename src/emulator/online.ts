import { randomBytes } from 'node:crypto';
import { armError, type Reply } from './http.js';
import { resourceType, view } from './assets.js';
import type { HandlerContext } from './handler.js';

type Json = Record<string, any>;

function endpointIdOf(id: string): string {
  return id.split('/deployments/')[0]!.replace(/\/(listKeys|token|regenerateKeys)$/, '');
}

/**
 * PUT of an online endpoint or deployment: 201 + Azure-AsyncOperation when new (200 with the
 * header when updated), provisioning state Creating/Updating until the emulator's provisioning
 * time has passed, then Succeeded — or Failed, for a deployment set up to fail.
 */
export function putOnline(ctx: HandlerContext): Reply {
  const body = ctx.body as Json;
  const isDeployment = ctx.op.operationId.startsWith('OnlineDeployments');
  const existing = ctx.store.get(ctx.id);
  const name = ctx.id.split('/').pop()!;
  // Azure's naming rule for endpoints and deployments, checked by the service, not the OpenAPI text.
  if (!existing && !/^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/.test(name)) {
    return armError(
      400,
      'BadArgument',
      `${name} is not a valid name: 3-32 characters, letters, digits and hyphens, starting with a letter and not ending with a hyphen`,
    );
  }
  if (isDeployment) {
    const endpoint = ctx.store.get(endpointIdOf(ctx.id));
    if (!endpoint || endpoint.properties.provisioningState === 'Deleting')
      return armError(404, 'ResourceNotFound', `endpoint ${endpointIdOf(ctx.id).split('/').pop()} does not exist; create it first`);
    const quota = ctx.emulator.faults.quotaExceeded;
    if (quota)
      return armError(
        400,
        'QuotaExceeded',
        `Not enough quota for ${body.properties?.instanceType ?? 'the instance type'} in this region (requested ${body.sku?.capacity ?? 1} instance(s)).`,
      );
  }
  const properties: Json = { ...(existing?.properties ?? {}), ...(body.properties as Json), provisioningState: existing ? 'Updating' : 'Creating' };
  if (!isDeployment) {
    properties.scoringUri = `${ctx.emulator.url}/inference/${name}/score`;
    properties.swaggerUri = `${ctx.emulator.url}/inference/${name}/swagger.json`;
    properties.traffic = (body.properties as Json).traffic ?? existing?.properties.traffic ?? {};
  }
  const stored = ctx.store.put(ctx.id, {
    name,
    type: resourceType(ctx.op.template),
    location: body.location,
    tags: body.tags,
    identity: body.identity,
    kind: body.kind,
    sku: body.sku,
    properties,
  });
  if (!isDeployment && !ctx.emulator.keys.has(ctx.id.toLowerCase())) {
    ctx.emulator.keys.set(ctx.id.toLowerCase(), { primaryKey: randomBytes(24).toString('base64'), secondaryKey: randomBytes(24).toString('base64') });
  }
  const operation = ctx.store.startOperation();
  ctx.emulator.afterProvisioning(ctx.id, async () => {
    const outcome = isDeployment ? await ctx.emulator.provisionDeployment(ctx.id, properties) : { ok: true };
    const current = ctx.store.get(ctx.id);
    if (!current) return;
    current.properties.provisioningState = outcome.ok ? 'Succeeded' : 'Failed';
    operation.status = outcome.ok ? 'Succeeded' : 'Failed';
    if (!outcome.ok) operation.error = { code: 'ResourceNotReady', message: outcome.message ?? 'User container has crashed or terminated.' };
  });
  return { status: existing ? 200 : 201, body: view(stored), headers: ctx.emulator.asyncHeaders(operation.id) };
}

/** PATCH: tags, traffic or scale, answered 202 + Location as ARM does. */
export function patchOnline(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  if (!resource) return armError(404, 'ResourceNotFound', `${ctx.id.split('/').pop()} was not found`);
  const body = ctx.body as Json;
  Object.assign(resource.properties, body.properties ?? {}, { provisioningState: 'Updating' });
  if (body.tags) resource.tags = body.tags;
  if (body.sku) resource.sku = { ...resource.sku, ...body.sku };
  const operation = ctx.store.startOperation();
  ctx.emulator.afterProvisioning(ctx.id, () => {
    resource.properties.provisioningState = 'Succeeded';
    operation.status = 'Succeeded';
  });
  return { status: 202, headers: ctx.emulator.locationHeaders(operation.id, ctx.id) };
}

/** DELETE: 202 + Location while Deleting; 204 when already gone. Deleting an endpoint takes its deployments. */
export function deleteOnline(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  if (!resource) return { status: 204 };
  const isDeployment = ctx.op.operationId.startsWith('OnlineDeployments');
  if (isDeployment) {
    const endpoint = ctx.store.get(endpointIdOf(ctx.id));
    const share = Number((endpoint?.properties.traffic as Json | undefined)?.[resource.name] ?? 0);
    if (share > 0) return armError(400, 'BadArgument', `deployment ${resource.name} takes ${share}% of the traffic; move its traffic away before deleting it`);
  }
  resource.properties.provisioningState = 'Deleting';
  const operation = ctx.store.startOperation();
  ctx.emulator.afterProvisioning(ctx.id, async () => {
    for (const child of [...ctx.store.children(ctx.id, 'deployments'), resource]) await ctx.emulator.runtime?.stop(child.id);
    for (const child of ctx.store.children(ctx.id, 'deployments')) ctx.store.delete(child.id);
    ctx.store.delete(ctx.id);
    // A deleted deployment leaves its endpoint's traffic map too.
    if (isDeployment) {
      const traffic = ctx.store.get(endpointIdOf(ctx.id))?.properties.traffic as Json | undefined;
      if (traffic) delete traffic[resource.name];
    }
    ctx.emulator.keys.delete(ctx.id.toLowerCase());
    operation.status = 'Succeeded';
  });
  return { status: 202, headers: ctx.emulator.locationHeaders(operation.id, ctx.id) };
}

export function listKeys(ctx: HandlerContext): Reply {
  const keys = ctx.emulator.keys.get(endpointIdOf(ctx.id).toLowerCase());
  return keys ? { status: 200, body: keys } : armError(404, 'ResourceNotFound', 'endpoint not found');
}

export function getToken(ctx: HandlerContext): Reply {
  const endpoint = ctx.store.get(endpointIdOf(ctx.id));
  if (!endpoint) return armError(404, 'ResourceNotFound', 'endpoint not found');
  if (endpoint.properties.authMode !== 'AMLToken') return armError(400, 'BadArgument', 'token auth is not enabled on this endpoint (authMode is not AMLToken)');
  const now = Date.now();
  const token = `aml.${randomBytes(24).toString('base64url')}`;
  ctx.emulator.tokens.set(token, endpoint.id.toLowerCase());
  return {
    status: 200,
    body: { accessToken: token, tokenType: 'Bearer', expiryTimeUtc: Math.round(now / 1000) + 3600, refreshAfterTimeUtc: Math.round(now / 1000) + 1800 },
  };
}

export async function getLogs(ctx: HandlerContext): Promise<Reply> {
  const deployment = ctx.store.get(ctx.id.replace(/\/getLogs$/, ''));
  if (!deployment) return armError(404, 'ResourceNotFound', 'deployment not found');
  const body = (ctx.body ?? {}) as Json;
  const content = (await ctx.emulator.runtime?.logs(deployment.id, String(body.containerType ?? 'InferenceServer'), Number(body.tail ?? 200))) ?? '';
  return { status: 200, body: { content } };
}
