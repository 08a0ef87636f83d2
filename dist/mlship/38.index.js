export const id = 38;
export const ids = [38];
export const modules = {

/***/ 1921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isBatchDeploymentFile),
/* harmony export */   u: () => (/* binding */ loadBatchSpec)
/* harmony export */ });
/* harmony import */ var _engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8876);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(395);




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

/***/ 8876:
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

/***/ 2192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LocalBatch),
/* harmony export */   h: () => (/* binding */ stopJobProcesses)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_children_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3339);
/* harmony import */ var _engine_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7507);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7679);
/* harmony import */ var _engine_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5448);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5880);
/* harmony import */ var _engine_registry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9399);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1599);
/* harmony import */ var _local_assets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7327);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2043);
/* harmony import */ var _python_env_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7968);















/**
 * Batch endpoints on this machine: one JSON record per endpoint under `home/batch/`, the code of
 * each deployment copied under `home/batch/code/`, and each job run by the local batch driver
 * (batch_driver.py) in the deployment's Python. Nothing runs between jobs, so there is no
 * process to find or stop after a crash: a job's processes live exactly as long as the job.
 */
class LocalBatch {
    home;
    commands;
    dir;
    constructor(home, commands) {
        this.home = home;
        this.commands = commands;
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'batch');
    }
    file(endpoint) {
        const problem = (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_9__/* .nameProblem */ .rH)(endpoint);
        if (problem)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`batch endpoint name ${problem}`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.dir, `${endpoint}.json`);
    }
    /** The endpoint's record; undefined when there is none. @throws StateFileError when it is damaged. */
    async read(endpoint) {
        const file = this.file(endpoint);
        const record = await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .readJson */ .Vh)(file);
        if (record === undefined)
            return undefined;
        if (!record ||
            typeof record !== 'object' ||
            record.kind !== 'batch' ||
            record.name !== endpoint ||
            !record.deployments ||
            typeof record.deployments !== 'object')
            throw (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .damagedState */ .V2)(file, 'is not a batch endpoint record of this name');
        for (const d of Object.values(record.deployments)) {
            // Paths from a state file are trusted only inside the state folder (or the interpreter mlship chose).
            (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .insideState */ .Q4)(d.codeDir, this.dir, file, 'code folder');
            if (d.modelDir !== undefined)
                (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .insideState */ .Q4)(d.modelDir, this.home, file, 'model folder');
        }
        return record;
    }
    async list() {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(this.dir).catch(() => [])).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
        const records = await Promise.all(names.filter((n) => !(0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_9__/* .nameProblem */ .rH)(n)).map((n) => this.read(n).catch(() => undefined)));
        return records.filter((r) => !!r);
    }
    /**
     * Creates or updates a batch deployment. Everything is prepared first (model, Python, a copy of
     * the code); the record is written last, and not at all when nothing changed. The first
     * deployment of an endpoint becomes its default; another only with `makeDefault`.
     */
    async deploy(ctx, spec, options = {}) {
        const endpointName = spec.endpoint.name;
        const name = spec.deployment.name;
        const logger = ctx.logger;
        const model = spec.model ? await new _local_assets_js__WEBPACK_IMPORTED_MODULE_12__/* .LocalAssets */ .v(this.home).resolveModel(spec.model) : undefined;
        if (spec.deployment.instanceCount > 1)
            logger.info(`Locally the runner is the one node: instance_count ${spec.deployment.instanceCount} runs ${spec.deployment.instanceCount * spec.deployment.settings.maxConcurrencyPerInstance} worker processes on it.`);
        const python = await (0,_python_env_js__WEBPACK_IMPORTED_MODULE_14__/* .preparePython */ .s)({ env: spec.environment, home: this.home, logger, commands: this.commands });
        const code = await (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashAsset */ .$e)(spec.code.directory);
        const codeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.dir, 'code', code.hash.slice(0, 32));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(codeDir)) {
            const tmp = `${codeDir}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`;
            await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .copyAssetFiles */ .j)(code, spec.code.directory, tmp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tmp, codeDir).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(tmp, { recursive: true, force: true }));
        }
        const d = spec.deployment;
        const specHash = (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashJson */ .jM)({
            model: model?.hash ?? model?.modelId ?? null,
            environment: (0,_engine_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentHash */ .SL)(spec.environment),
            python: python.python,
            code: code.hash,
            scoringScript: spec.code.entryScript,
            settings: d.settings,
            instanceCount: d.instanceCount,
            tags: d.tags,
            description: d.description ?? null,
        });
        const deployment = {
            name,
            specHash,
            ...(model?.modelId ? { modelId: model.modelId } : {}),
            ...(model ? { modelDir: model.modelDir } : {}),
            python: python.python,
            codeDir,
            scoringScript: spec.code.entryScript,
            settings: d.settings,
            instanceCount: d.instanceCount,
            tags: d.tags,
            ...(d.description ? { description: d.description } : {}),
            updatedAt: new Date().toISOString(),
        };
        const file = this.file(endpointName);
        return (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .withLock */ .kK)(file, async () => {
            const existing = await this.read(endpointName);
            const endpointFields = { description: spec.endpoint.description, tags: spec.endpoint.tags, properties: spec.endpoint.properties };
            const endpointSame = !!existing && (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashJson */ .jM)(endpointFields) === (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashJson */ .jM)({ description: existing.description, tags: existing.tags, properties: existing.properties });
            const previous = existing?.deployments[name];
            const becomesDefault = !existing?.defaultDeployment || !existing.deployments[existing.defaultDeployment] || !!options.makeDefault;
            const defaultDeployment = becomesDefault ? name : existing.defaultDeployment;
            const outcome = (action) => ({
                endpointName,
                deploymentName: name,
                action,
                isDefault: defaultDeployment === name,
                defaultDeployment,
                specHash,
                ...(model?.modelId ? { modelId: model.modelId } : {}),
            });
            if (existing && endpointSame && previous?.specHash === specHash && existing.defaultDeployment === defaultDeployment)
                return outcome('unchanged');
            const record = {
                ...(existing ?? { createdAt: new Date().toISOString(), deployments: {} }),
                name: endpointName,
                kind: 'batch',
                tags: spec.endpoint.tags,
                ...(spec.endpoint.description ? { description: spec.endpoint.description } : {}),
                ...(spec.endpoint.properties ? { properties: spec.endpoint.properties } : {}),
                defaultDeployment,
            };
            if (previous?.specHash !== specHash)
                record.deployments = { ...record.deployments, [name]: deployment };
            await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJsonAtomic */ .ZJ)(file, record);
            const action = !previous ? 'created' : previous.specHash === specHash ? 'unchanged' : 'updated';
            logger.info(`${action === 'created' ? 'Created' : action === 'updated' ? 'Updated' : 'Kept'} local batch deployment ${endpointName}/${name}${defaultDeployment === name ? ' (the default deployment)' : ''}.`);
            return outcome(action);
        });
    }
    /** Deletes one deployment (not the default while others remain), or the endpoint with all of them. */
    async teardown(endpoint, deployment, options = {}) {
        const file = this.file(endpoint);
        return (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .withLock */ .kK)(file, async () => {
            const record = await this.read(endpoint);
            if (!record) {
                if (options.missingOk)
                    return [];
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch endpoint ${endpoint} does not exist on target local`, endpoint);
            }
            if (deployment === undefined) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(file, { force: true });
                return [...Object.keys(record.deployments).map((d) => `batch-deployment:${endpoint}/${d}`), `batch-endpoint:${endpoint}`];
            }
            if (!record.deployments[deployment]) {
                if (options.missingOk)
                    return [];
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch deployment ${endpoint}/${deployment} does not exist (deployments: ${Object.keys(record.deployments).join(', ') || 'none'})`, deployment);
            }
            const others = Object.keys(record.deployments).filter((d) => d !== deployment);
            if (record.defaultDeployment === deployment && others.length && !options.force)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`${deployment} is the default deployment of ${endpoint}: jobs invoked without a deployment name run on it. Make another the default first (deploy it with --make-default), or pass --force.`);
            delete record.deployments[deployment];
            if (record.defaultDeployment === deployment)
                delete record.defaultDeployment;
            await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJsonAtomic */ .ZJ)(file, record);
            return [`batch-deployment:${endpoint}/${deployment}`];
        });
    }
    /**
     * Runs one job: the input's files through the deployment's scoring script, with its settings,
     * until it completes, fails, is canceled or runs out of time. The outputs are laid out as
     * `az ml job download --all` lays them out, so scripts that read them work on either.
     */
    async invoke(ctx, options) {
        const record = await this.read(options.endpoint);
        if (!record)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch endpoint ${options.endpoint} does not exist on target local; deploy it first (mlship deploy --deployment D.yml)`, options.endpoint);
        const name = options.deployment ?? record.defaultDeployment;
        if (!name)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`batch endpoint ${options.endpoint} has no default deployment: name one with --deployment-name`);
        const deployment = record.deployments[name];
        if (!deployment)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch deployment ${options.endpoint}/${name} does not exist (deployments: ${Object.keys(record.deployments).join(', ') || 'none'})`, name);
        const input = localInput(options.input, options.inputType);
        const jobName = `batchjob-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
        const jobDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.home, 'batch-jobs', jobName);
        const outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(options.output ?? jobDir);
        const scoreDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outputDir, 'named-outputs', 'score');
        const predictions = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(scoreDir, deployment.settings.outputFileName);
        // As on Azure, an output file that is already there is not overwritten.
        if (deployment.settings.outputAction === 'append_row' && (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(predictions))
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`${predictions} already exists: a batch job never overwrites its output file. Choose another --output folder, or move the file away.`);
        const job = {
            scoringScript: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(deployment.codeDir, deployment.scoringScript),
            codeDir: deployment.codeDir,
            modelDir: deployment.modelDir ?? null,
            input: input.path,
            inputType: input.type,
            outputDir: scoreDir,
            logsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outputDir, 'logs'),
            workDir: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(jobDir, 'work'),
            miniBatchSize: deployment.settings.miniBatchSize,
            maxConcurrency: deployment.settings.maxConcurrencyPerInstance,
            instanceCount: deployment.instanceCount,
            outputAction: deployment.settings.outputAction,
            outputFileName: deployment.settings.outputFileName,
            maxRetries: deployment.settings.maxRetries,
            timeoutS: deployment.settings.retryTimeoutSeconds,
            errorThreshold: deployment.settings.errorThreshold,
            loggingLevel: deployment.settings.loggingLevel,
            environmentVariables: deployment.settings.environmentVariables,
            resultFile: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(jobDir, 'result.json'),
        };
        await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJsonAtomic */ .ZJ)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(jobDir, 'job.json'), { ...job, jobName, endpoint: options.endpoint, deployment: name });
        ctx.logger.info(`Started batch job ${jobName} on ${options.endpoint}/${name}: ${input.type} ${input.path}.`);
        const started = Date.now();
        const code = await runDriver(deployment.python, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(jobDir, 'job.json'), deployment.codeDir, ctx.logger, options);
        const result = await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .readJson */ .Vh)(job.resultFile);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(job.workDir, { recursive: true, force: true });
        if (!result)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationError */ .OK(`the batch driver of job ${jobName} exited with code ${code} without a result; see ${job.logsDir}`, jobName);
        const { outputFile, error, ...counts } = result;
        const outcome = {
            ...counts,
            ...(error ? { error } : {}),
            jobName,
            endpoint: options.endpoint,
            deployment: name,
            outputDir,
            ...(outputFile ? { predictionsFile: outputFile } : {}),
            durationMs: Date.now() - started,
        };
        await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJsonAtomic */ .ZJ)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(jobDir, 'summary.json'), outcome);
        return outcome;
    }
}
/** A local input: an existing folder (uri_folder) or file (uri_file); remote URIs need Azure. */
function localInput(input, type) {
    if (/^(azureml|https?|wasbs?|abfss?):/i.test(input))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`--input ${input}: the local target reads files on this machine; a datastore or storage URI needs --target amlcompute`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(input);
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(path);
    }
    catch {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`--input ${input}: no such file or folder (looked for ${path})`);
    }
    const actual = stat.isDirectory() ? 'uri_folder' : 'uri_file';
    if (type && type !== actual)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`--input ${input} is a ${actual === 'uri_folder' ? 'folder' : 'file'}, but --input-type is ${type}: use --input-type ${actual}, or leave it out`);
    return { path, type: actual };
}
/** Runs the driver in a process group of its own; a timeout or an abort cancels the job, then stops what is left. */
function runDriver(python, jobFile, cwd, logger, options) {
    return new Promise((done, fail) => {
        // -S: the coordinator needs only the standard library, and skipping site (and the .pth files of every
        // installed package) saves a Python start-up's worth of time; the workers start with site as usual.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(python, ['-S', '-u', _process_js__WEBPACK_IMPORTED_MODULE_13__/* .BATCH_DRIVER_SCRIPT */ .Az, jobFile], {
            cwd,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe'],
            env: { ...(0,_process_js__WEBPACK_IMPORTED_MODULE_13__/* .scoringEnvironment */ .pt)(process.env), PYTHONDONTWRITEBYTECODE: '1' },
        });
        (0,_engine_children_js__WEBPACK_IMPORTED_MODULE_5__/* .trackChild */ .yH)(child);
        if (child.pid)
            options.onStarted?.(child.pid);
        let stderr = '';
        child.stderr.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-4000);
        });
        const cancel = (why) => {
            logger.warn(`Canceling the batch job: ${why}.`);
            signalGroup(child.pid, 'SIGTERM');
            setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5000).unref();
        };
        const timer = options.timeoutMs
            ? setTimeout(() => cancel(`it ran longer than the timeout (${Math.round(options.timeoutMs / 1000)} s)`), options.timeoutMs)
            : undefined;
        const onAbort = () => cancel('interrupted');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.once('error', (err) => {
            if (timer)
                clearTimeout(timer);
            fail(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationError */ .OK(`could not start ${python} for the batch driver: ${err.message}`, python));
        });
        child.once('exit', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            // Whatever the driver left (a worker stuck in run()) goes with it.
            signalGroup(child.pid, 'SIGKILL');
            if (code !== 0 && code !== 1 && code !== 130 && stderr.trim())
                logger.warn(`The batch driver ended with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').slice(-5).join('\n')}`);
            done(code ?? 1);
        });
    });
}
/** Stops a job's driver and its workers (its process group), if they still run. */
function stopJobProcesses(pid) {
    signalGroup(pid, 'SIGKILL');
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // gone already
    }
}


/***/ })

};
