import { armError, type Reply } from './http.js';
import { resourceType, view } from './assets.js';
import type { HandlerContext } from './handler.js';

type Json = Record<string, any>;

function endpointIdOf(id: string): string {
  return id.split('/deployments/')[0]!;
}

/** Azure's 404 for a batch endpoint, as recorded (UserError, the workspace named). */
function endpointNotFound(ctx: HandlerContext, id: string): Reply {
  const name = id.split('/').pop();
  const workspace = /\/workspaces\/([^/]+)/.exec(id)?.[1];
  return armError(
    404,
    'UserError',
    `An endpoint with the name '${name}' does not exist in the workspace '${workspace}'. Please check the endpoint name and also ensure the current user has access to it.`,
  );
}

/** Defaults Azure fills into a batch deployment (BatchDeploymentProperties' defaults, api-version 2026-07-01). */
function deploymentDefaults(given: Json): Json {
  return {
    miniBatchSize: 10,
    maxConcurrencyPerInstance: 1,
    outputAction: 'AppendRow',
    outputFileName: 'predictions.csv',
    errorThreshold: -1,
    loggingLevel: 'Info',
    ...given,
    retrySettings: { maxRetries: 3, timeout: 'PT30S', ...given.retrySettings },
    resources: { instanceCount: 1, ...given.resources },
  };
}

/**
 * GET of a batch endpoint or deployment: the stored resource, or Azure's 404 (the endpoint's worded
 * as the recorded session has it).
 */
export function getBatch(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  if (resource) return { status: 200, body: view(resource) };
  if (!ctx.id.includes('/deployments/')) return endpointNotFound(ctx, ctx.id);
  return armError(
    404,
    'UserError',
    `A deployment with the name '${ctx.id.split('/').pop()}' does not exist in the endpoint '${endpointIdOf(ctx.id).split('/').pop()}'.`,
  );
}

/**
 * PUT of a batch endpoint or deployment, as recorded from real Azure (azure-recordings/batch_services):
 * 201 with the resource in Creating (an endpoint's scoringUri null until it exists) and an
 * Azure-AsyncOperation; Succeeded after the provisioning time. A deployment needs its endpoint and
 * an AmlCompute cluster of the workspace.
 */
export function putBatch(ctx: HandlerContext): Reply {
  const body = ctx.body as Json;
  const isDeployment = ctx.id.includes('/deployments/');
  const existing = ctx.store.get(ctx.id);
  const name = ctx.id.split('/').pop()!;
  if (!existing && !/^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/.test(name))
    return armError(
      400,
      'BadArgument',
      `${name} is not a valid name: 3-32 characters, letters, digits and hyphens, starting with a letter and not ending with a hyphen`,
    );
  const given: Json = { ...(body.properties as Json) };
  let properties: Json;
  if (isDeployment) {
    const endpoint = ctx.store.get(endpointIdOf(ctx.id));
    if (!endpoint || endpoint.properties.provisioningState === 'Deleting') return endpointNotFound(ctx, endpointIdOf(ctx.id));
    const computeId = String(given.compute ?? '');
    const compute = ctx.store.get(computeId) ?? ctx.store.get(`${ctx.id.split('/batchEndpoints/')[0]}/computes/${computeId.split('/').pop()}`);
    if (!compute) return armError(400, 'UserError', `Compute ${computeId.split('/').pop()} is not found in the workspace.`);
    if (compute.properties.computeType !== 'AmlCompute')
      return armError(400, 'UserError', `Compute ${compute.name} is of type ${compute.properties.computeType}; batch deployments need an AmlCompute cluster.`);
    properties = { ...deploymentDefaults(given), provisioningState: existing ? 'Updating' : 'Creating' };
  } else {
    properties = {
      ...given,
      authMode: 'AADToken',
      defaults: { deploymentName: null, ...given.defaults },
      properties: { ...given.properties, BatchEndpointCreationApiVersion: ctx.query.get('api-version'), 'azureml.onlineendpointid': ctx.id },
      // Known once the endpoint exists: null in the answer to its creation, as recorded.
      scoringUri: existing?.properties.scoringUri ?? null,
      swaggerUri: null,
      provisioningState: existing ? 'Updating' : 'Creating',
    };
  }
  const operation = ctx.emulator.startOperation(ctx.id);
  const stored = ctx.store.put(ctx.id, {
    name,
    type: resourceType(ctx.op.template),
    location: body.location,
    tags: body.tags ?? {},
    ...(body.identity ? { identity: body.identity } : {}),
    properties,
  });
  ctx.emulator.afterProvisioning(ctx.id, () => {
    const current = ctx.store.get(ctx.id);
    if (!current) return;
    current.properties.provisioningState = 'Succeeded';
    if (!isDeployment) current.properties.scoringUri = `${ctx.emulator.scoringUrl}/batch/${name}/jobs`;
    ctx.store.touch(current);
    ctx.store.finish(operation, 'Succeeded');
  });
  return { status: existing ? 200 : 201, body: view(stored), headers: ctx.emulator.putHeaders(operation) };
}

/**
 * DELETE: 202 with Azure-AsyncOperation and Location while Deleting (recorded), then 404; an
 * endpoint takes its deployments with it. 204 when there is nothing to delete.
 */
export function deleteBatch(ctx: HandlerContext): Reply {
  const resource = ctx.store.get(ctx.id);
  if (!resource) return { status: 204 };
  resource.properties.provisioningState = 'Deleting';
  const operation = ctx.emulator.startOperation(ctx.id);
  ctx.emulator.afterProvisioning(ctx.id, () => {
    for (const child of ctx.store.children(ctx.id, 'deployments')) ctx.store.delete(child.id);
    ctx.store.delete(ctx.id);
    const endpoint = ctx.store.get(endpointIdOf(ctx.id));
    if (endpoint && ctx.id.includes('/deployments/') && endpoint.properties.defaults?.deploymentName === resource.name)
      endpoint.properties.defaults = { deploymentName: null };
    ctx.store.finish(operation, 'Succeeded');
  });
  return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}
