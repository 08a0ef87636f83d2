type Json = Record<string, any>;

/**
 * What Azure fills in that the client did not send, as the recordings of real Azure show it
 * (../shared/azure-recordings: test_online_deployment_create, test_crud_file,
 * test_environment_create_conda). Microsoft's SDK reads these fields back and fails without them.
 * What the client sent always wins.
 */
export function endpointDefaults(id: string, properties: Json, asyncOperationUri: string): Json {
  return {
    description: null,
    compute: null,
    traffic: {},
    mirrorTraffic: {},
    publicNetworkAccess: 'Enabled',
    ...properties,
    properties: { ...(properties.properties as Json | undefined), 'azureml.onlineendpointid': id.toLowerCase(), AzureAsyncOperationUri: asyncOperationUri },
  };
}

const PROBE = { failureThreshold: 30, successThreshold: 1, timeout: 'PT2S', period: 'PT10S', initialDelay: 'PT10S' };

export function deploymentDefaults(properties: Json, asyncOperationUri: string): Json {
  const managed = properties.endpointComputeType !== 'Kubernetes';
  return {
    description: null,
    environmentVariables: {},
    scaleSettings: { scaleType: 'Default' },
    requestSettings: { maxQueueWait: 'PT0S', requestTimeout: 'PT5S', maxConcurrentRequestsPerInstance: 1 },
    modelMountPath: null,
    appInsightsEnabled: false,
    livenessProbe: PROBE,
    readinessProbe: PROBE,
    ...(managed ? { egressPublicNetworkAccess: 'Enabled' } : {}),
    dataCollector: null,
    ...properties,
    properties: { ...(properties.properties as Json | undefined), AzureAsyncOperationUri: asyncOperationUri },
  };
}

/** The sku Azure answers for a deployment: `Default`, tier Standard, the capacity asked for (1 by default). */
export function deploymentSku(sku: Json | undefined): Json {
  return { name: 'Default', tier: 'Standard', capacity: 1, ...sku };
}

/** Asset versions (models, environments, codes) and their containers. */
export function assetVersionDefaults(kind: string, properties: Json): Json {
  const common = { description: null, tags: {}, properties: {}, isArchived: false, isAnonymous: false, autoDeleteSetting: null, intellectualProperty: null };
  if (kind === 'models')
    return { ...common, flavors: {}, jobName: null, stage: properties.isAnonymous ? 'Logged' : 'Development', ...properties, provisioningState: 'Succeeded' };
  if (kind === 'environments')
    return {
      ...common,
      environmentType: 'UserCreated',
      osType: 'Linux',
      autoRebuild: 'Disabled',
      stage: properties.isAnonymous ? 'Logged' : 'Development',
      ...properties,
      provisioningState: 'Succeeded',
    };
  return { ...common, ...properties, provisioningState: 'Succeeded' };
}

export function containerProperties(latestVersion: string, previous: Json | undefined): Json {
  const latest = Number(latestVersion);
  const previousLatest = Number(previous?.latestVersion);
  const newest = Number.isFinite(previousLatest) && previousLatest > latest ? String(previousLatest) : latestVersion;
  return {
    description: null,
    tags: {},
    properties: {},
    isArchived: false,
    ...previous,
    latestVersion: newest,
    nextVersion: Number.isFinite(Number(newest)) ? String(Number(newest) + 1) : null,
    provisioningState: 'Succeeded',
  };
}
