import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AssetRegistry, ModelToRegister, RegisteredEnvironment, RegisteredModelVersion, ResolvedModel } from '../../engine/assets.js';
import { NotFoundError } from '../../engine/errors.js';
import { hashAsset, modelIdentity } from '../../engine/hash.js';
import { copyAssetFiles, LocalRegistry } from '../../engine/registry.js';
import type { EnvironmentSpec, ModelRef } from '../../engine/spec.js';

/** The local target's assets: the JSON registry and model copies under the state folder. */
export class LocalAssets implements AssetRegistry {
  /** A path model runs from a copy of its files; nothing is registered. */
  readonly registersPathModels = false;
  readonly pathModelName = 'local-path-model';
  private readonly registry: LocalRegistry;

  constructor(private readonly home: string) {
    this.registry = new LocalRegistry(home);
  }

  async registerModel(options: ModelToRegister): Promise<RegisteredModelVersion> {
    const { model, reused } = await this.registry.registerModel(options);
    return { name: model.name, version: model.version, reused, hash: model.hash, files: model.files, bytes: model.bytes, uploadedBytes: 0 };
  }

  /**
   * A registered version (its immutable copy), or a path deployed without registering, staged
   * so that AZUREML_MODEL_DIR/<folder name> holds it, as on Azure.
   */
  async resolveModel(ref: ModelRef): Promise<ResolvedModel> {
    if (ref.kind === 'registered') {
      const model = await this.registry.getModel(ref.name, ref.version);
      if (!model) {
        const versions = (await this.registry.listModels(ref.name)).map((v) => v.version);
        throw new NotFoundError(
          `model ${ref.name}:${ref.version} is not registered${versions.length ? ` (versions: ${versions.join(', ')})` : ''}. Register it first (register-model), or pass a path as model to deploy files without registering.`,
          `model ${ref.name}`,
        );
      }
      return { modelDir: model.modelDir, modelId: `${model.name}:${model.version}`, hash: model.hash };
    }
    // A copy, not a link: os.walk in a score.py does not follow links, so a linked folder would hide the model.
    const content = await hashAsset(ref.path);
    const staging = join(
      this.home,
      'staging',
      createHash('sha256')
        .update(`${basename(ref.path)}\0${content.hash}`)
        .digest('hex')
        .slice(0, 32),
    );
    if (!existsSync(staging)) {
      const tmp = `${staging}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await copyAssetFiles(content, ref.path, join(tmp, basename(ref.path)));
      // Atomic: of two processes staging the same content at once, one complete copy stays.
      await rename(tmp, staging).catch(() => rm(tmp, { recursive: true, force: true }));
    }
    return { modelDir: staging, hash: modelIdentity(content) };
  }

  async modelVersions(name: string): Promise<{ version: string; tags: Record<string, string> }[]> {
    return (await this.registry.listModels(name)).map((v) => ({ version: v.version, tags: { ...v.tags } }));
  }

  tagModel(name: string, version: string, tags: Record<string, string>): Promise<void> {
    return this.registry.tagModel(name, version, tags);
  }

  async findModel(name: string, hash: string): Promise<string | undefined> {
    return (await this.registry.listModels(name)).find((v) => v.hash === hash)?.version;
  }

  async registerEnvironment(env: EnvironmentSpec, name: string, hash: string): Promise<RegisteredEnvironment> {
    const { source: _source, ...spec } = env;
    const { environment, reused, renumbered } = await this.registry.registerEnvironment({ name, version: env.version, hash, spec });
    return { name: environment.name, version: environment.version, reused, renumbered };
  }

  async findEnvironment(name: string, hash: string): Promise<string | undefined> {
    return (await this.registry.listEnvironments(name)).find((v) => v.hash === hash)?.version;
  }

  deleteModel(name: string, version: string): Promise<boolean> {
    return this.registry.deleteModel(name, version);
  }
}
