import { isFalse, type FieldMap } from './rules.js';

// az ml v2 YAML fields (online deployment, online endpoint, environment, model) and where each
// goes in the ARM bodies (api-version 2026-07-01). Names follow azure-ai-ml's schemas.

const SCHEMA = { mlship: 'names the schema for editors; not sent' } as const;
const PROBE_ROUTE = {
  refuse: "Azure ML probes the inference server's own routes; a probe's route cannot be set",
  hint: 'remove it; a custom container sets its routes in the environment (inference_config)',
} as const;
const K8S = 'deployment:properties.containerResourceRequirements';

function probeFields(name: 'liveness_probe' | 'readiness_probe'): FieldMap {
  const to = `deployment:properties.${name === 'liveness_probe' ? 'livenessProbe' : 'readinessProbe'}`;
  return {
    [`${name}.initial_delay`]: { arm: [{ to: `${to}.initialDelay`, example: [15, 'PT15S'] }] },
    [`${name}.period`]: { arm: [{ to: `${to}.period`, example: [20, 'PT20S'] }] },
    [`${name}.timeout`]: { arm: [{ to: `${to}.timeout`, example: [4, 'PT4S'] }] },
    [`${name}.success_threshold`]: { arm: [{ to: `${to}.successThreshold`, example: [2, 2] }] },
    [`${name}.failure_threshold`]: { arm: [{ to: `${to}.failureThreshold`, example: [7, 7] }] },
    [`${name}.method`]: PROBE_ROUTE,
    [`${name}.path`]: PROBE_ROUTE,
    [`${name}.port`]: PROBE_ROUTE,
    [`${name}.scheme`]: PROBE_ROUTE,
  };
}

function resourceFields(kind: 'requests' | 'limits'): FieldMap {
  const to = `${K8S}.${kind === 'requests' ? 'containerResourceRequests' : 'containerResourceLimits'}`;
  return {
    [`resources.${kind}.cpu`]: { arm: [{ to: `${to}.cpu`, target: 'aks', example: ['500m', '500m'] }] },
    [`resources.${kind}.memory`]: { arm: [{ to: `${to}.memory`, target: 'aks', example: ['1G', '1G'] }] },
    [`resources.${kind}.nvidia.com/gpu`]: { arm: [{ to: `${to}.gpu`, target: 'aks', example: ['1', '1'] }] },
  };
}

const TARGET_UTILIZATION = { 'scale_settings.type': 'target_utilization' };

export const V2_DEPLOYMENT_FIELDS: FieldMap = {
  $schema: SCHEMA,
  name: { mlship: "the deployment's name (in its ARM path)" },
  endpoint_name: { mlship: "the endpoint's name (in its ARM path)" },
  type: { mlship: 'the target: managed (aci) or kubernetes (aks)' },
  description: { arm: [{ to: 'deployment:properties.description', example: ['nightly ridge', 'nightly ridge'] }] },
  tags: { arm: [{ to: 'deployment:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
  properties: { arm: [{ to: 'deployment:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
  model: { asset: 'the model: a registered reference, or files registered first' },
  'model.name': { asset: "the model's name" },
  'model.version': { asset: 'the version of a registered model, or the number the files are registered as (refused if it holds other files)' },
  'model.path': { asset: 'the model files, registered before the deployment' },
  'model.type': { arm: [{ to: 'model:properties.modelType', example: ['mlflow_model', 'mlflow_model'] }] },
  'model.description': { arm: [{ to: 'model:properties.description', example: ['ridge v2', 'ridge v2'] }] },
  'model.tags': { arm: [{ to: 'model:properties.tags.stage', example: [{ stage: 'candidate' }, 'candidate'] }] },
  'model.properties': { arm: [{ to: 'model:properties.properties.source', example: [{ source: 'train.py' }, 'train.py'] }] },
  'model.stage': { arm: [{ to: 'model:properties.stage', example: ['Development', 'Development'] }] },
  'model.$schema': SCHEMA,
  'code_configuration.code': { asset: 'the folder uploaded as the deployment code (codeConfiguration.codeId)' },
  'code_configuration.scoring_script': { arm: [{ to: 'deployment:properties.codeConfiguration.scoringScript', example: ['score.py', 'score.py'] }] },
  environment: { asset: 'the environment: a registered reference, or a definition registered first' },
  'environment.name': { asset: "the environment's name" },
  'environment.version': { asset: "the environment's version" },
  'environment.image': { arm: [{ to: 'environment:properties.image', example: ['python:3.11-slim', 'python:3.11-slim'] }] },
  'environment.conda_file': { asset: "the environment's conda file" },
  'environment.build.path': { asset: 'the Docker build context, uploaded' },
  'environment.build.dockerfile_path': {
    arm: [{ to: 'environment:properties.build.dockerfilePath', example: ['docker/Dockerfile', 'docker/Dockerfile'], with: { 'environment.build.path': '.' } }],
  },
  'environment.description': { arm: [{ to: 'environment:properties.description', example: ['scoring env', 'scoring env'] }] },
  'environment.tags': { arm: [{ to: 'environment:properties.tags.os', example: [{ os: 'debian' }, 'debian'] }] },
  'environment.os_type': { arm: [{ to: 'environment:properties.osType', example: ['linux', 'Linux'] }] },
  'environment.inference_config': {
    arm: [
      {
        to: 'environment:properties.inferenceConfig.livenessRoute',
        example: [{ liveness_route: { path: '/live', port: 8080 } }, { path: '/live', port: 8080 }],
      },
    ],
  },
  'environment.$schema': SCHEMA,
  environment_variables: { arm: [{ to: 'deployment:properties.environmentVariables.MODE', example: [{ MODE: 'strict' }, 'strict'] }] },
  instance_type: { arm: [{ to: 'deployment:properties.instanceType', example: ['Standard_DS3_v2', 'Standard_DS3_v2'] }] },
  instance_count: { arm: [{ to: 'deployment:sku.capacity', example: [3, 3] }] },
  app_insights_enabled: { arm: [{ to: 'deployment:properties.appInsightsEnabled', example: [true, true] }] },
  egress_public_network_access: { arm: [{ to: 'deployment:properties.egressPublicNetworkAccess', target: 'aci', example: ['disabled', 'Disabled'] }] },
  'scale_settings.type': {
    arm: [{ to: 'deployment:properties.scaleSettings.scaleType', target: 'aks', example: ['target_utilization', 'TargetUtilization'] }],
  },
  'scale_settings.min_instances': {
    arm: [{ to: 'deployment:properties.scaleSettings.minInstances', target: 'aks', example: [2, 2], with: TARGET_UTILIZATION }],
  },
  'scale_settings.max_instances': {
    arm: [{ to: 'deployment:properties.scaleSettings.maxInstances', target: 'aks', example: [6, 6], with: TARGET_UTILIZATION }],
  },
  'scale_settings.polling_interval': {
    arm: [{ to: 'deployment:properties.scaleSettings.pollingInterval', target: 'aks', example: [10, 'PT10S'], with: TARGET_UTILIZATION }],
  },
  'scale_settings.target_utilization_percentage': {
    arm: [{ to: 'deployment:properties.scaleSettings.targetUtilizationPercentage', target: 'aks', example: [55, 55], with: TARGET_UTILIZATION }],
  },
  'request_settings.request_timeout_ms': { arm: [{ to: 'deployment:properties.requestSettings.requestTimeout', example: [1500, 'PT1.5S'] }] },
  'request_settings.max_concurrent_requests_per_instance': {
    arm: [{ to: 'deployment:properties.requestSettings.maxConcurrentRequestsPerInstance', example: [3, 3] }],
  },
  'request_settings.max_queue_wait_ms': { arm: [{ to: 'deployment:properties.requestSettings.maxQueueWait', example: [500, 'PT0.5S'] }] },
  ...probeFields('liveness_probe'),
  ...probeFields('readiness_probe'),
  ...resourceFields('requests'),
  ...resourceFields('limits'),
  data_collector: { refuse: 'mlship does not configure the data collector yet', hint: 'remove it, or deploy this deployment with az ml' },
  private_network_connection: {
    refuse: 'the legacy network isolation flag is replaced by egress_public_network_access',
    hint: 'remove it and set egress_public_network_access: disabled',
    unless: isFalse,
  },
  with_package: { refuse: 'model packaging is not supported', hint: 'remove it', unless: isFalse },
};

export const V2_ENDPOINT_FIELDS: FieldMap = {
  $schema: SCHEMA,
  name: { mlship: "the endpoint's name (in its ARM path)" },
  auth_mode: {
    arm: [
      { to: 'endpoint:properties.authMode', example: ['aad_token', 'AADToken'] },
      { to: 'endpoint:properties.authMode', example: ['Key', 'Key'] },
    ],
  },
  description: { arm: [{ to: 'endpoint:properties.description', example: ['fraud scoring', 'fraud scoring'] }] },
  tags: { arm: [{ to: 'endpoint:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
  properties: { arm: [{ to: 'endpoint:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
  compute: { mlship: "the Kubernetes compute (aks); its ARM id becomes the endpoint's compute" },
  traffic: {
    refuse: 'traffic moves only after a deployment is healthy and smoke-tested, so a second source would be overruled',
    hint: "remove it, and give deploy-model's traffic input (e.g. 10% then 100%)",
  },
  mirror_traffic: { refuse: 'mirrored traffic is not supported yet', hint: 'remove it' },
  public_network_access: { arm: [{ to: 'endpoint:properties.publicNetworkAccess', example: ['disabled', 'Disabled'] }] },
  identity: {
    arm: [
      {
        to: 'endpoint:identity',
        example: [
          {
            type: 'user_assigned',
            user_assigned_identities: [{ resource_id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scorer' }],
          },
          {
            type: 'UserAssigned',
            userAssignedIdentities: { '/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scorer': {} },
          },
        ],
      },
    ],
  },
  kind: { arm: [{ to: 'endpoint:kind', example: ['Managed', 'Managed'] }] },
};

export const V2_ENVIRONMENT_FIELDS: FieldMap = {
  $schema: SCHEMA,
  name: { asset: "the environment's name" },
  version: { asset: "the environment's version" },
  image: { arm: [{ to: 'environment:properties.image', example: ['python:3.11-slim', 'python:3.11-slim'] }] },
  conda_file: { asset: "the environment's conda file" },
  'build.path': { asset: 'the Docker build context, uploaded' },
  'build.dockerfile_path': {
    arm: [{ to: 'environment:properties.build.dockerfilePath', example: ['Dockerfile.gpu', 'Dockerfile.gpu'], with: { 'build.path': '.' } }],
  },
  description: { arm: [{ to: 'environment:properties.description', example: ['scoring env', 'scoring env'] }] },
  tags: { arm: [{ to: 'environment:properties.tags.os', example: [{ os: 'debian' }, 'debian'] }] },
  os_type: { arm: [{ to: 'environment:properties.osType', example: ['Linux', 'Linux'] }] },
  inference_config: {
    arm: [
      {
        to: 'environment:properties.inferenceConfig.scoringRoute',
        example: [{ scoring_route: { path: '/score', port: 5001 } }, { path: '/score', port: 5001 }],
      },
    ],
  },
};

export const V2_MODEL_FIELDS: FieldMap = {
  $schema: SCHEMA,
  name: { asset: "the model's name" },
  version: { asset: 'the number the files are registered as (refused if it holds other files); without it, the same files reuse their version' },
  path: { asset: 'the model files, uploaded and registered' },
  type: { arm: [{ to: 'model:properties.modelType', example: ['mlflow_model', 'mlflow_model'] }] },
  description: { arm: [{ to: 'model:properties.description', example: ['ridge v2', 'ridge v2'] }] },
  tags: { arm: [{ to: 'model:properties.tags.stage', example: [{ stage: 'candidate' }, 'candidate'] }] },
  properties: { arm: [{ to: 'model:properties.properties.source', example: [{ source: 'train.py' }, 'train.py'] }] },
  stage: { arm: [{ to: 'model:properties.stage', example: ['Development', 'Development'] }] },
};
