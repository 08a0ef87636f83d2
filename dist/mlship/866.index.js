export const id = 866;
export const ids = [866];
export const modules = {

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
            checks.push((0,preflight/* checkCompute */.ID)(this.client, d.compute, ['Kubernetes', 'AKS'], 'Kubernetes', 'attach the AKS cluster as a Kubernetes compute first (az ml compute attach --type Kubernetes)').then((f) => [f]));
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


/***/ })

};
