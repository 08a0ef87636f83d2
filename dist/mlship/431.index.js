export const id = 431;
export const ids = [431];
export const modules = {

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureAssets: () => (/* binding */ AzureAssets),
  DEFAULT_IMAGE: () => (/* binding */ DEFAULT_IMAGE)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/hash.ts + 1 modules
var hash = __webpack_require__(3840);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var esm = __webpack_require__(8053);
;// CONCATENATED MODULE: ./src/azure/datastore.ts


/**
 * Opens the workspace's default blob datastore with its account key or SAS (masked when read).
 * `blobEndpoint` overrides the account URL (Azurite serves path-style URLs on loopback).
 */
async function openDefaultDatastore(client, logger, blobEndpoint) {
    const list = await client.send('GET', '/datastores', { query: { isDefault: 'true' } });
    const store = list.body.value[0];
    if (!store)
        throw new errors/* OperationError */.OK('the workspace has no default datastore; set one in Azure ML studio (Data → Datastores)', 'datastores');
    const p = store.properties;
    if (p.datastoreType !== 'AzureBlob')
        throw new errors/* OperationError */.OK(`the default datastore ${store.name} is ${p.datastoreType}; mlship uploads to an Azure Blob datastore`, store.name);
    const secrets = (await client.send('POST', `/datastores/${store.name}/listSecrets`, { body: {} })).body;
    const accountUrl = blobEndpoint ?? `${p.protocol ?? 'https'}://${p.accountName}.blob.${p.endpoint ?? 'core.windows.net'}`;
    let container;
    if (secrets.secretsType === 'AccountKey' && secrets.key) {
        logger.secret(String(secrets.key));
        container = new esm/* ContainerClient */.bM(`${accountUrl}/${p.containerName}`, new esm/* StorageSharedKeyCredential */.Z3(String(p.accountName), String(secrets.key)));
    }
    else if (secrets.secretsType === 'Sas' && secrets.sasToken) {
        logger.secret(String(secrets.sasToken));
        container = new esm/* ContainerClient */.bM(`${accountUrl}/${p.containerName}?${String(secrets.sasToken).replace(/^\?/, '')}`, new esm/* AnonymousCredential */.tv());
    }
    else {
        throw new errors/* OperationError */.OK(`the default datastore ${store.name} uses ${secrets.secretsType} credentials; mlship needs an account key or SAS`, store.name);
    }
    return {
        name: store.name,
        container,
        uriPrefix: `azureml://${client.workspacePath(`/datastores/${store.name}/paths/`).replace(/^\//, '').replace('providers/Microsoft.MachineLearningServices/', '')}`,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(3755);
;// CONCATENATED MODULE: ./src/azure/upload.ts


const BLOCK_SIZE = 8 << 20;
const PARALLEL_FILES = 8;
/**
 * Uploads an asset as Azure's CLI does: under `LocalUpload/<content hash>/<file or folder name>`,
 * then marks the first blob `upload_status=completed`. When that mark is already there the upload
 * is skipped, so both tools reuse each other's uploads. Files stream from disk (never whole in
 * memory), large ones in 8 MiB blocks in parallel, small ones several at a time.
 */
async function uploadAsset(container, source, content, logger) {
    const single = content.files.length === 1 && content.files[0].absolutePath === source;
    const path = `LocalUpload/${content.hash}/${(0,external_node_path_.basename)(source)}`;
    const blobName = (relative) => (single ? path : `${path}/${relative}`);
    const marker = container.getBlockBlobClient(blobName(content.files[0].relativePath));
    const properties = await marker.getProperties().catch(() => undefined);
    if (properties?.metadata?.upload_status === 'completed') {
        logger.info(`${(0,format/* formatBytes */.z3)(content.totalBytes)} already uploaded (${path}): nothing to send.`);
        return { path, uploaded: false, bytes: 0 };
    }
    await container.createIfNotExists();
    let sent = 0;
    let reported = 0;
    const queue = [...content.files];
    const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
            await container.getBlockBlobClient(blobName(file.relativePath)).uploadFile(file.absolutePath, { blockSize: BLOCK_SIZE, concurrency: 4 });
            sent += file.size;
            if (sent - reported >= content.totalBytes / 10 || sent === content.totalBytes) {
                reported = sent;
                logger.info(`uploaded ${(0,format/* formatBytes */.z3)(sent)} of ${(0,format/* formatBytes */.z3)(content.totalBytes)}`);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, content.files.length) }, worker));
    // The mark goes on last: an interrupted upload is never mistaken for a complete one.
    await marker.setMetadata({ upload_status: 'completed' });
    return { path, uploaded: true, bytes: content.totalBytes };
}

;// CONCATENATED MODULE: ./src/azure/assets.ts





/** Image used when an environment names none: Azure ML's own inference base image. */
const DEFAULT_IMAGE = 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest';
const HASH_KEY = 'mlship.content-hash';
/**
 * Workspace assets (models, environments, code) with content-hash reuse: the hash rides in each
 * version's properties, so an unchanged rerun finds its version with reads only.
 */
class AzureAssets {
    client;
    logger;
    blobEndpoint;
    /** A model deployed from a path is registered first, as `az ml` does. */
    registersPathModels = true;
    pathModelName = 'mlship-unregistered-model';
    datastore;
    constructor(client, logger, blobEndpoint) {
        this.client = client;
        this.logger = logger;
        this.blobEndpoint = blobEndpoint;
    }
    async store() {
        this.datastore ??= await openDefaultDatastore(this.client, this.logger, this.blobEndpoint);
        return this.datastore;
    }
    async listVersions(kind, name) {
        const response = await this.client.send('GET', `/${kind}/${encodeURIComponent(name)}/versions`, { allow404: true });
        return response.status === 404 ? [] : response.body.value;
    }
    nextVersion(versions) {
        return String(Math.max(0, ...versions.map((v) => Number(v.name) || 0)) + 1);
    }
    /** Uploads (unless the datastore has it) and registers; the same content reuses its version. */
    async registerModel(options) {
        if (options.path.startsWith('azureml://'))
            return this.registerModelUri(options);
        const content = await (0,hash/* hashAsset */.$e)(options.path);
        const versions = await this.listVersions('models', options.name);
        const same = versions.find((v) => v.properties.properties?.[HASH_KEY] === content.hash);
        const summary = { name: options.name, hash: content.hash, files: content.files.length, bytes: content.totalBytes };
        if (same) {
            await this.updateTags(options, same);
            return { version: same.name, reused: true, uploadedBytes: 0, ...summary };
        }
        const store = await this.store();
        const upload = await uploadAsset(store.container, options.path, content, this.logger);
        const version = this.nextVersion(versions);
        await this.client.send('PUT', `/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(version)}`, {
            body: {
                properties: {
                    modelUri: store.uriPrefix + upload.path,
                    modelType: 'custom_model',
                    description: options.description,
                    tags: options.tags,
                    properties: { [HASH_KEY]: content.hash },
                },
            },
        });
        return { version, reused: false, uploadedBytes: upload.bytes, ...summary };
    }
    /** The same content registered again with new tags: the version keeps its files and takes the tags. */
    async updateTags(options, version) {
        const current = (version.properties.tags ?? {});
        const tags = { ...current, ...options.tags };
        const changed = Object.entries(tags).some(([k, v]) => current[k] !== v) || (options.description !== undefined && options.description !== version.properties.description);
        if (!changed)
            return;
        await this.client.send('PUT', `/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(version.name)}`, {
            body: { properties: { ...version.properties, tags, description: options.description ?? version.properties.description } },
        });
        this.logger.info(`Model ${options.name}:${version.name} already holds this content; its tags were updated.`);
    }
    /** Registers files already in the workspace (datastore path, job output) without moving them. */
    async registerModelUri(options) {
        const versions = await this.listVersions('models', options.name);
        const summary = { name: options.name, hash: options.path, files: 0, bytes: 0, uploadedBytes: 0 };
        const same = versions.find((v) => v.properties.modelUri === options.path);
        if (same)
            return { version: same.name, reused: true, ...summary };
        const version = this.nextVersion(versions);
        await this.client.send('PUT', `/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(version)}`, {
            body: { properties: { modelUri: options.path, modelType: 'custom_model', description: options.description, tags: options.tags } },
        });
        return { version, reused: false, ...summary };
    }
    /** A registered version (`latest` resolved), or files registered as a model first, as az ml does. */
    async resolveModel(ref) {
        if (ref.kind === 'path') {
            const name = ref.name ?? this.pathModelName;
            const model = await this.registerModel({ name, path: ref.path, tags: {} });
            // Keyed by content, as plan keys it before anything is registered.
            return { ...this.modelAt(name, model.version), hash: model.hash };
        }
        const versions = await this.listVersions('models', ref.name);
        const version = ref.version === 'latest'
            ? versions.length
                ? String(Math.max(...versions.map((v) => Number(v.name) || 0)))
                : undefined
            : versions.find((v) => v.name === ref.version)?.name;
        if (!version) {
            throw new errors/* NotFoundError */.m_(`model ${ref.name}:${ref.version} is not registered in the workspace${versions.length ? ` (versions: ${versions.map((v) => v.name).join(', ')})` : ''}. Register it first (register-model with the same target).`, `model ${ref.name}`);
        }
        return this.modelAt(ref.name, version);
    }
    modelAt(name, version) {
        return {
            modelId: `${name}:${version}`,
            armId: this.client.workspacePath(`/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`),
            hash: `${name}:${version}`,
        };
    }
    async findModel(name, hash) {
        return (await this.listVersions('models', name)).find((v) => v.properties.properties?.[HASH_KEY] === hash)?.name;
    }
    async findEnvironment(name, hash) {
        return (await this.listVersions('environments', name)).find((v) => v.properties.properties?.[HASH_KEY] === hash)?.name;
    }
    async deleteModel(name, version) {
        const response = await this.client.send('DELETE', `/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`, { allow404: true });
        return response.status === 200;
    }
    /** Registers the environment (image + conda file); an unchanged spec reuses its version. */
    async registerEnvironment(env, name, hash) {
        const versions = await this.listVersions('environments', name);
        const armId = (version) => this.client.workspacePath(`/environments/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`);
        const same = versions.find((v) => v.properties.properties?.[HASH_KEY] === hash);
        if (same)
            return { name, version: same.name, reused: true, renumbered: false, armId: armId(same.name) };
        const renumbered = !!env.version && versions.some((v) => v.name === env.version);
        const version = env.version && !renumbered ? env.version : this.nextVersion(versions);
        await this.client.send('PUT', `/environments/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`, {
            body: { properties: { ...(await this.environmentSource(env)), properties: { [HASH_KEY]: hash }, tags: {} } },
        });
        return { name, version, reused: false, renumbered, armId: armId(version) };
    }
    /** Image + conda file, or a Docker build context uploaded like any asset (v2 `build.path`). */
    async environmentSource(env) {
        if (!env.buildContext)
            return { image: env.image ?? DEFAULT_IMAGE, condaFile: condaYaml(env) };
        const store = await this.store();
        const upload = await uploadAsset(store.container, env.buildContext, await (0,hash/* hashAsset */.$e)(env.buildContext), this.logger);
        return { build: { contextUri: `${store.container.url.split('?')[0]}/${upload.path}`, dockerfilePath: 'Dockerfile' } };
    }
    /** Code snapshot by content hash, as Azure's CLI does (`?hash=` lookup, then startPendingUpload). */
    async ensureCode(directory) {
        const content = await (0,hash/* hashAsset */.$e)(directory);
        const name = `mlship-code-${content.hash.slice(0, 16)}`;
        const found = await this.client.send('GET', `/codes/${encodeURIComponent(name)}/versions`, {
            query: { hash: content.hash, hashVersion: '202208' },
            allow404: true,
        });
        const existing = found.status === 404 ? undefined : found.body.value[0];
        if (existing)
            return { codeId: existing.id, uploadedBytes: 0 };
        const store = await this.store();
        const upload = await uploadAsset(store.container, directory, content, this.logger);
        const put = await this.client.send('PUT', `/codes/${encodeURIComponent(name)}/versions/1`, {
            body: {
                properties: {
                    codeUri: `${store.container.url.split('?')[0]}/${upload.path}`,
                    isAnonymous: true,
                    properties: { hash_sha256: content.hash, hash_version: '202208' },
                },
            },
        });
        return { codeId: put.body.id, uploadedBytes: upload.bytes };
    }
}
function condaYaml(env) {
    const dependencies = [`python=${env.pythonVersion ?? '3.11'}`, 'pip'];
    // Azure ML's inference server must be in the image for a score.py environment.
    dependencies.push({ pip: ['azureml-inference-server-http', ...env.pipPackages] });
    return (0,dist/* stringify */.As)({ name: 'mlship', channels: env.condaChannels.length ? env.condaChannels : ['conda-forge'], dependencies });
}


/***/ })

};
