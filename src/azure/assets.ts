import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { highestVersion } from '../engine/versions.js';
import { stringify } from 'yaml';
import { registrationOf, type AssetRegistry, type ModelToRegister, RegisteredEnvironment, RegisteredModelVersion, ResolvedModel } from '../engine/assets.js';
import { ConfigError, NotFoundError, OperationError } from '../engine/errors.js';
import type { ModelRef } from '../engine/spec.js';
import { hashAsset, modelIdentity } from '../engine/hash.js';
import { startObjectHash } from '../engine/object-hash.js';
import type { Logger } from '../engine/logger.js';
import type { EnvironmentSpec } from '../engine/spec.js';
import type { ArmClient } from './arm-client.js';
import { openWorkspaceDatastore, type Datastore, type DatastoreOptions } from './datastore.js';
import { uploadAsset, type UploadOwner } from './upload.js';

type Json = Record<string, any>;
type Version = { name: string; id: string; properties: Json };

/** Image used when an environment names none: Azure ML's own inference base image. */
export const DEFAULT_IMAGE = 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest';
const HASH_KEY = 'mlship.content-hash';
/** On a model version: its identity (engine/hash.ts modelIdentity), what reuse compares. */
const IDENTITY_KEY = 'mlship.model-identity';

/**
 * Workspace assets (models, environments, code) with content-hash reuse: the hash rides in each
 * version's properties, so an unchanged rerun finds its version with reads only.
 */
export class AzureAssets implements AssetRegistry {
  /** A model deployed from a path is registered first, as `az ml` does. */
  readonly registersPathModels = true;
  readonly pathModelName = 'mlship-unregistered-model';
  private datastore?: Datastore;

  constructor(
    private readonly client: ArmClient,
    private readonly logger: Logger,
    private readonly storage: DatastoreOptions,
  ) {}

  private async store(): Promise<Datastore> {
    this.datastore ??= await openWorkspaceDatastore(this.client, this.logger, this.storage);
    return this.datastore;
  }

  async listVersions(kind: 'models' | 'environments', name: string): Promise<Version[]> {
    // Every page: the next version number is one above the highest, wherever it is listed.
    // Archived versions too (the list's default view hides them): their numbers are taken.
    return (await this.client.listAll<Version>(`/${kind}/${encodeURIComponent(name)}/versions`, { allow404: true, query: { listViewType: 'All' } })) ?? [];
  }

  private nextVersion(versions: Version[]): string {
    return String(highestVersion(versions.map((v) => v.name ?? '')) + 1);
  }

  /** Uploads (unless the datastore has it) and registers; the same content reuses its version. */
  async registerModel(options: ModelToRegister): Promise<RegisteredModelVersion> {
    if (options.path.startsWith('azureml://')) return this.registerModelUri(options);
    const objectHash = startObjectHash(options.path);
    const content = await hashAsset(options.path, this.logger);
    const identity = modelIdentity(content);
    const versions = await this.listVersions('models', options.name);
    const modelType = options.modelType ?? 'custom_model';
    // The same bytes in the same layout and of the same type: anything else is another version.
    const matches = (v: Version) => v.properties.properties?.[IDENTITY_KEY] === identity && (v.properties.modelType ?? 'custom_model') === modelType;
    const same = options.version ? pinnedVersion(options, versions, matches) : versions.find(matches);
    const summary = { name: options.name, hash: identity, files: content.files.length, bytes: content.totalBytes };
    if (same) {
      objectHash.cancel();
      await this.updateTags(options, same);
      return { version: same.name, reused: true, uploadedBytes: 0, ...summary };
    }
    const store = await this.store();
    const version = options.version ?? this.nextVersion(versions);
    const upload = await uploadAsset(store, options.path, content, { name: options.name, version }, this.logger, () => objectHash.result());
    await this.client.send('PUT', `/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(version)}`, {
      body: modelVersionBody(options, store.uriPrefix + upload.path, { [HASH_KEY]: content.hash, [IDENTITY_KEY]: identity }),
    });
    return { version, reused: false, uploadedBytes: upload.bytes, ...summary };
  }

  /** The same content registered again with new tags: the version keeps its files and takes the tags. */
  private async updateTags(options: ModelToRegister, version: Version): Promise<void> {
    const current = (version.properties.tags ?? {}) as Record<string, string>;
    const tags = { ...current, ...options.tags };
    const changed =
      Object.entries(tags).some(([k, v]) => current[k] !== v) || (options.description !== undefined && options.description !== version.properties.description);
    if (!changed) return;
    await this.client.send('PUT', `/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(version.name)}`, {
      body: { properties: { ...version.properties, tags, description: options.description ?? version.properties.description } },
    });
    this.logger.info(`Model ${options.name}:${version.name} already holds this content; its tags were updated.`);
  }

  /** Registers files already in the workspace (datastore path, job output) without moving them. */
  private async registerModelUri(options: ModelToRegister): Promise<RegisteredModelVersion> {
    const versions = await this.listVersions('models', options.name);
    const summary = { name: options.name, hash: options.path, files: 0, bytes: 0, uploadedBytes: 0 };
    const same = versions.find((v) => v.properties.modelUri === options.path);
    if (same) return { version: same.name, reused: true, ...summary };
    const version = this.nextVersion(versions);
    await this.client.send('PUT', `/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(version)}`, {
      body: modelVersionBody(options, options.path, {}),
    });
    return { version, reused: false, ...summary };
  }

  /** A registered version (`latest` resolved), or files registered as a model first, as az ml does. */
  async resolveModel(ref: ModelRef): Promise<ResolvedModel> {
    if (ref.kind === 'path') {
      const name = ref.name ?? this.pathModelName;
      const model = await this.registerModel(registrationOf(ref, name));
      // Keyed by content, as plan keys it before anything is registered.
      return { ...this.modelAt(name, model.version), hash: model.hash };
    }
    const versions = await this.listVersions('models', ref.name);
    const version =
      ref.version === 'latest'
        ? versions.length
          ? String(highestVersion(versions.map((v) => v.name ?? '')))
          : undefined
        : versions.find((v) => v.name === ref.version)?.name;
    if (!version) {
      throw new NotFoundError(
        `model ${ref.name}:${ref.version} is not registered in the workspace${versions.length ? ` (versions: ${versions.map((v) => v.name).join(', ')})` : ''}. Register it first (register-model with the same target).`,
        `model ${ref.name}`,
      );
    }
    return this.modelAt(ref.name, version);
  }

  private modelAt(name: string, version: string): ResolvedModel {
    return {
      modelId: `${name}:${version}`,
      armId: this.client.workspacePath(`/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`),
      hash: `${name}:${version}`,
    };
  }

  async modelVersions(name: string): Promise<{ version: string; tags: Record<string, string> }[]> {
    return (await this.listVersions('models', name)).map((v) => ({ version: v.name, tags: { ...((v.properties.tags ?? {}) as Record<string, string>) } }));
  }

  /** Tags merged into a version: a PUT of the version as it is (its asset path cannot change). */
  async tagModel(name: string, version: string, tags: Record<string, string>): Promise<void> {
    const path = `/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
    const current = await this.client.get<Version>(path);
    if (!current) throw new NotFoundError(`model ${name}:${version} is not registered in the workspace`, `model ${name}`);
    await this.client.send('PUT', path, { body: { properties: { ...current.properties, tags: { ...(current.properties.tags ?? {}), ...tags } } } });
  }

  async findModel(name: string, identity: string): Promise<string | undefined> {
    return (await this.listVersions('models', name)).find((v) => v.properties.properties?.[IDENTITY_KEY] === identity)?.name;
  }

  async findEnvironment(name: string, hash: string): Promise<string | undefined> {
    return (await this.listVersions('environments', name)).find((v) => v.properties.properties?.[HASH_KEY] === hash)?.name;
  }

  async deleteModel(name: string, version: string): Promise<boolean> {
    const response = await this.client.send('DELETE', `/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`, { allow404: true });
    return response.status === 200;
  }

  /** Registers the environment (image + conda file); an unchanged spec reuses its version. */
  async registerEnvironment(env: EnvironmentSpec, name: string, hash: string): Promise<RegisteredEnvironment> {
    const versions = await this.listVersions('environments', name);
    const armId = (version: string) => this.client.workspacePath(`/environments/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`);
    const same = versions.find((v) => v.properties.properties?.[HASH_KEY] === hash);
    if (same) return { name, version: same.name, reused: true, renumbered: false, armId: armId(same.name) };
    const renumbered = !!env.version && versions.some((v) => v.name === env.version);
    const version = env.version && !renumbered ? env.version : this.nextVersion(versions);
    await this.client.send('PUT', `/environments/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`, {
      body: { properties: { ...(await this.environmentSource(env, { name, version })), properties: { [HASH_KEY]: hash } } },
    });
    return { name, version, reused: false, renumbered, armId: armId(version) };
  }

  /**
   * An environment named by reference. `azureml:name:version` and `azureml:name@latest` are the
   * workspace's (curated `AzureML-…` environments are listed in every workspace too); an
   * `azureml://registries/…` URI is passed to Azure as it is.
   */
  async resolveEnvironment(reference: string): Promise<RegisteredEnvironment> {
    if (reference.startsWith('azureml://registries/')) {
      const match = /\/environments\/([^/]+)\/(?:versions\/([^/]+)|labels\/([^/]+))$/.exec(reference);
      if (!match)
        throw new ConfigError(
          `environment "${reference}" is not a registry environment URI (azureml://registries/<registry>/environments/<name>/versions/<version>)`,
        );
      return { name: match[1]!, version: match[2] ?? match[3]!, reused: true, renumbered: false, armId: reference };
    }
    const short = reference.replace(/^azureml:/, '');
    const parsed = /^([A-Za-z0-9][\w.-]*)(?::([\w.-]+)|@(latest))$/.exec(short);
    if (!parsed)
      throw new ConfigError(`environment "${reference}" is not a reference mlship can resolve; write azureml:<name>:<version> or azureml:<name>@latest`);
    const name = parsed[1]!;
    const versions = await this.listVersions('environments', name);
    const version = parsed[3]
      ? versions.map((v) => v.name).sort((a, b) => Number(b) - Number(a) || b.localeCompare(a))[0]
      : versions.find((v) => v.name === parsed[2])?.name;
    if (!version)
      throw new NotFoundError(
        `environment ${reference} is not in the workspace${versions.length ? ` (versions: ${versions.map((v) => v.name).join(', ')})` : ''}: register it (build-env), or give its definition instead of a reference`,
        `environment ${name}`,
      );
    return {
      name,
      version,
      reused: true,
      renumbered: false,
      armId: this.client.workspacePath(`/environments/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`),
    };
  }

  /** Image + conda file, or a Docker build context uploaded like any asset (v2 `build.path`). */
  private async environmentSource(env: EnvironmentSpec, owner: UploadOwner): Promise<Json> {
    if (!env.buildContext) return environmentVersionBody(env).properties;
    const store = await this.store();
    const upload = await uploadAsset(store, env.buildContext, await hashAsset(env.buildContext), owner, this.logger);
    // With the trailing slash, as azure-ai-ml writes it (`_check_and_upload_env_build_context`).
    return environmentVersionBody(env, `${store.container.url.split('?')[0]}/${upload.path}/`).properties;
  }

  /** Code snapshot by content hash, as Azure's CLI does (`?hash=` lookup, then startPendingUpload). */
  /**
   * A local file or folder a batch job reads, uploaded to the default datastore as azure-ai-ml does
   * for `invoke --input <local path>` (`_upload_and_generate_remote_uri`): under
   * LocalUpload/<hash>/<name>, reused when already there. Returns its azureml:// URI (a folder's
   * with a trailing slash, as the SDK writes it).
   */
  async uploadData(path: string): Promise<{ uri: string; uploadedBytes: number }> {
    const content = await hashAsset(path);
    const store = await this.store();
    const upload = await uploadAsset(store, path, content, { name: basename(path), version: content.hash.slice(0, 16) }, this.logger);
    return { uri: `${store.uriPrefix}${upload.path}${content.layout.startsWith('file:') ? '' : '/'}`, uploadedBytes: upload.bytes };
  }

  /**
   * Downloads every blob under an azureml://datastores/<default>/paths/<prefix> URI into `target`,
   * keeping the paths below the prefix; returns the files written. Only the default datastore,
   * whose access this client has, is read.
   */
  async downloadFolder(uri: string, target: string): Promise<string[]> {
    const store = await this.store();
    // azureml://datastores/<name>/paths/<prefix>, short or with the workspace in front (both are written).
    const match = /^azureml:\/\/(?:.*\/)?datastores\/([^/]+)\/paths\/(.*)$/i.exec(uri);
    if (!match || match[1] !== store.name)
      throw new OperationError(`${uri} is not in the workspace's default datastore (${store.name}); mlship downloads only from there`, uri);
    const prefix = match[2]!.replace(/\/?$/, '/');
    const written: string[] = [];
    for await (const blob of store.container.listBlobsFlat({ prefix })) {
      const rel = blob.name.slice(prefix.length);
      // A blob name is not trusted as a path: nothing may land outside the target folder.
      if (!rel || rel.split('/').some((part) => part === '..' || part === '' || part === '.')) continue;
      const file = join(target, ...rel.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await store.container.getBlobClient(blob.name).downloadToFile(file);
      written.push(file);
    }
    return written;
  }

  /**
   * The end of a log Azure wrote to the workspace's storage (an image build log an
   * ImageBuildFailure points to). Only the default datastore's own account is read, and the
   * container and path are checked as names before any URL is made of them; undefined when the
   * log is elsewhere, absent or unreadable.
   */
  async readWorkspaceLog(account: string, containerName: string, path: string, maxBytes = 64 * 1024): Promise<string | undefined> {
    const store = await this.store();
    if (account !== store.accountName) return undefined;
    if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(containerName)) return undefined;
    const parts = path.replace(/^\/+/, '').split('/');
    if (!parts.length || parts.some((p) => !p || p === '.' || p === '..' || !/^[\w.@=+-]{1,255}$/.test(p))) return undefined;
    const container = containerName === store.container.containerName ? store.container : store.sibling(containerName);
    if (!container) return undefined;
    try {
      const blob = container.getBlobClient(parts.join('/'));
      const size = (await blob.getProperties()).contentLength ?? 0;
      const offset = Math.max(0, size - maxBytes);
      return (await blob.downloadToBuffer(offset, size - offset)).toString('utf8');
    } catch {
      return undefined;
    }
  }

  async ensureCode(directory: string): Promise<{ codeId: string; uploadedBytes: number; hash: string }> {
    const content = await hashAsset(directory);
    const name = `mlship-code-${content.hash.slice(0, 16)}`;
    const found = await this.client.send<{ value: Version[] }>('GET', `/codes/${encodeURIComponent(name)}/versions`, {
      query: { hash: content.hash, hashVersion: '202208' },
      allow404: true,
    });
    const existing = found.status === 404 ? undefined : found.body.value[0];
    if (existing) return { codeId: existing.id, uploadedBytes: 0, hash: content.hash };
    const store = await this.store();
    const upload = await uploadAsset(store, directory, content, { name, version: '1' }, this.logger);
    const put = await this.client.send<Version>('PUT', `/codes/${encodeURIComponent(name)}/versions/1`, {
      body: {
        properties: {
          codeUri: `${store.container.url.split('?')[0]}/${upload.path}`,
          isAnonymous: true,
          properties: { hash_sha256: content.hash, hash_version: '202208' },
        },
      },
    });
    return { codeId: put.body.id, uploadedBytes: upload.bytes, hash: content.hash };
  }
}

/** A model version's PUT body: where its files are, and what the config says of it. */
export function modelVersionBody(options: ModelToRegister, modelUri: string, properties: Record<string, string>): { properties: Json } {
  return {
    properties: {
      modelUri,
      modelType: options.modelType ?? 'custom_model',
      description: options.description,
      tags: options.tags,
      properties: { ...options.properties, ...properties },
      ...(options.stage ? { stage: options.stage } : {}),
    },
  };
}

/**
 * An environment version's PUT body (without mlship's own properties): an image with a conda file
 * built from the spec (none where the image holds every package: v1 userManagedDependencies), or a
 * Docker build context already uploaded to `contextUri`.
 */
export function environmentVersionBody(env: EnvironmentSpec, contextUri?: string): { properties: Json } {
  const source = contextUri
    ? { build: { contextUri, dockerfilePath: env.dockerfilePath ?? 'Dockerfile' } }
    : { image: env.image ?? DEFAULT_IMAGE, ...(env.userManaged ? {} : { condaFile: condaYaml(env) }) };
  return {
    properties: {
      ...source,
      description: env.description,
      tags: env.tags ?? {},
      ...(env.inferenceConfig ? { inferenceConfig: env.inferenceConfig } : {}),
      ...(env.osType ? { osType: env.osType } : {}),
    },
  };
}

function condaYaml(env: EnvironmentSpec): string {
  const dependencies: unknown[] = [`python=${env.pythonVersion ?? '3.11'}`, 'pip'];
  // Azure ML's inference server must be in the image for a score.py environment.
  dependencies.push({ pip: ['azureml-inference-server-http', ...env.pipPackages] });
  return stringify({ name: 'mlship', channels: env.condaChannels.length ? env.condaChannels : ['conda-forge'], dependencies });
}

/**
 * A model version asked for by number: reused when it holds these files, registered when it does
 * not exist. As az ml, a number that holds other files is an error, never overwritten.
 * @throws ConfigError when the version exists with other content.
 */
function pinnedVersion(options: ModelToRegister, versions: Version[], matches: (v: Version) => boolean): Version | undefined {
  const pinned = versions.find((v) => v.name === options.version);
  if (pinned && !matches(pinned))
    throw new ConfigError(
      `model ${options.name}:${options.version} already exists with other files (or another layout or type); raise the version in the config, or remove it to number versions by content`,
    );
  return pinned;
}
