import type { BatchSettings } from '../engine/batch-spec.js';
import { asEnvironment, asNumber, asString, asStringMap, asTags, type ReadContext } from './context.js';
import { defined, type Fragment } from './fragment.js';
import { deploymentAssets, resourceName } from './v2.js';

type Doc = Record<string, any>;

/** A batch endpoint YAML: name, description, tags, properties (auth is always Microsoft Entra tokens). */
export function fromV2BatchEndpoint(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  return {
    endpoint: defined({
      name: resourceName(ctx, ['name'], doc.name),
      authMode: 'aad_token' as const,
      description: asString(doc.description),
      tags: asTags(ctx, ['tags'], doc.tags),
      properties: doc.properties ? asStringMap(ctx, ['properties'], doc.properties) : undefined,
    }),
    batch: {},
  };
}

/**
 * A model batch deployment YAML. Its settings are under `settings:`, or at the root in the legacy
 * form az ml still reads when the file has no `type` (reference-yaml-deployment-batch.md); a file
 * that writes one setting both ways is refused, since which one wins is not documented.
 */
export function fromV2BatchDeployment(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  const nested = (doc.settings ?? {}) as Doc;
  const setting = (key: string): { value: unknown; path: string[] } => {
    if (nested[key] !== undefined && nested[key] !== null && doc[key] !== undefined && doc[key] !== null)
      ctx.error([key], `is written both at the root and under settings`, `keep settings.${key} and remove the root one`);
    return nested[key] !== undefined && nested[key] !== null ? { value: nested[key], path: ['settings', key] } : { value: doc[key], path: [key] };
  };
  const retry = setting('retry_settings');
  const retryDoc = (retry.value ?? {}) as Doc;
  const variables = setting('environment_variables');
  const level = asString(setting('logging_level').value)?.toLowerCase();
  const action = asString(setting('output_action').value);
  const outputFile = setting('output_file_name');
  const outputFileName = asString(outputFile.value);
  // The driver writes the file into the job's output folder: a name, not a path.
  if (outputFileName !== undefined && !/^[A-Za-z0-9._-]{1,128}$/.test(outputFileName))
    ctx.error(
      outputFile.path,
      `"${outputFileName.slice(0, 80)}" is not a plain file name`,
      'use letters, digits, dots, hyphens and underscores, e.g. predictions.csv',
    );
  const compute = asString(doc.compute)?.replace(/^azureml:/, '');
  if (compute !== undefined && !/^[A-Za-z][A-Za-z0-9-]{1,31}$/.test(compute))
    ctx.error(['compute'], `"${compute.slice(0, 80)}" is not a compute name`, 'name an AmlCompute cluster of the workspace: azureml:cpu-cluster');
  const settings: Partial<BatchSettings> = defined({
    miniBatchSize: asNumber(setting('mini_batch_size').value),
    maxConcurrencyPerInstance: asNumber(setting('max_concurrency_per_instance').value),
    outputAction: action as BatchSettings['outputAction'] | undefined,
    outputFileName,
    maxRetries: asNumber(retryDoc.max_retries),
    retryTimeoutSeconds: asNumber(retryDoc.timeout),
    errorThreshold: asNumber(setting('error_threshold').value),
    loggingLevel: level as BatchSettings['loggingLevel'] | undefined,
    environmentVariables: variables.value ? asEnvironment(ctx, variables.path, variables.value) : undefined,
  });
  const resources = (doc.resources ?? {}) as Doc;
  return {
    ...deploymentAssets(ctx, doc),
    endpoint: defined({ name: resourceName(ctx, ['endpoint_name'], doc.endpoint_name) }),
    deployment: defined({
      name: resourceName(ctx, ['name'], doc.name),
      description: asString(doc.description),
      tags: asTags(ctx, ['tags'], doc.tags),
      properties: doc.properties ? asStringMap(ctx, ['properties'], doc.properties) : undefined,
      instanceType: asString(resources.instance_type),
    }),
    batch: defined({
      compute,
      instanceCount: asNumber(resources.instance_count),
      resourceProperties: resources.properties ? asStringMap(ctx, ['resources', 'properties'], resources.properties) : undefined,
      settings,
      isDeployment: true,
    }),
  };
}
