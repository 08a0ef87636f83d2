import type { definitions } from '../../azure/generated/ml-api.js';
import type { OnlineDeployment, OnlineEndpoint } from '../../azure/resources.js';
import type { AuthMode, DeploymentSpec, KubernetesQuantities } from '../../engine/spec.js';
import { instanceTypeFor, isoDuration } from './instance-types.js';

type DeploymentProperties = definitions['KubernetesOnlineDeployment'] & {
  scaleSettings?: definitions['TargetUtilizationScaleSettings'] | definitions['DefaultScaleSettings'];
};

/** az ml's auth_mode for ARM's `authMode`. Azure has no endpoint without auth: `none` (a v1 ACI default) is Key. */
export function endpointAuthMode(mode: AuthMode): 'Key' | 'AMLToken' | 'AADToken' {
  return mode === 'aml_token' ? 'AMLToken' : mode === 'aad_token' ? 'AADToken' : 'Key';
}

/** ARM's `authMode` in the spec's words. */
export function authModeOf(mode: string | undefined): AuthMode {
  return mode === 'AMLToken' ? 'aml_token' : mode === 'AADToken' ? 'aad_token' : 'key';
}

/** The OnlineEndpoint PUT body for a new endpoint. */
export function endpointBody(options: { spec: DeploymentSpec; location: string; tags: Record<string, string>; computeId?: string }): OnlineEndpoint {
  const e = options.spec.endpoint;
  const identity = e.identity ?? { type: 'SystemAssigned' };
  return {
    location: options.location,
    tags: options.tags,
    ...(e.kind ? { kind: e.kind } : {}),
    identity: {
      type: identity.type,
      ...(identity.userAssigned?.length ? { userAssignedIdentities: Object.fromEntries(identity.userAssigned.map((id) => [id, {}])) } : {}),
    },
    properties: {
      authMode: endpointAuthMode(e.authMode),
      description: e.description,
      ...(e.properties ? { properties: e.properties } : {}),
      ...(e.publicNetworkAccess ? { publicNetworkAccess: e.publicNetworkAccess } : {}),
      ...(options.computeId ? { compute: options.computeId } : {}),
    },
  };
}

/** The OnlineDeployment PUT body (api-version 2026-07-01) for a spec: managed for aci, Kubernetes for aks. */
export function deploymentBody(options: {
  spec: DeploymentSpec;
  kind: 'aci' | 'aks';
  location: string;
  codeId: string;
  modelId?: string;
  environmentId: string;
  tags: Record<string, string>;
}): OnlineDeployment & { properties: DeploymentProperties } {
  const d = options.spec.deployment;
  const managed = options.kind === 'aci';
  const probe = (p: NonNullable<typeof d.liveness>): definitions['ProbeSettings'] => ({
    initialDelay: isoDuration(p.initialDelaySeconds * 1000),
    period: isoDuration(p.periodSeconds * 1000),
    timeout: isoDuration(p.timeoutSeconds * 1000),
    failureThreshold: p.failureThreshold,
    successThreshold: p.successThreshold,
  });
  const properties: DeploymentProperties = {
    endpointComputeType: managed ? 'Managed' : 'Kubernetes',
    description: d.description,
    ...(d.properties ? { properties: d.properties } : {}),
    ...(managed && d.egressPublicNetworkAccess ? { egressPublicNetworkAccess: d.egressPublicNetworkAccess } : {}),
    model: options.modelId,
    codeConfiguration: { codeId: options.codeId, scoringScript: options.spec.code.entryScript },
    environmentId: options.environmentId,
    environmentVariables: { ...options.spec.environment.environmentVariables, ...d.environmentVariables },
    instanceType: d.instanceType ?? (managed ? instanceTypeFor(d.cpu, d.memoryGb) : undefined),
    appInsightsEnabled: d.appInsights,
    requestSettings: {
      requestTimeout: isoDuration(d.requestTimeoutMs),
      maxConcurrentRequestsPerInstance: d.maxConcurrentRequests,
      maxQueueWait: isoDuration(d.maxQueueWaitMs),
    },
    scaleSettings: d.scale
      ? {
          scaleType: 'TargetUtilization',
          minInstances: d.scale.minInstances,
          maxInstances: d.scale.maxInstances,
          targetUtilizationPercentage: d.scale.targetUtilization,
          pollingInterval: isoDuration(d.scale.pollingIntervalSeconds * 1000),
        }
      : { scaleType: 'Default' },
    ...(d.liveness ? { livenessProbe: probe(d.liveness) } : {}),
    ...(d.readiness ? { readinessProbe: probe(d.readiness) } : {}),
  };
  const resources = d.kubernetesResources;
  if (!managed && resources) {
    const requests = quantities(resources.requests);
    const limits = quantities(resources.limits);
    properties.containerResourceRequirements = {
      ...(requests ? { containerResourceRequests: requests } : {}),
      ...(limits ? { containerResourceLimits: limits } : {}),
    };
  }
  return { location: options.location, tags: options.tags, sku: { name: 'Default', capacity: d.scale?.minInstances ?? d.instanceCount }, properties };
}

/** Kubernetes quantities as ARM takes them; undefined when none is set. */
function quantities(q: KubernetesQuantities): definitions['ContainerResourceSettings'] | undefined {
  const set = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));
  return Object.keys(set).length ? set : undefined;
}
