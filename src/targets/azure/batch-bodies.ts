import type { BatchDeploymentSpec } from '../../engine/batch-spec.js';
import { isoDuration } from './instance-types.js';

/**
 * ARM bodies for batchEndpoints and batchDeployments (azure-rest-api-specs, BatchEndpointProperties
 * and BatchDeploymentProperties; the recorded session in azure-recordings/batch_services shows the
 * endpoint body azure-ai-ml sends). Both are tracked resources: each carries its location.
 */

export interface BatchEndpointBody {
  location: string;
  tags: Record<string, string>;
  properties: { authMode: 'AADToken'; description?: string; properties?: Record<string, string>; defaults?: { deploymentName?: string } };
}

export function batchEndpointBody(options: {
  spec: BatchDeploymentSpec;
  location: string;
  tags: Record<string, string>;
  defaultDeployment?: string;
}): BatchEndpointBody {
  const e = options.spec.endpoint;
  return {
    location: options.location,
    tags: options.tags,
    properties: {
      authMode: 'AADToken',
      ...(e.description ? { description: e.description } : {}),
      ...(e.properties ? { properties: e.properties } : {}),
      ...(options.defaultDeployment ? { defaults: { deploymentName: options.defaultDeployment } } : {}),
    },
  };
}

/** az ml's logging levels as ARM's BatchLoggingLevel. */
const LOGGING_LEVEL = { debug: 'Debug', info: 'Info', warning: 'Warning' } as const;

export function batchDeploymentBody(options: {
  spec: BatchDeploymentSpec;
  location: string;
  workspaceId: string;
  codeId: string;
  modelId: string;
  environmentId: string;
  tags: Record<string, string>;
}) {
  const d = options.spec.deployment;
  const s = d.settings;
  return {
    location: options.location,
    tags: options.tags,
    properties: {
      ...(d.description ? { description: d.description } : {}),
      ...(d.properties ? { properties: d.properties } : {}),
      codeConfiguration: { codeId: options.codeId, scoringScript: options.spec.code!.entryScript },
      environmentId: options.environmentId,
      model: { referenceType: 'Id', assetId: options.modelId },
      compute: `${options.workspaceId}/computes/${d.compute}`,
      resources: {
        instanceCount: d.instanceCount,
        ...(d.instanceType ? { instanceType: d.instanceType } : {}),
        ...(d.resourceProperties ? { properties: d.resourceProperties } : {}),
      },
      miniBatchSize: s.miniBatchSize,
      maxConcurrencyPerInstance: s.maxConcurrencyPerInstance,
      outputAction: s.outputAction === 'summary_only' ? 'SummaryOnly' : 'AppendRow',
      outputFileName: s.outputFileName,
      retrySettings: { maxRetries: s.maxRetries, timeout: isoDuration(s.retryTimeoutSeconds * 1000) },
      errorThreshold: s.errorThreshold,
      loggingLevel: LOGGING_LEVEL[s.loggingLevel],
      environmentVariables: s.environmentVariables,
    },
  };
}
