export const id = 937;
export const ids = [937];
export const modules = {

/***/ 57937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./src/engine/deploy.ts
var deploy = __webpack_require__(37399);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(30955);
// EXTERNAL MODULE: ./src/engine/traffic.ts
var traffic = __webpack_require__(74511);
// EXTERNAL MODULE: ./src/engine/traffic-moves.ts
var traffic_moves = __webpack_require__(68064);
// EXTERNAL MODULE: ./src/engine/known-endpoints.ts
var known_endpoints = __webpack_require__(10294);
// EXTERNAL MODULE: ./src/engine/stages.ts
var stages = __webpack_require__(82883);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(65446);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
// EXTERNAL MODULE: ./src/github/run-action.ts
var run_action = __webpack_require__(40937);
// EXTERNAL MODULE: ./src/actions/cleanup.ts
var cleanup = __webpack_require__(31219);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var actions_inputs = __webpack_require__(36982);
// EXTERNAL MODULE: ./src/actions/reporting.ts
var reporting = __webpack_require__(18417);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/engine/preflight.ts
var engine_preflight = __webpack_require__(61541);
// EXTERNAL MODULE: ./src/actions/common.ts + 1 modules
var common = __webpack_require__(2423);
// EXTERNAL MODULE: ./src/config/load-batch.ts
var load_batch = __webpack_require__(21921);
// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(72196);
// EXTERNAL MODULE: ./src/engine/batch-spec.ts
var batch_spec = __webpack_require__(48876);
// EXTERNAL MODULE: ./src/targets/local/local-batch.ts
var local_batch = __webpack_require__(42192);
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
        ? await (await (0,common/* actionAzureBatch */.et)(ctx, inputs.azure, inputs.location)).deploy(ctx, spec, { makeDefault, preflight: inputs.preflight })
        : await new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands).deploy(ctx, spec, { makeDefault });
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
        const preflight = inputs/* bool */.lc('preflight', true);
        const maxHourlyCost = (0,actions_inputs/* readMaxHourlyCost */.Z)();
        if (maxHourlyCost !== undefined && !preflight)
            throw new errors/* ConfigError */.xL('input "max-hourly-cost" is a preflight check: it needs preflight: true');
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
            // What deploy's preflight would find, from the same reads; a plan never fails on it.
            const findings = preflight && target.preflight ? await target.preflight(planned, { maxHourlyCost }) : [];
            if (findings.length)
                ctx.logger.info((0,engine_preflight/* formatFindings */.eg)(findings));
            const changes = items.filter((i) => i.action !== 'unchanged').length;
            core/* setOutput */.uH('plan', JSON.stringify(items));
            core/* setOutput */.uH('endpoint-name', planned.endpoint.name);
            core/* setOutput */.uH('deployment-name', planned.deployment.name);
            core/* setOutput */.uH('changed', String(changes > 0));
            report.summary += (0,summary/* section */.uW)(`Plan for ${spec.endpoint.name}/${spec.deployment.name} (${spec.target}): ${changes ? `${changes} change(s)` : 'no change'}`, (0,summary/* planTable */.k0)(items) + (0,summary/* preflightTable */.SA)(findings));
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
            preflight,
            maxHourlyCost,
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
        const hourly = result.preflight.find((f) => f.hourly)?.hourly;
        core/* setOutput */.uH('hourly-cost', hourly ? String(Math.round(hourly.amount * 1000) / 1000) : '');
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
        ]) + (0,summary/* preflightTable */.SA)(result.preflight));
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

/***/ 18417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dF: () => (/* reexport safe */ _engine_provenance_js__WEBPACK_IMPORTED_MODULE_0__.dF),
/* harmony export */   pX: () => (/* binding */ endpointPage),
/* harmony export */   vR: () => (/* binding */ reporting)
/* harmony export */ });
/* harmony import */ var _engine_provenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54331);

/**
 * The GitHub reports a step was asked for (pr-comment, github-environment): decided here, once.
 * The GitHub client is loaded only then: a step that reports nothing starts without it.
 */
async function reporting(logger, github) {
    if (!github.comment && !github.environment)
        return undefined;
    return (await Promise.all(/* import() */[__webpack_require__.e(270), __webpack_require__.e(214), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 15882))).gitHubReporting(logger, github);
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

/***/ 21921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isBatchDeploymentFile),
/* harmony export */   u: () => (/* binding */ loadBatchSpec)
/* harmony export */ });
/* harmony import */ var _engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48876);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40395);




/** Whether a file is a batch deployment (so that `deploy` takes the batch path). */
function isBatchDeploymentFile(file) {
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(file, { checkRefs: false }).kind === 'v2-batch-deployment';
}
/**
 * Builds a batch deployment spec from its files, with Azure's defaults for every setting not
 * written. Throws before anything is changed anywhere.
 * @throws ConfigError listing every error in every file.
 */
function loadBatchSpec(sources) {
    const checkRefs = sources.checkRefs ?? true;
    const reads = [(0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(sources.deployment, { checkRefs, expect: ['v2-batch-deployment'] })];
    if (sources.endpoint)
        reads.push((0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(sources.endpoint, { checkRefs, expect: ['v2-batch-endpoint'], batch: true }));
    for (const file of sources.others ?? [])
        reads.push((0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(file, { checkRefs, expect: ['v2-environment', 'v2-model'] }));
    const problems = reads.flatMap((r) => r.problems);
    const o = sources.overrides ?? {};
    const flag = (field) => (sources.origin === 'flags' ? { file: 'command line', field: `--${field}` } : { file: 'inputs', field });
    const fail = () => {
        const errors = problems.filter((p) => p.severity === 'error');
        return new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The batch deployment configuration has ${errors.length} error(s); nothing was changed.`, problems);
    };
    if (problems.some((p) => p.severity === 'error'))
        throw fail();
    const f = {};
    for (const read of reads) {
        const part = read.fragment ?? {};
        f.model = part.model ?? f.model;
        f.code = part.code ?? f.code;
        f.environment = part.environment ? { ...f.environment, ...part.environment } : f.environment;
        f.endpoint = { ...f.endpoint, ...part.endpoint, tags: { ...f.endpoint?.tags, ...part.endpoint?.tags } };
        f.deployment = { ...f.deployment, ...part.deployment, tags: { ...f.deployment?.tags, ...part.deployment?.tags } };
        f.batch = { ...f.batch, ...part.batch, settings: { ...f.batch?.settings, ...part.batch?.settings } };
    }
    const target = o.target ?? 'local';
    const endpointName = o.endpointName ?? f.endpoint?.name;
    const deploymentName = o.deploymentName ?? f.deployment?.name;
    const model = o.model ?? f.model;
    const compute = o.compute?.replace(/^azureml:/, '') ?? f.batch?.compute;
    const error = (where, message, hint) => problems.push({ ...where, message, hint, severity: 'error' });
    if (!endpointName)
        error({ file: sources.deployment, field: 'endpoint_name' }, 'no endpoint is named', 'write endpoint_name in the deployment, or give --endpoint-name');
    else if ((0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(endpointName))
        error(flag('endpoint-name'), (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(endpointName));
    if (deploymentName && (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(deploymentName))
        error(flag('deployment-name'), (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(deploymentName));
    if (!model)
        error({ file: sources.deployment, field: 'model' }, 'a batch deployment needs a model', 'write model: azureml:<name>:<version>, or model: {path: ...}');
    const modelName = model?.kind === 'registered' ? model.name : model?.name;
    if (modelName && (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .assetNameProblem */ .pr)(modelName))
        error(flag('model'), (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .assetNameProblem */ .pr)(modelName));
    // MLflow models can go without (Azure generates the scoring script); mlship runs the user's script.
    if (!f.code)
        error({ file: sources.deployment, field: 'code_configuration' }, 'no scoring script is configured', 'write code_configuration: {code: <folder>, scoring_script: <file>.py} (MLflow models without a script are not supported yet)');
    if (target === 'amlcompute' && !compute)
        error({ file: sources.deployment, field: 'compute' }, 'names no compute cluster', 'write compute: azureml:<cluster>, an AmlCompute cluster of the workspace');
    if (problems.some((p) => p.severity === 'error'))
        throw fail();
    const settings = { ..._engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .BATCH_DEFAULTS */ .e, ...f.batch?.settings, environmentVariables: { ...f.batch?.settings?.environmentVariables } };
    const spec = {
        target,
        model,
        code: f.code,
        environment: f.environment ?? { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false },
        endpoint: {
            name: endpointName,
            tags: f.endpoint?.tags ?? {},
            ...(f.endpoint?.description ? { description: f.endpoint.description } : {}),
            ...(f.endpoint?.properties ? { properties: f.endpoint.properties } : {}),
        },
        deployment: {
            name: deploymentName ?? 'default',
            tags: f.deployment?.tags ?? {},
            ...(f.deployment?.description ? { description: f.deployment.description } : {}),
            ...(f.deployment?.properties ? { properties: f.deployment.properties } : {}),
            ...(compute ? { compute } : {}),
            instanceCount: f.batch?.instanceCount ?? 1,
            ...(f.deployment?.instanceType ? { instanceType: f.deployment.instanceType } : {}),
            ...(f.batch?.resourceProperties ? { resourceProperties: f.batch.resourceProperties } : {}),
            settings,
        },
        sources: reads.map((r) => r.file),
    };
    return { spec, warnings: problems.filter((p) => p.severity === 'warning'), secrets: reads.flatMap((r) => r.secrets) };
}


/***/ }),

/***/ 48876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ BATCH_TARGETS),
/* harmony export */   e: () => (/* binding */ BATCH_DEFAULTS)
/* harmony export */ });
const BATCH_TARGETS = ['local', 'amlcompute'];
const BATCH_DEFAULTS = {
    miniBatchSize: 10,
    maxConcurrencyPerInstance: 1,
    outputAction: 'append_row',
    outputFileName: 'predictions.csv',
    maxRetries: 3,
    retryTimeoutSeconds: 30,
    errorThreshold: -1,
    loggingLevel: 'info',
    environmentVariables: {},
};


/***/ }),

/***/ 37399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ deploymentHash),
/* harmony export */   gg: () => (/* binding */ deploy)
/* harmony export */ });
/* unused harmony export routesOf */
/* harmony import */ var _known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10294);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54235);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82883);
/* harmony import */ var _crash_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97465);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71896);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85448);
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68064);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61541);










async function deploy(ctx, spec, target, options = {}) {
    // First, before a model is registered or anything else is written.
    const preflight = await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_8__/* .runPreflight */ .hg)(ctx.logger, options.preflight === false || !target.preflight ? undefined : () => target.preflight(spec, { maxHourlyCost: options.maxHourlyCost }));
    const hourly = preflight.find((f) => f.hourly)?.hourly;
    const ref = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveStageRef */ .y0)(target, spec.model);
    if (ref !== spec.model && ref?.kind === 'registered')
        ctx.logger.info(`${spec.model?.kind === 'registered' ? `${spec.model.name}${spec.model.version}` : ''} is ${ref.name}:${ref.version}.`);
    const model = ref ? await target.assets.resolveModel(ref) : undefined;
    if (options.release)
        await checkReleaseBeforeWrites(target, spec, model?.modelId, options.release);
    if (spec.model?.kind === 'registered' && spec.model.version === 'latest')
        ctx.logger.info(`${spec.model.name}@latest resolved to ${model?.modelId}.`);
    const environment = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .registerEnvironment */ .fL)(ctx, target, spec.environment);
    const specHash = await deploymentHash(spec, model?.hash ?? model?.modelId, environment.hash);
    const endpointName = spec.endpoint.name;
    const deploymentName = spec.deployment.name;
    let observed = await target.describe(endpointName);
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .decide */ .LD)({ spec, specHash, traffic: options.traffic }, observed);
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
            modelId: model?.modelId,
            environmentId: environment.environmentId,
            codeDirectory: spec.code.directory,
            ...(hourly ? { hourlyCost: hourly } : {}),
        });
    // Recorded before it is created: a run killed right after the creation still lets a later
    // step (or its post step) find the endpoint where it is.
    await (0,_known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberEndpoint */ .Xg)(ctx.home, endpointName, target.name);
    if (!observed) {
        ctx.logger.info(`Creating endpoint ${endpointName} (${target.name}, auth ${spec.endpoint.authMode}).`);
        observed = await target.createEndpoint(spec, { ...spec.endpoint.tags, ...ctx.tags }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_9__/* .crashPoint */ .u)('deploy:endpoint-created');
    }
    const outcome = {
        endpointName,
        deploymentName,
        modelId: model?.modelId,
        environmentId: environment.environmentId,
        specHash,
        drift: decision.drift,
        action: decision.deployment,
        preflight,
    };
    if (decision.deployment !== 'unchanged') {
        const { operation, ...routes } = await target.putDeployment({ spec, endpoint: observed, model, environment, tags: { ...ctx.tags, ...decision.deploymentTags } }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_9__/* .crashPoint */ .u)('deploy:submitted');
        if (operation)
            await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_1__/* .updateRollout */ .F)(ctx.home, endpointName, { operation });
        ctx.logger.info(`Deployment ${endpointName}/${deploymentName} is starting at ${routes.scoringUri} (${decision.deployment === 'create' ? 'a new deployment' : decision.reason}).`);
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
        return (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_7__/* .setTraffic */ .oB)(ctx, target, observed, (now) => (0,_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTraffic */ .D7)(now.tags[_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.traffic]) ?? restore);
    return observed.traffic;
}
/** Where a deployment answers: its own routes locally, the endpoint's on Azure. */
function routesOf(observed, deployment) {
    return observed.deployments.find((d) => d.name === deployment)?.routes ?? { scoringUri: observed.scoringUri, swaggerUri: observed.swaggerUri };
}
/** Hash of everything that, changed, requires a new deployment: model, code, environment, settings. */
async function deploymentHash(spec, modelKey, environmentHash) {
    const code = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .hashAsset */ .$e)(spec.code.directory);
    // Tags are not what a deployment runs; its name and the endpoint's region are where, not what.
    const { tags: _tags, name: _name, location: _location, ...settings } = spec.deployment;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .hashJson */ .jM)({
        model: modelKey,
        code: code.hash,
        entry: spec.code.entryScript,
        environment: environmentHash,
        settings,
        auth: spec.endpoint.authMode,
        target: spec.target,
    });
}
/**
 * The release checks (require-stage, stage without allow-rollback), before anything is written:
 * the environment is looked up by its content, not registered.
 */
async function checkReleaseBeforeWrites(target, spec, modelId, release) {
    if (!release.requireStage && !release.stage)
        return;
    if (!modelId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL('require-stage and stage need a registered model (name:version), not files deployed as they are');
    const hash = (0,_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentHash */ .SL)(spec.environment);
    const name = (0,_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentName */ .VE)(spec.environment, hash);
    const version = await target.assets.findEnvironment(name, hash);
    await (0,_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRelease */ .me)(target, {
        modelId,
        environment: version ? `${name}:${version}` : `${name} (not registered yet)`,
        codeDirectory: spec.code.directory,
        ...release,
    });
}


/***/ }),

/***/ 30955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71896);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37399);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85448);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82883);






/**
 * What deploying `spec` would do to each resource, with reads only. The deployment line is the
 * decision deploy itself makes (`decide`): a Failed deployment is deployed again, drift is put
 * back. A permission error is thrown, as deploy would meet it; only "not registered" is a plan line.
 */
async function plan(_ctx, given, target, options = {}) {
    const items = [];
    // name@stage:<stage> plans the version that stage verified last, as deploy would deploy it.
    const spec = { ...given, model: await (0,_stages_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveStageRef */ .y0)(target, given.model) };
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

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* reexport safe */ _engine_provenance_js__WEBPACK_IMPORTED_MODULE_2__.Kd),
/* harmony export */   g: () => (/* binding */ previewName)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _engine_model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12299);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95880);
/* harmony import */ var _engine_provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54331);





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
