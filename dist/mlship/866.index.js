export const id = 866;
export const ids = [866];
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

/***/ 27617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   cz: () => (/* binding */ readScoringCredentials),
/* harmony export */   kE: () => (/* binding */ stateOfProvisioning)
/* harmony export */ });
/* unused harmony exports PROVISIONING_STATES, MAX_RETRY_AFTER_MS */
/**
 * Azure's answers read one way, in one place: how long Azure asks us to wait, what a
 * provisioning state means, and how an endpoint's scoring credential is read (and masked).
 */
/**
 * What each ARM provisioning state of an online or batch deployment means for the user
 * (`ProvisioningState` / `DeploymentProvisioningState` in the vendored spec). Succeeded is
 * Healthy only once the deployment answers: see `AzureTarget.status`.
 */
const PROVISIONING_STATES = {
    Creating: 'Transitioning',
    Updating: 'Transitioning',
    Scaling: 'Transitioning',
    Deleting: 'Transitioning',
    Succeeded: 'Provisioned',
    Failed: 'Failed',
    // A Canceled create or update never finished: nothing it describes is running.
    Canceled: 'Failed',
};
/**
 * The service state for a provisioning state; 'Provisioned' when Azure finished (the caller
 * then decides Healthy). A state Azure adds later is treated as still moving, never as Healthy.
 */
function stateOfProvisioning(provisioning) {
    return PROVISIONING_STATES[provisioning ?? 'Succeeded'] ?? 'Transitioning';
}
/** No single wait on Azure's word is longer than this; the caller's deadline caps it further. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;
/**
 * Retry-After (RFC 9110: delay-seconds or an HTTP date) in milliseconds, capped at
 * MAX_RETRY_AFTER_MS. Undefined when absent, unreadable or already past: then the caller's own
 * pace applies. Real Azure ML sends none on its operation polls today (recordings).
 */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    const text = value.trim();
    const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
    if (!Number.isFinite(ms) || ms <= 0)
        return undefined;
    return Math.min(ms, MAX_RETRY_AFTER_MS);
}
/**
 * The credential a caller scores an endpoint with: its primary key (Key auth), an aml token
 * (AMLToken auth) or the caller's own Entra token (AADToken auth). Every key and token is handed
 * to `logger.secret` before it is returned, so it is masked before anything could print it.
 */
async function readScoringCredentials(source, endpointPath, authMode, logger) {
    const { post } = source;
    if (authMode === 'AADToken') {
        const token = await source.entraToken();
        if (token)
            logger.secret(token);
        return { token };
    }
    if (authMode === 'Key') {
        const keys = await post(`${endpointPath}/listKeys`);
        for (const key of [keys.primaryKey, keys.secondaryKey])
            if (key)
                logger.secret(key);
        return { keys: { primaryKey: keys.primaryKey ?? '', secondaryKey: keys.secondaryKey ?? '' } };
    }
    if (authMode === 'AMLToken') {
        const token = (await post(`${endpointPath}/token`)).accessToken;
        if (token)
            logger.secret(token);
        return { token: token ?? undefined };
    }
    return {};
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

/***/ 80866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZURE_POLL_INTERVALS: () => (/* binding */ AZURE_POLL_INTERVALS),
  AzureTarget: () => (/* binding */ AzureTarget),
  buildLogLocation: () => (/* binding */ buildLogLocation)
});

// EXTERNAL MODULE: ./src/targets/azure/preflight.ts
var preflight = __webpack_require__(56789);
// EXTERNAL MODULE: ./src/targets/azure/instance-types.ts
var instance_types = __webpack_require__(47915);
// EXTERNAL MODULE: ./src/engine/crash.ts
var crash = __webpack_require__(97465);
// EXTERNAL MODULE: ./src/azure/arm-error.ts
var arm_error = __webpack_require__(69758);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/targets/azure/bodies.ts

/** az ml's auth_mode for ARM's `authMode`. Azure has no endpoint without auth: `none` (a v1 ACI default) is Key. */
function endpointAuthMode(mode) {
    return mode === 'aml_token' ? 'AMLToken' : mode === 'aad_token' ? 'AADToken' : 'Key';
}
/** ARM's `authMode` in the spec's words. */
function authModeOf(mode) {
    return mode === 'AMLToken' ? 'aml_token' : mode === 'AADToken' ? 'aad_token' : 'key';
}
/** The OnlineEndpoint PUT body for a new endpoint. */
function endpointBody(options) {
    const e = options.spec.endpoint;
    const identity = e.identity ?? { type: 'SystemAssigned' };
    return {
        location: options.location,
        tags: options.tags,
        ...(e.kind ? { kind: e.kind } : {}),
        identity: {
            type: identity.type,
            ...(identity.userAssigned?.length ? { userAssignedIdentities: Object.fromEntries(identity.userAssigned.map((id) => [id, {}])) } : {}),
        },
        properties: {
            authMode: endpointAuthMode(e.authMode),
            description: e.description,
            ...(e.properties ? { properties: e.properties } : {}),
            ...(e.publicNetworkAccess ? { publicNetworkAccess: e.publicNetworkAccess } : {}),
            ...(options.computeId ? { compute: options.computeId } : {}),
        },
    };
}
/** The OnlineDeployment PUT body (api-version 2026-07-01) for a spec: managed for aci, Kubernetes for aks. */
function deploymentBody(options) {
    const d = options.spec.deployment;
    const managed = options.kind === 'aci';
    const probe = (p) => ({
        initialDelay: (0,instance_types/* isoDuration */._d)(p.initialDelaySeconds * 1000),
        period: (0,instance_types/* isoDuration */._d)(p.periodSeconds * 1000),
        timeout: (0,instance_types/* isoDuration */._d)(p.timeoutSeconds * 1000),
        failureThreshold: p.failureThreshold,
        successThreshold: p.successThreshold,
    });
    const properties = {
        endpointComputeType: managed ? 'Managed' : 'Kubernetes',
        description: d.description,
        ...(d.properties ? { properties: d.properties } : {}),
        ...(managed && d.egressPublicNetworkAccess ? { egressPublicNetworkAccess: d.egressPublicNetworkAccess } : {}),
        model: options.modelId,
        codeConfiguration: { codeId: options.codeId, scoringScript: options.spec.code.entryScript },
        environmentId: options.environmentId,
        environmentVariables: { ...options.spec.environment.environmentVariables, ...d.environmentVariables },
        instanceType: d.instanceType ?? (managed ? (0,instance_types/* instanceTypeFor */.Lf)(d.cpu, d.memoryGb) : undefined),
        appInsightsEnabled: d.appInsights,
        requestSettings: {
            requestTimeout: (0,instance_types/* isoDuration */._d)(d.requestTimeoutMs),
            maxConcurrentRequestsPerInstance: d.maxConcurrentRequests,
            maxQueueWait: (0,instance_types/* isoDuration */._d)(d.maxQueueWaitMs),
        },
        scaleSettings: d.scale
            ? {
                scaleType: 'TargetUtilization',
                minInstances: d.scale.minInstances,
                maxInstances: d.scale.maxInstances,
                targetUtilizationPercentage: d.scale.targetUtilization,
                pollingInterval: (0,instance_types/* isoDuration */._d)(d.scale.pollingIntervalSeconds * 1000),
            }
            : { scaleType: 'Default' },
        ...(d.liveness ? { livenessProbe: probe(d.liveness) } : {}),
        ...(d.readiness ? { readinessProbe: probe(d.readiness) } : {}),
    };
    const resources = d.kubernetesResources;
    if (!managed && resources) {
        const requests = quantities(resources.requests);
        const limits = quantities(resources.limits);
        properties.containerResourceRequirements = {
            ...(requests ? { containerResourceRequests: requests } : {}),
            ...(limits ? { containerResourceLimits: limits } : {}),
        };
    }
    return { location: options.location, tags: options.tags, sku: { name: 'Default', capacity: d.scale?.minInstances ?? d.instanceCount }, properties };
}
/** Kubernetes quantities as ARM takes them; undefined when none is set. */
function quantities(q) {
    const set = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));
    return Object.keys(set).length ? set : undefined;
}

// EXTERNAL MODULE: ./src/azure/data-plane.ts
var data_plane = __webpack_require__(77696);
// EXTERNAL MODULE: ./src/azure/policy.ts
var policy = __webpack_require__(27617);
// EXTERNAL MODULE: ./src/engine/decide.ts
var decide = __webpack_require__(71896);
;// CONCATENATED MODULE: ./src/targets/azure/azure-target.ts









/**
 * Azure deployments take 3-15 minutes. Looking every 8 s at most keeps the median delay near 4 s
 * while reading about a third as often as a 5 s poller (bench/ measures both against fixed pollers).
 */
const AZURE_POLL_INTERVALS = { initialMs: 2000, maxMs: 8000 };
const DEFAULT_OPERATION_MS = 30 * 60_000;
const MIN_OPERATION_MS = 2 * 60_000;
const MIN_REQUEST_MS = 10_000;
/** A probe is one small GET: a front door that takes longer than this is not answering. */
const PROBE_TIMEOUT_MS = 15_000;
/**
 * `aci` (managed online endpoint) and `aks` (Kubernetes online endpoint) on the Azure ML v2 API:
 * reads and writes endpoints and deployments; the engine decides what to write.
 */
class AzureTarget {
    options;
    name;
    assets;
    pollIntervals;
    client;
    constructor(options) {
        this.options = options;
        this.name = options.kind;
        this.pollIntervals = options.poll ?? AZURE_POLL_INTERVALS;
        this.client = options.client;
        this.assets = options.assets;
    }
    /**
     * Every Azure operation of this run ends by the user's timeout (30 minutes when none was given),
     * but a write started in time gets MIN_OPERATION_MS to finish: cutting a traffic move short
     * halfway would leave the endpoint in a state nobody chose.
     */
    deadline() {
        const now = this.options.clock.now();
        return this.options.deadline === undefined ? now + DEFAULT_OPERATION_MS : Math.max(this.options.deadline, now + MIN_OPERATION_MS);
    }
    /** Time left for one request (a probe, the smoke test): the user's timeout, at least MIN_REQUEST_MS. */
    remainingMs() {
        const left = (this.options.deadline ?? this.options.clock.now() + DEFAULT_OPERATION_MS) - this.options.clock.now();
        return Math.max(MIN_REQUEST_MS, left);
    }
    endpointPath(endpoint, deployment) {
        return `/onlineEndpoints/${encodeURIComponent(endpoint)}${deployment === undefined ? '' : `/deployments/${encodeURIComponent(deployment)}`}`;
    }
    async describe(endpoint) {
        const read = await this.client.send('GET', this.endpointPath(endpoint), { allow404: true });
        if (read.status === 404)
            return undefined;
        const raw = read.body;
        const deployments = (await this.client.listAll(`${this.endpointPath(endpoint)}/deployments`)) ?? [];
        return {
            name: endpoint,
            authMode: authModeOf(raw.properties.authMode),
            traffic: { ...(raw.properties.traffic ?? {}) },
            tags: { ...(raw.tags ?? {}) },
            scoringUri: raw.properties.scoringUri ?? '',
            swaggerUri: raw.properties.swaggerUri ?? '',
            createdAt: Date.parse(raw.systemData?.createdAt ?? ''),
            etag: read.headers.etag,
            location: raw.location,
            deployments: deployments.map((d) => ({
                name: d.name ?? '',
                provisioningState: String(d.properties.provisioningState ?? 'Succeeded'),
                tags: { ...(d.tags ?? {}) },
                instanceCount: d.sku?.capacity,
            })),
        };
    }
    async createEndpoint(spec, tags) {
        const computeId = this.name === 'aks' ? await this.kubernetesCompute(spec) : undefined;
        const name = spec.endpoint.name;
        await this.client.mutate('PUT', this.endpointPath(name), endpointBody({ spec, location: this.location(spec), tags, computeId }), this.deadline());
        const created = await this.describe(name);
        if (!created)
            throw new errors/* OperationError */.OK(`endpoint ${name} was created but cannot be read back`, name);
        return created;
    }
    async putDeployment(write, logger) {
        const { spec } = write;
        if (spec.endpoint.keys) {
            logger.warn('keys in the deployment config cannot be chosen on Azure, which generates them; they are used by the local target only. Read the real ones with `az ml online-endpoint get-credentials`.');
        }
        // The compute (and its namespace) is checked before anything is uploaded, also when the endpoint already existed.
        if (this.name === 'aks' && spec.deployment.namespace)
            await this.kubernetesCompute(spec);
        const { codeId } = await this.assets.ensureCode(spec.code.directory);
        (0,crash/* crashPoint */.u)('azure:code-uploaded');
        const body = deploymentBody({
            spec,
            kind: this.name,
            location: write.endpoint.location ?? this.location(spec),
            codeId,
            modelId: write.model?.armId,
            environmentId: write.environment.armId,
            tags: write.tags,
        });
        // Not waited for here: deploy-model's outputs come first; wait-healthy follows the provisioning.
        const put = await this.client.send('PUT', this.endpointPath(write.endpoint.name, spec.deployment.name), { body });
        logger.info(`Deployment ${write.endpoint.name}/${spec.deployment.name} submitted (${body.properties.instanceType ?? 'default instance type'}, ${body.sku?.capacity} instance(s)).`);
        const operation = put.headers['azure-asyncoperation'];
        return { scoringUri: write.endpoint.scoringUri, swaggerUri: write.endpoint.swaggerUri, ...(operation ? { operation } : {}) };
    }
    /**
     * The error of the deployment's operation (ARM keeps it on the Azure-AsyncOperation status, not on
     * the deployment), read only from the ARM endpoint mlship talks to; the image build log an
     * ImageBuildFailure names, from the workspace's storage; the probe settings, from the deployment.
     */
    async failure(endpoint, deployment, operation) {
        const found = {};
        if (operation && this.client.isOwnUrl(operation)) {
            const status = await this.client
                .send('GET', operation)
                .then((r) => r.body)
                .catch(() => undefined);
            if (status?.error)
                found.error = status.error;
        }
        const location = buildLogLocation(`${found.error?.message ?? ''}\n${(found.error?.details ?? []).map((d) => d.message).join('\n')}`);
        if (location) {
            const log = await this.assets.readWorkspaceLog(location.account, location.container, location.path).catch(() => undefined);
            if (log)
                found.buildLog = log;
        }
        const d = await this.client.get(this.endpointPath(endpoint, deployment)).catch(() => undefined);
        const probe = (p) => p
            ? `initial delay ${p.initialDelay ?? '?'}, period ${p.period ?? '?'}, timeout ${p.timeout ?? '?'}, failure threshold ${p.failureThreshold ?? '?'}`
            : undefined;
        const liveness = probe(d?.properties.livenessProbe ?? undefined);
        const readiness = probe(d?.properties.readinessProbe ?? undefined);
        if (liveness || readiness)
            found.probes = [liveness && `liveness ${liveness}`, readiness && `readiness ${readiness}`].filter(Boolean).join('; ');
        if (this.name === 'aks' && d)
            found.resources = await this.instanceTypeResources(endpoint, d.properties.instanceType ?? undefined).catch(() => undefined);
        return found;
    }
    /** On Kubernetes: the deployment's instance type, with what it requests and is limited to, as the compute defines it. */
    async instanceTypeResources(endpoint, instanceType) {
        const computeId = (await this.client.get(this.endpointPath(endpoint)))?.properties.compute;
        const name = computeId?.split('/computes/')[1];
        if (!name || !/^[A-Za-z0-9_-]{1,255}$/.test(name))
            return undefined;
        const compute = await this.client.get(`/computes/${encodeURIComponent(name)}`);
        const props = compute?.properties?.properties;
        const type = instanceType ?? props?.defaultInstanceType;
        if (!type)
            return undefined;
        const resources = props?.instanceTypes?.[type]?.resources;
        if (!resources)
            return `${type} (not defined on compute ${name})`;
        const show = (r) => Object.entries(r ?? {})
            .filter(([, v]) => v)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || 'none';
        return `${type} on compute ${name} requests ${show(resources.requests)}, limited to ${show(resources.limits)}`;
    }
    async patchDeployment(endpoint, deployment, patch) {
        const body = {};
        if (patch.tags)
            body.tags = patch.tags;
        if (patch.instanceCount !== undefined)
            body.sku = { capacity: patch.instanceCount };
        await this.client.mutate('PATCH', this.endpointPath(endpoint, deployment), body, this.deadline());
    }
    /**
     * A PUT of the whole endpoint with the new traffic map (ARM's endpoint PATCH carries only tags and
     * identity), then a read of what the endpoint routes now. The write is conditional on the endpoint
     * being as `observed`: If-Match with the ETag it was read with (when Azure gives one), and the
     * traffic map still the one the decision was made on.
     * @throws ConcurrentChangeError when someone else changed the endpoint in between.
     */
    async writeTraffic(observed, traffic, tags) {
        const raw = await this.client.get(this.endpointPath(observed.name));
        if (!raw)
            throw new errors/* NotFoundError */.m_(`endpoint ${observed.name} does not exist`, observed.name);
        const p = raw.properties;
        const changed = () => new errors/* ConcurrentChangeError */.wy(`endpoint ${observed.name} changed since it was read`, observed.name);
        if (!(0,decide/* sameTraffic */.UN)(p.traffic ?? {}, observed.traffic))
            throw changed();
        try {
            await this.client.mutate('PUT', this.endpointPath(observed.name), {
                location: raw.location,
                kind: raw.kind,
                // The endpoint as it is (identity, network access, properties), with the new traffic.
                identity: raw.identity?.type
                    ? {
                        type: raw.identity.type,
                        ...(raw.identity.userAssignedIdentities ? { userAssignedIdentities: keysOnly(raw.identity.userAssignedIdentities) } : {}),
                    }
                    : undefined,
                tags: { ...raw.tags, ...tags },
                properties: {
                    authMode: p.authMode,
                    description: p.description,
                    ...(p.properties ? { properties: p.properties } : {}),
                    ...(p.publicNetworkAccess ? { publicNetworkAccess: p.publicNetworkAccess } : {}),
                    ...(p.compute ? { compute: p.compute } : {}),
                    traffic,
                },
            }, this.deadline(), observed.etag ? { 'If-Match': observed.etag } : undefined);
        }
        catch (err) {
            if (err instanceof arm_error/* ArmError */.d && err.status === 412)
                throw changed();
            throw err;
        }
        return { ...((await this.client.get(this.endpointPath(observed.name)))?.properties.traffic ?? {}) };
    }
    async deleteDeployment(endpoint, deployment) {
        await this.client.mutate('DELETE', this.endpointPath(endpoint, deployment), undefined, this.deadline());
    }
    async deleteEndpoint(endpoint) {
        await this.client.mutate('DELETE', this.endpointPath(endpoint), undefined, this.deadline());
    }
    /**
     * Before anything is created: the caller's roles cover what the run writes; on aks the Kubernetes
     * compute exists; on aci the instance type is offered in the region and its quota has room for
     * the instances plus the upgrade reserve. Each is one read, made in parallel.
     */
    async preflight(spec, options = {}) {
        const d = spec.deployment;
        const checks = [
            (0,preflight/* checkPermissions */.RS)(this.client, (0,preflight/* actionsNeeded */.TT)({ kind: 'online', keys: spec.endpoint.authMode === 'key', registersModel: spec.model?.kind === 'path' })),
        ];
        if (this.name === 'aks')
            checks.push(this.computeFinding(spec).then((f) => [f]));
        else {
            const instanceType = d.instanceType ?? (0,instance_types/* instanceTypeFor */.Lf)(d.cpu, d.memoryGb);
            const location = d.location ?? this.options.location ?? (await this.client.get('').catch(() => undefined))?.location ?? undefined;
            const instances = d.scale?.minInstances ?? d.instanceCount;
            if (instanceType && location) {
                checks.push((0,preflight/* checkInstanceType */.Wo)(this.client, { instanceType, instances, location }));
                const name = spec.endpoint.name;
                checks.push((0,preflight/* checkEndpointName */.Lf)(this.client, { name, region: location, server: this.options.nameServer, path: this.endpointPath(name) }));
                checks.push((0,preflight/* checkCost */._b)({
                    ...this.options.prices,
                    home: this.options.prices?.home ?? '',
                    sku: instanceType,
                    region: location,
                    instances,
                    max: options.maxHourlyCost,
                }));
            }
        }
        return (await Promise.all(checks)).flat();
    }
    location(spec) {
        const location = spec.deployment.location ?? this.options.location;
        if (!location)
            throw new errors/* ConfigError */.xL('a new endpoint needs an Azure region: set the "location" input (e.g. westeurope), or "location" in the deployment config');
        return location;
    }
    /**
     * The Kubernetes compute check createEndpoint and putDeployment make (attached, of that kind, the
     * namespace), as a preflight finding: its refusal refuses, a read that fails is unchecked.
     */
    async computeFinding(spec) {
        try {
            await this.kubernetesCompute(spec);
            return { check: 'compute', status: 'ok', message: `compute ${spec.deployment.compute} is a Kubernetes compute of the workspace` };
        }
        catch (err) {
            if (err instanceof errors/* ConfigError */.xL)
                return { check: 'compute', status: 'refused', message: err.message };
            return {
                check: 'compute',
                status: 'unchecked',
                message: `could not read compute ${spec.deployment.compute} (${err.message.split('\n')[0]}); not checked`,
            };
        }
    }
    async kubernetesCompute(spec) {
        const name = spec.deployment.compute;
        if (!name)
            throw new errors/* ConfigError */.xL('target aks needs the Kubernetes compute attached to the workspace: set the "compute" input (or computeTarget in the deployment config)');
        const compute = await this.client.get(`/computes/${encodeURIComponent(name)}`);
        if (!compute)
            throw new errors/* ConfigError */.xL(`compute "${name}" is not attached to the workspace; attach the AKS cluster as a Kubernetes compute first (az ml compute attach --type Kubernetes)`);
        const type = compute.properties?.computeType;
        if (type !== 'Kubernetes' && type !== 'AKS')
            throw new errors/* ConfigError */.xL(`compute "${name}" is ${type}, not a Kubernetes compute`);
        // A deployment runs in the namespace the cluster was attached with; a config naming another
        // would silently deploy elsewhere than asked.
        const namespace = compute.properties?.properties?.namespace ?? 'default';
        const wanted = spec.deployment.namespace;
        if (wanted && wanted !== namespace)
            throw new errors/* ConfigError */.xL(`namespace "${wanted}" in the deployment config is not the namespace of compute "${name}" ("${namespace}"): deployments run in the namespace the cluster was attached with. Attach a compute for "${wanted}" (az ml compute attach --namespace ${wanted}) and name it, or remove namespace.`);
        return compute.id;
    }
    /**
     * Azure's provisioning state first (policy.ts's table); once Succeeded, a probe of the
     * deployment through the endpoint's front door (GET swagger.json pinned to the deployment, which
     * runs no user code): an answer below 500 is Healthy, a 5xx is Unhealthy. A front door this
     * machine cannot reach (a private endpoint) leaves the provisioning state as the verdict, and
     * says so.
     */
    async status(endpoint, deployment) {
        const read = await this.client.send('GET', this.endpointPath(endpoint, deployment), { allow404: true });
        if (read.status === 404)
            throw new errors/* NotFoundError */.m_(`deployment ${deployment} does not exist on endpoint ${endpoint}`, `${endpoint}/${deployment}`);
        const d = read.body;
        const e = await this.client.get(this.endpointPath(endpoint));
        const scoringUri = e?.properties.scoringUri ?? undefined;
        const provisioning = String(d.properties.provisioningState ?? 'Succeeded');
        const state = (0,policy/* stateOfProvisioning */.kE)(provisioning);
        if (state !== 'Provisioned')
            return { state, detail: `provisioning state ${provisioning}`, scoringUri, retryAfterMs: (0,policy/* retryAfterMs */.Vs)(read.headers['retry-after']) };
        if (!e)
            return { state: 'Failed', detail: `endpoint ${endpoint} is gone` };
        return { ...(await this.probe(endpoint, deployment, e)), scoringUri };
    }
    async probe(endpoint, deployment, e) {
        const url = e.properties.swaggerUri;
        if (!url)
            return { state: 'Healthy', detail: 'provisioned (the endpoint names no route to probe)' };
        const credential = await this.scoringCredential(endpoint, e.properties.authMode);
        try {
            const answer = await (0,data_plane/* dataPlaneRequest */.w)({
                url,
                method: 'GET',
                headers: { ...(credential ? { Authorization: `Bearer ${credential}` } : {}), 'azureml-model-deployment': deployment },
                timeoutMs: Math.min(PROBE_TIMEOUT_MS, this.remainingMs()),
            });
            if (answer.status >= 500)
                return { state: 'Unhealthy', detail: `provisioned, but its scoring route answers ${answer.status}` };
            return { state: 'Healthy', detail: `provisioned, and its scoring route answers (${answer.status})` };
        }
        catch (err) {
            return {
                state: 'Healthy',
                detail: `provisioned; its scoring route could not be reached from here (${err.message}), so Azure's probes are the verdict`,
            };
        }
    }
    async invoke(endpoint, deployment, body) {
        const started = performance.now();
        const e = await this.client.get(this.endpointPath(endpoint));
        if (!e)
            throw new errors/* NotFoundError */.m_(`endpoint ${endpoint} does not exist`, endpoint);
        const credential = await this.scoringCredential(endpoint, e.properties.authMode);
        const response = await (0,data_plane/* dataPlaneRequest */.w)({
            url: String(e.properties.scoringUri),
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
                ...(deployment ? { 'azureml-model-deployment': deployment } : {}),
            },
            body,
            // Within the user's timeout, not a fixed one.
            timeoutMs: this.remainingMs(),
        });
        return {
            status: response.status,
            body: response.body,
            durationMs: performance.now() - started,
            deployment: response.headers['azureml-model-deployment'],
        };
    }
    async keys(endpoint, logger) {
        const e = await this.client.get(this.endpointPath(endpoint));
        if (!e)
            throw new errors/* NotFoundError */.m_(`endpoint ${endpoint} does not exist`, endpoint);
        return (await (0,policy/* readScoringCredentials */.cz)(this.credentialSource, this.endpointPath(endpoint), e.properties.authMode, logger)).keys;
    }
    /** The endpoint key or an aml token, masked the moment it is read (policy.ts). */
    async scoringCredential(endpoint, authMode) {
        const read = await (0,policy/* readScoringCredentials */.cz)(this.credentialSource, this.endpointPath(endpoint), authMode, this.options.logger);
        return read.keys?.primaryKey || read.token;
    }
    credentialSource = {
        post: async (path) => (await this.client.send('POST', path)).body,
        entraToken: () => this.client.dataPlaneToken(),
    };
    async logs(endpoint, deployment, lines, container) {
        const parts = [];
        const containers = { 'storage-initializer': 'StorageInitializer', 'inference-server': 'InferenceServer' };
        for (const containerType of container ? [containers[container]] : Object.values(containers)) {
            const response = await this.client
                .send('POST', `${this.endpointPath(endpoint, deployment)}/getLogs`, { body: { containerType, tail: lines }, allow404: true })
                .catch(() => undefined);
            if (response?.body?.content)
                parts.push(`--- ${containerType} ---\n${response.body.content.trimEnd()}`);
        }
        return parts.join('\n');
    }
    async listEndpoints() {
        const list = (await this.client.listAll('/onlineEndpoints')) ?? [];
        return list.map((e) => ({ name: e.name ?? '', tags: e.tags ?? {}, createdAt: Date.parse(e.systemData?.createdAt ?? '') }));
    }
}
/**
 * Where an ImageBuildFailure says its build log is, in either wording Microsoft documents
 * (how-to-troubleshoot-online-endpoints.md: "the build log under the storage account '<account>'
 * in the container '<container>' at the path '<path>'"; MicrosoftDocs/azure-docs PR 91296: "The
 * build log is available in the workspace blob store "<store>" under the path "/azureml/ImageLogs/<id>/build.log"").
 */
function buildLogLocation(message) {
    const named = /storage account '([a-z0-9]{3,24})' in the container '([a-z0-9-]{3,63})' at the path '([^']+)'/i.exec(message);
    if (named)
        return { account: named[1], container: named[2], path: named[3] };
    const store = /workspace blob store "([a-z0-9]{3,24})" under the path "\/?([a-z0-9-]{3,63})\/([^"]+)"/i.exec(message);
    return store ? { account: store[1], container: store[2], path: store[3] } : undefined;
}
/** User-assigned identities as a request names them: ids with empty objects (ARM fills in the rest). */
function keysOnly(identities) {
    return Object.fromEntries(Object.keys(identities).map((id) => [id, {}]));
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
