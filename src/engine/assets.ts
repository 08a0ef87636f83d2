import type { Logger } from './logger.js';
import type { EnvironmentSpec, ModelRef } from './spec.js';

export interface ModelToRegister {
  name: string;
  /** Absolute path of the file or folder. */
  path: string;
  tags: Record<string, string>;
  description?: string;
  /** The version to register as; the next number (or the one holding this content) when absent. */
  version?: string;
  /** custom_model unless the config says otherwise (mlflow_model, triton_model). */
  modelType?: string;
  properties?: Record<string, string>;
  stage?: string;
  /** Told how hashing a large model goes (it reads every byte). */
  logger?: Logger;
}

/** What registering a model given by its files carries, from its spec (az ml model YAML fields). */
export function registrationOf(ref: Extract<ModelRef, { kind: 'path' }>, name: string): ModelToRegister {
  return {
    name,
    path: ref.path,
    version: ref.version,
    tags: ref.tags ?? {},
    description: ref.description,
    modelType: ref.modelType,
    properties: ref.properties,
    stage: ref.stage,
  };
}

export interface RegisteredModelVersion {
  name: string;
  version: string;
  reused: boolean;
  hash: string;
  files: number;
  bytes: number;
  /** Bytes sent to storage by this registration (0 when reused or local). */
  uploadedBytes: number;
}

/** A model ready to deploy, in whichever form the target needs. */
export interface ResolvedModel {
  /** `name:version` when registered. */
  modelId?: string;
  /** Folder that becomes AZUREML_MODEL_DIR (local target). */
  modelDir?: string;
  /** ARM id of the model version (Azure targets). */
  armId?: string;
  /** Content hash, when known: part of the deployment's spec hash. */
  hash?: string;
}

export interface RegisteredEnvironment {
  name: string;
  version: string;
  reused: boolean;
  /** True when the requested version held other content and the next number was used. */
  renumbered: boolean;
  /** ARM id of the environment version (Azure targets). */
  armId?: string;
}

/**
 * Where a target keeps models and environments: the local registry under the state folder, or
 * the Azure ML workspace. Versions are immutable; the same content reuses its version.
 */
export interface AssetRegistry {
  /** A model's versions with their tags (stage records live in tags). */
  modelVersions(name: string): Promise<{ version: string; tags: Record<string, string> }[]>;
  /** Merges `tags` into a model version's tags; its files never change. */
  tagModel(name: string, version: string, tags: Record<string, string>): Promise<void>;
  /**
   * True where a model deployed from a path is registered first (Azure, as `az ml` does it, under
   * its own name or `pathModelName`); false where the files are used in place (local).
   */
  readonly registersPathModels: boolean;
  readonly pathModelName: string;
  registerModel(model: ModelToRegister): Promise<RegisteredModelVersion>;
  /**
   * Resolves `latest` to a number; a path model is registered first where `registersPathModels`.
   * `hash` is the content hash where known, so plan and deploy key a model alike.
   * @throws NotFoundError when it is not registered.
   */
  resolveModel(ref: ModelRef): Promise<ResolvedModel>;
  /** The version of `name` holding content with this hash, if any. */
  findModel(name: string, hash: string): Promise<string | undefined>;
  registerEnvironment(env: EnvironmentSpec, name: string, hash: string): Promise<RegisteredEnvironment>;
  /**
   * An environment the config names by reference (`azureml:name:version`, `azureml:name@latest`,
   * a curated `AzureML-…` one, a registry URI): used as it is, never registered again.
   * @throws NotFoundError when the workspace has no such environment.
   */
  resolveEnvironment?(reference: string): Promise<RegisteredEnvironment>;
  /** Whether a version with this environment's hash exists, and which. */
  findEnvironment(name: string, hash: string): Promise<string | undefined>;
  /** False when it was already gone. */
  deleteModel(name: string, version: string): Promise<boolean>;
}

/** An environment ready for a deployment: registered (or reused) on the target. */
export interface BuiltEnvironment {
  environmentId: string;
  name: string;
  version: string;
  reused: boolean;
  hash: string;
  armId?: string;
}
