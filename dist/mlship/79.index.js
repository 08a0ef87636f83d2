export const id = 79;
export const ids = [79];
export const modules = {

/***/ 60079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNamedAction: () => (/* binding */ runNamedAction),
/* harmony export */   runNamedPost: () => (/* binding */ runNamedPost)
/* harmony export */ });
/**
 * One bundle serves every action: each dist/<action>/index.js is a two-line entry that calls
 * runNamedAction with its name. Each action's module is loaded on demand, so a step loads only
 * its own code and dependencies (a teardown does not compile the emulator or Azure's SDKs).
 */
const ACTIONS = {
    'register-model': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 93252)),
    'build-env': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(461)]).then(__webpack_require__.bind(__webpack_require__, 9461)),
    'deploy-model': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(519), __webpack_require__.e(516), __webpack_require__.e(937)]).then(__webpack_require__.bind(__webpack_require__, 57937)),
    'wait-healthy': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(519), __webpack_require__.e(516), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 61511)),
    teardown: () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(519), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 69696)),
    pipeline: () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(519), __webpack_require__.e(516), __webpack_require__.e(138), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 18525)),
    'score-batch': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 89786)),
};
async function runNamedAction(name) {
    await (await ACTIONS[name]()).main();
}
/** Post steps (`runs.post` with `post-if: always()`): cleanup after a failed or cancelled run. */
const POSTS = {
    'deploy-model': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(519), __webpack_require__.e(516), __webpack_require__.e(937)]).then(__webpack_require__.bind(__webpack_require__, 57937)),
    'wait-healthy': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(519), __webpack_require__.e(516), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 61511)),
    pipeline: () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(519), __webpack_require__.e(516), __webpack_require__.e(138), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 18525)),
    'score-batch': () => Promise.all(/* import() */[__webpack_require__.e(605), __webpack_require__.e(264), __webpack_require__.e(82), __webpack_require__.e(192), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 89786)),
};
async function runNamedPost(name) {
    await (await POSTS[name]()).post();
}


/***/ })

};
