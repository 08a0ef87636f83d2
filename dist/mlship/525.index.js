export const id = 525;
export const ids = [525];
export const modules = {

/***/ 18525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   pipelineSummary: () => (/* binding */ pipelineSummary),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(23755);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _engine_teardown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84616);
/* harmony import */ var _engine_up_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63057);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65446);
/* harmony import */ var _github_run_action_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40937);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31219);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92935);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2423);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(36982);
/* harmony import */ var _engine_sample_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3886);












/** The root action: register, build, deploy, wait, smoke-test (and optionally tear down) in one step. */
async function main() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_5__/* .runAction */ .C)('mlship', async (summary) => {
        const shared = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readSharedInputs */ .lS)();
        const sources = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readDeploySources */ .ER)();
        const modelName = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('model-name');
        const modelPath = _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('model-path');
        const register = modelName && modelPath ? { name: modelName, path: modelPath, tags: _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .tags */ ._A('tags'), description: _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('description') } : undefined;
        // A model registered in this step is deployed by name, which also names the endpoint.
        const { loaded } = (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .loadDeployInputs */ .Jp)(sources, register ? { model: { kind: 'registered', name: register.name, version: 'latest' } } : {});
        const options = {
            spec: loaded.spec,
            register,
            timeoutMs: _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0('timeout', '10m'),
            sampleRequest: await (0,_engine_sample_js__WEBPACK_IMPORTED_MODULE_10__/* .readSampleRequest */ .G)(_github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('sample-request'), 'input "sample-request"'),
            expectStatus: _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .integer */ .nd('expect-status', 200, [100, 599]),
            teardownAfter: teardownMode(),
            preflight: _github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc('preflight', true),
            maxHourlyCost: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readMaxHourlyCost */ .Z)(),
        };
        if (options.maxHourlyCost !== undefined && !options.preflight)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('input "max-hourly-cost" is a preflight check: it needs preflight: true');
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionContext */ .Gt)();
        const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionTarget */ .kc)(loaded.spec.target, ctx, shared.azure);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('endpoint-name', loaded.spec.endpoint.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-name', loaded.spec.deployment.name);
        // Read before anything is created: `teardown: true` deletes only an endpoint this run created.
        const endpointExisted = options.teardownAfter === 'never' ? undefined : !!(await target.describe(loaded.spec.endpoint.name));
        // With teardown, the post step deletes what this run created if the step is cancelled or killed first.
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .saveState */ .LZ)({ target: loaded.spec.target, endpoint: loaded.spec.endpoint.name, endpointExisted, succeeded: options.teardownAfter === 'never' });
        const report = { deleted: [], timings: {} };
        try {
            await (0,_engine_up_js__WEBPACK_IMPORTED_MODULE_3__.up)(ctx, target, {
                ...options,
                endpointExisted,
                onDeployed: (d) => {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('scoring-uri', d.scoringUri);
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('swagger-uri', d.swaggerUri);
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-id', d.environmentId);
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('traffic', JSON.stringify(d.traffic));
                },
            }, report);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('state', report.wait?.state ?? '');
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sample-response', report.wait?.sample ? (0,_engine_format_js__WEBPACK_IMPORTED_MODULE_11__/* .truncate */ .xv)(report.wait.sample.body, 1000) : '');
        }
        finally {
            if (report.model) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-id', report.model.modelId);
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-version', report.model.version);
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('reused', String(report.model.reused));
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deleted', JSON.stringify(report.deleted));
            if (report.timings.teardown !== undefined)
                (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .saveState */ .LZ)({ succeeded: true });
            summary.summary += pipelineSummary(report);
        }
    });
}
/** The post step: `teardown: true` holds even when the step was cancelled or killed before it could tear down. */
async function post() {
    await (0,_github_run_action_js__WEBPACK_IMPORTED_MODULE_5__/* .runPost */ .a)('mlship', async (report) => {
        const state = (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .savedState */ .fP)();
        const mode = teardownMode();
        if (!state || state.succeeded || mode === 'never')
            return;
        // `true` removes only what this run created; an endpoint that was there before stays.
        if (mode === 'if-created' && state.endpointExisted !== false)
            return;
        const ctx = (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionContext */ .Gt)();
        const target = await (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .actionTarget */ .kc)(state.target, ctx, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readSharedInputs */ .lS)().azure);
        const deleted = mode === 'always' ? await (0,_engine_teardown_js__WEBPACK_IMPORTED_MODULE_2__/* .teardown */ .zN)(ctx, target, { endpoint: state.endpoint, missingOk: true }) : await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeCreated */ .hZ)(ctx, target, state);
        report.summary += (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .section */ .uW)(`mlship cleanup of ${state.endpoint}`, deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing was left to delete.\n');
    });
}
/**
 * The `teardown` input: `true` deletes the endpoint afterwards when this run created it (one that
 * was there before keeps running), `always` deletes it whatever, `false` keeps it.
 */
function teardownMode() {
    const value = (_github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('teardown') ?? 'false').toLowerCase();
    if (value === 'true')
        return 'if-created';
    if (value === 'always')
        return 'always';
    if (value === 'false')
        return 'never';
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`input "teardown" is "${_github_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq('teardown')}"; use true (delete what this run created), always or false`);
}
function pipelineSummary(report) {
    const { model, deployment, wait } = report;
    const rows = [
        ['model', model ? `${model.modelId} (${model.reused ? 'reused' : 'new version'}, ${(0,_engine_format_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z3)(model.bytes)})` : deployment?.modelId],
        ['environment', deployment?.environmentId],
        ['endpoint', deployment ? `${deployment.endpointName}/${deployment.deploymentName}` : undefined],
        ['scoring URI', deployment?.scoringUri],
        ['state', wait?.state],
        ['sample', wait?.sample ? `answered ${wait.sample.status}` : undefined],
        ['deleted', report.deleted.length ? report.deleted.join(', ') : undefined],
        ...Object.entries(report.timings).map(([phase, ms]) => [`${phase} time`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .timing */ .N9)(ms)]),
    ];
    const sample = wait?.sample ? `\n${(0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .codeBlock */ .DV)((0,_engine_format_js__WEBPACK_IMPORTED_MODULE_11__/* .truncate */ .xv)(wait.sample.body, 2000), 'json')}` : '';
    return (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .section */ .uW)(`mlship: ${deployment ? `${deployment.endpointName}/${deployment.deploymentName}` : 'pipeline'}`, (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(rows) + sample);
}


/***/ })

};
