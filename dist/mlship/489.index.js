export const id = 489;
export const ids = [489];
export const modules = {

/***/ 88489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_VERSION: () => (/* binding */ API_VERSION),
/* harmony export */   ArmClient: () => (/* binding */ ArmClient)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27617);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30869);
/* harmony import */ var _engine_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17273);
/* harmony import */ var _arm_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69758);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);

/** A list longer than this many pages is not one mlship made: stop rather than read for ever. */
const MAX_PAGES = 1000;




const API_VERSION = '2026-07-01';
const MAX_RETRIES = 5;
/**
 * A thin client for the Azure ML control plane on @azure/core-rest-pipeline, which brings bearer
 * auth, retries with backoff on 408/429/5xx and dropped connections, and Retry-After. This class
 * adds the ARM long-running-operation protocol and ARM error bodies.
 *
 * Why not @azure/core-lro: its poller decides by itself how often to look (Retry-After, else a
 * fixed interval) and when to stop (no deadline of ours), and its body/provisioningState mode would
 * read a resource that is already `Succeeded` from an earlier operation as finished. mlship needs
 * the user's deadline (wait-healthy's timeout), a backoff it chooses (real Azure sends no
 * Retry-After: recordings in the test suite), the last state in the timeout message, and progress
 * lines in the log; `pollUntil` gives all of that in one place for operations and provisioning.
 * What core-lro would add (Azure-AsyncOperation, Location, the final GET after a PUT) is below,
 * and the replays of recorded sessions check it against real answers.
 */
class ArmClient {
    options;
    pipeline;
    http = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .createDefaultHttpClient */ .fl)();
    constructor(options) {
        this.options = options;
        this.pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .createPipelineFromOptions */ .Fp)({
            retryOptions: { maxRetries: MAX_RETRIES, retryDelayInMs: 800, maxRetryDelayInMs: 30_000 },
            userAgentOptions: { userAgentPrefix: 'mlship' },
            tlsOptions: options.ca ? { ca: options.ca } : undefined,
        });
        const scope = `${new URL(options.endpoint).origin}/.default`;
        this.pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .bearerTokenAuthenticationPolicy */ .N$)({ credential: options.credential, scopes: scope }));
    }
    /**
     * A Microsoft Entra token for the Azure ML data plane (an AADToken endpoint's scoring route), from
     * the same identity that signs in to ARM. The audience is https://ml.azure.com, not ARM's
     * ("Authenticate clients for online endpoints", Microsoft Learn).
     */
    async dataPlaneToken() {
        return (await this.options.credential.getToken('https://ml.azure.com/.default'))?.token;
    }
    /** Whether a URL a response named (an operation's status) is on the ARM endpoint this client talks to: nothing else is fetched with its token. */
    isOwnUrl(url) {
        try {
            const u = new URL(url);
            return u.protocol === 'https:' && u.origin === new URL(this.options.endpoint).origin;
        }
        catch {
            return false;
        }
    }
    /** An absolute URL at the subscription's scope (location reads: vmSizes, usages), for `send`. */
    subscriptionUrl(path) {
        return `${this.options.endpoint.replace(/\/$/, '')}/subscriptions/${this.options.subscriptionId}${path}`;
    }
    /** `/subscriptions/.../workspaces/<name>` followed by `path`. */
    workspacePath(path = '') {
        const { subscriptionId, resourceGroup, workspace } = this.options;
        return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}${path}`;
    }
    /**
     * One request; statuses of 400 and above (after the pipeline's retries) become ArmError.
     * `path` is relative to the workspace unless it is an absolute URL (operation status URLs).
     */
    async send(method, path, options = {}) {
        const url = path.startsWith('https://') ? new URL(path) : new URL(this.options.endpoint.replace(/\/$/, '') + this.workspacePath(path));
        if (!url.searchParams.has('api-version'))
            url.searchParams.set('api-version', API_VERSION);
        for (const [k, v] of Object.entries(options.query ?? {}))
            url.searchParams.set(k, v);
        const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .createPipelineRequest */ .G6)({
            url: url.toString(),
            method: method,
            headers: (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .createHttpHeaders */ .Nc)({
                Accept: 'application/json',
                ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
                ...options.headers,
            }),
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
        });
        const subject = `${method} ${url.pathname.split('/workspaces/')[1] ?? url.pathname}`;
        const started = Date.now();
        let response;
        try {
            response = await this.pipeline.sendRequest(this.http, request);
        }
        catch (err) {
            // No answer at all, after the pipeline's retries: the network or the control plane is down.
            if ((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .isRestError */ .T0)(err) && err.statusCode === undefined) {
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`the Azure control plane (${url.origin}) did not answer ${subject} after ${MAX_RETRIES + 1} tries over ${Math.round((Date.now() - started) / 1000)}s (${err.code ?? err.message}). Check the network and Azure's status, then run the step again.`);
            }
            throw err;
        }
        const text = response.bodyAsText ?? '';
        const headers = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]));
        const body = parseBody(text, response.status, subject, headers['x-ms-correlation-request-id']);
        if (response.status === 404 && options.allow404)
            return { status: 404, body, headers };
        if (response.status >= 400)
            throw (0,_arm_error_js__WEBPACK_IMPORTED_MODULE_3__/* .armErrorFrom */ .z)(response.status, body, subject, headers['x-ms-correlation-request-id']);
        return { status: response.status, body, headers };
    }
    /**
     * Every item of a list, following ARM's `nextLink` pages. A nextLink is followed only on the
     * control plane's own origin (the bearer token goes with it), and at most MAX_PAGES of them.
     * Undefined when the list's parent does not exist (404), where `allow404` says so.
     */
    async listAll(path, options = {}) {
        const first = await this.send('GET', path, options);
        if (first.status === 404)
            return undefined;
        const items = [...(first.body.value ?? [])];
        const origin = new URL(this.options.endpoint).origin;
        let next = first.body.nextLink;
        for (let pages = 1; next; pages += 1) {
            if (new URL(next).origin !== origin)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7(`Azure answered a list of ${path} with a next page on another host (${new URL(next).origin}); not followed`);
            if (pages >= MAX_PAGES)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7(`the list of ${path} has more than ${MAX_PAGES} pages; not read further`);
            const page = await this.send('GET', next);
            items.push(...(page.body.value ?? []));
            next = page.body.nextLink;
        }
        return items;
    }
    /** GET that answers undefined for a resource that does not exist. */
    async get(path) {
        const response = await this.send('GET', path, { allow404: true });
        return response.status === 404 ? undefined : response.body;
    }
    /**
     * PUT/PATCH/POST/DELETE following ARM's long-running-operation protocol: 201/202 with
     * Azure-AsyncOperation (polled for its status) or Location (polled until it stops answering 202),
     * honouring Retry-After, within `deadline`. Returns the final resource for PUT (read back from its
     * own URL), or the operation's last body.
     */
    async mutate(method, path, body, deadline, headers) {
        const first = await this.send(method, path, { body, allow404: method === 'DELETE', headers });
        const asyncUrl = first.headers['azure-asyncoperation'];
        const location = first.headers.location;
        // A 200 is final unless its body says the resource is still provisioning: Azure ML answers an
        // update of a batch endpoint 200 with Azure-AsyncOperation and the state Updating (as
        // azure-core's ARM poller, which polls whenever the body's provisioningState is not terminal).
        const state = first.body?.properties?.provisioningState;
        const provisioning = first.status === 200 && !!state && !['Succeeded', 'Failed', 'Canceled'].includes(state);
        if (first.status !== 201 && first.status !== 202 && !provisioning)
            return first;
        if (!asyncUrl && !location)
            return first;
        const subject = `${method} ${path.split('?')[0]}`;
        const { value } = await (0,_engine_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g)({
            subject,
            clock: this.options.clock,
            logger: this.options.logger,
            deadline,
            initialIntervalMs: this.options.poll?.initialMs ?? 1000,
            maxIntervalMs: this.options.poll?.maxMs ?? 10_000,
            observe: async () => {
                if (asyncUrl) {
                    const status = await this.send('GET', asyncUrl);
                    const state = status.body.status;
                    if (state === 'Failed' || state === 'Canceled')
                        throw (0,_arm_error_js__WEBPACK_IMPORTED_MODULE_3__/* .armErrorFrom */ .z)(409, { error: status.body.error ?? { code: `Operation${state}`, message: `the operation ended ${state}` } }, subject, status.headers['x-ms-correlation-request-id']);
                    return { value: status, state, done: state === 'Succeeded', retryAfterMs: retryAfter(status.headers) };
                }
                const polled = await this.send('GET', location, { allow404: true });
                return {
                    value: polled,
                    state: polled.status === 202 ? 'InProgress' : 'Succeeded',
                    done: polled.status !== 202,
                    retryAfterMs: retryAfter(polled.headers),
                };
            },
        });
        if (method === 'PUT')
            return this.send('GET', path);
        return value;
    }
}
/**
 * A response body as JSON. A gateway may answer with HTML (a 502 page) or nothing: an error status
 * with a body that is not JSON is still an ARM error (its text shortened), never a SyntaxError.
 */
function parseBody(text, status, subject, correlationId) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        const gist = text
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 200);
        if (status >= 400)
            throw (0,_arm_error_js__WEBPACK_IMPORTED_MODULE_3__/* .armErrorFrom */ .z)(status, { error: { code: `Http${status}`, message: `the answer was not JSON: ${gist || '(empty)'}` } }, subject, correlationId);
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`${subject}: Azure answered ${status} with a body that is not JSON (${gist}); run the step again`);
    }
}
function retryAfter(headers) {
    return (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterMs */ .Vs)(headers['retry-after']);
}


/***/ }),

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


/***/ })

};
