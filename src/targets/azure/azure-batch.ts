import type { ArmClient } from '../../azure/arm-client.js';
import type { AzureAssets } from '../../azure/assets.js';
import type { BatchDeployment, BatchEndpoint, ComputeResource } from '../../azure/resources.js';
import type { BatchDeploymentSpec } from '../../engine/batch-spec.js';
import type { SweepSource } from '../../engine/sweep.js';
import { runPreflight, type PreflightFinding } from '../../engine/preflight.js';
import { actionsNeeded, checkPermissions } from './preflight.js';
import type { EngineContext } from '../../engine/context.js';
import { TAGS } from '../../engine/decide.js';
import { registerEnvironment } from '../../engine/environment.js';
import { batchContent, batchPlan, batchSpecHash, resolvedModelKey, type BatchPlanItem } from '../../engine/batch-plan.js';
import { ConfigError, NotFoundError, OperationError } from '../../engine/errors.js';
import { localInput, type BatchDeployOutcome, type BatchInvokeOptions, type BatchJobResult, type InputType } from '../local/local-batch.js';
import { dataPlaneRequest } from '../../azure/data-plane.js';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { batchDeploymentBody, batchEndpointBody } from './batch-bodies.js';

/** A job as ARM's Jobs_Get answers it: what mlship reads of it (JobStatus; the outputs' URIs). */
interface BatchJob {
  name: string;
  properties: { status: string; outputs?: unknown };
}

const JOB_TERMINAL = new Set(['Completed', 'Failed', 'Canceled']);

/** Lines of a file, read a block at a time (a predictions file can be larger than memory). */
function countLines(file: string): number {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let lines = 0;
  let last = 10;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      for (let i = 0; i < n; i += 1) if (buffer[i] === 10) lines += 1;
      last = buffer[n - 1]!;
    }
  } finally {
    closeSync(fd);
  }
  // A last line without its newline is a line too.
  return last === 10 ? lines : lines + 1;
}

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
  async deploy(ctx: EngineContext, spec: BatchDeploymentSpec, options: { makeDefault?: boolean; preflight?: boolean } = {}): Promise<BatchDeployOutcome> {
    const endpointName = spec.endpoint.name;
    const name = spec.deployment.name;
    await this.checkCompute(spec.deployment.compute!);
    // The caller's roles cover what this deploy writes: a missing one refuses it here, before any write.
    await runPreflight(ctx.logger, options.preflight === false ? undefined : () => this.preflight(spec));
    const model = await this.options.assets.resolveModel(spec.model!);
    const environment = await registerEnvironment(ctx, { assets: this.options.assets }, spec.environment);
    const { codeId, hash: codeHash } = await this.options.assets.ensureCode(spec.code!.directory);
    const specHash = batchSpecHash(spec, { model: resolvedModelKey(spec, model), code: codeHash });
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

  /** What deploy would do, with reads only (a model given by path is compared by its files' identity). */
  async plan(spec: BatchDeploymentSpec, makeDefault: boolean): Promise<BatchPlanItem[]> {
    const specHash = batchSpecHash(spec, await batchContent(spec, async (ref) => (await this.options.assets.resolveModel(ref)).modelId!));
    const endpoint = await this.endpoint(spec.endpoint.name);
    const deployment = endpoint ? await this.deployment(spec.endpoint.name, spec.deployment.name) : undefined;
    return batchPlan(
      spec,
      specHash,
      {
        endpointExists: !!endpoint,
        deploymentExists: !!deployment,
        deploymentHash: deployment?.properties.provisioningState === 'Succeeded' ? deployment.tags?.[TAGS.specHash] : undefined,
        defaultDeployment: endpoint?.properties.defaults?.deploymentName ?? undefined,
      },
      makeDefault,
    );
  }

  /** What deploy checks before its first write, beyond the compute: the caller's roles. */
  preflight(spec: BatchDeploymentSpec): Promise<PreflightFinding[]> {
    return checkPermissions(this.client, actionsNeeded({ kind: 'batch', keys: false, registersModel: spec.model?.kind === 'path' }));
  }

  /** Creates the endpoint (with the run's provenance tags) and waits until it exists. */
  async createEndpoint(ctx: EngineContext, spec: BatchDeploymentSpec, location: string, deadline = ctx.clock.now() + OPERATION_MS): Promise<BatchEndpoint> {
    ctx.logger.info(`Creating batch endpoint ${spec.endpoint.name} (${location}).`);
    const body = batchEndpointBody({ spec, location, tags: { ...ctx.tags, ...spec.endpoint.tags } });
    return (await this.client.mutate<BatchEndpoint>('PUT', this.endpointPath(spec.endpoint.name), body, deadline)).body;
  }

  /**
   * The stale-preview sweep's view of the workspace's batch endpoints: a deployment that is its
   * endpoint's default while others remain is kept (jobs without a deployment name run on it).
   */
  sweepSource(ctx: EngineContext): SweepSource {
    return {
      kind: 'batch endpoint',
      listEndpoints: async () =>
        ((await this.client.listAll<BatchEndpoint>('/batchEndpoints')) ?? []).map((e) => ({
          name: e.name ?? '',
          tags: e.tags ?? {},
          createdAt: Date.parse(e.systemData?.createdAt ?? ''),
        })),
      deployments: async (endpointName) => {
        const endpoint = await this.endpoint(endpointName);
        if (!endpoint) return undefined;
        const deployments = (await this.client.listAll<BatchDeployment>(`${this.endpointPath(endpointName)}/deployments`, { allow404: true })) ?? [];
        const isDefault = (name: string) => endpoint.properties.defaults?.deploymentName === name && deployments.length > 1;
        return deployments.map((d) => ({
          name: d.name ?? '',
          tags: d.tags ?? {},
          ...(isDefault(d.name ?? '') ? { keep: `it is the default deployment of batch endpoint ${endpointName}` } : {}),
        }));
      },
      deleteEndpoint: (endpoint) => this.teardown(ctx, endpoint, undefined, { missingOk: true }),
      deleteDeployment: (endpoint, deployment) => this.teardown(ctx, endpoint, deployment, { missingOk: true }),
    };
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

  /**
   * Runs one job: the input (a local path is uploaded to the default datastore first, as az ml does;
   * an azureml:// or https URI is passed as it is) POSTed to the endpoint's scoring URI with a
   * Microsoft Entra token for https://ml.azure.com (batch-contract.md; azure-ai-ml
   * `_batch_endpoint_operations.invoke`), the job polled through ARM until it ends, its score output
   * downloaded as `az ml job download --output-name score` lays it out. A timeout or an interrupt
   * cancels the job on Azure: nothing this run started is left running.
   */
  async invoke(ctx: EngineContext, options: BatchInvokeOptions): Promise<BatchJobResult> {
    const endpoint = await this.endpoint(options.endpoint);
    if (!endpoint) throw new NotFoundError(`batch endpoint ${options.endpoint} does not exist in the workspace`, options.endpoint);
    const scoringUri = endpoint.properties.scoringUri;
    if (!scoringUri || endpoint.properties.provisioningState !== 'Succeeded')
      throw new OperationError(
        `batch endpoint ${options.endpoint} is ${endpoint.properties.provisioningState}: it takes jobs once Succeeded`,
        options.endpoint,
      );
    const name = options.deployment ?? endpoint.properties.defaults?.deploymentName ?? undefined;
    if (!name) throw new ConfigError(`batch endpoint ${options.endpoint} has no default deployment: name one with --deployment-name`);
    const deployment = await this.deployment(options.endpoint, name);
    if (!deployment) throw new NotFoundError(`batch deployment ${options.endpoint}/${name} does not exist`, name);
    const outputFileName = deployment.properties.outputFileName ?? 'predictions.csv';
    const appendRow = deployment.properties.outputAction !== 'SummaryOnly';
    if (options.output && appendRow && existsSync(join(resolve(options.output), 'named-outputs', 'score', outputFileName)))
      throw new ConfigError(
        `${join(resolve(options.output), 'named-outputs', 'score', outputFileName)} already exists: a batch job never overwrites its output file. Choose another --output folder.`,
      );
    const input = await this.inputUri(options.input, options.inputType);
    const token = await this.client.dataPlaneToken();
    if (token) ctx.logger.secret(token);
    const kind = input.type === 'uri_file' ? 'UriFile' : 'UriFolder';
    const started = Date.now();
    const answer = await dataPlaneRequest({
      url: scoringUri,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(options.deployment ? { 'azureml-model-deployment': options.deployment } : {}),
      },
      body: JSON.stringify({ properties: { InputData: { [kind]: { JobInputType: kind, Uri: input.uri } } } }),
      timeoutMs: 120_000,
    });
    if (answer.status >= 400) throw new OperationError(`the batch endpoint refused the job (${answer.status}): ${answer.body.slice(0, 500)}`, options.endpoint);
    const jobName = String((JSON.parse(answer.body) as { name?: string }).name ?? '');
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(jobName))
      throw new OperationError(`the batch endpoint answered without a usable job name: ${answer.body.slice(0, 200)}`, options.endpoint);
    options.onJob?.(jobName);
    ctx.logger.info(`Started batch job ${jobName} on ${options.endpoint}/${name}: ${input.type} ${input.uri}.`);
    const job = await this.waitForJob(ctx, jobName, options);
    const status = job.properties.status as 'Completed' | 'Failed' | 'Canceled';
    const outputDir = resolve(options.output ?? join(ctx.home, 'batch-jobs', jobName));
    const scoreUri = (job.properties.outputs as Record<string, { uri?: string }> | undefined)?.score?.uri;
    const files = scoreUri ? await this.options.assets.downloadFolder(scoreUri, join(outputDir, 'named-outputs', 'score')) : [];
    const predictionsFile = files.find((f) => f.endsWith(`/${outputFileName}`));
    return {
      jobName,
      endpoint: options.endpoint,
      deployment: name,
      status,
      ...(status === 'Completed' ? {} : { error: `the job ended ${status}; its logs are in Azure ML studio (job ${jobName})` }),
      ...(predictionsFile ? { predictionsFile, succeededItems: countLines(predictionsFile) } : {}),
      failedMiniBatchDetails: [],
      outputDir,
      durationMs: Date.now() - started,
    };
  }

  /** Cancels a job unless it has ended; true when a cancel was asked for. */
  async cancelJob(jobName: string): Promise<boolean> {
    const path = `/jobs/${encodeURIComponent(jobName)}`;
    const job = await this.client.get<BatchJob>(path);
    if (!job || JOB_TERMINAL.has(String(job.properties.status))) return false;
    await this.client.send('POST', `${path}/cancel`);
    return true;
  }

  /** A local path uploaded (reused when already there), or a datastore or storage URI as it is. */
  private async inputUri(input: string, type?: InputType): Promise<{ uri: string; type: InputType }> {
    if (/^(azureml|https?|wasbs?|abfss?):/i.test(input)) return { uri: input, type: type ?? (input.endsWith('/') ? 'uri_folder' : 'uri_file') };
    const local = localInput(input, type);
    const { uri } = await this.options.assets.uploadData(local.path);
    return { uri, type: local.type };
  }

  /** Polls the job through ARM until it ends; a timeout or an abort cancels it first. */
  private async waitForJob(ctx: EngineContext, jobName: string, options: BatchInvokeOptions): Promise<BatchJob> {
    const path = `/jobs/${encodeURIComponent(jobName)}`;
    const deadline = Date.now() + (options.timeoutMs ?? OPERATION_MS);
    let cancelled = false;
    for (let interval = 1000; ; interval = Math.min(interval * 1.5, 15_000)) {
      const job = await this.client.get<BatchJob>(path);
      if (!job) throw new OperationError(`batch job ${jobName} disappeared from the workspace`, jobName);
      if (JOB_TERMINAL.has(String(job.properties.status))) return job;
      if (!cancelled && (Date.now() >= deadline || options.signal?.aborted)) {
        ctx.logger.warn(`Canceling batch job ${jobName}: ${options.signal?.aborted ? 'interrupted' : 'it ran longer than the timeout'}.`);
        await this.client.send('POST', `${path}/cancel`);
        cancelled = true;
      }
      await new Promise((r) => setTimeout(r, cancelled ? 500 : Math.min(interval, Math.max(0, deadline - Date.now()))));
    }
  }

  /** The workspace's region, where a new endpoint goes unless a location is given. */
  async workspaceLocation(): Promise<string> {
    const workspace = await this.client.get<{ location?: string }>('');
    if (!workspace?.location) throw new ConfigError('the workspace has no location to create the batch endpoint in: give location');
    return workspace.location;
  }
}
