/**
 * The one internal deployment spec every input form (v1 JSON/YAML, v2 YAML, action inputs)
 * is normalised into. Paths are absolute; every default is filled in; nothing here is raw input.
 */

export type TargetName = 'local' | 'aci' | 'aks';
export const TARGETS: readonly TargetName[] = ['local', 'aci', 'aks'];

/** How callers authenticate to score: az ml's auth_mode values, and none (local only). */
export type AuthMode = 'key' | 'aml_token' | 'aad_token' | 'none';

/** A model to deploy: a registered one by name and version (or `latest`), or files on disk. */
export type ModelRef =
  | { kind: 'registered'; name: string; version: string | 'latest' }
  | {
      kind: 'path';
      path: string;
      name?: string;
      /** The version to register the files as; by content when absent. */
      version?: string;
      /** What the registration carries (az ml model YAML: type, description, tags, properties, stage). */
      modelType?: string;
      description?: string;
      tags?: Record<string, string>;
      properties?: Record<string, string>;
      stage?: string;
    };

export interface EnvironmentSpec {
  name?: string;
  version?: string;
  /** Container image; the local target runs without one and says so when one is named. */
  image?: string;
  /** pip requirements, from the conda spec's pip section and its non-Python conda packages. */
  pipPackages: string[];
  /** The Python version the conda spec asks for (`3.11`), compared with the interpreter's. */
  pythonVersion?: string;
  /** conda channels, kept because they are part of what the environment is. */
  condaChannels: string[];
  environmentVariables: Record<string, string>;
  /** True when the user manages the interpreter's packages themselves: mlship installs nothing. */
  userManaged: boolean;
  interpreterPath?: string;
  /** Folder with a Dockerfile (v2 `build.path`). */
  buildContext?: string;
  /** A registered environment by reference (`azureml:name:version`, registries URI). */
  reference?: string;
  /** Files the spec was read from, for messages. */
  source?: string;
  description?: string;
  tags?: Record<string, string>;
  /** Dockerfile inside `buildContext` (v2 `build.dockerfile_path`); Azure's default is `Dockerfile`. */
  dockerfilePath?: string;
  /** Routes of a custom inference container (v2 `inference_config`), in ARM's shape. */
  inferenceConfig?: Record<string, { path?: string; port?: number }>;
  /** Azure ML online endpoints run Linux only; set when the config names it. */
  osType?: 'Linux';
}

export interface CodeSpec {
  /** Absolute folder with the scoring code. */
  directory: string;
  /** Scoring script path relative to `directory`, posix separators. */
  entryScript: string;
}

export interface KubernetesQuantities {
  cpu?: string;
  memory?: string;
  gpu?: string;
}

export interface ProbeSpec {
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
  successThreshold: number;
}

export interface ScaleSpec {
  minInstances: number;
  maxInstances: number;
  targetUtilization: number;
  pollingIntervalSeconds: number;
}

export interface EndpointSpec {
  name?: string;
  authMode: AuthMode;
  /** Keys written in a v1 deployment config: used by the local target; Azure generates its own. */
  keys?: { primaryKey: string; secondaryKey?: string };
  description?: string;
  tags: Record<string, string>;
  /** ARM's `properties` map: can be added to, never changed, once written. */
  properties?: Record<string, string>;
  publicNetworkAccess?: 'Enabled' | 'Disabled';
  /** The endpoint's managed identity; SystemAssigned when not given. */
  identity?: { type: 'SystemAssigned' | 'UserAssigned'; userAssigned?: string[] };
  kind?: string;
}

export interface DeploymentSettings {
  name?: string;
  instanceType?: string;
  instanceCount: number;
  cpu?: number;
  memoryGb?: number;
  gpu?: number;
  /**
   * Kubernetes container resources (aks), as Kubernetes quantities (`500m`, `1.5`, `512Mi`, `1G`):
   * passed to ARM as written, so nothing is rounded or converted on the way.
   */
  kubernetesResources?: { requests: KubernetesQuantities; limits: KubernetesQuantities };
  description?: string;
  properties?: Record<string, string>;
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled';
  /** Fixed port for the local target; undefined picks a free one. */
  port?: number;
  scale?: ScaleSpec;
  requestTimeoutMs: number;
  maxConcurrentRequests: number;
  maxQueueWaitMs: number;
  liveness?: ProbeSpec;
  readiness?: ProbeSpec;
  environmentVariables: Record<string, string>;
  appInsights: boolean;
  /** Kubernetes compute name (aks). */
  compute?: string;
  namespace?: string;
  location?: string;
  tags: Record<string, string>;
}

export interface DeploymentSpec {
  target: TargetName;
  model?: ModelRef;
  code: CodeSpec;
  environment: EnvironmentSpec;
  endpoint: EndpointSpec;
  deployment: DeploymentSettings;
  /** Config files this spec came from. */
  sources: string[];
}

/** Defaults Azure documents for the v1 deployment configuration, used when a key is absent. */
export const V1_DEFAULTS = {
  cpu: 0.1,
  memoryGb: 0.5,
  scoringTimeoutMs: 60_000,
  maxConcurrentRequestsPerContainer: 1,
  maxQueueWaitMs: 500,
  autoscale: { minReplicas: 1, maxReplicas: 10, targetUtilization: 70, refreshPeriodInSeconds: 1 },
  liveness: { periodSeconds: 10, initialDelaySeconds: 310, timeoutSeconds: 2, failureThreshold: 3, successThreshold: 1 },
} as const;
