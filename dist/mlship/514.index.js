export const id = 514;
export const ids = [514];
export const modules = {

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
/* harmony import */ var _engine_traffic_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4511);
/* harmony import */ var _engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8064);
/* harmony import */ var _engine_known_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(294);
/* harmony import */ var _engine_stages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2883);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5446);
/* harmony import */ var _github_pull_request_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2524);
/* harmony import */ var _github_run_action_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(937);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1219);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4601);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8417);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2935);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2423);
















async function main() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_9__/* .runAction */ .C)('deploy-model', async (report) => {
        const mode = _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('mode') ?? 'deploy';
        const shared = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readSharedInputs */ .lS)();
        if (mode === 'promote' || mode === 'rollback')
            return moveTraffic(mode, shared, report);
        if (mode !== 'deploy')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "mode" is "${mode}"; use deploy, promote or rollback`);
        const traffic = _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('traffic');
        const share = traffic === undefined ? undefined : parseTrafficInput(traffic);
        const preview = _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc('preview', false);
        const release = {
            requireStage: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('require-stage') === undefined ? undefined : (0,_engine_stages_js__WEBPACK_IMPORTED_MODULE_6__/* .checkStage */ .RT)(_github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('require-stage'), 'input "require-stage"'),
            stage: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('stage') === undefined ? undefined : (0,_engine_stages_js__WEBPACK_IMPORTED_MODULE_6__/* .checkStage */ .RT)(_github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq('stage'), 'input "stage"'),
            allowRollback: _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc('allow-rollback', false),
        };
        // A preview names its own endpoint; an explicit name beside it would be silently overridden.
        const sources = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readDeploySources */ .ER)();
        // Checked now, before anything is changed; the post step acts on it.
        (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readCleanupMode */ .qE)();
        const github = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readGitHubInputs */ .BJ)({ comment: false });
        const planOnly = _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc('plan-only', false);
        if (preview && sources.overrides.endpointName)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('give either "preview: true" (the endpoint is named after the pull request and model) or "endpoint-name", not both');
        const { loaded } = (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .loadDeployInputs */ .Jp)(sources, preview ? { endpointName: (0,_github_pull_request_js__WEBPACK_IMPORTED_MODULE_8__/* .previewName */ .g)(process.env, sources.model) } : {});
        const { spec } = loaded;
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .actionContext */ .Gt)();
        const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .actionTarget */ .kc)(spec.target, ctx, shared.azure);
        if (planOnly) {
            // With no deployment named, the plan is for the deployment that serves: "what would change for production".
            const serving = sources.overrides.deploymentName ? undefined : servingDeployment(await target.describe(spec.endpoint.name));
            const planned = serving ? { ...spec, deployment: { ...spec.deployment, name: serving } } : spec;
            const items = await (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .plan */ .e)(ctx, planned, target);
            for (const item of items)
                ctx.logger.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name} (${item.reason})`);
            const changes = items.filter((i) => i.action !== 'unchanged').length;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('plan', JSON.stringify(items));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', planned.endpoint.name);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-name', planned.deployment.name);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(changes > 0));
            report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .section */ .uW)(`Plan for ${spec.endpoint.name}/${spec.deployment.name} (${spec.target}): ${changes ? `${changes} change(s)` : 'no change'}`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .planTable */ .k0)(items));
            return;
        }
        // Names go out before anything can fail, so an `if: always()` teardown knows what to delete.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', spec.endpoint.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-name', spec.deployment.name);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_10__/* .saveState */ .LZ)({ target: spec.target, endpoint: spec.endpoint.name, deployment: spec.deployment.name });
        await (await (0,_reporting_js__WEBPACK_IMPORTED_MODULE_12__/* .reporting */ .vR)(ctx.logger, github))?.deploying(spec.endpoint.name, spec.deployment.name);
        const result = await (0,_engine_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deploy */ .gg)(ctx, spec, target, {
            traffic: share,
            release,
            // Recorded before anything is written: the post step must know what this run was creating.
            onDecision: (decision, existed) => (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_10__/* .saveState */ .LZ)({ endpointExisted: existed, ...(decision.deployment === 'unchanged' ? { deployment: '' } : {}) }),
        });
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_10__/* .saveState */ .LZ)({ succeeded: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('scoring-uri', result.scoringUri);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('swagger-uri', result.swaggerUri);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('traffic', JSON.stringify(result.traffic));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-id', result.modelId ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-id', result.environmentId);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(!result.unchanged));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('drift', JSON.stringify(result.drift));
        report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .section */ .uW)(`Deployment ${result.endpointName}/${result.deploymentName} ${result.unchanged ? 'unchanged' : 'started'} (${spec.target})`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .table */ .tp)([
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
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_9__/* .runPost */ .a)('deploy-model', async (report) => {
        const state = (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_10__/* .savedState */ .fP)();
        if (!(0,_cleanup_js__WEBPACK_IMPORTED_MODULE_10__/* .shouldClean */ .fO)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readCleanupMode */ .qE)(), state))
            return;
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .actionContext */ .Gt)();
        const deleted = await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_10__/* .removeCreated */ .hZ)(ctx, await (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .actionTarget */ .kc)(state.target, ctx, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readSharedInputs */ .lS)().azure), state);
        if (deleted.length)
            report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .section */ .uW)(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
    });
}
function parseTrafficInput(text) {
    try {
        return (0,_engine_traffic_js__WEBPACK_IMPORTED_MODULE_15__/* .parseShare */ .n8)(text, 'input "traffic"');
    }
    catch (err) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(err.message);
    }
}
/** promote: the deployment (Healthy) takes all traffic. rollback: the map the last change replaced comes back. */
async function moveTraffic(mode, shared, report) {
    const endpoint = _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredResourceName */ .HI('endpoint-name');
    const deployment = mode === 'promote' ? _github_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredResourceName */ .HI('deployment-name') : undefined;
    const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .actionContext */ .Gt)();
    const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_14__/* .actionTarget */ .kc)(await (0,_engine_known_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOfEndpoint */ .aW)(ctx.home, endpoint, shared.target, 'input "target"'), ctx, shared.azure);
    const traffic = deployment ? await (0,_engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__/* .promote */ .pt)(ctx, target, endpoint, deployment) : await (0,_engine_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__/* .rollbackTraffic */ .IS)(ctx, target, endpoint);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', endpoint);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('traffic', JSON.stringify(traffic));
    report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .section */ .uW)(`${mode === 'promote' ? 'Promoted' : 'Rolled back'} traffic on ${endpoint}`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .table */ .tp)([['traffic', JSON.stringify(traffic)]]));
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

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ deploymentHash),
/* harmony export */   gg: () => (/* binding */ deploy)
/* harmony export */ });
/* unused harmony export routesOf */
/* harmony import */ var _known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(294);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4235);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2883);
/* harmony import */ var _crash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7465);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1896);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5448);
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8064);









async function deploy(ctx, spec, target, options = {}) {
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
        });
    // Recorded before it is created: a run killed right after the creation still lets a later
    // step (or its post step) find the endpoint where it is.
    await (0,_known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberEndpoint */ .Xg)(ctx.home, endpointName, target.name);
    if (!observed) {
        ctx.logger.info(`Creating endpoint ${endpointName} (${target.name}, auth ${spec.endpoint.authMode}).`);
        observed = await target.createEndpoint(spec, { ...spec.endpoint.tags, ...ctx.tags }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_8__/* .crashPoint */ .u)('deploy:endpoint-created');
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
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_8__/* .crashPoint */ .u)('deploy:submitted');
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
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2883);






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
