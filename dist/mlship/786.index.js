export const id = 786;
export const ids = [786];
export const modules = {

/***/ 27662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ jobSection)
/* harmony export */ });
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92935);

/** The job summary: verdict, counts, where the outputs are, and the first failed mini-batches with their errors. */
function jobSection(r) {
    const icon = r.status === 'Completed' ? '✅' : r.status === 'Canceled' ? '⏹️' : '❌';
    let body = (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)([
        ['job', (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(r.jobName)],
        ['deployment', `${r.endpoint}/${r.deployment}`],
        [
            'files',
            r.files === undefined ? undefined : `${r.files} in ${r.miniBatches} mini-batch(es): ${r.succeededMiniBatches} succeeded, ${r.failedMiniBatches} failed`,
        ],
        [
            'items',
            r.succeededItems === undefined
                ? undefined
                : `${r.succeededItems} succeeded${r.failedItems === undefined ? ' (rows of the predictions file; failures are in the job logs on Azure)' : `, ${r.failedItems} failed`}`,
        ],
        ['predictions', r.predictionsFile ? (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(r.predictionsFile) : undefined],
        [r.files === undefined ? 'outputs' : 'logs', (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(r.files === undefined ? `${r.outputDir}/named-outputs/score` : `${r.outputDir}/logs`)],
        ['time', (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .timing */ .N9)(r.durationMs)],
    ]);
    if (r.error)
        body += `\n${(0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(r.error)}`;
    for (const failed of r.failedMiniBatchDetails.slice(0, 5))
        body += `\nMini-batch ${failed.id} failed (${failed.fileCount} file(s): ${failed.files.map(_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti).join(', ')}):\n\n${(0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(failed.error.trim().split('\n').slice(-8).join('\n'))}`;
    return (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)(`${icon} Batch job ${r.status.toLowerCase()}${r.succeededItems === undefined ? '' : `: ${r.succeededItems} item(s) scored`}`, body);
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

/***/ 89786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48876);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61599);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65446);
/* harmony import */ var _github_run_action_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40937);
/* harmony import */ var _targets_local_local_batch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42192);
/* harmony import */ var _batch_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27662);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2423);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(36982);
/* harmony import */ var _reporting_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18417);











/** What the post step needs to stop a job the runner cancelled: the driver's process and its start time. */
const STATE_KEY = 'batch-driver';
/** On amlcompute: the job's name, which the post step cancels on Azure if it is still running. */
const JOB_KEY = 'batch-job';
async function main() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_5__/* .runAction */ .C)('score-batch', async (report) => {
        // Every input is checked before anything runs.
        const endpoint = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .requiredResourceName */ .HI('endpoint-name');
        const deployment = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceName */ .Iy('deployment-name');
        const source = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw('input');
        const inputType = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('input-type');
        if (inputType !== undefined && inputType !== 'uri_folder' && inputType !== 'uri_file')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "input-type" is "${inputType}"; use uri_folder or uri_file`);
        const timeoutMs = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0('timeout', '30m');
        const target = batchTarget(_github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('target'));
        const azure = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readAzureInputs */ .tc)();
        // A batch preview's comment (pr-comment): the sample job's verdict on the pull request.
        const github = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readGitHubInputs */ .BJ)({ comment: true, environment: false });
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionContext */ .Gt)(timeoutMs);
        const aborter = new AbortController();
        const abort = () => aborter.abort();
        process.once('SIGINT', abort);
        process.once('SIGTERM', abort);
        const options = {
            endpoint,
            deployment,
            input: source,
            inputType: inputType,
            output: _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('output-path'),
            timeoutMs,
            signal: aborter.signal,
            onStarted: (pid) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(STATE_KEY, JSON.stringify({ pid, start: (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_3__/* .processStart */ .gy)(pid) })),
            onJob: (jobName) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(JOB_KEY, jobName),
        };
        const result = target === 'amlcompute'
            ? await (await (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionAzureBatch */ .et)(ctx, azure)).invoke(ctx, options)
            : await new _targets_local_local_batch_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalBatch */ .gF(ctx.home, ctx.commands).invoke(ctx, options);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('job-name', result.jobName);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', result.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('output-uri', result.outputDir);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('predictions-file', result.predictionsFile ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('succeeded-items', result.succeededItems === undefined ? '' : String(result.succeededItems));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-items', result.failedItems === undefined ? '' : String(result.failedItems));
        report.summary += (0,_batch_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .jobSection */ .P)(result);
        await (await (0,_reporting_js__WEBPACK_IMPORTED_MODULE_10__/* .reporting */ .vR)(ctx.logger, github))?.batchJob({
            endpoint: result.endpoint,
            deployment: result.deployment,
            jobName: result.jobName,
            status: result.status,
            ...(result.succeededItems === undefined ? {} : { succeededItems: result.succeededItems }),
            ...(result.failedItems === undefined ? {} : { failedItems: result.failedItems }),
            ...(result.files === undefined ? {} : { files: result.files }),
            failedMiniBatches: result.failedMiniBatchDetails,
            ...(result.error ? { error: result.error } : {}),
            durationMs: result.durationMs,
            commit: (0,_reporting_js__WEBPACK_IMPORTED_MODULE_10__/* .builtFrom */ .dF)(),
        });
        if (result.status !== 'Completed')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`batch job ${result.jobName} ${result.status.toLowerCase()}${result.error ? `: ${result.error.split('\n')[0]}` : ''}`, result.jobName);
    });
}
/** After a cancel: the job's driver and workers are stopped, if the step could not stop them itself. */
async function post() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_5__/* .runPost */ .a)('score-batch', async () => {
        const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(STATE_KEY);
        if (saved) {
            const { pid, start } = JSON.parse(saved);
            // Only the process this step started: a pid reused by another process since is left alone.
            if (Number.isInteger(pid) && pid > 1 && start && (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_3__/* .processStart */ .gy)(pid) === start)
                (0,_targets_local_local_batch_js__WEBPACK_IMPORTED_MODULE_6__/* .stopJobProcesses */ .hO)(pid);
        }
        const jobName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(JOB_KEY);
        if (jobName && /^[A-Za-z0-9_-]{1,255}$/.test(jobName)) {
            const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionContext */ .Gt)();
            if (await (await (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionAzureBatch */ .et)(ctx, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readAzureInputs */ .tc)())).cancelJob(jobName))
                ctx.logger.info(`Canceled batch job ${jobName}, which the cancelled run left running.`);
        }
    });
}
function batchTarget(value) {
    const name = (value ?? 'local').toLowerCase();
    if (!_engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_TARGETS */ .I.includes(name))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`input "target" is "${name}"; a batch job runs on local or amlcompute`);
    return name;
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
