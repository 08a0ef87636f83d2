export const id = 892;
export const ids = [892];
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

/***/ 71896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ parseTraffic),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   UN: () => (/* binding */ sameTraffic),
/* harmony export */   gp: () => (/* binding */ TAGS)
/* harmony export */ });
/** Tags mlship keeps on what it deploys; the engine alone reads and writes them. */
const TAGS = {
    /** On a deployment: hash of everything that defines it. Equal hash, nothing to do. */
    specHash: 'mlship.spec-hash',
    /** On a deployment: share of traffic (percent) it takes once healthy and smoke-tested. */
    trafficWish: 'mlship.traffic-when-healthy',
    /** On an endpoint: the traffic map mlship last set; anything else found there is drift. */
    traffic: 'mlship.traffic',
    /** On an endpoint: the traffic map the last change replaced, for rollback. */
    previousTraffic: 'mlship.previous-traffic',
    /** On an endpoint: who set its traffic last (repository and run), named when two runs collide. */
    trafficWriter: 'mlship.traffic-writer',
};
/**
 * The one deployment decision, made for plan and for deploy alike. A deployment whose spec hash
 * matches and that has not Failed is unchanged; then drift in its instance count, its tags or the
 * endpoint's traffic is what applying puts back. Blue/green: a deployment beside one that serves
 * comes up with no traffic unless a share is asked for; the first one gets everything.
 */
function decide(desired, observed) {
    const { spec, specHash } = desired;
    const current = observed?.deployments.find((d) => d.name === spec.deployment.name);
    const serving = Object.values(observed?.traffic ?? {}).some((share) => share > 0);
    const wish = desired.traffic ?? (serving ? undefined : 100);
    const wishTags = wish === undefined ? {} : { [TAGS.trafficWish]: String(wish) };
    const deploymentTags = { ...spec.deployment.tags, [TAGS.specHash]: specHash, ...wishTags };
    const decision = {
        endpoint: observed ? 'unchanged' : 'create',
        deployment: 'create',
        reason: 'it does not exist yet',
        deploymentTags,
        patch: {},
        drift: [],
    };
    if (!current)
        return decision;
    if (current.tags[TAGS.specHash] !== specHash)
        return { ...decision, deployment: 'update', reason: 'model, code, environment or settings changed' };
    if (current.provisioningState === 'Failed')
        return { ...decision, deployment: 'update', reason: 'the running deployment Failed: it is deployed again' };
    decision.deployment = 'unchanged';
    decision.reason = 'running with this exact spec';
    const tagDrift = Object.entries(spec.deployment.tags).filter(([k, v]) => current.tags[k] !== v);
    if (tagDrift.length) {
        decision.drift.push(`tags ${tagDrift.map(([k, v]) => `${k} (expected "${v}", found ${current.tags[k] === undefined ? 'none' : `"${current.tags[k]}"`})`).join(', ')}`);
    }
    const wishChanged = wish !== undefined && current.tags[TAGS.trafficWish] !== String(wish);
    if (tagDrift.length || wishChanged)
        decision.patch.tags = { ...current.tags, ...Object.fromEntries(tagDrift), ...wishTags };
    const capacity = expectedInstances(spec);
    if (capacity !== undefined && current.instanceCount !== undefined && current.instanceCount !== capacity) {
        decision.drift.push(`instance count is ${current.instanceCount}, expected ${capacity}`);
        decision.patch.instanceCount = capacity;
    }
    const restore = trafficDrift(observed, current);
    if (restore) {
        decision.drift.push(`traffic is ${JSON.stringify(observed.traffic)}, mlship set ${JSON.stringify(restore)}`);
        decision.trafficToRestore = restore;
    }
    if (decision.drift.length)
        decision.reason = `running with this spec; changed outside mlship: ${decision.drift.join('; ')}`;
    else if (wishChanged)
        decision.reason = `running with this spec; traffic once healthy becomes ${wish}%`;
    return decision;
}
/** An autoscaled deployment's instance count is the autoscaler's business, not drift. */
function expectedInstances(spec) {
    return spec.deployment.scale ? undefined : spec.deployment.instanceCount;
}
/**
 * The traffic map to put back: the one mlship last set, when the endpoint now routes otherwise
 * and every deployment in it still exists. Before mlship has set any map there is nothing to
 * compare with, and a deployment still provisioning has not had its share yet.
 */
function trafficDrift(observed, current) {
    if (current.provisioningState !== 'Succeeded')
        return undefined;
    const set = parseTraffic(observed.tags[TAGS.traffic]);
    if (!set || sameTraffic(set, observed.traffic))
        return undefined;
    const names = new Set(observed.deployments.map((d) => d.name));
    return Object.keys(set).every((name) => names.has(name)) ? set : undefined;
}
/** A traffic map kept in a tag; undefined when absent or not one. */
function parseTraffic(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return undefined;
        const entries = Object.entries(value);
        return entries.every(([, share]) => typeof share === 'number' && Number.isInteger(share) && share >= 0 && share <= 100)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Equal maps, where a deployment at 0% and one not listed are the same. */
function sameTraffic(a, b) {
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...names].every((name) => (a[name] ?? 0) === (b[name] ?? 0));
}


/***/ }),

/***/ 16892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureBatch: () => (/* binding */ AzureBatch)
});

// EXTERNAL MODULE: ./src/engine/preflight.ts
var preflight = __webpack_require__(61541);
// EXTERNAL MODULE: ./src/targets/azure/preflight.ts
var azure_preflight = __webpack_require__(56789);
// EXTERNAL MODULE: ./src/engine/decide.ts
var decide = __webpack_require__(71896);
// EXTERNAL MODULE: ./src/engine/environment.ts
var engine_environment = __webpack_require__(17507);
// EXTERNAL MODULE: ./src/engine/batch-plan.ts
var batch_plan = __webpack_require__(39632);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/targets/local/local-batch.ts
var local_batch = __webpack_require__(42192);
// EXTERNAL MODULE: ./src/azure/data-plane.ts
var data_plane = __webpack_require__(77696);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/targets/azure/instance-types.ts
var instance_types = __webpack_require__(47915);
;// CONCATENATED MODULE: ./src/targets/azure/batch-bodies.ts

function batchEndpointBody(options) {
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
const LOGGING_LEVEL = { debug: 'Debug', info: 'Info', warning: 'Warning' };
function batchDeploymentBody(options) {
    const d = options.spec.deployment;
    const s = d.settings;
    return {
        location: options.location,
        tags: options.tags,
        properties: {
            ...(d.description ? { description: d.description } : {}),
            ...(d.properties ? { properties: d.properties } : {}),
            codeConfiguration: { codeId: options.codeId, scoringScript: options.spec.code.entryScript },
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
            retrySettings: { maxRetries: s.maxRetries, timeout: (0,instance_types/* isoDuration */._d)(s.retryTimeoutSeconds * 1000) },
            errorThreshold: s.errorThreshold,
            loggingLevel: LOGGING_LEVEL[s.loggingLevel],
            environmentVariables: s.environmentVariables,
        },
    };
}

;// CONCATENATED MODULE: ./src/targets/azure/azure-batch.ts











const JOB_TERMINAL = new Set(['Completed', 'Failed', 'Canceled']);
/** Lines of a file, read a block at a time (a predictions file can be larger than memory). */
function countLines(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    const buffer = Buffer.alloc(1 << 20);
    let lines = 0;
    let last = 10;
    try {
        for (let n = (0,external_node_fs_.readSync)(fd, buffer); n > 0; n = (0,external_node_fs_.readSync)(fd, buffer)) {
            for (let i = 0; i < n; i += 1)
                if (buffer[i] === 10)
                    lines += 1;
            last = buffer[n - 1];
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    // A last line without its newline is a line too.
    return last === 10 ? lines : lines + 1;
}
/** Batch endpoints and deployments provision in a few minutes; a write that takes longer than this has failed. */
const OPERATION_MS = 30 * 60_000;
/**
 * Batch endpoints with model deployments on an AmlCompute cluster (the `amlcompute` target), on
 * the Azure ML v2 API: `batchEndpoints` and `batchEndpoints/{e}/deployments` (azure-rest-api-specs,
 * api-version 2026-07-01; the recorded session in azure-recordings/batch_services shows the
 * long-running operations: 201 + Azure-AsyncOperation on create, 202 on delete, 404 after).
 * Everything is checked before the first write: the cluster exists and is an AmlCompute cluster.
 */
class AzureBatch {
    options;
    constructor(options) {
        this.options = options;
    }
    get client() {
        return this.options.client;
    }
    endpointPath(endpoint) {
        return `/batchEndpoints/${encodeURIComponent(endpoint)}`;
    }
    endpoint(endpoint) {
        return this.client.get(this.endpointPath(endpoint));
    }
    deployment(endpoint, deployment) {
        return this.client.get(`${this.endpointPath(endpoint)}/deployments/${encodeURIComponent(deployment)}`);
    }
    /**
     * The compute a batch deployment names must be an AmlCompute cluster of the workspace; found
     * missing or of another kind here, before anything is created, not after a failed provisioning.
     */
    async checkCompute(name) {
        const compute = await this.client.get(`/computes/${encodeURIComponent(name)}`);
        if (!compute) {
            const clusters = ((await this.client.listAll('/computes', { allow404: true })) ?? [])
                .filter((c) => c.properties?.computeType === 'AmlCompute')
                .map((c) => c.name);
            throw new errors/* ConfigError */.xL(`compute cluster ${name} does not exist in the workspace${clusters.length ? ` (AmlCompute clusters: ${clusters.join(', ')})` : ' (it has no AmlCompute cluster)'}. Create it (az ml compute create --type amlcompute --name ${name}), or name another in compute:. Nothing was created.`);
        }
        if (compute.properties?.computeType !== 'AmlCompute')
            throw new errors/* ConfigError */.xL(`compute ${name} is a ${compute.properties?.computeType ?? 'compute of unknown kind'}, not an AmlCompute cluster: batch deployments run on AmlCompute clusters. Nothing was created.`);
        return compute.id ?? this.client.workspacePath(`/computes/${encodeURIComponent(name)}`);
    }
    /**
     * Creates or updates the batch endpoint and deployment. An unchanged deployment (same spec hash
     * in its tags) on an endpoint whose default is already right writes nothing.
     */
    async deploy(ctx, spec, options = {}) {
        const endpointName = spec.endpoint.name;
        const name = spec.deployment.name;
        await this.checkCompute(spec.deployment.compute);
        // The caller's roles cover what this deploy writes: a missing one refuses it here, before any write.
        await (0,preflight/* runPreflight */.hg)(ctx.logger, options.preflight === false ? undefined : () => this.preflight(spec));
        const model = await this.options.assets.resolveModel(spec.model);
        const environment = await (0,engine_environment/* registerEnvironment */.fL)(ctx, { assets: this.options.assets }, spec.environment);
        const { codeId, hash: codeHash } = await this.options.assets.ensureCode(spec.code.directory);
        const specHash = (0,batch_plan/* batchSpecHash */.st)(spec, { model: (0,batch_plan/* resolvedModelKey */.T5)(spec, model), code: codeHash });
        const deadline = ctx.clock.now() + OPERATION_MS;
        const found = await this.endpoint(endpointName);
        const location = found?.location ?? this.options.location ?? (await this.workspaceLocation());
        const endpoint = found ?? (await this.createEndpoint(ctx, spec, location, deadline));
        const existing = await this.deployment(endpointName, name);
        const unchanged = existing?.tags?.[decide/* TAGS */.gp.specHash] === specHash && existing.properties.provisioningState === 'Succeeded';
        if (!unchanged) {
            ctx.logger.info(`${existing ? 'Updating' : 'Creating'} batch deployment ${endpointName}/${name} on compute ${spec.deployment.compute}.`);
            const body = batchDeploymentBody({
                spec,
                location,
                workspaceId: this.client.workspacePath(),
                codeId,
                modelId: model.armId,
                environmentId: environment.armId,
                tags: { ...ctx.tags, ...spec.deployment.tags, [decide/* TAGS */.gp.specHash]: specHash },
            });
            await this.client.mutate('PUT', `${this.endpointPath(endpointName)}/deployments/${encodeURIComponent(name)}`, body, deadline);
        }
        const current = endpoint.properties.defaults?.deploymentName ?? undefined;
        const defaultDeployment = !current || options.makeDefault ? name : current;
        if (defaultDeployment !== current) {
            // Made the default only once the deployment provisioned: a job never goes to one that failed.
            ctx.logger.info(`Making ${name} the default deployment of ${endpointName}${current ? ` (was ${current})` : ''}.`);
            const { location: where, tags } = endpoint;
            await this.client.mutate('PUT', this.endpointPath(endpointName), {
                location: where,
                tags,
                properties: { ...batchEndpointBody({ spec, location: where, tags: tags ?? {} }).properties, defaults: { deploymentName: name } },
            }, deadline);
        }
        return {
            endpointName,
            deploymentName: name,
            action: unchanged ? 'unchanged' : existing ? 'updated' : 'created',
            isDefault: defaultDeployment === name,
            defaultDeployment,
            specHash,
            modelId: model.modelId,
        };
    }
    /** What deploy would do, with reads only (a model given by path is compared by its files' identity). */
    async plan(spec, makeDefault) {
        const specHash = (0,batch_plan/* batchSpecHash */.st)(spec, await (0,batch_plan/* batchContent */.eq)(spec, async (ref) => (await this.options.assets.resolveModel(ref)).modelId));
        const endpoint = await this.endpoint(spec.endpoint.name);
        const deployment = endpoint ? await this.deployment(spec.endpoint.name, spec.deployment.name) : undefined;
        return (0,batch_plan/* batchPlan */.Qt)(spec, specHash, {
            endpointExists: !!endpoint,
            deploymentExists: !!deployment,
            deploymentHash: deployment?.properties.provisioningState === 'Succeeded' ? deployment.tags?.[decide/* TAGS */.gp.specHash] : undefined,
            defaultDeployment: endpoint?.properties.defaults?.deploymentName ?? undefined,
        }, makeDefault);
    }
    /** What deploy checks before its first write, beyond the compute: the caller's roles. */
    preflight(spec) {
        return (0,azure_preflight/* checkPermissions */.RS)(this.client, (0,azure_preflight/* actionsNeeded */.TT)({ kind: 'batch', keys: false, registersModel: spec.model?.kind === 'path' }));
    }
    /** Creates the endpoint (with the run's provenance tags) and waits until it exists. */
    async createEndpoint(ctx, spec, location, deadline = ctx.clock.now() + OPERATION_MS) {
        ctx.logger.info(`Creating batch endpoint ${spec.endpoint.name} (${location}).`);
        const body = batchEndpointBody({ spec, location, tags: { ...ctx.tags, ...spec.endpoint.tags } });
        return (await this.client.mutate('PUT', this.endpointPath(spec.endpoint.name), body, deadline)).body;
    }
    /**
     * The stale-preview sweep's view of the workspace's batch endpoints: a deployment that is its
     * endpoint's default while others remain is kept (jobs without a deployment name run on it).
     */
    sweepSource(ctx) {
        return {
            kind: 'batch endpoint',
            listEndpoints: async () => ((await this.client.listAll('/batchEndpoints')) ?? []).map((e) => ({
                name: e.name ?? '',
                tags: e.tags ?? {},
                createdAt: Date.parse(e.systemData?.createdAt ?? ''),
            })),
            deployments: async (endpointName) => {
                const endpoint = await this.endpoint(endpointName);
                if (!endpoint)
                    return undefined;
                const deployments = (await this.client.listAll(`${this.endpointPath(endpointName)}/deployments`, { allow404: true })) ?? [];
                const isDefault = (name) => endpoint.properties.defaults?.deploymentName === name && deployments.length > 1;
                return deployments.map((d) => ({
                    name: d.name ?? '',
                    tags: d.tags ?? {},
                    ...(isDefault(d.name ?? '') ? { keep: `it is the default deployment of batch endpoint ${endpointName}` } : {}),
                }));
            },
            deleteEndpoint: (endpoint) => this.teardown(ctx, endpoint, undefined, { missingOk: true }),
            deleteDeployment: (endpoint, deployment) => this.teardown(ctx, endpoint, deployment, { missingOk: true }),
        };
    }
    /** Deletes one deployment (not the default while others remain, unless forced), or the endpoint with all of them. */
    async teardown(ctx, endpointName, deployment, options = {}) {
        const deadline = ctx.clock.now() + OPERATION_MS;
        const endpoint = await this.endpoint(endpointName);
        if (!endpoint) {
            if (options.missingOk)
                return [];
            throw new errors/* NotFoundError */.m_(`batch endpoint ${endpointName} does not exist in the workspace`, endpointName);
        }
        const deployments = (await this.client.listAll(`${this.endpointPath(endpointName)}/deployments`, { allow404: true })) ?? [];
        if (deployment === undefined) {
            await this.client.mutate('DELETE', this.endpointPath(endpointName), undefined, deadline);
            return [...deployments.map((d) => `batch-deployment:${endpointName}/${d.name}`), `batch-endpoint:${endpointName}`];
        }
        if (!deployments.some((d) => d.name === deployment)) {
            if (options.missingOk)
                return [];
            throw new errors/* NotFoundError */.m_(`batch deployment ${endpointName}/${deployment} does not exist (deployments: ${deployments.map((d) => d.name).join(', ') || 'none'})`, deployment);
        }
        if (endpoint.properties.defaults?.deploymentName === deployment && deployments.length > 1 && !options.force)
            throw new errors/* ConfigError */.xL(`${deployment} is the default deployment of ${endpointName}: jobs invoked without a deployment name run on it. Make another the default first (deploy it with --make-default), or pass --force.`);
        await this.client.mutate('DELETE', `${this.endpointPath(endpointName)}/deployments/${encodeURIComponent(deployment)}`, undefined, deadline);
        return [`batch-deployment:${endpointName}/${deployment}`];
    }
    /**
     * Runs one job: the input (a local path is uploaded to the default datastore first, as az ml does;
     * an azureml:// or https URI is passed as it is) POSTed to the endpoint's scoring URI with a
     * Microsoft Entra token for https://ml.azure.com (batch-contract.md; azure-ai-ml
     * `_batch_endpoint_operations.invoke`), the job polled through ARM until it ends, its score output
     * downloaded as `az ml job download --output-name score` lays it out. A timeout or an interrupt
     * cancels the job on Azure: nothing this run started is left running.
     */
    async invoke(ctx, options) {
        const endpoint = await this.endpoint(options.endpoint);
        if (!endpoint)
            throw new errors/* NotFoundError */.m_(`batch endpoint ${options.endpoint} does not exist in the workspace`, options.endpoint);
        const scoringUri = endpoint.properties.scoringUri;
        if (!scoringUri || endpoint.properties.provisioningState !== 'Succeeded')
            throw new errors/* OperationError */.OK(`batch endpoint ${options.endpoint} is ${endpoint.properties.provisioningState}: it takes jobs once Succeeded`, options.endpoint);
        const name = options.deployment ?? endpoint.properties.defaults?.deploymentName ?? undefined;
        if (!name)
            throw new errors/* ConfigError */.xL(`batch endpoint ${options.endpoint} has no default deployment: name one with --deployment-name`);
        const deployment = await this.deployment(options.endpoint, name);
        if (!deployment)
            throw new errors/* NotFoundError */.m_(`batch deployment ${options.endpoint}/${name} does not exist`, name);
        const outputFileName = deployment.properties.outputFileName ?? 'predictions.csv';
        const appendRow = deployment.properties.outputAction !== 'SummaryOnly';
        if (options.output && appendRow && (0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_path_.resolve)(options.output), 'named-outputs', 'score', outputFileName)))
            throw new errors/* ConfigError */.xL(`${(0,external_node_path_.join)((0,external_node_path_.resolve)(options.output), 'named-outputs', 'score', outputFileName)} already exists: a batch job never overwrites its output file. Choose another --output folder.`);
        const input = await this.inputUri(options.input, options.inputType);
        const token = await this.client.dataPlaneToken();
        if (token)
            ctx.logger.secret(token);
        const kind = input.type === 'uri_file' ? 'UriFile' : 'UriFolder';
        const started = Date.now();
        const answer = await (0,data_plane/* dataPlaneRequest */.w)({
            url: scoringUri,
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                ...(token ? { Authorization: `Bearer ${token}` } : {}),
                ...(options.deployment ? { 'azureml-model-deployment': options.deployment } : {}),
            },
            body: JSON.stringify({ properties: { InputData: { [kind]: { JobInputType: kind, Uri: input.uri } } } }),
            timeoutMs: 120_000,
        });
        if (answer.status >= 400)
            throw new errors/* OperationError */.OK(`the batch endpoint refused the job (${answer.status}): ${answer.body.slice(0, 500)}`, options.endpoint);
        const jobName = String(JSON.parse(answer.body).name ?? '');
        if (!/^[A-Za-z0-9_-]{1,255}$/.test(jobName))
            throw new errors/* OperationError */.OK(`the batch endpoint answered without a usable job name: ${answer.body.slice(0, 200)}`, options.endpoint);
        options.onJob?.(jobName);
        ctx.logger.info(`Started batch job ${jobName} on ${options.endpoint}/${name}: ${input.type} ${input.uri}.`);
        const job = await this.waitForJob(ctx, jobName, options);
        const status = job.properties.status;
        const outputDir = (0,external_node_path_.resolve)(options.output ?? (0,external_node_path_.join)(ctx.home, 'batch-jobs', jobName));
        const scoreUri = job.properties.outputs?.score?.uri;
        const files = scoreUri ? await this.options.assets.downloadFolder(scoreUri, (0,external_node_path_.join)(outputDir, 'named-outputs', 'score')) : [];
        const predictionsFile = files.find((f) => f.endsWith(`/${outputFileName}`));
        return {
            jobName,
            endpoint: options.endpoint,
            deployment: name,
            status,
            ...(status === 'Completed' ? {} : { error: `the job ended ${status}; its logs are in Azure ML studio (job ${jobName})` }),
            ...(predictionsFile ? { predictionsFile, succeededItems: countLines(predictionsFile) } : {}),
            failedMiniBatchDetails: [],
            outputDir,
            durationMs: Date.now() - started,
        };
    }
    /** Cancels a job unless it has ended; true when a cancel was asked for. */
    async cancelJob(jobName) {
        const path = `/jobs/${encodeURIComponent(jobName)}`;
        const job = await this.client.get(path);
        if (!job || JOB_TERMINAL.has(String(job.properties.status)))
            return false;
        await this.client.send('POST', `${path}/cancel`);
        return true;
    }
    /** A local path uploaded (reused when already there), or a datastore or storage URI as it is. */
    async inputUri(input, type) {
        if (/^(azureml|https?|wasbs?|abfss?):/i.test(input))
            return { uri: input, type: type ?? (input.endsWith('/') ? 'uri_folder' : 'uri_file') };
        const local = (0,local_batch/* localInput */.cd)(input, type);
        const { uri } = await this.options.assets.uploadData(local.path);
        return { uri, type: local.type };
    }
    /** Polls the job through ARM until it ends; a timeout or an abort cancels it first. */
    async waitForJob(ctx, jobName, options) {
        const path = `/jobs/${encodeURIComponent(jobName)}`;
        const deadline = Date.now() + (options.timeoutMs ?? OPERATION_MS);
        let cancelled = false;
        for (let interval = 1000;; interval = Math.min(interval * 1.5, 15_000)) {
            const job = await this.client.get(path);
            if (!job)
                throw new errors/* OperationError */.OK(`batch job ${jobName} disappeared from the workspace`, jobName);
            if (JOB_TERMINAL.has(String(job.properties.status)))
                return job;
            if (!cancelled && (Date.now() >= deadline || options.signal?.aborted)) {
                ctx.logger.warn(`Canceling batch job ${jobName}: ${options.signal?.aborted ? 'interrupted' : 'it ran longer than the timeout'}.`);
                await this.client.send('POST', `${path}/cancel`);
                cancelled = true;
            }
            await new Promise((r) => setTimeout(r, cancelled ? 500 : Math.min(interval, Math.max(0, deadline - Date.now()))));
        }
    }
    /** The workspace's region, where a new endpoint goes unless a location is given. */
    async workspaceLocation() {
        const workspace = await this.client.get('');
        if (!workspace?.location)
            throw new errors/* ConfigError */.xL('the workspace has no location to create the batch endpoint in: give location');
        return workspace.location;
    }
}


/***/ }),

/***/ 47915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ instanceTypeFor),
/* harmony export */   _d: () => (/* binding */ isoDuration)
/* harmony export */ });
/* unused harmony export MANAGED_INSTANCE_TYPES */
/**
 * Managed online endpoint instance types, cheapest first, with vCPUs and memory (GiB), from
 * Azure ML's "Managed online endpoints SKU list". A v1 ACI request (cpu, memoryInGB) maps to the
 * first that fits; the `instance-type` input overrides.
 */
const MANAGED_INSTANCE_TYPES = [
    { name: 'Standard_DS1_v2', cpu: 1, memoryGb: 3.5 },
    { name: 'Standard_F2s_v2', cpu: 2, memoryGb: 4 },
    { name: 'Standard_DS2_v2', cpu: 2, memoryGb: 7 },
    { name: 'Standard_F4s_v2', cpu: 4, memoryGb: 8 },
    { name: 'Standard_DS3_v2', cpu: 4, memoryGb: 14 },
    { name: 'Standard_F8s_v2', cpu: 8, memoryGb: 16 },
    { name: 'Standard_DS4_v2', cpu: 8, memoryGb: 28 },
    { name: 'Standard_F16s_v2', cpu: 16, memoryGb: 32 },
    { name: 'Standard_DS5_v2', cpu: 16, memoryGb: 56 },
    { name: 'Standard_E16s_v3', cpu: 16, memoryGb: 128 },
];
/** The smallest managed instance type with at least `cpu` vCPUs and `memoryGb` GiB. */
function instanceTypeFor(cpu = 0.1, memoryGb = 0.5) {
    return MANAGED_INSTANCE_TYPES.find((t) => t.cpu >= cpu && t.memoryGb >= memoryGb)?.name;
}
/**
 * ISO 8601 duration from milliseconds, as ARM wants timeouts (`PT1M30S`, `PT0.5S`): exact to the
 * millisecond (ARM reads them as .NET TimeSpans, which take fractional seconds), never rounded.
 */
function isoDuration(ms) {
    const whole = Math.round(ms);
    const h = Math.floor(whole / 3_600_000);
    const m = Math.floor((whole % 3_600_000) / 60_000);
    const millis = whole % 60_000;
    const seconds = millis % 1000 ? (millis / 1000).toFixed(3).replace(/0+$/, '') : String(millis / 1000);
    return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${millis || (!h && !m) ? `${seconds}S` : ''}`;
}


/***/ }),

/***/ 56789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ checkEndpointName),
/* harmony export */   RS: () => (/* binding */ checkPermissions),
/* harmony export */   TT: () => (/* binding */ actionsNeeded),
/* harmony export */   Wo: () => (/* binding */ checkInstanceType),
/* harmony export */   _b: () => (/* binding */ checkCost)
/* harmony export */ });
/* harmony import */ var _azure_arm_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69758);
/* harmony import */ var _azure_prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6773);
/* harmony import */ var _azure_endpoint_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99743);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23755);
/* harmony import */ var _engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31831);
/* harmony import */ var _engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61541);






/**
 * The reads behind preflight on Azure. Sources: Microsoft.Authorization/permissions (the caller's
 * effective actions at a scope, api-version 2022-04-01, as `az role assignment`'s permission checks
 * read them); VirtualMachineSizes_List and Usages_List of Microsoft.MachineLearningServices
 * (`locations/{location}/vmSizes` and `/usages`: each size's family and vCPUs, each family's
 * dedicated-vCPU usage and limit); the upgrade reserve of managed online endpoints from
 * how-to-manage-quotas.md.
 */
const WS = 'Microsoft.MachineLearningServices/workspaces';
/** What a run will read and write, as ARM actions: what preflight asks the caller's roles for. */
function actionsNeeded(options) {
    const endpoints = options.kind === 'online' ? 'onlineEndpoints' : 'batchEndpoints';
    return [
        ...(options.registersModel ? [`${WS}/models/versions/write`] : []),
        `${WS}/environments/versions/write`,
        `${WS}/codes/versions/write`,
        `${WS}/${endpoints}/read`,
        `${WS}/${endpoints}/write`,
        `${WS}/${endpoints}/deployments/read`,
        `${WS}/${endpoints}/deployments/write`,
        ...(options.keys ? [`${WS}/onlineEndpoints/listKeys/action`] : []),
    ];
}
/** A read that may be refused: the refusal becomes an "unchecked" finding, never a failure of the run. */
async function read(what, check, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const reason = err instanceof _azure_arm_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ArmError */ .d ? `${err.status} ${err.code}` : err.message.split('\n')[0];
        return { check, status: 'unchecked', message: `could not read ${what} (${reason}); not checked` };
    }
}
const isFinding = (value) => !!value && typeof value === 'object' && 'status' in value && 'check' in value;
/** The caller's roles at the workspace against the actions the run needs; a missing one is named with the role that grants it. */
async function checkPermissions(client, needed) {
    const answer = await read('your permissions on the workspace', 'permissions', async () => {
        const response = await client.send('GET', '/providers/Microsoft.Authorization/permissions', {
            query: { 'api-version': '2022-04-01' },
        });
        return response.body.value ?? [];
    });
    if (isFinding(answer))
        return [answer];
    const findings = [];
    const missing = needed.filter((action) => !(0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .allows */ .NB)(answer, action));
    for (const action of missing)
        findings.push({ check: 'permissions', status: 'refused', message: `your identity may not ${action}: grant it ${(0,_engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_4__/* .roleFor */ .IJ)(action)}` });
    // Uploads go with the datastore's key (listSecrets) or, without one, with a storage data role
    // this check cannot see (it is granted on the storage account, not the workspace).
    if (!(0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .allows */ .NB)(answer, `${WS}/datastores/listSecrets/action`))
        findings.push({
            check: 'permissions',
            status: 'unchecked',
            message: `your identity may not read the datastore's key (${WS}/datastores/listSecrets/action): uploads then need Storage Blob Data Contributor on the workspace storage account, which this check cannot see`,
        });
    if (!missing.length)
        findings.unshift({ check: 'permissions', status: 'ok', message: `your roles on the workspace cover the ${needed.length} action(s) this run writes with` });
    return findings;
}
/**
 * The instance type is offered in the region (vmSizes), and its family's dedicated-vCPU quota has
 * room for the instances plus Azure's upgrade reserve.
 */
async function checkInstanceType(client, options) {
    const at = `/providers/Microsoft.MachineLearningServices/locations/${encodeURIComponent(options.location)}`;
    const [sizes, usages] = await Promise.all([
        read(`the instance types offered in ${options.location}`, 'instance-type', async () => (await client.send('GET', client.subscriptionUrl(`${at}/vmSizes`))).body.value ?? []),
        read(`the quota in ${options.location}`, 'quota', async () => (await client.send('GET', client.subscriptionUrl(`${at}/usages`))).body.value ?? []),
    ]);
    if (isFinding(sizes))
        return [sizes, ...(isFinding(usages) ? [usages] : [])];
    const size = sizes.find((s) => s.name.toLowerCase() === options.instanceType.toLowerCase());
    if (!size) {
        const near = sizes
            .map((s) => s.name)
            .filter((n) => n.toLowerCase().startsWith(options.instanceType.toLowerCase().slice(0, 10)))
            .slice(0, 5);
        return [
            {
                check: 'instance-type',
                status: 'refused',
                message: `${options.instanceType} is not offered in ${options.location}${near.length ? ` (offered there: ${near.join(', ')})` : ''}: choose another instance type or region`,
            },
        ];
    }
    const findings = [
        {
            check: 'instance-type',
            status: 'ok',
            message: `${size.name} is offered in ${options.location} (${size.vCPUs ?? '?'} vCPUs, ${size.memoryGB ?? '?'} GB)`,
        },
    ];
    if (isFinding(usages))
        return [...findings, usages];
    const usage = size.family ? usages.find((u) => u.name?.value?.toLowerCase() === size.family.toLowerCase()) : undefined;
    if (!usage || usage.limit === undefined || size.vCPUs === undefined) {
        findings.push({ check: 'quota', status: 'unchecked', message: `no quota figure for ${size.family ?? size.name} in ${options.location}; not checked` });
        return findings;
    }
    const needed = (0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaNeeded */ .S1)(options.instances, size.vCPUs);
    const free = usage.limit - (usage.currentValue ?? 0);
    const detail = `${options.instances} × ${size.name} needs ${needed} vCPUs of ${size.family} (${size.vCPUs} per instance, plus Azure's ${_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .UPGRADE_RESERVE */ .Qb * 100}% upgrade reserve); ${free} of ${usage.limit} are free`;
    findings.push(needed > free
        ? {
            check: 'quota',
            status: 'refused',
            message: `${detail}: request ${needed - free} more vCPUs of ${size.family} in ${options.location}, or deploy fewer or smaller instances`,
        }
        : { check: 'quota', status: 'ok', message: detail });
    return findings;
}
/**
 * What the deployment costs while it runs, on managed online endpoints: instances × the VM size's
 * hourly price (azure/prices.ts). An unknown price is "unchecked", never a failure; with
 * `max`, a dearer deployment is refused.
 */
async function checkCost(options) {
    const price = options.home ? await (0,_azure_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .hourlyPrice */ .z)(options) : undefined;
    if (!price)
        return [
            {
                check: 'cost',
                status: 'unchecked',
                message: `hourly cost unknown (no price for ${options.sku} in ${options.region} from the retail prices API)${options.max !== undefined ? ': max-hourly-cost not enforced' : ''}`,
            },
        ];
    const total = price.price * options.instances;
    const detail = `about ${(0,_engine_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCost */ .BD)(total, price.currency)} while it runs: ${options.instances} × ${options.sku} at ${(0,_engine_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCost */ .BD)(price.price, price.currency)} (pay-as-you-go Linux price in ${options.region})`;
    if (options.max !== undefined && total > options.max)
        return [
            {
                check: 'cost',
                status: 'refused',
                message: `${detail}, above max-hourly-cost ${options.max}: deploy fewer or smaller instances, or raise the limit`,
                hourly: { amount: total, currency: price.currency },
            },
        ];
    return [{ check: 'cost', status: 'ok', message: detail, hourly: { amount: total, currency: price.currency } }];
}
/**
 * A new managed online endpoint's name is free in its region (azure/endpoint-names.ts); one that
 * exists in this workspace is an update, whatever DNS says.
 */
async function checkEndpointName(client, options) {
    if (options.server === undefined)
        return [];
    const here = await read(`endpoint ${options.name}`, 'endpoint-name', () => client.get(options.path));
    if (isFinding(here))
        return [here];
    if (here)
        return [{ check: 'endpoint-name', status: 'ok', message: `endpoint ${options.name} exists in this workspace: it is updated` }];
    const answer = await (0,_azure_endpoint_names_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointNameInRegion */ .c)(options.name, options.region, options.server);
    if (answer.state === 'unknown')
        return [{ check: 'endpoint-name', status: 'unchecked', message: `could not tell whether ${options.name} is free in ${options.region}: ${answer.reason}` }];
    return [
        answer.state === 'taken'
            ? {
                check: 'endpoint-name',
                status: 'refused',
                message: `endpoint name ${options.name} is taken in ${options.region} (${options.name}.${options.region}.inference.ml.azure.com exists; names of managed online endpoints are unique per region): choose another name`,
            }
            : { check: 'endpoint-name', status: 'ok', message: `endpoint name ${options.name} is free in ${options.region}` },
    ];
}


/***/ })

};
