export const id = 519;
export const ids = [519];
export const modules = {

/***/ 71896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ parseTraffic),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   UN: () => (/* binding */ sameTraffic),
/* harmony export */   gp: () => (/* binding */ TAGS)
/* harmony export */ });
/** Tags mlship keeps on what it deploys; the engine alone reads and writes them. */
const TAGS = {
    /** On a deployment: hash of everything that defines it. Equal hash, nothing to do. */
    specHash: 'mlship.spec-hash',
    /** On a deployment: share of traffic (percent) it takes once healthy and smoke-tested. */
    trafficWish: 'mlship.traffic-when-healthy',
    /** On an endpoint: the traffic map mlship last set; anything else found there is drift. */
    traffic: 'mlship.traffic',
    /** On an endpoint: the traffic map the last change replaced, for rollback. */
    previousTraffic: 'mlship.previous-traffic',
    /** On an endpoint: who set its traffic last (repository and run), named when two runs collide. */
    trafficWriter: 'mlship.traffic-writer',
};
/**
 * The one deployment decision, made for plan and for deploy alike. A deployment whose spec hash
 * matches and that has not Failed is unchanged; then drift in its instance count, its tags or the
 * endpoint's traffic is what applying puts back. Blue/green: a deployment beside one that serves
 * comes up with no traffic unless a share is asked for; the first one gets everything.
 */
function decide(desired, observed) {
    const { spec, specHash } = desired;
    const current = observed?.deployments.find((d) => d.name === spec.deployment.name);
    const serving = Object.values(observed?.traffic ?? {}).some((share) => share > 0);
    const wish = desired.traffic ?? (serving ? undefined : 100);
    const wishTags = wish === undefined ? {} : { [TAGS.trafficWish]: String(wish) };
    const deploymentTags = { ...spec.deployment.tags, [TAGS.specHash]: specHash, ...wishTags };
    const decision = {
        endpoint: observed ? 'unchanged' : 'create',
        deployment: 'create',
        reason: 'it does not exist yet',
        deploymentTags,
        patch: {},
        drift: [],
    };
    if (!current)
        return decision;
    if (current.tags[TAGS.specHash] !== specHash)
        return { ...decision, deployment: 'update', reason: 'model, code, environment or settings changed' };
    if (current.provisioningState === 'Failed')
        return { ...decision, deployment: 'update', reason: 'the running deployment Failed: it is deployed again' };
    decision.deployment = 'unchanged';
    decision.reason = 'running with this exact spec';
    const tagDrift = Object.entries(spec.deployment.tags).filter(([k, v]) => current.tags[k] !== v);
    if (tagDrift.length) {
        decision.drift.push(`tags ${tagDrift.map(([k, v]) => `${k} (expected "${v}", found ${current.tags[k] === undefined ? 'none' : `"${current.tags[k]}"`})`).join(', ')}`);
    }
    const wishChanged = wish !== undefined && current.tags[TAGS.trafficWish] !== String(wish);
    if (tagDrift.length || wishChanged)
        decision.patch.tags = { ...current.tags, ...Object.fromEntries(tagDrift), ...wishTags };
    const capacity = expectedInstances(spec);
    if (capacity !== undefined && current.instanceCount !== undefined && current.instanceCount !== capacity) {
        decision.drift.push(`instance count is ${current.instanceCount}, expected ${capacity}`);
        decision.patch.instanceCount = capacity;
    }
    const restore = trafficDrift(observed, current);
    if (restore) {
        decision.drift.push(`traffic is ${JSON.stringify(observed.traffic)}, mlship set ${JSON.stringify(restore)}`);
        decision.trafficToRestore = restore;
    }
    if (decision.drift.length)
        decision.reason = `running with this spec; changed outside mlship: ${decision.drift.join('; ')}`;
    else if (wishChanged)
        decision.reason = `running with this spec; traffic once healthy becomes ${wish}%`;
    return decision;
}
/** An autoscaled deployment's instance count is the autoscaler's business, not drift. */
function expectedInstances(spec) {
    return spec.deployment.scale ? undefined : spec.deployment.instanceCount;
}
/**
 * The traffic map to put back: the one mlship last set, when the endpoint now routes otherwise
 * and every deployment in it still exists. Before mlship has set any map there is nothing to
 * compare with, and a deployment still provisioning has not had its share yet.
 */
function trafficDrift(observed, current) {
    if (current.provisioningState !== 'Succeeded')
        return undefined;
    const set = parseTraffic(observed.tags[TAGS.traffic]);
    if (!set || sameTraffic(set, observed.traffic))
        return undefined;
    const names = new Set(observed.deployments.map((d) => d.name));
    return Object.keys(set).every((name) => names.has(name)) ? set : undefined;
}
/** A traffic map kept in a tag; undefined when absent or not one. */
function parseTraffic(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return undefined;
        const entries = Object.entries(value);
        return entries.every(([, share]) => typeof share === 'number' && Number.isInteger(share) && share >= 0 && share <= 100)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Equal maps, where a deployment at 0% and one not listed are the same. */
function sameTraffic(a, b) {
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...names].every((name) => (a[name] ?? 0) === (b[name] ?? 0));
}


/***/ }),

/***/ 10294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ rememberEndpoint),
/* harmony export */   aW: () => (/* binding */ targetOfEndpoint),
/* harmony export */   sk: () => (/* binding */ knownEndpoints)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61599);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38519);




const file = (home) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(home, 'endpoint-targets.json');
async function read(home) {
    const index = await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)(file(home)).catch(() => undefined);
    if (!index || typeof index !== 'object' || Array.isArray(index))
        return {};
    return Object.fromEntries(Object.entries(index).filter(([, t]) => _spec_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .d.includes(t)));
}
async function update(home, change) {
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(`${file(home)}.lock`, async () => {
        const index = await read(home);
        change(index);
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonAtomic */ .ZJ)(file(home), index);
    });
}
/**
 * Records that `endpoint` is on `target` (before it is created or deployed to). Kept after a
 * teardown too: a second teardown then says the endpoint is gone from that target.
 */
function rememberEndpoint(home, endpoint, target) {
    return update(home, (index) => {
        index[endpoint] = target;
    });
}
/**
 * The target to act on for an existing endpoint: the one given, else the one it was deployed to
 * from here. @throws ConfigError naming `label` (the flag or input) when neither says.
 */
async function targetOfEndpoint(home, endpoint, given, label) {
    if (given)
        return given;
    const known = (await read(home))[endpoint];
    if (known)
        return known;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${label} is not set, and endpoint ${endpoint} was not deployed from here: say where it is (${label} local, aci or aks); mlship does not guess`);
}
/** Every endpoint deployed from this state folder, with its target. */
async function knownEndpoints(home) {
    return read(home);
}


/***/ }),

/***/ 84616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ teardownIdle),
/* harmony export */   n: () => (/* binding */ deleteEndpoint),
/* harmony export */   pu: () => (/* binding */ checkedModelVersion),
/* harmony export */   rd: () => (/* binding */ deleteDeployment),
/* harmony export */   zN: () => (/* binding */ teardown)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12299);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95880);
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68064);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74511);





/**
 * Deletes what a workflow created. Safe to run after anything, including a failed deploy: what is
 * already gone is skipped, and the result lists only what was deleted now. A deployment that
 * takes traffic is refused unless `force`, which first gives its share to the others: a teardown
 * never leaves an endpoint routing to nothing by accident.
 */
/** A `name:version` of a model version to delete, checked before anything is done. @throws ConfigError naming `label`. */
function checkedModelVersion(text, label = 'delete-model') {
    if (text === undefined)
        return undefined;
    const model = (0,_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModelReference */ .q)(text);
    if (!model || model.kind !== 'registered' || model.version === 'latest')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: "${text}" must be name:version (a concrete version, not @latest)`);
    return text;
}
async function teardown(ctx, target, options) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .checkResourceName */ .E3)(options.endpoint, 'endpoint');
    if (options.deployment !== undefined)
        (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .checkResourceName */ .E3)(options.deployment, 'deployment');
    checkedModelVersion(options.deleteModel);
    const model = options.deleteModel ? (0,_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModelReference */ .q)(options.deleteModel) : undefined;
    const deleted = options.deployment
        ? await deleteDeployment(ctx, target, options.endpoint, options.deployment, options.force ?? false)
        : await deleteEndpoint(ctx, target, options.endpoint);
    if (deleted.length === 0) {
        const what = `${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`;
        // Asked to delete something that is not there: on the wrong target, misspelt, or already gone.
        if (!options.missingOk)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_(`${what} does not exist on target ${target.name}: nothing was deleted. Check the name and the target; if it may already be gone, allow that with missing-ok (--missing-ok).`, what);
        ctx.logger.info(`Nothing to delete: ${what} does not exist on target ${target.name} (already deleted).`);
    }
    if (model?.kind === 'registered') {
        if (await target.assets.deleteModel(model.name, model.version)) {
            deleted.push(`model:${model.name}:${model.version}`);
            ctx.logger.info(`Deleted model ${model.name}:${model.version}.`);
        }
        else
            ctx.logger.info(`Model ${model.name}:${model.version} is already gone.`);
    }
    return deleted;
}
async function deleteEndpoint(ctx, target, endpoint) {
    const observed = await target.describe(endpoint);
    if (!observed)
        return [];
    await target.deleteEndpoint(endpoint, ctx.logger);
    ctx.logger.info(`Deleted endpoint ${endpoint} and its deployments.`);
    return [...observed.deployments.map((d) => `deployment:${endpoint}/${d.name}`), `endpoint:${endpoint}`];
}
/** @throws OperationError when the deployment takes traffic and `force` is not set. */
async function deleteDeployment(ctx, target, endpoint, deployment, force) {
    const observed = await target.describe(endpoint);
    if (!observed?.deployments.some((d) => d.name === deployment))
        return [];
    const share = observed.traffic[deployment] ?? 0;
    if (share > 0 && !force) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`deployment ${deployment} serves ${share}% of ${endpoint}'s traffic; move the traffic first, force the teardown, or delete the whole endpoint`, `${endpoint}/${deployment}`);
    }
    if (share > 0) {
        const moved = (0,_traffic_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutDeployment */ .E5)(observed.traffic, deployment);
        ctx.logger.warn(`force: moving ${deployment}'s ${share}% of the traffic away before deleting it: ${JSON.stringify(moved)}`);
        await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_2__/* .setTraffic */ .oB)(ctx, target, observed, (now) => (0,_traffic_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutDeployment */ .E5)(now.traffic, deployment));
    }
    await target.deleteDeployment(endpoint, deployment, ctx.logger);
    ctx.logger.info(`Deleted deployment ${endpoint}/${deployment}.`);
    return [`deployment:${endpoint}/${deployment}`];
}
/**
 * Deletes the endpoint's deployments that take no traffic: what is left of the previous version
 * once a new one has all the traffic.
 */
async function teardownIdle(ctx, target, endpoint) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .checkResourceName */ .E3)(endpoint, 'endpoint');
    const observed = await target.describe(endpoint);
    if (!observed)
        return [];
    const deleted = [];
    for (const deployment of observed.deployments) {
        if ((observed.traffic[deployment.name] ?? 0) > 0)
            continue;
        deleted.push(...(await deleteDeployment(ctx, target, endpoint, deployment.name, false)));
    }
    if (!deleted.length)
        ctx.logger.info(`Every deployment of ${endpoint} takes traffic: nothing idle to delete.`);
    return deleted;
}


/***/ }),

/***/ 68064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ rollbackTraffic),
/* harmony export */   Yw: () => (/* binding */ restoreTraffic),
/* harmony export */   ll: () => (/* binding */ applyTrafficWish),
/* harmony export */   oB: () => (/* binding */ setTraffic),
/* harmony export */   pt: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71896);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74511);




async function observe(target, endpoint) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResourceName */ .E3)(endpoint, 'endpoint');
    const observed = await target.describe(endpoint);
    if (!observed)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`endpoint ${endpoint} does not exist`, endpoint);
    return observed;
}
/** Who moves traffic, as written on the endpoint: the repository and run, or this machine. */
function writer(ctx) {
    const repository = ctx.tags['mlship.repository'];
    const run = ctx.tags['mlship.run'];
    return repository ? `${repository}${run ? ` run ${run}` : ''}` : 'a run outside GitHub Actions';
}
/**
 * Sets an endpoint's traffic map. The replaced map is kept for rollback and the new one recorded
 * as mlship's (so later changes by others show as drift), with who set it. The write holds only if
 * the endpoint is still as observed (ETag, traffic map): when another writer got there first, the
 * endpoint is read again and `decide` runs on what it holds now, once; a second conflict fails,
 * naming the other writer. The map read back must be the one written: otherwise another change
 * won, and saying "done" would be a lie.
 * @throws OperationError when the endpoint routes otherwise afterwards, or keeps changing.
 */
async function setTraffic(ctx, target, observed, decide) {
    let current = observed;
    let traffic = decide(current);
    for (let attempt = 1;; attempt += 1) {
        try {
            return await writeOnce(ctx, target, current, traffic);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConcurrentChangeError */ .wy))
                throw err;
            current = await observe(target, observed.name);
            const other = current.tags[_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.trafficWriter] ?? 'a change outside mlship';
            if (attempt >= 2)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`endpoint ${observed.name} kept changing while its traffic was being set (last by ${other}); it routes ${JSON.stringify(current.traffic)}. Nothing of that change was overwritten: run the step again once the other run is done.`, observed.name);
            traffic = decide(current);
            ctx.logger.warn(`Endpoint ${observed.name} changed after it was read (by ${other}): its traffic is now ${JSON.stringify(current.traffic)}; deciding again from that: ${JSON.stringify(traffic)}.`);
        }
    }
}
async function writeOnce(ctx, target, observed, traffic) {
    const tags = { [_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.previousTraffic]: JSON.stringify(observed.traffic), [_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.traffic]: JSON.stringify(traffic), [_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.trafficWriter]: writer(ctx) };
    const after = await target.writeTraffic(observed, traffic, tags, ctx.logger);
    if (!(0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .sameTraffic */ .UN)(after, traffic)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`traffic on ${observed.name} is ${JSON.stringify(after)}, not the ${JSON.stringify(traffic)} just set: another change to the endpoint won`, observed.name);
    }
    ctx.logger.info(`Traffic on ${observed.name}: ${JSON.stringify(after)}.`);
    return after;
}
/**
 * Gives a healthy, smoke-tested deployment the share deploy-model asked for (its traffic-wish
 * tag); the others share the rest in proportion. No wish, or the share already there: no change.
 */
async function applyTrafficWish(ctx, target, endpoint, deployment, onMoving) {
    const observed = await observe(target, endpoint);
    const wish = Number(observed.deployments.find((d) => d.name === deployment)?.tags[_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.trafficWish] ?? NaN);
    const current = { ...observed.traffic };
    if (Number.isNaN(wish) || (current[deployment] ?? 0) === wish)
        return { traffic: current };
    // Said before the write: a run cancelled from here on must put this map back.
    await onMoving?.(current);
    return { traffic: await setTraffic(ctx, target, observed, (now) => (0,_traffic_js__WEBPACK_IMPORTED_MODULE_3__/* .withShare */ .kp)(now.traffic, deployment, wish)), previous: current };
}
/** Restores the map the last traffic change replaced. @throws OperationError when there is none. */
async function rollbackTraffic(ctx, target, endpoint) {
    const observed = await observe(target, endpoint);
    const previousOf = (now) => {
        const previous = (0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTraffic */ .D7)(now.tags[_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.previousTraffic]);
        if (!previous)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`endpoint ${endpoint} has no earlier traffic map to return to`, endpoint);
        return previous;
    };
    previousOf(observed);
    return setTraffic(ctx, target, observed, previousOf);
}
/**
 * Puts back a traffic map a rollout replaced but never verified (a cancelled or killed run), for
 * the deployments that still exist. No write when the endpoint already routes so.
 * @returns the map afterwards, or undefined when nothing had to change.
 */
async function restoreTraffic(ctx, target, endpoint, map) {
    const observed = await target.describe(endpoint);
    if (!observed || (0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .sameTraffic */ .UN)(observed.traffic, map))
        return undefined;
    const existing = (now) => {
        const names = new Set(now.deployments.map((d) => d.name));
        return Object.fromEntries(Object.entries(map).filter(([name]) => names.has(name)));
    };
    return setTraffic(ctx, target, observed, existing);
}
/** Gives `deployment` all of the endpoint's traffic. @throws OperationError unless it is Healthy. */
async function promote(ctx, target, endpoint, deployment) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResourceName */ .E3)(deployment, 'deployment');
    const status = await target.status(endpoint, deployment);
    if (status.state !== 'Healthy')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`cannot promote ${endpoint}/${deployment}: it is ${status.state} (${status.detail}); wait until it is Healthy`, `${endpoint}/${deployment}`);
    const observed = await observe(target, endpoint);
    return setTraffic(ctx, target, observed, (now) => (0,_traffic_js__WEBPACK_IMPORTED_MODULE_3__/* .withShare */ .kp)(now.traffic, deployment, 100));
}


/***/ }),

/***/ 74511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ withoutDeployment),
/* harmony export */   kp: () => (/* binding */ withShare),
/* harmony export */   n8: () => (/* binding */ parseShare)
/* harmony export */ });
/** The traffic map without one deployment, its share given to the largest remaining one. */
function withoutDeployment(traffic, name) {
    const rest = Object.fromEntries(Object.entries(traffic).filter(([n]) => n !== name));
    const heir = Object.entries(rest).sort((a, b) => b[1] - a[1])[0]?.[0];
    if (heir)
        rest[heir] = (rest[heir] ?? 0) + (traffic[name] ?? 0);
    return rest;
}
/**
 * The traffic map with `name` at `share` percent and the other deployments scaled to share the
 * rest in their current proportions (integers, summing to 100). With no other deployment taking
 * traffic, `name` takes it all: an endpoint's traffic adds up to 100 or to nothing.
 */
function withShare(traffic, name, share) {
    const others = Object.entries(traffic).filter(([n, s]) => n !== name && s > 0);
    const othersTotal = others.reduce((sum, [, s]) => sum + s, 0);
    if (othersTotal === 0)
        return { ...Object.fromEntries(Object.keys(traffic).map((n) => [n, 0])), [name]: 100 };
    const rest = 100 - share;
    const exact = others.map(([n, s]) => [n, (s / othersTotal) * rest]);
    const result = { ...Object.fromEntries(Object.keys(traffic).map((n) => [n, 0])), [name]: share };
    for (const [n, value] of exact)
        result[n] = Math.floor(value);
    // Largest remainders get the leftover points, so the map sums to exactly 100.
    let left = rest - exact.reduce((sum, [, v]) => sum + Math.floor(v), 0);
    for (const [n] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1))) {
        if (left-- <= 0)
            break;
        result[n] += 1;
    }
    return result;
}
/** `10%`, `10` or `100%` → 10, 100. @throws when it is not a whole percentage from 0 to 100. */
function parseShare(text, field = 'traffic') {
    const match = /^\s*(\d{1,3})\s*%?\s*$/.exec(text);
    const share = match ? Number(match[1]) : Number.NaN;
    if (!(share >= 0 && share <= 100))
        throw new Error(`${field}: "${text}" is not a share of traffic; write a whole percentage such as 10% or 100%`);
    return share;
}


/***/ })

};
