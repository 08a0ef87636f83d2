export const id = 937;
export const ids = [937];
export const modules = {

/***/ 7937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/engine/deploy.ts
var deploy = __webpack_require__(7399);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(955);
// EXTERNAL MODULE: ./src/engine/traffic.ts
var traffic = __webpack_require__(4511);
// EXTERNAL MODULE: ./src/engine/traffic-moves.ts
var traffic_moves = __webpack_require__(8064);
// EXTERNAL MODULE: ./src/engine/known-endpoints.ts
var known_endpoints = __webpack_require__(294);
// EXTERNAL MODULE: ./src/engine/stages.ts
var stages = __webpack_require__(2883);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/github/run-action.ts
var run_action = __webpack_require__(937);
// EXTERNAL MODULE: ./src/actions/cleanup.ts
var cleanup = __webpack_require__(1219);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var actions_inputs = __webpack_require__(4601);
// EXTERNAL MODULE: ./src/actions/reporting.ts
var reporting = __webpack_require__(8417);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/common.ts + 1 modules
var common = __webpack_require__(2423);
// EXTERNAL MODULE: ./src/config/load-batch.ts
var load_batch = __webpack_require__(1921);
// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(2196);
// EXTERNAL MODULE: ./src/engine/batch-spec.ts
var batch_spec = __webpack_require__(8876);
// EXTERNAL MODULE: ./src/targets/local/local-batch.ts
var local_batch = __webpack_require__(2192);
;// CONCATENATED MODULE: ./src/actions/deploy-model/batch.ts








/** deploy-model with a batch deployment YAML: the endpoint and deployment, the first one the default. */
async function deployBatch(inputs, report) {
    for (const name of inputs.onlineOnly)
        throw new errors/* ConfigError */.xL(`input "${name}" does not apply to a batch deployment (input "deployment" is a batch deployment YAML)`);
    if (inputs.mode !== 'deploy')
        throw new errors/* ConfigError */.xL(`input "mode" is "${inputs.mode}": a batch deployment is made the default with make-default: true`);
    if (!batch_spec/* BATCH_TARGETS */.I.includes(inputs.target))
        throw new errors/* ConfigError */.xL(`input "target" is "${inputs.target}": ${inputs.deployment} is a batch deployment, which runs on local or amlcompute`);
    const target = inputs.target;
    const loaded = (0,load_batch/* loadBatchSpec */.u)({
        deployment: inputs.deployment,
        endpoint: inputs.endpoint,
        others: inputs.environment ? [inputs.environment] : [],
        overrides: {
            target,
            model: inputs.model === undefined ? undefined : (0,v2/* modelFromText */.n$)(inputs.model, 'input "model"'),
            endpointName: inputs.endpointName,
            deploymentName: inputs.deploymentName,
            compute: inputs.compute,
        },
    });
    const makeDefault = inputs.makeDefault;
    const ctx = (0,common/* actionContext */.Gt)();
    for (const secret of loaded.secrets)
        ctx.logger.secret(secret);
    for (const warning of loaded.warnings)
        ctx.logger.warn((0,errors/* formatProblem */.Vw)(warning));
    const { spec } = loaded;
    core/* setOutput */.uH('endpoint-name', spec.endpoint.name);
    core/* setOutput */.uH('deployment-name', spec.deployment.name);
    const outcome = target === 'amlcompute'
        ? await (await (0,common/* actionAzureBatch */.et)(ctx, inputs.azure, inputs.location)).deploy(ctx, spec, { makeDefault })
        : await new local_batch/* LocalBatch */.g(ctx.home, ctx.commands).deploy(ctx, spec, { makeDefault });
    core/* setOutput */.uH('model-id', outcome.modelId ?? '');
    core/* setOutput */.uH('changed', String(outcome.action !== 'unchanged'));
    core/* setOutput */.uH('default-deployment', outcome.defaultDeployment ?? '');
    const s = spec.deployment.settings;
    report.summary += (0,summary/* section */.uW)(`Batch deployment ${outcome.endpointName}/${outcome.deploymentName} ${outcome.action} (${target})`, (0,summary/* table */.tp)([
        ['endpoint', outcome.endpointName],
        ['deployment', outcome.deploymentName],
        ['default deployment', outcome.defaultDeployment],
        ['model', outcome.modelId ?? (spec.model?.kind === 'path' ? `${spec.model.path} (not registered)` : undefined)],
        ['scoring script', spec.code?.entryScript],
        ['mini-batch', `${s.miniBatchSize} file(s); ${s.maxConcurrencyPerInstance} process(es) per instance × ${spec.deployment.instanceCount}`],
        ['output', s.outputAction === 'append_row' ? `append_row to ${s.outputFileName}` : 'summary_only'],
        ['retries', `${s.maxRetries}, ${s.retryTimeoutSeconds} s per mini-batch; error_threshold ${s.errorThreshold}`],
        ['change', outcome.action === 'unchanged' ? 'no change: already this exact spec' : outcome.action],
    ]));
}

;// CONCATENATED MODULE: ./src/actions/deploy-model/main.ts


















async function main() {
    await (0,run_action/* runAction */.C)('deploy-model', async (report) => {
        const yaml = inputs/* text */.Qq('deployment');
        if (yaml && (0,load_batch/* isBatchDeploymentFile */.G)(yaml))
            return deployBatch((0,actions_inputs/* readBatchDeployInputs */.j5)(), report);
        if (inputs/* bool */.lc('make-default', false))
            throw new errors/* ConfigError */.xL('input "make-default" applies to batch deployments (input "deployment" a batch deployment YAML)');
        const mode = inputs/* text */.Qq('mode') ?? 'deploy';
        const shared = (0,actions_inputs/* readSharedInputs */.lS)();
        if (mode === 'promote' || mode === 'rollback')
            return moveTraffic(mode, shared, report);
        if (mode !== 'deploy')
            throw new errors/* ConfigError */.xL(`input "mode" is "${mode}"; use deploy, promote or rollback`);
        const traffic = inputs/* text */.Qq('traffic');
        const share = traffic === undefined ? undefined : parseTrafficInput(traffic);
        const preview = inputs/* bool */.lc('preview', false);
        const release = {
            requireStage: inputs/* text */.Qq('require-stage') === undefined ? undefined : (0,stages/* checkStage */.RT)(inputs/* text */.Qq('require-stage'), 'input "require-stage"'),
            stage: inputs/* text */.Qq('stage') === undefined ? undefined : (0,stages/* checkStage */.RT)(inputs/* text */.Qq('stage'), 'input "stage"'),
            allowRollback: inputs/* bool */.lc('allow-rollback', false),
        };
        // A preview names its own endpoint; an explicit name beside it would be silently overridden.
        const sources = (0,actions_inputs/* readDeploySources */.ER)();
        // Checked now, before anything is changed; the post step acts on it.
        (0,actions_inputs/* readCleanupMode */.qE)();
        const github = (0,actions_inputs/* readGitHubInputs */.BJ)({ comment: false });
        const planOnly = inputs/* bool */.lc('plan-only', false);
        if (preview && sources.overrides.endpointName)
            throw new errors/* ConfigError */.xL('give either "preview: true" (the endpoint is named after the pull request and model) or "endpoint-name", not both');
        const { loaded } = (0,common/* loadDeployInputs */.Jp)(sources, preview ? { endpointName: (0,pull_request/* previewName */.g)(process.env, sources.model) } : {});
        const { spec } = loaded;
        const ctx = (0,common/* actionContext */.Gt)();
        const target = await (0,common/* actionTarget */.kc)(spec.target, ctx, shared.azure);
        if (planOnly) {
            // With no deployment named, the plan is for the deployment that serves: "what would change for production".
            const serving = sources.overrides.deploymentName ? undefined : servingDeployment(await target.describe(spec.endpoint.name));
            const planned = serving ? { ...spec, deployment: { ...spec.deployment, name: serving } } : spec;
            const items = await (0,plan/* plan */.e)(ctx, planned, target);
            for (const item of items)
                ctx.logger.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name} (${item.reason})`);
            const changes = items.filter((i) => i.action !== 'unchanged').length;
            core/* setOutput */.uH('plan', JSON.stringify(items));
            core/* setOutput */.uH('endpoint-name', planned.endpoint.name);
            core/* setOutput */.uH('deployment-name', planned.deployment.name);
            core/* setOutput */.uH('changed', String(changes > 0));
            report.summary += (0,summary/* section */.uW)(`Plan for ${spec.endpoint.name}/${spec.deployment.name} (${spec.target}): ${changes ? `${changes} change(s)` : 'no change'}`, (0,summary/* planTable */.k0)(items));
            return;
        }
        // Names go out before anything can fail, so an `if: always()` teardown knows what to delete.
        core/* setOutput */.uH('endpoint-name', spec.endpoint.name);
        core/* setOutput */.uH('deployment-name', spec.deployment.name);
        (0,cleanup/* saveState */.LZ)({ target: spec.target, endpoint: spec.endpoint.name, deployment: spec.deployment.name });
        await (await (0,reporting/* reporting */.vR)(ctx.logger, github))?.deploying(spec.endpoint.name, spec.deployment.name);
        const result = await (0,deploy/* deploy */.gg)(ctx, spec, target, {
            traffic: share,
            release,
            // Recorded before anything is written: the post step must know what this run was creating.
            onDecision: (decision, existed) => (0,cleanup/* saveState */.LZ)({ endpointExisted: existed, ...(decision.deployment === 'unchanged' ? { deployment: '' } : {}) }),
        });
        (0,cleanup/* saveState */.LZ)({ succeeded: true });
        core/* setOutput */.uH('scoring-uri', result.scoringUri);
        core/* setOutput */.uH('swagger-uri', result.swaggerUri);
        core/* setOutput */.uH('traffic', JSON.stringify(result.traffic));
        core/* setOutput */.uH('model-id', result.modelId ?? '');
        core/* setOutput */.uH('environment-id', result.environmentId);
        core/* setOutput */.uH('changed', String(!result.unchanged));
        core/* setOutput */.uH('drift', JSON.stringify(result.drift));
        report.summary += (0,summary/* section */.uW)(`Deployment ${result.endpointName}/${result.deploymentName} ${result.unchanged ? 'unchanged' : 'started'} (${spec.target})`, (0,summary/* table */.tp)([
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
    await (0,run_action/* runPost */.a)('deploy-model', async (report) => {
        const state = (0,cleanup/* savedState */.fP)();
        if (!(0,cleanup/* shouldClean */.fO)((0,actions_inputs/* readCleanupMode */.qE)(), state))
            return;
        const ctx = (0,common/* actionContext */.Gt)();
        const deleted = await (0,cleanup/* removeCreated */.hZ)(ctx, await (0,common/* actionTarget */.kc)(state.target, ctx, (0,actions_inputs/* readSharedInputs */.lS)().azure), state);
        if (deleted.length)
            report.summary += (0,summary/* section */.uW)(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
    });
}
function parseTrafficInput(text) {
    try {
        return (0,traffic/* parseShare */.n8)(text, 'input "traffic"');
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(err.message);
    }
}
/** promote: the deployment (Healthy) takes all traffic. rollback: the map the last change replaced comes back. */
async function moveTraffic(mode, shared, report) {
    const endpoint = inputs/* requiredResourceName */.HI('endpoint-name');
    const deployment = mode === 'promote' ? inputs/* requiredResourceName */.HI('deployment-name') : undefined;
    const ctx = (0,common/* actionContext */.Gt)();
    const target = await (0,common/* actionTarget */.kc)(await (0,known_endpoints/* targetOfEndpoint */.aW)(ctx.home, endpoint, shared.target, 'input "target"'), ctx, shared.azure);
    const traffic = deployment ? await (0,traffic_moves/* promote */.pt)(ctx, target, endpoint, deployment) : await (0,traffic_moves/* rollbackTraffic */.IS)(ctx, target, endpoint);
    core/* setOutput */.uH('endpoint-name', endpoint);
    core/* setOutput */.uH('traffic', JSON.stringify(traffic));
    report.summary += (0,summary/* section */.uW)(`${mode === 'promote' ? 'Promoted' : 'Rolled back'} traffic on ${endpoint}`, (0,summary/* table */.tp)([['traffic', JSON.stringify(traffic)]]));
}


/***/ }),

/***/ 8417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dF: () => (/* reexport safe */ _engine_provenance_js__WEBPACK_IMPORTED_MODULE_0__.dF),
/* harmony export */   pX: () => (/* binding */ endpointPage),
/* harmony export */   vR: () => (/* binding */ reporting)
/* harmony export */ });
/* harmony import */ var _engine_provenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4331);

/**
 * The GitHub reports a step was asked for (pr-comment, github-environment): decided here, once.
 * The GitHub client is loaded only then: a step that reports nothing starts without it.
 */
async function reporting(logger, github) {
    if (!github.comment && !github.environment)
        return undefined;
    return (await Promise.all(/* import() */[__webpack_require__.e(270), __webpack_require__.e(214), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 5882))).gitHubReporting(logger, github);
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


/***/ })

};
