export const id = 892;
export const ids = [892];
export const modules = {

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


/***/ })

};
