import type { MatchedOperation } from './openapi.js';
import type { DeploymentRuntime } from './runtime.js';
import type { Operation, ResourceStore } from './store.js';

type Json = Record<string, any>;

export interface Faults {
  /** Answer the next N ARM requests (optionally of one operation) with this status. */
  next: { status: number; count: number; operationId?: string; retryAfterSeconds?: number; drop?: boolean }[];
  failDeployments: boolean;
  /**
   * Deployments fail as Azure reports a failure (how-to-troubleshoot-online-endpoints.md): the
   * operation ends Failed with this error, getLogs serves these container logs, and a build log
   * is written to the emulator's storage where the error's message says it is.
   */
  failDeploymentWith?: DeploymentFailure;
  quotaExceeded: boolean;
  /** Actions the caller's role lacks (its notActions, `*` a wildcard): refused with 403 AuthorizationFailed, and left out of Microsoft.Authorization/permissions. */
  denyActions?: string[];
  /** Managed online endpoint names another subscription holds in the region (they resolve in public DNS). */
  takenEndpointNames?: string[];
  /** The region's DNS zone answers every name (a wildcard record): whether a name is free cannot be told from it. */
  dnsAnswersEverything?: boolean;
  /** The retail prices API answers 503 (a price that cannot be read). */
  pricesDown?: boolean;
  /** Dedicated-vCPU usage per VM family (Usages_List), overriding the default of 0 used of 100. */
  quotaUsage?: Record<string, { currentValue: number; limit: number }>;
  /** Send Retry-After (seconds) with reads of a deployment that is still provisioning; real Azure sends none today. */
  provisioningRetryAfterSeconds?: number;
  /** Storage tokens for another audience: Azurite refuses the upload, as Azure Storage refuses an identity without a data role. */
  refuseStorageTokens?: boolean;
  /** Accept endpoint PUTs but keep the traffic map there was (another writer won, as far as the caller can tell). */
  overruleTrafficWrites?: boolean;
  /** Items per page of a list answer (Azure pages long lists with nextLink); 100 unless set. */
  listPageSize?: number;
  /** Send scoring requests that name no deployment to this one, whatever the weights (deterministic tests). */
  routeUnpinnedTo?: string;
}

export interface DeploymentFailure {
  code: string;
  message: string;
  details?: { code: string; message: string }[];
  logs?: { inferenceServer?: string; storageInitializer?: string };
  /** Written to the emulator's storage account before the failure is reported. */
  buildLog?: { container: string; path: string; text: string };
}

/** What the request handlers need of the emulator (WorkspaceEmulator implements it). */
export interface EmulatorApi {
  readonly store: ResourceStore;
  readonly keys: Map<string, { primaryKey: string; secondaryKey: string }>;
  readonly tokens: Map<string, string>;
  /** Whether the emulator's Entra issued this token (an AADToken endpoint's callers). */
  entraIssued(token: string): boolean;
  readonly faults: Faults;
  readonly url: string;
  readonly scoringUrl: string;
  readonly workspaceId: string;
  /** The endpoint of this name, in whichever workspace holds it. */
  endpointIdByName(name: string): string;
  readonly runtime?: DeploymentRuntime;
  afterProvisioning(resourceId: string, fn: () => void | Promise<void>): void;
  startOperation(resourceId: string): Operation;
  putHeaders(operation: Operation): Record<string, string>;
  acceptedHeaders(operation: Operation): Record<string, string>;
  provisionDeployment(id: string, properties: Json): Promise<{ ok: boolean; message?: string; code?: string; details?: { code: string; message: string }[] }>;
  /** Container logs a deployment that failed by `failDeploymentWith` serves instead of its runtime's. */
  readonly failedLogs: Map<string, { inferenceServer?: string; storageInitializer?: string }>;
}

export interface HandlerContext {
  op: MatchedOperation;
  id: string;
  body: unknown;
  query: URLSearchParams;
  /** The If-Match header: a write is refused (412) unless it equals the resource's ETag. */
  ifMatch?: string;
  store: ResourceStore;
  emulator: EmulatorApi;
}
