import type { AssetRegistry, ResolvedModel } from '../engine/assets.js';
import type { BuiltEnvironment } from '../engine/environment.js';
import type { Logger } from '../engine/logger.js';
import type { DeploymentSpec, TargetName } from '../engine/spec.js';

/** The v1 service states users know, derived from provisioning state, replicas and a real probe. */
export type ServiceState = 'Transitioning' | 'Unhealthy' | 'Unschedulable' | 'Failed' | 'Healthy';

export interface DeployRequest {
  spec: DeploymentSpec;
  /** Undefined when the deployment has no model. */
  model?: ResolvedModel;
  environment: BuiltEnvironment;
  /** Hash of everything that defines the deployment: equal hash, nothing to do. */
  specHash: string;
  tags: Record<string, string>;
  /** Share of traffic (percent) the deployment should take once healthy; undefined: 100 for a first deployment, else unchanged. */
  intendedTraffic?: number;
}

/** What wait-healthy's traffic step did: the map afterwards, and the one it replaced (when it moved). */
export interface TrafficChange {
  traffic: Record<string, number>;
  previous?: Record<string, number>;
}

export interface DeployResult {
  endpointName: string;
  deploymentName: string;
  scoringUri: string;
  swaggerUri: string;
  /** True when the running deployment already matched: nothing was changed. */
  unchanged: boolean;
  traffic: Record<string, number>;
  /** Changes made outside mlship that this deploy found and put back (instance count, tags, traffic). */
  drift: string[];
}

export interface DeploymentStatus {
  state: ServiceState;
  /** One line on why the state is what it is. */
  detail: string;
  scoringUri?: string;
  /** Python traceback of a failed init(), when there is one. */
  error?: string;
}

export interface InvokeResult {
  status: number;
  body: string;
  durationMs: number;
  /** Which deployment answered (the azureml-model-deployment response header). */
  deployment?: string;
}

export interface ObservedDeployment {
  name: string;
  specHash: string;
  scoringUri: string;
}

export interface ObservedEndpoint {
  name: string;
  authMode: string;
  deployments: ObservedDeployment[];
  traffic: Record<string, number>;
}

/** An endpoint as listed for the stale-preview sweep. */
export interface ListedEndpoint {
  name: string;
  tags: Record<string, string>;
  /** When it was created, ms since the epoch. */
  createdAt: number;
}

/** One interface for every place a model can run: local, aci (managed), aks (Kubernetes). */
export interface Target {
  readonly name: TargetName;
  /** Where this target registers models and environments. */
  readonly assets: AssetRegistry;
  /** How often wait-healthy looks: first interval and the cap it grows to, in milliseconds. */
  readonly pollIntervals: { initialMs: number; maxMs: number };
  deploy(request: DeployRequest, logger: Logger): Promise<DeployResult>;
  status(endpoint: string, deployment: string): Promise<DeploymentStatus>;
  invoke(endpoint: string, deployment: string | undefined, body: string, logger: Logger): Promise<InvokeResult>;
  logs(endpoint: string, deployment: string, lines: number): Promise<string>;
  /**
   * Deletes a deployment, or the whole endpoint when `deployment` is undefined; what is gone
   * already is skipped. A deployment that takes traffic is refused unless `force`, which first
   * moves its share to the endpoint's other deployments.
   */
  teardown(endpoint: string, deployment: string | undefined, logger: Logger, force?: boolean): Promise<string[]>;
  describe(endpoint: string): Promise<ObservedEndpoint | undefined>;
  /** Every endpoint, with its tags and creation time. */
  listEndpoints(): Promise<ListedEndpoint[]>;
  /**
   * Called once a deployment is Healthy and smoke-tested: gives it the traffic deploy-model
   * intended and checks that it got it. Returns the endpoint's traffic as observed.
   */
  afterHealthy(endpoint: string, deployment: string, logger: Logger): Promise<TrafficChange>;
  /** Sets the endpoint's traffic map, remembering the one it replaces; returns the map as observed. */
  setTraffic(endpoint: string, traffic: Record<string, number>, logger: Logger): Promise<Record<string, number>>;
  /** Restores the traffic map the last change replaced. @throws OperationError when there is none. */
  rollbackTraffic(endpoint: string, logger: Logger): Promise<Record<string, number>>;
}
