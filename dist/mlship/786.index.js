export const id = 786;
export const ids = [786];
export const modules = {

/***/ 7662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ jobSection)
/* harmony export */ });
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2935);

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

/***/ 5650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ actionContext),
/* harmony export */   Jp: () => (/* binding */ loadDeployInputs),
/* harmony export */   bH: () => (/* binding */ azureWorkspace),
/* harmony export */   et: () => (/* binding */ actionAzureBatch),
/* harmony export */   kc: () => (/* binding */ actionTarget)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(395);
/* harmony import */ var _config_v2_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2196);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _engine_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8860);
/* harmony import */ var _engine_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4331);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1599);
/* harmony import */ var _azure_settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3714);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3740);
/* harmony import */ var _github_commands_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4897);
/* harmony import */ var _github_logger_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2231);











/** The engine's context for an action; `timeoutMs` (the step's `timeout`) bounds every operation. */
function actionContext(timeoutMs) {
    const deadline = timeoutMs === undefined ? undefined : _engine_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .m.now() + timeoutMs;
    return { home: (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_6__/* .stateHome */ .Z0)('action'), logger: _github_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .actionLogger */ .v, clock: _engine_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .m, tags: (0,_engine_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .provenanceTags */ .Xy)(), commands: _github_commands_js__WEBPACK_IMPORTED_MODULE_9__/* .actionCommands */ .P, deadline };
}
/** Loads every config file the step's inputs name into one spec, before any change. */
function loadDeployInputs(sources, extra = {}) {
    const loaded = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSpec */ .I)({
        inferenceConfig: sources.inferenceConfig,
        deploymentConfig: sources.deploymentConfig,
        yamlFiles: sources.yamlFiles,
        overrides: { ...sources.overrides, model: sources.model === undefined ? undefined : (0,_config_v2_js__WEBPACK_IMPORTED_MODULE_2__/* .modelFromText */ .n$)(sources.model, 'input "model"'), ...extra },
    });
    for (const secret of loaded.secrets)
        _github_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .actionLogger */ .v.secret(secret);
    for (const warning of loaded.warnings)
        _github_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .actionLogger */ .v.warn((0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatProblem */ .Vw)(warning));
    if (sources.deploymentConfig)
        _github_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .actionLogger */ .v.info(`Target ${loaded.spec.target}: ${_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .TARGET_MAPPING */ .D[loaded.spec.target]}.`);
    return { loaded, target: loaded.spec.target };
}
/** The target for a name; the Azure inputs are resolved only when an Azure target is used. */
function actionTarget(name, ctx, azure) {
    return (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .createTarget */ .Y)(name, ctx, () => azureSettings(azure));
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
    const { createAzureBatch } = await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 4554));
    const settings = azureSettings(azure);
    return createAzureBatch(ctx, location ? { ...settings, location } : settings);
}
function azureSettings(azure) {
    // GitHub offers an ID token only to jobs with `permissions: id-token: write`.
    const oidc = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ? () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9('api://AzureADTokenExchange') : undefined;
    return (0,_azure_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveAzureSettings */ .F)(azure, process.env, oidc);
}


/***/ }),

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ readGitHubInputs),
/* harmony export */   ER: () => (/* binding */ readDeploySources),
/* harmony export */   j5: () => (/* binding */ readBatchDeployInputs),
/* harmony export */   lS: () => (/* binding */ readSharedInputs),
/* harmony export */   qE: () => (/* binding */ readCleanupMode),
/* harmony export */   tc: () => (/* binding */ readAzureInputs)
/* harmony export */ });
/* unused harmony export cleanupModeOf */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5446);


function readSharedInputs() {
    return { target: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .target */ .aC(), azure: readAzureInputs() };
}
/** The workspace and the identity that signs in to it. */
function readAzureInputs() {
    return {
        subscriptionId: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('subscription-id'),
        resourceGroup: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('resource-group'),
        workspace: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('workspace'),
        clientId: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('client-id'),
        tenantId: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('tenant-id'),
    };
}
/** pr-comment, github-environment and github-token, for the actions that report to GitHub. */
function readGitHubInputs(options = { comment: true }) {
    return {
        comment: options.comment && _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc('pr-comment', false),
        environment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('github-environment'),
        token: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('github-token'),
    };
}
function readCleanupMode() {
    return cleanupModeOf(_github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('cleanup'));
}
function readDeploySources() {
    return {
        inferenceConfig: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('inference-config'),
        deploymentConfig: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('deployment-config'),
        yamlFiles: ['deployment', 'endpoint', 'environment'].map((n) => _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq(n)).filter((f) => !!f),
        model: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('model'),
        overrides: {
            target: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .target */ .aC(),
            endpointName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('endpoint-name'),
            deploymentName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('deployment-name'),
            instanceType: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('instance-type'),
            compute: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('compute'),
            location: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('location'),
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
        deployment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw('deployment'),
        endpoint: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('endpoint'),
        environment: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('environment'),
        target: (_github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('target') ?? 'local').toLowerCase(),
        model: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('model'),
        endpointName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceName */ .Iy('endpoint-name'),
        deploymentName: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceName */ .Iy('deployment-name'),
        compute: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('compute'),
        makeDefault: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc('make-default', false),
        mode: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('mode') ?? 'deploy',
        azure: readAzureInputs(),
        location: _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq('location'),
        onlineOnly: ONLINE_ONLY.filter((name) => _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq(name) !== undefined && _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq(name) !== 'false'),
    };
}


/***/ }),

/***/ 9786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8876);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1599);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5446);
/* harmony import */ var _github_run_action_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(937);
/* harmony import */ var _targets_local_local_batch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2192);
/* harmony import */ var _batch_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7662);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5650);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4601);










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
            : await new _targets_local_local_batch_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalBatch */ .g(ctx.home, ctx.commands).invoke(ctx, options);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('job-name', result.jobName);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', result.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('output-uri', result.outputDir);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('predictions-file', result.predictionsFile ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('succeeded-items', result.succeededItems === undefined ? '' : String(result.succeededItems));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-items', result.failedItems === undefined ? '' : String(result.failedItems));
        report.summary += (0,_batch_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .jobSection */ .P)(result);
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
                (0,_targets_local_local_batch_js__WEBPACK_IMPORTED_MODULE_6__/* .stopJobProcesses */ .h)(pid);
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

/***/ 4897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ actionCommands)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1260);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3755);



/**
 * Programs run from an action: their output streams into a folded group of the runner's log (as
 * the toolkit's own actions do), neutralised so that a package's output cannot issue workflow commands.
 */
const actionCommands = {
    run: (command, args, { title }) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, async () => {
        const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .getExecOutput */ .H)(command, args, {
            ignoreReturnCode: true,
            silent: true,
            listeners: { stdline: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$0)(line)), errline: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralise */ .$0)(line)) },
        }).catch((err) => ({ exitCode: 127, stdout: '', stderr: err.message }));
        return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }),
};


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
