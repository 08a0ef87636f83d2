import type { definitions } from '../../azure/generated/ml-api.js';
import type { OnlineDeployment, OnlineEndpoint } from '../../azure/resources.js';
import type { AuthMode, DeploymentSpec } from '../../engine/spec.js';
import { instanceTypeFor, isoDuration } from './instance-types.js';

type DeploymentProperties = definitions['KubernetesOnlineDeployment'] & {
  scaleSettings?: definitions['TargetUtilizationScaleSettings'] | definitions['DefaultScaleSettings'];
};

export function endpointAuthMode(mode: AuthMode): 'Key' | 'AMLToken' {
  return mode === 'aml_token' ? 'AMLToken' : 'Key';
}

/** The spec's auth mode for Azure's: Entra ID tokens and aml tokens are both bearer tokens the caller obtains. */
export function authModeOf(mode: string | undefined): AuthMode {
  return mode === 'Key' ? 'key' : 'aml_token';
}

/** The OnlineEndpoint PUT body for a new endpoint. */
export function endpointBody(options: { spec: DeploymentSpec; location: string; tags: Record<string, string>; computeId?: string }): OnlineEndpoint {
  return {
    location: options.location,
    tags: options.tags,
    identity: { type: 'SystemAssigned' },
    properties: {
      authMode: endpointAuthMode(options.spec.endpoint.authMode),
      description: options.spec.endpoint.description,
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
  if (!managed && (d.cpu || d.memoryGb)) {
    properties.containerResourceRequirements = {
      containerResourceRequests: { cpu: d.cpu ? String(d.cpu) : undefined, memory: d.memoryGb ? `${Math.ceil(d.memoryGb * 1024)}Mi` : undefined },
    };
  }
  return { location: options.location, tags: options.tags, sku: { name: 'Default', capacity: d.scale?.minInstances ?? d.instanceCount }, properties };
}
