export const id = 882;
export const ids = [882,702];
export const modules = {

/***/ 15882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitHubReporter: () => (/* binding */ gitHubReporter),
  gitHubReporting: () => (/* binding */ gitHubReporting),
  reportBatchJob: () => (/* binding */ reportBatchJob),
  reportDeploying: () => (/* binding */ reportDeploying),
  reportTornDown: () => (/* binding */ reportTornDown),
  reportWaited: () => (/* binding */ reportWaited)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(22270);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
// EXTERNAL MODULE: ./src/engine/provenance.ts
var provenance = __webpack_require__(54331);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(84964);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(92935);
;// CONCATENATED MODULE: ./src/github/report.ts




/** The hidden marker that finds a preview's comment again on the next push. */
function commentMarker(endpoint) {
    return `<!-- mlship-preview:${endpoint} -->`;
}
/** The sticky comment's text: endpoint, state, URL, sample response, timings and the commit. */
function previewComment(report) {
    const icon = report.state === 'Healthy' ? '✅' : report.state === 'Torn down' ? '🧹' : '❌';
    // Everything that comes from the model, Azure or the run is shown as code: a response or an error
    // text must not render headings, @-mentions or images under the bot's name.
    const rows = [
        ['endpoint', `${(0,summary/* inlineCode */.ti)(report.endpoint)} / ${(0,summary/* inlineCode */.ti)(report.deployment)}`],
        ['state', `${icon} ${report.state}`],
        ['scoring URL', report.scoringUri ? (0,summary/* inlineCode */.ti)(report.scoringUri) : '—'],
        ['page', report.pageUrl && /^https?:\/\/[^\s()<>]+$/.test(report.pageUrl) ? `[open](${report.pageUrl})` : '—'],
        ['became healthy after', report.durationMs === undefined ? '—' : (0,duration/* formatDuration */.a3)(report.durationMs)],
        ...(report.cost ? [['cost while it runs', report.cost]] : []),
        ...(report.removal ? [['removed', report.removal]] : []),
        ['built from', (0,summary/* inlineCode */.ti)(report.commit.slice(0, 12))],
    ];
    const sample = report.sampleResponse
        ? `\n<details><summary>Sample response</summary>\n\n${(0,summary/* codeBlock */.DV)((0,format/* truncate */.xv)(report.sampleResponse, 3000), 'json')}</details>\n`
        : '';
    const failure = `${report.failure ? `\n${(0,summary/* codeBlock */.DV)((0,format/* truncate */.xv)(report.failure, 1000))}` : ''}${report.diagnosis ? (0,summary/* diagnosisSection */.VE)(report.diagnosis) : ''}`;
    return `${commentMarker(report.endpoint)}\n### ${report.title ?? 'Model preview'}\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${failure}${sample}`;
}
/**
 * The sticky comment of a batch preview: the sample job's verdict, counts and first errors. It
 * shares the endpoint's marker, so teardown's "Torn down" replaces it like an online preview's.
 */
function batchPreviewComment(report) {
    const icon = report.status === 'Completed' ? '✅' : report.status === 'Canceled' ? '⏹️' : '❌';
    const items = report.succeededItems === undefined
        ? '—'
        : `${report.succeededItems} succeeded${report.failedItems === undefined ? '' : `, ${report.failedItems} failed`}${report.files === undefined ? '' : ` (${report.files} file(s))`}`;
    const rows = [
        ['endpoint', `${(0,summary/* inlineCode */.ti)(report.endpoint)} / ${(0,summary/* inlineCode */.ti)(report.deployment)}`],
        ['sample job', `${icon} ${report.status} (${(0,summary/* inlineCode */.ti)(report.jobName)})`],
        ['items', items],
        ['took', (0,duration/* formatDuration */.a3)(report.durationMs)],
        ['built from', (0,summary/* inlineCode */.ti)(report.commit.slice(0, 12))],
    ];
    const failure = report.error ? `\n${(0,summary/* codeBlock */.DV)((0,format/* truncate */.xv)(report.error, 1000))}` : '';
    const failed = (report.failedMiniBatches ?? [])
        .slice(0, 3)
        .map((m) => `\n<details><summary>Mini-batch ${m.id} failed (${m.files.slice(0, 3).map(summary/* inlineCode */.ti).join(', ')}${m.files.length > 3 ? ', …' : ''})</summary>\n\n${(0,summary/* codeBlock */.DV)((0,format/* truncate */.xv)(m.error.trim().split('\n').slice(-8).join('\n'), 1500))}</details>\n`)
        .join('');
    return `${commentMarker(report.endpoint)}\n### Batch preview\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${failure}${failed}`;
}
/**
 * Creates the preview's one comment, or updates it in place on later pushes. Only a comment that
 * carries the marker *and* was written by this token's own account is mlship's: anyone can paste
 * the marker into a comment of their own, and that one is never overwritten.
 */
async function upsertComment(octokit, repo, issue, options) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
    const mine = comments.find((c) => c.body?.includes(options.marker) && (options.author ? (0,github_octokit.sameAuthor)(c.user?.login, options.author) : c.user?.type === 'Bot'));
    if (mine) {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: options.body });
        return 'updated';
    }
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: options.body });
    return 'created';
}
/** Starts a GitHub deployment for the commit and marks it in progress: the PR shows "Deploying". */
async function startDeployment(octokit, repo, target, description) {
    const created = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: target.ref,
        environment: target.environment,
        transient_environment: target.transient,
        auto_merge: false,
        required_contexts: [],
        description: (0,format/* truncate */.xv)(description, 140),
    });
    const id = created.data.id;
    await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state: 'in_progress',
        log_url: target.logUrl,
        description: (0,format/* truncate */.xv)(description, 140),
    });
    return id;
}
/**
 * Ends the commit's deployment in its environment with success or failure (starting one first when
 * deploy-model did not), pointing at a page a person can open. Earlier deployments of the
 * environment become inactive.
 */
async function finishDeployment(octokit, repo, target, outcome) {
    const existing = await octokit.rest.repos.listDeployments({ ...repo, environment: target.environment, sha: target.ref, per_page: 1 });
    const id = existing.data[0]?.id ?? (await startDeployment(octokit, repo, target, outcome.description));
    await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state: outcome.success ? 'success' : 'failure',
        environment_url: outcome.url,
        log_url: target.logUrl,
        description: (0,format/* truncate */.xv)(outcome.description, 140),
        auto_inactive: true,
    });
    return id;
}
/** Marks every deployment of an environment inactive: the preview is gone, and GitHub should say so. */
async function deactivateEnvironment(octokit, repo, environment, logUrl) {
    const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
    for (const deployment of deployments) {
        await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deployment.id, state: 'inactive', log_url: logUrl, description: 'torn down' });
    }
    return deployments.length;
}
/**
 * Runs a GitHub report step; a failure is a warning, never a failed deployment. A rate limit is
 * reported as one (after the client's retries), a 403 otherwise as a missing permission.
 */
async function bestEffort(logger, what, fn) {
    try {
        await fn();
    }
    catch (err) {
        const status = err.status;
        const why = (0,github_octokit.isRateLimited)(err)
            ? "GitHub's rate limit was reached, and stayed so after retries; the report is skipped this time."
            : status === 403
                ? 'The token lacks permission (pull-requests: write / deployments: write), as on pull requests from forks.'
                : '';
        logger.warn(`could not ${what}${status ? ` (GitHub answered ${status})` : ''}: ${err.message.split('\n')[0]}. ${why}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/github-report.ts





/** The reporter for what reporting.ts decided was asked for (a comment, an environment, or both). */
function gitHubReporter(logger, options) {
    const { environment, token } = options;
    if (!token) {
        logger.warn("pr-comment / github-environment need github-token (the default is the job's token)");
        return undefined;
    }
    const pr = (0,pull_request/* pullRequestNumber */.K)(process.env);
    const repo = github.context.repo;
    const logUrl = `${github.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${github.context.runId}`;
    return {
        octokit: (0,github_octokit.githubClient)(token, logger),
        repo,
        pr,
        comment: options.comment,
        logger,
        // One environment per pull request, so each preview has its own history and URL.
        deployment: environment ? { ref: (0,provenance/* builtFrom */.dF)(), environment: pr ? `${environment}/pr-${pr}` : environment, transient: !!pr, logUrl } : undefined,
    };
}
/** deploy-model: the GitHub deployment starts, in progress. */
async function reportDeploying(reporter, endpoint, deployment) {
    if (!reporter?.deployment)
        return;
    await bestEffort(reporter.logger, 'start the GitHub deployment', async () => {
        await startDeployment(reporter.octokit, reporter.repo, reporter.deployment, `deploying ${endpoint}/${deployment}`);
    });
}
/** wait-healthy: the comment, and the deployment's success or failure with a page to open. */
async function reportWaited(reporter, report) {
    if (!reporter)
        return;
    await comment(reporter, report.endpoint, previewComment(report));
    if (reporter.deployment) {
        await bestEffort(reporter.logger, 'record the GitHub deployment status', async () => {
            await finishDeployment(reporter.octokit, reporter.repo, reporter.deployment, {
                success: report.state === 'Healthy',
                url: report.pageUrl,
                description: `${report.endpoint}/${report.deployment} is ${report.state}`,
            });
        });
    }
}
/** score-batch: the batch preview's comment, with its sample job. */
async function reportBatchJob(reporter, report) {
    if (reporter)
        await comment(reporter, report.endpoint, batchPreviewComment(report));
}
/** teardown: the comment says the preview is gone, and the environment's deployments become inactive. */
async function reportTornDown(reporter, endpoint, title) {
    if (!reporter)
        return;
    await comment(reporter, endpoint, previewComment({ endpoint, deployment: '—', state: 'Torn down', commit: (0,provenance/* builtFrom */.dF)(), ...(title ? { title } : {}) }));
    if (reporter.deployment) {
        await bestEffort(reporter.logger, 'mark the GitHub deployments inactive', async () => {
            const count = await deactivateEnvironment(reporter.octokit, reporter.repo, reporter.deployment.environment, reporter.deployment.logUrl);
            reporter.logger.info(`Marked ${count} GitHub deployment(s) of ${reporter.deployment.environment} inactive.`);
        });
    }
}
async function comment(reporter, endpoint, body) {
    if (!reporter.comment)
        return;
    if (!reporter.pr) {
        reporter.logger.info('pr-comment: this run is not for a pull request; no comment.');
        return;
    }
    await bestEffort(reporter.logger, 'update the pull request comment', async () => {
        const author = await (0,github_octokit.ownLogin)(reporter.octokit);
        const done = await upsertComment(reporter.octokit, reporter.repo, reporter.pr, {
            marker: commentMarker(endpoint),
            body,
            author,
        });
        reporter.logger.info(`Preview comment ${done} on #${reporter.pr}.`);
    });
}
/** The reports a step makes, bound to one reporter; undefined when it cannot report (no token). */
function gitHubReporting(logger, options) {
    const reporter = gitHubReporter(logger, options);
    if (!reporter)
        return undefined;
    return {
        deploying: (endpoint, deployment) => reportDeploying(reporter, endpoint, deployment),
        waited: (report) => reportWaited(reporter, report),
        tornDown: (endpoint, title) => reportTornDown(reporter, endpoint, title),
        batchJob: (report) => reportBatchJob(reporter, report),
    };
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubClient: () => (/* binding */ githubClient),
/* harmony export */   isRateLimited: () => (/* binding */ isRateLimited),
/* harmony export */   ownLogin: () => (/* binding */ ownLogin),
/* harmony export */   sameAuthor: () => (/* binding */ sameAuthor)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);




/** How many times a rate-limited request is tried again before it is given up. */
const RATE_LIMIT_RETRIES = 2;
/**
 * An Octokit for the job's token with retries (5xx, dropped connections) and GitHub's rate limits
 * honoured (primary and secondary: wait as long as GitHub says, then try again), as
 * @octokit/plugin-retry and @octokit/plugin-throttling do for @actions/github's client.
 */
function githubClient(token, logger) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        logger.warn(`GitHub's ${kind} rate limit was hit on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `trying again in ${retryAfter}s` : 'giving up on this report'}`);
        return retryCount < RATE_LIMIT_RETRIES;
    };
    return _actions_github__WEBPACK_IMPORTED_MODULE_1__.getOctokit(token, {
        retry: { doNotRetry: [400, 401, 403, 404, 422, 429], retries: 3 },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
/** True for GitHub's answer to a request over a rate limit (403 or 429, with its headers or message). */
function isRateLimited(err) {
    const e = err;
    if (e.status !== 403 && e.status !== 429)
        return false;
    return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}
/** The token's own login, to tell mlship's comments from anyone else's; undefined when GitHub will not say. */
async function ownLogin(octokit) {
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        return answer.viewer.login;
    }
    catch {
        return undefined;
    }
}
/** GitHub names a bot `name` in GraphQL and `name[bot]` in REST: the same author. */
function sameAuthor(a, b) {
    const plain = (login) => login.replace(/\[bot\]$/, '').toLowerCase();
    return !!a && !!b && plain(a) === plain(b);
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
