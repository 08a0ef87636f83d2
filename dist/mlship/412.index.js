export const id = 412;
export const ids = [412];
export const modules = {

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   M9: () => (/* binding */ cleanupMode),
/* harmony export */   fO: () => (/* binding */ shouldClean),
/* harmony export */   fP: () => (/* binding */ savedState),
/* harmony export */   hZ: () => (/* binding */ removeCreated)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _engine_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8519);
/* harmony import */ var _engine_teardown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4616);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5446);





/** The `cleanup` input: what the post step removes of what this step created. */
function cleanupMode() {
    const value = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('cleanup') ?? 'never';
    if (value !== 'never' && value !== 'on-failure' && value !== 'always')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`input "cleanup" is "${value}"; use never, on-failure or always`);
    return value;
}
function saveState(state) {
    for (const [key, value] of Object.entries(state))
        if (value !== undefined)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(key, String(value));
}
/** The state the main step saved; undefined when it stopped before it knew its endpoint. */
function savedState() {
    const endpoint = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('endpoint');
    const target = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('target');
    if (!endpoint || !_engine_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .d.includes(target))
        return undefined;
    const flag = (key) => (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key) === '' ? undefined : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key) === 'true');
    return {
        target: target,
        endpoint,
        deployment: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('deployment') || undefined,
        endpointExisted: flag('endpointExisted'),
        succeeded: flag('succeeded'),
    };
}
/**
 * Removes what a step created: the endpoint when this run created it, else its deployment; a
 * deployment that serves traffic is never taken away (the engine refuses, and that is reported).
 */
async function removeCreated(ctx, target, state) {
    if (state.endpointExisted === false)
        return (0,_engine_teardown_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteEndpoint */ .n)(ctx, target, state.endpoint);
    if (!state.deployment)
        return [];
    try {
        return await (0,_engine_teardown_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteDeployment */ .rd)(ctx, target, state.endpoint, state.deployment, false);
    }
    catch (err) {
        if (!(err instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK))
            throw err;
        ctx.logger.warn(`cleanup left ${state.endpoint}/${state.deployment} in place: ${err.message}`);
        return [];
    }
}
/** Whether the post step cleans up, given the mode and how the main step ended. */
function shouldClean(mode, state) {
    return !!state && (mode === 'always' || (mode === 'on-failure' && state.succeeded !== true));
}


/***/ }),

/***/ 2423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ actionContext),
  kc: () => (/* binding */ actionTarget),
  bH: () => (/* binding */ azureWorkspace),
  Jp: () => (/* binding */ loadDeployInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/config/load.ts + 10 modules
var load = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(2196);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/logger.ts
var logger = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/engine/provenance.ts
var provenance = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/engine/state.ts
var state = __webpack_require__(1599);
// EXTERNAL MODULE: ./src/azure/settings.ts
var settings = __webpack_require__(3714);
// EXTERNAL MODULE: ./src/targets/index.ts + 4 modules
var targets = __webpack_require__(3068);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(3755);
;// CONCATENATED MODULE: ./src/github/commands.ts



/**
 * Programs run from an action: their output streams into a folded group of the runner's log (as
 * the toolkit's own actions do), neutralised so that a package's output cannot issue workflow commands.
 */
const actionCommands = {
    run: (command, args, { title }) => core/* group */.Os(title, async () => {
        const result = await (0,exec/* getExecOutput */.H)(command, args, {
            ignoreReturnCode: true,
            silent: true,
            listeners: { stdline: (line) => core/* info */.pq((0,format/* neutralise */.$0)(line)), errline: (line) => core/* info */.pq((0,format/* neutralise */.$0)(line)) },
        }).catch((err) => ({ exitCode: 127, stdout: '', stderr: err.message }));
        return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }),
};

// EXTERNAL MODULE: ./src/github/logger.ts
var github_logger = __webpack_require__(2231);
;// CONCATENATED MODULE: ./src/actions/common.ts












/** The engine's context for an action; `timeoutMs` (the step's `timeout`) bounds every operation. */
function actionContext(timeoutMs) {
    const deadline = timeoutMs === undefined ? undefined : logger/* systemClock */.m.now() + timeoutMs;
    return { home: (0,state/* stateHome */.Z0)('action'), logger: github_logger/* actionLogger */.v, clock: logger/* systemClock */.m, tags: (0,provenance/* provenanceTags */.Xy)(), commands: actionCommands, deadline };
}
/** Reads the deploy inputs and loads every config file into one spec, before any change. */
function loadDeployInputs(extra = {}) {
    const modelText = inputs/* text */.Qq('model');
    const yamlFiles = ['deployment', 'endpoint', 'environment'].map((n) => inputs/* text */.Qq(n)).filter((f) => !!f);
    const loaded = (0,load/* loadSpec */.I)({
        inferenceConfig: inputs/* text */.Qq('inference-config'),
        deploymentConfig: inputs/* text */.Qq('deployment-config'),
        yamlFiles,
        overrides: {
            target: inputs/* target */.aC(),
            model: modelText === undefined ? undefined : (0,v2/* modelFromText */.n$)(modelText, 'input "model"'),
            endpointName: inputs/* text */.Qq('endpoint-name'),
            deploymentName: inputs/* text */.Qq('deployment-name'),
            instanceType: inputs/* text */.Qq('instance-type'),
            compute: inputs/* text */.Qq('compute'),
            location: inputs/* text */.Qq('location'),
            ...extra,
        },
    });
    for (const secret of loaded.secrets)
        github_logger/* actionLogger */.v.secret(secret);
    for (const warning of loaded.warnings)
        github_logger/* actionLogger */.v.warn((0,errors/* formatProblem */.Vw)(warning));
    if (inputs/* text */.Qq('deployment-config'))
        github_logger/* actionLogger */.v.info(`Target ${loaded.spec.target}: ${targets/* TARGET_MAPPING */.D[loaded.spec.target]}.`);
    return { loaded, target: loaded.spec.target };
}
/** The target for a name; Azure settings are read from inputs only when an Azure target is used. */
function actionTarget(name, ctx) {
    return (0,targets/* createTarget */.Y)(name, ctx, azureFromInputs);
}
/** The Azure workspace the inputs name, for links to it; undefined on the local target or when it is not set. */
function azureWorkspace(target) {
    if (target === 'local')
        return undefined;
    try {
        return azureFromInputs();
    }
    catch {
        return undefined;
    }
}
function azureFromInputs() {
    // GitHub offers an ID token only to jobs with `permissions: id-token: write`.
    const oidc = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ? () => core/* getIDToken */.V9('api://AzureADTokenExchange') : undefined;
    return (0,settings/* resolveAzureSettings */.F)({
        subscriptionId: inputs/* text */.Qq('subscription-id'),
        resourceGroup: inputs/* text */.Qq('resource-group'),
        workspace: inputs/* text */.Qq('workspace'),
        clientId: inputs/* text */.Qq('client-id'),
        tenantId: inputs/* text */.Qq('tenant-id'),
    }, process.env, oidc);
}


/***/ }),

/***/ 8417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dF: () => (/* reexport safe */ _engine_provenance_js__WEBPACK_IMPORTED_MODULE_1__.dF),
/* harmony export */   pX: () => (/* binding */ endpointPage),
/* harmony export */   vR: () => (/* binding */ reporting)
/* harmony export */ });
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5446);
/* harmony import */ var _engine_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4331);


/**
 * The GitHub reports a step was asked for (pr-comment, github-environment): decided here, once.
 * The GitHub client is loaded only then: a step that reports nothing starts without it.
 */
async function reporting(logger, options) {
    const environment = _github_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq('github-environment');
    if (!options.comment && !environment)
        return undefined;
    return (await Promise.all(/* import() */[__webpack_require__.e(270), __webpack_require__.e(214), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 5882))).gitHubReporting(logger, { comment: options.comment, environment });
}
/**
 * A page a person can open for an endpoint: its page in Azure ML studio, or the local swagger
 * (the scoring URL itself is POST-only and key-protected).
 */
function endpointPage(target, endpoint, swaggerUri, workspace) {
    if (target === 'local' || !workspace)
        return swaggerUri;
    const wsid = `/subscriptions/${workspace.subscriptionId}/resourcegroups/${workspace.resourceGroup}/workspaces/${workspace.workspace}`;
    return `https://ml.azure.com/endpoints/realtime/${encodeURIComponent(endpoint)}/detail?wsid=${encodeURIComponent(wsid)}`;
}


/***/ }),

/***/ 5412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3755);
/* harmony import */ var _engine_known_endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(294);
/* harmony import */ var _engine_wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(641);
/* harmony import */ var _engine_rollout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4235);
/* harmony import */ var _engine_teardown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4616);
/* harmony import */ var _engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8064);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5446);
/* harmony import */ var _github_run_action_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(937);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1219);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2935);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2423);
/* harmony import */ var _engine_sample_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3886);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8417);















async function main() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_8__/* .runAction */ .C)('wait-healthy', async (report) => {
        const options = {
            endpoint: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredResourceName */ .HI('endpoint-name'),
            deployment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .resourceName */ .Iy('deployment-name') ?? 'blue',
            timeoutMs: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .duration */ .p0('timeout', '10m'),
            sampleRequest: await (0,_engine_sample_js__WEBPACK_IMPORTED_MODULE_12__/* .readSampleRequest */ .G)(_github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('sample-request'), 'input "sample-request"'),
            expectStatus: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .integer */ .nd('expect-status', 200, [100, 599]),
            bakeMs: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('bake') ? _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .duration */ .p0('bake', '0s') : undefined,
        };
        const comment = _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc('pr-comment', false);
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .actionContext */ .Gt)(options.timeoutMs + (options.bakeMs ?? 0));
        const targetName = await (0,_engine_known_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .targetOfEndpoint */ .a)(ctx.home, options.endpoint, _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .target */ .aC(), 'input "target"');
        const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .actionTarget */ .kc)(targetName, ctx);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanupMode */ .M9)();
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ target: targetName, endpoint: options.endpoint, deployment: options.deployment, endpointExisted: true });
        const started = ctx.clock.now();
        const github = await (0,_reporting_js__WEBPACK_IMPORTED_MODULE_13__/* .reporting */ .vR)(ctx.logger, { comment });
        const toGitHub = async (state, extra) => {
            await github?.waited(waitedReport(targetName, options, { state, durationMs: ctx.clock.now() - started, ...extra }));
            (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ reported: true });
        };
        try {
            const result = await (0,_engine_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitHealthy */ .h)(ctx, target, options);
            (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ succeeded: true });
            await toGitHub(result.state, { scoringUri: result.scoringUri, sampleResponse: result.sample?.body });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('state', result.state);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('duration-seconds', String(Math.round(result.durationMs / 1000)));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sample-response', result.sample ? (0,_engine_format_js__WEBPACK_IMPORTED_MODULE_14__/* .truncate */ .xv)(result.sample.body, 1000) : '');
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('traffic', JSON.stringify(result.traffic));
            report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .section */ .uW)(`${options.endpoint}/${options.deployment} is ${result.state}`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .table */ .tp)([
                ['state', result.state],
                ['became healthy after', (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .timing */ .N9)(result.durationMs)],
                ['polls', result.polls],
                ['scoring URI', result.scoringUri],
                ['traffic', JSON.stringify(result.traffic)],
                ['sample request', result.sample ? `answered ${result.sample.status} in ${(0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .timing */ .N9)(result.sample.durationMs)}` : 'not sent'],
                ['bake', options.bakeMs ? `${(0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .timing */ .N9)(options.bakeMs)}, every check passed` : undefined],
            ]) + (result.sample ? `\n${(0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .codeBlock */ .DV)((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_14__/* .truncate */ .xv)(result.sample.body, 2000), 'json')}` : ''));
        }
        catch (err) {
            // The state is an output even on failure, so later steps can branch on it.
            const state = err instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3
                ? (err.lastState ?? 'Transitioning')
                : ((await target.status(options.endpoint, options.deployment).catch(() => undefined))?.state ?? 'Failed');
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('state', state);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('duration-seconds', String(Math.round((ctx.clock.now() - started) / 1000)));
            await toGitHub(state, { failure: err.message });
            throw err;
        }
    });
}
function waitedReport(target, options, extra) {
    return {
        endpoint: options.endpoint,
        deployment: options.deployment,
        commit: (0,_reporting_js__WEBPACK_IMPORTED_MODULE_13__/* .builtFrom */ .dF)(),
        ...extra,
        pageUrl: (0,_reporting_js__WEBPACK_IMPORTED_MODULE_13__/* .endpointPage */ .pX)(target, options.endpoint, extra.scoringUri?.replace(/\/score$/, '/swagger.json'), (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .azureWorkspace */ .bH)(target)),
    };
}
/**
 * The post step, after a wait that failed or was cancelled: traffic this rollout moved but never
 * verified goes back to what served before (whatever `cleanup` says); a step cancelled before it
 * could report tells GitHub (deployment status, PR comment); then, with `cleanup`, what the
 * rollout created goes: the endpoint when this job created it, else the deployment it wrote
 * (never one that serves, never an unchanged one).
 */
async function post() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_8__/* .runPost */ .a)('wait-healthy', async (report) => {
        const state = (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .savedState */ .fP)();
        if (!state || state.succeeded)
            return;
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .actionContext */ .Gt)();
        const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .actionTarget */ .kc)(state.target, ctx);
        const rollout = await (0,_engine_rollout_js__WEBPACK_IMPORTED_MODULE_4__/* .readRollout */ .w)(ctx.home, state.endpoint);
        const mine = rollout && rollout.deployment === state.deployment && !rollout.verified ? rollout : undefined;
        if (mine?.trafficBefore) {
            const restored = await (0,_engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_6__/* .restoreTraffic */ .Yw)(ctx, target, state.endpoint, mine.trafficBefore);
            if (restored)
                report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .section */ .uW)(`Traffic on ${state.endpoint} put back`, `The rollout of ${state.deployment} was not verified: traffic returned to ${JSON.stringify(restored)}.\n`);
        }
        if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('reported') !== 'true') {
            const github = await (0,_reporting_js__WEBPACK_IMPORTED_MODULE_13__/* .reporting */ .vR)(ctx.logger, { comment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc('pr-comment', false) });
            await github?.waited(waitedReport(state.target, { endpoint: state.endpoint, deployment: state.deployment ?? 'blue' }, { state: 'Cancelled', failure: 'the run was cancelled before the deployment was verified' }));
        }
        if (!(0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .shouldClean */ .fO)((0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanupMode */ .M9)(), state))
            return;
        const deleted = mine?.endpointCreated
            ? await (0,_engine_teardown_js__WEBPACK_IMPORTED_MODULE_5__/* .deleteEndpoint */ .n)(ctx, target, state.endpoint)
            : mine && !mine.deploymentWritten
                ? []
                : await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .removeCreated */ .hZ)(ctx, target, state);
        if (deleted.length)
            report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .section */ .uW)(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
    });
}


/***/ }),

/***/ 7273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);

/**
 * The one wait loop: looks until `done`, backing off, honouring Retry-After, never sleeping past
 * the deadline, logging state changes only.
 * @throws DeadlineError carrying the last state when the deadline passes first.
 */
async function pollUntil(options) {
    const { clock, logger, deadline } = options;
    const growth = options.growth ?? 1.5;
    const maxInterval = options.maxIntervalMs ?? 10_000;
    let interval = options.initialIntervalMs ?? 500;
    const started = clock.now();
    let polls = 0;
    let lastState;
    for (;;) {
        const observation = await options.observe();
        polls += 1;
        if (observation.state !== lastState) {
            logger.info(`${options.subject}: ${observation.state}`);
            lastState = observation.state;
        }
        const elapsedMs = clock.now() - started;
        if (observation.done)
            return { value: observation.value, state: observation.state, polls, elapsedMs };
        const remaining = deadline - clock.now();
        if (remaining <= 0) {
            const detail = options.onDeadline ? await options.onDeadline(observation) : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineError */ .j3(`${options.subject} was still ${observation.state} when the timeout ran out after ${Math.round(elapsedMs / 1000)}s. ` +
                'Raise `timeout` if it is only slow; otherwise read the log below.', observation.state, detail);
        }
        // Retry-After is a floor set by the server: waiting less only earns another throttled answer.
        const wanted = Math.max(interval, observation.retryAfterMs ?? 0);
        await clock.sleep(Math.min(wanted, remaining));
        interval = Math.min(maxInterval, interval * growth);
    }
}


/***/ }),

/***/ 4235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ updateRollout),
/* harmony export */   w: () => (/* binding */ readRollout)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1599);




const file = (home, endpoint) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'rollouts', `${(0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResourceName */ .E3)(endpoint, 'endpoint')}.json`);
async function readRollout(home, endpoint) {
    const value = await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readJson */ .Vh)(file(home, endpoint)).catch(() => undefined);
    return value && typeof value === 'object' && typeof value.deployment === 'string' ? value : undefined;
}
/** Merges `change` into the endpoint's rollout record (creating it with `change` when absent). */
async function updateRollout(home, endpoint, change) {
    const path = file(home, endpoint);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .withLock */ .kK)(`${path}.lock`, async () => {
        const current = await readRollout(home, endpoint);
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(path, { ...current, ...change });
    });
}


/***/ }),

/***/ 3886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSampleRequest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _json_position_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5564);



/**
 * Reads a smoke-test request body. Its content is sent as it is; a `.json` file must be JSON, so a
 * typo is reported here, with its line, and not as a failure inside score.py.
 * @throws ConfigError naming `label` (the input or flag) and the file.
 */
async function readSampleRequest(path, label) {
    if (!path)
        return undefined;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${label}: ${path} cannot be read (${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code}); give the file with the request body, e.g. sample-request.json`);
    }
    const offset = /\.json$/i.test(path) ? (0,_json_position_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonErrorOffset */ .O)(text.replace(/^\uFEFF/, '')) : undefined;
    if (offset !== undefined) {
        const { line, col } = (0,_json_position_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAndColumn */ .q)(text, offset);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${label}: ${path}:${line}:${col} is not valid JSON; fix the file, or give it another extension to send it as it is`);
    }
    return text;
}


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ waitHealthy)
/* harmony export */ });
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8064);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3755);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7273);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4964);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4235);







const LOG_LINES = 60;
/**
 * Waits until a deployment is Healthy, then smoke-tests it with the sample request.
 * @throws OperationError when it Failed (with the traceback and the log tail) or the smoke test
 *   answered another status; DeadlineError when `timeoutMs` ran out first.
 */
async function waitHealthy(ctx, target, options) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResourceName */ .E3)(options.endpoint, 'endpoint');
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResourceName */ .E3)(options.deployment, 'deployment');
    const subject = `${options.endpoint}/${options.deployment}`;
    const started = ctx.clock.now();
    const result = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)({
        subject,
        clock: ctx.clock,
        logger: ctx.logger,
        deadline: started + options.timeoutMs,
        initialIntervalMs: target.pollIntervals.initialMs,
        maxIntervalMs: target.pollIntervals.maxMs,
        observe: async () => {
            const status = await target.status(options.endpoint, options.deployment);
            // Retry-After from the service, when it sends one, stretches the next interval (never shortens it).
            return { value: status, state: status.state, done: status.state === 'Healthy' || status.state === 'Failed', retryAfterMs: status.retryAfterMs };
        },
        onDeadline: async () => target.logs(options.endpoint, options.deployment, LOG_LINES),
    });
    const status = result.value;
    if (status.state === 'Failed') {
        const logs = await target.logs(options.endpoint, options.deployment, LOG_LINES);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`deployment ${subject} Failed: ${status.detail}. ${status.error ? 'The traceback is below; fix score.py or the model files and deploy again.' : 'Its log is below.'}`, subject, status.error ? `${status.error.trim()}\n\n--- scoring log ---\n${logs}` : logs);
    }
    const outcome = { state: status.state, durationMs: ctx.clock.now() - started, polls: result.polls, scoringUri: status.scoringUri, traffic: {} };
    if (options.sampleRequest !== undefined) {
        const sample = await target.invoke(options.endpoint, options.deployment, options.sampleRequest, ctx.logger);
        outcome.sample = { status: sample.status, body: sample.body, durationMs: sample.durationMs };
        ctx.logger.info(`Sample request answered ${sample.status} in ${Math.round(sample.durationMs)}ms: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .truncate */ .xv)(sample.body, 200)}`);
        if (sample.status !== options.expectStatus) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`the sample request to ${subject} answered ${sample.status}, not the expected ${options.expectStatus}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .truncate */ .xv)(sample.body, 500)}`, subject, await target.logs(options.endpoint, options.deployment, LOG_LINES));
        }
    }
    // Traffic moves only after the smoke test passed: a failing deployment never takes any.
    const change = await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .applyTrafficWish */ .ll)(ctx, target, options.endpoint, options.deployment, (previous) => (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .updateRollout */ .F)(ctx.home, options.endpoint, { trafficBefore: previous, verified: false }));
    outcome.traffic = change.traffic;
    // Checked when another deployment was serving (that one is what a rollback protects), and through
    // the whole bake time when one is asked for.
    const served = !!change.previous && Object.values(change.previous).some((share) => share > 0);
    if (served || (change.previous && options.bakeMs))
        await verifyAfterMove(ctx, target, options, served);
    await markVerified(ctx, options);
    outcome.durationMs = ctx.clock.now() - started;
    return outcome;
}
/** The rollout of this deployment (when this job made one) passed every check: nothing to undo. */
async function markVerified(ctx, options) {
    const rollout = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .readRollout */ .w)(ctx.home, options.endpoint);
    if (rollout?.deployment === options.deployment)
        await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .updateRollout */ .F)(ctx.home, options.endpoint, { verified: true });
}
/**
 * Once traffic has moved, the deployment must still be Healthy and the endpoint itself (routing by
 * weight, no deployment header) must answer the smoke test; otherwise traffic goes back.
 * @throws OperationError saying what failed and that traffic returned to `previous`.
 */
async function verifyAfterMove(ctx, target, options, canRollBack) {
    const bakeMs = options.bakeMs ?? 0;
    const until = ctx.clock.now() + bakeMs;
    let checks = 0;
    for (;;) {
        const failure = await checkAfterMove(ctx, target, options);
        checks += 1;
        if (failure) {
            const subject = `${options.endpoint}/${options.deployment}`;
            const logs = await target.logs(options.endpoint, options.deployment, LOG_LINES);
            if (!canRollBack)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`${failure}${bakeMs ? ` during the bake (check ${checks})` : ''}.`, subject, logs);
            const restored = await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackTraffic */ .IS)(ctx, target, options.endpoint);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`rolled back: ${failure}${bakeMs ? ` during the bake (check ${checks})` : ''}. Traffic returned to ${JSON.stringify(restored)}; the previous deployment is serving again.`, subject, logs);
        }
        const left = until - ctx.clock.now();
        if (left <= 0)
            break;
        await ctx.clock.sleep(Math.min(left, target.pollIntervals.maxMs));
    }
    if (bakeMs)
        ctx.logger.info(`Baked ${options.endpoint}/${options.deployment} for ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(bakeMs)}: ${checks} check(s) passed.`);
}
/** One check of a deployment that takes traffic: its state, and the endpoint answering the sample. */
async function checkAfterMove(ctx, target, options) {
    const status = await target.status(options.endpoint, options.deployment);
    if (status.state !== 'Healthy')
        return `${options.deployment} became ${status.state} (${status.detail})`;
    if (options.sampleRequest === undefined)
        return undefined;
    const answer = await target.invoke(options.endpoint, undefined, options.sampleRequest, ctx.logger).catch((err) => ({ status: 0, body: err.message }));
    return answer.status === options.expectStatus
        ? undefined
        : `the endpoint answered the sample request with ${answer.status || answer.body} after traffic moved`;
}


/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ requiredResourceName),
/* harmony export */   Iy: () => (/* binding */ resourceName),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _A: () => (/* binding */ tags),
/* harmony export */   aC: () => (/* binding */ target),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4964);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5880);
/* harmony import */ var _engine_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8519);





/**
 * Strict readers for action inputs: each throws a ConfigError naming the input and the accepted
 * form, so a typo fails the step before anything is changed instead of meaning "false" or "30".
 */
function text(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    return value === '' ? undefined : value;
}
function required(name) {
    const value = text(name);
    if (value === undefined)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "${name}" is required`);
    return value;
}
/** An endpoint or deployment name, checked against Azure's rule where it enters. */
function resourceName(name) {
    const value = text(name);
    return value === undefined ? undefined : (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .checkResourceName */ .E3)(value, `input "${name}"`);
}
function requiredResourceName(name) {
    return (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .checkResourceName */ .E3)(required(name), `input "${name}"`);
}
function bool(name, fallback) {
    const value = text(name);
    if (value === undefined)
        return fallback;
    if (/^(true|yes|on)$/i.test(value))
        return true;
    if (/^(false|no|off)$/i.test(value))
        return false;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "${name}" is "${value}"; use true or false`);
}
function duration(name, fallback) {
    return (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(text(name) ?? fallback, `input "${name}"`);
}
function integer(name, fallback, range) {
    const value = text(name);
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < range[0] || n > range[1]) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "${name}" is "${value}"; use a whole number from ${range[0]} to ${range[1]}`);
    }
    return n;
}
function target(name = 'target') {
    const value = text(name)?.toLowerCase();
    if (value === undefined)
        return undefined;
    if (!_engine_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .d.includes(value))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "${name}" is "${value}"; use local, aci or aks`);
    return value;
}
/** `key=value`, one per line (commas also separate, for one-line YAML). */
function tags(name) {
    const out = {};
    const value = text(name);
    if (!value)
        return out;
    for (const raw of value.split(/[\n,]/)) {
        const line = raw.trim();
        if (!line)
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "${name}": "${line}" is not key=value; write one key=value per line`);
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        const problem = (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .tagProblem */ .qH)(key, value);
        if (problem)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "${name}": ${problem}`);
        out[key] = value;
    }
    return out;
}


/***/ }),

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3755);


/**
 * Engine logger for actions: the runner's log, with secrets registered for masking at once. Every
 * line goes through `neutralise`, so text from a config file, a score.py or Azure can never be
 * read by the runner as a workflow command (`::add-mask::`, `::set-output::`...).
 */
const actionLogger = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$0)(message)),
    warn: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$0)(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralise */ .$0)(message)),
    secret: (value) => {
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    },
};


/***/ }),

/***/ 937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2231);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2935);




/**
 * The one place an action's failure is handled: every error kind becomes one `setFailed` with
 * the action's name, what failed and what to do; the summary is written whether it worked or not.
 */
async function runAction(name, body) {
    const report = { summary: '' };
    const stopOnSignal = onCancel(name, report);
    try {
        await body(report);
    }
    catch (err) {
        const { message, logs } = describeFailure(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${name}: ${message}`);
        if (logs)
            _logger_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLogger */ .v.info(`----- log -----\n${logs}`);
        report.summary += (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .failureSection */ .mo)(name, message, logs);
    }
    finally {
        stopOnSignal();
        await writeSummary(report.summary);
    }
}
/**
 * A cancelled run: the runner sends SIGINT (then SIGTERM). The step still says what it got done and
 * fails with "cancelled"; cleaning up is the post step's job (post-if: always()), which the runner
 * runs after a cancel, with what this step saved (core.saveState).
 */
function onCancel(name, report) {
    let handled = false;
    const handler = (signal) => {
        if (handled)
            return;
        handled = true;
        const message = `cancelled (${signal}) before it finished; the post step cleans up what was asked for`;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${name}: ${message}`);
        report.summary += (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .failureSection */ .mo)(name, message);
        void writeSummary(report.summary).finally(() => process.exit(1));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
    };
}
/** A post step (`runs.post`): runs after the job's steps, cancelled or not; it never fails the job. */
async function runPost(name, body) {
    const report = { summary: '' };
    try {
        await body(report);
    }
    catch (err) {
        const { message } = describeFailure(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} (post): ${message}`);
        report.summary += (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .failureSection */ .mo)(`${name} (cleanup)`, message);
    }
    finally {
        await writeSummary(report.summary);
    }
}
function describeFailure(err) {
    if (err instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL) {
        const problems = err.problems.filter((p) => p.severity === 'error');
        return { message: problems.length ? `${err.message.split('\n')[0]}\n${problems.map(_engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw).join('\n')}` : err.message };
    }
    const described = (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err);
    // The stack of a bug goes to the debug log (ACTIONS_STEP_DEBUG), not in front of the user.
    if (described.kind === 'bug')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err?.stack ?? '');
    return { message: described.message, logs: described.logs };
}
async function writeSummary(markdown) {
    if (!markdown || !process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateSummary */ .XJ)(markdown, _summary_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_LIMIT */ .Jt)).write();
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`could not write the job summary: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   N9: () => (/* binding */ timing),
/* harmony export */   XJ: () => (/* binding */ truncateSummary),
/* harmony export */   k0: () => (/* binding */ planTable),
/* harmony export */   mo: () => (/* binding */ failureSection),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uW: () => (/* binding */ section)
/* harmony export */ });
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4964);

/** GitHub refuses a step summary above 1 MiB; stay well under it. */
const SUMMARY_LIMIT = 512 * 1024;
function truncateSummary(markdown, limit) {
    if (Buffer.byteLength(markdown) <= limit)
        return markdown;
    return `${markdown.slice(0, limit - 200)}\n\n_(summary truncated: the full detail is in the step log)_\n`;
}
/** A two-column table; values are escaped so a `|` in a value cannot break the layout. */
function table(rows) {
    const lines = rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `| ${k} | ${String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    return `| | |\n|---|---|\n${lines.join('\n')}\n`;
}
function section(title, body) {
    return `### ${title}\n\n${body}\n`;
}
/**
 * Text in a fenced code block its content cannot close: the fence is one backtick longer than the
 * longest run of backticks in the text (CommonMark closes a fence only with one at least as long),
 * so headings, @-mentions, images and HTML in the text stay literal.
 */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text}\n${fence}\n`;
}
/** Text as inline code that cannot end early (no backticks, no line breaks). */
function inlineCode(text) {
    return `\`${text.replace(/[`\r\n]/g, ' ')}\``;
}
function failureSection(action, message, logs) {
    const tail = logs ? `\n<details open><summary>Log</summary>\n\n${codeBlock(logs)}\n</details>\n` : '';
    return section(`❌ ${action} failed`, `${codeBlock(message)}${tail}`);
}
function planTable(items) {
    const rows = items.map((i) => `| ${i.resource} | ${i.name} | ${i.action} | ${i.reason} |`);
    return `| resource | name | action | why |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}
function timing(ms) {
    return (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms);
}


/***/ })

};
