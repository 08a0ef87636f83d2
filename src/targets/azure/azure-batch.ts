import type { ArmClient } from '../../azure/arm-client.js';
import type { AzureAssets } from '../../azure/assets.js';
import type { BatchDeployment, BatchEndpoint, ComputeResource } from '../../azure/resources.js';
import type { BatchDeploymentSpec } from '../../engine/batch-spec.js';
import type { EngineContext } from '../../engine/context.js';
import { TAGS } from '../../engine/decide.js';
import { environmentHash, registerEnvironment } from '../../engine/environment.js';
import { ConfigError, NotFoundError } from '../../engine/errors.js';
import { hashJson } from '../../engine/hash.js';
import type { BatchDeployOutcome } from '../local/local-batch.js';
import { batchDeploymentBody, batchEndpointBody } from './batch-bodies.js';

/** Batch endpoints and deployments provision in a few minutes; a write that takes longer than this has failed. */
const OPERATION_MS = 30 * 60_000;

export interface AzureBatchOptions {
  client: ArmClient;
  assets: AzureAssets;
  /** Region for a new endpoint (batch endpoints are tracked resources: they carry one). */
  location?: string;
}

/**
 * Batch endpoints with model deployments on an AmlCompute cluster (the `amlcompute` target), on
 * the Azure ML v2 API: `batchEndpoints` and `batchEndpoints/{e}/deployments` (azure-rest-api-specs,
 * api-version 2026-07-01; the recorded session in azure-recordings/batch_services shows the
 * long-running operations: 201 + Azure-AsyncOperation on create, 202 on delete, 404 after).
 * Everything is checked before the first write: the cluster exists and is an AmlCompute cluster.
 */
export class AzureBatch {
  constructor(private readonly options: AzureBatchOptions) {}

  private get client(): ArmClient {
    return this.options.client;
  }

  private endpointPath(endpoint: string): string {
    return `/batchEndpoints/${encodeURIComponent(endpoint)}`;
  }

  endpoint(endpoint: string): Promise<BatchEndpoint | undefined> {
    return this.client.get<BatchEndpoint>(this.endpointPath(endpoint));
  }

  deployment(endpoint: string, deployment: string): Promise<BatchDeployment | undefined> {
    return this.client.get<BatchDeployment>(`${this.endpointPath(endpoint)}/deployments/${encodeURIComponent(deployment)}`);
  }

  /**
   * The compute a batch deployment names must be an AmlCompute cluster of the workspace; found
   * missing or of another kind here, before anything is created, not after a failed provisioning.
   */
  async checkCompute(name: string): Promise<string> {
    const compute = await this.client.get<ComputeResource>(`/computes/${encodeURIComponent(name)}`);
    if (!compute) {
      const clusters = ((await this.client.listAll<ComputeResource>('/computes', { allow404: true })) ?? [])
        .filter((c) => c.properties?.computeType === 'AmlCompute')
        .map((c) => c.name);
      throw new ConfigError(
        `compute cluster ${name} does not exist in the workspace${clusters.length ? ` (AmlCompute clusters: ${clusters.join(', ')})` : ' (it has no AmlCompute cluster)'}. Create it (az ml compute create --type amlcompute --name ${name}), or name another in compute:. Nothing was created.`,
      );
    }
    if (compute.properties?.computeType !== 'AmlCompute')
      throw new ConfigError(
        `compute ${name} is a ${compute.properties?.computeType ?? 'compute of unknown kind'}, not an AmlCompute cluster: batch deployments run on AmlCompute clusters. Nothing was created.`,
      );
    return compute.id ?? this.client.workspacePath(`/computes/${encodeURIComponent(name)}`);
  }

  /**
   * Creates or updates the batch endpoint and deployment. An unchanged deployment (same spec hash
   * in its tags) on an endpoint whose default is already right writes nothing.
   */
  async deploy(ctx: EngineContext, spec: BatchDeploymentSpec, options: { makeDefault?: boolean } = {}): Promise<BatchDeployOutcome> {
    const endpointName = spec.endpoint.name;
    const name = spec.deployment.name;
    await this.checkCompute(spec.deployment.compute!);
    const model = await this.options.assets.resolveModel(spec.model!);
    const environment = await registerEnvironment(ctx, { assets: this.options.assets }, spec.environment);
    const { codeId } = await this.options.assets.ensureCode(spec.code!.directory);
    const specHash = hashJson({
      model: model.hash ?? model.modelId,
      environment: environmentHash(spec.environment),
      code: codeId,
      deployment: { ...spec.deployment, tags: spec.deployment.tags },
      scoringScript: spec.code!.entryScript,
    });
    const deadline = ctx.clock.now() + OPERATION_MS;
    const found = await this.endpoint(endpointName);
    const location = found?.location ?? this.options.location ?? (await this.workspaceLocation());
    const endpoint = found ?? (await this.createEndpoint(ctx, spec, location, deadline));
    const existing = await this.deployment(endpointName, name);
    const unchanged = existing?.tags?.[TAGS.specHash] === specHash && existing.properties.provisioningState === 'Succeeded';
    if (!unchanged) {
      ctx.logger.info(`${existing ? 'Updating' : 'Creating'} batch deployment ${endpointName}/${name} on compute ${spec.deployment.compute}.`);
      const body = batchDeploymentBody({
        spec,
        location,
        workspaceId: this.client.workspacePath(),
        codeId,
        modelId: model.armId!,
        environmentId: environment.armId!,
        tags: { ...ctx.tags, ...spec.deployment.tags, [TAGS.specHash]: specHash },
      });
      await this.client.mutate('PUT', `${this.endpointPath(endpointName)}/deployments/${encodeURIComponent(name)}`, body, deadline);
    }
    const current = endpoint.properties.defaults?.deploymentName ?? undefined;
    const defaultDeployment = !current || options.makeDefault ? name : current;
    if (defaultDeployment !== current) {
      // Made the default only once the deployment provisioned: a job never goes to one that failed.
      ctx.logger.info(`Making ${name} the default deployment of ${endpointName}${current ? ` (was ${current})` : ''}.`);
      const { location: where, tags } = endpoint;
      await this.client.mutate(
        'PUT',
        this.endpointPath(endpointName),
        {
          location: where,
          tags,
          properties: { ...batchEndpointBody({ spec, location: where, tags: tags ?? {} }).properties, defaults: { deploymentName: name } },
        },
        deadline,
      );
    }
    return {
      endpointName,
      deploymentName: name,
      action: unchanged ? 'unchanged' : existing ? 'updated' : 'created',
      isDefault: defaultDeployment === name,
      defaultDeployment,
      specHash,
      modelId: model.modelId,
    };
  }

  /** Creates the endpoint (with the run's provenance tags) and waits until it exists. */
  async createEndpoint(ctx: EngineContext, spec: BatchDeploymentSpec, location: string, deadline = ctx.clock.now() + OPERATION_MS): Promise<BatchEndpoint> {
    ctx.logger.info(`Creating batch endpoint ${spec.endpoint.name} (${location}).`);
    const body = batchEndpointBody({ spec, location, tags: { ...ctx.tags, ...spec.endpoint.tags } });
    return (await this.client.mutate<BatchEndpoint>('PUT', this.endpointPath(spec.endpoint.name), body, deadline)).body;
  }

  /** Deletes one deployment (not the default while others remain, unless forced), or the endpoint with all of them. */
  async teardown(ctx: EngineContext, endpointName: string, deployment?: string, options: { missingOk?: boolean; force?: boolean } = {}): Promise<string[]> {
    const deadline = ctx.clock.now() + OPERATION_MS;
    const endpoint = await this.endpoint(endpointName);
    if (!endpoint) {
      if (options.missingOk) return [];
      throw new NotFoundError(`batch endpoint ${endpointName} does not exist in the workspace`, endpointName);
    }
    const deployments = (await this.client.listAll<BatchDeployment>(`${this.endpointPath(endpointName)}/deployments`, { allow404: true })) ?? [];
    if (deployment === undefined) {
      await this.client.mutate('DELETE', this.endpointPath(endpointName), undefined, deadline);
      return [...deployments.map((d) => `batch-deployment:${endpointName}/${d.name}`), `batch-endpoint:${endpointName}`];
    }
    if (!deployments.some((d) => d.name === deployment)) {
      if (options.missingOk) return [];
      throw new NotFoundError(
        `batch deployment ${endpointName}/${deployment} does not exist (deployments: ${deployments.map((d) => d.name).join(', ') || 'none'})`,
        deployment,
      );
    }
    if (endpoint.properties.defaults?.deploymentName === deployment && deployments.length > 1 && !options.force)
      throw new ConfigError(
        `${deployment} is the default deployment of ${endpointName}: jobs invoked without a deployment name run on it. Make another the default first (deploy it with --make-default), or pass --force.`,
      );
    await this.client.mutate('DELETE', `${this.endpointPath(endpointName)}/deployments/${encodeURIComponent(deployment)}`, undefined, deadline);
    return [`batch-deployment:${endpointName}/${deployment}`];
  }

  /** The workspace's region, where a new endpoint goes unless a location is given. */
  async workspaceLocation(): Promise<string> {
    const workspace = await this.client.get<{ location?: string }>('');
    if (!workspace?.location) throw new ConfigError('the workspace has no location to create the batch endpoint in: give location');
    return workspace.location;
  }
}
