export const id = 516;
export const ids = [516];
export const modules = {

/***/ 31219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   fO: () => (/* binding */ shouldClean),
/* harmony export */   fP: () => (/* binding */ savedState),
/* harmony export */   hZ: () => (/* binding */ removeCreated)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _engine_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38519);
/* harmony import */ var _engine_teardown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84616);




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
  et: () => (/* binding */ actionAzureBatch),
  Gt: () => (/* binding */ actionContext),
  kc: () => (/* binding */ actionTarget),
  bH: () => (/* binding */ azureWorkspace),
  Jp: () => (/* binding */ loadDeployInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./src/config/load.ts + 12 modules
var load = __webpack_require__(40395);
// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(72196);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/logger.ts
var logger = __webpack_require__(68860);
// EXTERNAL MODULE: ./src/engine/provenance.ts
var provenance = __webpack_require__(54331);
// EXTERNAL MODULE: ./src/engine/state.ts
var state = __webpack_require__(61599);
// EXTERNAL MODULE: ./src/azure/settings.ts
var settings = __webpack_require__(43714);
// EXTERNAL MODULE: ./src/targets/index.ts + 1 modules
var targets = __webpack_require__(73740);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
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
var github_logger = __webpack_require__(72231);
;// CONCATENATED MODULE: ./src/actions/common.ts











/** The engine's context for an action; `timeoutMs` (the step's `timeout`) bounds every operation. */
function actionContext(timeoutMs) {
    const deadline = timeoutMs === undefined ? undefined : logger/* systemClock */.m.now() + timeoutMs;
    return { home: (0,state/* stateHome */.Z0)('action'), logger: github_logger/* actionLogger */.v, clock: logger/* systemClock */.m, tags: (0,provenance/* provenanceTags */.Xy)(), commands: actionCommands, deadline };
}
/** Loads every config file the step's inputs name into one spec, before any change. */
function loadDeployInputs(sources, extra = {}) {
    const loaded = (0,load/* loadSpec */.I)({
        inferenceConfig: sources.inferenceConfig,
        deploymentConfig: sources.deploymentConfig,
        yamlFiles: sources.yamlFiles,
        overrides: { ...sources.overrides, model: sources.model === undefined ? undefined : (0,v2/* modelFromText */.n$)(sources.model, 'input "model"'), ...extra },
    });
    for (const secret of loaded.secrets)
        github_logger/* actionLogger */.v.secret(secret);
    for (const warning of loaded.warnings)
        github_logger/* actionLogger */.v.warn((0,errors/* formatProblem */.Vw)(warning));
    if (sources.deploymentConfig)
        github_logger/* actionLogger */.v.info(`Target ${loaded.spec.target}: ${targets/* TARGET_MAPPING */.D[loaded.spec.target]}.`);
    return { loaded, target: loaded.spec.target };
}
/** The target for a name; the Azure inputs are resolved only when an Azure target is used. */
function actionTarget(name, ctx, azure) {
    return (0,targets/* createTarget */.Y)(name, ctx, () => azureSettings(azure));
}
/** The Azure workspace the inputs name, for links to it; undefined on the local target or when it is not set. */
function azureWorkspace(target, azure) {
    if (target === 'local')
        return undefined;
    try {
        return azureSettings(azure);
    }
    catch {
        return undefined;
    }
}
/** Batch endpoints on Azure ML compute for the workspace the inputs name. */
async function actionAzureBatch(ctx, azure, location) {
    const { createAzureBatch } = await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 24554));
    const settings = azureSettings(azure);
    return createAzureBatch(ctx, location ? { ...settings, location } : settings);
}
function azureSettings(azure) {
    // GitHub offers an ID token only to jobs with `permissions: id-token: write`.
    const oidc = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ? () => core/* getIDToken */.V9('api://AzureADTokenExchange') : undefined;
    return (0,settings/* resolveAzureSettings */.F)(azure, process.env, oidc);
}


/***/ }),

/***/ 36982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ readGitHubInputs),
/* harmony export */   ER: () => (/* binding */ readDeploySources),
/* harmony export */   Z: () => (/* binding */ readMaxHourlyCost),
/* harmony export */   j5: () => (/* binding */ readBatchDeployInputs),
/* harmony export */   lS: () => (/* binding */ readSharedInputs),
/* harmony export */   qE: () => (/* binding */ readCleanupMode),
/* harmony export */   tc: () => (/* binding */ readAzureInputs)
/* harmony export */ });
/* unused harmony export cleanupModeOf */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _engine_preflight_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61541);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65446);



function readSharedInputs() {
    return { target: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .target */ .aC(), azure: readAzureInputs() };
}
/** The workspace and the identity that signs in to it. */
function readAzureInputs() {
    return {
        subscriptionId: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('subscription-id'),
        resourceGroup: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('resource-group'),
        workspace: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('workspace'),
        clientId: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('client-id'),
        tenantId: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('tenant-id'),
    };
}
/** pr-comment, github-environment and github-token, for the actions that report to GitHub. */
function readGitHubInputs(options = { comment: true }) {
    return {
        comment: options.comment && _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc('pr-comment', false),
        environment: options.environment === false ? undefined : _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('github-environment'),
        token: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('github-token'),
    };
}
function readCleanupMode() {
    return cleanupModeOf(_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('cleanup'));
}
function readDeploySources() {
    return {
        inferenceConfig: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('inference-config'),
        deploymentConfig: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('deployment-config'),
        yamlFiles: ['deployment', 'endpoint', 'environment'].map((n) => _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq(n)).filter((f) => !!f),
        model: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('model'),
        overrides: {
            target: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .target */ .aC(),
            endpointName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('endpoint-name'),
            deploymentName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('deployment-name'),
            instanceType: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('instance-type'),
            compute: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('compute'),
            location: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('location'),
        },
    };
}
/** The `cleanup` input: what the post step removes of what this step created. */
function cleanupModeOf(value = 'never') {
    if (value !== 'never' && value !== 'on-failure' && value !== 'always')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`input "cleanup" is "${value}"; use never, on-failure or always`);
    return value;
}
/** These inputs shape an online deployment only; given with a batch YAML they would do nothing. */
const ONLINE_ONLY = [
    'inference-config',
    'deployment-config',
    'traffic',
    'preview',
    'plan-only',
    'require-stage',
    'stage',
    'instance-type',
    'github-environment',
];
function readBatchDeployInputs() {
    return {
        deployment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw('deployment'),
        endpoint: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('endpoint'),
        environment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('environment'),
        target: (_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('target') ?? 'local').toLowerCase(),
        model: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('model'),
        endpointName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceName */ .Iy('endpoint-name'),
        deploymentName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceName */ .Iy('deployment-name'),
        compute: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('compute'),
        makeDefault: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc('make-default', false),
        preflight: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc('preflight', true),
        mode: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('mode') ?? 'deploy',
        azure: readAzureInputs(),
        location: _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('location'),
        onlineOnly: ONLINE_ONLY.filter((name) => _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq(name) !== undefined && _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq(name) !== 'false'),
    };
}
/** max-hourly-cost: a positive amount in the price list's currency (USD for Azure's retail prices); undefined when not set. */
function readMaxHourlyCost() {
    const text = _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq('max-hourly-cost');
    return text === undefined ? undefined : (0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .parseHourlyCost */ .cR)(text, 'input "max-hourly-cost"');
}


/***/ }),

/***/ 54235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ updateRollout),
/* harmony export */   w: () => (/* binding */ readRollout)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61599);




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

/***/ 82883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ checkStage),
/* harmony export */   _3: () => (/* binding */ recordStage),
/* harmony export */   me: () => (/* binding */ checkRelease),
/* harmony export */   y0: () => (/* binding */ resolveStageRef)
/* harmony export */ });
/* unused harmony exports stageTag, stageVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85448);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12299);




const stageTag = (stage) => `mlship.stage.${stage}`;
/** A stage name as tags and inputs can carry it. @throws ConfigError naming `label`. */
function checkStage(stage, label) {
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(stage))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: "${stage.slice(0, 40)}" is not a stage name; use lowercase letters, digits and hyphens, such as staging or production`);
    return stage;
}
function parseRecord(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value.environment === 'string' && typeof value.code === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Who verified: the GitHub run's URL, else this machine. */
function verifier(ctx, env = process.env) {
    const run = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const environment = env.MLSHIP_GITHUB_ENVIRONMENT ? ` (environment ${env.MLSHIP_GITHUB_ENVIRONMENT})` : '';
    return `${run ?? ctx.tags['mlship.repository'] ?? 'a run outside GitHub Actions'}${environment}`;
}
/** Records on the model version that `stage` verified this release. */
async function recordStage(ctx, target, release) {
    const [name, version] = release.modelId.split(':');
    const record = {
        environment: release.environment,
        code: (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(release.codeDirectory)).hash,
        endpoint: release.endpoint,
        deployment: release.deployment,
        at: new Date(ctx.clock.now()).toISOString(),
        by: verifier(ctx),
    };
    await target.assets.tagModel(name, version, { [stageTag(release.stage)]: JSON.stringify(record) });
    ctx.logger.info(`Recorded on ${release.modelId}: stage ${release.stage} verified it (environment ${record.environment}, code ${record.code.slice(0, 12)}).`);
    return record;
}
/**
 * The version a stage verified last (`name@stage:production`): the newest record, not the newest
 * version number. @throws NotFoundError when the stage verified no version of the model.
 */
async function stageVersion(target, name, stage) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkAssetName */ .WD)(name, 'model');
    const verified = (await target.assets.modelVersions(name))
        .map((v) => ({ version: v.version, record: parseRecord(v.tags[stageTag(stage)]) }))
        .filter((v) => !!v.record)
        .sort((a, b) => a.record.at.localeCompare(b.record.at));
    const last = verified.at(-1);
    if (!last)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_(`no version of model ${name} was verified by stage ${stage}: nothing to deploy from it`, `model ${name}`);
    return last.version;
}
/**
 * Refuses, before anything is written, a release that `requireStage` did not verify (another
 * model version, or the same one with another environment or code), and a version older than the
 * one `stage` verified last unless `allowRollback` (re-running an old run moves nothing backwards).
 * @throws ConfigError saying which.
 */
async function checkRelease(target, check) {
    const [name, version] = check.modelId.split(':');
    const versions = await target.assets.modelVersions(name);
    if (check.requireStage) {
        const record = parseRecord(versions.find((v) => v.version === version)?.tags[stageTag(check.requireStage)]);
        if (!record)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`model ${check.modelId} was not verified by stage ${check.requireStage}: only what ${check.requireStage} verified is deployed here`);
        const code = (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(check.codeDirectory)).hash;
        if (record.environment !== check.environment || record.code !== code)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`model ${check.modelId} was verified by stage ${check.requireStage} with environment ${record.environment} and code ${record.code.slice(0, 12)}, not with environment ${check.environment} and code ${code.slice(0, 12)}: deploy the release ${check.requireStage} verified`);
    }
    if (check.stage && !check.allowRollback) {
        const newer = versions
            .filter((v) => parseRecord(v.tags[stageTag(check.stage)]))
            .map((v) => v.version)
            .filter((v) => Number(v) > Number(version));
        if (newer.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`stage ${check.stage} already verified a newer version of ${name} (${newer.join(', ')}) than ${check.modelId}: deploying it would move ${check.stage} backwards. Set allow-rollback: true if that is meant.`);
    }
}
/** A model reference with `@stage:<stage>` resolved to the version that stage verified last. */
async function resolveStageRef(target, ref) {
    if (ref?.kind !== 'registered' || !ref.version.startsWith(_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_PREFIX */ .a))
        return ref;
    return { ...ref, version: await stageVersion(target, ref.name, ref.version.slice(_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_PREFIX */ .a.length)) };
}


/***/ }),

/***/ 65446:
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84964);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95880);
/* harmony import */ var _engine_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38519);





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

/***/ 72231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23755);


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

/***/ 40937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72231);
/* harmony import */ var _engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31831);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92935);





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
        const { message, logs, diagnosis } = describeFailure(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${name}: ${message}`);
        if (diagnosis)
            _logger_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLogger */ .v.info((0,_engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnosis */ .Nb)(diagnosis, logs));
        if (logs)
            _logger_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLogger */ .v.info(`----- log -----\n${logs}`);
        report.summary += (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .failureSection */ .mo)(name, message, logs, diagnosis);
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
    return { message: described.message, logs: described.logs, diagnosis: described.diagnosis };
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

/***/ 92935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   N9: () => (/* binding */ timing),
/* harmony export */   SA: () => (/* binding */ preflightTable),
/* harmony export */   VE: () => (/* binding */ diagnosisSection),
/* harmony export */   XJ: () => (/* binding */ truncateSummary),
/* harmony export */   k0: () => (/* binding */ planTable),
/* harmony export */   mo: () => (/* binding */ failureSection),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uW: () => (/* binding */ section)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84964);

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
    // A loop, not a spread: a response may hold more runs of backticks than a call takes arguments.
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text}\n${fence}\n`;
}
/** Text as inline code that cannot end early (no backticks, no line breaks). */
function inlineCode(text) {
    return `\`${text.replace(/[`\r\n]/g, ' ')}\``;
}
/**
 * Plain text that may carry a name read from Azure or a log (a package, a module, an action):
 * every character markdown or GitHub gives a meaning to (emphasis, links, images, HTML, tables,
 * @-mentions, #-references) is escaped, so it renders as the text it is.
 */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]()<>#+!|@~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
function failureSection(action, message, logs, diagnosis) {
    const tail = logs ? `\n<details open><summary>Log</summary>\n\n${codeBlock(logs)}\n</details>\n` : '';
    return section(`❌ ${action} failed`, `${codeBlock(message)}${diagnosis ? diagnosisSection(diagnosis) : ''}${tail}`);
}
/**
 * Why it failed, for the summary and the PR comment: class, cause and fix as text, the evidence
 * (from Azure or the logs) only inside a code block, where it cannot render as markdown.
 */
function diagnosisSection(d) {
    const evidence = d.evidence.length ? `\n${codeBlock(d.evidence.join('\n'))}` : '';
    return `\n**Diagnosis: ${d.class}**${d.code ? ` (${inlineCode(d.code)})` : ''}: ${escapeMarkdown(d.cause)}.\n${evidence}\n**Fix:** ${escapeMarkdown(d.fix)}\n`;
}
function planTable(items) {
    const rows = items.map((i) => `| ${i.resource} | ${i.name} | ${i.action} | ${i.reason} |`);
    return `| resource | name | action | why |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}
/** The preflight's findings under a deployment's summary; nothing when none were made. */
function preflightTable(findings) {
    if (!findings.length)
        return '';
    const icon = { ok: '✅', refused: '❌', unchecked: '⚪' };
    const rows = findings.map((f) => `| ${icon[f.status]} ${f.status} | ${f.check} | ${escapeMarkdown(f.message)} |`);
    return `\n**Preflight**\n\n| | check | finding |\n|---|---|---|\n${rows.join('\n')}\n`;
}
function timing(ms) {
    return (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms);
}


/***/ })

};
