import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { deleteAsset, getResource, listChildren, putAsset } from './assets.js';
import { startAzurite, AZURITE_ACCOUNT, AZURITE_KEY, type AzuriteHandle } from './azurite.js';
import { azuriteContainer } from './blob.js';
import { selfSignedCertificate } from './cert.js';
import { acceptedOperationHeaders, operationResult, operationStatus, putOperationHeaders, type OperationUrls } from './operations.js';
import type { Operation } from './store.js';
import { ACCEPTED_API_VERSIONS, unsupportedApiVersion, workspaceBlobStore, workspaceResource, type WorkspaceFacts } from './workspace.js';
import { armError, readBody, send, type Reply } from './http.js';
import { deleteBatch, getBatch, putBatch } from './batch.js';
import { BatchJobs } from './batch-jobs.js';
import { deleteOnline, getLogs, getToken, listKeys, patchOnline, putOnline, regenerateKeys } from './online.js';
import { OpenApiSpec, type MatchedOperation } from './openapi.js';
import { scoreThroughEndpoint } from './inference.js';
import { CLIENT_ID, FakeEntra, TENANT } from './entra.js';
import { OidcIssuer } from './oidc.js';
import { DeploymentRuntime } from './runtime.js';
import type { EmulatorApi, Faults, HandlerContext } from './handler.js';
import { ResourceStore } from './store.js';
import { EndpointDns } from './dns.js';
import { DEFAULT_VM_SIZES, locationRead, retailPrices, type VmSize } from './locations.js';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';

type Json = Record<string, any>;

export interface EmulatorOptions {
  /** Folder holding Microsoft's OpenAPI description (vendor/azure-ml-api). */
  specRoot: string;
  /** How long endpoints and deployments stay Creating/Updating/Deleting, in ms. */
  provisioningMs?: number;
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  /** Start a real Azurite for the default datastore (tests that upload need it). */
  storage?: boolean;
  /** Kubernetes computes attached to the workspace (default: k8s-compute). */
  kubernetesComputes?: string[];
  /** AmlCompute clusters of the workspace, where batch deployments run (default: cpu-cluster). */
  amlComputes?: string[];
  /**
   * The workspace's system datastores use identity-based access (`systemDatastoresAuthMode:
   * identity`): workspaceblobstore holds no key, listSecrets answers 400 as real Azure does, and
   * Azurite serves https and accepts Entra tokens. Needs `storage`.
   */
  identityDatastores?: boolean;
  /**
   * Azurite over https even with key datastores: what Microsoft's azure-ai-ml needs, which always
   * reaches storage as https://<account>.blob.<storage suffix>. Implied by `identityDatastores`.
   */
  storageTls?: boolean;
  /** The workspace's region (default westeurope). */
  location?: string;
  /**
   * More workspaces in the same resource group (names), each with its own datastore, curated
   * environments and computes: a stage per workspace, as the README's per-stage identities have.
   */
  moreWorkspaces?: string[];
  /**
   * Host name of the endpoints' scoring URIs (default 127.0.0.1, as ARM's): on Azure the data
   * plane is another host than ARM, which a proxy test needs to tell the two apart.
   */
  scoringHost?: 'localhost' | '127.0.0.1';
  /** The VM sizes the region offers (VirtualMachineSizes_List); default: the managed online endpoint sizes. */
  vmSizes?: VmSize[];
}

/** A few of Azure ML's curated inference environments (name, image), as a workspace lists them. */
const CURATED_ENVIRONMENTS: [string, string][] = [
  ['AzureML-sklearn-1.5', 'mcr.microsoft.com/azureml/curated/sklearn-1.5:latest'],
  ['AzureML-minimal-py311-inference', 'mcr.microsoft.com/azureml/curated/minimal-py311-inference:latest'],
];

/** The cloud the emulator describes in its ARM metadata document, for clients that load clouds from it. */
export const EMULATOR_CLOUD = 'MlshipEmulator';

/** The default datastore's blob container; it exists from the start, as in a real workspace. */
export const DEFAULT_CONTAINER = 'azureml-blobstore-emulator';

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
}

/**
 * An Azure ML workspace on loopback: ARM over https with a fresh self-signed certificate, every
 * request checked against Microsoft's OpenAPI description (a bad one is answered 400 as Azure
 * would and recorded in `invalidRequests`), long-running operations, keys, a fake Entra token
 * endpoint, a real Azurite for the default datastore, and fault injection.
 */
export class WorkspaceEmulator implements EmulatorApi {
  readonly store = new ResourceStore();
  readonly invalidRequests: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly keys = new Map<string, { primaryKey: string; secondaryKey: string }>();
  readonly tokens = new Map<string, string>();

  entraIssued(token: string): boolean {
    return this.entra.issued(token);
  }
  readonly faults: Faults = { next: [], failDeployments: false, quotaExceeded: false };
  readonly failedLogs = new Map<string, { inferenceServer?: string; storageInitializer?: string }>();
  /** The region's endpoint names, as public DNS resolves them: those of every workspace here, and those `takenEndpointNames` says another holds. */
  readonly dns = new EndpointDns(
    (name, region) =>
      region === this.location.toLowerCase() &&
      (!!this.faults.dnsAnswersEverything ||
        this.workspaceIds.some((ws) => !!this.store.get(`${ws}/onlineEndpoints/${name}`)) ||
        (this.faults.takenEndpointNames ?? []).includes(name)),
  );
  url = '';
  /** Base of the endpoints' scoring URIs (see `scoringHost`). */
  scoringUrl = '';
  ca = '';
  /** Runs deployments as real scoring processes; present when the emulator has storage. */
  runtime?: DeploymentRuntime;
  private storageCa?: string;
  private batchJobsOf?: BatchJobs;

  /** Batch jobs started through batch endpoints' scoring URIs. */
  get batchJobs(): BatchJobs {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads the emulator's state as it is at each call
    const emulator = this;
    return (this.batchJobsOf ??= new BatchJobs({
      store: this.store,
      get workspaceIds() {
        return emulator.workspaceIds;
      },
      get runtime() {
        return emulator.runtime;
      },
      get blobEndpoint() {
        return emulator.azurite?.blobEndpoint;
      },
      get ca() {
        return emulator.storageCa;
      },
      container: DEFAULT_CONTAINER,
    }));
  }
  /** GitHub's OIDC token service, for testing federated sign-in. */
  readonly oidc = new OidcIssuer();
  /** Entra ID's token endpoint for the fake tenant. */
  readonly entra = new FakeEntra(this.oidc, () => !!this.faults.refuseStorageTokens);
  private server?: Server;
  private azurite?: AzuriteHandle;
  private readonly spec: OpenApiSpec;
  /** The workspace's GUID (`workspaceId`), part of every operation id as in Azure. */
  readonly workspaceGuid = randomUUID();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly guids = new Map<string, string>();
  /** Provisioning work under way; stop() waits for it so no deployment process outlives the emulator. */
  private readonly inflight = new Set<Promise<void>>();

  constructor(readonly options: EmulatorOptions) {
    this.spec = new OpenApiSpec(options.specRoot);
  }

  get workspaceId(): string {
    return this.workspaceIdOf(this.options.workspace ?? 'mlship-ws');
  }

  /** The ARM id of a workspace of the emulator's resource group. */
  workspaceIdOf(workspace: string): string {
    const { subscriptionId = '00000000-0000-0000-0000-000000000000', resourceGroup = 'mlship-rg' } = this.options;
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
  }

  /** Every workspace the emulator serves, its own first. */
  get workspaceIds(): string[] {
    return [this.workspaceId, ...(this.options.moreWorkspaces ?? []).map((name) => this.workspaceIdOf(name))];
  }

  /**
   * The endpoint of this name in any of the workspaces: online endpoint names are unique within a
   * region, as their scoring host (<name>.<region>.inference.ml.azure.com) is.
   */
  endpointIdByName(name: string): string {
    for (const workspace of this.workspaceIds) {
      const id = `${workspace}/onlineEndpoints/${name}`;
      if (this.store.get(id)) return id;
    }
    return `${this.workspaceId}/onlineEndpoints/${name}`;
  }

  get location(): string {
    return this.options.location ?? 'westeurope';
  }

  private facts(id = this.workspaceId): WorkspaceFacts {
    const name = id.split('/').pop()!;
    return {
      id,
      name,
      location: this.location,
      guid: id === this.workspaceId ? this.workspaceGuid : this.otherGuids(id),
      tenantId: TENANT,
      storageAccount: AZURITE_ACCOUNT,
      identityDatastores: !!this.options.identityDatastores,
    };
  }

  async start(): Promise<void> {
    const certificate = selfSignedCertificate();
    this.ca = certificate.cert;
    if (this.options.identityDatastores && !this.options.storage) throw new Error('identityDatastores needs storage');
    if (this.options.storage) {
      const tls = this.options.identityDatastores || this.options.storageTls ? certificate : undefined;
      this.azurite = await startAzurite(tls);
      const ca = tls ? certificate.cert : undefined;
      this.storageCa = ca;
      this.runtime = new DeploymentRuntime(this.store, this.azurite.blobEndpoint, mkdtempSync(join(tmpdir(), 'mlship-emulated-deployments-')), ca);
      await azuriteContainer(`${this.azurite.blobEndpoint}/${DEFAULT_CONTAINER}`, ca).createIfNotExists();
    }
    await this.dns.start();
    this.server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
      this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, () => readBody(req))
        .then((reply) => {
          if (reply === 'drop') req.socket.destroy();
          else send(res, reply);
        })
        .catch((err: Error) => send(res, armError(500, 'InternalServerError', err.message)));
    });
    await this.oidc.start('repo:octo/models:pull_request');
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    this.scoringUrl = this.url.replace('127.0.0.1', this.options.scoringHost ?? '127.0.0.1');
    this.seed();
  }

  /** Resolves once no provisioning is scheduled or under way (held work counts as under way). */
  async idle(): Promise<void> {
    while (this.timers.size > 0 || this.inflight.size > 0) {
      await Promise.allSettled([...this.inflight]);
      if (this.timers.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.batchJobsOf?.stopAll();
    await Promise.allSettled([...this.inflight]);
    await this.runtime?.stopAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await this.azurite?.stop();
    await this.oidc.stop();
    await this.dns.stop();
    // Copies of every deployed model and code folder: nothing is left in the temp folder.
    if (this.runtime) rmSync(this.runtime.workDir, { recursive: true, force: true });
  }

  /** What a GitHub job with `id-token: write` has, pointing at this emulator's OIDC issuer. */
  oidcEnvironment(): Record<string, string> {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: this.oidc.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.oidc.requestToken };
  }

  /** The variables that point the actions and the CLI at this emulator. */
  environment(caFile: string): Record<string, string> {
    const [, subscriptionId, resourceGroup, workspace] = /subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/.*workspaces\/([^/]+)/.exec(this.workspaceId)!;
    return {
      MLSHIP_ARM_ENDPOINT: this.url,
      AZURE_AUTHORITY_HOST: this.url,
      NODE_EXTRA_CA_CERTS: caFile,
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_CLIENT_SECRET: this.entra.clientSecret,
      MLSHIP_SUBSCRIPTION_ID: subscriptionId!,
      MLSHIP_RESOURCE_GROUP: resourceGroup!,
      MLSHIP_WORKSPACE: workspace!,
      ...(this.azurite ? { MLSHIP_BLOB_ENDPOINT: this.azurite.blobEndpoint } : {}),
      // Azure's retail prices, as the emulator's region has them (tests reach nothing but loopback).
      MLSHIP_PRICES_URL: `${this.url}/api/retail/prices`,
      // The region's endpoint names, as public DNS has them.
      MLSHIP_DNS_SERVER: `127.0.0.1:${this.dns.port}`,
      // The emulator provisions in moments, not minutes: look at it at its own pace.
      MLSHIP_POLL: `${Math.max(50, Math.round((this.options.provisioningMs ?? 0) / 4))}ms/${Math.max(500, this.options.provisioningMs ?? 0)}ms`,
    };
  }

  /**
   * What points Microsoft's azure-ai-ml SDK at this emulator: a custom cloud read from its ARM
   * metadata document (the SDK's `_azure_environments` reads ARM_CLOUD_METADATA_URL and
   * AZUREML_CURRENT_CLOUD), and its certificate trusted by requests.
   */
  sdkEnvironment(caFile: string): Record<string, string> {
    return {
      ARM_CLOUD_METADATA_URL: `${this.url}/metadata/endpoints?api-version=2019-05-01`,
      AZUREML_CURRENT_CLOUD: EMULATOR_CLOUD,
      REQUESTS_CA_BUNDLE: caFile,
      SSL_CERT_FILE: caFile,
    };
  }

  /**
   * Holds the provisioning of deployments (creation, update, deletion) until the returned function
   * is called: tests decide when an operation finishes instead of racing a timer.
   */
  holdDeployments(): () => void {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const previous = this.gate;
    this.gate = previous.then(() => gate);
    return release;
  }

  private gate: Promise<void> = Promise.resolve();

  /**
   * Runs `fn` once the configured provisioning time has passed (0: on the next tick) and, for a
   * deployment (`resourceId`), no hold is on.
   */
  afterProvisioning(resourceId: string, fn: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const gate = resourceId.toLowerCase().includes('/deployments/') ? this.gate : Promise.resolve();
      const work = gate.then(fn).catch(() => undefined);
      this.inflight.add(work);
      void work.finally(() => this.inflight.delete(work));
    }, this.options.provisioningMs ?? 0);
    this.timers.add(timer);
  }

  operationUrls(): OperationUrls {
    const subscriptionId = /subscriptions\/([^/]+)/.exec(this.workspaceId)![1]!;
    return { origin: this.url, subscriptionId, location: this.location, apiVersion: this.spec.apiVersion };
  }

  /**
   * ARM's cloud metadata document (the format of management.azure.com/metadata/endpoints) for one
   * cloud, this emulator: what the Azure CLI and azure-ai-ml read when ARM_CLOUD_METADATA_URL
   * points here.
   */
  cloudMetadata(): Json[] {
    return [
      {
        name: EMULATOR_CLOUD,
        portal: this.url,
        resourceManager: `${this.url}/`,
        authentication: { loginEndpoint: `${this.url}/`, audiences: [`${this.url}/`], tenant: TENANT, identityProvider: 'AAD' },
        suffixes: {
          // azure-ai-ml reaches a datastore at https://<account>.blob.<this suffix>
          // (azure/ai/ml/constants/_common.py STORAGE_ACCOUNT_URLS), and azure-storage-blob finds
          // the account name for a key only in a host with ".blob.core." in it
          // (_shared/base_client.py): with Azurite over https, its production-style address
          // devstoreaccount1.blob.core.localhost:<port>.
          storage: this.azurite ? this.sdkStorageSuffix() : 'core.windows.net',
          keyVaultDns: 'vault.azure.net',
          acrLoginServer: 'azurecr.io',
        },
      },
    ];
  }

  /** The storage suffix azure-ai-ml appends to `<account>.blob.`: Azurite's port on core.localhost. */
  sdkStorageSuffix(): string {
    const blob = new URL(this.azurite!.blobEndpoint);
    return blob.protocol === 'https:' ? `core.localhost:${blob.port}` : blob.host;
  }

  /** Starts an operation on a resource (endpoint or deployment), `Updating` until it finishes. */
  startOperation(resourceId: string): Operation {
    return this.store.startOperation(resourceId, this.workspaceGuid);
  }

  /** Headers of a PUT that started `operation`, as recorded from real Azure. */
  putHeaders(operation: Operation): Record<string, string> {
    return putOperationHeaders(this.operationUrls(), operation, `${this.url}${operation.resourceId}?api-version=${this.spec.apiVersion}`);
  }

  /** Headers of a DELETE or PATCH answered 202. */
  acceptedHeaders(operation: Operation): Record<string, string> {
    return acceptedOperationHeaders(this.operationUrls(), operation);
  }

  /**
   * Brings a deployment up: for real when the emulator has storage (its init() decides), else as
   * configured by the `failDeployments` fault.
   */
  async provisionDeployment(
    id: string,
    properties: Json,
  ): Promise<{ ok: boolean; message?: string; code?: string; details?: { code: string; message: string }[] }> {
    const failure = this.faults.failDeploymentWith;
    if (failure) {
      this.failedLogs.set(id.toLowerCase(), failure.logs ?? {});
      if (failure.buildLog && this.azurite) {
        const container = azuriteContainer(`${this.azurite.blobEndpoint}/${failure.buildLog.container}`, this.storageCa);
        await container.createIfNotExists();
        await container.getBlockBlobClient(failure.buildLog.path).upload(failure.buildLog.text, Buffer.byteLength(failure.buildLog.text));
      }
      return { ok: false, code: failure.code, message: failure.message, ...(failure.details ? { details: failure.details } : {}) };
    }
    this.failedLogs.delete(id.toLowerCase());
    if (this.faults.failDeployments)
      return { ok: false, message: 'User container has crashed or terminated: init() raised an exception. Check the container logs.' };
    if (!this.runtime) return { ok: true };
    return this.runtime.start(id, properties, 60_000);
  }

  private otherGuids(id: string): string {
    if (!this.guids.has(id)) this.guids.set(id, randomUUID());
    return this.guids.get(id)!;
  }

  private seed(): void {
    for (const workspace of this.workspaceIds) this.seedWorkspace(workspace);
  }

  private seedWorkspace(workspaceId: string): void {
    // Curated environments, listed in every workspace as Azure lists them: an image with
    // everything in it (no conda file, so an emulated deployment runs on the base interpreter).
    for (const [name, image] of CURATED_ENVIRONMENTS) {
      this.store.put(`${workspaceId}/environments/${name}`, {
        name,
        type: 'Microsoft.MachineLearningServices/workspaces/environments',
        properties: { isArchived: false },
      } as never);
      this.store.put(`${workspaceId}/environments/${name}/versions/1`, {
        name: '1',
        type: 'Microsoft.MachineLearningServices/workspaces/environments/versions',
        properties: { image, osType: 'Linux', environmentType: 'Curated', isArchived: false, tags: {}, properties: {} },
      } as never);
    }
    const blob = this.azurite ? new URL(this.azurite.blobEndpoint) : undefined;
    this.store.put(`${workspaceId}/datastores/workspaceblobstore`, workspaceBlobStore(this.facts(workspaceId), blob, DEFAULT_CONTAINER) as never);
    for (const name of this.options.kubernetesComputes ?? ['k8s-compute']) {
      this.store.put(`${workspaceId}/computes/${name}`, {
        name,
        type: 'Microsoft.MachineLearningServices/workspaces/computes',
        location: 'westeurope',
        properties: {
          computeType: 'Kubernetes',
          provisioningState: 'Succeeded',
          // The official example's instance type (examples/Compute/createOrUpdate/KubernetesCompute.json).
          properties: {
            namespace: 'default',
            defaultInstanceType: 'defaultinstancetype',
            instanceTypes: {
              defaultinstancetype: { nodeSelector: null, resources: { requests: { cpu: '1', memory: '4Gi' }, limits: { cpu: '1', memory: '4Gi' } } },
            },
          },
        },
      });
    }
    for (const name of this.options.amlComputes ?? ['cpu-cluster']) {
      this.store.put(`${workspaceId}/computes/${name}`, {
        name,
        type: 'Microsoft.MachineLearningServices/workspaces/computes',
        location: 'westeurope',
        properties: {
          computeType: 'AmlCompute',
          provisioningState: 'Succeeded',
          properties: {
            vmSize: 'STANDARD_DS3_V2',
            vmPriority: 'Dedicated',
            scaleSettings: { minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT2M' },
          },
        },
      });
    }
  }

  private async handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, body: () => Promise<string>): Promise<Reply | 'drop'> {
    const url = new URL(rawUrl, 'https://127.0.0.1');
    const reply = await this.route(method, url, headers, body);
    if (reply !== 'drop') {
      reply.headers = {
        'x-ms-request-id': randomUUID(),
        'x-ms-correlation-request-id': randomUUID(),
        'x-ms-ratelimit-remaining-subscription-reads': '11999',
        'x-ms-ratelimit-remaining-subscription-writes': '1199',
        'x-ms-response-type': 'standard',
        ...reply.headers,
      };
    }
    this.requests.push({
      method,
      path: url.pathname,
      operationId: this.spec.match(method, url.pathname)?.operationId,
      status: reply === 'drop' ? 0 : reply.status,
    });
    return reply;
  }

  private async route(method: string, url: URL, headers: IncomingHttpHeaders, readRequestBody: () => Promise<string>): Promise<Reply | 'drop'> {
    const path = url.pathname;
    const authorization = headers.authorization;
    const inference = /^\/inference\/([^/]+)\/(score|swagger\.json)$/.exec(path);
    if (inference) return scoreThroughEndpoint(this, { method, endpointName: inference[1]!, route: inference[2]!, headers, body: await readRequestBody() });
    const batchInvoke = /^\/batch\/([^/]+)\/jobs$/.exec(path);
    if (batchInvoke && method === 'POST') {
      // A batch endpoint's scoring URI takes a Microsoft Entra token (AADToken), like an AADToken online endpoint.
      const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
      if (!bearer || !this.entra.issued(bearer)) return armError(401, 'InvalidAuthenticationToken', 'The access token is missing or invalid.');
      const deploymentHeader = headers['azureml-model-deployment'];
      return this.batchJobs.invoke(batchInvoke[1]!, typeof deploymentHeader === 'string' ? deploymentHeader : undefined, await readRequestBody());
    }
    if (path === `/${TENANT}/v2.0/.well-known/openid-configuration`) return { status: 200, body: this.entra.openidConfiguration(this.url) };
    if (path === `/${TENANT}/oauth2/v2.0/token` && method === 'POST') return this.entra.issueToken(new URLSearchParams(await readRequestBody()));
    if (path === '/metadata/endpoints' && method === 'GET') return { status: 200, body: this.cloudMetadata() };
    if (path === '/mlship-emulator/faults' && method === 'POST') {
      Object.assign(this.faults, JSON.parse(await readRequestBody()) as Partial<Faults>);
      return { status: 204 };
    }
    if (path === '/api/retail/prices' && method === 'GET')
      return this.faults.pricesDown ? { status: 503, body: null } : retailPrices(url.searchParams, this.options.vmSizes ?? DEFAULT_VM_SIZES);
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token || !this.entra.issued(token)) return armError(401, 'InvalidAuthenticationToken', 'The access token is missing or invalid.');
    // Microsoft.Authorization/permissions (api-version 2022-04-01, another provider's): the caller's
    // effective actions at the workspace, from its roles and the `denyActions` fault.
    const permissions =
      /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+)\/providers\/Microsoft\.Authorization\/permissions$/i.exec(
        path,
      );
    if (permissions && method === 'GET') {
      const denied = this.entra.authorize(token, method, permissions[1]!);
      if (denied) return armError(403, 'AuthorizationFailed', denied);
      return { status: 200, body: { value: this.entra.permissions(token, permissions[1]!, this.faults.denyActions) } };
    }
    const apiVersion = url.searchParams.get('api-version');
    if (apiVersion && !ACCEPTED_API_VERSIONS.includes(apiVersion)) {
      const { code, message } = unsupportedApiVersion(apiVersion, this.location);
      return armError(400, code, message);
    }
    const mfe =
      /^\/subscriptions\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/locations\/[^/]+\/(mfeOperationsStatus|mfeOperationResults)\/([^/]+)$/i.exec(
        path,
      );
    if (mfe && method === 'GET')
      return mfe[1] === 'mfeOperationsStatus'
        ? operationStatus(this.store, this.operationUrls(), decodeURIComponent(mfe[2]!))
        : operationResult(this.store, this.operationUrls(), decodeURIComponent(mfe[2]!));
    // Roles are checked past the operation polls above: those are the status of work the caller
    // started, at a location scope, which a workspace-scoped role reads on Azure too.
    const denied = this.entra.authorize(token, method, path, this.faults.denyActions);
    if (denied) return armError(403, 'AuthorizationFailed', denied);
    const location = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/locations\/([^/]+)\/(vmSizes|usages)$/i.exec(path);
    if (location && method === 'GET')
      return locationRead({
        subscriptionId: location[1]!,
        location: location[2]!,
        kind: location[3]!,
        sizes: this.options.vmSizes ?? DEFAULT_VM_SIZES,
        faults: this.faults,
      });
    const jobPath =
      /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/jobs\/[^/]+)(\/cancel)?$/i.exec(path);
    if (jobPath && ((method === 'GET' && !jobPath[2]) || (method === 'POST' && jobPath[2]))) {
      const id = decodeURIComponent(jobPath[1]!);
      return jobPath[2] ? this.batchJobs.cancel(id) : this.batchJobs.get(id);
    }
    const workspace = this.workspaceIds.find((id) => id.toLowerCase() === path.toLowerCase());
    if (method === 'GET' && workspace) return { status: 200, body: workspaceResource(this.facts(workspace)) };
    const op = this.spec.match(method, path);
    if (!op) return armError(404, 'NoRegisteredProviderFound', `No registered resource provider found for ${method} ${path}.`);
    const text = await readRequestBody();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return this.invalid(op, ['the body is not JSON']);
    }
    const problems = this.spec.validateRequest(op, url.searchParams, body);
    if (problems.length) return this.invalid(op, problems);
    const fault = this.takeFault(op.operationId);
    if (fault) return fault;
    const ifMatch = typeof headers['if-match'] === 'string' ? headers['if-match'] : undefined;
    return this.dispatch({ op, id: decodeURIComponent(path), body, query: url.searchParams, ifMatch, store: this.store, emulator: this });
  }

  private invalid(op: MatchedOperation, problems: string[]): Reply {
    this.invalidRequests.push(`${op.method} ${op.operationId} ${Object.values(op.pathParams).slice(3).join('/')}: ${problems.join('; ')}`);
    return armError(400, 'InvalidRequestContent', `The request content was invalid: ${problems.join('; ')}`);
  }

  private takeFault(operationId: string): Reply | 'drop' | undefined {
    const fault = this.faults.next.find((f) => f.count > 0 && (!f.operationId || f.operationId === operationId));
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.drop) return 'drop';
    const codes: Record<number, string> = { 403: 'AuthorizationFailed', 409: 'Conflict', 412: 'PreconditionFailed', 429: 'TooManyRequests' };
    const reply = armError(fault.status, codes[fault.status] ?? 'InternalServerError', `injected fault ${fault.status}`);
    if (fault.retryAfterSeconds !== undefined) reply.headers = { 'Retry-After': String(fault.retryAfterSeconds) };
    return reply;
  }

  private async dispatch(ctx: HandlerContext): Promise<Reply> {
    const id = ctx.op.operationId;
    if (id.startsWith('OnlineEndpoints_') || id.startsWith('OnlineDeployments_')) {
      const handler = {
        CreateOrUpdate: putOnline,
        Update: patchOnline,
        Delete: deleteOnline,
        ListKeys: listKeys,
        RegenerateKeys: regenerateKeys,
        GetToken: getToken,
        GetLogs: getLogs,
      }[id.split('_')[1]!];
      if (handler) return handler(ctx);
    }
    if (id.startsWith('BatchEndpoints_') || id.startsWith('BatchDeployments_')) {
      const handler = { Get: getBatch, CreateOrUpdate: putBatch, Delete: deleteBatch }[id.split('_')[1]!];
      if (handler) return handler(ctx);
    }
    if (id.endsWith('_Get')) return getResource(ctx);
    if (id.endsWith('_CreateOrUpdate')) return putAsset(ctx);
    if (id.endsWith('_Delete')) return deleteAsset(ctx);
    if (id.endsWith('_List')) return listChildren(ctx, ctx.op.template.split('/').pop()!);
    if (id === 'Datastores_ListSecrets') {
      // Recorded from a workspace with identity-based system datastores.
      if (this.options.identityDatastores) return armError(400, 'UserError', 'No secrets for credentials of type None.');
      return { status: 200, body: { secretsType: 'AccountKey', key: AZURITE_KEY } };
    }
    if (id === 'CodeVersions_CreateOrGetStartPendingUpload') return this.pendingUpload();
    return armError(501, 'NotImplemented', `the emulator does not implement ${id}`);
  }

  /**
   * startPendingUpload: a blob folder and a SAS that can write to it (a real one, signed with the
   * emulator storage's key), as Azure gives the SDK for code uploads.
   */
  private pendingUpload(): Reply {
    if (!this.azurite) return armError(501, 'NotImplemented', 'start the emulator with storage to upload code');
    const folder = `LocalUpload/${randomUUID()}`;
    const blobUri = `${this.azurite.blobEndpoint}/${DEFAULT_CONTAINER}/${folder}`;
    const sas = generateBlobSASQueryParameters(
      { containerName: DEFAULT_CONTAINER, permissions: ContainerSASPermissions.parse('racwl'), expiresOn: new Date(Date.now() + 3_600_000) },
      new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY),
    ).toString();
    return {
      status: 200,
      body: {
        blobReferenceForConsumption: { blobUri, storageAccountArmId: null, credential: { credentialType: 'SAS', sasUri: `${blobUri}?${sas}` } },
        pendingUploadId: randomUUID(),
        pendingUploadType: 'TemporaryBlobReference',
      },
    };
  }
}

export function defaultSpecRoot(packageRoot: string): string {
  return join(packageRoot, 'vendor', 'azure-ml-api');
}
