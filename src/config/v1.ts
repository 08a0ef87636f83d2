import { V1_DEFAULTS, type AuthMode, type DeploymentSettings, type EnvironmentSpec, type TargetName } from '../engine/spec.js';
import { readCondaFile, summariseConda, type CondaSummary } from './conda.js';
import {
  asAssetName,
  asBool,
  asEnvironment,
  asNumber,
  asString,
  asStringMap,
  asTags,
  asImage,
  checkPipRequirements,
  scriptInside,
  type ReadContext,
} from './context.js';
import { defined, type Fragment } from './fragment.js';
import { isSet } from './mapping/index.js';

type Doc = Record<string, any>;

/** Normalises a v1 inferenceconfig (current and legacy keys) into code and environment. */
export function fromV1Inference(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  const sourceDir = asString(doc.sourceDirectory);
  const directory = sourceDir ? ctx.reference(['sourceDirectory'], sourceDir, 'folder') : ctx.baseDir;
  const entry = String(doc.entryScript);
  ctx.reference(['entryScript'], entry, 'file', directory);
  const env = (doc.environment ?? {}) as Doc;
  const python = (env.python ?? {}) as Doc;
  const docker = (env.docker ?? {}) as Doc;

  let conda: CondaSummary | undefined;
  const condaFile = asString(python.condaDependenciesFile) ?? asString(doc.condaFile);
  const condaPath: (string | number)[] = python.condaDependenciesFile ? ['environment', 'python', 'condaDependenciesFile'] : ['condaFile'];
  if (python.condaDependencies) conda = summariseConda(python.condaDependencies);
  else if (condaFile) conda = readCondaFile(ctx, condaPath, ctx.reference(condaPath, condaFile, 'file'));
  for (const legacy of ['extraDockerfileSteps', 'extraDockerFileSteps', 'schemaFile']) {
    if (asString(doc[legacy])) ctx.reference([legacy], String(doc[legacy]), 'file');
  }

  const environment: EnvironmentSpec = {
    ...defined({
      name: asAssetName(ctx, ['environment', 'name'], env.name),
      version: asAssetName(ctx, ['environment', 'version'], env.version, 'version'),
      image: asImage(ctx, docker.baseImage ? ['environment', 'docker', 'baseImage'] : ['baseImage'], docker.baseImage ?? doc.baseImage),
      pythonVersion: conda?.pythonVersion,
      interpreterPath: asString(python.interpreterPath),
      description: asString(doc.description),
    }),
    pipPackages: conda?.pipPackages ?? [],
    condaChannels: conda?.channels ?? [],
    environmentVariables: asEnvironment(ctx, ['environment', 'environmentVariables'], env.environmentVariables),
    userManaged: asBool(python.userManagedDependencies) ?? false,
    source: ctx.parsed.file,
  };
  checkPipRequirements(ctx, python.condaDependencies ? ['environment', 'python', 'condaDependencies'] : condaPath, environment.pipPackages);
  return { code: { directory, entryScript: scriptInside(ctx, ['entryScript'], directory, entry) }, environment };
}

/** Normalises a v1 deploymentconfig (local, aci or aks) with the defaults Azure documented. */
export function fromV1Deployment(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  const target = String(doc.computeType).toLowerCase() as TargetName;
  const resources = (doc.containerResourceRequirements ?? {}) as Doc;
  const auto = (doc.autoScaler ?? {}) as Doc;
  const cloud = target !== 'local';

  // Keys are masked the moment they are read (ctx.secrets); the local target serves with them.
  const primaryKey = asString(doc.keys?.primaryKey) ?? asString(doc.primaryKey);
  const secondaryKey = asString(doc.keys?.secondaryKey) ?? asString(doc.secondaryKey);
  for (const key of [primaryKey, secondaryKey]) if (key) ctx.secrets.push(key);
  if (!primaryKey && secondaryKey)
    ctx.error(doc.keys ? ['keys', 'secondaryKey'] : ['secondaryKey'], 'a secondary key needs a primary key', 'add primaryKey, or remove secondaryKey');
  const keys = primaryKey ? { primaryKey, ...(secondaryKey ? { secondaryKey } : {}) } : undefined;

  const authEnabled = asBool(doc.authEnabled);
  const tokenAuth = asBool(doc.tokenAuthEnabled);
  if (authEnabled && tokenAuth) {
    ctx.error(['tokenAuthEnabled'], 'authEnabled and tokenAuthEnabled cannot both be true', 'choose key auth (authEnabled) or token auth (tokenAuthEnabled)');
  }
  // v1 AKS services had key auth on unless turned off; ACI and local had none.
  const authMode: AuthMode = tokenAuth ? 'aml_token' : (authEnabled ?? target === 'aks') ? 'key' : 'none';

  const autoscale = target === 'aks' && (asBool(auto.autoscaleEnabled) ?? doc.numReplicas == null);
  if (autoscale && doc.numReplicas != null) {
    ctx.error(
      ['numReplicas'],
      'numReplicas cannot be set while autoScaler.autoscaleEnabled is true',
      'remove numReplicas, or set autoScaler.autoscaleEnabled to false',
    );
  }
  const minReplicas = asNumber(auto.minReplicas) ?? V1_DEFAULTS.autoscale.minReplicas;
  const maxReplicas = asNumber(auto.maxReplicas) ?? V1_DEFAULTS.autoscale.maxReplicas;
  if (minReplicas > maxReplicas) ctx.error(['autoScaler', 'minReplicas'], `minReplicas (${minReplicas}) is above maxReplicas (${maxReplicas})`);
  if (target === 'aci' && doc.autoScaler && isSet(doc.autoScaler))
    ctx.warn(
      ['autoScaler'],
      'is not applied on ACI: managed online endpoints scale with Azure Monitor autoscale settings',
      'set numReplicas for a fixed count, or use target aks',
    );
  if (target === 'aci' && (resources.cpuLimit != null || resources.memoryInGBLimit != null))
    ctx.warn(
      ['containerResourceRequirements'],
      'limits are not applied on ACI: a managed deployment has its whole instance type',
      'remove cpuLimit and memoryInGBLimit, or choose the instance type',
    );
  const cpu = asNumber(resources.cpu) ?? asNumber(doc.cpuCores) ?? (cloud ? V1_DEFAULTS.cpu : undefined);
  const memoryGb = asNumber(resources.memoryInGB) ?? asNumber(doc.memoryGb) ?? (cloud ? V1_DEFAULTS.memoryGb : undefined);
  const gpu = asNumber(resources.gpu) ?? asNumber(doc.gpuCores);
  const gpuPath = resources.gpu !== undefined ? ['containerResourceRequirements', 'gpu'] : ['gpuCores'];
  if (gpu && target === 'aci')
    ctx.error(
      gpuPath,
      'a managed online endpoint (ACI) gets GPUs from its instance type, not from a GPU count',
      'remove it and set the instance-type input to a GPU size such as Standard_NC6s_v3',
    );
  if (asString(doc.namespace) && target !== 'aks')
    ctx.error(['namespace'], `a namespace applies to AKS only, and this is a ${target} config`, 'remove namespace');
  const probe = doc.livenessProbeRequirements as Doc | undefined;
  const liveness = probe
    ? {
        ...V1_DEFAULTS.liveness,
        ...defined({
          periodSeconds: asNumber(probe.periodSeconds),
          initialDelaySeconds: asNumber(probe.initialDelaySeconds),
          timeoutSeconds: asNumber(probe.timeoutSeconds),
          failureThreshold: asNumber(probe.failureThreshold),
          successThreshold: asNumber(probe.successThreshold),
        }),
      }
    : undefined;

  return {
    target,
    endpoint: defined({ authMode, keys, description: asString(doc.description), tags: asTags(ctx, ['tags'], doc.tags) }),
    deployment: defined({
      port: asNumber(doc.port),
      cpu,
      memoryGb,
      gpu,
      kubernetesResources: target === 'aks' ? v1KubernetesResources({ cpu, memoryGb, gpu }, resources) : undefined,
      instanceCount: asNumber(doc.numReplicas) ?? (autoscale ? minReplicas : 1),
      scale: autoscale
        ? {
            minInstances: minReplicas,
            maxInstances: maxReplicas,
            targetUtilization: asNumber(auto.targetUtilization) ?? V1_DEFAULTS.autoscale.targetUtilization,
            pollingIntervalSeconds: asNumber(auto.refreshPeriodInSeconds) ?? V1_DEFAULTS.autoscale.refreshPeriodInSeconds,
          }
        : undefined,
      requestTimeoutMs: asNumber(doc.scoringTimeoutMs) ?? V1_DEFAULTS.scoringTimeoutMs,
      maxConcurrentRequests: asNumber(doc.maxConcurrentRequestsPerContainer) ?? V1_DEFAULTS.maxConcurrentRequestsPerContainer,
      maxQueueWaitMs: asNumber(doc.maxQueueWaitMs) ?? V1_DEFAULTS.maxQueueWaitMs,
      liveness,
      appInsights: asBool(doc.appInsightsEnabled) ?? asBool(doc.enableAppInsights) ?? false,
      properties: doc.properties ? asStringMap(ctx, ['properties'], doc.properties) : undefined,
      location: asString(doc.location),
      namespace: asString(doc.namespace),
      compute: asString(doc.computeTarget) ?? asString(doc.computeTargetName),
      tags: asTags(ctx, ['tags'], doc.tags),
    }),
  };
}

/** v1 GiB (1 GiB = 1024 MiB, as Azure's v1 SDK converted `memoryInGB`) as Kubernetes quantities. */
function gib(value: number | undefined): string | undefined {
  return value === undefined ? undefined : `${Math.ceil(value * 1024)}Mi`;
}

function v1KubernetesResources(requests: { cpu?: number; memoryGb?: number; gpu?: number }, resources: Doc): DeploymentSettings['kubernetesResources'] {
  const text = (n: number | undefined) => (n === undefined ? undefined : String(n));
  return {
    requests: defined({ cpu: text(requests.cpu), memory: gib(requests.memoryGb), gpu: requests.gpu ? text(requests.gpu) : undefined }),
    limits: defined({ cpu: text(asNumber(resources.cpuLimit)), memory: gib(asNumber(resources.memoryInGBLimit)) }),
  };
}
