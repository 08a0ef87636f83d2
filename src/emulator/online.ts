import { randomBytes } from 'node:crypto';
import { armError, type Reply } from './http.js';
import { resourceType, view } from './assets.js';
import { deploymentDefaults, deploymentSku, endpointDefaults } from './defaults.js';
import type { HandlerContext } from './handler.js';

type Json = Record<string, any>;

function endpointIdOf(id: string): string {
  return id.split('/deployments/')[0]!.replace(/\/(listKeys|token|regenerateKeys)$/, '');
}

/**
 * PUT of an online endpoint or deployment, as recorded from real Azure: 201 (on creation and on
 * update alike) with the resource in Creating/Updating, Azure's defaults filled in, an
 * Azure-AsyncOperation on mfeOperationsStatus and a Location on the resource. Provisioning ends
 * after the emulator's provisioning time: Succeeded, or Failed for a deployment whose init() fails.
 * An If-Match that is not the endpoint's current ETag is refused with 412, as ARM does.
 */
export function putOnline(ctx: HandlerContext): Reply {
  const body = ctx.body as Json;
  const isDeployment = ctx.op.operationId.startsWith('OnlineDeployments');
  const existing = ctx.store.get(ctx.id);
  const name = ctx.id.split('/').pop()!;
  const stale = preconditionFailed(ctx, existing);
  if (stale) return stale;
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
      return armError(404, 'UserError', `An endpoint with the name '${endpointIdOf(ctx.id).split('/').pop()}' does not exist in the workspace.`);
    const quota = ctx.emulator.faults.quotaExceeded;
    if (quota)
      return armError(
        400,
        'QuotaExceeded',
        `Not enough quota for ${body.properties?.instanceType ?? 'the instance type'} in this region (requested ${body.sku?.capacity ?? 1} instance(s)).`,
      );
  }
  const operation = ctx.emulator.startOperation(ctx.id);
  const operationUri = ctx.emulator.putHeaders(operation)['Azure-AsyncOperation']!;
  const given: Json = { ...(existing?.properties ?? {}), ...(body.properties as Json), provisioningState: existing ? 'Updating' : 'Creating' };
  const properties = isDeployment ? deploymentDefaults(given, operationUri) : endpointDefaults(ctx.id, given, operationUri);
  if (!isDeployment) {
    // Known once the endpoint exists: null in the answer to its creation, as recorded.
    properties.scoringUri = existing ? existing.properties.scoringUri : null;
    properties.swaggerUri = existing ? existing.properties.swaggerUri : null;
    // `overruleTrafficWrites`: the write is accepted, but another change wins the traffic map.
    properties.traffic =
      (ctx.emulator.faults.overruleTrafficWrites ? existing?.properties.traffic : undefined) ??
      (body.properties as Json).traffic ??
      existing?.properties.traffic ??
      {};
  }
  const stored = ctx.store.put(ctx.id, {
    name,
    type: resourceType(ctx.op.template),
    location: body.location,
    tags: body.tags ?? {},
    identity: withPrincipal(body.identity),
    kind: body.kind ?? (isDeployment ? (properties.endpointComputeType === 'Kubernetes' ? 'Kubernetes' : 'Managed') : properties.compute ? 'K8S' : 'Managed'),
    sku: isDeployment ? deploymentSku(body.sku) : body.sku,
    properties,
  });
  if (!isDeployment && !ctx.emulator.keys.has(ctx.id.toLowerCase())) {
    ctx.emulator.keys.set(ctx.id.toLowerCase(), { primaryKey: randomBytes(24).toString('base64'), secondaryKey: randomBytes(24).toString('base64') });
  }
  ctx.emulator.afterProvisioning(ctx.id, async () => {
    // Deleted before its provisioning began (a held or slow create, then a teardown): start nothing.
    if (!ctx.store.get(ctx.id)) return;
    const outcome = isDeployment ? await ctx.emulator.provisionDeployment(ctx.id, properties) : { ok: true };
    const current = ctx.store.get(ctx.id);
    if (!current) {
      // Deleted while it started: its server goes with it.
      if (isDeployment) await ctx.emulator.runtime?.stop(ctx.id);
      return;
    }
    current.properties.provisioningState = outcome.ok ? 'Succeeded' : 'Failed';
    if (!isDeployment && outcome.ok) {
      current.properties.scoringUri = `${ctx.emulator.scoringUrl}/inference/${name}/score`;
      current.properties.swaggerUri = `${ctx.emulator.scoringUrl}/inference/${name}/swagger.json`;
    }
    ctx.store.touch(current);
    ctx.store.finish(
      operation,
      outcome.ok ? 'Succeeded' : 'Failed',
      outcome.ok
        ? undefined
        : {
            code: outcome.code ?? 'ResourceNotReady',
            message: outcome.message ?? 'User container has crashed or terminated.',
            ...(outcome.details ? { details: outcome.details } : {}),
          },
    );
  });
  return { status: 201, body: view(stored), headers: { ...ctx.emulator.putHeaders(operation), ETag: stored.etag } };
}

/** PATCH: tags, traffic or scale, answered 202 with the operation's headers. */
export function patchOnline(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  if (!resource) return notFound(ctx);
  const stale = preconditionFailed(ctx, resource);
  if (stale) return stale;
  const body = ctx.body as Json;
  Object.assign(resource.properties, body.properties ?? {}, { provisioningState: 'Updating' });
  if (body.tags) resource.tags = body.tags;
  if (body.sku) resource.sku = { ...resource.sku, ...body.sku };
  ctx.store.touch(resource);
  const operation = ctx.emulator.startOperation(ctx.id);
  ctx.emulator.afterProvisioning(ctx.id, () => {
    resource.properties.provisioningState = 'Succeeded';
    ctx.store.finish(operation, 'Succeeded');
  });
  return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}

/**
 * DELETE: 202 with the body null, Azure-AsyncOperation and a Location on mfeOperationResults
 * while Deleting; 204 when there is nothing to delete (both recorded). Deleting an endpoint takes
 * its deployments.
 */
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
  const operation = ctx.emulator.startOperation(ctx.id);
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
    ctx.store.finish(operation, 'Succeeded');
  });
  return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}

/** ARM's 412 when If-Match names another version of the resource than the current one. */
function preconditionFailed(ctx: HandlerContext, resource: { etag: string } | undefined): Reply | undefined {
  if (!ctx.ifMatch || ctx.ifMatch === '*') return undefined;
  if (resource && resource.etag === ctx.ifMatch) return undefined;
  return armError(412, 'PreconditionFailed', 'The condition specified using HTTP conditional header(s) is not met.');
}

/** Azure's 404 for an endpoint or deployment (recorded wording for endpoints). */
export function notFound(ctx: HandlerContext): Reply {
  const name = ctx.id.split('/').pop();
  return ctx.id.includes('/deployments/')
    ? armError(404, 'UserError', `A deployment with the name '${name}' does not exist in the endpoint '${endpointIdOf(ctx.id).split('/').pop()}'.`)
    : armError(
        404,
        'UserError',
        `An endpoint with the name '${name}' does not exist in the workspace. Please check the endpoint name and also ensure the current user has access to it.`,
      );
}

/** A system-assigned identity as Azure answers it: with its principal and tenant. */
function withPrincipal(identity: Json | undefined): Json | undefined {
  if (!identity?.type || !String(identity.type).includes('SystemAssigned')) return identity;
  return { principalId: '00000000-0000-0000-0000-000000000000', tenantId: '00000000-0000-0000-0000-000000000000', ...identity };
}

export function listKeys(ctx: HandlerContext): Reply {
  const keys = ctx.emulator.keys.get(endpointIdOf(ctx.id).toLowerCase());
  return keys ? { status: 200, body: keys } : notFound({ ...ctx, id: endpointIdOf(ctx.id) });
}

/**
 * regenerateKeys: a new primary or secondary key (the one given as keyValue, else a random one),
 * as a long-running operation (202 + Location), as the OpenAPI description has it.
 */
export function regenerateKeys(ctx: HandlerContext): Reply {
  const endpointId = endpointIdOf(ctx.id);
  const endpoint = ctx.store.get(endpointId);
  if (!endpoint) return notFound({ ...ctx, id: endpointId });
  if (endpoint.properties.authMode !== 'Key') return armError(400, 'BadArgument', 'keys can be regenerated only on an endpoint with Key auth');
  const request = (ctx.body ?? {}) as { keyType?: string; keyValue?: string };
  const keys = ctx.emulator.keys.get(endpointId.toLowerCase())!;
  const value = request.keyValue || randomBytes(24).toString('base64');
  if (request.keyType === 'Secondary') keys.secondaryKey = value;
  else keys.primaryKey = value;
  const operation = ctx.emulator.startOperation(endpointId);
  ctx.store.finish(operation, 'Succeeded');
  return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
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
  const containerType = String(body.containerType ?? 'InferenceServer');
  const failed = ctx.emulator.failedLogs.get(deployment.id.toLowerCase());
  const content = failed
    ? tailLines((containerType === 'StorageInitializer' ? failed.storageInitializer : failed.inferenceServer) ?? '', Number(body.tail ?? 200))
    : ((await ctx.emulator.runtime?.logs(deployment.id, containerType, Number(body.tail ?? 200))) ?? '');
  return { status: 200, body: { content } };
}

function tailLines(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}
