import type { LogContainer } from '../../engine/target.js';
import type { FailureEvidence } from '../../engine/diagnosis.js';
import type { PreflightFinding } from '../../engine/preflight.js';
import { actionsNeeded, checkCost, checkEndpointName, checkInstanceType, checkPermissions } from './preflight.js';
import { instanceTypeFor } from './instance-types.js';
import type { ArmClient } from '../../azure/arm-client.js';
import type { AzureAssets } from '../../azure/assets.js';
import type { ComputeResource, DeploymentLogs, OnlineDeployment, OnlineEndpoint } from '../../azure/resources.js';
import { crashPoint } from '../../engine/crash.js';
import { ArmError } from '../../azure/arm-error.js';
import { ConcurrentChangeError, ConfigError, NotFoundError, OperationError } from '../../engine/errors.js';
import type { Clock, Logger } from '../../engine/logger.js';
import type { DeploymentSpec } from '../../engine/spec.js';
import type {
  DeploymentPatch,
  DeploymentStatus,
  DeploymentWrite,
  EndpointKeys,
  InvokeResult,
  ListedEndpoint,
  ObservedEndpoint,
  ScoringRoutes,
  Target,
} from '../../engine/target.js';
import { authModeOf, deploymentBody, endpointBody } from './bodies.js';
import { dataPlaneRequest } from '../../azure/data-plane.js';
import { readScoringCredentials, retryAfterMs, stateOfProvisioning } from '../../azure/policy.js';
import { sameTraffic } from '../../engine/decide.js';

/**
 * Azure deployments take 3-15 minutes. Looking every 8 s at most keeps the median delay near 4 s
 * while reading about a third as often as a 5 s poller (bench/ measures both against fixed pollers).
 */
export const AZURE_POLL_INTERVALS = { initialMs: 2000, maxMs: 8000 } as const;

const DEFAULT_OPERATION_MS = 30 * 60_000;
const MIN_OPERATION_MS = 2 * 60_000;
const MIN_REQUEST_MS = 10_000;
/** A probe is one small GET: a front door that takes longer than this is not answering. */
const PROBE_TIMEOUT_MS = 15_000;

export interface AzureTargetOptions {
  kind: 'aci' | 'aks';
  client: ArmClient;
  assets: AzureAssets;
  clock: Clock;
  /** Masks every key and token this target reads, whichever operation reads it. */
  logger: Logger;
  /** Azure region for new endpoints; from the `location` input or the deployment config. */
  location?: string;
  /** Absolute deadline (on `clock`) from the user's timeout; every wait and request ends by it. */
  deadline?: number;
  /** Polling pace for wait-healthy; AZURE_POLL_INTERVALS unless MLSHIP_POLL says otherwise. */
  poll?: { initialMs: number; maxMs: number };
  /** Where hourly prices are asked for (azure/prices.ts) and cached; no estimate without a URL. */
  prices?: { url?: string; home: string };
  /** The DNS server that tells whether an endpoint name is free in a region ("" the system's; undefined: not checked). */
  nameServer?: string;
}

/**
 * `aci` (managed online endpoint) and `aks` (Kubernetes online endpoint) on the Azure ML v2 API:
 * reads and writes endpoints and deployments; the engine decides what to write.
 */
export class AzureTarget implements Target {
  readonly name: 'aci' | 'aks';
  readonly assets: AzureAssets;
  readonly pollIntervals: { initialMs: number; maxMs: number };
  private readonly client: ArmClient;

  constructor(private readonly options: AzureTargetOptions) {
    this.name = options.kind;
    this.pollIntervals = options.poll ?? AZURE_POLL_INTERVALS;
    this.client = options.client;
    this.assets = options.assets;
  }

  /**
   * Every Azure operation of this run ends by the user's timeout (30 minutes when none was given),
   * but a write started in time gets MIN_OPERATION_MS to finish: cutting a traffic move short
   * halfway would leave the endpoint in a state nobody chose.
   */
  private deadline(): number {
    const now = this.options.clock.now();
    return this.options.deadline === undefined ? now + DEFAULT_OPERATION_MS : Math.max(this.options.deadline, now + MIN_OPERATION_MS);
  }

  /** Time left for one request (a probe, the smoke test): the user's timeout, at least MIN_REQUEST_MS. */
  private remainingMs(): number {
    const left = (this.options.deadline ?? this.options.clock.now() + DEFAULT_OPERATION_MS) - this.options.clock.now();
    return Math.max(MIN_REQUEST_MS, left);
  }

  private endpointPath(endpoint: string, deployment?: string): string {
    return `/onlineEndpoints/${encodeURIComponent(endpoint)}${deployment === undefined ? '' : `/deployments/${encodeURIComponent(deployment)}`}`;
  }

  async describe(endpoint: string): Promise<ObservedEndpoint | undefined> {
    const read = await this.client.send<OnlineEndpoint>('GET', this.endpointPath(endpoint), { allow404: true });
    if (read.status === 404) return undefined;
    const raw = read.body;
    const deployments = (await this.client.listAll<OnlineDeployment>(`${this.endpointPath(endpoint)}/deployments`)) ?? [];
    return {
      name: endpoint,
      authMode: authModeOf(raw.properties.authMode),
      traffic: { ...(raw.properties.traffic ?? {}) },
      tags: { ...(raw.tags ?? {}) },
      scoringUri: raw.properties.scoringUri ?? '',
      swaggerUri: raw.properties.swaggerUri ?? '',
      createdAt: Date.parse(raw.systemData?.createdAt ?? ''),
      etag: read.headers.etag,
      location: raw.location,
      deployments: deployments.map((d) => ({
        name: d.name ?? '',
        provisioningState: String(d.properties.provisioningState ?? 'Succeeded'),
        tags: { ...(d.tags ?? {}) },
        instanceCount: d.sku?.capacity,
      })),
    };
  }

  async createEndpoint(spec: DeploymentSpec, tags: Record<string, string>): Promise<ObservedEndpoint> {
    const computeId = this.name === 'aks' ? await this.kubernetesCompute(spec) : undefined;
    const name = spec.endpoint.name!;
    await this.client.mutate('PUT', this.endpointPath(name), endpointBody({ spec, location: this.location(spec), tags, computeId }), this.deadline());
    const created = await this.describe(name);
    if (!created) throw new OperationError(`endpoint ${name} was created but cannot be read back`, name);
    return created;
  }

  async putDeployment(write: DeploymentWrite, logger: Logger): Promise<ScoringRoutes> {
    const { spec } = write;
    if (spec.endpoint.keys) {
      logger.warn(
        'keys in the deployment config cannot be chosen on Azure, which generates them; they are used by the local target only. Read the real ones with `az ml online-endpoint get-credentials`.',
      );
    }
    // The compute (and its namespace) is checked before anything is uploaded, also when the endpoint already existed.
    if (this.name === 'aks' && spec.deployment.namespace) await this.kubernetesCompute(spec);
    const { codeId } = await this.assets.ensureCode(spec.code.directory);
    crashPoint('azure:code-uploaded');
    const body = deploymentBody({
      spec,
      kind: this.name,
      location: write.endpoint.location ?? this.location(spec),
      codeId,
      modelId: write.model?.armId,
      environmentId: write.environment.armId!,
      tags: write.tags,
    });
    // Not waited for here: deploy-model's outputs come first; wait-healthy follows the provisioning.
    const put = await this.client.send('PUT', this.endpointPath(write.endpoint.name, spec.deployment.name!), { body });
    logger.info(
      `Deployment ${write.endpoint.name}/${spec.deployment.name} submitted (${body.properties.instanceType ?? 'default instance type'}, ${body.sku?.capacity} instance(s)).`,
    );
    const operation = put.headers['azure-asyncoperation'];
    return { scoringUri: write.endpoint.scoringUri, swaggerUri: write.endpoint.swaggerUri, ...(operation ? { operation } : {}) };
  }

  /**
   * The error of the deployment's operation (ARM keeps it on the Azure-AsyncOperation status, not on
   * the deployment), read only from the ARM endpoint mlship talks to; the image build log an
   * ImageBuildFailure names, from the workspace's storage; the probe settings, from the deployment.
   */
  async failure(endpoint: string, deployment: string, operation?: string): Promise<Pick<FailureEvidence, 'error' | 'buildLog' | 'probes' | 'resources'>> {
    const found: Pick<FailureEvidence, 'error' | 'buildLog' | 'probes' | 'resources'> = {};
    if (operation && this.client.isOwnUrl(operation)) {
      const status = await this.client
        .send<{ status?: string; error?: FailureEvidence['error'] }>('GET', operation)
        .then((r) => r.body)
        .catch(() => undefined);
      if (status?.error) found.error = status.error;
    }
    const location = buildLogLocation(`${found.error?.message ?? ''}\n${(found.error?.details ?? []).map((d) => d.message).join('\n')}`);
    if (location) {
      const log = await this.assets.readWorkspaceLog(location.account, location.container, location.path).catch(() => undefined);
      if (log) found.buildLog = log;
    }
    const d = await this.client.get<OnlineDeployment>(this.endpointPath(endpoint, deployment)).catch(() => undefined);
    const probe = (p?: { initialDelay?: string; period?: string; timeout?: string; failureThreshold?: number }) =>
      p
        ? `initial delay ${p.initialDelay ?? '?'}, period ${p.period ?? '?'}, timeout ${p.timeout ?? '?'}, failure threshold ${p.failureThreshold ?? '?'}`
        : undefined;
    const liveness = probe(d?.properties.livenessProbe ?? undefined);
    const readiness = probe(d?.properties.readinessProbe ?? undefined);
    if (liveness || readiness) found.probes = [liveness && `liveness ${liveness}`, readiness && `readiness ${readiness}`].filter(Boolean).join('; ');
    if (this.name === 'aks' && d) found.resources = await this.instanceTypeResources(endpoint, d.properties.instanceType ?? undefined).catch(() => undefined);
    return found;
  }

  /** On Kubernetes: the deployment's instance type, with what it requests and is limited to, as the compute defines it. */
  private async instanceTypeResources(endpoint: string, instanceType: string | undefined): Promise<string | undefined> {
    const computeId = (await this.client.get<OnlineEndpoint>(this.endpointPath(endpoint)))?.properties.compute;
    const name = computeId?.split('/computes/')[1];
    if (!name || !/^[A-Za-z0-9_-]{1,255}$/.test(name)) return undefined;
    type Resources = { requests?: Record<string, string | null>; limits?: Record<string, string | null> };
    const compute = await this.client.get<ComputeResource>(`/computes/${encodeURIComponent(name)}`);
    const props = (
      compute?.properties as { properties?: { defaultInstanceType?: string; instanceTypes?: Record<string, { resources?: Resources }> } } | undefined
    )?.properties;
    const type = instanceType ?? props?.defaultInstanceType;
    if (!type) return undefined;
    const resources = props?.instanceTypes?.[type]?.resources;
    if (!resources) return `${type} (not defined on compute ${name})`;
    const show = (r?: Record<string, string | null>) =>
      Object.entries(r ?? {})
        .filter(([, v]) => v)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none';
    return `${type} on compute ${name} requests ${show(resources.requests)}, limited to ${show(resources.limits)}`;
  }

  async patchDeployment(endpoint: string, deployment: string, patch: DeploymentPatch): Promise<void> {
    const body: { tags?: Record<string, string>; sku?: { capacity: number } } = {};
    if (patch.tags) body.tags = patch.tags;
    if (patch.instanceCount !== undefined) body.sku = { capacity: patch.instanceCount };
    await this.client.mutate('PATCH', this.endpointPath(endpoint, deployment), body, this.deadline());
  }

  /**
   * A PUT of the whole endpoint with the new traffic map (ARM's endpoint PATCH carries only tags and
   * identity), then a read of what the endpoint routes now. The write is conditional on the endpoint
   * being as `observed`: If-Match with the ETag it was read with (when Azure gives one), and the
   * traffic map still the one the decision was made on.
   * @throws ConcurrentChangeError when someone else changed the endpoint in between.
   */
  async writeTraffic(observed: ObservedEndpoint, traffic: Record<string, number>, tags: Record<string, string>): Promise<Record<string, number>> {
    const raw = await this.client.get<OnlineEndpoint>(this.endpointPath(observed.name));
    if (!raw) throw new NotFoundError(`endpoint ${observed.name} does not exist`, observed.name);
    const p = raw.properties;
    const changed = () => new ConcurrentChangeError(`endpoint ${observed.name} changed since it was read`, observed.name);
    if (!sameTraffic(p.traffic ?? {}, observed.traffic)) throw changed();
    try {
      await this.client.mutate(
        'PUT',
        this.endpointPath(observed.name),
        {
          location: raw.location,
          kind: raw.kind,
          // The endpoint as it is (identity, network access, properties), with the new traffic.
          identity: raw.identity?.type
            ? {
                type: raw.identity.type,
                ...(raw.identity.userAssignedIdentities ? { userAssignedIdentities: keysOnly(raw.identity.userAssignedIdentities) } : {}),
              }
            : undefined,
          tags: { ...raw.tags, ...tags },
          properties: {
            authMode: p.authMode,
            description: p.description,
            ...(p.properties ? { properties: p.properties } : {}),
            ...(p.publicNetworkAccess ? { publicNetworkAccess: p.publicNetworkAccess } : {}),
            ...(p.compute ? { compute: p.compute } : {}),
            traffic,
          },
        },
        this.deadline(),
        observed.etag ? { 'If-Match': observed.etag } : undefined,
      );
    } catch (err) {
      if (err instanceof ArmError && err.status === 412) throw changed();
      throw err;
    }
    return { ...((await this.client.get<OnlineEndpoint>(this.endpointPath(observed.name)))?.properties.traffic ?? {}) };
  }

  async deleteDeployment(endpoint: string, deployment: string): Promise<void> {
    await this.client.mutate('DELETE', this.endpointPath(endpoint, deployment), undefined, this.deadline());
  }

  async deleteEndpoint(endpoint: string): Promise<void> {
    await this.client.mutate('DELETE', this.endpointPath(endpoint), undefined, this.deadline());
  }

  /**
   * Before anything is created: the caller's roles cover what the run writes; on aks the Kubernetes
   * compute exists; on aci the instance type is offered in the region and its quota has room for
   * the instances plus the upgrade reserve. Each is one read, made in parallel.
   */
  async preflight(spec: DeploymentSpec, options: { maxHourlyCost?: number } = {}): Promise<PreflightFinding[]> {
    const d = spec.deployment;
    const checks: Promise<PreflightFinding[]>[] = [
      checkPermissions(this.client, actionsNeeded({ kind: 'online', keys: spec.endpoint.authMode === 'key', registersModel: spec.model?.kind === 'path' })),
    ];
    if (this.name === 'aks') checks.push(this.computeFinding(spec).then((f) => [f]));
    else {
      const instanceType = d.instanceType ?? instanceTypeFor(d.cpu, d.memoryGb);
      const location = d.location ?? this.options.location ?? (await this.client.get<{ location?: string }>('').catch(() => undefined))?.location ?? undefined;
      const instances = d.scale?.minInstances ?? d.instanceCount;
      if (instanceType && location) {
        checks.push(checkInstanceType(this.client, { instanceType, instances, location }));
        const name = spec.endpoint.name!;
        checks.push(checkEndpointName(this.client, { name, region: location, server: this.options.nameServer, path: this.endpointPath(name) }));
        checks.push(
          checkCost({
            ...this.options.prices,
            home: this.options.prices?.home ?? '',
            sku: instanceType,
            region: location,
            instances,
            max: options.maxHourlyCost,
          }),
        );
      }
    }
    return (await Promise.all(checks)).flat();
  }

  private location(spec: DeploymentSpec): string {
    const location = spec.deployment.location ?? this.options.location;
    if (!location)
      throw new ConfigError('a new endpoint needs an Azure region: set the "location" input (e.g. westeurope), or "location" in the deployment config');
    return location;
  }

  /**
   * The Kubernetes compute check createEndpoint and putDeployment make (attached, of that kind, the
   * namespace), as a preflight finding: its refusal refuses, a read that fails is unchecked.
   */
  private async computeFinding(spec: DeploymentSpec): Promise<PreflightFinding> {
    try {
      await this.kubernetesCompute(spec);
      return { check: 'compute', status: 'ok', message: `compute ${spec.deployment.compute} is a Kubernetes compute of the workspace` };
    } catch (err) {
      if (err instanceof ConfigError) return { check: 'compute', status: 'refused', message: err.message };
      return {
        check: 'compute',
        status: 'unchecked',
        message: `could not read compute ${spec.deployment.compute} (${(err as Error).message.split('\n')[0]}); not checked`,
      };
    }
  }

  private async kubernetesCompute(spec: DeploymentSpec): Promise<string> {
    const name = spec.deployment.compute;
    if (!name)
      throw new ConfigError(
        'target aks needs the Kubernetes compute attached to the workspace: set the "compute" input (or computeTarget in the deployment config)',
      );
    const compute = await this.client.get<ComputeResource>(`/computes/${encodeURIComponent(name)}`);
    if (!compute)
      throw new ConfigError(
        `compute "${name}" is not attached to the workspace; attach the AKS cluster as a Kubernetes compute first (az ml compute attach --type Kubernetes)`,
      );
    const type = compute.properties?.computeType;
    if (type !== 'Kubernetes' && type !== 'AKS') throw new ConfigError(`compute "${name}" is ${type}, not a Kubernetes compute`);
    // A deployment runs in the namespace the cluster was attached with; a config naming another
    // would silently deploy elsewhere than asked.
    const namespace = (compute.properties as { properties?: { namespace?: string } } | undefined)?.properties?.namespace ?? 'default';
    const wanted = spec.deployment.namespace;
    if (wanted && wanted !== namespace)
      throw new ConfigError(
        `namespace "${wanted}" in the deployment config is not the namespace of compute "${name}" ("${namespace}"): deployments run in the namespace the cluster was attached with. Attach a compute for "${wanted}" (az ml compute attach --namespace ${wanted}) and name it, or remove namespace.`,
      );
    return compute.id!;
  }

  /**
   * Azure's provisioning state first (policy.ts's table); once Succeeded, a probe of the
   * deployment through the endpoint's front door (GET swagger.json pinned to the deployment, which
   * runs no user code): an answer below 500 is Healthy, a 5xx is Unhealthy. A front door this
   * machine cannot reach (a private endpoint) leaves the provisioning state as the verdict, and
   * says so.
   */
  async status(endpoint: string, deployment: string): Promise<DeploymentStatus> {
    const read = await this.client.send<OnlineDeployment>('GET', this.endpointPath(endpoint, deployment), { allow404: true });
    if (read.status === 404) throw new NotFoundError(`deployment ${deployment} does not exist on endpoint ${endpoint}`, `${endpoint}/${deployment}`);
    const d = read.body;
    const e = await this.client.get<OnlineEndpoint>(this.endpointPath(endpoint));
    const scoringUri = e?.properties.scoringUri ?? undefined;
    const provisioning = String(d.properties.provisioningState ?? 'Succeeded');
    const state = stateOfProvisioning(provisioning);
    if (state !== 'Provisioned')
      return { state, detail: `provisioning state ${provisioning}`, scoringUri, retryAfterMs: retryAfterMs(read.headers['retry-after']) };
    if (!e) return { state: 'Failed', detail: `endpoint ${endpoint} is gone` };
    return { ...(await this.probe(endpoint, deployment, e)), scoringUri };
  }

  private async probe(endpoint: string, deployment: string, e: OnlineEndpoint): Promise<Omit<DeploymentStatus, 'scoringUri'>> {
    const url = e.properties.swaggerUri;
    if (!url) return { state: 'Healthy', detail: 'provisioned (the endpoint names no route to probe)' };
    const credential = await this.scoringCredential(endpoint, e.properties.authMode);
    try {
      const answer = await dataPlaneRequest({
        url,
        method: 'GET',
        headers: { ...(credential ? { Authorization: `Bearer ${credential}` } : {}), 'azureml-model-deployment': deployment },
        timeoutMs: Math.min(PROBE_TIMEOUT_MS, this.remainingMs()),
      });
      if (answer.status >= 500) return { state: 'Unhealthy', detail: `provisioned, but its scoring route answers ${answer.status}` };
      return { state: 'Healthy', detail: `provisioned, and its scoring route answers (${answer.status})` };
    } catch (err) {
      return {
        state: 'Healthy',
        detail: `provisioned; its scoring route could not be reached from here (${(err as Error).message}), so Azure's probes are the verdict`,
      };
    }
  }

  async invoke(endpoint: string, deployment: string | undefined, body: string): Promise<InvokeResult> {
    const started = performance.now();
    const e = await this.client.get<OnlineEndpoint>(this.endpointPath(endpoint));
    if (!e) throw new NotFoundError(`endpoint ${endpoint} does not exist`, endpoint);
    const credential = await this.scoringCredential(endpoint, e.properties.authMode);
    const response = await dataPlaneRequest({
      url: String(e.properties.scoringUri),
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
        ...(deployment ? { 'azureml-model-deployment': deployment } : {}),
      },
      body,
      // Within the user's timeout, not a fixed one.
      timeoutMs: this.remainingMs(),
    });
    return {
      status: response.status,
      body: response.body,
      durationMs: performance.now() - started,
      deployment: response.headers['azureml-model-deployment'],
    };
  }

  async keys(endpoint: string, logger: Logger): Promise<EndpointKeys | undefined> {
    const e = await this.client.get<OnlineEndpoint>(this.endpointPath(endpoint));
    if (!e) throw new NotFoundError(`endpoint ${endpoint} does not exist`, endpoint);
    return (await readScoringCredentials(this.credentialSource, this.endpointPath(endpoint), e.properties.authMode, logger)).keys;
  }

  /** The endpoint key or an aml token, masked the moment it is read (policy.ts). */
  private async scoringCredential(endpoint: string, authMode: string | undefined): Promise<string | undefined> {
    const read = await readScoringCredentials(this.credentialSource, this.endpointPath(endpoint), authMode, this.options.logger);
    return read.keys?.primaryKey || read.token;
  }

  private readonly credentialSource = {
    post: async <T>(path: string): Promise<T> => (await this.client.send<T>('POST', path)).body,
    entraToken: () => this.client.dataPlaneToken(),
  };

  async logs(endpoint: string, deployment: string, lines: number, container?: LogContainer): Promise<string> {
    const parts: string[] = [];
    const containers = { 'storage-initializer': 'StorageInitializer', 'inference-server': 'InferenceServer' } as const;
    for (const containerType of container ? [containers[container]] : Object.values(containers)) {
      const response = await this.client
        .send<DeploymentLogs>('POST', `${this.endpointPath(endpoint, deployment)}/getLogs`, { body: { containerType, tail: lines }, allow404: true })
        .catch(() => undefined);
      if (response?.body?.content) parts.push(`--- ${containerType} ---\n${response.body.content.trimEnd()}`);
    }
    return parts.join('\n');
  }

  async listEndpoints(): Promise<ListedEndpoint[]> {
    const list = (await this.client.listAll<OnlineEndpoint>('/onlineEndpoints')) ?? [];
    return list.map((e) => ({ name: e.name ?? '', tags: e.tags ?? {}, createdAt: Date.parse(e.systemData?.createdAt ?? '') }));
  }
}

/**
 * Where an ImageBuildFailure says its build log is, in either wording Microsoft documents
 * (how-to-troubleshoot-online-endpoints.md: "the build log under the storage account '<account>'
 * in the container '<container>' at the path '<path>'"; MicrosoftDocs/azure-docs PR 91296: "The
 * build log is available in the workspace blob store "<store>" under the path "/azureml/ImageLogs/<id>/build.log"").
 */
export function buildLogLocation(message: string): { account: string; container: string; path: string } | undefined {
  const named = /storage account '([a-z0-9]{3,24})' in the container '([a-z0-9-]{3,63})' at the path '([^']+)'/i.exec(message);
  if (named) return { account: named[1]!, container: named[2]!, path: named[3]! };
  const store = /workspace blob store "([a-z0-9]{3,24})" under the path "\/?([a-z0-9-]{3,63})\/([^"]+)"/i.exec(message);
  return store ? { account: store[1]!, container: store[2]!, path: store[3]! } : undefined;
}

/** User-assigned identities as a request names them: ids with empty objects (ARM fills in the rest). */
function keysOnly(identities: Record<string, unknown>): Record<string, object> {
  return Object.fromEntries(Object.keys(identities).map((id) => [id, {}]));
}
