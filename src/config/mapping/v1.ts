import { isFalse, type FieldMap } from './rules.js';

// v1 deploymentconfig.json / inferenceconfig.json fields (azureml-core's AciWebservice,
// AksWebservice, LocalWebservice and InferenceConfig), and where each goes on Azure ML v2.

const DOCKER_RUN = 'a docker-run setting of v1 local deployments; Azure ML v2 runs its own containers';
const REGISTRY = {
  refuse: 'registry credentials are not passed on: Azure ML v2 pulls images with the workspace identity',
  hint: "grant the workspace's managed identity AcrPull on that registry and remove the registry settings",
} as const;
const PROBE = 'deployment:properties.livenessProbe';

export const V1_DEPLOYMENT_FIELDS: FieldMap = {
  computeType: { mlship: 'the target: LOCAL, ACI (managed online endpoint) or AKS (Kubernetes online endpoint)' },
  port: { mlship: "the local target's port; Azure chooses its own" },
  'containerResourceRequirements.cpu': {
    arm: [
      { to: 'deployment:properties.instanceType', target: 'aci', example: [4, 'Standard_F4s_v2'] },
      { to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.cpu', target: 'aks', example: [1.5, '1.5'] },
    ],
  },
  'containerResourceRequirements.memoryInGB': {
    arm: [
      { to: 'deployment:properties.instanceType', target: 'aci', example: [20, 'Standard_DS4_v2'] },
      { to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.memory', target: 'aks', example: [3, '3072Mi'] },
    ],
  },
  // On ACI a GPU count is refused by the reader: a managed endpoint's GPUs come with its instance type.
  'containerResourceRequirements.gpu': {
    arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.gpu', target: 'aks', example: [1, '1'] }],
  },
  'containerResourceRequirements.cpuLimit': {
    arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceLimits.cpu', target: 'aks', example: [2, '2'] }],
  },
  'containerResourceRequirements.memoryInGBLimit': {
    arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceLimits.memory', target: 'aks', example: [2.5, '2560Mi'] }],
  },
  cpuCores: { arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.cpu', target: 'aks', example: [2, '2'] }] },
  memoryGb: { arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.memory', target: 'aks', example: [1, '1024Mi'] }] },
  gpuCores: { arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.gpu', target: 'aks', example: [2, '2'] }] },
  authEnabled: { arm: [{ to: 'endpoint:properties.authMode', example: [true, 'Key'] }] },
  tokenAuthEnabled: { arm: [{ to: 'endpoint:properties.authMode', example: [true, 'AMLToken'] }] },
  sslEnabled: { warn: 'Azure ML v2 endpoints are always served over TLS', unless: isFalse },
  sslCertificate: { warn: 'Azure ML v2 endpoints use an Azure-managed certificate' },
  sslKey: { warn: 'Azure ML v2 endpoints use an Azure-managed certificate' },
  sslCname: { warn: 'Azure ML v2 endpoints are served on an Azure-assigned host name' },
  dnsNameLabel: { warn: 'Azure ML v2 endpoints are served on an Azure-assigned host name' },
  appInsightsEnabled: { arm: [{ to: 'deployment:properties.appInsightsEnabled', example: [true, true] }] },
  enableAppInsights: { arm: [{ to: 'deployment:properties.appInsightsEnabled', example: [true, true] }] },
  collectModelData: {
    refuse: 'model data collection is the v2 data collector, which mlship does not configure',
    hint: 'remove it (or set it to false); log inputs and outputs from score.py with the azureml-ai-monitoring package',
    unless: isFalse,
  },
  location: { arm: [{ to: 'endpoint:location', example: ['northeurope', 'northeurope'] }] },
  description: { arm: [{ to: 'endpoint:properties.description', example: ['fraud scoring', 'fraud scoring'] }] },
  tags: {
    arm: [
      { to: 'endpoint:tags.team', example: [{ team: 'fraud' }, 'fraud'] },
      { to: 'deployment:tags.team', example: [{ team: 'fraud' }, 'fraud'] },
    ],
  },
  properties: { arm: [{ to: 'deployment:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
  primaryKey: { mlship: 'the local target serves with it; Azure generates its own keys (a warning says so)' },
  secondaryKey: { mlship: 'the local target serves with it; Azure generates its own keys (a warning says so)' },
  keys: { mlship: 'the local target serves with them; Azure generates its own keys (a warning says so)' },
  'autoScaler.autoscaleEnabled': {
    arm: [{ to: 'deployment:properties.scaleSettings.scaleType', target: 'aks', example: [true, 'TargetUtilization'] }],
  },
  'autoScaler.minReplicas': {
    arm: [
      { to: 'deployment:properties.scaleSettings.minInstances', target: 'aks', example: [2, 2] },
      { to: 'deployment:sku.capacity', target: 'aks', example: [2, 2] },
    ],
  },
  'autoScaler.maxReplicas': { arm: [{ to: 'deployment:properties.scaleSettings.maxInstances', target: 'aks', example: [5, 5] }] },
  'autoScaler.refreshPeriodInSeconds': { arm: [{ to: 'deployment:properties.scaleSettings.pollingInterval', target: 'aks', example: [5, 'PT5S'] }] },
  'autoScaler.targetUtilization': { arm: [{ to: 'deployment:properties.scaleSettings.targetUtilizationPercentage', target: 'aks', example: [60, 60] }] },
  numReplicas: { arm: [{ to: 'deployment:sku.capacity', example: [3, 3] }] },
  scoringTimeoutMs: { arm: [{ to: 'deployment:properties.requestSettings.requestTimeout', example: [90_500, 'PT1M30.5S'] }] },
  maxConcurrentRequestsPerContainer: { arm: [{ to: 'deployment:properties.requestSettings.maxConcurrentRequestsPerInstance', example: [4, 4] }] },
  maxQueueWaitMs: { arm: [{ to: 'deployment:properties.requestSettings.maxQueueWait', example: [500, 'PT0.5S'] }] },
  'livenessProbeRequirements.failureThreshold': { arm: [{ to: `${PROBE}.failureThreshold`, example: [5, 5] }] },
  'livenessProbeRequirements.successThreshold': { arm: [{ to: `${PROBE}.successThreshold`, example: [2, 2] }] },
  'livenessProbeRequirements.timeoutSeconds': { arm: [{ to: `${PROBE}.timeout`, example: [3, 'PT3S'] }] },
  'livenessProbeRequirements.periodSeconds': { arm: [{ to: `${PROBE}.period`, example: [20, 'PT20S'] }] },
  'livenessProbeRequirements.initialDelaySeconds': { arm: [{ to: `${PROBE}.initialDelay`, example: [30, 'PT30S'] }] },
  namespace: { mlship: "must be the Kubernetes compute's namespace, which is set when the cluster is attached: checked before anything is created" },
  computeTarget: { mlship: "the Kubernetes compute (aks); its ARM id becomes the endpoint's compute" },
  computeTargetName: { mlship: "the Kubernetes compute (aks); its ARM id becomes the endpoint's compute" },
  osType: {
    refuse: 'Azure ML online endpoints run Linux containers only',
    hint: 'remove osType',
    unless: (v) => String(v).toLowerCase() === 'linux',
  },
  vnetName: {
    refuse: 'v1 ACI virtual networks do not exist in v2',
    hint: "remove it; v2 managed endpoints reach private resources through the workspace's managed network",
  },
  subnetName: {
    refuse: 'v1 ACI virtual networks do not exist in v2',
    hint: "remove it; v2 managed endpoints reach private resources through the workspace's managed network",
  },
  cmkVaultBaseUrl: {
    refuse: "customer-managed keys are the workspace's encryption setting in v2",
    hint: 'remove the cmk* settings; set encryption on the workspace',
  },
  cmkKeyName: {
    refuse: "customer-managed keys are the workspace's encryption setting in v2",
    hint: 'remove the cmk* settings; set encryption on the workspace',
  },
  cmkKeyVersion: {
    refuse: "customer-managed keys are the workspace's encryption setting in v2",
    hint: 'remove the cmk* settings; set encryption on the workspace',
  },
  isDefault: {
    refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
    hint: "remove it; use deploy-model's traffic input",
  },
  isControlVersion: {
    refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
    hint: "remove it; use deploy-model's traffic input",
  },
  trafficPercentile: {
    refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
    hint: "remove it; use deploy-model's traffic input",
  },
  version: {
    refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
    hint: 'remove it; the deployment name says which one it is',
  },
};

export const V1_INFERENCE_FIELDS: FieldMap = {
  entryScript: { arm: [{ to: 'deployment:properties.codeConfiguration.scoringScript', example: ['score.py', 'score.py'] }] },
  sourceDirectory: { asset: 'the folder uploaded as the deployment code (codeConfiguration.codeId)' },
  runtime: {
    refuse: 'only Python scoring scripts can be served',
    hint: 'remove runtime, or set it to python',
    unless: (v) => String(v).toLowerCase() === 'python',
  },
  condaFile: { asset: "the environment's conda file" },
  extraDockerfileSteps: {
    warn: 'Azure ML v2 builds an environment from an image and a conda file',
    hint: 'put the steps in a Dockerfile and use a v2 environment with build.path',
  },
  extraDockerFileSteps: {
    warn: 'Azure ML v2 builds an environment from an image and a conda file',
    hint: 'put the steps in a Dockerfile and use a v2 environment with build.path',
  },
  enableGpu: {
    warn: 'GPU settings are legacy v1 keys',
    hint: 'on Azure, choose a GPU instance type (instance-type input); the local target runs on the CPU',
    unless: isFalse,
  },
  cudaVersion: {
    warn: 'GPU settings are legacy v1 keys',
    hint: 'on Azure, choose a GPU instance type (instance-type input); the local target runs on the CPU',
  },
  baseImage: {
    arm: [
      {
        to: 'environment:properties.image',
        example: ['mcr.microsoft.com/azureml/minimal-py311-inference:latest', 'mcr.microsoft.com/azureml/minimal-py311-inference:latest'],
      },
    ],
  },
  baseImageRegistry: REGISTRY,
  description: { arm: [{ to: 'environment:properties.description', example: ['ridge scoring', 'ridge scoring'] }] },
  schemaFile: { warn: 'the inference-schema decorators in score.py describe the API (swagger.json) in v2', hint: 'remove schemaFile' },
  dependencies: { warn: 'extra files for the v1 image are not copied', hint: 'put them in sourceDirectory, which is uploaded with the code' },
  'environment.name': { asset: "the environment's name" },
  'environment.version': { asset: "the environment's version" },
  'environment.environmentVariables': { arm: [{ to: 'deployment:properties.environmentVariables.MODE', example: [{ MODE: 'strict' }, 'strict'] }] },
  'environment.inferencingStackVersion': { warn: 'Azure ML v2 has no separate inferencing stack version' },
  'environment.assetId': { warn: 'a read-only field of a registered v1 environment' },
  'environment.isLatest': { warn: 'a read-only field of a registered v1 environment' },
  'environment.r': { refuse: 'R environments cannot serve an online endpoint', hint: 'remove it; score.py runs in Python' },
  'environment.spark': { refuse: 'Spark environments cannot serve an online endpoint', hint: 'remove it' },
  'environment.databricks': { refuse: 'Databricks environments cannot serve an online endpoint', hint: 'remove it' },
  'environment.python.userManagedDependencies': { asset: 'true: the image holds every package; no conda file is built (mlship installs nothing locally)' },
  'environment.python.interpreterPath': { mlship: "the local target's Python interpreter" },
  'environment.python.condaDependenciesFile': { asset: "the environment's conda file" },
  'environment.python.condaDependencies': { asset: "the environment's conda file" },
  'environment.python.baseCondaEnvironment': { warn: 'v1 base conda environments are not part of v2 environments' },
  'environment.docker.enabled': { warn: DOCKER_RUN, unless: isFalse },
  'environment.docker.baseImage': { arm: [{ to: 'environment:properties.image', example: ['python:3.11-slim', 'python:3.11-slim'] }] },
  'environment.docker.baseDockerfile': {
    refuse: 'an inline Dockerfile is not a v2 environment',
    hint: 'put it in a folder and use a v2 environment with build.path',
  },
  'environment.docker.baseImageRegistry': REGISTRY,
  'environment.docker.sharedVolumes': { warn: DOCKER_RUN, unless: isFalse },
  'environment.docker.shmSize': { warn: DOCKER_RUN },
  'environment.docker.arguments': { warn: DOCKER_RUN },
  'environment.docker.gpuSupport': { warn: DOCKER_RUN, unless: isFalse },
  'environment.docker.platform': { warn: DOCKER_RUN },
  'environment.docker.buildContext': { refuse: 'a v1 Docker build context is not a v2 environment', hint: 'use a v2 environment with build.path' },
};
