export const id = 696;
export const ids = [696];
export const modules = {

/***/ 9696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/teardown.ts
var teardown = __webpack_require__(4616);
;// CONCATENATED MODULE: ./src/engine/sweep.ts


/** `mlship.pr` or `mlship.pr=12`, one per line or comma-separated. */
function parseSelector(text) {
    const selector = {};
    for (const part of text
        .split(/[\n,]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const eq = part.indexOf('=');
        if (eq === 0)
            throw new errors/* ConfigError */.xL(`tag-selector: "${part}" has no tag name; write key or key=value`);
        if (eq < 0)
            selector[part] = true;
        else
            selector[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    if (Object.keys(selector).length === 0)
        throw new errors/* ConfigError */.xL('tag-selector is empty; write key or key=value, e.g. mlship.pr');
    return selector;
}
/**
 * Deletes what carries every selected tag (and is old enough, or whose pull request is closed):
 * the stale-preview sweep. Ownership is decided per deployment, since an endpoint's tags are
 * fixed when it is created: an endpoint goes only when every deployment on it is swept; on an
 * endpoint another pull request (or a person) also deployed to, only the swept deployments go
 * (their traffic passing to the rest) and the endpoint stays. Selection is by the provenance tags
 * mlship puts on what it creates, so nothing made by hand is touched unless it carries them.
 */
async function sweep(ctx, target, options) {
    const now = ctx.clock.now();
    const matches = (tags) => Object.entries(options.selector).every(([key, value]) => key in tags && (value === true || tags[key] === value));
    // One question to GitHub per pull request, however many endpoints and deployments carry it.
    const asked = new Map();
    const isClosed = (pr) => {
        if (!asked.has(pr))
            asked.set(pr, options.isPullRequestClosed(pr));
        return asked.get(pr);
    };
    const due = async (tags, createdAt, what) => {
        const old = options.olderThanMs === undefined || (Number.isFinite(createdAt) && now - createdAt > options.olderThanMs);
        const pr = Number(tags['mlship.pr']);
        const closed = options.isPullRequestClosed && pr > 0 ? await isClosed(pr) : undefined;
        if (closed === false)
            ctx.logger.info(`${what} belongs to pull request #${pr}, which is still open: kept.`);
        else if (closed)
            ctx.logger.info(`${what} belongs to pull request #${pr}, which is closed.`);
        return closed !== false && (old || !!closed);
    };
    const matched = [];
    const deleted = [];
    for (const endpoint of await target.listEndpoints()) {
        const endpointSelected = matches(endpoint.tags);
        // Only endpoints mlship manages can hold deployments a sweep owns.
        if (!endpointSelected && endpoint.tags['mlship.managed'] !== 'true')
            continue;
        const observed = await target.describe(endpoint.name);
        if (!observed)
            continue;
        const swept = [];
        for (const d of observed.deployments) {
            // A deployment without provenance tags of its own belongs to its endpoint's owner.
            const tags = d.tags['mlship.managed'] ? d.tags : endpoint.tags;
            if (matches(tags) && (await due(tags, endpoint.createdAt, `Deployment ${endpoint.name}/${d.name}`)))
                swept.push(d.name);
        }
        const whole = endpointSelected &&
            swept.length === observed.deployments.length &&
            (observed.deployments.length > 0 || (await due(endpoint.tags, endpoint.createdAt, `Endpoint ${endpoint.name}`)));
        if (whole) {
            matched.push(endpoint);
            ctx.logger.info(`${options.dryRun ? 'Would delete' : 'Deleting'} endpoint ${endpoint.name} (created ${new Date(endpoint.createdAt).toISOString()}).`);
            if (!options.dryRun)
                deleted.push(...(await (0,teardown/* deleteEndpoint */.n)(ctx, target, endpoint.name)));
            continue;
        }
        for (const name of swept) {
            ctx.logger.info(`${options.dryRun ? 'Would delete' : 'Deleting'} deployment ${endpoint.name}/${name}; the endpoint serves others and stays.`);
            if (!options.dryRun)
                deleted.push(...(await (0,teardown/* deleteDeployment */.rd)(ctx, target, endpoint.name, name, true)));
        }
    }
    return { matched, deleted };
}

// EXTERNAL MODULE: ./src/engine/known-endpoints.ts
var known_endpoints = __webpack_require__(294);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run-action.ts
var run_action = __webpack_require__(937);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/common.ts
var common = __webpack_require__(5650);
// EXTERNAL MODULE: ./src/actions/reporting.ts
var reporting = __webpack_require__(8417);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var actions_inputs = __webpack_require__(4601);
// EXTERNAL MODULE: ./src/targets/local/local-batch.ts
var local_batch = __webpack_require__(2192);
;// CONCATENATED MODULE: ./src/actions/teardown/main.ts












async function main() {
    await (0,run_action/* runAction */.C)('teardown', async (report) => {
        const endpoint = inputs/* resourceName */.Iy('endpoint-name');
        const selector = inputs/* text */.Qq('tag-selector');
        if (!endpoint && !selector)
            throw new errors/* ConfigError */.xL('give "endpoint-name" (one endpoint) or "tag-selector" (a sweep of every endpoint carrying those tags)');
        if (endpoint && selector)
            throw new errors/* ConfigError */.xL('give either "endpoint-name" or "tag-selector", not both');
        const ctx = (0,common/* actionContext */.Gt)();
        if (inputs/* text */.Qq('target')?.toLowerCase() === 'amlcompute') {
            // Batch endpoints on Azure ML compute: one endpoint, or one of its deployments.
            if (!endpoint)
                throw new errors/* ConfigError */.xL('target amlcompute: give "endpoint-name" (the sweep covers online endpoints)');
            if (inputs/* text */.Qq('delete-model') || inputs/* bool */.lc('idle-deployments', false))
                throw new errors/* ConfigError */.xL('delete-model and idle-deployments apply to online endpoints');
            const deployment = inputs/* resourceName */.Iy('deployment-name');
            const batch = await (0,common/* actionAzureBatch */.et)(ctx, (0,actions_inputs/* readAzureInputs */.tc)());
            const deleted = await batch.teardown(ctx, endpoint, deployment, { missingOk: inputs/* bool */.lc('missing-ok', false), force: inputs/* bool */.lc('force', false) });
            core/* setOutput */.uH('deleted', JSON.stringify(deleted));
            report.summary += (0,summary/* section */.uW)(`Teardown of batch endpoint ${endpoint}${deployment ? `/${deployment}` : ''}`, deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing to delete: already gone.\n');
            return;
        }
        // Every input is checked before the target is looked up or anything is done.
        const shared = (0,actions_inputs/* readSharedInputs */.lS)();
        const github = (0,actions_inputs/* readGitHubInputs */.BJ)();
        const given = shared.target;
        if (selector) {
            const options = {
                selector: parseSelector(selector),
                olderThanMs: inputs/* text */.Qq('older-than') ? inputs/* duration */.p0('older-than', '0s') : undefined,
                dryRun: inputs/* bool */.lc('dry-run', false),
                isPullRequestClosed: inputs/* bool */.lc('closed-prs', false) ? pullRequestState(ctx.logger, github.token) : undefined,
            };
            if (!given)
                throw new errors/* ConfigError */.xL('input "target" is not set: say where to sweep (local, aci or aks); mlship does not guess');
            const result = await sweep(ctx, await (0,common/* actionTarget */.kc)(given, ctx, shared.azure), options);
            if (!options.dryRun) {
                const reports = await (0,reporting/* reporting */.vR)(ctx.logger, github);
                for (const endpoint of result.matched)
                    await reports?.tornDown(endpoint.name);
            }
            core/* setOutput */.uH('deleted', JSON.stringify(options.dryRun ? result.matched.map((e) => `endpoint:${e.name}`) : result.deleted));
            const lines = result.matched.map((e) => `- ${options.dryRun ? 'would delete' : 'deleted'} endpoint:${e.name} (created ${new Date(e.createdAt).toISOString()})`);
            report.summary += (0,summary/* section */.uW)(`Sweep of endpoints tagged ${selector.replace(/\n/g, ', ')}${options.olderThanMs ? ` older than ${inputs/* text */.Qq('older-than')}` : ''}${options.dryRun ? ' (dry run)' : ''}`, lines.length ? `${lines.join('\n')}\n` : 'Nothing matched.\n');
            return;
        }
        const options = {
            endpoint: endpoint,
            deployment: inputs/* resourceName */.Iy('deployment-name'),
            deleteModel: (0,teardown/* checkedModelVersion */.pu)(inputs/* text */.Qq('delete-model')),
            force: inputs/* bool */.lc('force', false),
            missingOk: inputs/* bool */.lc('missing-ok', false),
        };
        const idle = inputs/* bool */.lc('idle-deployments', false);
        if (idle && options.deployment)
            throw new errors/* ConfigError */.xL('give either "deployment-name" or "idle-deployments: true", not both');
        const batch = new local_batch/* LocalBatch */.g(ctx.home, ctx.commands);
        if ((given ?? 'local') === 'local' && (await batch.read(options.endpoint))) {
            if (options.deleteModel || idle)
                throw new errors/* ConfigError */.xL('delete-model and idle-deployments apply to online endpoints; this is a local batch endpoint');
            const deleted = await batch.teardown(options.endpoint, options.deployment, { missingOk: options.missingOk, force: options.force });
            core/* setOutput */.uH('deleted', JSON.stringify(deleted));
            report.summary += (0,summary/* section */.uW)(`Teardown of batch endpoint ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
            return;
        }
        // Never guessed: a named endpoint is acted on where this job deployed it, unless `target` says.
        const target = await (0,common/* actionTarget */.kc)(await (0,known_endpoints/* targetOfEndpoint */.aW)(ctx.home, options.endpoint, given, 'input "target"'), ctx, shared.azure);
        const deleted = idle ? await (0,teardown/* teardownIdle */.ZJ)(ctx, target, options.endpoint) : await (0,teardown/* teardown */.zN)(ctx, target, options);
        if (!idle && !options.deployment)
            await (await (0,reporting/* reporting */.vR)(ctx.logger, github))?.tornDown(options.endpoint);
        core/* setOutput */.uH('deleted', JSON.stringify(deleted));
        report.summary += (0,summary/* section */.uW)(`Teardown of ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`, deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing to delete: already gone.\n');
    });
}
/** Asks GitHub whether a pull request of this repository is closed (merged counts as closed). */
function pullRequestState(logger, token) {
    if (!token)
        throw new errors/* ConfigError */.xL("closed-prs needs github-token (the default is the job's token) to read pull requests");
    // The GitHub client is loaded on the first question, not for every teardown.
    const client = Promise.all([__webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 2270)), Promise.all(/* import() */[__webpack_require__.e(270), __webpack_require__.e(214), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702))]).then(([github, { githubClient }]) => ({
        octokit: githubClient(token, logger),
        repo: github.context.repo,
    }));
    return async (pr) => {
        try {
            const { octokit, repo } = await client;
            return (await octokit.rest.pulls.get({ ...repo, pull_number: pr })).data.state === 'closed';
        }
        catch (err) {
            logger.warn(`could not read pull request #${pr}: ${err.message.split('\n')[0]}; its preview is judged by its age`);
            return undefined;
        }
    };
}


/***/ })

};
