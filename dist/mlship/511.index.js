export const id = 511;
export const ids = [511];
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

/***/ 61511:
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
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
// EXTERNAL MODULE: ./src/engine/known-endpoints.ts
var known_endpoints = __webpack_require__(10294);
// EXTERNAL MODULE: ./src/engine/wait.ts
var wait = __webpack_require__(10641);
// EXTERNAL MODULE: ./src/engine/rollout.ts
var engine_rollout = __webpack_require__(54235);
// EXTERNAL MODULE: ./src/engine/stages.ts
var stages = __webpack_require__(82883);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/teardown.ts
var teardown = __webpack_require__(84616);
// EXTERNAL MODULE: ./src/engine/traffic-moves.ts
var traffic_moves = __webpack_require__(68064);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(65446);
// EXTERNAL MODULE: ./src/github/run-action.ts
var run_action = __webpack_require__(40937);
// EXTERNAL MODULE: ./src/actions/cleanup.ts
var cleanup = __webpack_require__(31219);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/actions/common.ts + 1 modules
var common = __webpack_require__(2423);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var actions_inputs = __webpack_require__(36982);
// EXTERNAL MODULE: ./src/targets/local/local-batch.ts
var local_batch = __webpack_require__(42192);
// EXTERNAL MODULE: ./src/actions/batch-summary.ts
var batch_summary = __webpack_require__(27662);
;// CONCATENATED MODULE: ./src/actions/wait-healthy/batch.ts






/**
 * wait-healthy for a batch deployment: Healthy once it provisioned (on amlcompute: provisioning
 * Succeeded; locally, once it is recorded) and, with `sample-input`, once a sample job on it
 * Completed. A batch deployment serves no requests, so there is no probe; the sample job is its smoke test.
 */
async function waitBatch(ctx, options, report) {
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    let sample;
    const job = { endpoint: options.endpoint, deployment: options.deployment, timeoutMs: options.timeoutMs, input: options.sampleInput ?? '' };
    if (options.target === 'amlcompute') {
        const batch = await (0,common/* actionAzureBatch */.et)(ctx, options.azure);
        for (let interval = 1000;; interval = Math.min(interval * 1.5, 15_000)) {
            const found = await batch.deployment(options.endpoint, options.deployment);
            if (!found)
                throw new errors/* NotFoundError */.m_(`batch deployment ${options.endpoint}/${options.deployment} does not exist`, options.deployment);
            const state = found.properties.provisioningState;
            if (state === 'Succeeded')
                break;
            if (state === 'Failed' || state === 'Canceled')
                throw new errors/* OperationError */.OK(`batch deployment ${options.endpoint}/${options.deployment} is ${state}`, options.deployment);
            if (Date.now() >= deadline)
                throw new errors/* DeadlineError */.j3(`batch deployment ${options.endpoint}/${options.deployment} was still ${state} after ${(0,summary/* timing */.N9)(options.timeoutMs)}`, state ?? 'Transitioning');
            await new Promise((r) => setTimeout(r, interval));
        }
        if (options.sampleInput)
            sample = await batch.invoke(ctx, { ...job, timeoutMs: Math.max(1000, deadline - Date.now()) });
    }
    else {
        const local = new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands);
        const record = await local.read(options.endpoint);
        if (!record?.deployments[options.deployment])
            throw new errors/* NotFoundError */.m_(`batch deployment ${options.endpoint}/${options.deployment} does not exist on target local`, options.deployment);
        if (options.sampleInput)
            sample = await local.invoke(ctx, job);
    }
    const healthy = !sample || sample.status === 'Completed';
    core/* setOutput */.uH('state', healthy ? 'Healthy' : 'Failed');
    core/* setOutput */.uH('duration-seconds', String(Math.round((Date.now() - started) / 1000)));
    core/* setOutput */.uH('sample-response', sample ? `${sample.jobName} ${sample.status}` : '');
    core/* setOutput */.uH('traffic', '{}');
    report.summary += (0,summary/* section */.uW)(`Batch deployment ${options.endpoint}/${options.deployment} is ${healthy ? 'Healthy' : 'not healthy'}`, (0,summary/* table */.tp)([
        ['target', options.target],
        ['provisioned', 'yes'],
        ['sample job', sample ? `${sample.jobName}: ${sample.status}` : 'not run (no sample-input)'],
        ['time', (0,summary/* timing */.N9)(Date.now() - started)],
    ]) + (sample ? `\n${(0,batch_summary/* jobSection */.P)(sample)}` : ''));
    if (!healthy)
        throw new errors/* OperationError */.OK(`the sample job ${sample.jobName} on ${options.endpoint}/${options.deployment} ended ${sample.status}${sample.error ? `: ${sample.error.split('\n')[0]}` : ''}`, options.deployment);
}

// EXTERNAL MODULE: ./src/engine/sample.ts
var sample = __webpack_require__(3886);
// EXTERNAL MODULE: ./src/actions/reporting.ts
var reporting = __webpack_require__(18417);
// EXTERNAL MODULE: ./src/engine/provenance.ts
var provenance = __webpack_require__(54331);
;// CONCATENATED MODULE: ./src/actions/wait-healthy/main.ts




















async function main() {
    await (0,run_action/* runAction */.C)('wait-healthy', async (report) => {
        const options = {
            endpoint: inputs/* requiredResourceName */.HI('endpoint-name'),
            deployment: inputs/* resourceName */.Iy('deployment-name') ?? 'blue',
            timeoutMs: inputs/* duration */.p0('timeout', '10m'),
            sampleRequest: await (0,sample/* readSampleRequest */.G)(inputs/* text */.Qq('sample-request'), 'input "sample-request"'),
            expectStatus: inputs/* integer */.nd('expect-status', 200, [100, 599]),
            bakeMs: inputs/* text */.Qq('bake') ? inputs/* duration */.p0('bake', '0s') : undefined,
        };
        const sweepAfter = inputs/* text */.Qq('sweep-after');
        if (sweepAfter !== undefined)
            inputs/* duration */.p0('sweep-after', '0s');
        const recordAs = inputs/* text */.Qq('record-stage') === undefined ? undefined : (0,stages/* checkStage */.RT)(inputs/* text */.Qq('record-stage'), 'input "record-stage"');
        const sampleInput = inputs/* text */.Qq('sample-input');
        const rawTarget = inputs/* text */.Qq('target')?.toLowerCase();
        const batchContext = (0,common/* actionContext */.Gt)(options.timeoutMs);
        if (rawTarget === 'amlcompute' ||
            ((rawTarget ?? 'local') === 'local' && (await new local_batch/* LocalBatch */.gF(batchContext.home, batchContext.commands).read(options.endpoint)))) {
            const target = rawTarget === 'amlcompute' ? 'amlcompute' : 'local';
            return waitBatch(batchContext, { ...options, sampleInput, target, azure: (0,actions_inputs/* readAzureInputs */.tc)() }, report);
        }
        if (sampleInput)
            throw new errors/* ConfigError */.xL('input "sample-input" applies to batch deployments; an online deployment is smoke-tested with sample-request');
        const shared = (0,actions_inputs/* readSharedInputs */.lS)();
        const github = (0,actions_inputs/* readGitHubInputs */.BJ)();
        (0,actions_inputs/* readCleanupMode */.qE)();
        const ctx = (0,common/* actionContext */.Gt)(options.timeoutMs + (options.bakeMs ?? 0));
        const targetName = await (0,known_endpoints/* targetOfEndpoint */.aW)(ctx.home, options.endpoint, shared.target, 'input "target"');
        const target = await (0,common/* actionTarget */.kc)(targetName, ctx, shared.azure);
        (0,cleanup/* saveState */.LZ)({ target: targetName, endpoint: options.endpoint, deployment: options.deployment, endpointExisted: true });
        const started = ctx.clock.now();
        const reports = await (0,reporting/* reporting */.vR)(ctx.logger, github);
        // What the preview costs while it runs (deploy-model's preflight estimate in this job) and when it goes.
        const rollout = await (0,engine_rollout/* readRollout */.w)(ctx.home, options.endpoint);
        const hourly = rollout?.deployment === options.deployment ? rollout.hourlyCost : undefined;
        const pr = (0,provenance/* pullRequestNumber */.Kd)(process.env);
        const lifetime = {
            ...(hourly ? { cost: `about ${(0,format/* formatCost */.BD)(hourly.amount, hourly.currency)}` } : {}),
            ...(sweepAfter ? { removal: `${pr ? `when #${pr} closes, or ` : ''}after ${sweepAfter} (the stale-preview sweep)` } : {}),
        };
        const toGitHub = async (state, extra) => {
            await reports?.waited(waitedReport(targetName, shared.azure, options, { state, durationMs: ctx.clock.now() - started, ...lifetime, ...extra }));
            (0,cleanup/* saveState */.LZ)({ reported: true });
        };
        try {
            const result = await (0,wait/* waitHealthy */.h)(ctx, target, options);
            if (recordAs)
                await recordVerifiedStage(ctx, target, options, recordAs);
            (0,cleanup/* saveState */.LZ)({ succeeded: true });
            await toGitHub(result.state, { scoringUri: result.scoringUri, sampleResponse: result.sample?.body });
            core/* setOutput */.uH('state', result.state);
            core/* setOutput */.uH('duration-seconds', String(Math.round(result.durationMs / 1000)));
            core/* setOutput */.uH('sample-response', result.sample ? (0,format/* truncate */.xv)(result.sample.body, 1000) : '');
            core/* setOutput */.uH('traffic', JSON.stringify(result.traffic));
            core/* setOutput */.uH('diagnosis', '');
            report.summary += (0,summary/* section */.uW)(`${options.endpoint}/${options.deployment} is ${result.state}`, (0,summary/* table */.tp)([
                ['state', result.state],
                ['became healthy after', (0,summary/* timing */.N9)(result.durationMs)],
                ['polls', result.polls],
                ['scoring URI', result.scoringUri],
                ['traffic', JSON.stringify(result.traffic)],
                ['sample request', result.sample ? `answered ${result.sample.status} in ${(0,summary/* timing */.N9)(result.sample.durationMs)}` : 'not sent'],
                ['bake', options.bakeMs ? `${(0,summary/* timing */.N9)(options.bakeMs)}, every check passed` : undefined],
            ]) + (result.sample ? `\n${(0,summary/* codeBlock */.DV)((0,format/* truncate */.xv)(result.sample.body, 2000), 'json')}` : ''));
        }
        catch (err) {
            // The state is an output even on failure, so later steps can branch on it.
            const state = err instanceof errors/* DeadlineError */.j3
                ? (err.lastState ?? 'Transitioning')
                : ((await target.status(options.endpoint, options.deployment).catch(() => undefined))?.state ?? 'Failed');
            core/* setOutput */.uH('state', state);
            core/* setOutput */.uH('duration-seconds', String(Math.round((ctx.clock.now() - started) / 1000)));
            const diagnosis = err.diagnosis;
            core/* setOutput */.uH('diagnosis', diagnosis ? JSON.stringify(diagnosis) : '');
            await toGitHub(state, { failure: err.message, ...(diagnosis ? { diagnosis } : {}) });
            throw err;
        }
    });
}
/** Records on the model version that this stage verified the release this job's deploy-model made. */
async function recordVerifiedStage(ctx, target, options, stage) {
    const rollout = await (0,engine_rollout/* readRollout */.w)(ctx.home, options.endpoint);
    if (!rollout || rollout.deployment !== options.deployment || !rollout.modelId || !rollout.environmentId || !rollout.codeDirectory)
        throw new errors/* ConfigError */.xL(`record-stage: ${options.endpoint}/${options.deployment} was not deployed with a registered model by deploy-model in this job, so there is no release to record`);
    await (0,stages/* recordStage */._3)(ctx, target, {
        modelId: rollout.modelId,
        environment: rollout.environmentId,
        codeDirectory: rollout.codeDirectory,
        endpoint: options.endpoint,
        deployment: options.deployment,
        stage,
    });
}
function waitedReport(target, azure, options, extra) {
    return {
        endpoint: options.endpoint,
        deployment: options.deployment,
        commit: (0,reporting/* builtFrom */.dF)(),
        ...extra,
        pageUrl: (0,reporting/* endpointPage */.pX)(target, options.endpoint, extra.scoringUri?.replace(/\/score$/, '/swagger.json'), (0,common/* azureWorkspace */.bH)(target, azure)),
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
    await (0,run_action/* runPost */.a)('wait-healthy', async (report) => {
        const state = (0,cleanup/* savedState */.fP)();
        if (!state || state.succeeded)
            return;
        const ctx = (0,common/* actionContext */.Gt)();
        const shared = (0,actions_inputs/* readSharedInputs */.lS)();
        const target = await (0,common/* actionTarget */.kc)(state.target, ctx, shared.azure);
        const rollout = await (0,engine_rollout/* readRollout */.w)(ctx.home, state.endpoint);
        const mine = rollout && rollout.deployment === state.deployment ? rollout : undefined;
        // Only a move this rollout never verified is undone; what an earlier step verified stands.
        if (mine?.trafficBefore && !mine.verified) {
            const restored = await (0,traffic_moves/* restoreTraffic */.Yw)(ctx, target, state.endpoint, mine.trafficBefore);
            if (restored)
                report.summary += (0,summary/* section */.uW)(`Traffic on ${state.endpoint} put back`, `The rollout of ${state.deployment} was not verified: traffic returned to ${JSON.stringify(restored)}.\n`);
        }
        if (core/* getState */.Gu('reported') !== 'true') {
            const reports = await (0,reporting/* reporting */.vR)(ctx.logger, (0,actions_inputs/* readGitHubInputs */.BJ)());
            await reports?.waited(waitedReport(state.target, shared.azure, { endpoint: state.endpoint, deployment: state.deployment ?? 'blue' }, { state: 'Cancelled', failure: 'the run was cancelled before the deployment was verified' }));
        }
        if (!(0,cleanup/* shouldClean */.fO)((0,actions_inputs/* readCleanupMode */.qE)(), state))
            return;
        const deleted = mine?.endpointCreated
            ? await (0,teardown/* deleteEndpoint */.n)(ctx, target, state.endpoint)
            : mine && !mine.deploymentWritten
                ? []
                : await (0,cleanup/* removeCreated */.hZ)(ctx, target, state);
        if (deleted.length)
            report.summary += (0,summary/* section */.uW)(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
    });
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
