import { copyFile, cp, mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigError, NotFoundError } from './errors.js';
import type { Logger } from './logger.js';
import { hashAsset, modelIdentity, type AssetContent } from './hash.js';
import { damagedState, insideState, readJson, withLock, writeJsonAtomic } from './state.js';
import { highestVersion } from './versions.js';

export interface ModelVersion {
  name: string;
  version: string;
  /** The model's identity (modelIdentity: bytes and layout); older entries hold the content hash alone. */
  hash: string;
  /** Folder that plays AZUREML_MODEL_DIR: it holds the model file or folder under its own name. */
  modelDir: string;
  files: number;
  bytes: number;
  tags: Record<string, string>;
  description?: string;
  createdAt: string;
}

export interface EnvironmentVersion {
  name: string;
  version: string;
  hash: string;
  spec: unknown;
  createdAt: string;
}

interface RegistryFile {
  models: Record<string, ModelVersion[]>;
  environments: Record<string, EnvironmentVersion[]>;
}

/**
 * The local registry: models and environments with versions, tags and content hashes, kept as
 * JSON under the state folder. Versions are immutable; registering the same content again
 * returns the existing version instead of making a new one.
 */
export class LocalRegistry {
  private readonly file: string;

  constructor(readonly home: string) {
    this.file = join(home, 'registry.json');
  }

  private async read(): Promise<RegistryFile> {
    const registry = await readJson<unknown>(this.file);
    if (registry === undefined) return { models: {}, environments: {} };
    const problem = registryProblem(registry);
    if (problem) throw damagedState(this.file, problem, 'local models and environments are then registered again on their next use');
    return registry as RegistryFile;
  }

  private async update<T>(fn: (registry: RegistryFile) => Promise<T>): Promise<T> {
    return withLock(this.file, async () => {
      const registry = await this.read();
      const result = await fn(registry);
      await writeJsonAtomic(this.file, registry);
      return result;
    });
  }

  /** Registers a file or folder; the same content under the same name reuses its version. */
  async registerModel(options: {
    name: string;
    path: string;
    tags: Record<string, string>;
    description?: string;
    version?: string;
    logger?: Logger;
  }): Promise<{ model: ModelVersion; reused: boolean }> {
    const content = await hashAsset(options.path, options.logger);
    if (content.files.length === 0) throw new ConfigError(`model-path: ${options.path} holds no files (after .amlignore/.gitignore)`);
    return this.update(async (registry) => {
      const versions = (registry.models[options.name] ??= []);
      const identity = modelIdentity(content);
      const pinned = options.version === undefined ? undefined : versions.find((v) => v.version === options.version);
      if (pinned && pinned.hash !== identity)
        throw new ConfigError(
          `model ${options.name}:${options.version} already exists with other files (or another layout); raise the version, or remove it to number versions by content`,
        );
      const same = options.version === undefined ? versions.find((v) => v.hash === identity) : pinned;
      if (same) {
        // The content is immutable; tags are not: new ones given for the same content are kept.
        same.tags = { ...same.tags, ...options.tags };
        if (options.description) same.description = options.description;
        return { model: same, reused: true };
      }
      const version = options.version ?? String(highestVersion(versions.map((v) => v.version)) + 1);
      const modelDir = join(this.home, 'models', options.name, version);
      await rm(modelDir, { recursive: true, force: true });
      await copyAssetFiles(content, options.path, join(modelDir, basename(options.path)));
      const model: ModelVersion = {
        name: options.name,
        version,
        hash: identity,
        modelDir,
        files: content.files.length,
        bytes: content.totalBytes,
        tags: options.tags,
        description: options.description,
        createdAt: new Date().toISOString(),
      };
      versions.push(model);
      return { model, reused: false };
    });
  }

  /** Resolves `latest` to the highest version. */
  async getModel(name: string, version: string): Promise<ModelVersion | undefined> {
    const versions = (await this.read()).models[name] ?? [];
    const found =
      version === 'latest'
        ? versions.reduce<ModelVersion | undefined>((best, v) => (!best || Number(v.version) > Number(best.version) ? v : best), undefined)
        : versions.find((v) => v.version === version);
    // A deployment reads its model from this folder: only ever one of the registry's own.
    if (found) insideState(found.modelDir, join(this.home, 'models'), this.file, `the folder of model ${name}:${found.version}`);
    return found;
  }

  async listModels(name: string): Promise<ModelVersion[]> {
    return (await this.read()).models[name] ?? [];
  }

  /** Merges tags into a version's. @throws NotFoundError when the version does not exist. */
  async tagModel(name: string, version: string, tags: Record<string, string>): Promise<void> {
    await this.update(async (registry) => {
      const model = (registry.models[name] ?? []).find((v) => v.version === version);
      if (!model) throw new NotFoundError(`model ${name}:${version} is not registered`, `model ${name}`);
      model.tags = { ...model.tags, ...tags };
    });
  }

  /** Deletes one model version and its files; false when it was already gone. */
  async deleteModel(name: string, version: string): Promise<boolean> {
    return this.update(async (registry) => {
      const versions = registry.models[name] ?? [];
      const index = versions.findIndex((v) => v.version === version);
      if (index < 0) return false;
      const [removed] = versions.splice(index, 1);
      // Only ever a folder of the registry's own: the file may have been edited.
      await rm(insideState(removed!.modelDir, join(this.home, 'models'), this.file, `the folder of model ${name}:${version}`), {
        recursive: true,
        force: true,
      });
      if (versions.length === 0) delete registry.models[name];
      return true;
    });
  }

  /**
   * Records an environment version. A spec seen before under this name is reused. A requested
   * version that already holds other content gets the next free number instead (`renumbered`),
   * as Azure ML v1 did when an environment was registered again.
   */
  async registerEnvironment(options: {
    name: string;
    version?: string;
    hash: string;
    spec: unknown;
  }): Promise<{ environment: EnvironmentVersion; reused: boolean; renumbered: boolean }> {
    return this.update(async (registry) => {
      const versions = (registry.environments[options.name] ??= []);
      const same = versions.find((v) => v.hash === options.hash);
      if (same) return { environment: same, reused: true, renumbered: false };
      const taken = options.version !== undefined && versions.some((v) => v.version === options.version);
      const next = String(highestVersion(versions.map((v) => v.version)) + 1);
      const version = options.version && !taken ? options.version : next;
      const environment: EnvironmentVersion = { name: options.name, version, hash: options.hash, spec: options.spec, createdAt: new Date().toISOString() };
      versions.push(environment);
      return { environment, reused: false, renumbered: taken };
    });
  }

  async listEnvironments(name: string): Promise<EnvironmentVersion[]> {
    return (await this.read()).environments[name] ?? [];
  }
}

/** What is wrong with a registry file's shape, checked in one pass (it may hold many versions). */
function registryProblem(value: unknown): string | undefined {
  if (!isObject(value) || !isObject(value.models) || !isObject(value.environments)) return 'is not a registry (no "models" and "environments" objects)';
  for (const [kind, group] of [
    ['models', value.models],
    ['environments', value.environments],
  ] as const) {
    for (const [name, versions] of Object.entries(group)) {
      if (!Array.isArray(versions)) return `holds ${kind}.${name} that is not a list of versions`;
      for (const v of versions as unknown[]) {
        if (!isObject(v) || typeof v.version !== 'string' || typeof v.hash !== 'string' || (kind === 'models' && typeof v.modelDir !== 'string'))
          return `holds a version of ${kind}.${name} without its version, hash${kind === 'models' ? ' or folder' : ''}`;
      }
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies an asset's files (a single file, or a folder's listed files) to `target`, as real files. */
export async function copyAssetFiles(content: AssetContent, source: string, target: string): Promise<void> {
  if (content.files.length === 1 && content.files[0]!.absolutePath === source) {
    await mkdir(dirname(target), { recursive: true });
    await cp(source, target, { dereference: true });
    return;
  }
  // Each folder made once, then the files copied a few at a time (copyFile follows links, as
  // dereference did): a folder of 50,000 small files costs per file what 5,000 do.
  const folders = new Set([target, ...content.files.map((f) => dirname(join(target, f.relativePath)))]);
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < content.files.length) {
      const file = content.files[next++]!;
      await copyFile(file.absolutePath, join(target, file.relativePath));
    }
  };
  await Promise.all(Array.from({ length: COPY_PARALLELISM }, worker));
}

const COPY_PARALLELISM = 16;
