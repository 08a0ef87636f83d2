export const id = 539;
export const ids = [539];
export const modules = {

/***/ 9758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ArmError),
/* harmony export */   z: () => (/* binding */ armErrorFrom)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);

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
        return '. The identity lacks permission: grant it "AzureML Data Scientist" (or Contributor) on the workspace.';
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

/***/ 9539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZURE_POLL_INTERVALS: () => (/* binding */ AZURE_POLL_INTERVALS),
  AzureTarget: () => (/* binding */ AzureTarget)
});

// EXTERNAL MODULE: ./src/engine/crash.ts
var crash = __webpack_require__(7465);
// EXTERNAL MODULE: ./src/azure/arm-error.ts
var arm_error = __webpack_require__(9758);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
;// CONCATENATED MODULE: ./src/targets/azure/instance-types.ts
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
/** ISO 8601 duration from milliseconds, as ARM wants timeouts (`PT1M30S`). */
function isoDuration(ms) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

;// CONCATENATED MODULE: ./src/targets/azure/bodies.ts

function endpointAuthMode(mode) {
    return mode === 'aml_token' ? 'AMLToken' : 'Key';
}
/** The spec's auth mode for Azure's: Entra ID tokens and aml tokens are both bearer tokens the caller obtains. */
function authModeOf(mode) {
    return mode === 'Key' ? 'key' : 'aml_token';
}
/** The OnlineEndpoint PUT body for a new endpoint. */
function endpointBody(options) {
    return {
        location: options.location,
        tags: options.tags,
        identity: { type: 'SystemAssigned' },
        properties: {
            authMode: endpointAuthMode(options.spec.endpoint.authMode),
            description: options.spec.endpoint.description,
            ...(options.computeId ? { compute: options.computeId } : {}),
        },
    };
}
/** The OnlineDeployment PUT body (api-version 2026-07-01) for a spec: managed for aci, Kubernetes for aks. */
function deploymentBody(options) {
    const d = options.spec.deployment;
    const managed = options.kind === 'aci';
    const probe = (p) => ({
        initialDelay: isoDuration(p.initialDelaySeconds * 1000),
        period: isoDuration(p.periodSeconds * 1000),
        timeout: isoDuration(p.timeoutSeconds * 1000),
        failureThreshold: p.failureThreshold,
        successThreshold: p.successThreshold,
    });
    const properties = {
        endpointComputeType: managed ? 'Managed' : 'Kubernetes',
        model: options.modelId,
        codeConfiguration: { codeId: options.codeId, scoringScript: options.spec.code.entryScript },
        environmentId: options.environmentId,
        environmentVariables: { ...options.spec.environment.environmentVariables, ...d.environmentVariables },
        instanceType: d.instanceType ?? (managed ? instanceTypeFor(d.cpu, d.memoryGb) : undefined),
        appInsightsEnabled: d.appInsights,
        requestSettings: {
            requestTimeout: isoDuration(d.requestTimeoutMs),
            maxConcurrentRequestsPerInstance: d.maxConcurrentRequests,
            maxQueueWait: isoDuration(d.maxQueueWaitMs),
        },
        scaleSettings: d.scale
            ? {
                scaleType: 'TargetUtilization',
                minInstances: d.scale.minInstances,
                maxInstances: d.scale.maxInstances,
                targetUtilizationPercentage: d.scale.targetUtilization,
                pollingInterval: isoDuration(d.scale.pollingIntervalSeconds * 1000),
            }
            : { scaleType: 'Default' },
        ...(d.liveness ? { livenessProbe: probe(d.liveness) } : {}),
        ...(d.readiness ? { readinessProbe: probe(d.readiness) } : {}),
    };
    if (!managed && (d.cpu || d.memoryGb)) {
        properties.containerResourceRequirements = {
            containerResourceRequests: { cpu: d.cpu ? String(d.cpu) : undefined, memory: d.memoryGb ? `${Math.ceil(d.memoryGb * 1024)}Mi` : undefined },
        };
    }
    return { location: options.location, tags: options.tags, sku: { name: 'Default', capacity: d.scale?.minInstances ?? d.instanceCount }, properties };
}

;// CONCATENATED MODULE: ./src/targets/azure/azure-target.ts




/**
 * Azure deployments take 3-15 minutes. Looking every 8 s at most keeps the median delay near 4 s
 * while reading about a third as often as a 5 s poller (bench/ measures both against fixed pollers).
 */
const AZURE_POLL_INTERVALS = { initialMs: 2000, maxMs: 8000 };
const STATES = {
    Creating: 'Transitioning',
    Updating: 'Transitioning',
    Scaling: 'Transitioning',
    Deleting: 'Transitioning',
    Failed: 'Failed',
    Canceled: 'Failed',
};
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
    deadline() {
        return this.options.clock.now() + 30 * 60_000;
    }
    endpointPath(endpoint, deployment) {
        return `/onlineEndpoints/${encodeURIComponent(endpoint)}${deployment === undefined ? '' : `/deployments/${encodeURIComponent(deployment)}`}`;
    }
    async describe(endpoint) {
        const read = await this.client.send('GET', this.endpointPath(endpoint), { allow404: true });
        if (read.status === 404)
            return undefined;
        const raw = read.body;
        const deployments = (await this.client.send('GET', `${this.endpointPath(endpoint)}/deployments`)).body.value;
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
        await this.client.send('PUT', this.endpointPath(write.endpoint.name, spec.deployment.name), { body });
        logger.info(`Deployment ${write.endpoint.name}/${spec.deployment.name} submitted (${body.properties.instanceType ?? 'default instance type'}, ${body.sku?.capacity} instance(s)).`);
        return { scoringUri: write.endpoint.scoringUri, swaggerUri: write.endpoint.swaggerUri };
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
        if (!sameMap(p.traffic ?? {}, observed.traffic))
            throw changed();
        try {
            await this.client.mutate('PUT', this.endpointPath(observed.name), {
                location: raw.location,
                kind: raw.kind,
                identity: raw.identity?.type ? { type: raw.identity.type } : undefined,
                tags: { ...raw.tags, ...tags },
                properties: { authMode: p.authMode, description: p.description, ...(p.compute ? { compute: p.compute } : {}), traffic },
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
    location(spec) {
        const location = spec.deployment.location ?? this.options.location;
        if (!location)
            throw new errors/* ConfigError */.xL('a new endpoint needs an Azure region: set the "location" input (e.g. westeurope), or "location" in the deployment config');
        return location;
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
        return compute.id;
    }
    /**
     * Azure's provisioning state tells: Succeeded means its own liveness and readiness probes
     * passed. Nothing is sent to the scoring route (a GET /score runs the user's run()); the smoke
     * test with the sample request is what proves scoring works.
     */
    async status(endpoint, deployment) {
        const read = await this.client.send('GET', this.endpointPath(endpoint, deployment), { allow404: true });
        if (read.status === 404)
            throw new errors/* NotFoundError */.m_(`deployment ${deployment} does not exist on endpoint ${endpoint}`, `${endpoint}/${deployment}`);
        const d = read.body;
        const e = await this.client.get(this.endpointPath(endpoint));
        const scoringUri = e?.properties.scoringUri;
        const provisioning = String(d.properties.provisioningState ?? 'Succeeded');
        const state = STATES[provisioning];
        if (state)
            return { state, detail: `provisioning state ${provisioning}`, scoringUri, retryAfterMs: retryAfterMs(read.headers['retry-after']) };
        if (!e)
            return { state: 'Failed', detail: `endpoint ${endpoint} is gone` };
        return { state: 'Healthy', detail: "provisioned: Azure's liveness and readiness probes pass", scoringUri };
    }
    async invoke(endpoint, deployment, body) {
        const started = performance.now();
        const e = await this.client.get(this.endpointPath(endpoint));
        if (!e)
            throw new errors/* NotFoundError */.m_(`endpoint ${endpoint} does not exist`, endpoint);
        const credential = await this.scoringCredential(endpoint, e.properties.authMode);
        const response = await fetch(String(e.properties.scoringUri), {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
                ...(deployment ? { 'azureml-model-deployment': deployment } : {}),
            },
            body,
            signal: AbortSignal.timeout(180_000),
        });
        return {
            status: response.status,
            body: await response.text(),
            durationMs: performance.now() - started,
            deployment: response.headers.get('azureml-model-deployment') ?? undefined,
        };
    }
    async keys(endpoint, logger) {
        const e = await this.client.get(this.endpointPath(endpoint));
        if (!e)
            throw new errors/* NotFoundError */.m_(`endpoint ${endpoint} does not exist`, endpoint);
        if (e.properties.authMode !== 'Key')
            return undefined;
        const keys = (await this.client.send('POST', `${this.endpointPath(endpoint)}/listKeys`)).body;
        for (const key of [keys.primaryKey, keys.secondaryKey])
            if (key)
                logger.secret(key);
        return { primaryKey: keys.primaryKey ?? '', secondaryKey: keys.secondaryKey ?? '' };
    }
    /** The endpoint key or an aml token, masked the moment it is read. */
    async scoringCredential(endpoint, authMode) {
        const { logger } = this.options;
        if (authMode === 'Key') {
            const keys = (await this.client.send('POST', `${this.endpointPath(endpoint)}/listKeys`)).body;
            if (keys.primaryKey)
                logger.secret(keys.primaryKey);
            if (keys.secondaryKey)
                logger.secret(keys.secondaryKey);
            return keys.primaryKey;
        }
        if (authMode === 'AMLToken') {
            const token = (await this.client.send('POST', `${this.endpointPath(endpoint)}/token`)).body.accessToken;
            if (token)
                logger.secret(token);
            return token;
        }
        return undefined;
    }
    async logs(endpoint, deployment, lines) {
        const parts = [];
        for (const containerType of ['StorageInitializer', 'InferenceServer']) {
            const response = await this.client
                .send('POST', `${this.endpointPath(endpoint, deployment)}/getLogs`, { body: { containerType, tail: lines }, allow404: true })
                .catch(() => undefined);
            if (response?.body?.content)
                parts.push(`--- ${containerType} ---\n${response.body.content.trimEnd()}`);
        }
        return parts.join('\n');
    }
    async listEndpoints() {
        const list = await this.client.send('GET', '/onlineEndpoints');
        return list.body.value.map((e) => ({ name: e.name ?? '', tags: e.tags ?? {}, createdAt: Date.parse(e.systemData?.createdAt ?? '') }));
    }
}
function sameMap(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => (a[k] ?? 0) !== 0 || (b[k] ?? 0) !== 0));
    return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}
/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent (real Azure sends none today). */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
    return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}


/***/ })

};
