export const id = 864;
export const ids = [864];
export const modules = {

/***/ 69758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ArmError),
/* harmony export */   z: () => (/* binding */ armErrorFrom)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);

/** An ARM error response, with what support needs to find it: code, message, correlation id. */
class ArmError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7 {
    status;
    code;
    armMessage;
    resource;
    correlationId;
    name = 'ArmError';
    constructor(status, code, armMessage, resource, correlationId) {
        super(`${resource}: Azure answered ${status} ${code}: ${armMessage}${correlationId ? ` (correlation id ${correlationId})` : ''}${adviceFor(status, code)}`);
        this.status = status;
        this.code = code;
        this.armMessage = armMessage;
        this.resource = resource;
        this.correlationId = correlationId;
    }
}
function adviceFor(status, code) {
    if (status === 401)
        return '. The credentials were refused: check client-id / tenant-id, or the azure/login step.';
    if (status === 403 || code === 'AuthorizationFailed') {
        return ('. The identity lacks permission: grant it "AzureML Data Scientist" (or Contributor) on the workspace; ' +
            'with one identity per stage, check that this job signs in as the identity of the stage whose workspace it names.');
    }
    if (code === 'QuotaExceeded' || /quota/i.test(code))
        return '. Ask for more quota in the region, or choose a smaller instance type.';
    return '';
}
/** Reads the ARM error body `{"error": {"code", "message"}}`, tolerating services that send less. */
function armErrorFrom(status, body, resource, correlationId) {
    const error = body?.error;
    return new ArmError(status, error?.code ?? `Http${status}`, error?.message ?? 'no error detail in the response', resource, correlationId);
}


/***/ }),

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

/***/ 61541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   Qb: () => (/* binding */ UPGRADE_RESERVE),
/* harmony export */   S1: () => (/* binding */ quotaNeeded),
/* harmony export */   eg: () => (/* binding */ formatFindings),
/* harmony export */   hg: () => (/* binding */ runPreflight)
/* harmony export */ });
/* unused harmony export PreflightError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);

/** Microsoft's documented reserve: "Azure Machine Learning reserves 20% of your compute resources for performing upgrades" (how-to-manage-quotas.md, managed online endpoints). */
const UPGRADE_RESERVE = 0.2;
/** The vCPUs a managed deployment needs from its family's quota: instances plus the reserve, rounded up. */
function quotaNeeded(instances, vCPUs) {
    return Math.ceil(instances * (1 + UPGRADE_RESERVE)) * vCPUs;
}
/**
 * Whether the caller's permissions (Microsoft.Authorization/permissions: each role's actions and
 * notActions, `*` as a wildcard, compared case-insensitively as ARM does) allow an action.
 */
function allows(permissions, action) {
    const matches = (pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i').test(action);
    return permissions.some((p) => (p.actions ?? []).some(matches) && !(p.notActions ?? []).some(matches));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** One line per finding, for a log or a CLI. */
function formatFindings(findings) {
    const mark = { ok: 'ok       ', refused: 'REFUSED  ', unchecked: 'unchecked' };
    return findings.map((f) => `preflight ${mark[f.status]} ${f.check.padEnd(13)} ${f.message}`).join('\n');
}
/**
 * Runs a target's preflight (when it has one) and logs each finding. Anything refused stops the
 * run here, before the first write.
 * @throws PreflightError naming every refused check.
 */
async function runPreflight(logger, check) {
    if (!check)
        return [];
    const findings = await check();
    if (findings.length)
        logger.info(formatFindings(findings));
    const refused = findings.filter((f) => f.status === 'refused');
    if (refused.length)
        throw new PreflightError(refused, findings);
    return findings;
}
/** A deployment preflight refused: nothing was created. */
class PreflightError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL {
    refused;
    findings;
    constructor(refused, findings) {
        super(`preflight refused the deployment; nothing was created:\n${refused.map((f) => `- ${f.check}: ${f.message}`).join('\n')}\n(skip the checks with preflight: false, or --no-preflight, if they are wrong)`);
        this.refused = refused;
        this.findings = findings;
    }
}


/***/ }),

/***/ 47915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ instanceTypeFor),
/* harmony export */   _d: () => (/* binding */ isoDuration)
/* harmony export */ });
/* unused harmony export MANAGED_INSTANCE_TYPES */
/**
 * Managed online endpoint instance types, cheapest first, with vCPUs and memory (GiB), from
 * Azure ML's "Managed online endpoints SKU list". A v1 ACI request (cpu, memoryInGB) maps to the
 * first that fits; the `instance-type` input overrides.
 */
const MANAGED_INSTANCE_TYPES = [
    { name: 'Standard_DS1_v2', cpu: 1, memoryGb: 3.5 },
    { name: 'Standard_F2s_v2', cpu: 2, memoryGb: 4 },
    { name: 'Standard_DS2_v2', cpu: 2, memoryGb: 7 },
    { name: 'Standard_F4s_v2', cpu: 4, memoryGb: 8 },
    { name: 'Standard_DS3_v2', cpu: 4, memoryGb: 14 },
    { name: 'Standard_F8s_v2', cpu: 8, memoryGb: 16 },
    { name: 'Standard_DS4_v2', cpu: 8, memoryGb: 28 },
    { name: 'Standard_F16s_v2', cpu: 16, memoryGb: 32 },
    { name: 'Standard_DS5_v2', cpu: 16, memoryGb: 56 },
    { name: 'Standard_E16s_v3', cpu: 16, memoryGb: 128 },
];
/** The smallest managed instance type with at least `cpu` vCPUs and `memoryGb` GiB. */
function instanceTypeFor(cpu = 0.1, memoryGb = 0.5) {
    return MANAGED_INSTANCE_TYPES.find((t) => t.cpu >= cpu && t.memoryGb >= memoryGb)?.name;
}
/**
 * ISO 8601 duration from milliseconds, as ARM wants timeouts (`PT1M30S`, `PT0.5S`): exact to the
 * millisecond (ARM reads them as .NET TimeSpans, which take fractional seconds), never rounded.
 */
function isoDuration(ms) {
    const whole = Math.round(ms);
    const h = Math.floor(whole / 3_600_000);
    const m = Math.floor((whole % 3_600_000) / 60_000);
    const millis = whole % 60_000;
    const seconds = millis % 1000 ? (millis / 1000).toFixed(3).replace(/0+$/, '') : String(millis / 1000);
    return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${millis || (!h && !m) ? `${seconds}S` : ''}`;
}


/***/ }),

/***/ 56789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ checkCompute),
/* harmony export */   Lf: () => (/* binding */ checkEndpointName),
/* harmony export */   RS: () => (/* binding */ checkPermissions),
/* harmony export */   TT: () => (/* binding */ actionsNeeded),
/* harmony export */   Wo: () => (/* binding */ checkInstanceType),
/* harmony export */   _b: () => (/* binding */ checkCost)
/* harmony export */ });
/* harmony import */ var _azure_arm_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69758);
/* harmony import */ var _azure_prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6773);
/* harmony import */ var _azure_endpoint_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99743);
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23755);
/* harmony import */ var _engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31831);
/* harmony import */ var _engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61541);






/**
 * The reads behind preflight on Azure. Sources: Microsoft.Authorization/permissions (the caller's
 * effective actions at a scope, api-version 2022-04-01, as `az role assignment`'s permission checks
 * read them); VirtualMachineSizes_List and Usages_List of Microsoft.MachineLearningServices
 * (`locations/{location}/vmSizes` and `/usages`: each size's family and vCPUs, each family's
 * dedicated-vCPU usage and limit); the upgrade reserve of managed online endpoints from
 * how-to-manage-quotas.md.
 */
const WS = 'Microsoft.MachineLearningServices/workspaces';
/** What a run will read and write, as ARM actions: what preflight asks the caller's roles for. */
function actionsNeeded(options) {
    const endpoints = options.kind === 'online' ? 'onlineEndpoints' : 'batchEndpoints';
    return [
        ...(options.registersModel ? [`${WS}/models/versions/write`] : []),
        `${WS}/environments/versions/write`,
        `${WS}/codes/versions/write`,
        `${WS}/${endpoints}/read`,
        `${WS}/${endpoints}/write`,
        `${WS}/${endpoints}/deployments/read`,
        `${WS}/${endpoints}/deployments/write`,
        ...(options.keys ? [`${WS}/onlineEndpoints/listKeys/action`] : []),
    ];
}
/** A read that may be refused: the refusal becomes an "unchecked" finding, never a failure of the run. */
async function read(what, check, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const reason = err instanceof _azure_arm_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ArmError */ .d ? `${err.status} ${err.code}` : err.message.split('\n')[0];
        return { check, status: 'unchecked', message: `could not read ${what} (${reason}); not checked` };
    }
}
const isFinding = (value) => !!value && typeof value === 'object' && 'status' in value && 'check' in value;
/** The caller's roles at the workspace against the actions the run needs; a missing one is named with the role that grants it. */
async function checkPermissions(client, needed) {
    const answer = await read('your permissions on the workspace', 'permissions', async () => {
        const response = await client.send('GET', '/providers/Microsoft.Authorization/permissions', {
            query: { 'api-version': '2022-04-01' },
        });
        return response.body.value ?? [];
    });
    if (isFinding(answer))
        return [answer];
    const findings = [];
    const missing = needed.filter((action) => !(0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .allows */ .NB)(answer, action));
    for (const action of missing)
        findings.push({ check: 'permissions', status: 'refused', message: `your identity may not ${action}: grant it ${(0,_engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_4__/* .roleFor */ .IJ)(action)}` });
    // Uploads go with the datastore's key (listSecrets) or, without one, with a storage data role
    // this check cannot see (it is granted on the storage account, not the workspace).
    if (!(0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .allows */ .NB)(answer, `${WS}/datastores/listSecrets/action`))
        findings.push({
            check: 'permissions',
            status: 'unchecked',
            message: `your identity may not read the datastore's key (${WS}/datastores/listSecrets/action): uploads then need Storage Blob Data Contributor on the workspace storage account, which this check cannot see`,
        });
    if (!missing.length)
        findings.unshift({ check: 'permissions', status: 'ok', message: `your roles on the workspace cover the ${needed.length} action(s) this run writes with` });
    return findings;
}
/** The compute a Kubernetes or batch deployment runs on exists in the workspace and is of the kind it needs. */
async function checkCompute(client, name, kinds, label, create) {
    if (!name)
        return { check: 'compute', status: 'refused', message: `no compute named: a ${label} deployment needs one (the "compute" input, or compute in the YAML)` };
    const compute = await read(`compute ${name}`, 'compute', () => client.get(`/computes/${encodeURIComponent(name)}`));
    if (isFinding(compute))
        return compute;
    if (!compute)
        return { check: 'compute', status: 'refused', message: `compute "${name}" is not attached to the workspace: ${create}` };
    const type = compute.properties?.computeType ?? 'unknown';
    if (!kinds.includes(type))
        return { check: 'compute', status: 'refused', message: `compute ${name} is ${type}, not ${kinds[0]}: a ${label} deployment runs on ${kinds[0]}` };
    return { check: 'compute', status: 'ok', message: `compute ${name} is a ${type} compute of the workspace` };
}
/**
 * The instance type is offered in the region (vmSizes), and its family's dedicated-vCPU quota has
 * room for the instances plus Azure's upgrade reserve.
 */
async function checkInstanceType(client, options) {
    const at = `/providers/Microsoft.MachineLearningServices/locations/${encodeURIComponent(options.location)}`;
    const [sizes, usages] = await Promise.all([
        read(`the instance types offered in ${options.location}`, 'instance-type', async () => (await client.send('GET', client.subscriptionUrl(`${at}/vmSizes`))).body.value ?? []),
        read(`the quota in ${options.location}`, 'quota', async () => (await client.send('GET', client.subscriptionUrl(`${at}/usages`))).body.value ?? []),
    ]);
    if (isFinding(sizes))
        return [sizes, ...(isFinding(usages) ? [usages] : [])];
    const size = sizes.find((s) => s.name.toLowerCase() === options.instanceType.toLowerCase());
    if (!size) {
        const near = sizes
            .map((s) => s.name)
            .filter((n) => n.toLowerCase().startsWith(options.instanceType.toLowerCase().slice(0, 10)))
            .slice(0, 5);
        return [
            {
                check: 'instance-type',
                status: 'refused',
                message: `${options.instanceType} is not offered in ${options.location}${near.length ? ` (offered there: ${near.join(', ')})` : ''}: choose another instance type or region`,
            },
        ];
    }
    const findings = [
        {
            check: 'instance-type',
            status: 'ok',
            message: `${size.name} is offered in ${options.location} (${size.vCPUs ?? '?'} vCPUs, ${size.memoryGB ?? '?'} GB)`,
        },
    ];
    if (isFinding(usages))
        return [...findings, usages];
    const usage = size.family ? usages.find((u) => u.name?.value?.toLowerCase() === size.family.toLowerCase()) : undefined;
    if (!usage || usage.limit === undefined || size.vCPUs === undefined) {
        findings.push({ check: 'quota', status: 'unchecked', message: `no quota figure for ${size.family ?? size.name} in ${options.location}; not checked` });
        return findings;
    }
    const needed = (0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaNeeded */ .S1)(options.instances, size.vCPUs);
    const free = usage.limit - (usage.currentValue ?? 0);
    const detail = `${options.instances} × ${size.name} needs ${needed} vCPUs of ${size.family} (${size.vCPUs} per instance, plus Azure's ${_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .UPGRADE_RESERVE */ .Qb * 100}% upgrade reserve); ${free} of ${usage.limit} are free`;
    findings.push(needed > free
        ? {
            check: 'quota',
            status: 'refused',
            message: `${detail}: request ${needed - free} more vCPUs of ${size.family} in ${options.location}, or deploy fewer or smaller instances`,
        }
        : { check: 'quota', status: 'ok', message: detail });
    return findings;
}
/**
 * What the deployment costs while it runs, on managed online endpoints: instances × the VM size's
 * hourly price (azure/prices.ts). An unknown price is "unchecked", never a failure; with
 * `max`, a dearer deployment is refused.
 */
async function checkCost(options) {
    const price = options.home ? await (0,_azure_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .hourlyPrice */ .z)(options) : undefined;
    if (!price)
        return [
            {
                check: 'cost',
                status: 'unchecked',
                message: `hourly cost unknown (no price for ${options.sku} in ${options.region} from the retail prices API)${options.max !== undefined ? ': max-hourly-cost not enforced' : ''}`,
            },
        ];
    const total = price.price * options.instances;
    const detail = `about ${(0,_engine_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCost */ .BD)(total, price.currency)} while it runs: ${options.instances} × ${options.sku} at ${(0,_engine_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCost */ .BD)(price.price, price.currency)} (pay-as-you-go Linux price in ${options.region})`;
    if (options.max !== undefined && total > options.max)
        return [
            {
                check: 'cost',
                status: 'refused',
                message: `${detail}, above max-hourly-cost ${options.max}: deploy fewer or smaller instances, or raise the limit`,
                hourly: { amount: total, currency: price.currency },
            },
        ];
    return [{ check: 'cost', status: 'ok', message: detail, hourly: { amount: total, currency: price.currency } }];
}
/**
 * A new managed online endpoint's name is free in its region (azure/endpoint-names.ts); one that
 * exists in this workspace is an update, whatever DNS says.
 */
async function checkEndpointName(client, options) {
    if (options.server === undefined)
        return [];
    const here = await read(`endpoint ${options.name}`, 'endpoint-name', () => client.get(options.path));
    if (isFinding(here))
        return [here];
    if (here)
        return [{ check: 'endpoint-name', status: 'ok', message: `endpoint ${options.name} exists in this workspace: it is updated` }];
    const answer = await (0,_azure_endpoint_names_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointNameInRegion */ .c)(options.name, options.region, options.server);
    if (answer.state === 'unknown')
        return [{ check: 'endpoint-name', status: 'unchecked', message: `could not tell whether ${options.name} is free in ${options.region}: ${answer.reason}` }];
    return [
        answer.state === 'taken'
            ? {
                check: 'endpoint-name',
                status: 'refused',
                message: `endpoint name ${options.name} is taken in ${options.region} (${options.name}.${options.region}.inference.ml.azure.com exists; names of managed online endpoints are unique per region): choose another name`,
            }
            : { check: 'endpoint-name', status: 'ok', message: `endpoint name ${options.name} is free in ${options.region}` },
    ];
}


/***/ })

};
