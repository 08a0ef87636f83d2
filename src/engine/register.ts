import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';
import { formatBytes } from './format.js';
import { assetNameProblem } from './naming.js';
import type { Target } from './target.js';
import type { RegisteredModelVersion } from './assets.js';
import type { EngineContext } from './context.js';

export interface RegisterModelOptions {
  name: string;
  path: string;
  tags: Record<string, string>;
  description?: string;
}

export interface RegisteredModel extends RegisteredModelVersion {
  modelId: string;
}

/**
 * Registers a model file or folder. Content decides: the same bytes under the same name return
 * the existing version (`reused`), so reruns make no new versions.
 * @throws ConfigError for a bad name or a path that does not exist.
 */
export async function registerModel(ctx: EngineContext, target: Target, options: RegisterModelOptions): Promise<RegisteredModel> {
  const problem = assetNameProblem(options.name);
  if (problem) throw new ConfigError(`model-name: ${problem}`);
  // A datastore URI or a job output (azureml://...) is registered where it is, without upload.
  const isUri = /^azureml:\/\//.test(options.path);
  const path = isUri ? options.path : resolve(options.path);
  if (!isUri && !existsSync(path)) throw new ConfigError(`model-path: ${options.path} does not exist (resolved to ${path}); give the model file or folder`);
  if (isUri && target.name === 'local')
    throw new ConfigError(`model-path: ${options.path} is in an Azure ML workspace; register it with target aci or aks, or download it first`);
  const model = await target.assets.registerModel({ ...options, path, tags: { ...ctx.tags, ...options.tags }, logger: ctx.logger });
  ctx.logger.info(
    model.reused
      ? `Model ${model.name}:${model.version} already holds this content (sha256 ${model.hash.slice(0, 12)}): reused, no new version.`
      : `Registered model ${model.name}:${model.version}: ${model.files} file(s), ${formatBytes(model.bytes)}, sha256 ${model.hash.slice(0, 12)}.`,
  );
  return { modelId: `${model.name}:${model.version}`, ...model };
}
