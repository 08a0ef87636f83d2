export const id = 514;
export const ids = [514];
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

/***/ 9133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7399);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(955);
/* harmony import */ var _engine_traffic_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4511);
/* harmony import */ var _engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8064);
/* harmony import */ var _engine_known_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(294);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5446);
/* harmony import */ var _github_pull_request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2524);
/* harmony import */ var _github_run_action_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(937);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1219);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8417);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2935);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2423);














async function main() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_8__/* .runAction */ .C)('deploy-model', async (report) => {
        const mode = _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq('mode') ?? 'deploy';
        if (mode === 'promote' || mode === 'rollback')
            return moveTraffic(mode, report);
        if (mode !== 'deploy')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "mode" is "${mode}"; use deploy, promote or rollback`);
        const traffic = _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq('traffic');
        const share = traffic === undefined ? undefined : parseTrafficInput(traffic);
        const preview = _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc('preview', false);
        // A preview names its own endpoint; an explicit name beside it would be silently overridden.
        if (preview && _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq('endpoint-name'))
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('give either "preview: true" (the endpoint is named after the pull request and model) or "endpoint-name", not both');
        const { loaded } = (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .loadDeployInputs */ .Jp)(preview ? { endpointName: (0,_github_pull_request_js__WEBPACK_IMPORTED_MODULE_7__/* .previewName */ .g)(process.env, _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq('model')) } : {});
        const { spec } = loaded;
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .actionContext */ .Gt)();
        const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .actionTarget */ .kc)(spec.target, ctx);
        if (_github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc('plan-only', false)) {
            // With no deployment named, the plan is for the deployment that serves: "what would change for production".
            const serving = _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq('deployment-name') ? undefined : servingDeployment(await target.describe(spec.endpoint.name));
            const planned = serving ? { ...spec, deployment: { ...spec.deployment, name: serving } } : spec;
            const items = await (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .plan */ .e)(ctx, planned, target);
            for (const item of items)
                ctx.logger.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name} (${item.reason})`);
            const changes = items.filter((i) => i.action !== 'unchanged').length;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('plan', JSON.stringify(items));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', planned.endpoint.name);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-name', planned.deployment.name);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(changes > 0));
            report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .section */ .uW)(`Plan for ${spec.endpoint.name}/${spec.deployment.name} (${spec.target}): ${changes ? `${changes} change(s)` : 'no change'}`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .planTable */ .k0)(items));
            return;
        }
        // Names go out before anything can fail, so an `if: always()` teardown knows what to delete.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', spec.endpoint.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-name', spec.deployment.name);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanupMode */ .M9)();
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ target: spec.target, endpoint: spec.endpoint.name, deployment: spec.deployment.name });
        await (await (0,_reporting_js__WEBPACK_IMPORTED_MODULE_10__/* .reporting */ .vR)(ctx.logger, { comment: false }))?.deploying(spec.endpoint.name, spec.deployment.name);
        const result = await (0,_engine_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deploy */ .gg)(ctx, spec, target, {
            traffic: share,
            // Recorded before anything is written: the post step must know what this run was creating.
            onDecision: (decision, existed) => (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ endpointExisted: existed, ...(decision.deployment === 'unchanged' ? { deployment: '' } : {}) }),
        });
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .saveState */ .LZ)({ succeeded: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('scoring-uri', result.scoringUri);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('swagger-uri', result.swaggerUri);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('traffic', JSON.stringify(result.traffic));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-id', result.modelId ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-id', result.environmentId);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(!result.unchanged));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('drift', JSON.stringify(result.drift));
        report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .section */ .uW)(`Deployment ${result.endpointName}/${result.deploymentName} ${result.unchanged ? 'unchanged' : 'started'} (${spec.target})`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .table */ .tp)([
            ['endpoint', result.endpointName],
            ['deployment', result.deploymentName],
            ['target', spec.target],
            ['model', result.modelId ?? (spec.model?.kind === 'path' ? `${spec.model.path} (not registered)` : 'none')],
            ['environment', result.environmentId],
            ['scoring URI', result.scoringUri],
            ['swagger', result.swaggerUri],
            ['auth', spec.endpoint.authMode],
            ['traffic now', JSON.stringify(result.traffic)],
            ['traffic once healthy', share === undefined ? undefined : `${share}% to ${result.deploymentName} (applied by wait-healthy after the smoke test)`],
            ['change', result.unchanged ? 'no change: already running this exact spec' : result.drift.length ? 'drift corrected' : 'new or updated'],
            ['drift found and corrected', result.drift.length ? result.drift.join('; ') : undefined],
        ]));
    });
}
/** The deployment with the largest share of an endpoint's traffic; undefined when none serves. */
function servingDeployment(observed) {
    return Object.entries(observed?.traffic ?? {})
        .filter(([, share]) => share > 0)
        .sort((a, b) => b[1] - a[1])[0]?.[0];
}
/** The post step: with `cleanup`, removes what this run created when it failed or was cancelled (or always). */
async function post() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_8__/* .runPost */ .a)('deploy-model', async (report) => {
        const state = (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .savedState */ .fP)();
        if (!(0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .shouldClean */ .fO)((0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanupMode */ .M9)(), state))
            return;
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .actionContext */ .Gt)();
        const deleted = await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_9__/* .removeCreated */ .hZ)(ctx, await (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .actionTarget */ .kc)(state.target, ctx), state);
        if (deleted.length)
            report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .section */ .uW)(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
    });
}
function parseTrafficInput(text) {
    try {
        return (0,_engine_traffic_js__WEBPACK_IMPORTED_MODULE_13__/* .parseShare */ .n8)(text, 'input "traffic"');
    }
    catch (err) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(err.message);
    }
}
/** promote: the deployment (Healthy) takes all traffic. rollback: the map the last change replaced comes back. */
async function moveTraffic(mode, report) {
    const endpoint = _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .requiredResourceName */ .HI('endpoint-name');
    const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .actionContext */ .Gt)();
    const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_12__/* .actionTarget */ .kc)(await (0,_engine_known_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOfEndpoint */ .a)(ctx.home, endpoint, _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .target */ .aC(), 'input "target"'), ctx);
    const traffic = mode === 'promote' ? await (0,_engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__/* .promote */ .pt)(ctx, target, endpoint, _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .requiredResourceName */ .HI('deployment-name')) : await (0,_engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__/* .rollbackTraffic */ .IS)(ctx, target, endpoint);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', endpoint);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('traffic', JSON.stringify(traffic));
    report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .section */ .uW)(`${mode === 'promote' ? 'Promoted' : 'Rolled back'} traffic on ${endpoint}`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .table */ .tp)([['traffic', JSON.stringify(traffic)]]));
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

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ deploymentHash),
/* harmony export */   gg: () => (/* binding */ deploy)
/* harmony export */ });
/* unused harmony export routesOf */
/* harmony import */ var _known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(294);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4235);
/* harmony import */ var _crash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7465);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7507);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5448);
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8064);







async function deploy(ctx, spec, target, options = {}) {
    const model = spec.model ? await target.assets.resolveModel(spec.model) : undefined;
    if (spec.model?.kind === 'registered' && spec.model.version === 'latest')
        ctx.logger.info(`${spec.model.name}@latest resolved to ${model?.modelId}.`);
    const environment = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .registerEnvironment */ .fL)(ctx, target, spec.environment);
    const specHash = await deploymentHash(spec, model?.hash ?? model?.modelId, environment.hash);
    const endpointName = spec.endpoint.name;
    const deploymentName = spec.deployment.name;
    let observed = await target.describe(endpointName);
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)({ spec, specHash, traffic: options.traffic }, observed);
    await options.onDecision?.(decision, !!observed);
    // What this rollout creates, recorded before it is created: a later step's post (wait-healthy
    // after a failure or a cancel) removes exactly that, and nothing that was there before.
    // An unchanged deployment adds nothing to undo: a record this job already made for it stays.
    const recorded = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_1__/* .readRollout */ .w)(ctx.home, endpointName);
    if (decision.deployment !== 'unchanged' || recorded?.deployment !== deploymentName)
        await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_1__/* .updateRollout */ .F)(ctx.home, endpointName, {
            deployment: deploymentName,
            endpointCreated: !observed,
            deploymentWritten: decision.deployment !== 'unchanged',
            trafficBefore: undefined,
            verified: decision.deployment === 'unchanged',
        });
    // Recorded before it is created: a run killed right after the creation still lets a later
    // step (or its post step) find the endpoint where it is.
    await (0,_known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberEndpoint */ .X)(ctx.home, endpointName, target.name);
    if (!observed) {
        ctx.logger.info(`Creating endpoint ${endpointName} (${target.name}, auth ${spec.endpoint.authMode}).`);
        observed = await target.createEndpoint(spec, { ...spec.endpoint.tags, ...ctx.tags }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)('deploy:endpoint-created');
    }
    const outcome = {
        endpointName,
        deploymentName,
        modelId: model?.modelId,
        environmentId: environment.environmentId,
        specHash,
        drift: decision.drift,
        action: decision.deployment,
    };
    if (decision.deployment !== 'unchanged') {
        const routes = await target.putDeployment({ spec, endpoint: observed, model, environment, tags: { ...ctx.tags, ...decision.deploymentTags } }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_6__/* .crashPoint */ .u)('deploy:submitted');
        ctx.logger.info(`Deployment ${endpointName}/${deploymentName} is starting at ${routes.scoringUri} (${decision.reason}).`);
        return { ...outcome, ...routes, unchanged: false, traffic: observed.traffic };
    }
    const traffic = await applyUnchanged(ctx, target, decision, observed, deploymentName);
    const routes = routesOf(observed, deploymentName);
    ctx.logger.info(decision.drift.length
        ? `Deployment ${endpointName}/${deploymentName} runs this spec; ${decision.drift.length} change(s) made outside mlship were put back.`
        : `Deployment ${endpointName}/${deploymentName} already runs this exact spec: ${decision.patch.tags ? 'only its share of traffic once healthy changed' : 'no change'}.`);
    // A new traffic wish is a tag, not a new deployment: the deployment itself is unchanged.
    return { ...outcome, ...routes, unchanged: decision.drift.length === 0, traffic };
}
/** Writes what an unchanged deployment needs: drifted settings, the traffic wish, mlship's traffic map. */
async function applyUnchanged(ctx, target, decision, observed, deployment) {
    for (const item of decision.drift)
        ctx.logger.warn(`Drift on ${observed.name}/${deployment}: ${item}; putting it back.`);
    if (decision.patch.tags || decision.patch.instanceCount !== undefined)
        await target.patchDeployment(observed.name, deployment, decision.patch, ctx.logger);
    const restore = decision.trafficToRestore;
    // On a collision, the map mlship recorded last (another mlship run may have just recorded one).
    if (restore)
        return (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_5__/* .setTraffic */ .oB)(ctx, target, observed, (now) => (0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTraffic */ .D7)(now.tags[_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS */ .gp.traffic]) ?? restore);
    return observed.traffic;
}
/** Where a deployment answers: its own routes locally, the endpoint's on Azure. */
function routesOf(observed, deployment) {
    return observed.deployments.find((d) => d.name === deployment)?.routes ?? { scoringUri: observed.scoringUri, swaggerUri: observed.swaggerUri };
}
/** Hash of everything that, changed, requires a new deployment: model, code, environment, settings. */
async function deploymentHash(spec, modelKey, environmentHash) {
    const code = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashAsset */ .$e)(spec.code.directory);
    // Tags are not what a deployment runs; its name and the endpoint's region are where, not what.
    const { tags: _tags, name: _name, location: _location, ...settings } = spec.deployment;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashJson */ .jM)({
        model: modelKey,
        code: code.hash,
        entry: spec.code.entryScript,
        environment: environmentHash,
        settings,
        auth: spec.endpoint.authMode,
        target: spec.target,
    });
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7399);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5448);





/**
 * What deploying `spec` would do to each resource, with reads only. The deployment line is the
 * decision deploy itself makes (`decide`): a Failed deployment is deployed again, drift is put
 * back. A permission error is thrown, as deploy would meet it; only "not registered" is a plan line.
 */
async function plan(_ctx, spec, target, options = {}) {
    const items = [];
    let modelKey;
    if (spec.model?.kind === 'registered') {
        const model = await target.assets.resolveModel(spec.model).catch((err) => {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotFoundError */ .m_)
                return undefined;
            throw err;
        });
        modelKey = model?.hash ?? model?.modelId;
        items.push({
            resource: 'model',
            name: `${spec.model.name}:${spec.model.version}`,
            action: 'unchanged',
            reason: model ? `registered as ${model.modelId}` : 'not registered: deploy will fail until it is',
        });
    }
    else if (spec.model) {
        modelKey = (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .modelIdentity */ .IT)(await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashAsset */ .$e)(spec.model.path));
        const registered = target.assets.registersPathModels ? await target.assets.findModel(spec.model.name ?? target.assets.pathModelName, modelKey) : undefined;
        items.push(!target.assets.registersPathModels
            ? { resource: 'model', name: spec.model.path, action: 'unchanged', reason: 'deployed from the path, not registered' }
            : registered
                ? { resource: 'model', name: spec.model.path, action: 'unchanged', reason: `this content is registered as ${registered}` }
                : { resource: 'model', name: spec.model.path, action: 'create', reason: 'registered as a new model version before deploying' });
    }
    const envHash = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentHash */ .SL)(spec.environment);
    const envName = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentName */ .VE)(spec.environment, envHash);
    const existingEnv = await target.assets.findEnvironment(envName, envHash);
    items.push({
        resource: 'environment',
        name: envName,
        action: existingEnv ? 'unchanged' : 'create',
        reason: existingEnv ? `matches version ${existingEnv}` : 'no version has this spec',
    });
    const observed = await target.describe(spec.endpoint.name);
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .decide */ .LD)({ spec, specHash: await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentHash */ .IE)(spec, modelKey, envHash), traffic: options.traffic }, observed);
    items.push({ resource: 'endpoint', name: spec.endpoint.name, action: observed ? 'unchanged' : 'create', reason: observed ? 'exists' : 'does not exist' });
    const writesUnchanged = decision.deployment === 'unchanged' && (decision.drift.length > 0 || decision.patch.tags !== undefined);
    items.push({
        resource: 'deployment',
        name: `${spec.endpoint.name}/${spec.deployment.name}`,
        action: writesUnchanged ? 'update' : decision.deployment,
        reason: decision.reason,
    });
    return items;
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

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* reexport safe */ _engine_provenance_js__WEBPACK_IMPORTED_MODULE_2__.Kd),
/* harmony export */   g: () => (/* binding */ previewName)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _engine_model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2299);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5880);
/* harmony import */ var _engine_provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4331);





/**
 * The preview endpoint name of this run's pull request and model (`model` as the input gives it:
 * name:version, name@latest or a path; only its name counts). @throws ConfigError outside a PR run.
 */
function previewName(env, model) {
    const pr = (0,_engine_provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .pullRequestNumber */ .Kd)(env);
    if (!pr || !env.GITHUB_REPOSITORY)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('preview: true needs a pull_request run (no pull request number was found in the event)');
    return (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .previewEndpointName */ .Nk)(env.GITHUB_REPOSITORY, pr, model === undefined ? undefined : modelNameOf(model));
}
/** The name part of a model input: `fraud:3` and `fraud@latest` are `fraud`; a path is its last segment. */
function modelNameOf(model) {
    const ref = (0,_engine_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModelReference */ .q)(model);
    if (ref?.kind === 'registered')
        return ref.name;
    return (model
        .replace(/[\\/]+$/, '')
        .split(/[\\/]/)
        .pop() ?? model);
}


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
