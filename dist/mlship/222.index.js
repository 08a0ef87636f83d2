export const id = 222;
export const ids = [222];
export const modules = {

/***/ 69758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ArmError),
/* harmony export */   z: () => (/* binding */ armErrorFrom)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);

/** An ARM error response, with what support needs to find it: code, message, correlation id. */
class ArmError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7 {
    status;
    code;
    armMessage;
    resource;
    correlationId;
    name = 'ArmError';
    constructor(status, code, armMessage, resource, correlationId) {
        super(`${resource}: Azure answered ${status} ${code}: ${armMessage}${correlationId ? ` (correlation id ${correlationId})` : ''}${adviceFor(status, code)}`);
        this.status = status;
        this.code = code;
        this.armMessage = armMessage;
        this.resource = resource;
        this.correlationId = correlationId;
    }
}
function adviceFor(status, code) {
    if (status === 401)
        return '. The credentials were refused: check client-id / tenant-id, or the azure/login step.';
    if (status === 403 || code === 'AuthorizationFailed') {
        return ('. The identity lacks permission: grant it "AzureML Data Scientist" (or Contributor) on the workspace; ' +
            'with one identity per stage, check that this job signs in as the identity of the stage whose workspace it names.');
    }
    if (code === 'QuotaExceeded' || /quota/i.test(code))
        return '. Ask for more quota in the region, or choose a smaller instance type.';
    return '';
}
/** Reads the ARM error body `{"error": {"code", "message"}}`, tolerating services that send less. */
function armErrorFrom(status, body, resource, correlationId) {
    const error = body?.error;
    return new ArmError(status, error?.code ?? `Http${status}`, error?.message ?? 'no error detail in the response', resource, correlationId);
}


/***/ }),

/***/ 48222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureAssets: () => (/* binding */ AzureAssets),
  DEFAULT_IMAGE: () => (/* binding */ DEFAULT_IMAGE),
  environmentVersionBody: () => (/* binding */ environmentVersionBody),
  modelVersionBody: () => (/* binding */ modelVersionBody)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/versions.ts
var engine_versions = __webpack_require__(34253);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/engine/assets.ts
/** What registering a model given by its files carries, from its spec (az ml model YAML fields). */
function registrationOf(ref, name) {
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

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/hash.ts
var engine_hash = __webpack_require__(85448);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/engine/ignore.ts
var ignore = __webpack_require__(28218);
;// CONCATENATED MODULE: ./src/engine/object-hash.ts







/** The seed azure-ai-ml gives its md5 (`_utils/_asset_utils.get_object_hash`). */
const SEED = 'Initialize for october 2021 AML CLI version';
/**
 * azure-ai-ml's `get_object_hash`, which names the upload folder of models, code and environment
 * build contexts (`LocalUpload/<object hash>/...`): md5 seeded as above, over each entry of each
 * folder in lower-cased name order, skipping what the ignore file excludes (a folder it excludes
 * is skipped whole), adding the entry's name and then the file's bytes or the folder's entries.
 * A single file is its bytes alone. Links inside the folder are followed; links that leave it are
 * refused, as for the content hash.
 */
async function objectHash(path) {
    const hash = (0,external_node_crypto_.createHash)('md5').update(SEED);
    const buffer = Buffer.allocUnsafe(1 << 20);
    let info;
    try {
        info = (0,external_node_fs_.statSync)(path);
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(`${path} cannot be read (${err.code}): give an existing model or code file or folder`);
    }
    if (info.isFile()) {
        (0,engine_hash/* hashFileSync */.iu)(path, info.size, [hash], buffer);
        return hash.digest('hex');
    }
    const realRoot = (0,external_node_fs_.realpathSync)(path);
    const walk = { root: path, realRoot, ignore: ignore/* IgnoreRules */.w.forFolder(path), visited: new Set([realRoot]) };
    // Synchronous, as the listing and the content hash: one awaited call per entry is what makes
    // folders of thousands of small files slow.
    const folder = (prefix) => {
        const names = (0,engine_hash/* sortedByLowerCase */.Kn)((0,external_node_fs_.readdirSync)((0,external_node_path_.join)(path, prefix)), (name) => name);
        for (const name of names) {
            const relativePath = prefix ? `${prefix}/${name}` : name;
            if (walk.ignore.isExcluded(relativePath))
                continue;
            hash.update(name);
            const absolutePath = (0,external_node_path_.join)(path, relativePath);
            const real = (0,external_node_fs_.lstatSync)(absolutePath).isSymbolicLink() ? (0,engine_hash/* linkTarget */.Cm)(walk, absolutePath) : undefined;
            const entry = (0,external_node_fs_.statSync)(absolutePath);
            if (entry.isFile())
                (0,engine_hash/* hashFileSync */.iu)(absolutePath, entry.size, [hash], buffer);
            else if (entry.isDirectory()) {
                if (real) {
                    if (walk.visited.has(real))
                        throw new errors/* ConfigError */.xL(`${absolutePath} is a link back to a folder it is in (a loop); remove the link`);
                    walk.visited.add(real);
                }
                folder(relativePath);
            }
        }
    };
    folder('');
    return hash.digest('hex');
}
/** Single files at least this large have their object hash computed on a worker thread. */
const BACKGROUND_BYTES = 32 << 20;
/** The object hash of one file (seed, then its bytes), as a worker thread computes it. */
const FILE_MD5_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const hash = createHash('md5').update(workerData.seed);
const buffer = Buffer.allocUnsafe(1 << 20);
const fd = openSync(workerData.path, 'r');
try {
  for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, read));
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;
/**
 * Starts the object hash of an asset. For one large file (a model's
 * weights), md5 runs on a worker thread while the caller computes the content hash (sha256) on
 * this one: both must be known before the upload starts (the object hash names its folder), and
 * side by side they cost the slower of the two instead of their sum (md5 466 MB/s and sha256
 * 1.08 GB/s on the bench machine; BENCHMARKS.md). Anything else is hashed when asked, here.
 */
function startObjectHash(path, backgroundBytes = BACKGROUND_BYTES) {
    let size = -1;
    try {
        const info = (0,external_node_fs_.statSync)(path);
        if (info.isFile())
            size = info.size;
    }
    catch {
        /* objectHash says what is wrong with the path */
    }
    if (size < 0 || size < backgroundBytes)
        return { result: () => objectHash(path), cancel: () => undefined };
    const worker = new external_node_worker_threads_.Worker(FILE_MD5_WORKER, { eval: true, workerData: { path, seed: SEED } });
    // Not waited for unless asked: a run that reuses a registered version exits without it.
    worker.unref();
    const hash = new Promise((resolveHash, reject) => {
        worker.once('message', resolveHash);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the object hash of ${path} stopped (exit ${code})`)));
    });
    hash.catch(() => undefined);
    return {
        result: () => {
            worker.ref();
            return hash;
        },
        // An unchanged rerun (the usual case) must not spend a core reading the whole file for nothing.
        cancel: () => void worker.terminate(),
    };
}
/** Where each file of an asset goes in the datastore, as azure-ai-ml lays it out. */
function uploadLayout(source, files, hash) {
    if (files.length === 0)
        throw new errors/* ConfigError */.xL(`${source} has no file to upload (it is empty, or its .amlignore/.gitignore excludes everything); add the model or code files`);
    const path = `LocalUpload/${hash}/${(0,external_node_path_.basename)((0,external_node_path_.resolve)(source))}`;
    const single = files.length === 1 && files[0].absolutePath === source;
    const blobs = files.map((file) => ({ ...file, blobName: single ? path : `${path}/${file.relativePath}` }));
    const first = [...blobs].sort((a, b) => Buffer.compare(Buffer.from(a.relativePath), Buffer.from(b.relativePath)))[0];
    return { path, blobs, indicator: first.blobName };
}

// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var esm = __webpack_require__(38053);
// EXTERNAL MODULE: ./src/azure/storage-tls.ts
var storage_tls = __webpack_require__(73890);
// EXTERNAL MODULE: ./src/azure/arm-error.ts
var arm_error = __webpack_require__(69758);
;// CONCATENATED MODULE: ./src/azure/datastore.ts




/** The datastore azure-ai-ml uploads models, code and build contexts to (`WORKSPACE_BLOB_STORE`). */
const WORKSPACE_BLOB_STORE = 'workspaceblobstore';
/**
 * Opens `workspaceblobstore` as azure-ai-ml does (`_artifact_utilities.get_datastore_info`): with
 * the account key or SAS that `listSecrets` returns (masked the moment it is read) or, when the
 * datastore holds no secret (identity-based access, `systemDatastoresAuthMode: identity`, where
 * real Azure answers `listSecrets` with 400 "No secrets for credentials of type None."), with the
 * caller's own Entra token for storage. That identity then needs the Storage Blob Data
 * Contributor role on the account.
 */
async function openWorkspaceDatastore(client, logger, options) {
    const store = await findDatastore(client);
    const p = store.properties;
    if (p.datastoreType !== 'AzureBlob')
        throw new errors/* OperationError */.OK(`the datastore ${store.name} is ${p.datastoreType}; mlship uploads to an Azure Blob datastore`, store.name ?? WORKSPACE_BLOB_STORE);
    const name = store.name ?? WORKSPACE_BLOB_STORE;
    const accountName = String(p.accountName);
    const accountUrl = options.blobEndpoint ?? `${p.protocol ?? 'https'}://${accountName}.blob.${p.endpoint ?? 'core.windows.net'}`;
    const containerUrl = `${accountUrl}/${p.containerName}`;
    const secrets = p.credentials?.credentialsType === 'None' ? undefined : await listSecrets(client, name);
    let container;
    let auth;
    let sibling = () => undefined;
    if (secrets?.secretsType === 'AccountKey' && secrets.key) {
        logger.secret(secrets.key);
        const key = new esm/* StorageSharedKeyCredential */.Z3(accountName, secrets.key);
        container = (0,storage_tls/* containerClient */.L)(containerUrl, key, options.ca);
        sibling = (other) => (0,storage_tls/* containerClient */.L)(`${accountUrl}/${other}`, key, options.ca);
        auth = 'account key';
    }
    else if (secrets?.secretsType === 'Sas' && secrets.sasToken) {
        logger.secret(secrets.sasToken);
        container = (0,storage_tls/* containerClient */.L)(`${containerUrl}?${secrets.sasToken.replace(/^\?/, '')}`, new esm/* AnonymousCredential */.tv(), options.ca);
        auth = 'SAS token';
    }
    else {
        container = (0,storage_tls/* containerClient */.L)(containerUrl, options.credential, options.ca);
        sibling = (other) => (0,storage_tls/* containerClient */.L)(`${accountUrl}/${other}`, options.credential, options.ca);
        auth = 'Entra token';
    }
    logger.info(auth === 'Entra token'
        ? `Datastore ${name} holds no key (identity-based access): uploading to ${accountName} with your own Entra token.`
        : `Datastore ${name}: uploading to ${accountName} with the datastore's ${auth}.`);
    return {
        name,
        accountName,
        container,
        auth,
        sibling,
        uriPrefix: `azureml://${client.workspacePath(`/datastores/${name}/paths/`).replace(/^\//, '').replace('providers/Microsoft.MachineLearningServices/', '')}`,
    };
}
/** `workspaceblobstore`, or the workspace's default blob datastore when that one was removed. */
async function findDatastore(client) {
    const named = await client.get(`/datastores/${WORKSPACE_BLOB_STORE}`);
    if (named)
        return named;
    const list = await client.send('GET', '/datastores', { query: { isDefault: 'true' } });
    const store = list.body.value[0];
    if (!store)
        throw new errors/* OperationError */.OK('the workspace has no default datastore; set one in Azure ML studio (Data → Datastores)', 'datastores');
    return store;
}
/**
 * The datastore's key or SAS, asked for as azure-ai-ml asks (an expirable secret, one hour).
 * Undefined when the datastore has none: a 400 from a datastore whose credentials are of type
 * None (what the recordings of real Azure show) means "use your own token", not a failure.
 */
async function listSecrets(client, name) {
    try {
        return (await client.send('POST', `/datastores/${encodeURIComponent(name)}/listSecrets`, {
            body: { expirableSecret: true, expireAfterHours: 1 },
        })).body;
    }
    catch (err) {
        if (err instanceof arm_error/* ArmError */.d && err.status === 400 && /no secrets/i.test(err.armMessage))
            return undefined;
        throw err;
    }
}

// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
;// CONCATENATED MODULE: ./src/azure/upload.ts




/**
 * Files larger than one block go up as blocks, four in flight per file. The SDK's default sends any
 * file up to 256 MiB in one request (`maxSingleShotSize`), one connection's worth of throughput:
 * a 128 MiB file went up 15-25% faster as 8 MiB blocks, four at a time, on the bench's storage
 * (0.74-1.02 s against 0.91-1.15 s in one request).
 */
const BLOCK_SIZE = 8 << 20;
/**
 * How many files go up at once, from the folder's shape. Small files cost a round trip each, not
 * bandwidth: more of them in flight hides the latency. The bench's sweep of the bare client
 * (BENCHMARKS.md, full profile) found 64 best for 1,000 and 3,000 files of 4 KiB and for a mixed
 * folder averaging 72 KiB (8 left a quarter of the throughput unused, 32 about 6%). Large files
 * fill the pipe with their blocks (4 in parallel each), so fewer at a time keeps memory bounded.
 */
function filesInFlight(sizes) {
    if (sizes.length <= 1)
        return 1;
    const average = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
    const wanted = average <= 128 << 10 ? 64 : average <= 1 << 20 ? 32 : average <= 16 << 20 ? 16 : 8;
    return Math.min(wanted, sizes.length);
}
/**
 * Uploads an asset where azure-ai-ml puts it, byte for byte (`_blob_storage_helper.upload`):
 * under `LocalUpload/<object hash>/<file or folder name>`, then marks the indicator blob with
 * `upload_status=completed` and the owning asset's name and version. When the mark is already
 * there the upload is skipped, so mlship and Microsoft's SDK and CLI reuse each other's uploads.
 * Files stream from disk (never whole in memory), large ones in 8 MiB blocks in parallel, small
 * ones several at a time.
 */
async function uploadAsset(store, source, content, owner, logger, 
/** The object hash, when the caller started it early (startObjectHash(...).result); else computed here. */
objectHashOf = () => objectHash(source)) {
    const { container } = store;
    const layout = uploadLayout(source, content.files, await objectHashOf());
    const marker = container.getBlockBlobClient(layout.indicator);
    try {
        const properties = await marker.getProperties().catch((err) => {
            if (err instanceof esm/* RestError */.pj && err.statusCode === 404)
                return undefined;
            throw err;
        });
        if (properties?.metadata?.upload_status === 'completed') {
            logger.info(`${(0,format/* formatBytes */.z3)(content.totalBytes)} already uploaded (${layout.path}): nothing to send.`);
            return { path: layout.path, uploaded: false, bytes: 0 };
        }
        let sent = 0;
        let reported = 0;
        const queue = [...layout.blobs];
        const worker = async () => {
            for (let file = queue.shift(); file; file = queue.shift()) {
                await container
                    .getBlockBlobClient(file.blobName)
                    .uploadFile(file.absolutePath, { blockSize: BLOCK_SIZE, maxSingleShotSize: BLOCK_SIZE, concurrency: 4 });
                sent += file.size;
                if (sent - reported >= content.totalBytes / 10 || sent === content.totalBytes) {
                    reported = sent;
                    logger.info(`uploaded ${(0,format/* formatBytes */.z3)(sent)} of ${(0,format/* formatBytes */.z3)(content.totalBytes)}`);
                }
            }
        };
        await Promise.all(Array.from({ length: filesInFlight(layout.blobs.map((b) => b.size)) }, worker));
        // The mark goes on last: an interrupted upload is never mistaken for a complete one.
        await marker.setMetadata({ upload_status: 'completed', name: owner.name, version: owner.version });
        return { path: layout.path, uploaded: true, bytes: content.totalBytes };
    }
    catch (err) {
        throw storageError(err, store);
    }
}
/** A storage refusal, with the role to grant when the upload used the caller's own token. */
function storageError(err, store) {
    if (!(err instanceof esm/* RestError */.pj) || (err.statusCode !== 403 && err.statusCode !== 401))
        return err;
    const code = String(err.code ?? err.statusCode);
    const advice = store.auth === 'Entra token'
        ? `The datastore uses identity-based access, so the upload runs as you: grant your identity (the workflow's service principal) the "Storage Blob Data Contributor" role on storage account ${store.accountName}.`
        : `The datastore's ${store.auth} was refused; check that it is still valid (Azure ML studio → Data → Datastores → ${store.name}).`;
    return new errors/* OperationError */.OK(`storage account ${store.accountName} refused the upload (${err.statusCode} ${code}). ${advice}`, store.name);
}

;// CONCATENATED MODULE: ./src/azure/assets.ts










/** Image used when an environment names none: Azure ML's own inference base image. */
const DEFAULT_IMAGE = 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest';
const HASH_KEY = 'mlship.content-hash';
/** On a model version: its identity (engine/hash.ts modelIdentity), what reuse compares. */
const IDENTITY_KEY = 'mlship.model-identity';
/**
 * Workspace assets (models, environments, code) with content-hash reuse: the hash rides in each
 * version's properties, so an unchanged rerun finds its version with reads only.
 */
class AzureAssets {
    client;
    logger;
    storage;
    /** A model deployed from a path is registered first, as `az ml` does. */
    registersPathModels = true;
    pathModelName = 'mlship-unregistered-model';
    datastore;
    constructor(client, logger, storage) {
        this.client = client;
        this.logger = logger;
        this.storage = storage;
    }
    async store() {
        this.datastore ??= await openWorkspaceDatastore(this.client, this.logger, this.storage);
        return this.datastore;
    }
    async listVersions(kind, name) {
        // Every page: the next version number is one above the highest, wherever it is listed.
        // Archived versions too (the list's default view hides them): their numbers are taken.
        return (await this.client.listAll(`/${kind}/${encodeURIComponent(name)}/versions`, { allow404: true, query: { listViewType: 'All' } })) ?? [];
    }
    nextVersion(versions) {
        return String((0,engine_versions/* highestVersion */.t)(versions.map((v) => v.name ?? '')) + 1);
    }
    /** Uploads (unless the datastore has it) and registers; the same content reuses its version. */
    async registerModel(options) {
        if (options.path.startsWith('azureml://'))
            return this.registerModelUri(options);
        const objectHash = startObjectHash(options.path);
        const content = await (0,engine_hash/* hashAsset */.$e)(options.path, this.logger);
        const identity = (0,engine_hash/* modelIdentity */.IT)(content);
        const versions = await this.listVersions('models', options.name);
        const modelType = options.modelType ?? 'custom_model';
        // The same bytes in the same layout and of the same type: anything else is another version.
        const matches = (v) => v.properties.properties?.[IDENTITY_KEY] === identity && (v.properties.modelType ?? 'custom_model') === modelType;
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
            body: modelVersionBody(options, options.path, {}),
        });
        return { version, reused: false, ...summary };
    }
    /** A registered version (`latest` resolved), or files registered as a model first, as az ml does. */
    async resolveModel(ref) {
        if (ref.kind === 'path') {
            const name = ref.name ?? this.pathModelName;
            const model = await this.registerModel(registrationOf(ref, name));
            // Keyed by content, as plan keys it before anything is registered.
            return { ...this.modelAt(name, model.version), hash: model.hash };
        }
        const versions = await this.listVersions('models', ref.name);
        const version = ref.version === 'latest'
            ? versions.length
                ? String((0,engine_versions/* highestVersion */.t)(versions.map((v) => v.name ?? '')))
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
    async modelVersions(name) {
        return (await this.listVersions('models', name)).map((v) => ({ version: v.name, tags: { ...(v.properties.tags ?? {}) } }));
    }
    /** Tags merged into a version: a PUT of the version as it is (its asset path cannot change). */
    async tagModel(name, version, tags) {
        const path = `/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
        const current = await this.client.get(path);
        if (!current)
            throw new errors/* NotFoundError */.m_(`model ${name}:${version} is not registered in the workspace`, `model ${name}`);
        await this.client.send('PUT', path, { body: { properties: { ...current.properties, tags: { ...(current.properties.tags ?? {}), ...tags } } } });
    }
    async findModel(name, identity) {
        return (await this.listVersions('models', name)).find((v) => v.properties.properties?.[IDENTITY_KEY] === identity)?.name;
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
            body: { properties: { ...(await this.environmentSource(env, { name, version })), properties: { [HASH_KEY]: hash } } },
        });
        return { name, version, reused: false, renumbered, armId: armId(version) };
    }
    /**
     * An environment named by reference. `azureml:name:version` and `azureml:name@latest` are the
     * workspace's (curated `AzureML-…` environments are listed in every workspace too); an
     * `azureml://registries/…` URI is passed to Azure as it is.
     */
    async resolveEnvironment(reference) {
        if (reference.startsWith('azureml://registries/')) {
            const match = /\/environments\/([^/]+)\/(?:versions\/([^/]+)|labels\/([^/]+))$/.exec(reference);
            if (!match)
                throw new errors/* ConfigError */.xL(`environment "${reference}" is not a registry environment URI (azureml://registries/<registry>/environments/<name>/versions/<version>)`);
            return { name: match[1], version: match[2] ?? match[3], reused: true, renumbered: false, armId: reference };
        }
        const short = reference.replace(/^azureml:/, '');
        const parsed = /^([A-Za-z0-9][\w.-]*)(?::([\w.-]+)|@(latest))$/.exec(short);
        if (!parsed)
            throw new errors/* ConfigError */.xL(`environment "${reference}" is not a reference mlship can resolve; write azureml:<name>:<version> or azureml:<name>@latest`);
        const name = parsed[1];
        const versions = await this.listVersions('environments', name);
        const version = parsed[3]
            ? versions.map((v) => v.name).sort((a, b) => Number(b) - Number(a) || b.localeCompare(a))[0]
            : versions.find((v) => v.name === parsed[2])?.name;
        if (!version)
            throw new errors/* NotFoundError */.m_(`environment ${reference} is not in the workspace${versions.length ? ` (versions: ${versions.map((v) => v.name).join(', ')})` : ''}: register it (build-env), or give its definition instead of a reference`, `environment ${name}`);
        return {
            name,
            version,
            reused: true,
            renumbered: false,
            armId: this.client.workspacePath(`/environments/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`),
        };
    }
    /** Image + conda file, or a Docker build context uploaded like any asset (v2 `build.path`). */
    async environmentSource(env, owner) {
        if (!env.buildContext)
            return environmentVersionBody(env).properties;
        const store = await this.store();
        const upload = await uploadAsset(store, env.buildContext, await (0,engine_hash/* hashAsset */.$e)(env.buildContext), owner, this.logger);
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
    async uploadData(path) {
        const content = await (0,engine_hash/* hashAsset */.$e)(path);
        const store = await this.store();
        const upload = await uploadAsset(store, path, content, { name: (0,external_node_path_.basename)(path), version: content.hash.slice(0, 16) }, this.logger);
        return { uri: `${store.uriPrefix}${upload.path}${content.layout.startsWith('file:') ? '' : '/'}`, uploadedBytes: upload.bytes };
    }
    /**
     * Downloads every blob under an azureml://datastores/<default>/paths/<prefix> URI into `target`,
     * keeping the paths below the prefix; returns the files written. Only the default datastore,
     * whose access this client has, is read.
     */
    async downloadFolder(uri, target) {
        const store = await this.store();
        // azureml://datastores/<name>/paths/<prefix>, short or with the workspace in front (both are written).
        const match = /^azureml:\/\/(?:.*\/)?datastores\/([^/]+)\/paths\/(.*)$/i.exec(uri);
        if (!match || match[1] !== store.name)
            throw new errors/* OperationError */.OK(`${uri} is not in the workspace's default datastore (${store.name}); mlship downloads only from there`, uri);
        const prefix = match[2].replace(/\/?$/, '/');
        const written = [];
        for await (const blob of store.container.listBlobsFlat({ prefix })) {
            const rel = blob.name.slice(prefix.length);
            // A blob name is not trusted as a path: nothing may land outside the target folder.
            if (!rel || rel.split('/').some((part) => part === '..' || part === '' || part === '.'))
                continue;
            const file = (0,external_node_path_.join)(target, ...rel.split('/'));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
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
    async readWorkspaceLog(account, containerName, path, maxBytes = 64 * 1024) {
        const store = await this.store();
        if (account !== store.accountName)
            return undefined;
        if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(containerName))
            return undefined;
        const parts = path.replace(/^\/+/, '').split('/');
        if (!parts.length || parts.some((p) => !p || p === '.' || p === '..' || !/^[\w.@=+-]{1,255}$/.test(p)))
            return undefined;
        const container = containerName === store.container.containerName ? store.container : store.sibling(containerName);
        if (!container)
            return undefined;
        try {
            const blob = container.getBlobClient(parts.join('/'));
            const size = (await blob.getProperties()).contentLength ?? 0;
            const offset = Math.max(0, size - maxBytes);
            return (await blob.downloadToBuffer(offset, size - offset)).toString('utf8');
        }
        catch {
            return undefined;
        }
    }
    async ensureCode(directory) {
        const content = await (0,engine_hash/* hashAsset */.$e)(directory);
        const name = `mlship-code-${content.hash.slice(0, 16)}`;
        const found = await this.client.send('GET', `/codes/${encodeURIComponent(name)}/versions`, {
            query: { hash: content.hash, hashVersion: '202208' },
            allow404: true,
        });
        const existing = found.status === 404 ? undefined : found.body.value[0];
        if (existing)
            return { codeId: existing.id, uploadedBytes: 0, hash: content.hash };
        const store = await this.store();
        const upload = await uploadAsset(store, directory, content, { name, version: '1' }, this.logger);
        const put = await this.client.send('PUT', `/codes/${encodeURIComponent(name)}/versions/1`, {
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
function modelVersionBody(options, modelUri, properties) {
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
function environmentVersionBody(env, contextUri) {
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
function condaYaml(env) {
    const dependencies = [`python=${env.pythonVersion ?? '3.11'}`, 'pip'];
    // Azure ML's inference server must be in the image for a score.py environment.
    dependencies.push({ pip: ['azureml-inference-server-http', ...env.pipPackages] });
    return (0,dist/* stringify */.As)({ name: 'mlship', channels: env.condaChannels.length ? env.condaChannels : ['conda-forge'], dependencies });
}
/**
 * A model version asked for by number: reused when it holds these files, registered when it does
 * not exist. As az ml, a number that holds other files is an error, never overwritten.
 * @throws ConfigError when the version exists with other content.
 */
function pinnedVersion(options, versions, matches) {
    const pinned = versions.find((v) => v.name === options.version);
    if (pinned && !matches(pinned))
        throw new errors/* ConfigError */.xL(`model ${options.name}:${options.version} already exists with other files (or another layout or type); raise the version in the config, or remove it to number versions by content`);
    return pinned;
}


/***/ }),

/***/ 73890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ containerClient)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38053);


/**
 * A container client that also trusts `ca` (PEM), like ArmClient's `ca` option: for a storage
 * endpoint with a self-signed certificate (the emulator's Azurite in identity mode, a replay of
 * recorded sessions) when NODE_EXTRA_CA_CERTS could not be set before the process started.
 * storage-blob 12 sends through the core HTTP client its Pipeline holds (`getCoreClientOptions`
 * reads `_coreHttpClient`), which is where the trusting client goes. Without `ca`, a plain client.
 */
function containerClient(url, credential, ca) {
    if (!ca)
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .ContainerClient */ .bM(url, credential);
    const pipeline = (0,_azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .newPipeline */ .vC)(credential);
    const inner = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)();
    const trusting = {
        sendRequest: (request) => {
            request.tlsSettings = { ca };
            return inner.sendRequest(request);
        },
    };
    pipeline._coreHttpClient = trusting;
    return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .ContainerClient */ .bM(url, pipeline);
}


/***/ })

};
