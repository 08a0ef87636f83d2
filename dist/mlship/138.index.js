export const id = 138;
export const ids = [138];
export const modules = {

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

/***/ 14673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ registerModel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23755);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95880);





/**
 * Registers a model file or folder. Content decides: the same bytes under the same name return
 * the existing version (`reused`), so reruns make no new versions.
 * @throws ConfigError for a bad name or a path that does not exist.
 */
async function registerModel(ctx, target, options) {
    const problem = (0,_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .assetNameProblem */ .pr)(options.name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-name: ${problem}`);
    // A datastore URI or a job output (azureml://...) is registered where it is, without upload.
    const isUri = /^azureml:\/\//.test(options.path);
    const path = isUri ? options.path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.path);
    if (!isUri && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-path: ${options.path} does not exist (resolved to ${path}); give the model file or folder`);
    if (isUri && target.name === 'local')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-path: ${options.path} is in an Azure ML workspace; register it with target aci or aks, or download it first`);
    const model = await target.assets.registerModel({ ...options, path, tags: { ...ctx.tags, ...options.tags }, logger: ctx.logger });
    ctx.logger.info(model.reused
        ? `Model ${model.name}:${model.version} already holds this content (sha256 ${model.hash.slice(0, 12)}): reused, no new version.`
        : `Registered model ${model.name}:${model.version}: ${model.files} file(s), ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(model.bytes)}, sha256 ${model.hash.slice(0, 12)}.`);
    return { modelId: `${model.name}:${model.version}`, ...model };
}


/***/ }),

/***/ 3886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSampleRequest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _json_position_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85564);



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

/***/ 63057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   up: () => (/* binding */ up)
/* harmony export */ });
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61541);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37399);
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14673);
/* harmony import */ var _teardown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84616);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10641);





/**
 * The whole pipeline: register → environment → deploy → wait until Healthy → smoke test →
 * optionally tear down. `report` is filled as phases finish, so a caller can show what happened
 * even when a later phase throws.
 */
async function up(ctx, target, options, report) {
    const timed = async (phase, fn) => {
        const started = ctx.clock.now();
        try {
            return await fn();
        }
        finally {
            report.timings[phase] = ctx.clock.now() - started;
        }
    };
    let spec = options.spec;
    // Once deploy has started it may have created the endpoint, even if it then failed.
    let deployStarted = false;
    const existed = options.teardownAfter === 'if-created' && (options.endpointExisted ?? !!(await target.describe(options.spec.endpoint.name)));
    // Before the first write, registration included; deploy then need not check again.
    await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .runPreflight */ .hg)(ctx.logger, options.preflight === false || !target.preflight ? undefined : () => target.preflight(options.spec, { maxHourlyCost: options.maxHourlyCost }));
    try {
        if (options.register) {
            report.model = await timed('register', () => (0,_register_js__WEBPACK_IMPORTED_MODULE_2__/* .registerModel */ .$)(ctx, target, options.register));
            spec = { ...spec, model: { kind: 'registered', name: report.model.name, version: report.model.version } };
        }
        deployStarted = true;
        report.deployment = await timed('deploy', () => (0,_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deploy */ .gg)(ctx, spec, target, { preflight: false }));
        options.onDeployed?.(report.deployment);
        report.wait = await timed('wait', () => (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitHealthy */ .h)(ctx, target, {
            endpoint: spec.endpoint.name,
            deployment: spec.deployment.name,
            timeoutMs: options.timeoutMs,
            sampleRequest: options.sampleRequest,
            expectStatus: options.expectStatus,
        }));
    }
    finally {
        report.keptBecauseExisting = existed;
        if (options.teardownAfter !== 'never' && !existed && deployStarted) {
            // A failing teardown is reported, but never hides why the run failed.
            report.deleted = await timed('teardown', () => (0,_teardown_js__WEBPACK_IMPORTED_MODULE_3__/* .teardown */ .zN)(ctx, target, { endpoint: spec.endpoint.name, missingOk: true })).catch((err) => {
                ctx.logger.warn(`teardown of ${spec.endpoint.name} failed: ${err.message}`);
                return [];
            });
        }
    }
    return report;
}


/***/ }),

/***/ 10641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ waitHealthy)
/* harmony export */ });
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68064);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _diagnosis_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31831);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23755);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17273);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84964);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54235);








const LOG_LINES = 60;
/** Enough of each container's log to hold a whole traceback. */
const DIAGNOSIS_LOG_LINES = 200;
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
            return {
                value: status,
                state: status.state,
                done: status.state === 'Healthy' || status.state === 'Failed',
                retryAfterMs: status.retryAfterMs,
                detail: status.detail,
            };
        },
        onDeadline: async () => target.logs(options.endpoint, options.deployment, LOG_LINES),
    }).catch(async (err) => {
        // Out of time: what the deployment was doing, and why it may never have become ready.
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3)
            err.diagnosis = await diagnoseFailure(ctx, target, options, { timedOutIn: err.lastState });
        throw err;
    });
    const status = result.value;
    if (status.state === 'Failed') {
        const logs = await target.logs(options.endpoint, options.deployment, LOG_LINES);
        const failed = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`deployment ${subject} Failed: ${status.detail}. ${status.error ? 'The traceback is below; fix score.py or the model files and deploy again.' : 'Its log is below.'}`, subject, withTraceback(status.error, logs));
        failed.diagnosis = await diagnoseFailure(ctx, target, options, { traceback: status.error });
        throw failed;
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
    const change = await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .applyTrafficWish */ .ll)(ctx, target, options.endpoint, options.deployment, async (previous) => {
        // The map from before this rollout's first move (10%, then 100%): what a failure goes back to.
        const rollout = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .readRollout */ .w)(ctx.home, options.endpoint);
        const first = rollout?.deployment === options.deployment ? rollout.trafficBefore : undefined;
        await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .updateRollout */ .F)(ctx.home, options.endpoint, { trafficBefore: first ?? previous, verified: false });
    });
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
/**
 * Gathers what explains a failed or stuck deployment (the operation's error and the build log it
 * names, each container's log, the probe settings) and classifies it. Every read is best effort: a
 * diagnosis never hides the failure it explains.
 */
async function diagnoseFailure(ctx, target, options, known) {
    try {
        const { endpoint, deployment } = options;
        const rollout = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .readRollout */ .w)(ctx.home, endpoint);
        const operation = rollout?.deployment === deployment ? rollout.operation : undefined;
        const quiet = (read) => read.catch(() => undefined);
        const [service, inferenceServer, storageInitializer] = await Promise.all([
            quiet(target.failure?.(endpoint, deployment, operation) ?? Promise.resolve(undefined)),
            quiet(target.logs(endpoint, deployment, DIAGNOSIS_LOG_LINES, 'inference-server')),
            // Only Azure has a storage initializer; locally the one log is the scoring server's.
            target.name === 'local' ? undefined : quiet(target.logs(endpoint, deployment, DIAGNOSIS_LOG_LINES, 'storage-initializer')),
        ]);
        const diagnosis = (0,_diagnosis_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnose */ .h4)({ ...service, ...known, logs: { inferenceServer, storageInitializer } });
        return diagnosis;
    }
    catch (err) {
        ctx.logger.warn(`could not diagnose the failure: ${err.message}`);
        return undefined;
    }
}
/**
 * The log to show with a failed init(): the traceback once. The scoring log usually holds it
 * already (the inference server logs it); only when it does not is the traceback put first.
 */
function withTraceback(traceback, logs) {
    const lines = (traceback ?? '')
        .trim()
        .split('\n')
        .slice(1)
        .filter((line) => line.trim());
    if (!lines.length || lines.every((line) => logs.includes(line)))
        return logs;
    return `${traceback.trim()}\n\n--- scoring log ---\n${logs}`;
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
            const restored = await rollBack(ctx, target, options);
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
/**
 * Traffic back to where it was before this rollout's first move (so a version that failed at 100%
 * keeps none of the 10% an earlier step gave it); without a rollout record, the last change undone.
 */
async function rollBack(ctx, target, options) {
    const rollout = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_5__/* .readRollout */ .w)(ctx.home, options.endpoint);
    if (rollout?.deployment !== options.deployment || !rollout.trafficBefore)
        return (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackTraffic */ .IS)(ctx, target, options.endpoint);
    return (await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .restoreTraffic */ .Yw)(ctx, target, options.endpoint, rollout.trafficBefore)) ?? rollout.trafficBefore;
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


/***/ })

};
