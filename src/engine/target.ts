import type { AssetRegistry, BuiltEnvironment, ResolvedModel } from './assets.js';
import type { Logger } from './logger.js';
import type { AuthMode, DeploymentSpec, EnvironmentSpec, TargetName } from './spec.js';
import type { FailureEvidence } from './diagnosis.js';
import type { PreflightFinding } from './preflight.js';

/**
 * The port every place a model can run implements: local (a process on this machine), aci
 * (managed online endpoint) and aks (Kubernetes online endpoint). Adapters read and write
 * resources; every decision (blue/green, drift, traffic after Healthy, rollback, the teardown
 * refusal) is made once, in the engine, on what `describe` observed.
 */

/** The v1 service states users know, derived from provisioning state, replicas and a real probe. */
export type ServiceState = 'Transitioning' | 'Unhealthy' | 'Unschedulable' | 'Failed' | 'Healthy';

export interface ObservedDeployment {
  name: string;
  /** Azure's provisioning state (Creating, Updating, Succeeded, Failed...); locally, the process's. */
  provisioningState: string;
  /** Every tag, mlship's own (spec hash, traffic wish) included. */
  tags: Record<string, string>;
  /** Instances it runs with; undefined where that is fixed (local). */
  instanceCount?: number;
  /** Its own routes, where each deployment has them (local); else the endpoint's are used. */
  routes?: ScoringRoutes;
}

export interface ObservedEndpoint {
  name: string;
  authMode: AuthMode;
  traffic: Record<string, number>;
  tags: Record<string, string>;
  /** The endpoint's scoring route; locally each deployment has its own (see ObservedDeployment). */
  scoringUri: string;
  swaggerUri: string;
  deployments: ObservedDeployment[];
  /** When it was created, ms since the epoch (NaN when unknown). */
  createdAt: number;
  /** The version this observation was made on (ARM's ETag), sent back with traffic writes. */
  etag?: string;
  /** Azure region, where there is one. */
  location?: string;
}

/** A deployment to create or replace, with the tags the engine decided on. */
export interface DeploymentWrite {
  spec: DeploymentSpec;
  endpoint: ObservedEndpoint;
  /** Undefined when the deployment has no model. */
  model?: ResolvedModel;
  environment: BuiltEnvironment;
  tags: Record<string, string>;
}

/** What an unchanged deployment needs put back or updated. */
export interface DeploymentPatch {
  tags?: Record<string, string>;
  instanceCount?: number;
}

export interface ScoringRoutes {
  scoringUri: string;
  swaggerUri: string;
}

export interface DeploymentStatus {
  state: ServiceState;
  /** One line on why the state is what it is. */
  detail: string;
  scoringUri?: string;
  /** Python traceback of a failed init(), when there is one. */
  error?: string;
  /** How long the service asked to be left alone before the next look (its Retry-After), if it did. */
  retryAfterMs?: number;
}

export interface InvokeResult {
  status: number;
  body: string;
  durationMs: number;
  /** Which deployment answered (the azureml-model-deployment response header). */
  deployment?: string;
}

/** An endpoint as listed for the stale-preview sweep. */
export interface ListedEndpoint {
  name: string;
  tags: Record<string, string>;
  /** When it was created, ms since the epoch. */
  createdAt: number;
}

/** A deployment's containers, as `mlship logs --container` names them. */
export type LogContainer = 'inference-server' | 'storage-initializer';

export interface Target {
  readonly name: TargetName;
  /** Where this target registers models and environments. */
  readonly assets: AssetRegistry;
  /** How often wait-healthy looks: first interval and the cap it grows to, in milliseconds. */
  readonly pollIntervals: { initialMs: number; maxMs: number };
  /** The endpoint and its deployments as they are now; undefined when it does not exist. */
  describe(endpoint: string): Promise<ObservedEndpoint | undefined>;
  /** Creates the endpoint (waiting until it exists) with the spec's auth mode and these tags. */
  createEndpoint(spec: DeploymentSpec, tags: Record<string, string>, logger: Logger): Promise<ObservedEndpoint>;
  /**
   * Creates or replaces a deployment; does not wait for it to become ready. Where the service runs
   * the change as an operation (ARM's Azure-AsyncOperation), its status URL comes back with the
   * routes: the error of a deployment that fails later is read from it.
   */
  putDeployment(write: DeploymentWrite, logger: Logger): Promise<ScoringRoutes & { operation?: string }>;
  patchDeployment(endpoint: string, deployment: string, patch: DeploymentPatch, logger: Logger): Promise<void>;
  /**
   * Writes the endpoint's traffic map (and merges `tags` into the endpoint's), on the version
   * `observed` was read at. Returns the traffic map as read back afterwards.
   */
  writeTraffic(observed: ObservedEndpoint, traffic: Record<string, number>, tags: Record<string, string>, logger: Logger): Promise<Record<string, number>>;
  /** Deletes one deployment, which the engine has already taken out of the traffic map. */
  deleteDeployment(endpoint: string, deployment: string, logger: Logger): Promise<void>;
  /** Deletes the endpoint with its deployments. */
  deleteEndpoint(endpoint: string, logger: Logger): Promise<void>;
  status(endpoint: string, deployment: string): Promise<DeploymentStatus>;
  /** Sends a scoring request: to `deployment`, or routed by the endpoint's traffic when undefined. */
  invoke(endpoint: string, deployment: string | undefined, body: string, logger: Logger): Promise<InvokeResult>;
  /**
   * The last `lines` lines of a deployment's logs: the scoring server's, and on Azure the storage
   * initializer's too, unless `container` names one.
   */
  logs(endpoint: string, deployment: string, lines: number, container?: LogContainer): Promise<string>;
  /** Builds an environment where the target builds them itself (local: the virtual environment), before it is registered. */
  prepareEnvironment?(env: EnvironmentSpec, logger: Logger): Promise<void>;
  /** The file a deployment logs to, where there is one to follow (local). */
  logFile?(endpoint: string, deployment: string): Promise<string | undefined>;
  /** Every endpoint, with its tags and creation time. */
  listEndpoints(): Promise<ListedEndpoint[]>;
  /** Checks made before anything is created (compute, instance type and quota, permissions; engine/preflight.ts), one read each. */
  preflight?(spec: DeploymentSpec, options?: { maxHourlyCost?: number }): Promise<PreflightFinding[]>;
  /**
   * What the service says about a failed deployment beyond its logs: the error of its operation
   * (when `operation`, the status URL putDeployment gave, is known), the image build log that error
   * points to, and the probe settings. Best effort: what cannot be read is left out.
   */
  failure?(endpoint: string, deployment: string, operation?: string): Promise<Pick<FailureEvidence, 'error' | 'buildLog' | 'probes' | 'resources'>>;
  /** The endpoint's scoring keys (masked through `logger` as they are read); undefined without key auth. */
  keys(endpoint: string, logger: Logger): Promise<EndpointKeys | undefined>;
}

export interface EndpointKeys {
  primaryKey: string;
  secondaryKey: string;
}
