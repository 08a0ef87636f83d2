export const id = 702;
export const ids = [702];
export const modules = {

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


/***/ })

};
