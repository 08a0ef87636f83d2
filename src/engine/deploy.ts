import { createHash } from 'node:crypto';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DeployResult, Target } from '../targets/target.js';
import { registryOf, type EngineContext } from './context.js';
import { registerEnvironment } from './environment.js';
import { OperationError } from './errors.js';
import { hashAsset, hashJson } from './hash.js';
import type { DeploymentSpec, ModelRef } from './spec.js';

export interface ResolvedModel {
  /** Folder that becomes AZUREML_MODEL_DIR. */
  modelDir: string;
  /** `name:version` when registered. */
  modelId?: string;
  hash: string;
}

/**
 * Finds the files of a model reference: a registered version (`latest` resolved to a number), or
 * a path deployed without registering, staged so AZUREML_MODEL_DIR/<folder name> holds it as on Azure.
 * @throws OperationError when a registered model or version does not exist.
 */
export async function resolveModel(ctx: EngineContext, ref: ModelRef): Promise<ResolvedModel> {
  if (ref.kind === 'registered') {
    const registry = registryOf(ctx);
    const model = await registry.getModel(ref.name, ref.version);
    if (!model) {
      const versions = (await registry.listModels(ref.name)).map((v) => v.version);
      throw new OperationError(
        `model ${ref.name}:${ref.version} is not registered${versions.length ? ` (versions: ${versions.join(', ')})` : ''}. Register it first (register-model), or pass a path as model to deploy files without registering.`,
        `model ${ref.name}`,
      );
    }
    if (ref.version === 'latest') ctx.logger.info(`${ref.name}@latest resolved to ${model.name}:${model.version}.`);
    return { modelDir: model.modelDir, modelId: `${model.name}:${model.version}`, hash: model.hash };
  }
  const content = await hashAsset(ref.path);
  const staging = join(ctx.home, 'staging', createHash('sha256').update(ref.path).digest('hex').slice(0, 16));
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await symlink(ref.path, join(staging, basename(ref.path)));
  return { modelDir: staging, hash: content.hash };
}

export interface DeployOutcome extends DeployResult {
  modelId?: string;
  environmentId: string;
  specHash: string;
}

/**
 * Deploys a spec to a target: resolves the model, registers the environment, hashes everything
 * that defines the deployment, and lets the target create, update or leave it. An unchanged
 * spec on a running deployment changes nothing.
 */
export async function deploy(ctx: EngineContext, spec: DeploymentSpec, target: Target): Promise<DeployOutcome> {
  const model = spec.model ? await resolveModel(ctx, spec.model) : undefined;
  const environment = await registerEnvironment(ctx, spec.environment);
  const specHash = await deploymentHash(spec, model?.hash, environment.hash);
  const result = await target.deploy(
    { spec, modelDir: model?.modelDir, modelId: model?.modelId, environmentId: environment.environmentId, specHash, tags: ctx.tags },
    ctx.logger,
  );
  ctx.logger.info(
    result.unchanged
      ? `Deployment ${result.endpointName}/${result.deploymentName} already runs this exact spec: no change.`
      : `Deployment ${result.endpointName}/${result.deploymentName} is starting at ${result.scoringUri}.`,
  );
  return { ...result, modelId: model?.modelId, environmentId: environment.environmentId, specHash };
}

/** Hash of everything that, changed, requires a new deployment: model, code, environment, settings. */
export async function deploymentHash(spec: DeploymentSpec, modelHash: string | undefined, environmentHash: string): Promise<string> {
  const code = await hashAsset(spec.code.directory);
  const { tags: _tags, ...settings } = spec.deployment;
  return hashJson({ model: modelHash, code: code.hash, entry: spec.code.entryScript, environment: environmentHash, settings, auth: spec.endpoint.authMode });
}
