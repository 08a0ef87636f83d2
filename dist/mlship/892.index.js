export const id = 892;
export const ids = [892];
export const modules = {

/***/ 1896:
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

/***/ 6892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureBatch: () => (/* binding */ AzureBatch)
});

// EXTERNAL MODULE: ./src/engine/decide.ts
var decide = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/engine/environment.ts
var engine_environment = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/hash.ts
var hash = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/targets/azure/instance-types.ts
var instance_types = __webpack_require__(7915);
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
        const model = await this.options.assets.resolveModel(spec.model);
        const environment = await (0,engine_environment/* registerEnvironment */.fL)(ctx, { assets: this.options.assets }, spec.environment);
        const { codeId } = await this.options.assets.ensureCode(spec.code.directory);
        const specHash = (0,hash/* hashJson */.jM)({
            model: model.hash ?? model.modelId,
            environment: (0,engine_environment/* environmentHash */.SL)(spec.environment),
            code: codeId,
            deployment: { ...spec.deployment, tags: spec.deployment.tags },
            scoringScript: spec.code.entryScript,
        });
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
    /** Creates the endpoint (with the run's provenance tags) and waits until it exists. */
    async createEndpoint(ctx, spec, location, deadline = ctx.clock.now() + OPERATION_MS) {
        ctx.logger.info(`Creating batch endpoint ${spec.endpoint.name} (${location}).`);
        const body = batchEndpointBody({ spec, location, tags: { ...ctx.tags, ...spec.endpoint.tags } });
        return (await this.client.mutate('PUT', this.endpointPath(spec.endpoint.name), body, deadline)).body;
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
    /** The workspace's region, where a new endpoint goes unless a location is given. */
    async workspaceLocation() {
        const workspace = await this.client.get('');
        if (!workspace?.location)
            throw new errors/* ConfigError */.xL('the workspace has no location to create the batch endpoint in: give location');
        return workspace.location;
    }
}


/***/ }),

/***/ 7915:
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


/***/ })

};
