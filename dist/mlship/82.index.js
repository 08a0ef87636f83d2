export const id = 82;
export const ids = [82];
export const modules = {

/***/ 77696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ dataPlaneRequest)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);

/**
 * One request to an endpoint's data plane (scoring route, swagger.json), through the proxy the
 * runner is configured with (HTTPS_PROXY / HTTP_PROXY, NO_PROXY): self-hosted runners behind a
 * proxy reach Azure only through it, and Node's global fetch ignores those variables. ARM and
 * storage calls already go through the Azure SDK pipeline, whose proxy policy this reuses. No
 * retries: a scoring request runs the user's code, and a smoke test must see the first answer.
 */
async function dataPlaneRequest(options) {
    const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createEmptyPipeline */ .O8)();
    pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .proxyPolicy */ .Ll)());
    const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({
        url: options.url,
        method: options.method,
        headers: (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createHttpHeaders */ .Nc)(options.headers),
        body: options.body,
        timeout: options.timeoutMs,
        allowInsecureConnection: options.url.startsWith('http:'),
    });
    const response = await pipeline.sendRequest(httpClient, request);
    return { status: response.status, body: response.bodyAsText ?? '', headers: response.headers.toJSON() };
}
const httpClient = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)();


/***/ }),

/***/ 99743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ nameCheckServer),
/* harmony export */   c: () => (/* binding */ endpointNameInRegion)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_1__);


/** The DNS server to ask ("" for the system's), or undefined when the check does not apply. */
function nameCheckServer(armEndpoint, env = process.env) {
    if (env.MLSHIP_DNS_SERVER)
        return env.MLSHIP_DNS_SERVER;
    return /^https:\/\/management\.azure\.com\/?$/i.test(armEndpoint) ? '' : undefined;
}
async function endpointNameInRegion(name, region, server) {
    if (!/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/i.test(name) || !/^[a-z0-9]{1,40}$/i.test(region))
        return { state: 'unknown', reason: 'not a name DNS can be asked about' };
    const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_1__.Resolver({ timeout: 2000, tries: 2 });
    if (server)
        resolver.setServers([server]);
    const resolves = async (host) => {
        try {
            return (await resolver.resolve4(host)).length > 0;
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTFOUND' || code === 'ENODATA')
                return false;
            throw err;
        }
    };
    const zone = `${region.toLowerCase()}.inference.ml.azure.com`;
    try {
        if (await resolves(`mlship-free-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.${zone}`))
            return { state: 'unknown', reason: `${zone} answers every name` };
        return { state: (await resolves(`${name.toLowerCase()}.${zone}`)) ? 'taken' : 'free' };
    }
    catch (err) {
        return { state: 'unknown', reason: `DNS did not answer (${err.code ?? err.message})` };
    }
}


/***/ }),

/***/ 6773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pricesUrl),
/* harmony export */   z: () => (/* binding */ hourlyPrice)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _data_plane_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77696);



const PUBLIC_PRICES = 'https://prices.azure.com/api/retail/prices';
const CACHE_MS = 6 * 3_600_000;
/** Where prices are asked for: MLSHIP_PRICES_URL, else Azure's public API when mlship talks to public ARM, else nowhere. */
function pricesUrl(armEndpoint, env = process.env) {
    if (env.MLSHIP_PRICES_URL)
        return env.MLSHIP_PRICES_URL;
    return /^https:\/\/management\.azure\.com\/?$/i.test(armEndpoint) ? PUBLIC_PRICES : undefined;
}
async function hourlyPrice(options) {
    const { sku, region, url } = options;
    // Only names go into the filter: a SKU or region that is not one is not asked about.
    if (!url || !/^[A-Za-z0-9_]{1,64}$/.test(sku) || !/^[a-z0-9]{1,40}$/i.test(region))
        return undefined;
    const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.home, 'prices', `${region.toLowerCase()}-${sku.toLowerCase()}.json`);
    const cached = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(cache, 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
    if (cached && Date.now() - cached.at < CACHE_MS && typeof cached.price === 'number')
        return { price: cached.price, currency: cached.currency, sku, region };
    const filter = `serviceName eq 'Virtual Machines' and armRegionName eq '${region.toLowerCase()}' and armSkuName eq '${sku}' and priceType eq 'Consumption'`;
    try {
        const answer = await (0,_data_plane_js__WEBPACK_IMPORTED_MODULE_2__/* .dataPlaneRequest */ .w)({
            url: `${url}?${new URLSearchParams({ $filter: filter }).toString()}`,
            method: 'GET',
            headers: { Accept: 'application/json' },
            timeoutMs: options.timeoutMs ?? 5000,
        });
        if (answer.status !== 200)
            return undefined;
        const items = (JSON.parse(answer.body).Items ?? []).filter((i) => typeof i.retailPrice === 'number' &&
            i.unitOfMeasure === '1 Hour' &&
            !/windows/i.test(i.productName ?? '') &&
            !/spot|low priority/i.test(`${i.skuName ?? ''} ${i.meterName ?? ''}`));
        if (!items.length)
            return undefined;
        const cheapest = items.reduce((a, b) => (b.retailPrice < a.retailPrice ? b : a));
        const found = { price: cheapest.retailPrice, currency: cheapest.currencyCode ?? 'USD', sku, region };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.home, 'prices'), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(cache, JSON.stringify({ ...found, at: Date.now() })).catch(() => undefined);
        return found;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 43714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ resolveAzureSettings)
/* harmony export */ });
/* unused harmony export PUBLIC_ARM_ENDPOINT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84964);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);





const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';
/**
 * Workspace and credentials from what the user gave (inputs or flags), falling back to the
 * variables azure/login, a service principal setup or `mlship emulator --env-file` leave.
 * @throws ConfigError naming the missing settings (with `names` as the user knows them).
 */
function resolveAzureSettings(given, env, oidcAssertion) {
    const subscriptionId = given.subscriptionId ?? env.MLSHIP_SUBSCRIPTION_ID ?? env.AZURE_SUBSCRIPTION_ID;
    const resourceGroup = given.resourceGroup ?? env.MLSHIP_RESOURCE_GROUP;
    const workspace = given.workspace ?? env.MLSHIP_WORKSPACE;
    const missing = [
        ['subscription-id', subscriptionId],
        ['resource-group', resourceGroup],
        ['workspace', workspace],
    ]
        .filter(([, v]) => !v)
        .map(([n]) => n);
    if (missing.length)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`an Azure target needs ${missing.join(', ')}: the Azure ML workspace to use`);
    return {
        subscriptionId: subscriptionId,
        resourceGroup: resourceGroup,
        workspace: workspace,
        armEndpoint: env.MLSHIP_ARM_ENDPOINT ?? PUBLIC_ARM_ENDPOINT,
        location: given.location ?? env.MLSHIP_LOCATION,
        blobEndpoint: env.MLSHIP_BLOB_ENDPOINT,
        poll: env.MLSHIP_POLL ? pollIntervals(env.MLSHIP_POLL) : undefined,
        auth: {
            clientId: given.clientId ?? env.AZURE_CLIENT_ID,
            tenantId: given.tenantId ?? env.AZURE_TENANT_ID,
            clientSecret: env.AZURE_CLIENT_SECRET,
            oidcAssertion,
            useAzureCli: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.AZURE_CONFIG_DIR ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.azure'), 'azureProfile.json')),
            authorityHost: env.AZURE_AUTHORITY_HOST,
        },
    };
}
function pollIntervals(text) {
    const [first, max] = text.split('/');
    if (!first || !max)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`MLSHIP_POLL is "${text}"; write the first interval and the largest, e.g. 2s/8s`);
    const initialMs = (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(first, 'MLSHIP_POLL');
    const maxMs = (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(max, 'MLSHIP_POLL');
    return { initialMs, maxMs: Math.max(initialMs, maxMs) };
}


/***/ }),

/***/ 64473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ summariseConda),
/* harmony export */   m: () => (/* binding */ readCondaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74922);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);



/** Conda packages that are tooling, not requirements of the scoring code. */
const TOOLING = new Set(['python', 'pip', 'setuptools', 'wheel']);
/**
 * Reads a conda specification (inline or from a conda YAML file) into what a virtual environment
 * needs: pip requirements (conda package names map to pip's for nearly every scoring
 * dependency; `numpy=1.19` means `numpy==1.19.*`) and the Python version asked for.
 */
function summariseConda(spec) {
    const doc = (spec ?? {});
    const summary = { pipPackages: [], channels: Array.isArray(doc.channels) ? doc.channels.map(String) : [] };
    const deps = Array.isArray(doc.dependencies) ? doc.dependencies : [];
    for (const dep of deps) {
        if (typeof dep === 'string')
            addConda(summary, dep);
        else if (dep && typeof dep === 'object') {
            const group = dep;
            if (Array.isArray(group.pip))
                summary.pipPackages.push(...group.pip.map((p) => String(p).trim()));
            if (Array.isArray(group.conda))
                group.conda.forEach((c) => addConda(summary, String(c)));
        }
    }
    return summary;
}
function addConda(summary, raw) {
    const spec = raw.trim().replace(/^[\w.-]+::/, '');
    const match = /^([A-Za-z0-9_.\-[\]]+)\s*(.*)$/.exec(spec);
    if (!match)
        return;
    const name = match[1];
    const version = match[2].trim();
    if (name.toLowerCase() === 'python') {
        summary.pythonVersion = version.replace(/^=+/, '').replace(/\.\*$/, '') || undefined;
        return;
    }
    if (TOOLING.has(name.toLowerCase()))
        return;
    summary.pipPackages.push(name + condaVersionToPip(version));
}
function condaVersionToPip(version) {
    if (!version)
        return '';
    if (/^[<>!~]/.test(version) || version.startsWith('=='))
        return version.split(/\s+/)[0];
    const exact = version.replace(/^=/, '').split('=')[0];
    return exact.includes('*') ? `==${exact}` : `==${exact}.*`;
}
/** Reads and summarises a conda file the config refers to; its own syntax errors name its lines. */
function readCondaFile(ctx, path, absolute) {
    if (!ctx.checkRefs)
        return undefined;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute, 'utf8');
    }
    catch {
        return undefined; // already reported as a missing reference
    }
    try {
        return summariseConda((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfigText */ .Bu)(absolute, text).data);
    }
    catch (err) {
        // The conda file's own line, and which field of which config named it.
        const via = `this conda file is named by ${path.join('.')} in ${ctx.parsed.file}`;
        if (err instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
            ctx.problems.push(...err.problems.map((p) => ({ ...p, hint: p.hint ? `${p.hint} (${via})` : via })));
        else
            ctx.error(path, `could not read the conda file: ${err.message}`);
        return undefined;
    }
}


/***/ }),

/***/ 80577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ asEnvironment),
/* harmony export */   I0: () => (/* binding */ scriptInside),
/* harmony export */   K: () => (/* binding */ checkPipRequirements),
/* harmony export */   Sk: () => (/* binding */ asTags),
/* harmony export */   XL: () => (/* binding */ asBool),
/* harmony export */   _T: () => (/* binding */ asStringMap),
/* harmony export */   aw: () => (/* binding */ ReadContext),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   qX: () => (/* binding */ asImage),
/* harmony export */   qm: () => (/* binding */ asAssetName)
/* harmony export */ });
/* unused harmony export ALLOW_URL_REQUIREMENTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);



/** What normalisers share while reading one file: where it is, and where problems go. */
class ReadContext {
    parsed;
    checkRefs;
    baseDir;
    problems = [];
    /** Secret values met in the file (keys); the caller masks them before anything is logged. */
    secrets = [];
    constructor(parsed, checkRefs) {
        this.parsed = parsed;
        this.checkRefs = checkRefs;
        this.baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(parsed.file));
    }
    error(path, message, hint) {
        this.problems.push({ file: this.parsed.file, ...this.parsed.locate(path), field: path.join('.'), message, hint, severity: 'error' });
    }
    warn(path, message, hint) {
        this.problems.push({ file: this.parsed.file, ...this.parsed.locate(path, true), field: path.join('.'), message, hint, severity: 'warning' });
    }
    /**
     * Resolves a path the file refers to (relative to the file's folder, as az ml does) and,
     * unless references are not being checked, reports it when it does not exist.
     */
    reference(path, value, expect, base = this.baseDir) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, value);
        if (!this.checkRefs)
            return absolute;
        const kind = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) ? ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory() ? 'folder' : 'file') : undefined;
        if (!kind) {
            this.error(path, `refers to "${value}", which does not exist (looked for ${absolute})`, 'fix the path (it is relative to the folder of this file), or check the file alone with --no-refs');
        }
        else if (expect !== 'any' && kind !== expect) {
            this.error(path, `refers to "${value}", which is a ${kind}, not a ${expect}`);
        }
        else if (kind === 'file' && linksOutside(absolute, this.baseDir)) {
            // As links leaving a model or code folder: what is read must be the project's own file.
            this.error(path, `refers to "${value}", a symbolic link to a file outside this project (${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute)})`, 'copy the file into the project instead of linking to it');
        }
        return absolute;
    }
}
/** A file reached through a symbolic link whose target lies outside `base` (the config's folder). */
function linksOutside(file, base) {
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file));
    if (real === lexical)
        return false;
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(base);
    return real !== root && !real.startsWith(`${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
}
function asString(value) {
    if (value === null || value === undefined || value === '')
        return undefined;
    return String(value);
}
/** v1 files carry booleans as true, True or "True"; all mean the same. */
function asBool(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'boolean')
        return value;
    return String(value).toLowerCase() === 'true';
}
function asNumber(value) {
    if (value === null || value === undefined || value === '')
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
}
/** Tags and variables as strings, keeping what was written (`2.10` stays `2.10`). */
function asStringMap(ctx, path, value) {
    const out = {};
    if (!value || typeof value !== 'object')
        return out;
    for (const [key, v] of Object.entries(value)) {
        if (v === null || v === undefined)
            continue;
        out[key] = ctx.parsed.sourceText([...path, key]) ?? String(v);
    }
    return out;
}
/** Tags, checked against Azure's tag rules where they are written. */
function asTags(ctx, path, value) {
    const tags = asStringMap(ctx, path, value);
    for (const [key, text] of Object.entries(tags)) {
        const problem = (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(key, text);
        if (problem)
            ctx.error([...path, key], problem);
    }
    return tags;
}
/** Environment variables: names a process accepts, values without NUL (which no process environment can hold). */
function asEnvironment(ctx, path, value) {
    const vars = asStringMap(ctx, path, value);
    for (const [name, text] of Object.entries(vars)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(name))
            ctx.error([...path, name], `${JSON.stringify(name).slice(0, 60)} is not an environment variable name`, 'use letters, digits and underscores, not starting with a digit');
        else if (text.includes('\0'))
            ctx.error([...path, name], 'contains a NUL character, which no environment variable can hold');
        else if (RESERVED_VARIABLES.has(name.toUpperCase()) || /^MLSHIP_/i.test(name))
            ctx.error([...path, name], `${name} is set by the serving stack itself: overriding it breaks how the scoring server starts (the interpreter, the libraries it loads, where the model is), locally and on Azure`, /PYTHONPATH/i.test(name)
                ? 'put the modules in the code folder (sourceDirectory / code), which is importable'
                : 'leave it out; pass your own settings under another name');
    }
    return vars;
}
/**
 * Variables the scoring server's start depends on: the program search path, the dynamic loader,
 * the interpreter's own settings, what the inference server takes from the config's own fields
 * (model folder, entry script, code folder), and mlship's MLSHIP_*.
 * `PATH: /nonexistent` otherwise surfaced as "spawn python3 ENOENT".
 */
const RESERVED_VARIABLES = new Set([
    'PATH',
    'LD_PRELOAD',
    'LD_LIBRARY_PATH',
    'LD_AUDIT',
    'PYTHONPATH',
    'PYTHONHOME',
    'PYTHONSTARTUP',
    'PYTHONNOUSERSITE',
    'PYTHONEXECUTABLE',
    'PYTHONSAFEPATH',
    'PYTHONPLATLIBDIR',
    'PYTHONUSERBASE',
    'VIRTUAL_ENV',
    'HOME',
    // Set from the config's own fields (model, code folder, entry script) by Azure and by mlship.
    'AZUREML_MODEL_DIR',
    'AZUREML_ENTRY_SCRIPT',
    'AZUREML_SOURCE_DIRECTORY',
    'AML_APP_ROOT',
]);
/** A model or environment name, or a version, as Azure accepts it in a URL; undefined (and an error) otherwise. */
function asAssetName(ctx, path, value, kind = 'name') {
    const text = asString(value);
    if (text === undefined)
        return undefined;
    const problem = kind === 'name' ? (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .assetNameProblem */ .pr)(text) : (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .versionProblem */ .Ec)(text);
    if (problem)
        ctx.error(path, problem);
    return text;
}
/**
 * A script path inside the code folder, posix separators. An absolute path, or one that climbs out
 * of the folder, is refused: the code folder is what is uploaded and run, nothing beside it.
 */
function scriptInside(ctx, path, directory, script) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(directory, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory, script));
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(script) || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        ctx.error(path, `${JSON.stringify(script).slice(0, 80)} is outside the code folder ${directory}`, 'give the scoring script relative to the code folder (sourceDirectory / code), e.g. score.py');
    }
    return inside.split('\\').join('/');
}
/** Set to true to let pip requirements fetch code from URLs (git+https://…, pkg @ https://…). */
const ALLOW_URL_REQUIREMENTS = 'MLSHIP_ALLOW_URL_REQUIREMENTS';
/**
 * pip requirements from a conda spec: each is a requirement, never an option for pip. A
 * requirement that fetches code from a URL runs code from wherever it points at install time: it is
 * refused unless MLSHIP_ALLOW_URL_REQUIREMENTS=true says the user means it; a local file outside the
 * project is refused always.
 */
function checkPipRequirements(ctx, path, packages, env = process.env) {
    for (const requirement of packages) {
        const shown = JSON.stringify(requirement).slice(0, 80);
        if (/^\s*-/.test(requirement) || /[\r\n\0]/.test(requirement)) {
            ctx.error(path, `the pip entry ${shown} is an option or spans lines, not a requirement`, 'list packages only (name, name==version); options such as --index-url belong in pip.conf on the runner');
            continue;
        }
        const url = /(?:^|@\s*)([a-z][a-z0-9+.-]*):\/\/(\S*)/i.exec(requirement);
        if (!url)
            continue;
        const scheme = url[1].toLowerCase();
        if (scheme === 'file') {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.baseDir, decodeURIComponent(url[2].replace(/^localhost(?=\/)/, '')));
            const inside = target === ctx.baseDir || target.startsWith(`${ctx.baseDir}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
            if (!inside)
                ctx.error(path, `the pip entry ${shown} installs from a file outside this project`, 'copy the package into the project, or publish it to your package index');
        }
        else if (env[ALLOW_URL_REQUIREMENTS] !== 'true') {
            ctx.error(path, `the pip entry ${shown} fetches code from a URL at install time`, `pin a released package (name==version); to allow URL requirements on purpose, set ${ALLOW_URL_REQUIREMENTS}=true in the step's environment`);
        }
    }
}
/**
 * A container image reference (`registry/name:tag`, `name@sha256:…`), checked where it is written:
 * one token of the characters Docker allows, so that a newline or a space can never reach a build.
 */
function asImage(ctx, path, value) {
    const image = asString(value);
    if (image === undefined)
        return undefined;
    if (image.length > 512 || !/^[A-Za-z0-9][A-Za-z0-9._\-/:@+]*$/.test(image)) {
        ctx.error(path, `${JSON.stringify(image).slice(0, 80)} is not a container image reference`, 'write one reference such as mcr.microsoft.com/azureml/minimal-py311-inference:latest, on one line, without spaces');
        return undefined;
    }
    return image;
}


/***/ }),

/***/ 84680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defined)
/* harmony export */ });
/** Drops undefined values so that merging never overwrites a setting with "not given". */
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 40395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ loadSpec),
  R: () => (/* binding */ readConfigFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/naming.ts
var naming = __webpack_require__(95880);
// EXTERNAL MODULE: ./src/engine/spec.ts
var spec = __webpack_require__(38519);
// EXTERNAL MODULE: ./src/config/context.ts
var context = __webpack_require__(80577);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(42784);
;// CONCATENATED MODULE: ./src/config/schemas/v1-deployment-config.json
const v1_deployment_config_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v1-deployment-config.json","title":"Azure ML v1 deployment configuration (deploymentconfig.json)","type":"object","required":["computeType"],"additionalProperties":false,"properties":{"computeType":{"type":"string","pattern":"^([Ll][Oo][Cc][Aa][Ll]|[Aa][Cc][Ii]|[Aa][Kk][Ss])$","description":"local, aci or aks"},"port":{"type":["integer","null"],"minimum":1,"maximum":65535},"containerResourceRequirements":{"type":["object","null"],"properties":{"cpu":{"type":["number","null"],"exclusiveMinimum":0},"memoryInGB":{"type":["number","null"],"exclusiveMinimum":0},"gpu":{"type":["integer","null"],"minimum":0},"cpuLimit":{"type":["number","null"]},"memoryInGBLimit":{"type":["number","null"]}},"additionalProperties":false},"authEnabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"tokenAuthEnabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"sslEnabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"sslCertificate":{"type":["string","null"]},"sslKey":{"type":["string","null"]},"sslCname":{"type":["string","null"]},"appInsightsEnabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"enableAppInsights":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"collectModelData":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"location":{"type":["string","null"]},"dnsNameLabel":{"type":["string","null"]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean"]}},"primaryKey":{"type":["string","null"]},"secondaryKey":{"type":["string","null"]},"keys":{"type":["object","null"],"properties":{"primaryKey":{"type":["string","null"]},"secondaryKey":{"type":["string","null"]}},"additionalProperties":false},"autoScaler":{"type":["object","null"],"properties":{"autoscaleEnabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"minReplicas":{"type":["integer","null"],"minimum":0},"maxReplicas":{"type":["integer","null"],"minimum":0},"refreshPeriodInSeconds":{"type":["integer","null"],"minimum":0},"targetUtilization":{"type":["integer","null"],"minimum":1,"maximum":100}},"additionalProperties":false},"numReplicas":{"type":["integer","null"],"minimum":0},"scoringTimeoutMs":{"type":["integer","null"],"minimum":0},"maxConcurrentRequestsPerContainer":{"type":["integer","null"],"minimum":0},"maxQueueWaitMs":{"type":["integer","null"],"minimum":0},"livenessProbeRequirements":{"type":["object","null"],"properties":{"failureThreshold":{"type":["integer","null"]},"successThreshold":{"type":["integer","null"]},"timeoutSeconds":{"type":["integer","null"]},"periodSeconds":{"type":["integer","null"]},"initialDelaySeconds":{"type":["integer","null"]}},"additionalProperties":false},"namespace":{"type":["string","null"]},"computeTarget":{"type":["string","null"]},"computeTargetName":{"type":["string","null"]},"osType":{"type":["string","null"]},"vnetName":{"type":["string","null"]},"subnetName":{"type":["string","null"]},"cmkVaultBaseUrl":{"type":["string","null"]},"cmkKeyName":{"type":["string","null"]},"cmkKeyVersion":{"type":["string","null"]},"isDefault":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"isControlVersion":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"trafficPercentile":{"type":["number","null"]},"version":{"type":["string","null"]},"gpuCores":{"type":["integer","null"],"minimum":0},"cpuCores":{"type":["number","null"]},"memoryGb":{"type":["number","null"]}}}');
;// CONCATENATED MODULE: ./src/config/schemas/v1-inference-config.json
const v1_inference_config_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v1-inference-config.json","title":"Azure ML v1 inference configuration (inferenceconfig.json)","type":"object","required":["entryScript"],"additionalProperties":false,"properties":{"entryScript":{"type":"string","minLength":1,"description":"Path of the scoring script (init/run), relative to sourceDirectory"},"sourceDirectory":{"type":["string","null"]},"runtime":{"type":["string","null"],"pattern":"^([Pp]ython|[Ss]park-py)$"},"condaFile":{"type":["string","null"]},"extraDockerfileSteps":{"type":["string","null"]},"extraDockerFileSteps":{"type":["string","null"]},"enableGpu":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"baseImage":{"type":["string","null"]},"baseImageRegistry":{"anyOf":[{"type":["string","null"]},{"type":["object","null"],"properties":{"address":{"type":["string","null"]},"username":{"type":["string","null"]},"password":{"type":["string","null"]},"registryIdentity":{"type":["object","null"]}},"additionalProperties":false}]},"cudaVersion":{"type":["string","number","null"]},"description":{"type":["string","null"]},"schemaFile":{"type":["string","null"]},"dependencies":{"type":["array","null"],"items":{"type":"string"}},"environment":{"type":["object","null"],"properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"environmentVariables":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean"]}},"inferencingStackVersion":{"type":["string","null"]},"assetId":{"type":["string","null"]},"isLatest":{"type":["boolean","null"]},"r":{"type":["object","null"]},"spark":{"type":["object","null"]},"databricks":{"type":["object","null"]},"python":{"type":["object","null"],"properties":{"userManagedDependencies":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"interpreterPath":{"type":["string","null"]},"condaDependenciesFile":{"type":["string","null"]},"baseCondaEnvironment":{"type":["string","null"]},"condaDependencies":{"type":["object","null"],"properties":{"name":{"type":["string","null"]},"channels":{"type":["array","null"],"items":{"type":"string"}},"dependencies":{"type":["array","null"],"items":{"anyOf":[{"type":"string"},{"type":"object","properties":{"pip":{"type":["array","null"],"items":{"type":"string"}},"conda":{"type":["array","null"],"items":{"type":"string"}}},"additionalProperties":false}]}}},"additionalProperties":false}},"additionalProperties":false},"docker":{"type":["object","null"],"properties":{"enabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"baseImage":{"type":["string","null"]},"baseDockerfile":{"type":["string","null"]},"baseImageRegistry":{"type":["object","null"],"properties":{"address":{"type":["string","null"]},"username":{"type":["string","null"]},"password":{"type":["string","null"]},"registryIdentity":{"type":["object","null"]}},"additionalProperties":false},"sharedVolumes":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"shmSize":{"type":["string","null"]},"arguments":{"type":["array","null"],"items":{"type":"string"}},"gpuSupport":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"platform":{"type":["object","null"]},"buildContext":{"type":["object","null"]}},"additionalProperties":false}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./src/config/schemas/v2-batch-deployment.json
const v2_batch_deployment_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v2-batch-deployment.json","title":"az ml batch deployment (modelBatchDeployment.schema.json, and the legacy form with settings at the root)","type":"object","required":["name"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"endpoint_name":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["model","pipeline",null]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"model":{"anyOf":[{"type":"string"},{"type":["object","null"],"properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"path":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["custom_model","mlflow_model","triton_model",null]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"stage":{"type":["string","null"]},"$schema":{"type":"string"}},"additionalProperties":false}]},"code_configuration":{"type":"object","properties":{"code":{"type":"string"},"scoring_script":{"type":"string"}},"additionalProperties":false,"required":["code","scoring_script"]},"environment":{"anyOf":[{"type":"string"},{"type":["object","null"],"properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"image":{"type":["string","null"]},"conda_file":{"type":["string","object","null"]},"build":{"type":"object","properties":{"path":{"type":"string"},"dockerfile_path":{"type":["string","null"]}},"additionalProperties":false,"required":["path"]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"os_type":{"type":["string","null"]},"inference_config":{"type":["object","null"]},"$schema":{"type":"string"}},"additionalProperties":false}]},"compute":{"type":["string","null"]},"resources":{"type":["object","null"],"additionalProperties":false,"properties":{"instance_count":{"type":["integer","null"],"minimum":1},"instance_type":{"type":["string","null"]},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}}}},"settings":{"type":["object","null"],"additionalProperties":false,"properties":{"mini_batch_size":{"type":["integer","null"],"minimum":1},"max_concurrency_per_instance":{"type":["integer","null"],"minimum":1},"output_action":{"type":["string","null"],"enum":["append_row","summary_only",null]},"output_file_name":{"type":["string","null"]},"retry_settings":{"type":["object","null"],"additionalProperties":false,"properties":{"max_retries":{"type":["integer","null"],"minimum":0},"timeout":{"type":["integer","null"],"minimum":1}}},"error_threshold":{"type":["integer","null"],"minimum":-1},"logging_level":{"type":["string","null"],"enum":["debug","info","warning","DEBUG","INFO","WARNING","Debug","Info","Warning",null]},"environment_variables":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"default_compute":{"type":["string","null"]},"continue_on_step_failure":{"type":["boolean","null"]}}},"mini_batch_size":{"type":["integer","null"],"minimum":1},"max_concurrency_per_instance":{"type":["integer","null"],"minimum":1},"output_action":{"type":["string","null"],"enum":["append_row","summary_only",null]},"output_file_name":{"type":["string","null"]},"retry_settings":{"type":["object","null"],"additionalProperties":false,"properties":{"max_retries":{"type":["integer","null"],"minimum":0},"timeout":{"type":["integer","null"],"minimum":1}}},"error_threshold":{"type":["integer","null"],"minimum":-1},"logging_level":{"type":["string","null"],"enum":["debug","info","warning","DEBUG","INFO","WARNING","Debug","Info","Warning",null]},"environment_variables":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"component":{"type":["string","object","null"]},"job_definition":{"type":["object","null"]}}}');
;// CONCATENATED MODULE: ./src/config/schemas/v2-batch-endpoint.json
const v2_batch_endpoint_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v2-batch-endpoint.json","title":"az ml batch endpoint (batchEndpoint.schema.json)","type":"object","required":["name"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"auth_mode":{"type":["string","null"],"enum":["aad_token",null]},"defaults":{"type":["object","null"],"additionalProperties":false,"properties":{"deployment_name":{"type":["string","null"]}}}}}');
;// CONCATENATED MODULE: ./src/config/schemas/v2-online-deployment.json
const v2_online_deployment_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v2-online-deployment.json","title":"az ml online deployment (managed or kubernetes)","type":"object","required":["name"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":["string","number"]},"endpoint_name":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["managed","kubernetes","Managed","Kubernetes",null]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"model":{"anyOf":[{"type":"string"},{"type":["object","null"],"properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"path":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["custom_model","mlflow_model","triton_model",null]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"stage":{"type":["string","null"]},"$schema":{"type":"string"}},"additionalProperties":false}]},"code_configuration":{"type":"object","properties":{"code":{"type":"string"},"scoring_script":{"type":"string"}},"additionalProperties":false,"required":["code","scoring_script"]},"environment":{"anyOf":[{"type":"string"},{"type":["object","null"],"properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"image":{"type":["string","null"]},"conda_file":{"type":["string","object","null"]},"build":{"type":"object","properties":{"path":{"type":"string"},"dockerfile_path":{"type":["string","null"]}},"additionalProperties":false,"required":["path"]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"os_type":{"type":["string","null"]},"inference_config":{"type":["object","null"]},"$schema":{"type":"string"}},"additionalProperties":false}]},"environment_variables":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean"]}},"instance_type":{"type":["string","null"]},"instance_count":{"type":["integer","null"],"minimum":0},"app_insights_enabled":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"egress_public_network_access":{"type":["string","null"],"enum":["enabled","disabled",null]},"scale_settings":{"type":["object","null"],"properties":{"type":{"type":["string","null"]},"min_instances":{"type":["integer","null"],"minimum":0},"max_instances":{"type":["integer","null"],"minimum":0},"polling_interval":{"type":["integer","null"],"minimum":0},"target_utilization_percentage":{"type":["integer","null"],"minimum":0}},"additionalProperties":false},"request_settings":{"type":["object","null"],"properties":{"request_timeout_ms":{"type":["integer","null"],"minimum":0},"max_concurrent_requests_per_instance":{"type":["integer","null"],"minimum":0},"max_queue_wait_ms":{"type":["integer","null"],"minimum":0}},"additionalProperties":false},"liveness_probe":{"type":["object","null"],"properties":{"initial_delay":{"type":["integer","null"]},"period":{"type":["integer","null"]},"timeout":{"type":["integer","null"]},"success_threshold":{"type":["integer","null"]},"failure_threshold":{"type":["integer","null"]},"method":{"type":["string","null"]},"path":{"type":["string","null"]},"port":{"type":["integer","null"]},"scheme":{"type":["string","null"]}},"additionalProperties":false},"readiness_probe":{"type":["object","null"],"properties":{"initial_delay":{"type":["integer","null"]},"period":{"type":["integer","null"]},"timeout":{"type":["integer","null"]},"success_threshold":{"type":["integer","null"]},"failure_threshold":{"type":["integer","null"]},"method":{"type":["string","null"]},"path":{"type":["string","null"]},"port":{"type":["integer","null"]},"scheme":{"type":["string","null"]}},"additionalProperties":false},"resources":{"type":["object","null"],"properties":{"requests":{"type":["object","null"],"properties":{"cpu":{"type":["string","number","null"]},"memory":{"type":["string","null"]},"nvidia.com/gpu":{"type":["string","number","null"]}},"additionalProperties":false},"limits":{"type":["object","null"],"properties":{"cpu":{"type":["string","number","null"]},"memory":{"type":["string","null"]},"nvidia.com/gpu":{"type":["string","number","null"]}},"additionalProperties":false}},"additionalProperties":false},"data_collector":{"type":["object","null"]},"private_network_connection":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"},"with_package":{"type":["boolean","string","null"],"pattern":"^([Tt]rue|[Ff]alse|TRUE|FALSE)$"}}}');
;// CONCATENATED MODULE: ./src/config/schemas/v2-online-endpoint.json
const v2_online_endpoint_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v2-online-endpoint.json","title":"az ml online endpoint (managed or kubernetes)","type":"object","required":["name"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"auth_mode":{"type":["string","null"],"enum":["key","aml_token","aad_token",null]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"compute":{"type":["string","null"]},"traffic":{"type":["object","null"],"additionalProperties":{"type":"integer","minimum":0,"maximum":100}},"mirror_traffic":{"type":["object","null"]},"public_network_access":{"type":["string","null"],"enum":["enabled","disabled",null]},"identity":{"type":["object","null"]},"kind":{"type":["string","null"]}}}');
;// CONCATENATED MODULE: ./src/config/schemas/v2-environment.json
const v2_environment_namespaceObject = /*#__PURE__*/JSON.parse('{"type":"object","properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"image":{"type":["string","null"]},"conda_file":{"type":["string","object","null"]},"build":{"type":"object","properties":{"path":{"type":"string"},"dockerfile_path":{"type":["string","null"]}},"additionalProperties":false,"required":["path"]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"os_type":{"type":["string","null"]},"inference_config":{"type":["object","null"]},"$schema":{"type":"string"}},"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v2-environment.json","title":"az ml environment","required":["name"]}');
;// CONCATENATED MODULE: ./src/config/schemas/v2-model.json
const v2_model_namespaceObject = /*#__PURE__*/JSON.parse('{"type":"object","properties":{"name":{"type":["string","null"]},"version":{"type":["string","number","null"]},"path":{"type":["string","null"]},"type":{"type":["string","null"],"enum":["custom_model","mlflow_model","triton_model",null]},"description":{"type":["string","null"]},"tags":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"properties":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"stage":{"type":["string","null"]},"$schema":{"type":"string"}},"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlship/v2-model.json","title":"az ml model","required":["name","path"]}');
;// CONCATENATED MODULE: ./src/config/kinds.ts









const SCHEMAS = {
    'v1-inference-config': v1_inference_config_namespaceObject,
    'v1-deployment-config': v1_deployment_config_namespaceObject,
    'v2-online-deployment': v2_online_deployment_namespaceObject,
    'v2-online-endpoint': v2_online_endpoint_namespaceObject,
    'v2-environment': v2_environment_namespaceObject,
    'v2-model': v2_model_namespaceObject,
    'v2-batch-endpoint': v2_batch_endpoint_namespaceObject,
    'v2-batch-deployment': v2_batch_deployment_namespaceObject,
};
/** What each kind is called in messages, with the file name users know it by. */
const KIND_LABEL = {
    'v1-inference-config': 'v1 inference config (inferenceconfig.json)',
    'v1-deployment-config': 'v1 deployment config (deploymentconfig.json)',
    'v2-online-deployment': 'az ml online deployment',
    'v2-online-endpoint': 'az ml online endpoint',
    'v2-environment': 'az ml environment',
    'v2-model': 'az ml model',
    'v2-batch-endpoint': 'az ml batch endpoint',
    'v2-batch-deployment': 'az ml batch deployment',
};
/** Settings only a batch deployment has, at the root in the legacy form. */
const BATCH_ROOT_KEYS = [
    'mini_batch_size',
    'max_concurrency_per_instance',
    'output_action',
    'output_file_name',
    'retry_settings',
    'error_threshold',
    'logging_level',
];
/**
 * Tells what a config file is from its content: the `$schema` URL az ml files carry, else the
 * keys only one kind has. Returns undefined when nothing fits.
 */
function detectKind(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const doc = data;
    const schema = typeof doc.$schema === 'string' ? doc.$schema.toLowerCase() : '';
    if (/batchendpoint\.schema/.test(schema))
        return 'v2-batch-endpoint';
    if (/batchdeployment\.schema/.test(schema))
        return 'v2-batch-deployment';
    if (/onlinedeployment\.schema/.test(schema))
        return 'v2-online-deployment';
    if (/onlineendpoint\.schema/.test(schema))
        return 'v2-online-endpoint';
    if (/environment\.schema/.test(schema))
        return 'v2-environment';
    if (/model\.schema/.test(schema))
        return 'v2-model';
    if ('computeType' in doc)
        return 'v1-deployment-config';
    const type = typeof doc.type === 'string' ? doc.type.toLowerCase() : '';
    if ('settings' in doc || type === 'model' || type === 'pipeline' || BATCH_ROOT_KEYS.some((k) => k in doc))
        return 'v2-batch-deployment';
    if ('compute' in doc && ('endpoint_name' in doc || 'code_configuration' in doc || 'model' in doc))
        return 'v2-batch-deployment';
    if ('defaults' in doc)
        return 'v2-batch-endpoint';
    if ('entryScript' in doc)
        return 'v1-inference-config';
    if ('endpoint_name' in doc || 'code_configuration' in doc || 'instance_type' in doc)
        return 'v2-online-deployment';
    if ('auth_mode' in doc)
        return 'v2-online-endpoint';
    if ('image' in doc || 'build' in doc || 'conda_file' in doc)
        return 'v2-environment';
    if ('path' in doc && 'name' in doc)
        return 'v2-model';
    return undefined;
}
const SHARED_KEYS = new Set(['description', 'tags', 'properties', 'location', 'name', 'version', '$schema']);
/**
 * For a file of no known kind that has keys only a v1 file has: the key that tells its kind and is
 * missing (`computeType` for a deployment config, `entryScript` for an inference config).
 */
function missingKindKey(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const keys = Object.keys(data).filter((k) => !SHARED_KEYS.has(k));
    const has = (kind) => keys.some((k) => k in (SCHEMAS[kind].properties ?? {}));
    if (has('v1-deployment-config'))
        return {
            field: 'computeType',
            message: 'is missing: a deployment config says its target with computeType',
            hint: 'add computeType: LOCAL, ACI (a managed online endpoint) or AKS (a Kubernetes online endpoint)',
        };
    if (has('v1-inference-config'))
        return {
            field: 'entryScript',
            message: 'is missing: an inference config names its scoring script',
            hint: 'add entryScript: score.py (relative to sourceDirectory)',
        };
    return undefined;
}
/** For a file of no known kind: its top-level keys that look like a misspelt key of some kind. */
function kindHint(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const known = new Set();
    for (const schema of Object.values(SCHEMAS))
        for (const key of Object.keys(schema.properties ?? {}))
            known.add(key);
    const guesses = Object.keys(data)
        .map((key) => [key, (0,suggest/* closest */.k)(key, known)])
        .filter(([key, guess]) => guess && guess !== key);
    return guesses.length
        ? guesses
            .slice(0, 3)
            .map(([key, guess]) => `"${key}": did you mean "${guess}"?`)
            .join(' ')
        : undefined;
}

// EXTERNAL MODULE: ./src/config/mapping/index.ts + 4 modules
var mapping = __webpack_require__(14313);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(74922);
// EXTERNAL MODULE: ./src/config/conda.ts
var config_conda = __webpack_require__(64473);
// EXTERNAL MODULE: ./src/config/fragment.ts
var fragment = __webpack_require__(84680);
;// CONCATENATED MODULE: ./src/config/v1.ts





/** Normalises a v1 inferenceconfig (current and legacy keys) into code and environment. */
function fromV1Inference(ctx) {
    const doc = ctx.parsed.data;
    const sourceDir = (0,context/* asString */.oJ)(doc.sourceDirectory);
    const directory = sourceDir ? ctx.reference(['sourceDirectory'], sourceDir, 'folder') : ctx.baseDir;
    const entry = String(doc.entryScript);
    ctx.reference(['entryScript'], entry, 'file', directory);
    const env = (doc.environment ?? {});
    const python = (env.python ?? {});
    const docker = (env.docker ?? {});
    let conda;
    const condaFile = (0,context/* asString */.oJ)(python.condaDependenciesFile) ?? (0,context/* asString */.oJ)(doc.condaFile);
    const condaPath = python.condaDependenciesFile ? ['environment', 'python', 'condaDependenciesFile'] : ['condaFile'];
    if (python.condaDependencies)
        conda = (0,config_conda/* summariseConda */.A)(python.condaDependencies);
    else if (condaFile)
        conda = (0,config_conda/* readCondaFile */.m)(ctx, condaPath, ctx.reference(condaPath, condaFile, 'file'));
    for (const legacy of ['extraDockerfileSteps', 'extraDockerFileSteps', 'schemaFile']) {
        if ((0,context/* asString */.oJ)(doc[legacy]))
            ctx.reference([legacy], String(doc[legacy]), 'file');
    }
    const environment = {
        ...(0,fragment/* defined */.s)({
            name: (0,context/* asAssetName */.qm)(ctx, ['environment', 'name'], env.name),
            version: (0,context/* asAssetName */.qm)(ctx, ['environment', 'version'], env.version, 'version'),
            image: (0,context/* asImage */.qX)(ctx, docker.baseImage ? ['environment', 'docker', 'baseImage'] : ['baseImage'], docker.baseImage ?? doc.baseImage),
            pythonVersion: conda?.pythonVersion,
            interpreterPath: (0,context/* asString */.oJ)(python.interpreterPath),
            description: (0,context/* asString */.oJ)(doc.description),
        }),
        pipPackages: conda?.pipPackages ?? [],
        condaChannels: conda?.channels ?? [],
        environmentVariables: (0,context/* asEnvironment */.AI)(ctx, ['environment', 'environmentVariables'], env.environmentVariables),
        userManaged: (0,context/* asBool */.XL)(python.userManagedDependencies) ?? false,
        source: ctx.parsed.file,
    };
    (0,context/* checkPipRequirements */.K)(ctx, python.condaDependencies ? ['environment', 'python', 'condaDependencies'] : condaPath, environment.pipPackages);
    return { code: { directory, entryScript: (0,context/* scriptInside */.I0)(ctx, ['entryScript'], directory, entry) }, environment };
}
/** Normalises a v1 deploymentconfig (local, aci or aks) with the defaults Azure documented. */
function fromV1Deployment(ctx) {
    const doc = ctx.parsed.data;
    const target = String(doc.computeType).toLowerCase();
    const resources = (doc.containerResourceRequirements ?? {});
    const auto = (doc.autoScaler ?? {});
    const cloud = target !== 'local';
    // Keys are masked the moment they are read (ctx.secrets); the local target serves with them.
    const primaryKey = (0,context/* asString */.oJ)(doc.keys?.primaryKey) ?? (0,context/* asString */.oJ)(doc.primaryKey);
    const secondaryKey = (0,context/* asString */.oJ)(doc.keys?.secondaryKey) ?? (0,context/* asString */.oJ)(doc.secondaryKey);
    for (const key of [primaryKey, secondaryKey])
        if (key)
            ctx.secrets.push(key);
    if (!primaryKey && secondaryKey)
        ctx.error(doc.keys ? ['keys', 'secondaryKey'] : ['secondaryKey'], 'a secondary key needs a primary key', 'add primaryKey, or remove secondaryKey');
    const keys = primaryKey ? { primaryKey, ...(secondaryKey ? { secondaryKey } : {}) } : undefined;
    const authEnabled = (0,context/* asBool */.XL)(doc.authEnabled);
    const tokenAuth = (0,context/* asBool */.XL)(doc.tokenAuthEnabled);
    if (authEnabled && tokenAuth) {
        ctx.error(['tokenAuthEnabled'], 'authEnabled and tokenAuthEnabled cannot both be true', 'choose key auth (authEnabled) or token auth (tokenAuthEnabled)');
    }
    // v1 AKS services had key auth on unless turned off; ACI and local had none.
    const authMode = tokenAuth ? 'aml_token' : (authEnabled ?? target === 'aks') ? 'key' : 'none';
    const autoscale = target === 'aks' && ((0,context/* asBool */.XL)(auto.autoscaleEnabled) ?? doc.numReplicas == null);
    if (autoscale && doc.numReplicas != null) {
        ctx.error(['numReplicas'], 'numReplicas cannot be set while autoScaler.autoscaleEnabled is true', 'remove numReplicas, or set autoScaler.autoscaleEnabled to false');
    }
    const minReplicas = (0,context/* asNumber */.i)(auto.minReplicas) ?? spec/* V1_DEFAULTS */.P.autoscale.minReplicas;
    const maxReplicas = (0,context/* asNumber */.i)(auto.maxReplicas) ?? spec/* V1_DEFAULTS */.P.autoscale.maxReplicas;
    if (minReplicas > maxReplicas)
        ctx.error(['autoScaler', 'minReplicas'], `minReplicas (${minReplicas}) is above maxReplicas (${maxReplicas})`);
    if (target === 'aci' && doc.autoScaler && (0,mapping/* isSet */.vM)(doc.autoScaler))
        ctx.warn(['autoScaler'], 'is not applied on ACI: managed online endpoints scale with Azure Monitor autoscale settings', 'set numReplicas for a fixed count, or use target aks');
    if (target === 'aci' && (resources.cpuLimit != null || resources.memoryInGBLimit != null))
        ctx.warn(['containerResourceRequirements'], 'limits are not applied on ACI: a managed deployment has its whole instance type', 'remove cpuLimit and memoryInGBLimit, or choose the instance type');
    const cpu = (0,context/* asNumber */.i)(resources.cpu) ?? (0,context/* asNumber */.i)(doc.cpuCores) ?? (cloud ? spec/* V1_DEFAULTS */.P.cpu : undefined);
    const memoryGb = (0,context/* asNumber */.i)(resources.memoryInGB) ?? (0,context/* asNumber */.i)(doc.memoryGb) ?? (cloud ? spec/* V1_DEFAULTS */.P.memoryGb : undefined);
    const gpu = (0,context/* asNumber */.i)(resources.gpu) ?? (0,context/* asNumber */.i)(doc.gpuCores);
    const gpuPath = resources.gpu !== undefined ? ['containerResourceRequirements', 'gpu'] : ['gpuCores'];
    if (gpu && target === 'aci')
        ctx.error(gpuPath, 'a managed online endpoint (ACI) gets GPUs from its instance type, not from a GPU count', 'remove it and set the instance-type input to a GPU size such as Standard_NC6s_v3');
    if ((0,context/* asString */.oJ)(doc.namespace) && target !== 'aks')
        ctx.error(['namespace'], `a namespace applies to AKS only, and this is a ${target} config`, 'remove namespace');
    const probe = doc.livenessProbeRequirements;
    const liveness = probe
        ? {
            ...spec/* V1_DEFAULTS */.P.liveness,
            ...(0,fragment/* defined */.s)({
                periodSeconds: (0,context/* asNumber */.i)(probe.periodSeconds),
                initialDelaySeconds: (0,context/* asNumber */.i)(probe.initialDelaySeconds),
                timeoutSeconds: (0,context/* asNumber */.i)(probe.timeoutSeconds),
                failureThreshold: (0,context/* asNumber */.i)(probe.failureThreshold),
                successThreshold: (0,context/* asNumber */.i)(probe.successThreshold),
            }),
        }
        : undefined;
    return {
        target,
        endpoint: (0,fragment/* defined */.s)({ authMode, keys, description: (0,context/* asString */.oJ)(doc.description), tags: (0,context/* asTags */.Sk)(ctx, ['tags'], doc.tags) }),
        deployment: (0,fragment/* defined */.s)({
            port: (0,context/* asNumber */.i)(doc.port),
            cpu,
            memoryGb,
            gpu,
            kubernetesResources: target === 'aks' ? v1KubernetesResources({ cpu, memoryGb, gpu }, resources) : undefined,
            instanceCount: (0,context/* asNumber */.i)(doc.numReplicas) ?? (autoscale ? minReplicas : 1),
            scale: autoscale
                ? {
                    minInstances: minReplicas,
                    maxInstances: maxReplicas,
                    targetUtilization: (0,context/* asNumber */.i)(auto.targetUtilization) ?? spec/* V1_DEFAULTS */.P.autoscale.targetUtilization,
                    pollingIntervalSeconds: (0,context/* asNumber */.i)(auto.refreshPeriodInSeconds) ?? spec/* V1_DEFAULTS */.P.autoscale.refreshPeriodInSeconds,
                }
                : undefined,
            requestTimeoutMs: (0,context/* asNumber */.i)(doc.scoringTimeoutMs) ?? spec/* V1_DEFAULTS */.P.scoringTimeoutMs,
            maxConcurrentRequests: (0,context/* asNumber */.i)(doc.maxConcurrentRequestsPerContainer) ?? spec/* V1_DEFAULTS */.P.maxConcurrentRequestsPerContainer,
            maxQueueWaitMs: (0,context/* asNumber */.i)(doc.maxQueueWaitMs) ?? spec/* V1_DEFAULTS */.P.maxQueueWaitMs,
            liveness,
            appInsights: (0,context/* asBool */.XL)(doc.appInsightsEnabled) ?? (0,context/* asBool */.XL)(doc.enableAppInsights) ?? false,
            properties: doc.properties ? (0,context/* asStringMap */._T)(ctx, ['properties'], doc.properties) : undefined,
            location: (0,context/* asString */.oJ)(doc.location),
            namespace: (0,context/* asString */.oJ)(doc.namespace),
            compute: (0,context/* asString */.oJ)(doc.computeTarget) ?? (0,context/* asString */.oJ)(doc.computeTargetName),
            tags: (0,context/* asTags */.Sk)(ctx, ['tags'], doc.tags),
        }),
    };
}
/** v1 GiB (1 GiB = 1024 MiB, as Azure's v1 SDK converted `memoryInGB`) as Kubernetes quantities. */
function gib(value) {
    return value === undefined ? undefined : `${Math.ceil(value * 1024)}Mi`;
}
function v1KubernetesResources(requests, resources) {
    const text = (n) => (n === undefined ? undefined : String(n));
    return {
        requests: (0,fragment/* defined */.s)({ cpu: text(requests.cpu), memory: gib(requests.memoryGb), gpu: requests.gpu ? text(requests.gpu) : undefined }),
        limits: (0,fragment/* defined */.s)({ cpu: text((0,context/* asNumber */.i)(resources.cpuLimit)), memory: gib((0,context/* asNumber */.i)(resources.memoryInGBLimit)) }),
    };
}

// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(72196);
;// CONCATENATED MODULE: ./src/config/v2-batch.ts



/** A batch endpoint YAML: name, description, tags, properties (auth is always Microsoft Entra tokens). */
function fromV2BatchEndpoint(ctx) {
    const doc = ctx.parsed.data;
    return {
        endpoint: (0,fragment/* defined */.s)({
            name: (0,v2/* resourceName */.Iy)(ctx, ['name'], doc.name),
            authMode: 'aad_token',
            description: (0,context/* asString */.oJ)(doc.description),
            tags: (0,context/* asTags */.Sk)(ctx, ['tags'], doc.tags),
            properties: doc.properties ? (0,context/* asStringMap */._T)(ctx, ['properties'], doc.properties) : undefined,
        }),
        batch: {},
    };
}
/**
 * A model batch deployment YAML. Its settings are under `settings:`, or at the root in the legacy
 * form az ml still reads when the file has no `type` (reference-yaml-deployment-batch.md); a file
 * that writes one setting both ways is refused, since which one wins is not documented.
 */
function fromV2BatchDeployment(ctx) {
    const doc = ctx.parsed.data;
    const nested = (doc.settings ?? {});
    const setting = (key) => {
        if (nested[key] !== undefined && nested[key] !== null && doc[key] !== undefined && doc[key] !== null)
            ctx.error([key], `is written both at the root and under settings`, `keep settings.${key} and remove the root one`);
        return nested[key] !== undefined && nested[key] !== null ? { value: nested[key], path: ['settings', key] } : { value: doc[key], path: [key] };
    };
    const retry = setting('retry_settings');
    const retryDoc = (retry.value ?? {});
    const variables = setting('environment_variables');
    const level = (0,context/* asString */.oJ)(setting('logging_level').value)?.toLowerCase();
    const action = (0,context/* asString */.oJ)(setting('output_action').value);
    const outputFile = setting('output_file_name');
    const outputFileName = (0,context/* asString */.oJ)(outputFile.value);
    // The driver writes the file into the job's output folder: a name, not a path.
    if (outputFileName !== undefined && !/^[A-Za-z0-9._-]{1,128}$/.test(outputFileName))
        ctx.error(outputFile.path, `"${outputFileName.slice(0, 80)}" is not a plain file name`, 'use letters, digits, dots, hyphens and underscores, e.g. predictions.csv');
    const compute = (0,context/* asString */.oJ)(doc.compute)?.replace(/^azureml:/, '');
    if (compute !== undefined && !/^[A-Za-z][A-Za-z0-9-]{1,31}$/.test(compute))
        ctx.error(['compute'], `"${compute.slice(0, 80)}" is not a compute name`, 'name an AmlCompute cluster of the workspace: azureml:cpu-cluster');
    const settings = (0,fragment/* defined */.s)({
        miniBatchSize: (0,context/* asNumber */.i)(setting('mini_batch_size').value),
        maxConcurrencyPerInstance: (0,context/* asNumber */.i)(setting('max_concurrency_per_instance').value),
        outputAction: action,
        outputFileName,
        maxRetries: (0,context/* asNumber */.i)(retryDoc.max_retries),
        retryTimeoutSeconds: (0,context/* asNumber */.i)(retryDoc.timeout),
        errorThreshold: (0,context/* asNumber */.i)(setting('error_threshold').value),
        loggingLevel: level,
        environmentVariables: variables.value ? (0,context/* asEnvironment */.AI)(ctx, variables.path, variables.value) : undefined,
    });
    const resources = (doc.resources ?? {});
    return {
        ...(0,v2/* deploymentAssets */.To)(ctx, doc),
        endpoint: (0,fragment/* defined */.s)({ name: (0,v2/* resourceName */.Iy)(ctx, ['endpoint_name'], doc.endpoint_name) }),
        deployment: (0,fragment/* defined */.s)({
            name: (0,v2/* resourceName */.Iy)(ctx, ['name'], doc.name),
            description: (0,context/* asString */.oJ)(doc.description),
            tags: (0,context/* asTags */.Sk)(ctx, ['tags'], doc.tags),
            properties: doc.properties ? (0,context/* asStringMap */._T)(ctx, ['properties'], doc.properties) : undefined,
            instanceType: (0,context/* asString */.oJ)(resources.instance_type),
        }),
        batch: (0,fragment/* defined */.s)({
            compute,
            instanceCount: (0,context/* asNumber */.i)(resources.instance_count),
            resourceProperties: resources.properties ? (0,context/* asStringMap */._T)(ctx, ['resources', 'properties'], resources.properties) : undefined,
            settings,
            isDeployment: true,
        }),
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./src/config/validate.ts



const validate_ajv = new ajv.Ajv({ allErrors: true, strict: false, verbose: true });
const compiled = new Map();
function validatorFor(kind) {
    let validate = compiled.get(kind);
    if (!validate) {
        // Unknown keys are warnings, not errors (Azure's CLI ignored many of them), so the copy
        // given to ajv allows them; `unknownKeys` below reports them with the closest known key.
        validate = validate_ajv.compile(withoutClosedObjects(SCHEMAS[kind]));
        compiled.set(kind, validate);
    }
    return validate;
}
function withoutClosedObjects(node) {
    if (Array.isArray(node))
        return node.map(withoutClosedObjects);
    if (!node || typeof node !== 'object')
        return node;
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'additionalProperties' && value === false)
            continue;
        copy[key] = key === '$id' ? `${String(value)}#open` : withoutClosedObjects(value);
    }
    return copy;
}
/** Checks a parsed file against the JSON Schema of its kind; returns every problem with its line. */
function validateAgainstSchema(parsed, kind) {
    const validate = validatorFor(kind);
    canonicaliseEnums(SCHEMAS[kind], parsed.data);
    const problems = [];
    if (!validate(parsed.data)) {
        for (const error of relevantErrors(validate.errors ?? []))
            problems.push(toProblem(parsed, kind, error));
    }
    const unknown = [];
    unknownKeys(parsed, SCHEMAS[kind], parsed.data, [], unknown);
    problems.push(...unknown.slice(0, MAX_UNKNOWN_KEYS));
    if (unknown.length > MAX_UNKNOWN_KEYS) {
        problems.push({
            file: parsed.file,
            message: `${unknown.length - MAX_UNKNOWN_KEYS} more unknown keys are ignored as well`,
            hint: 'is this the config file you meant?',
            severity: 'warning',
        });
    }
    return problems.length > MAX_PROBLEMS
        ? [
            ...problems.slice(0, MAX_PROBLEMS),
            { file: parsed.file, message: `and ${problems.length - MAX_PROBLEMS} more problems`, severity: problems[MAX_PROBLEMS].severity },
        ]
        : problems;
}
/** Settings whose absence weakens a deployment: a near miss of one is refused. */
const GUARDED_KEYS = new Set(['authEnabled', 'tokenAuthEnabled', 'keys', 'primaryKey', 'secondaryKey', 'sslEnabled', 'auth_mode']);
/** Enough to fix a file; more only floods the log. */
const MAX_UNKNOWN_KEYS = 20;
const MAX_PROBLEMS = 50;
/** Drops the noise of `anyOf`: the branch that got deepest explains the failure best. */
function relevantErrors(errors) {
    const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
    return errors.filter((error) => {
        const owner = anyOfs.find((a) => error !== a && error.schemaPath.startsWith(`${a.schemaPath}/`));
        if (error.keyword === 'anyOf') {
            return !errors.some((e) => e.schemaPath.startsWith(`${error.schemaPath}/`) && e.instancePath.length > error.instancePath.length);
        }
        return !owner || error.instancePath.length > owner.instancePath.length;
    });
}
function pathOf(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function toProblem(parsed, kind, error) {
    const path = pathOf(error.instancePath);
    const parentSchema = error.parentSchema;
    const base = { file: parsed.file, severity: 'error' };
    if (error.keyword === 'required') {
        const missing = String(error.params.missingProperty);
        const pos = parsed.locate(path);
        const description = parentSchema?.properties?.[missing]?.description;
        return {
            ...base,
            ...pos,
            field: [...path, missing].join('.'),
            message: `is required in a ${KIND_LABEL[kind]}`,
            hint: description ? `add "${missing}": ${description}` : `add "${missing}"`,
        };
    }
    const pos = parsed.locate(path);
    const field = path.join('.') || '(top level)';
    const got = describeValue(error.data);
    const hint = parentSchema?.description;
    switch (error.keyword) {
        case 'type':
            return { ...base, ...pos, field, message: `must be ${typeWords(error.params)}, not ${got}`, hint };
        case 'enum':
            return {
                ...base,
                ...pos,
                field,
                message: `is ${got}; allowed: ${error.params.allowedValues.filter((v) => v !== null).join(', ')}`,
                hint,
            };
        case 'pattern':
            return { ...base, ...pos, field, message: `is ${got}, which is not an accepted value`, hint: hint ?? patternHint(error) };
        case 'anyOf':
            return { ...base, ...pos, field, message: `must be a reference string or a mapping, not ${got}`, hint };
        default:
            return { ...base, ...pos, field, message: `${error.message ?? 'is invalid'} (${got})`, hint };
    }
}
function patternHint(error) {
    const pattern = String(error.params.pattern);
    if (pattern.includes('[Tt]rue'))
        return 'use true or false';
    return undefined;
}
function typeWords(params) {
    const types = (Array.isArray(params.type) ? params.type : String(params.type).split(',')).filter((t) => t !== 'null');
    return types.map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : `a ${t}`)).join(' or ');
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function unknownKeys(parsed, schema, data, path, out) {
    if (schema.anyOf) {
        const branch = schema.anyOf.find((s) => matchesType(s, data));
        if (branch)
            unknownKeys(parsed, branch, data, path, out);
        return;
    }
    if (Array.isArray(data)) {
        if (schema.items)
            data.forEach((item, i) => unknownKeys(parsed, schema.items, item, [...path, i], out));
        return;
    }
    if (!data || typeof data !== 'object' || !schema.properties)
        return;
    for (const [key, value] of Object.entries(data)) {
        const child = schema.properties[key];
        if (child) {
            unknownKeys(parsed, child, value, [...path, key], out);
        }
        else if (schema.additionalProperties === false && out.length >= MAX_UNKNOWN_KEYS) {
            // Only counted: locating and suggesting for thousands of keys is work nobody reads.
            out.push({ file: parsed.file, message: 'unknown key', severity: 'warning' });
        }
        else if (schema.additionalProperties === false) {
            const suggestion = (0,suggest/* closest */.k)(key, Object.keys(schema.properties));
            // A misspelt auth or key setting would quietly deploy without it: that is an error, not a warning.
            const guarded = suggestion !== undefined && GUARDED_KEYS.has(suggestion);
            out.push({
                file: parsed.file,
                ...parsed.locate([...path, key], true),
                field: [...path, key].join('.'),
                message: guarded ? `unknown key; a misspelt "${suggestion}" would deploy without it` : 'unknown key; it is ignored',
                hint: suggestion ? `did you mean "${suggestion}"?` : `known keys here: ${Object.keys(schema.properties).join(', ')}`,
                severity: guarded ? 'error' : 'warning',
            });
        }
    }
}
function matchesType(schema, data) {
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    const actual = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
    return types.length === 0 || types.includes(actual) || (actual === 'number' && types.includes('integer'));
}
/**
 * Enum values in any letter case become the schema's own spelling (`auth_mode: Key` is `key`), as
 * azure-ai-ml reads them (its StringTransformedEnum compares case-insensitively); Microsoft's own
 * Kubernetes endpoint example writes `auth_mode: Key`. Changed in place, before validation.
 */
function canonicaliseEnums(schema, data) {
    if (!schema || !data || typeof data !== 'object')
        return;
    for (const branch of schema.anyOf ?? [])
        canonicaliseEnums(branch, data);
    if (Array.isArray(data)) {
        for (const item of data)
            canonicaliseEnums(schema.items, item);
        return;
    }
    const record = data;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        const value = record[key];
        const choices = [sub, ...(sub.anyOf ?? [])].flatMap((s) => s.enum ?? []).filter((v) => typeof v === 'string');
        if (typeof value === 'string' && !choices.includes(value)) {
            const match = choices.find((c) => c.toLowerCase() === value.toLowerCase());
            if (match !== undefined)
                record[key] = match;
        }
        canonicaliseEnums(sub, value);
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts














const NORMALISERS = {
    'v1-inference-config': fromV1Inference,
    'v1-deployment-config': fromV1Deployment,
    'v2-online-deployment': v2/* fromV2Deployment */.sk,
    'v2-online-endpoint': v2/* fromV2Endpoint */.q0,
    'v2-environment': v2/* fromV2Environment */.kC,
    'v2-model': v2/* fromV2Model */.M6,
    'v2-batch-endpoint': fromV2BatchEndpoint,
    'v2-batch-deployment': fromV2BatchDeployment,
};
/**
 * Reads one config file: parse with positions, detect its kind, validate against its schema,
 * check the files it refers to (unless `checkRefs` is false), normalise. Never throws for bad
 * input: every problem is returned, so a user sees all of them at once.
 */
function readConfigFile(file, options) {
    const result = { file, problems: [], secrets: [] };
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(file).size;
        if (size > parse/* MAX_CONFIG_BYTES */.GW) {
            result.problems.push(...(0,parse/* tooLarge */.g$)(file, size).problems);
            return result;
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        result.problems.push({
            file,
            message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`,
            hint: 'check the path; relative paths start at the working directory',
            severity: 'error',
        });
        return result;
    }
    try {
        const parsed = (0,parse/* parseConfigText */.Bu)(file, text);
        const detected = detectKind(parsed.data);
        // An endpoint file beside a batch deployment is a batch endpoint: az ml tells them apart by
        // command (batch-endpoint create), and a plain `name:` file fits both.
        const kind = options.batch && (detected === 'v2-online-endpoint' || detected === undefined) ? 'v2-batch-endpoint' : detected;
        const missing = kind ? undefined : missingKindKey(parsed.data);
        if (missing && !kindHint(parsed.data)) {
            result.problems.push({ file, line: 1, col: 1, field: missing.field, message: missing.message, hint: missing.hint, severity: 'error' });
            return result;
        }
        if (!kind || (options.expect && !options.expect.includes(kind))) {
            const wanted = (options.expect ?? Object.keys(NORMALISERS)).map((k) => KIND_LABEL[k]).join(', or ');
            const hint = kind ? `expected ${wanted}` : (kindHint(parsed.data) ?? `expected ${wanted}`);
            result.problems.push({
                file,
                line: 1,
                col: 1,
                message: kind ? `is a ${KIND_LABEL[kind]}, but ${wanted} was expected here` : 'cannot tell what kind of config this is',
                hint,
                severity: 'error',
            });
            return result;
        }
        result.kind = kind;
        result.problems.push(...validateAgainstSchema(parsed, kind));
        if (result.problems.some((p) => p.severity === 'error'))
            return result;
        const ctx = new context/* ReadContext */.aw(parsed, options.checkRefs);
        (0,mapping/* applyFieldRules */.kz)(ctx, mapping/* FIELD_MAPS */.xv[kind]);
        result.fragment = NORMALISERS[kind](ctx);
        result.problems.push(...ctx.problems);
        result.secrets.push(...ctx.secrets);
    }
    catch (err) {
        if (!(err instanceof engine_errors/* ConfigError */.xL))
            throw err;
        result.problems.push(...err.problems);
    }
    return result;
}
/**
 * Builds the one deployment spec from every source. Throws before anything is changed anywhere.
 * @throws ConfigError listing every error in every file (warnings are returned, not thrown).
 */
function loadSpec(sources) {
    const reads = [];
    const checkRefs = sources.checkRefs ?? true;
    if (sources.inferenceConfig)
        reads.push(readConfigFile(sources.inferenceConfig, { checkRefs, expect: ['v1-inference-config'] }));
    if (sources.deploymentConfig)
        reads.push(readConfigFile(sources.deploymentConfig, { checkRefs, expect: ['v1-deployment-config'] }));
    for (const file of sources.yamlFiles ?? []) {
        reads.push(readConfigFile(file, { checkRefs, expect: ['v2-online-deployment', 'v2-online-endpoint', 'v2-environment', 'v2-model'] }));
    }
    const problems = reads.flatMap((r) => r.problems);
    const merged = mergeFragments(reads.map((r) => r.fragment).filter((f) => !!f));
    // A file with errors contributes nothing, so cross-file checks would only echo its errors.
    const fileErrors = problems.some((p) => p.severity === 'error');
    const overrides = sources.overrides ?? {};
    const label = labeller(sources.origin ?? 'inputs');
    const spec = fileErrors
        ? checkNames(overrides.endpointName, overrides.deploymentName, problems, label)
        : finishSpec(merged, overrides, problems, label, reads[0]?.file);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length || !spec) {
        throw new engine_errors/* ConfigError */.xL(`The deployment configuration has ${errors.length} error(s); nothing was changed.`, problems);
    }
    return {
        spec: { ...spec, sources: reads.map((r) => r.file) },
        warnings: problems.filter((p) => p.severity === 'warning'),
        secrets: reads.flatMap((r) => r.secrets),
    };
}
function mergeFragments(fragments) {
    const out = {};
    for (const f of fragments) {
        out.target = f.target ?? out.target;
        out.model = f.model ?? out.model;
        out.code = f.code ?? out.code;
        if (f.environment)
            out.environment = {
                ...out.environment,
                ...f.environment,
                environmentVariables: { ...out.environment?.environmentVariables, ...f.environment.environmentVariables },
            };
        out.endpoint = { ...out.endpoint, ...f.endpoint, tags: { ...out.endpoint?.tags, ...f.endpoint?.tags } };
        out.deployment = { ...out.deployment, ...f.deployment, tags: { ...out.deployment?.tags, ...f.deployment?.tags } };
    }
    return out;
}
/** Where an override came from, as the user knows it: `inputs endpoint-name`, or `command line --endpoint-name`. */
function labeller(origin) {
    return origin === 'flags' ? (field) => ({ file: 'command line', field: `--${field}` }) : (field) => ({ file: 'inputs', field });
}
function checkNames(endpointName, deploymentName, problems, label) {
    const endpointProblem = endpointName === undefined ? undefined : (0,naming/* nameProblem */.rH)(endpointName);
    if (endpointProblem)
        problems.push({
            ...label('endpoint-name'),
            message: endpointProblem,
            hint: 'Azure endpoint names are 3-32 letters, digits and hyphens, starting with a letter',
            severity: 'error',
        });
    const deploymentProblem = deploymentName === undefined ? undefined : (0,naming/* nameProblem */.rH)(deploymentName);
    if (deploymentProblem)
        problems.push({
            ...label('deployment-name'),
            message: deploymentProblem,
            hint: 'deployment names follow the same rules as endpoint names',
            severity: 'error',
        });
    return undefined;
}
/**
 * An endpoint name when the user gave none: `<model>-<hash>`. Endpoint names are unique in an
 * Azure region across every tenant (they are the scoring host's name), so a bare `model-endpoint`
 * from a folder called `model` collides with everyone else's; the hash of the model name and the
 * folder of the first config file (the project; on a runner it holds the repository's name) keeps
 * one project's name stable from run to run and apart from other projects'.
 */
function derivedEndpointName(modelName, anchor) {
    const suffix = (0,external_node_crypto_.createHash)('sha256')
        .update(`${modelName}\0${anchor ? (0,external_node_path_.dirname)((0,external_node_path_.resolve)(anchor)) : ''}`)
        .digest('hex')
        .slice(0, 6);
    return `${(0,naming/* toResourceName */.v6)(modelName, 25)}-${suffix}`;
}
function finishSpec(f, o, problems, label, anchor) {
    const input = (field, message, hint) => problems.push({ ...label(field), message, hint, severity: 'error' });
    const model = o.model ?? f.model;
    if (!f.code) {
        input('inference-config', 'no scoring script is configured', 'give an inference config (entryScript) or a v2 deployment YAML with code_configuration');
        return undefined;
    }
    const modelName = model?.kind === 'registered' ? model.name : model?.name;
    const endpointName = o.endpointName ?? f.endpoint?.name ?? derivedEndpointName(modelName ?? 'model', anchor);
    const deploymentName = o.deploymentName ?? f.deployment?.name ?? 'blue';
    checkNames(endpointName, deploymentName, problems, label);
    if (modelName && (0,naming/* assetNameProblem */.pr)(modelName))
        input('model', (0,naming/* assetNameProblem */.pr)(modelName));
    const d = f.deployment ?? {};
    return {
        target: o.target ?? f.target ?? 'local',
        model,
        code: f.code,
        environment: f.environment ?? { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false },
        endpoint: {
            ...f.endpoint,
            authMode: f.endpoint?.authMode ?? 'none',
            tags: f.endpoint?.tags ?? {},
            name: endpointName,
        },
        deployment: {
            ...d,
            name: deploymentName,
            instanceCount: d.instanceCount ?? 1,
            requestTimeoutMs: d.requestTimeoutMs ?? spec/* V1_DEFAULTS */.P.scoringTimeoutMs,
            maxConcurrentRequests: d.maxConcurrentRequests ?? spec/* V1_DEFAULTS */.P.maxConcurrentRequestsPerContainer,
            maxQueueWaitMs: d.maxQueueWaitMs ?? spec/* V1_DEFAULTS */.P.maxQueueWaitMs,
            environmentVariables: d.environmentVariables ?? {},
            appInsights: d.appInsights ?? false,
            tags: d.tags ?? {},
            instanceType: o.instanceType ?? d.instanceType,
            compute: o.compute ?? d.compute,
            location: o.location ?? d.location,
            port: o.port ?? d.port,
        },
    };
}


/***/ }),

/***/ 14313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xv: () => (/* binding */ FIELD_MAPS),
  kz: () => (/* reexport */ applyFieldRules),
  vM: () => (/* reexport */ isSet)
});

// UNUSED EXPORTS: fieldPath

;// CONCATENATED MODULE: ./src/config/mapping/rules.ts
/** Whether a value says anything: null, empty text, and empty lists or maps do not. */
function isSet(value) {
    if (value === undefined || value === null || value === '')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (typeof value === 'object')
        return Object.values(value).some(isSet);
    return true;
}
function valueAt(data, path) {
    let node = data;
    for (const key of path) {
        if (!node || typeof node !== 'object' || Array.isArray(node))
            return undefined;
        node = node[key];
    }
    return node;
}
/** Splits a rule's field name into its path: `resources.requests.nvidia.com/gpu` keeps its dotted key. */
function fieldPath(field) {
    return field
        .replace('nvidia.com/gpu', 'nvidia\u0000com/gpu')
        .split('.')
        .map((part) => part.replace('\u0000', '.'));
}
/** Reports every field of the file whose rule is to warn or refuse, at its line. */
function applyFieldRules(ctx, map) {
    for (const [field, rule] of Object.entries(map)) {
        if (!('warn' in rule) && !('refuse' in rule))
            continue;
        const path = fieldPath(field);
        const value = valueAt(ctx.parsed.data, path);
        if (!isSet(value))
            continue;
        if (rule.unless?.(value))
            continue;
        if ('warn' in rule)
            ctx.warn(path, `is not applied: ${rule.warn}`, rule.hint);
        else
            ctx.error(path, `is not supported: ${rule.refuse}`, rule.hint);
    }
}
/** True when the value is `false` (a v1 boolean written as false asks for nothing). */
const isFalse = (value) => value === false || String(value).toLowerCase() === 'false';

;// CONCATENATED MODULE: ./src/config/mapping/v2.ts

// az ml v2 YAML fields (online deployment, online endpoint, environment, model) and where each
// goes in the ARM bodies (api-version 2026-07-01). Names follow azure-ai-ml's schemas.
const SCHEMA = { mlship: 'names the schema for editors; not sent' };
const PROBE_ROUTE = {
    refuse: "Azure ML probes the inference server's own routes; a probe's route cannot be set",
    hint: 'remove it; a custom container sets its routes in the environment (inference_config)',
};
const K8S = 'deployment:properties.containerResourceRequirements';
function probeFields(name) {
    const to = `deployment:properties.${name === 'liveness_probe' ? 'livenessProbe' : 'readinessProbe'}`;
    return {
        [`${name}.initial_delay`]: { arm: [{ to: `${to}.initialDelay`, example: [15, 'PT15S'] }] },
        [`${name}.period`]: { arm: [{ to: `${to}.period`, example: [20, 'PT20S'] }] },
        [`${name}.timeout`]: { arm: [{ to: `${to}.timeout`, example: [4, 'PT4S'] }] },
        [`${name}.success_threshold`]: { arm: [{ to: `${to}.successThreshold`, example: [2, 2] }] },
        [`${name}.failure_threshold`]: { arm: [{ to: `${to}.failureThreshold`, example: [7, 7] }] },
        [`${name}.method`]: PROBE_ROUTE,
        [`${name}.path`]: PROBE_ROUTE,
        [`${name}.port`]: PROBE_ROUTE,
        [`${name}.scheme`]: PROBE_ROUTE,
    };
}
function resourceFields(kind) {
    const to = `${K8S}.${kind === 'requests' ? 'containerResourceRequests' : 'containerResourceLimits'}`;
    return {
        [`resources.${kind}.cpu`]: { arm: [{ to: `${to}.cpu`, target: 'aks', example: ['500m', '500m'] }] },
        [`resources.${kind}.memory`]: { arm: [{ to: `${to}.memory`, target: 'aks', example: ['1G', '1G'] }] },
        [`resources.${kind}.nvidia.com/gpu`]: { arm: [{ to: `${to}.gpu`, target: 'aks', example: ['1', '1'] }] },
    };
}
const TARGET_UTILIZATION = { 'scale_settings.type': 'target_utilization' };
const V2_DEPLOYMENT_FIELDS = {
    $schema: SCHEMA,
    name: { mlship: "the deployment's name (in its ARM path)" },
    endpoint_name: { mlship: "the endpoint's name (in its ARM path)" },
    type: { mlship: 'the target: managed (aci) or kubernetes (aks)' },
    description: { arm: [{ to: 'deployment:properties.description', example: ['nightly ridge', 'nightly ridge'] }] },
    tags: { arm: [{ to: 'deployment:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
    properties: { arm: [{ to: 'deployment:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
    model: { asset: 'the model: a registered reference, or files registered first' },
    'model.name': { asset: "the model's name" },
    'model.version': { asset: 'the version of a registered model, or the number the files are registered as (refused if it holds other files)' },
    'model.path': { asset: 'the model files, registered before the deployment' },
    'model.type': { arm: [{ to: 'model:properties.modelType', example: ['mlflow_model', 'mlflow_model'] }] },
    'model.description': { arm: [{ to: 'model:properties.description', example: ['ridge v2', 'ridge v2'] }] },
    'model.tags': { arm: [{ to: 'model:properties.tags.stage', example: [{ stage: 'candidate' }, 'candidate'] }] },
    'model.properties': { arm: [{ to: 'model:properties.properties.source', example: [{ source: 'train.py' }, 'train.py'] }] },
    'model.stage': { arm: [{ to: 'model:properties.stage', example: ['Development', 'Development'] }] },
    'model.$schema': SCHEMA,
    'code_configuration.code': { asset: 'the folder uploaded as the deployment code (codeConfiguration.codeId)' },
    'code_configuration.scoring_script': { arm: [{ to: 'deployment:properties.codeConfiguration.scoringScript', example: ['score.py', 'score.py'] }] },
    environment: { asset: 'the environment: a registered reference, or a definition registered first' },
    'environment.name': { asset: "the environment's name" },
    'environment.version': { asset: "the environment's version" },
    'environment.image': { arm: [{ to: 'environment:properties.image', example: ['python:3.11-slim', 'python:3.11-slim'] }] },
    'environment.conda_file': { asset: "the environment's conda file" },
    'environment.build.path': { asset: 'the Docker build context, uploaded' },
    'environment.build.dockerfile_path': {
        arm: [{ to: 'environment:properties.build.dockerfilePath', example: ['docker/Dockerfile', 'docker/Dockerfile'], with: { 'environment.build.path': '.' } }],
    },
    'environment.description': { arm: [{ to: 'environment:properties.description', example: ['scoring env', 'scoring env'] }] },
    'environment.tags': { arm: [{ to: 'environment:properties.tags.os', example: [{ os: 'debian' }, 'debian'] }] },
    'environment.os_type': { arm: [{ to: 'environment:properties.osType', example: ['linux', 'Linux'] }] },
    'environment.inference_config': {
        arm: [
            {
                to: 'environment:properties.inferenceConfig.livenessRoute',
                example: [{ liveness_route: { path: '/live', port: 8080 } }, { path: '/live', port: 8080 }],
            },
        ],
    },
    'environment.$schema': SCHEMA,
    environment_variables: { arm: [{ to: 'deployment:properties.environmentVariables.MODE', example: [{ MODE: 'strict' }, 'strict'] }] },
    instance_type: { arm: [{ to: 'deployment:properties.instanceType', example: ['Standard_DS3_v2', 'Standard_DS3_v2'] }] },
    instance_count: { arm: [{ to: 'deployment:sku.capacity', example: [3, 3] }] },
    app_insights_enabled: { arm: [{ to: 'deployment:properties.appInsightsEnabled', example: [true, true] }] },
    egress_public_network_access: { arm: [{ to: 'deployment:properties.egressPublicNetworkAccess', target: 'aci', example: ['disabled', 'Disabled'] }] },
    'scale_settings.type': {
        arm: [{ to: 'deployment:properties.scaleSettings.scaleType', target: 'aks', example: ['target_utilization', 'TargetUtilization'] }],
    },
    'scale_settings.min_instances': {
        arm: [{ to: 'deployment:properties.scaleSettings.minInstances', target: 'aks', example: [2, 2], with: TARGET_UTILIZATION }],
    },
    'scale_settings.max_instances': {
        arm: [{ to: 'deployment:properties.scaleSettings.maxInstances', target: 'aks', example: [6, 6], with: TARGET_UTILIZATION }],
    },
    'scale_settings.polling_interval': {
        arm: [{ to: 'deployment:properties.scaleSettings.pollingInterval', target: 'aks', example: [10, 'PT10S'], with: TARGET_UTILIZATION }],
    },
    'scale_settings.target_utilization_percentage': {
        arm: [{ to: 'deployment:properties.scaleSettings.targetUtilizationPercentage', target: 'aks', example: [55, 55], with: TARGET_UTILIZATION }],
    },
    'request_settings.request_timeout_ms': { arm: [{ to: 'deployment:properties.requestSettings.requestTimeout', example: [1500, 'PT1.5S'] }] },
    'request_settings.max_concurrent_requests_per_instance': {
        arm: [{ to: 'deployment:properties.requestSettings.maxConcurrentRequestsPerInstance', example: [3, 3] }],
    },
    'request_settings.max_queue_wait_ms': { arm: [{ to: 'deployment:properties.requestSettings.maxQueueWait', example: [500, 'PT0.5S'] }] },
    ...probeFields('liveness_probe'),
    ...probeFields('readiness_probe'),
    ...resourceFields('requests'),
    ...resourceFields('limits'),
    data_collector: { refuse: 'mlship does not configure the data collector yet', hint: 'remove it, or deploy this deployment with az ml' },
    private_network_connection: {
        refuse: 'the legacy network isolation flag is replaced by egress_public_network_access',
        hint: 'remove it and set egress_public_network_access: disabled',
        unless: isFalse,
    },
    with_package: { refuse: 'model packaging is not supported', hint: 'remove it', unless: isFalse },
};
const V2_ENDPOINT_FIELDS = {
    $schema: SCHEMA,
    name: { mlship: "the endpoint's name (in its ARM path)" },
    auth_mode: {
        arm: [
            { to: 'endpoint:properties.authMode', example: ['aad_token', 'AADToken'] },
            { to: 'endpoint:properties.authMode', example: ['Key', 'Key'] },
        ],
    },
    description: { arm: [{ to: 'endpoint:properties.description', example: ['fraud scoring', 'fraud scoring'] }] },
    tags: { arm: [{ to: 'endpoint:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
    properties: { arm: [{ to: 'endpoint:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
    compute: { mlship: "the Kubernetes compute (aks); its ARM id becomes the endpoint's compute" },
    traffic: {
        refuse: 'traffic moves only after a deployment is healthy and smoke-tested, so a second source would be overruled',
        hint: "remove it, and give deploy-model's traffic input (e.g. 10% then 100%)",
    },
    mirror_traffic: { refuse: 'mirrored traffic is not supported yet', hint: 'remove it' },
    public_network_access: { arm: [{ to: 'endpoint:properties.publicNetworkAccess', example: ['disabled', 'Disabled'] }] },
    identity: {
        arm: [
            {
                to: 'endpoint:identity',
                example: [
                    {
                        type: 'user_assigned',
                        user_assigned_identities: [{ resource_id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scorer' }],
                    },
                    {
                        type: 'UserAssigned',
                        userAssignedIdentities: { '/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scorer': {} },
                    },
                ],
            },
        ],
    },
    kind: { arm: [{ to: 'endpoint:kind', example: ['Managed', 'Managed'] }] },
};
const V2_ENVIRONMENT_FIELDS = {
    $schema: SCHEMA,
    name: { asset: "the environment's name" },
    version: { asset: "the environment's version" },
    image: { arm: [{ to: 'environment:properties.image', example: ['python:3.11-slim', 'python:3.11-slim'] }] },
    conda_file: { asset: "the environment's conda file" },
    'build.path': { asset: 'the Docker build context, uploaded' },
    'build.dockerfile_path': {
        arm: [{ to: 'environment:properties.build.dockerfilePath', example: ['Dockerfile.gpu', 'Dockerfile.gpu'], with: { 'build.path': '.' } }],
    },
    description: { arm: [{ to: 'environment:properties.description', example: ['scoring env', 'scoring env'] }] },
    tags: { arm: [{ to: 'environment:properties.tags.os', example: [{ os: 'debian' }, 'debian'] }] },
    os_type: { arm: [{ to: 'environment:properties.osType', example: ['Linux', 'Linux'] }] },
    inference_config: {
        arm: [
            {
                to: 'environment:properties.inferenceConfig.scoringRoute',
                example: [{ scoring_route: { path: '/score', port: 5001 } }, { path: '/score', port: 5001 }],
            },
        ],
    },
};
const V2_MODEL_FIELDS = {
    $schema: SCHEMA,
    name: { asset: "the model's name" },
    version: { asset: 'the number the files are registered as (refused if it holds other files); without it, the same files reuse their version' },
    path: { asset: 'the model files, uploaded and registered' },
    type: { arm: [{ to: 'model:properties.modelType', example: ['mlflow_model', 'mlflow_model'] }] },
    description: { arm: [{ to: 'model:properties.description', example: ['ridge v2', 'ridge v2'] }] },
    tags: { arm: [{ to: 'model:properties.tags.stage', example: [{ stage: 'candidate' }, 'candidate'] }] },
    properties: { arm: [{ to: 'model:properties.properties.source', example: [{ source: 'train.py' }, 'train.py'] }] },
    stage: { arm: [{ to: 'model:properties.stage', example: ['Development', 'Development'] }] },
};

;// CONCATENATED MODULE: ./src/config/mapping/batch.ts

// az ml v2 batch YAML (batchEndpoint.schema.json, modelBatchDeployment.schema.json and the legacy
// batch deployment with its settings at the root) and where each field goes in the ARM bodies of
// batchEndpoints / batchDeployments. Names and defaults: MicrosoftDocs/azure-ai-docs,
// articles/machine-learning/reference-yaml-deployment-batch.md and reference-yaml-endpoint-batch.md;
// ARM names: azure-rest-api-specs, BatchDeploymentProperties (api-version 2024-04-01 and later).
const batch_SCHEMA = { mlship: 'names the schema for editors; not sent' };
const DEP = 'batch-deployment:properties';
const PIPELINE = {
    refuse: 'pipeline component batch deployments are not supported yet',
    hint: 'deploy a model batch deployment (type: model, with model, code_configuration, environment and compute)',
};
/** The model, code and environment fields, read as for an online deployment. */
const SHARED_ASSETS = Object.fromEntries(Object.entries(V2_DEPLOYMENT_FIELDS).filter(([field]) => /^(model|environment|code_configuration)(\.|$)/.test(field)));
/** The settings fields, under `settings.` (model deployments) or at the root (the legacy form). */
function settingsFields(prefix) {
    return {
        [`${prefix}mini_batch_size`]: { arm: [{ to: `${DEP}.miniBatchSize`, example: [20, 20] }] },
        [`${prefix}max_concurrency_per_instance`]: { arm: [{ to: `${DEP}.maxConcurrencyPerInstance`, example: [4, 4] }] },
        [`${prefix}output_action`]: { arm: [{ to: `${DEP}.outputAction`, example: ['summary_only', 'SummaryOnly'] }] },
        [`${prefix}output_file_name`]: { arm: [{ to: `${DEP}.outputFileName`, example: ['scores.csv', 'scores.csv'] }] },
        [`${prefix}retry_settings.max_retries`]: { arm: [{ to: `${DEP}.retrySettings.maxRetries`, example: [5, 5] }] },
        [`${prefix}retry_settings.timeout`]: { arm: [{ to: `${DEP}.retrySettings.timeout`, example: [90, 'PT1M30S'] }] },
        [`${prefix}error_threshold`]: { arm: [{ to: `${DEP}.errorThreshold`, example: [10, 10] }] },
        [`${prefix}logging_level`]: { arm: [{ to: `${DEP}.loggingLevel`, example: ['debug', 'Debug'] }] },
        [`${prefix}environment_variables`]: { arm: [{ to: `${DEP}.environmentVariables.REGION`, example: [{ REGION: 'eu' }, 'eu'] }] },
    };
}
const V2_BATCH_ENDPOINT_FIELDS = {
    $schema: batch_SCHEMA,
    name: { mlship: "the endpoint's name (in its ARM path)" },
    description: { arm: [{ to: 'batch-endpoint:properties.description', example: ['nightly scores', 'nightly scores'] }] },
    tags: { arm: [{ to: 'batch-endpoint:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
    properties: { arm: [{ to: 'batch-endpoint:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
    auth_mode: { arm: [{ to: 'batch-endpoint:properties.authMode', example: ['aad_token', 'AADToken'] }] },
    'defaults.deployment_name': {
        refuse: 'mlship chooses the default deployment: the first one, and another only when it is deployed with --make-default',
        hint: 'remove defaults; deploy the deployment that should take the jobs with --make-default',
    },
};
const V2_BATCH_DEPLOYMENT_FIELDS = {
    $schema: batch_SCHEMA,
    name: { mlship: "the deployment's name (in its ARM path)" },
    endpoint_name: { mlship: "the endpoint's name (in its ARM path)" },
    type: { ...PIPELINE, unless: (value) => String(value).toLowerCase() === 'model' },
    description: { arm: [{ to: `${DEP}.description`, example: ['nightly ridge', 'nightly ridge'] }] },
    tags: { arm: [{ to: 'batch-deployment:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
    properties: { arm: [{ to: `${DEP}.properties.owner`, example: [{ owner: 'risk' }, 'risk'] }] },
    ...SHARED_ASSETS,
    'code_configuration.scoring_script': { arm: [{ to: `${DEP}.codeConfiguration.scoringScript`, example: ['score.py', 'score.py'] }] },
    compute: {
        arm: [
            {
                to: `${DEP}.compute`,
                example: ['azureml:cpu-cluster', '/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w/computes/cpu-cluster'],
            },
        ],
    },
    'resources.instance_count': { arm: [{ to: `${DEP}.resources.instanceCount`, example: [3, 3] }] },
    'resources.instance_type': { arm: [{ to: `${DEP}.resources.instanceType`, example: ['Standard_DS3_v2', 'Standard_DS3_v2'] }] },
    'resources.properties': { arm: [{ to: `${DEP}.resources.properties.priority`, example: [{ priority: 'low' }, 'low'] }] },
    ...settingsFields('settings.'),
    ...settingsFields(''),
    'settings.default_compute': PIPELINE,
    'settings.continue_on_step_failure': PIPELINE,
    component: PIPELINE,
    job_definition: PIPELINE,
};

;// CONCATENATED MODULE: ./src/config/mapping/v1.ts

// v1 deploymentconfig.json / inferenceconfig.json fields (azureml-core's AciWebservice,
// AksWebservice, LocalWebservice and InferenceConfig), and where each goes on Azure ML v2.
const DOCKER_RUN = 'a docker-run setting of v1 local deployments; Azure ML v2 runs its own containers';
const REGISTRY = {
    refuse: 'registry credentials are not passed on: Azure ML v2 pulls images with the workspace identity',
    hint: "grant the workspace's managed identity AcrPull on that registry and remove the registry settings",
};
const PROBE = 'deployment:properties.livenessProbe';
const V1_DEPLOYMENT_FIELDS = {
    computeType: { mlship: 'the target: LOCAL, ACI (managed online endpoint) or AKS (Kubernetes online endpoint)' },
    port: { mlship: "the local target's port; Azure chooses its own" },
    'containerResourceRequirements.cpu': {
        arm: [
            { to: 'deployment:properties.instanceType', target: 'aci', example: [4, 'Standard_F4s_v2'] },
            { to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.cpu', target: 'aks', example: [1.5, '1.5'] },
        ],
    },
    'containerResourceRequirements.memoryInGB': {
        arm: [
            { to: 'deployment:properties.instanceType', target: 'aci', example: [20, 'Standard_DS4_v2'] },
            { to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.memory', target: 'aks', example: [3, '3072Mi'] },
        ],
    },
    // On ACI a GPU count is refused by the reader: a managed endpoint's GPUs come with its instance type.
    'containerResourceRequirements.gpu': {
        arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.gpu', target: 'aks', example: [1, '1'] }],
    },
    'containerResourceRequirements.cpuLimit': {
        arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceLimits.cpu', target: 'aks', example: [2, '2'] }],
    },
    'containerResourceRequirements.memoryInGBLimit': {
        arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceLimits.memory', target: 'aks', example: [2.5, '2560Mi'] }],
    },
    cpuCores: { arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.cpu', target: 'aks', example: [2, '2'] }] },
    memoryGb: { arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.memory', target: 'aks', example: [1, '1024Mi'] }] },
    gpuCores: { arm: [{ to: 'deployment:properties.containerResourceRequirements.containerResourceRequests.gpu', target: 'aks', example: [2, '2'] }] },
    authEnabled: { arm: [{ to: 'endpoint:properties.authMode', example: [true, 'Key'] }] },
    tokenAuthEnabled: { arm: [{ to: 'endpoint:properties.authMode', example: [true, 'AMLToken'] }] },
    sslEnabled: { warn: 'Azure ML v2 endpoints are always served over TLS', unless: isFalse },
    sslCertificate: { warn: 'Azure ML v2 endpoints use an Azure-managed certificate' },
    sslKey: { warn: 'Azure ML v2 endpoints use an Azure-managed certificate' },
    sslCname: { warn: 'Azure ML v2 endpoints are served on an Azure-assigned host name' },
    dnsNameLabel: { warn: 'Azure ML v2 endpoints are served on an Azure-assigned host name' },
    appInsightsEnabled: { arm: [{ to: 'deployment:properties.appInsightsEnabled', example: [true, true] }] },
    enableAppInsights: { arm: [{ to: 'deployment:properties.appInsightsEnabled', example: [true, true] }] },
    collectModelData: {
        refuse: 'model data collection is the v2 data collector, which mlship does not configure',
        hint: 'remove it (or set it to false); log inputs and outputs from score.py with the azureml-ai-monitoring package',
        unless: isFalse,
    },
    location: { arm: [{ to: 'endpoint:location', example: ['northeurope', 'northeurope'] }] },
    description: { arm: [{ to: 'endpoint:properties.description', example: ['fraud scoring', 'fraud scoring'] }] },
    tags: {
        arm: [
            { to: 'endpoint:tags.team', example: [{ team: 'fraud' }, 'fraud'] },
            { to: 'deployment:tags.team', example: [{ team: 'fraud' }, 'fraud'] },
        ],
    },
    properties: { arm: [{ to: 'deployment:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
    primaryKey: { mlship: 'the local target serves with it; Azure generates its own keys (a warning says so)' },
    secondaryKey: { mlship: 'the local target serves with it; Azure generates its own keys (a warning says so)' },
    keys: { mlship: 'the local target serves with them; Azure generates its own keys (a warning says so)' },
    'autoScaler.autoscaleEnabled': {
        arm: [{ to: 'deployment:properties.scaleSettings.scaleType', target: 'aks', example: [true, 'TargetUtilization'] }],
    },
    'autoScaler.minReplicas': {
        arm: [
            { to: 'deployment:properties.scaleSettings.minInstances', target: 'aks', example: [2, 2] },
            { to: 'deployment:sku.capacity', target: 'aks', example: [2, 2] },
        ],
    },
    'autoScaler.maxReplicas': { arm: [{ to: 'deployment:properties.scaleSettings.maxInstances', target: 'aks', example: [5, 5] }] },
    'autoScaler.refreshPeriodInSeconds': { arm: [{ to: 'deployment:properties.scaleSettings.pollingInterval', target: 'aks', example: [5, 'PT5S'] }] },
    'autoScaler.targetUtilization': { arm: [{ to: 'deployment:properties.scaleSettings.targetUtilizationPercentage', target: 'aks', example: [60, 60] }] },
    numReplicas: { arm: [{ to: 'deployment:sku.capacity', example: [3, 3] }] },
    scoringTimeoutMs: { arm: [{ to: 'deployment:properties.requestSettings.requestTimeout', example: [90_500, 'PT1M30.5S'] }] },
    maxConcurrentRequestsPerContainer: { arm: [{ to: 'deployment:properties.requestSettings.maxConcurrentRequestsPerInstance', example: [4, 4] }] },
    maxQueueWaitMs: { arm: [{ to: 'deployment:properties.requestSettings.maxQueueWait', example: [500, 'PT0.5S'] }] },
    'livenessProbeRequirements.failureThreshold': { arm: [{ to: `${PROBE}.failureThreshold`, example: [5, 5] }] },
    'livenessProbeRequirements.successThreshold': { arm: [{ to: `${PROBE}.successThreshold`, example: [2, 2] }] },
    'livenessProbeRequirements.timeoutSeconds': { arm: [{ to: `${PROBE}.timeout`, example: [3, 'PT3S'] }] },
    'livenessProbeRequirements.periodSeconds': { arm: [{ to: `${PROBE}.period`, example: [20, 'PT20S'] }] },
    'livenessProbeRequirements.initialDelaySeconds': { arm: [{ to: `${PROBE}.initialDelay`, example: [30, 'PT30S'] }] },
    namespace: { mlship: "must be the Kubernetes compute's namespace, which is set when the cluster is attached: checked before anything is created" },
    computeTarget: { mlship: "the Kubernetes compute (aks); its ARM id becomes the endpoint's compute" },
    computeTargetName: { mlship: "the Kubernetes compute (aks); its ARM id becomes the endpoint's compute" },
    osType: {
        refuse: 'Azure ML online endpoints run Linux containers only',
        hint: 'remove osType',
        unless: (v) => String(v).toLowerCase() === 'linux',
    },
    vnetName: {
        refuse: 'v1 ACI virtual networks do not exist in v2',
        hint: "remove it; v2 managed endpoints reach private resources through the workspace's managed network",
    },
    subnetName: {
        refuse: 'v1 ACI virtual networks do not exist in v2',
        hint: "remove it; v2 managed endpoints reach private resources through the workspace's managed network",
    },
    cmkVaultBaseUrl: {
        refuse: "customer-managed keys are the workspace's encryption setting in v2",
        hint: 'remove the cmk* settings; set encryption on the workspace',
    },
    cmkKeyName: {
        refuse: "customer-managed keys are the workspace's encryption setting in v2",
        hint: 'remove the cmk* settings; set encryption on the workspace',
    },
    cmkKeyVersion: {
        refuse: "customer-managed keys are the workspace's encryption setting in v2",
        hint: 'remove the cmk* settings; set encryption on the workspace',
    },
    isDefault: {
        refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
        hint: "remove it; use deploy-model's traffic input",
    },
    isControlVersion: {
        refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
        hint: "remove it; use deploy-model's traffic input",
    },
    trafficPercentile: {
        refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
        hint: "remove it; use deploy-model's traffic input",
    },
    version: {
        refuse: 'v1 AKS endpoint versions are not used: mlship moves traffic between deployments itself',
        hint: 'remove it; the deployment name says which one it is',
    },
};
const V1_INFERENCE_FIELDS = {
    entryScript: { arm: [{ to: 'deployment:properties.codeConfiguration.scoringScript', example: ['score.py', 'score.py'] }] },
    sourceDirectory: { asset: 'the folder uploaded as the deployment code (codeConfiguration.codeId)' },
    runtime: {
        refuse: 'only Python scoring scripts can be served',
        hint: 'remove runtime, or set it to python',
        unless: (v) => String(v).toLowerCase() === 'python',
    },
    condaFile: { asset: "the environment's conda file" },
    extraDockerfileSteps: {
        warn: 'Azure ML v2 builds an environment from an image and a conda file',
        hint: 'put the steps in a Dockerfile and use a v2 environment with build.path',
    },
    extraDockerFileSteps: {
        warn: 'Azure ML v2 builds an environment from an image and a conda file',
        hint: 'put the steps in a Dockerfile and use a v2 environment with build.path',
    },
    enableGpu: {
        warn: 'GPU settings are legacy v1 keys',
        hint: 'on Azure, choose a GPU instance type (instance-type input); the local target runs on the CPU',
        unless: isFalse,
    },
    cudaVersion: {
        warn: 'GPU settings are legacy v1 keys',
        hint: 'on Azure, choose a GPU instance type (instance-type input); the local target runs on the CPU',
    },
    baseImage: {
        arm: [
            {
                to: 'environment:properties.image',
                example: ['mcr.microsoft.com/azureml/minimal-py311-inference:latest', 'mcr.microsoft.com/azureml/minimal-py311-inference:latest'],
            },
        ],
    },
    baseImageRegistry: REGISTRY,
    description: { arm: [{ to: 'environment:properties.description', example: ['ridge scoring', 'ridge scoring'] }] },
    schemaFile: { warn: 'the inference-schema decorators in score.py describe the API (swagger.json) in v2', hint: 'remove schemaFile' },
    dependencies: { warn: 'extra files for the v1 image are not copied', hint: 'put them in sourceDirectory, which is uploaded with the code' },
    'environment.name': { asset: "the environment's name" },
    'environment.version': { asset: "the environment's version" },
    'environment.environmentVariables': { arm: [{ to: 'deployment:properties.environmentVariables.MODE', example: [{ MODE: 'strict' }, 'strict'] }] },
    'environment.inferencingStackVersion': { warn: 'Azure ML v2 has no separate inferencing stack version' },
    'environment.assetId': { warn: 'a read-only field of a registered v1 environment' },
    'environment.isLatest': { warn: 'a read-only field of a registered v1 environment' },
    'environment.r': { refuse: 'R environments cannot serve an online endpoint', hint: 'remove it; score.py runs in Python' },
    'environment.spark': { refuse: 'Spark environments cannot serve an online endpoint', hint: 'remove it' },
    'environment.databricks': { refuse: 'Databricks environments cannot serve an online endpoint', hint: 'remove it' },
    'environment.python.userManagedDependencies': { asset: 'true: the image holds every package; no conda file is built (mlship installs nothing locally)' },
    'environment.python.interpreterPath': { mlship: "the local target's Python interpreter" },
    'environment.python.condaDependenciesFile': { asset: "the environment's conda file" },
    'environment.python.condaDependencies': { asset: "the environment's conda file" },
    'environment.python.baseCondaEnvironment': { warn: 'v1 base conda environments are not part of v2 environments' },
    'environment.docker.enabled': { warn: DOCKER_RUN, unless: isFalse },
    'environment.docker.baseImage': { arm: [{ to: 'environment:properties.image', example: ['python:3.11-slim', 'python:3.11-slim'] }] },
    'environment.docker.baseDockerfile': {
        refuse: 'an inline Dockerfile is not a v2 environment',
        hint: 'put it in a folder and use a v2 environment with build.path',
    },
    'environment.docker.baseImageRegistry': REGISTRY,
    'environment.docker.sharedVolumes': { warn: DOCKER_RUN, unless: isFalse },
    'environment.docker.shmSize': { warn: DOCKER_RUN },
    'environment.docker.arguments': { warn: DOCKER_RUN },
    'environment.docker.gpuSupport': { warn: DOCKER_RUN, unless: isFalse },
    'environment.docker.platform': { warn: DOCKER_RUN },
    'environment.docker.buildContext': { refuse: 'a v1 Docker build context is not a v2 environment', hint: 'use a v2 environment with build.path' },
};

;// CONCATENATED MODULE: ./src/config/mapping/index.ts



/** The one table of where every config field goes (see rules.ts), by kind of file. */
const FIELD_MAPS = {
    'v1-deployment-config': V1_DEPLOYMENT_FIELDS,
    'v1-inference-config': V1_INFERENCE_FIELDS,
    'v2-online-deployment': V2_DEPLOYMENT_FIELDS,
    'v2-online-endpoint': V2_ENDPOINT_FIELDS,
    'v2-environment': V2_ENVIRONMENT_FIELDS,
    'v2-model': V2_MODEL_FIELDS,
    'v2-batch-endpoint': V2_BATCH_ENDPOINT_FIELDS,
    'v2-batch-deployment': V2_BATCH_DEPLOYMENT_FIELDS,
};



/***/ }),

/***/ 74922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ MAX_CONFIG_BYTES),
  Bu: () => (/* binding */ parseConfigText),
  g$: () => (/* binding */ tooLarge)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/json-position.ts
var json_position = __webpack_require__(85564);
;// CONCATENATED MODULE: ./src/config/nesting.ts
/**
 * How deeply a config file nests, measured on its text before any parser sees it: parsers (and
 * every walk over the parsed value) recurse once per level, and a file of thousands of levels
 * would end in "Maximum call stack size exceeded". Real configs nest fewer than ten levels.
 */
const MAX_NESTING = 64;
/**
 * The first place (offset) where the text nests deeper than `limit`, counting brackets outside
 * quoted strings (JSON, YAML flow style) and, for YAML block style, indentation levels and
 * `- ` sequence markers. Linear in the text; no recursion.
 */
function tooDeepAt(text, limit = MAX_NESTING) {
    let brackets = 0;
    let quote;
    const indents = [];
    let lineStart = 0;
    for (let i = 0; i <= text.length; i += 1) {
        const c = text[i];
        if (i === lineStart && !quote && brackets === 0) {
            const depth = blockDepth(text, i, indents);
            if (depth > limit)
                return i;
        }
        if (c === '\n' || c === undefined) {
            lineStart = i + 1;
            continue;
        }
        if (quote) {
            if (c === '\\' && quote === '"')
                i += 1;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || (c === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' ')))
            quote = c;
        else if (c === '#' && /\s/.test(text[i - 1] ?? ' '))
            i = skipToLineEnd(text, i) - 1;
        else if (c === '[' || c === '{') {
            brackets += 1;
            if (brackets + indents.length > limit)
                return i;
        }
        else if ((c === ']' || c === '}') && brackets > 0)
            brackets -= 1;
    }
    return undefined;
}
function skipToLineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
}
/** Block nesting at a line start: the stack of open indentations, plus `- - -` on the line. */
function blockDepth(text, start, indents) {
    let i = start;
    while (text[i] === ' ')
        i += 1;
    const c = text[i];
    if (c === undefined || c === '\n' || c === '#' || c === '\r')
        return indents.length;
    const indent = i - start;
    while (indents.length && indents[indents.length - 1] >= indent)
        indents.pop();
    indents.push(indent);
    let dashes = 0;
    while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
        dashes += 1;
        i += 2;
        while (text[i] === ' ')
            i += 1;
    }
    return indents.length + dashes;
}

;// CONCATENATED MODULE: ./src/config/parse.ts




/**
 * Parses JSON or YAML (Azure's v1 CLI took either for the same files). JSON gets a strict
 * JSON parse first: YAML would accept a trailing comma or a missing quote that Azure refuses.
 * @throws ConfigError with the line of the syntax error and how to fix it.
 */
function parseConfigText(file, rawText) {
    const text = rawText.replace(/^\uFEFF/, '');
    if (Buffer.byteLength(text) > MAX_CONFIG_BYTES)
        throw tooLarge(file, Buffer.byteLength(text));
    const lineCounter = new dist/* LineCounter */.HN();
    const deep = tooDeepAt(text);
    if (deep !== undefined) {
        const line = text.slice(0, deep).split('\n').length;
        throw new errors/* ConfigError */.xL(`${file} nests too deeply.`, [
            {
                file,
                line,
                col: deep - text.lastIndexOf('\n', deep - 1),
                message: `is nested more than ${MAX_NESTING} levels deep; mlship reads config files of at most ${MAX_NESTING} levels`,
                hint: 'check that this is the config file you meant: deployment configs nest a few levels',
                severity: 'error',
            },
        ]);
    }
    if (/\.json$/i.test(file) || /^\s*[{[]/.test(text))
        checkJsonSyntax(file, text);
    // Duplicate keys are found below in one pass: yaml's own uniqueKeys check compares every key with every other.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const syntax = doc.errors[0];
    const fail = (offset, message, hint) => {
        const pos = lineCounter.linePos(offset);
        return new errors/* ConfigError */.xL(`${file} is not valid YAML.`, [{ file, line: pos.line, col: pos.col, message, severity: 'error', hint }]);
    };
    if (syntax?.code === 'MULTIPLE_DOCS')
        throw fail(syntax.pos[0], 'holds several YAML documents (separated by ---); mlship reads one document per file', 'split it into one file per document (deployment, endpoint, environment), and pass each');
    if (syntax)
        throw fail(syntax.pos[0], firstLine(syntax.message), yamlHint(syntax.code));
    const duplicate = firstDuplicateKey(doc);
    if (duplicate)
        throw fail(duplicate.offset, `the key "${duplicate.key}" appears twice in this mapping`, yamlHint('DUPLICATE_KEY'));
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (err) {
        // yaml refuses alias expansion past the limit ("billion laughs"); the file is hostile or broken.
        throw fail(0, `cannot be read: ${err.message}`, 'expand the YAML aliases (*name) by hand; mlship accepts at most 100 alias uses');
    }
    const parsed = {
        file,
        data,
        locate: (path, key) => locateIn(doc, lineCounter, path, key),
        sourceText: (path) => {
            const node = doc.getIn(path, true);
            return (0,dist/* isScalar */.jn)(node) && node.source !== undefined ? String(node.source) : undefined;
        },
    };
    const infinite = nonFinitePath(data);
    if (infinite) {
        throw new errors/* ConfigError */.xL(`${file} has a number that is not finite.`, [
            {
                file,
                ...parsed.locate(infinite),
                field: infinite.join('.'),
                message: 'is not a finite number (.inf, .nan or an overflow)',
                hint: 'write an ordinary number',
                severity: 'error',
            },
        ]);
    }
    return parsed;
}
/** Config files are small; anything larger is a mistake or an attack, refused before it is parsed. */
const MAX_CONFIG_BYTES = 1024 * 1024;
function tooLarge(file, bytes) {
    return new errors/* ConfigError */.xL(`${file} is too large.`, [
        {
            file,
            message: `is ${bytes} bytes; config files may have at most ${MAX_CONFIG_BYTES} (1 MiB)`,
            hint: 'check that this is the config file you meant',
            severity: 'error',
        },
    ]);
}
function firstDuplicateKey(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                if (seen.has(key)) {
                    found = { key, offset: pair.key.range?.[0] ?? 0 };
                    return dist/* visit */.YR.BREAK;
                }
                seen.add(key);
            }
            return undefined;
        },
    });
    return found;
}
/** The path of the first number that is Infinity or NaN (YAML's .inf and .nan, or 1e999). */
function nonFinitePath(value, path = []) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? undefined : path;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i += 1) {
            const found = nonFinitePath(value[i], [...path, i]);
            if (found)
                return found;
        }
    }
    else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
            const found = nonFinitePath(child, [...path, key]);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** Each mapping's pairs by key, built once: looking keys up one by one made 40,000 problems quadratic. */
const pairIndex = new WeakMap();
function pairOf(map, key) {
    let index = pairIndex.get(map);
    if (!index) {
        index = new Map();
        for (const pair of map.items)
            if ((0,dist/* isScalar */.jn)(pair.key) && !index.has(String(pair.key.value)))
                index.set(String(pair.key.value), pair);
        pairIndex.set(map, index);
    }
    return index.get(key);
}
function locateIn(doc, lines, path, key = false) {
    for (let depth = path.length; depth >= 0; depth -= 1) {
        const parentPath = path.slice(0, Math.max(0, depth - 1));
        const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
        const last = path[depth - 1];
        if (depth > 0 && (0,dist/* isMap */.jh)(parent)) {
            const pair = pairOf(parent, String(last));
            const node = pair && (key || !pair.value ? pair.key : pair.value);
            const range = node?.range;
            if (range)
                return lines.linePos(range[0]);
        }
        else if (depth > 0 && (0,dist/* isSeq */.oP)(parent) && typeof last === 'number') {
            const range = parent.items[last]?.range;
            if (range)
                return lines.linePos(range[0]);
        }
        else if (depth === 0) {
            const range = doc.contents?.range;
            return range ? lines.linePos(range[0]) : { line: 1, col: 1 };
        }
    }
    return undefined;
}
function checkJsonSyntax(file, text) {
    try {
        JSON.parse(text);
    }
    catch (err) {
        const message = err.message;
        const at = /position (\d+)/.exec(message);
        // Node names the position on some versions only; the scan gives it on every version.
        let offset = at ? Number(at[1]) : ((0,json_position/* jsonErrorOffset */.O)(text) ?? text.length);
        const missingComma = /Expected ',' or '[}\]]' after (array element|property value)/.test(message);
        // The parser trips on the token after the missing comma; the fix belongs at the end of the
        // value before it, which is where an editor should jump.
        if (missingComma)
            offset = endOfPreviousToken(text, offset);
        const pos = offsetToPosition(text, offset);
        const problem = {
            file,
            line: pos.line,
            col: pos.col,
            message: missingComma ? 'a comma is missing after this value' : `not valid JSON: ${message.replace(/ in JSON at position.*$/, '')}`,
            hint: missingComma ? `add "," at the end of line ${pos.line}` : 'check the brackets, quotes and commas around this point',
            severity: 'error',
        };
        throw new errors/* ConfigError */.xL(`${file} is not valid JSON.`, [problem]);
    }
}
function endOfPreviousToken(text, offset) {
    let i = offset - 1;
    while (i > 0 && /\s/.test(text[i]))
        i -= 1;
    return i + 1;
}
function offsetToPosition(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const col = offset - before.lastIndexOf('\n');
    return { line, col };
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
function yamlHint(code) {
    const hints = {
        DUPLICATE_KEY: 'each key may appear once in a mapping: remove or rename the repeated one',
        BAD_INDENT: 'indent nested keys with spaces, consistently (two spaces is usual)',
        TAB_AS_INDENT: 'YAML does not allow tabs for indentation: use spaces',
        MISSING_CHAR: 'a quote or bracket is not closed',
        MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote values that contain ": "',
    };
    return hints[code];
}


/***/ }),

/***/ 42784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** Closest candidate to a mistyped key, or undefined when none is plausibly what was meant. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const c = candidate.toLowerCase();
        const distance = c === lower ? 0 : c.startsWith(lower) || lower.startsWith(c) ? 1 : editDistance(lower, c);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Allow roughly one typo per four letters: close enough to be a slip, far enough to avoid nonsense.
    return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 72196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ resourceName),
/* harmony export */   M6: () => (/* binding */ fromV2Model),
/* harmony export */   To: () => (/* binding */ deploymentAssets),
/* harmony export */   kC: () => (/* binding */ fromV2Environment),
/* harmony export */   n$: () => (/* binding */ modelFromText),
/* harmony export */   q0: () => (/* binding */ fromV2Endpoint),
/* harmony export */   sk: () => (/* binding */ fromV2Deployment)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_model_ref_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12299);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95880);
/* harmony import */ var _conda_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64473);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80577);
/* harmony import */ var _fragment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84680);
/* harmony import */ var _mapping_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14313);









/** An endpoint or deployment name from a file, checked against Azure's rule at its line. */
function resourceName(ctx, path, value) {
    const name = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(value);
    const problem = name === undefined ? undefined : (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)(name);
    if (problem)
        ctx.error(path, problem, 'endpoint and deployment names are 3-32 letters, digits and hyphens, starting with a letter');
    return name;
}
/** A model given on the command line or as an input: an existing path, or a registered reference. */
function modelFromText(value, label) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value))
        return { kind: 'path', path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value) };
    const ref = (0,_engine_model_ref_js__WEBPACK_IMPORTED_MODULE_7__/* .parseModelReference */ .q)(value);
    if (!ref)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${label} is "${value}": not an existing path, and not name:version or name@latest`);
    return ref;
}
function environmentFrom(ctx, path, env) {
    const condaPath = [...path, 'conda_file'];
    let conda = typeof env.conda_file === 'object' && env.conda_file ? (0,_conda_js__WEBPACK_IMPORTED_MODULE_4__/* .summariseConda */ .A)(env.conda_file) : undefined;
    if (typeof env.conda_file === 'string')
        conda = (0,_conda_js__WEBPACK_IMPORTED_MODULE_4__/* .readCondaFile */ .m)(ctx, condaPath, ctx.reference(condaPath, env.conda_file, 'file'));
    const build = env.build;
    if (conda)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPipRequirements */ .K)(ctx, condaPath, conda.pipPackages);
    if (env.os_type && String(env.os_type).toLowerCase() !== 'linux')
        ctx.error([...path, 'os_type'], 'Azure ML online endpoints run Linux containers only', 'remove os_type, or set it to linux');
    return {
        ...(0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({
            name: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asAssetName */ .qm)(ctx, [...path, 'name'], env.name),
            version: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asAssetName */ .qm)(ctx, [...path, 'version'], env.version, 'version'),
            image: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asImage */ .qX)(ctx, [...path, 'image'], env.image),
            pythonVersion: conda?.pythonVersion,
            buildContext: build?.path ? ctx.reference([...path, 'build', 'path'], String(build.path), 'folder') : undefined,
            dockerfilePath: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(build?.dockerfile_path),
            description: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(env.description),
            tags: env.tags ? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asTags */ .Sk)(ctx, [...path, 'tags'], env.tags) : undefined,
            inferenceConfig: routesOf(env.inference_config),
            osType: env.os_type ? 'Linux' : undefined,
        }),
        pipPackages: conda?.pipPackages ?? [],
        condaChannels: conda?.channels ?? [],
        environmentVariables: {},
        userManaged: false,
        source: ctx.parsed.file,
    };
}
function fromV2Environment(ctx) {
    const doc = ctx.parsed.data;
    if (!doc.image && !doc.build)
        ctx.error([], 'an environment needs `image` (with an optional conda_file) or `build.path`');
    return { environment: environmentFrom(ctx, [], doc) };
}
function fromV2Model(ctx) {
    const doc = ctx.parsed.data;
    return { model: pathModel(ctx, [], doc) };
}
/** A model given by its files, with what its registration carries (type, description, tags, stage). */
function pathModel(ctx, path, m) {
    return {
        kind: 'path',
        path: ctx.reference([...path, 'path'], String(m.path), 'any'),
        ...(0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({
            name: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asAssetName */ .qm)(ctx, [...path, 'name'], m.name),
            version: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asAssetName */ .qm)(ctx, [...path, 'version'], m.version, 'version'),
            modelType: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(m.type),
            description: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(m.description),
            tags: m.tags ? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asTags */ .Sk)(ctx, [...path, 'tags'], m.tags) : undefined,
            properties: m.properties ? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asStringMap */ ._T)(ctx, [...path, 'properties'], m.properties) : undefined,
            stage: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(m.stage),
        }),
    };
}
/** ARM's inference container routes from az ml's `inference_config` (snake_case to camelCase). */
function routesOf(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const routes = {};
    for (const [key, route] of Object.entries(value)) {
        if (!route || typeof route !== 'object')
            continue;
        const name = key.replace(/_([a-z])/g, (_m, c) => c.toUpperCase());
        routes[name] = (0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({ path: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(route.path), port: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(route.port) });
    }
    return routes;
}
function fromV2Endpoint(ctx) {
    const doc = ctx.parsed.data;
    // Traffic is mlship's to move (after the smoke test, with rollback); a second source would be silently overruled.
    // traffic and mirror_traffic are refused by the field table (mapping/v2.ts).
    return {
        endpoint: (0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({
            name: resourceName(ctx, ['name'], doc.name),
            authMode: ((0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.auth_mode) ?? 'key'),
            description: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.description),
            tags: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asTags */ .Sk)(ctx, ['tags'], doc.tags),
            properties: doc.properties ? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asStringMap */ ._T)(ctx, ['properties'], doc.properties) : undefined,
            publicNetworkAccess: networkAccess(doc.public_network_access),
            identity: identityOf(ctx, doc.identity),
            kind: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.kind),
        }),
        deployment: (0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({ compute: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.compute) }),
    };
}
/** az ml's `enabled`/`disabled` as ARM's `Enabled`/`Disabled`. */
function networkAccess(value) {
    const text = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(value)?.toLowerCase();
    return text === 'enabled' ? 'Enabled' : text === 'disabled' ? 'Disabled' : undefined;
}
/** az ml's endpoint identity (`system_assigned`, or `user_assigned` with resource ids) as ARM's. */
function identityOf(ctx, value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const doc = value;
    const type = String(doc.type ?? 'system_assigned').toLowerCase();
    if (type === 'system_assigned')
        return { type: 'SystemAssigned' };
    if (type !== 'user_assigned') {
        ctx.error(['identity', 'type'], `"${doc.type}" is not an identity type mlship sets`, 'use system_assigned or user_assigned');
        return undefined;
    }
    const ids = (Array.isArray(doc.user_assigned_identities) ? doc.user_assigned_identities : [])
        .map((entry) => (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(entry?.resource_id))
        .filter((id) => !!id);
    if (!ids.length)
        ctx.error(['identity', 'user_assigned_identities'], 'a user-assigned identity needs its resource_id', 'list each identity as - resource_id: /subscriptions/…');
    return { type: 'UserAssigned', userAssigned: ids };
}
function probe(value) {
    if (!value)
        return undefined;
    return {
        initialDelaySeconds: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(value.initial_delay) ?? 10,
        periodSeconds: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(value.period) ?? 10,
        timeoutSeconds: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(value.timeout) ?? 2,
        failureThreshold: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(value.failure_threshold) ?? 30,
        successThreshold: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(value.success_threshold) ?? 1,
    };
}
/** Kubernetes quantities: `0.5`, `500m` CPU; `512Mi`, `1Gi`, `1G` memory. */
function cpuQuantity(value) {
    const text = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(value);
    if (!text)
        return undefined;
    return text.endsWith('m') ? Number(text.slice(0, -1)) / 1000 : Number(text);
}
function memoryGb(value) {
    const match = /^([\d.]+)\s*(Ki|Mi|Gi|Ti|K|M|G|T)?$/.exec((0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(value) ?? '');
    if (!match)
        return undefined;
    // Decimal suffixes are powers of ten bytes (Kubernetes' quantities): 1G is 0.93 GiB.
    const factor = {
        Ki: 2 ** -20,
        Mi: 2 ** -10,
        Gi: 1,
        Ti: 2 ** 10,
        K: 1e3 / 2 ** 30,
        M: 1e6 / 2 ** 30,
        G: 1e9 / 2 ** 30,
        T: 1e12 / 2 ** 30,
    };
    return Number(match[1]) * (match[2] ? factor[match[2]] : 2 ** -30);
}
/** A deployment's model, code and environment (online and batch deployments write them alike). */
function deploymentAssets(ctx, doc) {
    const fragment = {};
    if (typeof doc.model === 'string') {
        fragment.model = (0,_engine_model_ref_js__WEBPACK_IMPORTED_MODULE_7__/* .parseModelReference */ .q)(doc.model);
        if (!fragment.model)
            ctx.error(['model'], `"${doc.model}" is not a model reference`, 'use azureml:<name>:<version>, azureml:<name>@latest, or a mapping with path:');
    }
    else if (doc.model) {
        const m = doc.model;
        fragment.model = m.path
            ? pathModel(ctx, ['model'], m)
            : {
                kind: 'registered',
                name: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asAssetName */ .qm)(ctx, ['model', 'name'], m.name) ?? '',
                version: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asAssetName */ .qm)(ctx, ['model', 'version'], m.version, 'version') ?? 'latest',
            };
    }
    if (doc.code_configuration) {
        const code = doc.code_configuration;
        const directory = ctx.reference(['code_configuration', 'code'], String(code.code), 'folder');
        ctx.reference(['code_configuration', 'scoring_script'], String(code.scoring_script), 'file', directory);
        fragment.code = { directory, entryScript: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .scriptInside */ .I0)(ctx, ['code_configuration', 'scoring_script'], directory, String(code.scoring_script)) };
    }
    if (typeof doc.environment === 'string')
        fragment.environment = {
            reference: doc.environment,
            pipPackages: [],
            condaChannels: [],
            environmentVariables: {},
            userManaged: false,
            source: ctx.parsed.file,
        };
    else if (doc.environment)
        fragment.environment = environmentFrom(ctx, ['environment'], doc.environment);
    return fragment;
}
function fromV2Deployment(ctx) {
    const doc = ctx.parsed.data;
    const fragment = { target: String(doc.type ?? '').toLowerCase() === 'kubernetes' ? 'aks' : undefined, ...deploymentAssets(ctx, doc) };
    const scale = doc.scale_settings;
    const request = (doc.request_settings ?? {});
    const requests = (doc.resources?.requests ?? {});
    const limits = (doc.resources?.limits ?? {});
    const kubernetes = fragment.target === 'aks';
    if (!kubernetes && (0,_mapping_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isSet */ .vM)(doc.resources))
        ctx.error(['resources'], 'container requests and limits apply to Kubernetes deployments only', 'remove resources and choose instance_type, or set type: kubernetes');
    if (kubernetes && (0,_mapping_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isSet */ .vM)(doc.egress_public_network_access))
        ctx.error(['egress_public_network_access'], 'applies to managed deployments only', 'remove it; a Kubernetes cluster sets its own network rules');
    fragment.endpoint = (0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({ name: resourceName(ctx, ['endpoint_name'], doc.endpoint_name) });
    fragment.deployment = (0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({
        name: resourceName(ctx, ['name'], doc.name),
        instanceType: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.instance_type),
        instanceCount: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(doc.instance_count),
        cpu: cpuQuantity(requests.cpu),
        memoryGb: memoryGb(requests.memory),
        gpu: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(requests['nvidia.com/gpu']),
        kubernetesResources: kubernetes ? { requests: quantitiesOf(requests), limits: quantitiesOf(limits) } : undefined,
        description: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.description),
        properties: doc.properties ? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asStringMap */ ._T)(ctx, ['properties'], doc.properties) : undefined,
        egressPublicNetworkAccess: networkAccess(doc.egress_public_network_access),
        scale: scale && String(scale.type) === 'target_utilization'
            ? {
                minInstances: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(scale.min_instances) ?? 1,
                maxInstances: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(scale.max_instances) ?? 1,
                targetUtilization: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(scale.target_utilization_percentage) ?? 70,
                pollingIntervalSeconds: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(scale.polling_interval) ?? 1,
            }
            : undefined,
        requestTimeoutMs: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(request.request_timeout_ms),
        maxConcurrentRequests: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(request.max_concurrent_requests_per_instance),
        maxQueueWaitMs: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asNumber */ .i)(request.max_queue_wait_ms),
        liveness: probe(doc.liveness_probe),
        readiness: probe(doc.readiness_probe),
        environmentVariables: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asEnvironment */ .AI)(ctx, ['environment_variables'], doc.environment_variables),
        appInsights: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asBool */ .XL)(doc.app_insights_enabled),
        tags: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asTags */ .Sk)(ctx, ['tags'], doc.tags),
    });
    return fragment;
}
/** Kubernetes quantities as written (`500m`, `1G`): ARM takes them as they are. */
function quantitiesOf(doc) {
    return (0,_fragment_js__WEBPACK_IMPORTED_MODULE_8__/* .defined */ .s)({ cpu: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.cpu), memory: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc.memory), gpu: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(doc['nvidia.com/gpu']) });
}


/***/ }),

/***/ 63339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ signalChildren),
/* harmony export */   OD: () => (/* binding */ stopChildren),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/**
 * Programs mlship started and has not seen end (pip, python -m venv). Each runs in a process
 * group of its own, so that stopping it stops what it started too (pip's build backends); when
 * mlship is interrupted or exits, every one of them is stopped rather than left running.
 */
const running = new Set();
function trackChild(child) {
    if (!child.pid)
        return;
    running.add(child);
    child.once('exit', () => running.delete(child));
}
/** Signals every running child's process group; returns how many were signalled. */
function signalChildren(signal = 'SIGTERM') {
    let count = 0;
    for (const child of running) {
        try {
            process.kill(-child.pid, signal);
            count += 1;
        }
        catch {
            running.delete(child);
        }
    }
    return count;
}
/** Stops every running child: SIGTERM, then SIGKILL for what is left after `graceMs`. */
async function stopChildren(graceMs = 2000) {
    if (!signalChildren('SIGTERM'))
        return;
    for (let waited = 0; running.size && waited < graceMs; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
    signalChildren('SIGKILL');
}


/***/ }),

/***/ 63338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ cliRunner),
/* harmony export */   T: () => (/* binding */ quietRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _children_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63339);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84964);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17273);




/** The most output of one program either runner keeps for the caller's message. */
const MAX_OUTPUT = 32 << 20;
/** Runs quietly, collecting the output (up to 32 MiB). */
const quietRunner = {
    run: (command, args) => new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, { maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
            resolve({ code, stdout: String(stdout), stderr: String(stderr || (error && code === 127 ? error.message : '')) });
        });
    }),
};
/**
 * The command line's runner: each program in a process group of its own, tracked so that an
 * interrupt or exit stops it (and what it started); with `verbose`, its output streamed line by
 * line as it comes (pip's progress), else collected for the caller's message.
 */
function cliRunner(logger, verbose) {
    return {
        run: (command, args, options) => new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
            (0,_children_js__WEBPACK_IMPORTED_MODULE_1__/* .trackChild */ .yH)(child);
            const collected = { stdout: '', stderr: '' };
            const pending = { stdout: '', stderr: '' };
            if (verbose)
                logger.debug(`$ ${options.title}`);
            // A long install is never silent: a live line on a terminal, a calm "still running" line in a log.
            const started = Date.now();
            let ticks = 0;
            const ticker = setInterval(() => {
                const elapsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Date.now() - started);
                logger.progress?.(`${options.title}: running for ${elapsed}`);
                if (++ticks % (_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .HEARTBEAT_MS */ .m / 1000) === 0)
                    logger.info(`${options.title}: still running after ${elapsed}`);
            }, 1000);
            ticker.unref();
            child.once('close', () => clearInterval(ticker));
            for (const stream of ['stdout', 'stderr']) {
                child[stream].setEncoding('utf8');
                child[stream].on('data', (chunk) => {
                    if (collected[stream].length < MAX_OUTPUT)
                        collected[stream] += chunk;
                    if (!verbose)
                        return;
                    const lines = (pending[stream] + chunk).split('\n');
                    pending[stream] = lines.pop();
                    for (const line of lines)
                        logger.debug(`  ${line}`);
                });
            }
            child.once('error', (err) => resolve({ code: 127, stdout: collected.stdout, stderr: collected.stderr || err.message }));
            child.once('close', (code, signal) => {
                if (verbose)
                    for (const rest of [pending.stdout, pending.stderr])
                        if (rest)
                            logger.debug(`  ${rest}`);
                resolve({ code: code ?? (signal ? 128 + 15 : 1), stdout: collected.stdout, stderr: collected.stderr });
            });
        }),
    };
}


/***/ }),

/***/ 97465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ crashPoint)
/* harmony export */ });
/**
 * A test seam for crash tests: when MLSHIP_TEST_CRASH_AT names this point, the process kills itself
 * with SIGKILL right here, as a cancelled runner or an out-of-memory kill would, with no chance to
 * clean up. Inert otherwise. The crash tests then check that teardown and a redeploy leave no
 * orphan process and no leaked resource.
 */
function crashPoint(name) {
    if (process.env.MLSHIP_TEST_CRASH_AT === name)
        process.kill(process.pid, 'SIGKILL');
}


/***/ }),

/***/ 31831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ roleFor),
/* harmony export */   Nb: () => (/* binding */ formatDiagnosis),
/* harmony export */   h4: () => (/* binding */ diagnose)
/* harmony export */ });
/**
 * Why a deployment failed, said the way an on-call engineer needs it: a class, the cause in one
 * line, the few lines of evidence it rests on, and what to do. The classes, error codes and
 * messages come from Microsoft's troubleshooting guide for online endpoints
 * (MicrosoftDocs/azure-ai-docs, articles/machine-learning/how-to-troubleshoot-online-endpoints.md:
 * "Common deployment errors" and "Common errors specific to Kubernetes deployments") and from the
 * build-log message Azure gives with ImageBuildFailure (the same guide; MicrosoftDocs/azure-docs
 * PR 91296). A cause is named only when a documented code or an unambiguous log line shows it;
 * anything else is "unclassified", with the raw evidence, never a guess dressed as a cause.
 */
const MAX_EVIDENCE = 8;
/** The built-in roles that grant mlship's actions (Azure's built-in roles reference). */
const ROLE_FOR_ACTION = [
    [/Microsoft\.Storage\/storageAccounts\/blobServices\/containers\/blobs\//i, 'Storage Blob Data Contributor on the workspace storage account'],
    [/Microsoft\.MachineLearningServices\/workspaces\/datastores\/listSecrets/i, 'AzureML Data Scientist (or Contributor) on the workspace'],
    [
        /Microsoft\.MachineLearningServices\/workspaces\//i,
        'AzureML Data Scientist on the workspace (it grants every workspace action but creating computes and changing the workspace)',
    ],
];
function roleFor(action) {
    return ROLE_FOR_ACTION.find(([pattern]) => pattern.test(action))?.[1] ?? 'Contributor on the workspace';
}
/** Classifies a failure. Rules go from the most specific evidence (a documented code) to the logs. */
function diagnose(evidence) {
    const code = errorCodes(evidence);
    const message = errorText(evidence);
    const serverLog = [evidence.traceback, evidence.logs?.inferenceServer].filter(Boolean).join('\n');
    const withCode = (d) => ({ ...d, ...(code[0] ? { code: code[0] } : {}), evidence: d.evidence.slice(0, MAX_EVIDENCE) });
    const has = (...codes) => codes.some((c) => code.includes(c));
    if (/startup task failed due to (authorization error|incorrect role assignments)/i.test(message)) {
        return withCode({
            class: 'permission',
            cause: "the endpoint's identity cannot pull the image or read the model and code from the workspace's storage",
            evidence: lines(message),
            fix: "Give the endpoint's user-assigned identity Storage Blob Data Reader on the workspace storage account and AcrPull on its container registry, or use the system-assigned identity (Azure grants those itself).",
        });
    }
    if (has('AuthorizationFailed', 'Forbidden') || /does not have (authorization|permission) to perform action/i.test(message)) {
        const action = /action '([^']+)'/i.exec(message)?.[1];
        return withCode({
            class: 'permission',
            cause: `the identity mlship signs in with may not ${action ? `perform ${action}` : 'do what the deployment needs'}`,
            evidence: lines(message),
            fix: `Grant the sign-in's identity ${action ? roleFor(action) : 'AzureML Data Scientist on the workspace'} (role assignments can take a few minutes to apply), then run again.`,
        });
    }
    if (has('OutOfQuota', 'QuotaExceeded', 'PodUnschedulable') || /not enough quota|kubernetes unschedulable|insufficient (cpu|memory)/i.test(message)) {
        const kubernetes = /kubernetes|unschedulable|nodes are available/i.test(message) || has('PodUnschedulable');
        return withCode({
            class: 'quota',
            cause: kubernetes
                ? "the Kubernetes cluster has no room for the deployment's pods"
                : "the subscription's quota for this instance type in the region does not cover the deployment",
            evidence: [...lines(message), ...(evidence.resources ? [`instance type: ${evidence.resources}`] : [])],
            fix: kubernetes
                ? 'Free or add nodes in the cluster, or ask for less: a smaller instance type (its requests) or fewer instances.'
                : 'Delete unused deployments, deploy fewer instances or a smaller instance type, or request a quota increase (Azure ML quotas page). Managed online endpoints hold 20% more cores than the instances use, for upgrades.',
        });
    }
    if (has('EndpointAlreadyExists')) {
        return withCode({
            class: 'name-taken',
            cause: 'an endpoint of this name already exists where Azure requires the name to be unique',
            evidence: lines(message),
            fix: 'Choose another endpoint name (endpoint-name, or the name in the endpoint YAML); mlship names previews per repository and pull request to avoid this.',
        });
    }
    if (has('ImageBuildFailure') || /image build failed|waiting for environment image/i.test(message))
        return withCode(imageBuild(evidence, message));
    // The kernel's out-of-memory killer ends a process with SIGKILL: Kubernetes reports OOMKilled
    // (exit code 137), a local server a child that exited with code -9.
    const oom = /\bOOMKilled\b|exit code 137\b|\bMemoryError\b|exited with code -9\b/i;
    if (has('PodOutOfMemory') || oom.test(`${message}\n${serverLog}`)) {
        return withCode({
            class: 'out-of-memory',
            cause: 'the scoring container ran out of memory',
            evidence: [
                ...matching(`${message}\n${serverLog}`, oom),
                ...(has('PodOutOfMemory') ? lines(message) : []),
                ...(evidence.resources ? [`instance type: ${evidence.resources}`] : []),
            ],
            fix: "Use an instance type with more memory (or raise the Kubernetes instance type's memory limit), or load less into memory in init().",
        });
    }
    const missing = /(ModuleNotFoundError: No module named '[^']+'|ImportError: [^\n]+)/.exec(serverLog);
    if (has('UserScriptImportError') || missing) {
        const module = /No module named '([^'.]+)/.exec(serverLog)?.[1];
        return withCode({
            class: 'missing-module',
            cause: module ? `score.py imports ${module}, which the environment does not have` : 'score.py imports a package the environment does not have',
            evidence: missing ? traceback(serverLog) : lines(message),
            fix: `Add ${module ? `the package that provides ${module}` : 'the package'} to the environment (conda file's pip list or requirements), or fix the import; mlship up reproduces it on the runner.`,
        });
    }
    if (has('UserScriptInitFailed', 'UserScriptFunctionNotFound') || /Traceback \(most recent call last\)/.test(serverLog)) {
        const last = traceback(serverLog);
        return withCode({
            class: 'init-exception',
            cause: `init() in score.py raised ${/^(\w+(Error|Exception)?):/m.exec(last.at(-1) ?? '')?.[1] ?? 'an exception'}`,
            evidence: last.length ? last : lines(message),
            fix: 'Fix init() (the traceback ends at the line that raised); mlship up runs the same score.py on the runner in seconds.',
        });
    }
    const storage = evidence.logs?.storageInitializer ?? '';
    if (/unable to download user model/i.test(message) || /\b(error|failed|exception)\b/i.test(storage)) {
        return withCode({
            class: 'model-download',
            cause: 'the storage initializer could not download the model or code into the container',
            evidence: [...lines(message), ...matching(storage, /error|failed|exception/i)],
            fix: "Check that the model is registered in this workspace and its files are in the workspace storage, and that the endpoint's identity can read that storage (Storage Blob Data Reader).",
        });
    }
    if (/(liveness|readiness) probe failed/i.test(`${message}\n${serverLog}`) || (evidence.timedOutIn && !message)) {
        return withCode({
            class: 'probe-timeout',
            cause: evidence.timedOutIn
                ? `the deployment was still ${evidence.timedOutIn} when the wait ran out: init() or the container's start takes longer than the timeout`
                : "the container did not answer Azure's health probes in time",
            evidence: [...matching(`${message}\n${serverLog}`, /probe/i), ...(evidence.probes ? [`probe settings: ${evidence.probes}`] : [])],
            fix: "If init() is slow (a large model), raise the readiness/liveness probe's initial_delay or failure_threshold, or use a faster instance type; if it never starts, check the environment (image) and the logs.",
        });
    }
    return withCode({
        class: 'unclassified',
        cause: code[0] ? `Azure reported ${code[0]}, with no evidence mlship can name a cause from` : 'no cause mlship can name from the evidence',
        evidence: [...lines(message), ...lastLines(serverLog, 4)],
        fix: "Read the logs below (mlship logs, or az ml online-deployment get-logs for each container) and Microsoft's troubleshooting guide: https://aka.ms/oe-tsg",
    });
}
/** An image build failure, refined by its build log when mlship could read it. */
function imageBuild(evidence, message) {
    const log = evidence.buildLog ?? '';
    const notFound = /No matching distribution found for ([^\s]+)/.exec(log) ??
        /Could not find a version that satisfies the requirement ([^\s]+)/.exec(log) ??
        /PackagesNotFoundError[\s\S]*?-\s+([^\s]+)/.exec(log) ??
        /ResolvePackageNotFound:\s*\n\s*-\s+([^\s]+)/.exec(log);
    const python = /requires a different Python|Requires-Python|python_requires/i.test(log);
    const conflict = /ResolutionImpossible|UnsatisfiableError|found conflicts|conflicting dependencies/i.test(log);
    const proof = (pattern) => (log ? matching(log, pattern) : lines(message));
    if (notFound)
        return {
            class: 'image-build',
            cause: `the environment's image build failed: package ${notFound[1]} does not exist in that version (or for that Python)`,
            evidence: proof(/No matching distribution|Could not find a version|PackagesNotFoundError|ResolvePackageNotFound|^\s+-\s/),
            fix: `Fix the package name or version of ${notFound[1]} in the conda file or requirements; pinning a version that exists for the image's Python resolves it.`,
        };
    if (python)
        return {
            class: 'image-build',
            cause: "the environment's image build failed: a package does not support the environment's Python version",
            evidence: proof(/requires a different Python|Requires-Python|python_requires/i),
            fix: 'Use a Python version the packages support (end-of-life versions such as 3.6 and 3.7 lose package releases), or pin older package versions.',
        };
    if (conflict)
        return {
            class: 'image-build',
            cause: "the environment's image build failed: the conda or pip dependencies cannot be solved together",
            evidence: proof(/ResolutionImpossible|UnsatisfiableError|conflict/i),
            fix: 'Loosen or align the conflicting version pins in the conda file; mlship up builds the same environment on the runner.',
        };
    return {
        class: 'image-build',
        cause: "the environment's image build failed",
        evidence: [...lines(message), ...lastLines(log, 5)],
        fix: log
            ? 'Read the end of the build log (above); a build that stops at "Installing pip dependencies" is usually a dependency to pin.'
            : 'Read the build log the error names (in the workspace\'s default storage); a build that stops at "Installing pip dependencies" is usually a dependency to pin.',
    };
}
function errorCodes(e) {
    return [e.error?.code, ...(e.error?.details ?? []).map((d) => d.code)].filter((c) => !!c);
}
function errorText(e) {
    return [e.error?.message, ...(e.error?.details ?? []).map((d) => d.message)].filter(Boolean).join('\n');
}
function lines(text) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 4)
        .map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
}
function lastLines(text, count) {
    return text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim())
        .slice(-count);
}
function matching(text, pattern) {
    return text
        .split('\n')
        .filter((l) => pattern.test(l))
        .map((l) => l.trim())
        .slice(0, MAX_EVIDENCE);
}
/** The last traceback in a log: from its header to the exception line, shortened to its end. */
function traceback(text) {
    const all = text.split('\n');
    const start = all.map((l) => /Traceback \(most recent call last\)/.test(l)).lastIndexOf(true);
    const from = start >= 0 ? all.slice(start) : all;
    const end = from.findIndex((l, i) => i > 0 && /^\s*(\w+\.)*\w+(Error|Exception|Exit|Interrupt)\b/.test(l));
    const block = (end >= 0 ? from.slice(0, end + 1) : from)
        .map((l) => l.trimEnd())
        // Python's own import machinery says nothing about the user's code.
        .filter((l) => l.trim() && !/File "<frozen /.test(l));
    return block.length > MAX_EVIDENCE ? [block[0], ...block.slice(-(MAX_EVIDENCE - 1))] : block;
}
/**
 * The diagnosis as text for a log or a CLI: class, cause, evidence, fix. Evidence lines the log
 * printed with it (`shown`) already holds are not repeated.
 */
function formatDiagnosis(d, shown = '') {
    const evidence = d.evidence.filter((line) => !shown.includes(line.trim()));
    const pointer = d.evidence.length && !evidence.length ? ['Evidence: in the log below.'] : [];
    return [
        `Diagnosis: ${d.class}${d.code ? ` (${d.code})` : ''}: ${d.cause}.`,
        ...(evidence.length ? ['Evidence:', ...evidence.map((l) => `  ${l}`)] : pointer),
        `Fix: ${d.fix}`,
    ].join('\n');
}


/***/ }),

/***/ 84964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export MAX_DURATION_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The longest duration mlship accepts: a week (GitHub ends a job after 6 hours, a self-hosted one after 5 days). */
const MAX_DURATION_MS = 7 * 86_400_000;
/**
 * Parses a duration with units (`90s`, `10m`, `1h30m`, `500ms`, `3d`) into milliseconds.
 * A bare number is refused: `10` could mean seconds or minutes, and guessing wrong is costly.
 * @throws ConfigError naming `field` when the text is not a positive duration of at most `maxMs`.
 */
function parseDuration(text, field = 'timeout', maxMs = MAX_DURATION_MS) {
    if (text.length > 64)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}: ${JSON.stringify(text.slice(0, 24))}… (${text.length} characters) is not a duration. Use a number with a unit: 30s, 10m, 1h30m, 3d.`);
    const trimmed = text.trim();
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let total = 0;
    let consumed = 0;
    for (let match = part.exec(trimmed); match; match = part.exec(trimmed)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = part.lastIndex;
    }
    if (trimmed === '' || consumed !== trimmed.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}: ${JSON.stringify(text).slice(0, 40)} is not a duration. Use a number with a unit: 30s, 10m, 1h30m, 3d.`);
    }
    if (total <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}: ${JSON.stringify(text)} is no time at all; give a duration above zero, such as 30s or 10m.`);
    if (!(total <= maxMs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}: ${JSON.stringify(text)} is longer than mlship waits (at most ${formatDuration(maxMs)}); give a shorter duration, such as 30m or 2h.`);
    return Math.round(total);
}
/** Formats milliseconds for people: `850ms`, `12.3s`, `4m05s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    if (ms >= 86_400_000 && ms % 86_400_000 === 0)
        return `${ms / 86_400_000}d`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}


/***/ }),

/***/ 17507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ environmentHash),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   fL: () => (/* binding */ registerEnvironment)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85448);

/** The parts of an environment spec that decide what it is: equal hash, same environment. */
function environmentHash(env) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashJson */ .jM)({
        pip: env.pipPackages,
        python: env.pythonVersion,
        channels: env.condaChannels,
        vars: env.environmentVariables,
        image: env.image,
        userManaged: env.userManaged,
        interpreter: env.interpreterPath,
        build: env.buildContext,
        ref: env.reference,
        dockerfile: env.dockerfilePath,
        inference: env.inferenceConfig,
        description: env.description,
        tags: env.tags,
        os: env.osType,
    });
}
/** The name an environment is registered under: its own, or one derived from its content. */
function environmentName(env, hash = environmentHash(env)) {
    return env.name ?? `mlship-env-${hash.slice(0, 8)}`;
}
/** Registers the environment version for a spec on the target; an unchanged spec reuses its version. */
async function registerEnvironment(ctx, target, env) {
    const hash = environmentHash(env);
    if (env.reference && target.assets.resolveEnvironment) {
        // Named by reference: that environment is what runs, as az ml deploys it.
        const found = await target.assets.resolveEnvironment(env.reference);
        ctx.logger.info(`Environment ${env.reference} is ${found.name}:${found.version}.`);
        return { environmentId: `${found.name}:${found.version}`, name: found.name, version: found.version, reused: true, hash, armId: found.armId };
    }
    const name = environmentName(env, hash);
    // Where the target builds environments itself (local), the build comes first: a version is
    // registered only for an environment that could be built.
    await target.prepareEnvironment?.(env, ctx.logger);
    const registered = await target.assets.registerEnvironment(env, name, hash);
    const id = `${registered.name}:${registered.version}`;
    if (registered.renumbered)
        ctx.logger.warn(`Environment ${name}:${env.version} already exists with other packages; registered this one as ${id}. Raise "version" in the config to choose the number.`);
    ctx.logger.info(registered.reused ? `Environment ${id} matches the spec: reused.` : `Registered environment ${id} (${env.pipPackages.length} pip package(s)).`);
    return { environmentId: id, name: registered.name, version: registered.version, reused: registered.reused, hash, armId: registered.armId };
}


/***/ }),

/***/ 17679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j3: () => (/* binding */ DeadlineError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   wy: () => (/* binding */ ConcurrentChangeError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export MlshipError */
/* harmony import */ var _diagnosis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31831);

/** Formats a problem as `file:line:col field: message (hint)`, the form editors can jump to. */
function formatProblem(p) {
    const where = [p.file, p.line, p.line !== undefined ? p.col : undefined].filter((x) => x !== undefined).join(':');
    const field = p.field ? ` ${p.field}:` : '';
    const hint = p.hint ? `\n    hint: ${p.hint}` : '';
    return `${where}${field} ${p.message}${hint}`;
}
class MlshipError extends Error {
    name = 'MlshipError';
    /** Why a deployment failed, when mlship could gather the evidence (a wait that ended Failed or ran out). */
    diagnosis;
}
/** Input or configuration is invalid. Raised before anything is changed. */
class ConfigError extends MlshipError {
    problems;
    name = 'ConfigError';
    constructor(message, problems = [], options) {
        super(problems.length ? `${message}\n${problems.map(formatProblem).join('\n')}` : message, options);
        this.problems = problems;
    }
}
/** An operation on a target (local process, Azure resource) failed. */
class OperationError extends MlshipError {
    resource;
    logs;
    name = 'OperationError';
    constructor(message, resource, 
    /** Tail of the scoring log or the service's own logs, shown in summaries. */
    logs) {
        super(message);
        this.resource = resource;
        this.logs = logs;
    }
}
/** A resource the user named does not exist (a model version, an endpoint to wait for). */
class NotFoundError extends OperationError {
    name = 'NotFoundError';
}
/**
 * A resource changed between the read a decision was made on and the write (its ETag moved, or
 * what it holds is no longer what was read): writing would overwrite someone else's change.
 */
class ConcurrentChangeError extends OperationError {
    name = 'ConcurrentChangeError';
}
/** The user's deadline passed before the awaited condition held. */
class DeadlineError extends MlshipError {
    lastState;
    logs;
    name = 'DeadlineError';
    constructor(message, lastState, logs) {
        super(message);
        this.lastState = lastState;
        this.logs = logs;
    }
}
/** A remote service (Azure's control plane) answered with an error: its code, message and what to do. */
class ServiceError extends MlshipError {
    name = 'ServiceError';
}
/** A service did not answer at all, after every retry. */
class TransientError extends MlshipError {
    name = 'TransientError';
}
const FILESYSTEM_ADVICE = {
    ENOENT: 'it does not exist; check the path',
    EACCES: "permission denied; check the file's owner and mode",
    EPERM: 'the operation is not permitted',
    ELOOP: 'it is a link in a loop; remove the link',
    ENOSPC: 'the disk is full; free space (or point MLSHIP_HOME at a larger disk)',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder where a file was expected',
    ENOTDIR: 'a part of the path is a file where a folder was expected',
    EMFILE: 'too many files are open',
    ENAMETOOLONG: 'the path is too long',
};
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_SOCKET',
]);
/**
 * The one error taxonomy both the actions and the CLI report by: the user's input, an operation
 * on a target, a deadline, Azure's own error, the file system, the network after retries, and
 * only what is left as a bug in mlship.
 */
function describeError(err) {
    if (err instanceof ConfigError)
        return { kind: 'config', message: err.message };
    if (err instanceof DeadlineError)
        return { kind: 'deadline', message: err.message, logs: err.logs, ...(err.diagnosis ? { diagnosis: err.diagnosis } : {}) };
    if (err instanceof OperationError)
        return { kind: 'operation', message: err.message, logs: err.logs, ...(err.diagnosis ? { diagnosis: err.diagnosis } : {}) };
    if (err instanceof ServiceError)
        return { kind: 'azure', message: err.message, ...serviceDiagnosis(err) };
    if (err instanceof TransientError)
        return { kind: 'network', message: err.message };
    const code = err?.code ?? err?.cause?.code;
    if (code && FILESYSTEM_ADVICE[code]) {
        const e = err;
        return { kind: 'filesystem', message: `cannot ${e.syscall ?? 'use'} ${e.path ?? 'a file'}: ${FILESYSTEM_ADVICE[code]} (${code})` };
    }
    if (code && NETWORK_CODES.has(code))
        return { kind: 'network', message: `a connection failed (${code}): ${errorMessage(err)}. Check the network, then run the step again.` };
    return { kind: 'bug', message: `unexpected error: ${errorMessage(err)}. This is a bug in mlship; please report it with the log above.` };
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Azure refused a write outright (a missing role, no quota, a name taken): the same classes a
 * failed deployment gets, when the error's code names one; nothing for the rest.
 */
function serviceDiagnosis(err) {
    if (err.diagnosis)
        return { diagnosis: err.diagnosis };
    const { code, armMessage } = err;
    if (!code)
        return {};
    const diagnosis = (0,_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnose */ .h4)({ error: { code, message: armMessage ?? err.message } });
    return diagnosis.class === 'unclassified' ? {} : { diagnosis };
}


/***/ }),

/***/ 23755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ neutralise),
/* harmony export */   BD: () => (/* binding */ formatCost),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Bytes for people: `512 B`, `1.5 KiB`, `3.2 MiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** Shortens text for outputs and summaries, saying how much was cut. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
/**
 * Text from a user's file, a score.py log or Azure, made safe to print on a runner: a line that the
 * runner would read as a workflow command (`::name::`, or the legacy `##[name]`, after any leading
 * whitespace) gets a space inside its marker, and control characters other than newline and tab are
 * shown as `\xNN`, so neither the runner nor a terminal acts on them.
 * The runner trims leading whitespace before matching commands (actions/runner ActionCommand.TryParseV2).
 */
function neutralise(text) {
    return text
        .replace(/\r\n/g, '\n')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .split('\n')
        .map((line) => line.replace(/^(\s*)(::|##\[)/, (_m, space, marker) => `${space}${marker === '::' ? ': :' : '# #['}`))
        .join('\n');
}
/** An hourly cost: "0.586 USD/hour", "2.34 USD/hour". */
function formatCost(amount, currency) {
    return `${amount < 1 ? amount.toFixed(3) : amount.toFixed(2)} ${currency}/hour`;
}


/***/ }),

/***/ 85448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ hashAsset),
/* harmony export */   Cm: () => (/* binding */ linkTarget),
/* harmony export */   IT: () => (/* binding */ modelIdentity),
/* harmony export */   Kn: () => (/* binding */ sortedByLowerCase),
/* harmony export */   iu: () => (/* binding */ hashFileSync),
/* harmony export */   jM: () => (/* binding */ hashJson)
/* harmony export */ });
/* unused harmony exports listAssetFiles, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);
/* harmony import */ var _ignore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28218);






const CHUNK = 1 << 20;
/**
 * Lists the files of a model or code asset (a file, or a folder minus `.amlignore`/`.gitignore`
 * matches; symbolic links followed) in the order Azure's CLI hashes them. Synchronous file-system
 * calls on purpose: nothing else runs meanwhile, and an awaited call per file (about 200 us each)
 * is what made folders of thousands of small files slow.
 */
async function listAssetFiles(path) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(path);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${path} cannot be read (${err.code}): give an existing model or code file or folder`);
    }
    if (info.isFile())
        return { files: [{ absolutePath: path, relativePath: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path), size: info.size }], single: true };
    const ignore = _ignore_js__WEBPACK_IMPORTED_MODULE_5__/* .IgnoreRules */ .w.forFolder(path);
    const files = [];
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync)(path);
    walk({ root: path, realRoot: root, ignore, out: files, visited: new Set([root]) }, '');
    return { files: sortedByLowerCase(files, (f) => f.relativePath), ignoreSource: ignore.source };
}
function walk(w, prefix) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(w.root, prefix);
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(dir, { withFileTypes: true });
    // A name that is not UTF-8 reads back with U+FFFD in it; only then are the raw names looked at.
    if (entries.some((entry) => entry.name.includes('\uFFFD')))
        refuseUndecodableNames(dir);
    for (const entry of entries) {
        const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
        // The folder is normalised once; a name from readdir has no separator to normalise.
        const absolutePath = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}${entry.name}`;
        const real = entry.isSymbolicLink() ? linkTarget(w, absolutePath) : undefined;
        // Links inside the folder are followed, as os.walk(followlinks=True) does in Azure's CLI.
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(absolutePath);
        if (info.isDirectory()) {
            // Every file is judged on its own path (a later `!` rule may keep one); a folder is
            // skipped only when no rule could keep anything under it.
            if (w.ignore.excludesEverythingUnder(relativePath))
                continue;
            if (real) {
                if (w.visited.has(real))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${absolutePath} is a link back to a folder it is in (a loop); remove the link`);
                w.visited.add(real);
            }
            walk(w, relativePath);
        }
        else if (info.isFile() && !w.ignore.isExcluded(relativePath)) {
            w.out.push({ absolutePath, relativePath, size: info.size });
        }
    }
}
/**
 * A file name that is not valid UTF-8 cannot be stored by Azure (asset paths are UTF-8) and,
 * decoded with replacement characters, names no file at all: say so, rather than "missing".
 */
function refuseUndecodableNames(dir) {
    for (const raw of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(dir, { encoding: 'buffer' })) {
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(raw)) {
            const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, shown)}: this file name is not valid UTF-8, which Azure ML cannot store; rename it`);
        }
    }
}
/**
 * Where a link inside a model or code folder points, refused when it leaves the folder: what is
 * uploaded and registered must be what the folder holds, not a file elsewhere on the runner.
 */
function linkTarget(w, link) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync)(link);
    }
    catch (err) {
        const code = err.code;
        let to = '?';
        try {
            to = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readlinkSync)(link);
        }
        catch {
            /* the link itself is unreadable */
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(code === 'ELOOP'
            ? `${link} is a link in a loop (${to}); remove it`
            : `${link} is a link to ${to}, which does not exist; remove the link or restore its target`);
    }
    if (real !== w.realRoot && !real.startsWith(`${w.realRoot}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`${link} links to ${real}, outside ${w.root}; copy the file into the folder or remove the link (only links inside the folder are followed)`);
    }
    return real;
}
/**
 * Sorted by lower-cased name, as azure-ai-ml sorts (`sorted(..., key=lambda x: x.lower())`): each
 * name is lower-cased once, not once per comparison (thousands of files, 14 comparisons each).
 */
function sortedByLowerCase(items, name) {
    const keyed = items.map((item) => ({ key: name(item).toLowerCase(), item }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.item);
}
/**
 * Content hash of an asset, byte-compatible with azure-ai-ml `get_content_hash` (version 202208):
 * sha256 over the file count, then `#path#size` for every file sorted by lower-cased path, then
 * every file's bytes in the same order. Paths and sizes come first so that moving bytes between
 * files changes the hash.
 */
async function hashAsset(path, logger) {
    const { files, ignoreSource, single } = await listAssetFiles(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(String(files.length));
    for (const file of files) {
        hash.update(`#${file.relativePath}#`);
        hash.update(String(file.size));
    }
    const buffer = Buffer.allocUnsafe(CHUNK);
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
    const progress = logger && totalBytes >= REPORT_ABOVE ? hashProgress(logger, path, files.length, totalBytes) : undefined;
    for (const file of files)
        hashFileSync(file.absolutePath, file.size, [hash], buffer, progress);
    return { files, totalBytes, hash: hash.digest('hex'), ignoreSource, layout: `${single ? 'file' : 'folder'}:${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}` };
}
/** Assets this large say how hashing goes: reading every byte of 10 GiB takes a while. */
const REPORT_ABOVE = 1 << 30;
/**
 * Reports hashing of a large asset: a line at the start, a live line as it goes, and a line per
 * GiB (a calm pace in a CI log). Called from the synchronous read loop, so it is cheap when quiet.
 */
function hashProgress(logger, path, files, total) {
    const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
    logger.info(`Hashing ${path}: ${files} file(s), ${gib(total)}; every byte is read once.`);
    let done = 0;
    let nextLine = 2 ** 30;
    let nextLive = 0;
    return (bytes) => {
        done += bytes;
        if (done >= nextLive) {
            logger.progress?.(`hashing ${gib(done)} of ${gib(total)} (${Math.floor((done / total) * 100)}%)`);
            nextLive = done + 64 * 2 ** 20;
        }
        if (done >= nextLine && done < total) {
            logger.info(`Hashed ${gib(done)} of ${gib(total)} (${Math.floor((done / total) * 100)}%).`);
            nextLine += 2 ** 30;
        }
    };
}
/**
 * What makes two registrations of a model the same: its bytes, and its layout. azure-ai-ml uploads
 * a file to `LocalUpload/<hash>/model.pkl` and a folder to `LocalUpload/<hash>/model/`, so a score.py
 * finds `AZUREML_MODEL_DIR/model.pkl` in one and `AZUREML_MODEL_DIR/model/model.pkl` in the other:
 * the same bytes in another layout are another model version.
 */
function modelIdentity(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`mlship-model-identity\n${content.layout}\n${content.hash}`).digest('hex');
}
/**
 * Feeds a file's bytes to each hash: a small file read whole, a large one through `buffer`.
 * Synchronous, as the listing: one read call per MiB, no await per chunk.
 */
function hashFileSync(path, size, hashes, buffer, progress) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(path, 'r');
    try {
        if (size <= buffer.length) {
            // The size the listing saw, in one read for a small file (readFileSync would stat again and
            // allocate; reading on to EOF would cost a second call per file that returns nothing).
            let filled = 0;
            for (let read = 1; read > 0 && filled < size; filled += read)
                read = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync)(fd, buffer, filled, size - filled, null);
            const bytes = buffer.subarray(0, filled);
            for (const hash of hashes)
                hash.update(bytes);
            progress?.(filled);
            return;
        }
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync)(fd, buffer, 0, buffer.length, null);
            if (read === 0)
                break;
            const chunk = buffer.subarray(0, read);
            for (const hash of hashes)
                hash.update(chunk);
            progress?.(read);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
}
/** sha256 of a canonical JSON rendering (sorted keys): equal specs give equal hashes. */
function hashJson(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(value)).digest('hex');
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}


/***/ }),

/***/ 28218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ IgnoreRules)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);



/**
 * Ignore rules read exactly as azure-ai-ml reads them (`_utils/_asset_utils.IgnoreFile` with the
 * `GitWildMatchPattern` of its vendored pathspec, `_utils/_pathspec.py`): `.amlignore` in the root
 * of the folder, else `.gitignore`, else nothing. Every path is checked on its own against every
 * rule and the last rule that matches decides, so `build/` then `!build/keep.txt` keeps
 * `build/keep.txt` (unlike git, a folder's exclusion does not hide what a later rule re-includes).
 */
class IgnoreRules {
    rules;
    source;
    negations;
    constructor(rules, 
    /** Which file the rules came from, for messages; undefined when none applies. */
    source) {
        this.rules = rules;
        this.source = source;
        this.negations = rules.some((r) => !r.include);
    }
    static none() {
        return new IgnoreRules([], undefined);
    }
    static forFolder(folder) {
        for (const name of ['.amlignore', '.gitignore']) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, name);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
                return new IgnoreRules(parseRules((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path), name);
        }
        return IgnoreRules.none();
    }
    static fromText(text) {
        return new IgnoreRules(parseRules(text, 'ignore rules'), 'text');
    }
    /** `IgnoreFile.is_file_excluded`: `relativePath` (posix separators, from the folder's root) is excluded. */
    isExcluded(relativePath) {
        let excluded = false;
        for (const rule of this.rules)
            if (rule.regex.test(relativePath))
                excluded = rule.include;
        return excluded;
    }
    /**
     * True when nothing under the folder `relativePath` can be kept: a rule excludes every path
     * below it and no `!` rule exists that could bring one back. Lets a walk skip `.git/` or
     * `node_modules/` without changing which files are kept.
     */
    excludesEverythingUnder(relativePath) {
        if (this.negations || this.rules.length === 0)
            return false;
        // A translated rule ends in `(?:/.*)?$` or `/.*$`: matching the folder (or the folder and a
        // slash) means matching everything below it.
        return this.rules.some((r) => r.regex.test(relativePath) || r.regex.test(`${relativePath}/`));
    }
}
function parseRules(text, file) {
    const rules = [];
    for (const [index, raw] of text.split('\n').entries()) {
        let translated;
        try {
            translated = translate(raw.trim());
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file} has a pattern mlship cannot read.`, [
                {
                    file,
                    line: index + 1,
                    message: `${JSON.stringify(raw).slice(0, 80)} is not a valid pattern (${err.message})`,
                    hint: 'character ranges go upwards ([a-z]) and a backslash must escape something',
                    severity: 'error',
                },
            ]);
        }
        if (translated)
            rules.push(translated);
    }
    return rules;
}
/** `GitWildMatchPattern.pattern_to_regex`, line for line; undefined for comments and blank lines. */
function translate(pattern) {
    if (pattern === '' || pattern.startsWith('#') || pattern === '/')
        return undefined;
    const include = !pattern.startsWith('!');
    const segments = (include ? pattern : pattern.slice(1)).split('/');
    for (let i = segments.length - 1; i > 0; i -= 1)
        if (segments[i - 1] === '**' && segments[i] === '**')
            segments.splice(i, 1);
    let override;
    // '**/' matches everything except files in the root folder.
    if (segments.length === 2 && segments[0] === '**' && !segments[1])
        override = '^.+/.*$';
    if (!segments[0])
        segments.shift();
    else if ((segments.length === 1 || (segments.length === 2 && !segments[1])) && segments[0] !== '**')
        segments.unshift('**');
    if (segments.length === 0)
        throw new Error('nothing left to match');
    if (!segments[segments.length - 1] && segments.length > 1)
        segments[segments.length - 1] = '**';
    return { regex: new RegExp(override ?? segmentsToRegex(segments)), include };
}
function segmentsToRegex(segments) {
    let out = '^';
    let needSlash = false;
    const end = segments.length - 1;
    segments.forEach((segment, i) => {
        if (segment === '**') {
            if (i === 0 && i === end)
                out += '.+';
            else if (i === 0) {
                out += '(?:.+/)?';
                needSlash = false;
            }
            else if (i === end)
                out += '/.*';
            else {
                out += '(?:/.+)?';
                needSlash = true;
            }
            return;
        }
        if (needSlash)
            out += '/';
        out += segment === '*' ? '[^/]+' : segmentGlob(segment);
        // A last segment without a slash matches a file or a folder and what is under it.
        if (i === end)
            out += '(?:/.*)?';
        needSlash = true;
    });
    return `${out}$`;
}
/** `GitWildMatchPattern._translate_segment_glob`: fnmatch with FNM_PATHNAME. */
function segmentGlob(pattern) {
    let regex = '';
    let escape = false;
    for (let i = 0; i < pattern.length;) {
        const char = pattern[i];
        i += 1;
        if (escape) {
            escape = false;
            regex += escapeRegex(char);
        }
        else if (char === '\\')
            escape = true;
        else if (char === '*')
            regex += '[^/]*';
        else if (char === '?')
            regex += '[^/]';
        else if (char === '[') {
            let j = i;
            if (j < pattern.length && pattern[j] === '!')
                j += 1;
            if (j < pattern.length && pattern[j] === ']')
                j += 1;
            while (j < pattern.length && pattern[j] !== ']')
                j += 1;
            if (j < pattern.length) {
                j += 1;
                let expression = '[';
                if (pattern[i] === '!') {
                    expression += '^';
                    i += 1;
                }
                else if (pattern[i] === '^') {
                    expression += '\\^';
                    i += 1;
                }
                expression += pattern
                    .slice(i, j)
                    .replace(/\\/g, '\\\\')
                    // Python reads a `[` inside a set as itself; JavaScript's `v`-less sets do too, but a
                    // leading `]` must be escaped to stay in the set.
                    .replace(/^\]/, '\\]');
                regex += expression;
                i = j;
            }
            else
                regex += '\\[';
        }
        else
            regex += escapeRegex(char);
    }
    if (escape)
        throw new Error('a backslash at the end escapes nothing');
    return regex;
}
function escapeRegex(c) {
    return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}


/***/ }),

/***/ 85564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ jsonErrorOffset),
/* harmony export */   q: () => (/* binding */ lineAndColumn)
/* harmony export */ });
/**
 * Where JSON text first goes wrong, as a character offset, or undefined when it is valid. Node's own
 * JSON.parse names the position on some versions and errors only ("Unexpected token") on others;
 * this scan gives every version the same line and column to report.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i += 1;
    };
    const fail = () => {
        throw i;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const string = () => {
        i += 1;
        while (i < text.length && text[i] !== '"') {
            if (text[i] === '\\')
                i += text[i + 1] === 'u' ? 6 : 2;
            else if (text.charCodeAt(i) < 0x20)
                fail();
            else
                i += 1;
        }
        if (i >= text.length)
            fail();
        i += 1;
    };
    const number = () => {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!match)
            fail();
        i += match[0].length;
    };
    const value = () => {
        space();
        const c = text[i];
        if (c === '{')
            return container('}', true);
        if (c === '[')
            return container(']', false);
        if (c === '"')
            return string();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        return number();
    };
    const container = (close, keyed) => {
        i += 1;
        space();
        if (text[i] === close) {
            i += 1;
            return;
        }
        for (;;) {
            if (keyed) {
                space();
                if (text[i] !== '"')
                    fail();
                string();
                space();
                if (text[i] !== ':')
                    fail();
                i += 1;
            }
            value();
            space();
            if (text[i] === ',') {
                i += 1;
                space();
                if (text[i] === close)
                    fail();
                continue;
            }
            if (text[i] === close) {
                i += 1;
                return;
            }
            fail();
        }
    };
    try {
        value();
        space();
        return i < text.length ? i : undefined;
    }
    catch (offset) {
        return Math.min(offset, text.length);
    }
}
/** 1-based line and column of an offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}


/***/ }),

/***/ 68860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export silentLogger */
/** A logger that prints nothing: for library callers and benchmarks. */
const silentLogger = {
    info: () => { },
    warn: () => { },
    debug: () => { },
    secret: () => { },
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 12299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ STAGE_PREFIX),
/* harmony export */   q: () => (/* binding */ parseModelReference)
/* harmony export */ });
/** A registered model's version written as `@stage:<stage>`: whichever version that stage verified last. */
const STAGE_PREFIX = '@stage:';
/**
 * Parses an az ml asset reference: `azureml:name:version`, `azureml:name@latest`,
 * `name:version`. Registry and datastore URIs are returned as references the target resolves.
 */
function parseModelReference(text) {
    const short = text.replace(/^azureml:/, '');
    const latest = /^([A-Za-z0-9][\w.-]*)@latest$/.exec(short);
    if (latest)
        return { kind: 'registered', name: latest[1], version: 'latest' };
    // The version a stage verified last (engine/stages.ts), resolved when the target is known.
    const staged = /^([A-Za-z0-9][\w.-]*)@stage:([a-z][a-z0-9-]{0,31})$/.exec(short);
    if (staged)
        return { kind: 'registered', name: staged[1], version: `${STAGE_PREFIX}${staged[2]}` };
    const versioned = /^([A-Za-z0-9][\w.-]*):([\w.-]+)$/.exec(short);
    if (versioned)
        return { kind: 'registered', name: versioned[1], version: versioned[2] };
    const registry = /\/models\/([\w.-]+)\/(?:versions\/([\w.-]+)|labels\/latest)$/.exec(text);
    if (registry)
        return { kind: 'registered', name: registry[1], version: registry[2] ?? 'latest' };
    return undefined;
}


/***/ }),

/***/ 95880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ checkResourceName),
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   Nk: () => (/* binding */ previewEndpointName),
/* harmony export */   WD: () => (/* binding */ checkAssetName),
/* harmony export */   pr: () => (/* binding */ assetNameProblem),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   v6: () => (/* binding */ toResourceName)
/* harmony export */ });
/* unused harmony export shown */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);

/**
 * Azure ML online endpoint and deployment names: 3–32 characters, letters, digits and hyphens,
 * starting with a letter and not ending with a hyphen; endpoint names are unique per region.
 * (Azure ML docs, "Online endpoints: naming rules".)
 */
const RESOURCE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;

/** A name as it may be shown in a message: quoted, escaped, shortened. */
function shown(name) {
    const quoted = JSON.stringify(name);
    return quoted.length > 60 ? `${quoted.slice(0, 57)}..."` : quoted;
}
/** Returns why `name` is not a valid endpoint or deployment name, or undefined when it is. */
function nameProblem(name) {
    if (RESOURCE_NAME.test(name))
        return undefined;
    if (name.length < 3 || name.length > 32)
        return `${shown(name)} has ${name.length} characters; names have 3 to 32`;
    if (!/^[A-Za-z]/.test(name))
        return `${shown(name)} must start with a letter`;
    if (name.endsWith('-'))
        return `${shown(name)} must not end with a hyphen`;
    return `${shown(name)} may contain only letters, digits and hyphens`;
}
/**
 * Checks an endpoint or deployment name where it enters (an input, a flag, a caller of the engine):
 * a name becomes a path locally and a URL segment on Azure, so nothing else may pass.
 * @throws ConfigError naming `label` (the input or flag) and Azure's rule.
 */
function checkResourceName(name, label) {
    const problem = nameProblem(name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${label}: ${problem}. Endpoint and deployment names are 3-32 letters, digits and hyphens, starting with a letter (Azure's rule).`);
    return name;
}
/** Checks a model or environment name, or a version, where it enters. @throws ConfigError naming `label`. */
function checkAssetName(name, label, kind = 'name') {
    const problem = kind === 'name' ? assetNameProblem(name) : versionProblem(name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${label}: ${problem}`);
    return name;
}
/** Asset versions: letters, digits, `-`, `_` and `.`, as Azure ML accepts them in a version's URL. */
function versionProblem(version) {
    if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(version))
        return undefined;
    return `${shown(version)} is not a version: use letters, digits, "-", "_" and ".", starting with a letter or digit`;
}
/** Azure's tag rules: a key of at most 512 characters without < > % & \ ? /, a value of at most 256, no control characters. */
function tagProblem(key, value) {
    if (!key || key.length > 512 || /[<>%&\\?/\u0000-\u001f]/.test(key))
        return `tag key ${shown(key)} must be 1-512 characters without < > % & \\ ? / or control characters`;
    if (value.length > 256 || /[\u0000-\u001f]/.test(value))
        return `tag ${shown(key)} has a value over 256 characters or with control characters`;
    return undefined;
}
/**
 * Turns free text (a model name, a repository) into a valid resource name, lower-case.
 * When it must be shortened, a short hash of the full text keeps distinct inputs distinct.
 */
function toResourceName(text, maxLength = 32) {
    let name = text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '');
    if (name.length < 3)
        name = `m-${name}`.padEnd(3, '0');
    if (name.length <= maxLength)
        return name;
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 6);
    return `${name.slice(0, maxLength - 7).replace(/-+$/, '')}-${suffix}`;
}
/** Model and environment names: Azure allows letters, digits, `-`, `_` and `.`, up to 255. */
function assetNameProblem(name) {
    if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/.test(name))
        return undefined;
    return `${shown(name)} may contain only letters, digits, "-", "_" and ".", starting with a letter or digit (at most 255)`;
}
/**
 * The endpoint name for a pull request's preview: `<repo>-pr<number>-<hash>`, at most 32
 * characters. The same repository and PR always give the same name (so each push updates the
 * same preview); the hash of the full `owner/repo` keeps forks and same-named repositories apart,
 * since endpoint names are unique per Azure region.
 */
function previewEndpointName(repository, pr, model) {
    // The model's name is part of the identity: a matrix over two models gets two previews, not one
    // that each job overwrites. Its version is not: every push of a pull request reuses its preview.
    const identity = `${repository.toLowerCase()}#${pr}${model ? `#${model.toLowerCase()}` : ''}`;
    const suffix = `-pr${pr}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest('hex').slice(0, 6)}`;
    const repo = repository.split('/').pop() ?? repository;
    let slug = repo
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '');
    if (!slug)
        slug = 'model';
    slug = slug.slice(0, 32 - suffix.length).replace(/-+$/, '');
    return `${slug}${suffix}`;
}


/***/ }),

/***/ 17273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil),
/* harmony export */   m: () => (/* binding */ HEARTBEAT_MS)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84964);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);


/** How often a wait that is not changing says it is still waiting: calm in a CI log, never silent for minutes. */
const HEARTBEAT_MS = 30_000;
/**
 * The one wait loop: looks until `done`, backing off, honouring Retry-After, never sleeping past
 * the deadline, logging state changes only.
 * @throws DeadlineError carrying the last state when the deadline passes first.
 */
async function pollUntil(options) {
    const { clock, logger, deadline } = options;
    const growth = options.growth ?? 1.5;
    const maxInterval = options.maxIntervalMs ?? 10_000;
    let interval = options.initialIntervalMs ?? 500;
    const started = clock.now();
    let polls = 0;
    let lastState;
    let lastLineAt = started;
    for (;;) {
        const observation = await options.observe();
        polls += 1;
        const elapsedMs = clock.now() - started;
        if (observation.state !== lastState) {
            logger.info(`${options.subject}: ${observation.state}`);
            lastState = observation.state;
            lastLineAt = clock.now();
        }
        else if (!observation.done && clock.now() - lastLineAt >= HEARTBEAT_MS) {
            logger.info(`${options.subject}: still ${observation.state} after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(elapsedMs)}${observation.detail ? ` (${observation.detail})` : ''}`);
            lastLineAt = clock.now();
        }
        logger.progress?.(`${options.subject}: ${observation.state}, ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(elapsedMs)}${observation.detail ? ` (${observation.detail})` : ''}`);
        if (observation.done)
            return { value: observation.value, state: observation.state, polls, elapsedMs };
        const remaining = deadline - clock.now();
        if (remaining <= 0) {
            const detail = options.onDeadline ? await options.onDeadline(observation) : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`${options.subject} was still ${observation.state} when the timeout ran out after ${Math.round(elapsedMs / 1000)}s. ` +
                'Raise `timeout` if it is only slow; otherwise read the log below.', observation.state, detail);
        }
        // Retry-After is a floor set by the server: waiting less only earns another throttled answer.
        const wanted = Math.max(interval, observation.retryAfterMs ?? 0);
        await clock.sleep(Math.min(wanted, remaining));
        interval = Math.min(maxInterval, interval * growth);
    }
}


/***/ }),

/***/ 61541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   Qb: () => (/* binding */ UPGRADE_RESERVE),
/* harmony export */   S1: () => (/* binding */ quotaNeeded),
/* harmony export */   cR: () => (/* binding */ parseHourlyCost),
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
/** A max-hourly-cost as written (an input, a flag): a positive amount per hour. @throws ConfigError naming `label`. */
function parseHourlyCost(text, label) {
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} is "${text}"; give an amount per hour such as 2.50 (in the price list's currency, USD)`);
    return value;
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

/***/ 54331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ pullRequestNumber),
/* harmony export */   Xy: () => (/* binding */ provenanceTags),
/* harmony export */   dF: () => (/* binding */ builtFrom)
/* harmony export */ });
/* unused harmony exports MAX_EVENT_BYTES, eventPayload */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** GitHub caps webhook payloads at 25 MB; an event file larger than that is not GitHub's. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/**
 * The run's event payload (GITHUB_EVENT_PATH), read only when it is a regular file of at most
 * MAX_EVENT_BYTES: a path to a device or an endless file must not grow memory until the step dies.
 * Undefined when absent, too large or not JSON.
 */
function eventPayload(env = process.env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(env.GITHUB_EVENT_PATH, 'r');
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile() || info.size > MAX_EVENT_BYTES)
            return undefined;
        const buffer = Buffer.alloc(info.size);
        let filled = 0;
        for (let read = 1; read > 0 && filled < info.size; filled += read)
            read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, info.size - filled, null);
        return JSON.parse(buffer.subarray(0, filled).toString('utf8'));
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The pull request a run is for: the event payload's number (pull_request and pull_request_target
 * runs, whatever ref is checked out), else the `refs/pull/N/...` ref. A number past 2^53 (which
 * JSON numbers cannot hold exactly) is no pull request GitHub has: never another number instead.
 */
function pullRequestNumber(env) {
    const number = eventPayload(env)?.pull_request?.number;
    if (number !== undefined)
        return Number.isSafeInteger(number) && number > 0 ? number : undefined;
    const match = /^refs\/pull\/(\d{1,15})\//.exec(env.GITHUB_REF ?? '');
    return match ? Number(match[1]) : undefined;
}
/** The commit a PR run was built from: the head commit, not the merge commit in GITHUB_SHA. */
function builtFrom(env = process.env) {
    return eventPayload(env)?.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '';
}
/**
 * Tags that say where a resource came from; teardown and the stale-preview sweep select by them.
 * Read from the variables GitHub sets on every runner; absent outside Actions.
 */
function provenanceTags(env = process.env) {
    const tags = { 'mlship.managed': 'true' };
    if (env.GITHUB_REPOSITORY)
        tags['mlship.repository'] = env.GITHUB_REPOSITORY;
    if (env.GITHUB_SHA)
        tags['mlship.commit'] = env.GITHUB_SHA;
    if (env.GITHUB_RUN_ID)
        tags['mlship.run'] = env.GITHUB_RUN_ID;
    const pr = pullRequestNumber(env);
    if (pr)
        tags['mlship.pr'] = String(pr);
    return tags;
}


/***/ }),

/***/ 59399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ copyAssetFiles),
/* harmony export */   p: () => (/* binding */ LocalRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85448);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61599);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34253);






/**
 * The local registry: models and environments with versions, tags and content hashes, kept as
 * JSON under the state folder. Versions are immutable; registering the same content again
 * returns the existing version instead of making a new one.
 */
class LocalRegistry {
    home;
    file;
    constructor(home) {
        this.home = home;
        this.file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'registry.json');
    }
    async read() {
        const registry = await (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)(this.file);
        if (registry === undefined)
            return { models: {}, environments: {} };
        const problem = registryProblem(registry);
        if (problem)
            throw (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .damagedState */ .V2)(this.file, problem, 'local models and environments are then registered again on their next use');
        return registry;
    }
    async update(fn) {
        return (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .withLock */ .kK)(this.file, async () => {
            const registry = await this.read();
            const result = await fn(registry);
            await (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.file, registry);
            return result;
        });
    }
    /** Registers a file or folder; the same content under the same name reuses its version. */
    async registerModel(options) {
        const content = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashAsset */ .$e)(options.path, options.logger);
        if (content.files.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-path: ${options.path} holds no files (after .amlignore/.gitignore)`);
        return this.update(async (registry) => {
            const versions = (registry.models[options.name] ??= []);
            const identity = (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .modelIdentity */ .IT)(content);
            const pinned = options.version === undefined ? undefined : versions.find((v) => v.version === options.version);
            if (pinned && pinned.hash !== identity)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model ${options.name}:${options.version} already exists with other files (or another layout); raise the version, or remove it to number versions by content`);
            const same = options.version === undefined ? versions.find((v) => v.hash === identity) : pinned;
            if (same) {
                // The content is immutable; tags are not: new ones given for the same content are kept.
                same.tags = { ...same.tags, ...options.tags };
                if (options.description)
                    same.description = options.description;
                return { model: same, reused: true };
            }
            const version = options.version ?? String((0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .highestVersion */ .t)(versions.map((v) => v.version)) + 1);
            const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.home, 'models', options.name, version);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(modelDir, { recursive: true, force: true });
            await copyAssetFiles(content, options.path, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(modelDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(options.path)));
            const model = {
                name: options.name,
                version,
                hash: identity,
                modelDir,
                files: content.files.length,
                bytes: content.totalBytes,
                tags: options.tags,
                description: options.description,
                createdAt: new Date().toISOString(),
            };
            versions.push(model);
            return { model, reused: false };
        });
    }
    /** Resolves `latest` to the highest version. */
    async getModel(name, version) {
        const versions = (await this.read()).models[name] ?? [];
        const found = version === 'latest'
            ? versions.reduce((best, v) => (!best || Number(v.version) > Number(best.version) ? v : best), undefined)
            : versions.find((v) => v.version === version);
        // A deployment reads its model from this folder: only ever one of the registry's own.
        if (found)
            (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .insideState */ .Q4)(found.modelDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.home, 'models'), this.file, `the folder of model ${name}:${found.version}`);
        return found;
    }
    async listModels(name) {
        return (await this.read()).models[name] ?? [];
    }
    /** Merges tags into a version's. @throws NotFoundError when the version does not exist. */
    async tagModel(name, version, tags) {
        await this.update(async (registry) => {
            const model = (registry.models[name] ?? []).find((v) => v.version === version);
            if (!model)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`model ${name}:${version} is not registered`, `model ${name}`);
            model.tags = { ...model.tags, ...tags };
        });
    }
    /** Deletes one model version and its files; false when it was already gone. */
    async deleteModel(name, version) {
        return this.update(async (registry) => {
            const versions = registry.models[name] ?? [];
            const index = versions.findIndex((v) => v.version === version);
            if (index < 0)
                return false;
            const [removed] = versions.splice(index, 1);
            // Only ever a folder of the registry's own: the file may have been edited.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .insideState */ .Q4)(removed.modelDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.home, 'models'), this.file, `the folder of model ${name}:${version}`), {
                recursive: true,
                force: true,
            });
            if (versions.length === 0)
                delete registry.models[name];
            return true;
        });
    }
    /**
     * Records an environment version. A spec seen before under this name is reused. A requested
     * version that already holds other content gets the next free number instead (`renumbered`),
     * as Azure ML v1 did when an environment was registered again.
     */
    async registerEnvironment(options) {
        return this.update(async (registry) => {
            const versions = (registry.environments[options.name] ??= []);
            const same = versions.find((v) => v.hash === options.hash);
            if (same)
                return { environment: same, reused: true, renumbered: false };
            const taken = options.version !== undefined && versions.some((v) => v.version === options.version);
            const next = String((0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .highestVersion */ .t)(versions.map((v) => v.version)) + 1);
            const version = options.version && !taken ? options.version : next;
            const environment = { name: options.name, version, hash: options.hash, spec: options.spec, createdAt: new Date().toISOString() };
            versions.push(environment);
            return { environment, reused: false, renumbered: taken };
        });
    }
    async listEnvironments(name) {
        return (await this.read()).environments[name] ?? [];
    }
}
/** What is wrong with a registry file's shape, checked in one pass (it may hold many versions). */
function registryProblem(value) {
    if (!isObject(value) || !isObject(value.models) || !isObject(value.environments))
        return 'is not a registry (no "models" and "environments" objects)';
    for (const [kind, group] of [
        ['models', value.models],
        ['environments', value.environments],
    ]) {
        for (const [name, versions] of Object.entries(group)) {
            if (!Array.isArray(versions))
                return `holds ${kind}.${name} that is not a list of versions`;
            for (const v of versions) {
                if (!isObject(v) || typeof v.version !== 'string' || typeof v.hash !== 'string' || (kind === 'models' && typeof v.modelDir !== 'string'))
                    return `holds a version of ${kind}.${name} without its version, hash${kind === 'models' ? ' or folder' : ''}`;
            }
        }
    }
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Copies an asset's files (a single file, or a folder's listed files) to `target`, as real files. */
async function copyAssetFiles(content, source, target) {
    if (content.files.length === 1 && content.files[0].absolutePath === source) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(source, target, { dereference: true });
        return;
    }
    // Each folder made once, then the files copied a few at a time (copyFile follows links, as
    // dereference did): a folder of 50,000 small files costs per file what 5,000 do.
    const folders = new Set([target, ...content.files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, f.relativePath)))]);
    for (const folder of [...folders].sort())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    let next = 0;
    const worker = async () => {
        while (next < content.files.length) {
            const file = content.files[next++];
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(file.absolutePath, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, file.relativePath));
        }
    };
    await Promise.all(Array.from({ length: COPY_PARALLELISM }, worker));
}
const COPY_PARALLELISM = 16;


/***/ }),

/***/ 38519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ V1_DEFAULTS),
/* harmony export */   d: () => (/* binding */ TARGETS)
/* harmony export */ });
/**
 * The one internal deployment spec every input form (v1 JSON/YAML, v2 YAML, action inputs)
 * is normalised into. Paths are absolute; every default is filled in; nothing here is raw input.
 */
const TARGETS = ['local', 'aci', 'aks'];
/** Defaults Azure documents for the v1 deployment configuration, used when a key is absent. */
const V1_DEFAULTS = {
    cpu: 0.1,
    memoryGb: 0.5,
    scoringTimeoutMs: 60_000,
    maxConcurrentRequestsPerContainer: 1,
    maxQueueWaitMs: 500,
    autoscale: { minReplicas: 1, maxReplicas: 10, targetUtilization: 70, refreshPeriodInSeconds: 1 },
    liveness: { periodSeconds: 10, initialDelaySeconds: 310, timeoutSeconds: 2, failureThreshold: 3, successThreshold: 1 },
};


/***/ }),

/***/ 61599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ processAlive),
/* harmony export */   Q4: () => (/* binding */ insideState),
/* harmony export */   V2: () => (/* binding */ damagedState),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   Z0: () => (/* binding */ stateHome),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   gy: () => (/* binding */ processStart),
/* harmony export */   kK: () => (/* binding */ withLock)
/* harmony export */ });
/* unused harmony export StateFileError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);





/**
 * Where mlship keeps local state (registry, running deployments, environments): `MLSHIP_HOME`
 * if set; in an action `$RUNNER_TEMP/mlship`, so later steps of the same job find it and the
 * runner cleans it; from the CLI `.mlship/` in the working directory.
 */
function stateHome(mode, env = process.env, cwd = process.cwd()) {
    if (env.MLSHIP_HOME)
        return env.MLSHIP_HOME;
    if (mode === 'action' && env.RUNNER_TEMP)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.RUNNER_TEMP, 'mlship');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, '.mlship');
}
/**
 * A state file mlship cannot use (damaged, cut short, a link, another kind of file): which file,
 * what is wrong, and how to recover. Its content is never quoted: it may be anything.
 */
class StateFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL {
}
/** Far more than any state file mlship writes (a registry of 200,000 versions is ~60 MB). */
const MAX_STATE_FILE_BYTES = 512 * 1024 * 1024;
/** The recovery every damaged state file allows: move it aside, and mlship starts that record afresh. */
function damagedState(path, why, recovery = 'mlship then starts that record afresh') {
    return new StateFileError(`state file ${path} ${why}. Move it aside and run again: mv '${path}' '${path}.damaged' (${recovery}).`);
}
/**
 * Reads a JSON state file; undefined when there is none. Never through a symbolic link (a link
 * planted in the state folder must not make mlship read, and print, a file elsewhere), only a
 * regular file of a sane size. @throws StateFileError naming the file and how to recover.
 */
async function readJson(path) {
    const text = await readStateText(path);
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw damagedState(path, text.trim() ? 'is not valid JSON (cut short, or written by something other than mlship)' : 'is empty');
    }
}
async function readStateText(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP')
            throw damagedState(path, 'is a symbolic link, and mlship never reads its state through a link');
        throw err;
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw damagedState(path, 'is not a regular file');
        if (stat.size > MAX_STATE_FILE_BYTES)
            throw damagedState(path, `holds ${stat.size} bytes, far more than mlship writes`);
        return (await handle.readFile()).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * `path`, when it lies inside `dir`; a path from a state file is trusted only there (a record
 * edited to name /etc/shadow as its log must not get it printed, or a folder elsewhere deleted).
 * @throws StateFileError naming the state file that holds it.
 */
function insideState(path, dir, stateFile, field) {
    const rel = typeof path === 'string' ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path)) : '..';
    if (!rel || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel))
        throw damagedState(stateFile, `names ${field} outside ${dir}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
}
/** Writes JSON so that a reader sees the old file or the new one, never half of either. */
async function writeJsonAtomic(path, value, mode = 0o644) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, path);
}
/**
 * Runs `fn` holding an exclusive lock file, so two steps (or two CLI runs) changing the same
 * state one after the other lose nothing. A lock left by a dead process is taken over.
 */
async function withLock(path, fn, timeoutMs = 60_000) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const lock = `${path}.lock`;
    const started = Date.now();
    for (let wait = 10;; wait = Math.min(wait * 2, 200)) {
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(lock, 'wx');
            await handle.writeFile(`${process.pid} ${processStart(process.pid) ?? ''}`);
            await handle.close();
            break;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            if (await lockIsStale(lock)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
                continue;
            }
            if (Date.now() - started > timeoutMs)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`timed out waiting for the lock ${lock}; if no other mlship step is running, delete it`, lock);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
    try {
        return await fn();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
    }
}
/**
 * A lock is stale only when its holder is gone: the process is dead, or its pid now belongs to
 * another process (a different start time). A live holder is waited for, however long it takes:
 * the lock is held only while a record is read and written, never across pip or waits.
 */
async function lockIsStale(lock) {
    try {
        const [pidText, start] = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(lock, 'utf8')).split(' ');
        const pid = Number(pidText);
        if (!pid)
            return false; // being written: try again
        return !processAlive(pid) || (!!start && processStart(pid) !== start);
    }
    catch {
        return false; // gone: try again
    }
}
/** /proc/<pid>/stat field 22, the start time; undefined off Linux or when the process is gone. */
function processStart(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (err) {
        return err.code === 'EPERM';
    }
    // An exited child whose parent has not reaped it still answers signal 0; on Linux, /proc tells.
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return true;
    }
}


/***/ }),

/***/ 34253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ highestVersion)
/* harmony export */ });
/**
 * The largest version number among `versions` (0 when none; a version that is not a number counts
 * as 0). A loop, not a spread: a model may have more versions than a call takes arguments.
 */
function highestVersion(versions) {
    let highest = 0;
    for (const version of versions)
        highest = Math.max(highest, Number(version) || 0);
    return highest;
}


/***/ }),

/***/ 73740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ TARGET_MAPPING),
  Y: () => (/* binding */ createTarget)
});

// EXTERNAL MODULE: ./src/azure/prices.ts
var prices = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/azure/endpoint-names.ts
var endpoint_names = __webpack_require__(99743);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/commands.ts
var engine_commands = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/engine/crash.ts
var crash = __webpack_require__(97465);
// EXTERNAL MODULE: ./src/engine/state.ts
var state = __webpack_require__(61599);
// EXTERNAL MODULE: ./src/targets/local/endpoint-store.ts
var endpoint_store = __webpack_require__(37797);
// EXTERNAL MODULE: ./src/targets/local/local-assets.ts
var local_assets = __webpack_require__(7327);
// EXTERNAL MODULE: ./src/targets/local/process.ts
var local_process = __webpack_require__(92043);
// EXTERNAL MODULE: ./src/targets/local/python-env.ts
var python_env = __webpack_require__(47968);
;// CONCATENATED MODULE: ./src/targets/local/local-target.ts











/** Longer than any scoringTimeoutMs Azure allows, so the server's own timeout answer arrives first. */
/** A request with no user timeout in force gets this long to answer. */
const INVOKE_TIMEOUT_MS = 180_000;
/**
 * The `local` target: each deployment is a scoring server process on loopback, recorded under
 * `home/endpoints/`. The process outlives the step; any later step or CLI run with the same home
 * finds it. A record is written before its process starts and every process carries a marker in
 * its environment, so a crash at any point leaves nothing that teardown cannot find and stop.
 */
class LocalTarget {
    home;
    commands;
    remainingMs;
    name = 'local';
    assets;
    /** A local server is ready in well under a second: look often. */
    pollIntervals = { initialMs: 250, maxMs: 2000 };
    store;
    constructor(home, commands = engine_commands/* quietRunner */.T, 
    /** Time left of the user's timeout, in ms; undefined when none was given. */
    remainingMs) {
        this.home = home;
        this.commands = commands;
        this.remainingMs = remainingMs;
        this.store = new endpoint_store/* EndpointStore */.F(home);
        this.assets = new local_assets/* LocalAssets */.v(home);
    }
    /** The marker prefix of an endpoint's (or one deployment's) scoring processes. */
    marker(endpoint, deployment) {
        return `${this.home}|${endpoint}|${deployment === undefined ? '' : `${deployment}|`}`;
    }
    async describe(endpoint) {
        const record = await this.store.read(endpoint);
        if (!record)
            return this.orphansOf(endpoint);
        const deployments = await Promise.all(Object.values(record.deployments).map((d) => this.observe(endpoint, d)));
        const serving = Object.entries(record.traffic).sort((a, b) => b[1] - a[1])[0]?.[0];
        const routes = deployments.find((d) => d.name === serving)?.routes ?? deployments[0]?.routes ?? { scoringUri: '', swaggerUri: '' };
        return {
            name: record.name,
            authMode: record.authMode,
            traffic: { ...record.traffic },
            tags: { ...record.tags },
            ...routes,
            deployments,
            createdAt: Date.parse(record.createdAt),
        };
    }
    /** Scoring processes of an endpoint whose record is gone (a crash, a deleted state file): teardown must still see them. */
    orphansOf(endpoint) {
        const names = [...new Set((0,local_process/* findServers */.G9)(this.marker(endpoint)).map((s) => s.serverId.split('|')[2]))];
        if (!names.length)
            return undefined;
        return {
            name: endpoint,
            authMode: 'none',
            traffic: {},
            tags: {},
            scoringUri: '',
            swaggerUri: '',
            createdAt: Number.NaN,
            deployments: names.map((name) => ({ name, provisioningState: 'Failed', tags: {} })),
        };
    }
    async observe(endpoint, d) {
        const routes = d.port ? routesFor(d.port) : undefined;
        return { name: d.name, tags: { ...d.tags }, provisioningState: await this.provisioningState(endpoint, d), ...(routes ? { routes } : {}) };
    }
    async provisioningState(endpoint, d) {
        if (d.phase === 'starting' || !d.server)
            return interrupted(d) ? 'Failed' : 'Creating';
        const server = await (0,state/* readJson */.Vh)(this.store.runFile(endpoint, d, 'statusFile')).catch(() => undefined);
        if (server?.phase === 'failed' || !(0,local_process/* isOurServer */.ky)(d.server))
            return 'Failed';
        return server?.phase === 'ready' ? 'Succeeded' : 'Creating';
    }
    async createEndpoint(spec, tags, logger) {
        const name = spec.endpoint.name;
        if (spec.endpoint.authMode !== 'none') {
            await this.ensureKeys(spec, logger);
            logger.info(`The keys of ${name} are in ${this.store.keysFile(name)} (readable by this user only); \`mlship keys --endpoint-name ${name}\` prints them.`);
        }
        await this.store.update(name, (existing) => ({
            record: existing ?? { name, authMode: spec.endpoint.authMode, traffic: {}, tags, createdAt: new Date().toISOString(), deployments: {} },
            result: undefined,
        }));
        return (await this.describe(name));
    }
    /** Keys from the deployment config (v1 `keys.primaryKey`) when given, else generated once. */
    async ensureKeys(spec, logger) {
        const name = spec.endpoint.name;
        const given = spec.endpoint.keys;
        const current = await this.store.keys(name, logger);
        if (given && (given.primaryKey !== current?.primaryKey || (given.secondaryKey !== undefined && given.secondaryKey !== current.secondaryKey))) {
            await this.store.writeKeys(name, { primaryKey: given.primaryKey, secondaryKey: given.secondaryKey ?? current?.secondaryKey ?? generateKey() }, logger);
        }
        else if (!current) {
            await this.store.writeKeys(name, { primaryKey: generateKey(), secondaryKey: generateKey() }, logger);
        }
        const keys = (await this.store.keys(name, logger));
        return [keys.primaryKey, keys.secondaryKey];
    }
    async putDeployment(write, logger) {
        const { spec } = write;
        const endpoint = spec.endpoint.name;
        const name = spec.deployment.name;
        const python = await (0,python_env/* preparePython */.s)({ env: spec.environment, home: this.home, logger, commands: this.commands });
        const keys = write.endpoint.authMode === 'none' ? [] : await this.ensureKeys(spec, logger);
        const nonce = (0,external_node_crypto_.randomBytes)(6).toString('hex');
        const runDir = (0,external_node_path_.join)(this.store.runDir(endpoint, name), nonce);
        const entry = {
            name,
            tags: write.tags,
            phase: 'starting',
            writer: { pid: process.pid, start: (0,local_process/* processStart */.gy)(process.pid) },
            serverId: `${this.marker(endpoint, name)}${nonce}`,
            statusFile: (0,external_node_path_.join)(runDir, 'status.json'),
            logFile: (0,external_node_path_.join)(runDir, 'scoring.log'),
            startedAt: new Date().toISOString(),
        };
        await (0,promises_.mkdir)(runDir, { recursive: true });
        const replaced = await this.store.update(endpoint, (record) => {
            if (!record)
                throw new errors/* NotFoundError */.m_(`there is no local endpoint ${endpoint}`, endpoint);
            const previous = record.deployments[name];
            record.deployments[name] = entry;
            return { record, result: previous };
        });
        if (replaced)
            logger.info(`Replacing local deployment ${endpoint}/${name}${replaced.server ? ` (process ${replaced.server.pid})` : ''}: its spec changed.`);
        await this.stopDeploymentProcesses(endpoint, name, replaced);
        (0,crash/* crashPoint */.u)('local:recorded');
        try {
            const { handle, port, server } = await (0,local_process/* startServer */.UD)({
                python: python.python,
                codeDir: spec.code.directory,
                entryScript: spec.code.entryScript,
                modelDir: write.model?.modelDir,
                port: spec.deployment.port,
                keys,
                deployment: name,
                serverId: entry.serverId,
                timeoutMs: spec.deployment.requestTimeoutMs,
                workers: spec.deployment.maxConcurrentRequests,
                environmentVariables: { ...spec.environment.environmentVariables, ...spec.deployment.environmentVariables },
                statusFile: entry.statusFile,
                logFile: entry.logFile,
            });
            (0,crash/* crashPoint */.u)('local:started');
            await this.store.update(endpoint, (record) => {
                const current = record?.deployments[name];
                if (record && current?.serverId === entry.serverId)
                    Object.assign(current, { phase: 'running', server: handle, port });
                return { record, result: undefined };
            });
            logger.info(`Started the scoring server for ${endpoint}/${name}: process ${handle.pid}, port ${port}, log ${entry.logFile}. score.py runs in ${server ?? 'the inference server'}.`);
            return routesFor(port);
        }
        catch (err) {
            await this.store.update(endpoint, (record) => {
                if (record?.deployments[name]?.serverId === entry.serverId)
                    delete record.deployments[name];
                return { record, result: undefined };
            });
            throw err;
        }
    }
    /** Stops the recorded server of a deployment and any unrecorded one with its marker. */
    async stopDeploymentProcesses(endpoint, name, recorded) {
        if (recorded?.server)
            await (0,local_process/* stopServer */.gG)(recorded.server);
        for (const orphan of (0,local_process/* findServers */.G9)(this.marker(endpoint, name)))
            await (0,local_process/* stopServer */.gG)(orphan);
        if (recorded)
            await (0,promises_.rm)((0,external_node_path_.join)(this.store.runFile(endpoint, recorded, 'statusFile'), '..'), { recursive: true, force: true });
    }
    async patchDeployment(endpoint, deployment, patch) {
        await this.store.update(endpoint, (record) => {
            const d = record?.deployments[deployment];
            if (d && patch.tags)
                d.tags = { ...patch.tags };
            return { record, result: undefined };
        });
    }
    async writeTraffic(observed, traffic, tags) {
        return this.store.update(observed.name, (record) => {
            if (!record)
                throw new errors/* NotFoundError */.m_(`there is no local endpoint ${observed.name}`, observed.name);
            record.traffic = { ...traffic };
            record.tags = { ...record.tags, ...tags };
            return { record, result: { ...record.traffic } };
        });
    }
    async deleteDeployment(endpoint, deployment) {
        const removed = await this.store.update(endpoint, (record) => {
            const d = record?.deployments[deployment];
            if (record) {
                delete record.deployments[deployment];
                delete record.traffic[deployment];
            }
            return { record, result: d };
        });
        await this.stopDeploymentProcesses(endpoint, deployment, removed);
    }
    async deleteEndpoint(endpoint) {
        const record = await this.store.read(endpoint);
        for (const d of Object.values(record?.deployments ?? {}))
            if (d.server)
                await (0,local_process/* stopServer */.gG)(d.server);
        for (const orphan of (0,local_process/* findServers */.G9)(this.marker(endpoint)))
            await (0,local_process/* stopServer */.gG)(orphan);
        await this.store.remove(endpoint);
    }
    async status(endpoint, deployment) {
        const d = (await this.store.read(endpoint))?.deployments[deployment];
        if (!d)
            throw new errors/* NotFoundError */.m_(`there is no local deployment ${deployment} on endpoint ${endpoint}; deploy it first, with the same state folder (MLSHIP_HOME, or the runner's temp folder)`, `${endpoint}/${deployment}`);
        if (d.phase === 'starting' || !d.server || !d.port) {
            if (interrupted(d))
                return { state: 'Failed', detail: 'the deploy that was starting it was interrupted; deploy again' };
            return { state: 'Transitioning', detail: 'the scoring server is starting' };
        }
        const scoringUri = routesFor(d.port).scoringUri;
        const server = await (0,state/* readJson */.Vh)(this.store.runFile(endpoint, d, 'statusFile')).catch(() => undefined);
        if (server?.phase === 'failed') {
            // A score.py that serves HTTP itself meets the deployment's own port, which the scoring server holds.
            const portTaken = /Address already in use|EADDRINUSE|Errno 98\b/.test(server.error ?? '');
            const detail = portTaken
                ? `init() raised: a port score.py tried to listen on is in use. The deployment's own port, ${d.port}, is the scoring server's; score.py must not start a server of its own (on Azure the inference server owns the port too)`
                : 'init() raised an exception';
            return { state: 'Failed', detail, scoringUri, error: server.error ?? undefined };
        }
        if (!(0,local_process/* isOurServer */.ky)(d.server))
            return { state: 'Failed', detail: `the scoring process ${d.server.pid} has exited`, scoringUri };
        if (server?.phase !== 'ready')
            return { state: 'Transitioning', detail: 'init() is running', scoringUri };
        // Liveness, as Azure probes it: GET / answers once init() has returned. Scoring is the smoke test's job.
        try {
            const response = await fetch(`http://127.0.0.1:${d.port}/`, { signal: AbortSignal.timeout(2000) });
            await response.arrayBuffer();
            if (response.ok)
                return { state: 'Healthy', detail: `liveness route answered 200 (${server.server ?? 'scoring server'})`, scoringUri };
            return { state: 'Unhealthy', detail: `liveness route answered ${response.status}`, scoringUri };
        }
        catch (err) {
            return { state: 'Unhealthy', detail: `liveness route did not answer: ${err.message}`, scoringUri };
        }
    }
    /** Sends to the named deployment, else to the one with the largest share (deterministic, unlike Azure's weighted draw). */
    async invoke(endpoint, deployment, body, logger) {
        const record = await this.store.read(endpoint);
        const name = deployment ??
            Object.entries(record?.traffic ?? {})
                .filter(([, s]) => s > 0)
                .sort((a, b) => b[1] - a[1])[0]?.[0];
        const d = name ? record?.deployments[name] : undefined;
        if (!record || !d?.port)
            throw new errors/* OperationError */.OK(`no local deployment to send the request to on endpoint ${endpoint}`, endpoint);
        const keys = record.authMode === 'none' ? undefined : await this.store.keys(endpoint, logger);
        const started = performance.now();
        const response = await fetch(routesFor(d.port).scoringUri, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'azureml-model-deployment': d.name, ...(keys ? { Authorization: `Bearer ${keys.primaryKey}` } : {}) },
            body,
            signal: AbortSignal.timeout(Math.max(1000, this.remainingMs?.() ?? INVOKE_TIMEOUT_MS)),
        });
        const text = await response.text();
        return {
            status: response.status,
            body: text,
            durationMs: performance.now() - started,
            deployment: response.headers.get('azureml-model-deployment') ?? d.name,
        };
    }
    async logs(endpoint, deployment, lines, container) {
        if (container === 'storage-initializer')
            throw new errors/* ConfigError */.xL('the local target has no storage-initializer container: the model is read where it was registered; leave --container out');
        const file = await this.logFile(endpoint, deployment);
        return file ? (0,local_process/* tail */.RT)(file, lines) : '';
    }
    async prepareEnvironment(env, logger) {
        await (0,python_env/* preparePython */.s)({ env, home: this.home, logger, commands: this.commands });
    }
    async logFile(endpoint, deployment) {
        const d = (await this.store.read(endpoint))?.deployments[deployment];
        return d ? this.store.runFile(endpoint, d, 'logFile') : undefined;
    }
    async keys(endpoint, logger) {
        return this.store.keys(endpoint, logger);
    }
    async listEndpoints() {
        return (await this.store.list()).map((e) => ({ name: e.name, tags: e.tags, createdAt: Date.parse(e.createdAt) }));
    }
}
/** A record still `starting` whose deploy process is gone: that start will never finish. */
function interrupted(d) {
    if (!d.writer)
        return true;
    return !(0,state/* processAlive */.FN)(d.writer.pid) || (d.writer.start !== undefined && (0,local_process/* processStart */.gy)(d.writer.pid) !== d.writer.start);
}
function routesFor(port) {
    return { scoringUri: `http://127.0.0.1:${port}/score`, swaggerUri: `http://127.0.0.1:${port}/swagger.json` };
}
function generateKey() {
    return (0,external_node_crypto_.randomBytes)(24).toString('base64url');
}

;// CONCATENATED MODULE: ./src/targets/index.ts




/** What each v1 compute type is on today's Azure ML; printed once when a v1 name is used. */
const TARGET_MAPPING = {
    local: 'LocalWebservice → a scoring server on this machine',
    aci: 'AciWebservice → managed online endpoint',
    aks: 'AksWebservice → Kubernetes online endpoint',
};
/**
 * The target for a name. Azure targets need the workspace settings; `azure` is called only for
 * them, so a local run never asks for Azure inputs (nor loads Azure's SDKs).
 */
async function createTarget(name, ctx, azure) {
    if (name === 'local')
        return new LocalTarget(ctx.home, ctx.commands, ctx.deadline === undefined ? undefined : () => ctx.deadline - ctx.clock.now());
    if (!azure)
        throw new errors/* ConfigError */.xL(`target "${name}" (${TARGET_MAPPING[name]}) needs the Azure workspace: subscription-id, resource-group and workspace`);
    const settings = azure();
    // Azure's SDKs are loaded only for an Azure target: a local run (or one that fails on its inputs) starts without them.
    const [{ ArmClient }, { AzureAssets }, { createCredential }, { AzureTarget }] = await Promise.all([
        __webpack_require__.e(/* import() */ 489).then(__webpack_require__.bind(__webpack_require__, 88489)),
        Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(53), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 48222)),
        Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(952), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 67605)),
        __webpack_require__.e(/* import() */ 866).then(__webpack_require__.bind(__webpack_require__, 80866)),
    ]);
    const credential = createCredential(settings.auth, ctx.logger);
    const client = new ArmClient({
        endpoint: settings.armEndpoint,
        credential,
        logger: ctx.logger,
        clock: ctx.clock,
        subscriptionId: settings.subscriptionId,
        resourceGroup: settings.resourceGroup,
        workspace: settings.workspace,
        poll: settings.poll,
    });
    return new AzureTarget({
        kind: name,
        client,
        assets: new AzureAssets(client, ctx.logger, { credential, blobEndpoint: settings.blobEndpoint }),
        clock: ctx.clock,
        logger: ctx.logger,
        location: settings.location,
        poll: settings.poll,
        deadline: ctx.deadline,
        prices: { url: (0,prices/* pricesUrl */.M)(settings.armEndpoint), home: ctx.home },
        nameServer: (0,endpoint_names/* nameCheckServer */.H)(settings.armEndpoint),
    });
}


/***/ }),

/***/ 37797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ EndpointStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95880);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61599);





/**
 * The local target's records under `home/endpoints/`: one JSON file per endpoint, a keys file
 * readable by the owner only, and a run folder per deployment. Every path is built from a name
 * checked against Azure's naming rule, so no name can point outside the folder. Locks are held
 * only while a record is read and written, never while a server starts or pip runs.
 */
class EndpointStore {
    home;
    dir;
    constructor(home) {
        this.home = home;
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'endpoints');
    }
    checked(name) {
        const problem = (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)(name);
        if (problem)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`endpoint or deployment name ${problem}`);
        return name;
    }
    file(endpoint) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, `${this.checked(endpoint)}.json`);
    }
    keysFile(endpoint) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, `${this.checked(endpoint)}.keys.json`);
    }
    runDir(endpoint, deployment) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, this.checked(endpoint), this.checked(deployment));
    }
    async read(endpoint) {
        return this.checkedRecord(this.file(endpoint), await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)(this.file(endpoint)));
    }
    /** A record as read, refused by name when its shape is not one mlship writes. */
    checkedRecord(file, value) {
        if (value === undefined)
            return undefined;
        const problem = endpointProblem(value);
        if (problem)
            throw (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .damagedState */ .V2)(file, problem, 'mlship then treats the endpoint as absent; a scoring server it started keeps running until its port is freed or it is stopped by hand');
        return value;
    }
    /**
     * A file of a deployment's run folder named in its record (status, log): trusted only inside
     * that deployment's own folder. @throws StateFileError otherwise.
     */
    runFile(endpoint, deployment, field) {
        return (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .insideState */ .Q4)(deployment[field], this.runDir(endpoint, deployment.name), this.file(endpoint), `${deployment.name}.${field}`);
    }
    /** Reads, changes and writes one endpoint's record under its lock. */
    update(endpoint, change) {
        const file = this.file(endpoint);
        return (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .withLock */ .kK)(file, async () => {
            const { record, result } = change(this.checkedRecord(file, await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)(file)));
            if (record)
                await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(file, record);
            return result;
        });
    }
    /** Reads the endpoint's keys and masks them before anything else can print them. */
    async keys(endpoint, logger) {
        const file = this.keysFile(endpoint);
        const keys = await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)(file);
        if (keys !== undefined && (typeof keys?.primaryKey !== 'string' || typeof keys.secondaryKey !== 'string'))
            throw (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .damagedState */ .V2)(file, 'does not hold a primaryKey and a secondaryKey', 'new keys are made on the next deploy; clients must then use those');
        if (keys) {
            logger.secret(keys.primaryKey);
            logger.secret(keys.secondaryKey);
        }
        return keys;
    }
    async writeKeys(endpoint, keys, logger) {
        logger.secret(keys.primaryKey);
        logger.secret(keys.secondaryKey);
        await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.keysFile(endpoint), keys, 0o600);
    }
    async remove(endpoint) {
        await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_4__/* .withLock */ .kK)(this.file(endpoint), async () => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.file(endpoint), { force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.keysFile(endpoint), { force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, this.checked(endpoint)), { recursive: true, force: true });
        });
    }
    async list() {
        const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(this.dir).catch(() => []);
        const names = files
            .filter((f) => f.endsWith('.json') && !f.endsWith('.keys.json'))
            .map((f) => f.slice(0, -'.json'.length))
            .filter((n) => !(0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)(n));
        const records = await Promise.all(names.map((n) => this.read(n)));
        return records.filter((r) => !!r);
    }
}
/** What is wrong with an endpoint record's shape; undefined when it is one mlship writes. */
function endpointProblem(value) {
    const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!isObject(value) || typeof value.name !== 'string' || !isObject(value.deployments) || !isObject(value.traffic) || !isObject(value.tags))
        return 'is not an endpoint record (it needs name, traffic, tags and deployments)';
    for (const [name, d] of Object.entries(value.deployments)) {
        if (!isObject(d) || d.name !== name || typeof d.serverId !== 'string' || (d.phase !== 'starting' && d.phase !== 'running') || !isObject(d.tags))
            return `holds deployment ${name} in a shape mlship does not write`;
    }
    return undefined;
}


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ LocalAssets)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);
/* harmony import */ var _engine_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85448);
/* harmony import */ var _engine_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59399);







/** The local target's assets: the JSON registry and model copies under the state folder. */
class LocalAssets {
    home;
    /** A path model runs from a copy of its files; nothing is registered. */
    registersPathModels = false;
    pathModelName = 'local-path-model';
    registry;
    constructor(home) {
        this.home = home;
        this.registry = new _engine_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalRegistry */ .p(home);
    }
    async registerModel(options) {
        const { model, reused } = await this.registry.registerModel(options);
        return { name: model.name, version: model.version, reused, hash: model.hash, files: model.files, bytes: model.bytes, uploadedBytes: 0 };
    }
    /**
     * A registered version (its immutable copy), or a path deployed without registering, staged
     * so that AZUREML_MODEL_DIR/<folder name> holds it, as on Azure.
     */
    async resolveModel(ref) {
        if (ref.kind === 'registered') {
            const model = await this.registry.getModel(ref.name, ref.version);
            if (!model) {
                const versions = (await this.registry.listModels(ref.name)).map((v) => v.version);
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NotFoundError */ .m_(`model ${ref.name}:${ref.version} is not registered${versions.length ? ` (versions: ${versions.join(', ')})` : ''}. Register it first (register-model), or pass a path as model to deploy files without registering.`, `model ${ref.name}`);
            }
            return { modelDir: model.modelDir, modelId: `${model.name}:${model.version}`, hash: model.hash };
        }
        // A copy, not a link: os.walk in a score.py does not follow links, so a linked folder would hide the model.
        const content = await (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .hashAsset */ .$e)(ref.path);
        const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.home, 'staging', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(ref.path)}\0${content.hash}`)
            .digest('hex')
            .slice(0, 32));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(staging)) {
            const tmp = `${staging}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
            await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .copyAssetFiles */ .j)(content, ref.path, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(ref.path)));
            // Atomic: of two processes staging the same content at once, one complete copy stays.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, staging).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true }));
        }
        return { modelDir: staging, hash: (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .modelIdentity */ .IT)(content) };
    }
    async modelVersions(name) {
        return (await this.registry.listModels(name)).map((v) => ({ version: v.version, tags: { ...v.tags } }));
    }
    tagModel(name, version, tags) {
        return this.registry.tagModel(name, version, tags);
    }
    async findModel(name, hash) {
        return (await this.registry.listModels(name)).find((v) => v.hash === hash)?.version;
    }
    async registerEnvironment(env, name, hash) {
        const { source: _source, ...spec } = env;
        const { environment, reused, renumbered } = await this.registry.registerEnvironment({ name, version: env.version, hash, spec });
        return { name: environment.name, version: environment.version, reused, renumbered };
    }
    async findEnvironment(name, hash) {
        return (await this.registry.listEnvironments(name)).find((v) => v.hash === hash)?.version;
    }
    deleteModel(name, version) {
        return this.registry.deleteModel(name, version);
    }
}


/***/ }),

/***/ 92043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ BATCH_DRIVER_SCRIPT),
/* harmony export */   G9: () => (/* binding */ findServers),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   UD: () => (/* binding */ startServer),
/* harmony export */   gG: () => (/* binding */ stopServer),
/* harmony export */   gy: () => (/* reexport safe */ _engine_state_js__WEBPACK_IMPORTED_MODULE_5__.gy),
/* harmony export */   ky: () => (/* binding */ isOurServer),
/* harmony export */   pt: () => (/* binding */ scoringEnvironment)
/* harmony export */ });
/* unused harmony export MAX_BODY_BYTES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61599);







/** The server scripts ship beside this module (ncc copies them next to the bundle, under hashed names). */
const SERVER_SCRIPT = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(new URL(/* asset import */ __webpack_require__(5741), __webpack_require__.b));
const WORKER_SCRIPT = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(new URL(/* asset import */ __webpack_require__(91064), __webpack_require__.b));
const FRONT_DOOR_SCRIPT = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(new URL(/* asset import */ __webpack_require__(35520), __webpack_require__.b));
/** The local batch driver (see local-batch.ts). */
const BATCH_DRIVER_SCRIPT = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(new URL(/* asset import */ __webpack_require__(42543), __webpack_require__.b));
/** Largest request body the local server accepts (Azure's managed endpoints take up to 100 MB). */
const MAX_BODY_BYTES = 100 * 1024 * 1024;
/**
 * The runner's secrets that user code must never see: the job's tokens, action inputs, Azure
 * credentials, and anything named like a token, secret, password or credential. A score.py gets
 * its settings from the deployment's environment variables, which are added after this filter.
 */
function scoringEnvironment(runner) {
    const out = {};
    for (const [name, value] of Object.entries(runner)) {
        if (value === undefined)
            continue;
        if (/^(ACTIONS_|INPUT_|MLSHIP_)/.test(name) || /TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(name))
            continue;
        out[name] = value;
    }
    return out;
}
/**
 * Starts the scoring server detached, so it outlives the step that deployed it; later steps
 * find it through the state files. Returns once the port is bound (init() may still be running).
 * @throws OperationError when the port is taken or the server exits before binding.
 */
async function startServer(options) {
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(options.logFile, 'a');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.python, ['-u', SERVER_SCRIPT], {
        cwd: options.codeDir,
        detached: true,
        stdio: ['ignore', log, log],
        env: {
            ...scoringEnvironment(process.env),
            ...options.environmentVariables,
            ...(options.modelDir ? { AZUREML_MODEL_DIR: options.modelDir } : {}),
            // As Azure's inference server sets them (see the inference-server contract).
            AZUREML_ENTRY_SCRIPT: `${options.codeDir}/${options.entryScript}`,
            AML_APP_ROOT: options.codeDir,
            SCORING_TIMEOUT_MS: String(options.timeoutMs),
            WORKER_COUNT: String(options.workers),
            AML_APP_INSIGHTS_ENABLED: 'false',
            MLSHIP_STATUS_FILE: options.statusFile,
            MLSHIP_PORT: String(options.port ?? 0),
            MLSHIP_AUTH_KEYS: options.keys.join(','),
            MLSHIP_DEPLOYMENT: options.deployment,
            MLSHIP_SERVER_ID: options.serverId,
            MLSHIP_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
            MLSHIP_WORKER_SCRIPT: WORKER_SCRIPT,
            MLSHIP_FRONT_DOOR: FRONT_DOOR_SCRIPT,
            // auto: Microsoft's azmlinfsrv when this Python has it, else the built-in server; builtin or azmlinfsrv force one.
            MLSHIP_INFERENCE_SERVER: process.env.MLSHIP_INFERENCE_SERVER ?? 'auto',
            PYTHONUNBUFFERED: '1',
            // No __pycache__ in the user's code folder: it would change the code's content hash.
            PYTHONDONTWRITEBYTECODE: '1',
        },
    });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(log);
    const spawnError = new Promise((resolve) => child.once('error', resolve));
    child.unref();
    const pid = child.pid;
    for (let waited = 0; waited < 30_000; waited += 50) {
        const failedToSpawn = await Promise.race([spawnError, new Promise((r) => setTimeout(() => r(undefined), 50))]);
        if (failedToSpawn || !pid)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`could not start ${options.python}: ${failedToSpawn?.message ?? 'no process'}`, options.deployment);
        const status = await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readJson */ .Vh)(options.statusFile).catch(() => undefined);
        // Once the port is bound the deployment exists; an init() failure after that is wait-healthy's to report.
        if (status?.port)
            return { handle: { pid, start: (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processStart */ .gy)(pid), serverId: options.serverId }, port: status.port, server: status.server };
        if (status?.reason === 'port-in-use') {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`port ${options.port} is already in use on this machine. Stop what listens there, or remove "port" from the deployment config so a free port is chosen.`, options.deployment);
        }
        if (status?.phase === 'failed' || !(0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processAlive */ .FN)(pid)) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`the scoring server exited while starting: ${status?.error ?? 'see its log'}`, options.deployment, await tail(options.logFile, 40));
        }
    }
    await stopServer({ pid: pid, start: (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processStart */ .gy)(pid), serverId: options.serverId });
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK('the scoring server did not open its port within 30s', options.deployment, await tail(options.logFile, 40));
}
function environOf(pid) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/environ`, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * True when the recorded process is still the one mlship started: alive, with the same start time
 * and its marker in its environment. Where /proc is absent (macOS, Windows) only liveness is known.
 */
function isOurServer(handle) {
    if (!(0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processAlive */ .FN)(handle.pid))
        return false;
    const start = (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processStart */ .gy)(handle.pid);
    if (start === undefined)
        return handle.start === undefined;
    return start === handle.start && (environOf(handle.pid)?.split('\0').includes(`MLSHIP_SERVER_ID=${handle.serverId}`) ?? false);
}
/**
 * Scoring processes whose marker starts with `prefix` (`<home>|<endpoint>|`), found by their
 * environment: the ones a crash left unrecorded. Empty off Linux.
 */
function findServers(prefix) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        const pid = Number(entry);
        if (!pid || pid === process.pid)
            continue;
        const marker = environOf(pid)
            ?.split('\0')
            .find((v) => v.startsWith('MLSHIP_SERVER_ID='));
        const serverId = marker?.slice('MLSHIP_SERVER_ID='.length);
        if (serverId?.startsWith(prefix))
            found.push({ pid, start: (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processStart */ .gy)(pid), serverId });
    }
    return found;
}
/**
 * Stops a server and everything it started: SIGTERM to its process group, SIGKILL if it lingers.
 * A process that is no longer the one recorded (exited, pid reused) is left alone.
 */
async function stopServer(handle) {
    if (!isOurServer(handle))
        return false;
    const signal = (sig) => {
        try {
            process.kill(-handle.pid, sig);
        }
        catch {
            try {
                process.kill(handle.pid, sig);
            }
            catch {
                /* already gone */
            }
        }
    };
    signal('SIGTERM');
    for (let waited = 0; waited < 3000 && (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processAlive */ .FN)(handle.pid); waited += 50)
        await new Promise((r) => setTimeout(r, 50));
    if ((0,_engine_state_js__WEBPACK_IMPORTED_MODULE_5__/* .processAlive */ .FN)(handle.pid))
        signal('SIGKILL');
    return true;
}
/**
 * Last `lines` lines of a log file; empty when there is none. Reads at most its last 1 MiB, and
 * never through a symbolic link (a link planted in the run folder must not print another file).
 */
async function tail(file, lines) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
    }
    catch {
        return '';
    }
    try {
        const { size } = await handle.stat();
        const length = Math.min(size, 1024 * 1024);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
    }
    catch {
        return '';
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 47968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ preparePython)
/* harmony export */ });
/* unused harmony export baseInterpreter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17679);
/* harmony import */ var _engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31831);
/* harmony import */ var _engine_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17507);








function baseInterpreter(env, vars = process.env) {
    if (vars.MLSHIP_PYTHON)
        return vars.MLSHIP_PYTHON;
    // "python" is what v1 configs name by default; on runners it is the setup-python interpreter.
    if (env.userManaged && env.interpreterPath && env.interpreterPath !== 'python')
        return env.interpreterPath;
    return process.platform === 'win32' ? 'python' : 'python3';
}
function venvPython(venv) {
    return process.platform === 'win32' ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(venv, 'Scripts', 'python.exe') : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(venv, 'bin', 'python');
}
/**
 * Gets a Python ready for the scoring server: the base interpreter when the spec needs no
 * packages (or the user manages them), else a virtual environment with the spec's pip packages,
 * cached under `home/venvs/<hash>` so an unchanged spec installs nothing the second time. The
 * venv sees the interpreter's own site-packages, so packages already installed on the runner are
 * not installed again. It is built in a folder of its own and renamed into place when complete:
 * no lock is held while pip runs, and two builds at once leave one whole environment.
 * @throws OperationError listing the packages pip could not install.
 */
async function preparePython(options) {
    const { env, home, logger, commands } = options;
    const base = baseInterpreter(env);
    const version = await pythonVersion(base, commands);
    if (env.pythonVersion && !version.startsWith(env.pythonVersion.split('.').slice(0, 2).join('.'))) {
        logger.warn(`The environment asks for Python ${env.pythonVersion}; the local target runs ${version} (${base}). Set MLSHIP_PYTHON to another interpreter if that matters.`);
    }
    if (env.image)
        logger.info(`The local target runs without a container; image ${env.image} is used on Azure only.`);
    if (env.reference)
        logger.info(`Environment ${env.reference} is a registered Azure environment; locally its packages are assumed installed.`);
    if (env.userManaged || env.pipPackages.length === 0)
        return { python: base, cached: true };
    // MLSHIP_VENV_DIR keeps environments where a cache (actions/cache) can save and restore them.
    const venvDir = process.env.MLSHIP_VENV_DIR?.replace(/^~(?=\/|$)/, (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)());
    // Packages skipped locally make another environment: it is cached under a name of its own.
    const skipped = env.pipPackages.length - locallyInstalled(env.pipPackages).length;
    const venv = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(venvDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, 'venvs'), `${(0,_engine_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentHash */ .SL)(env).slice(0, 16)}${skipped ? `-skip${skipped}-${skipKey()}` : ''}`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(venv, '.mlship-complete')))
        return { python: venvPython(venv), venv, cached: true };
    logger.info(`Creating a virtual environment for ${env.pipPackages.length} package(s): ${env.pipPackages.join(', ')}`);
    const building = `${venv}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        const created = await commands.run(base, ['-m', 'venv', '--system-site-packages', building], { title: 'python -m venv' });
        if (created.code !== 0)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK(`could not create a virtual environment with ${base}: ${created.stderr.trim().split('\n').pop()}`, 'environment');
        // Requirements go in a file, one per line: pip reads them as requirements, never as options.
        const requirements = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(building, 'requirements.txt');
        const packages = locallyInstalled(env.pipPackages, logger);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(requirements, `${packages.join('\n')}\n`);
        if (packages.length)
            await pipInstall(venvPython(building), requirements, packages, commands);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(building, '.mlship-complete'), new Date().toISOString());
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(building, venv).catch(async () => {
            // Another step built the same environment meanwhile: keep that one.
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(venv, '.mlship-complete')))
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK(`could not move the new virtual environment into ${venv}`, 'environment');
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(building, { recursive: true, force: true });
    }
    return { python: venvPython(venv), venv, cached: false };
}
/** Azure's serving stack: what runs score.py on Azure, replaced locally by mlship's scoring server. */
const SERVING_STACK = /^(azureml-defaults|azureml-inference-server-http)\b/i;
/** A requirement's distribution name (`numpy==1.26` → `numpy`). */
function packageName(requirement) {
    return /^[A-Za-z0-9._-]+/.exec(requirement.trim())?.[0]?.toLowerCase() ?? requirement;
}
/**
 * The pip packages to install locally: all of them, except those MLSHIP_LOCAL_SKIP_PACKAGES names
 * (comma-separated distribution names), which stay in the environment Azure builds.
 */
function locallyInstalled(packages, logger) {
    const skip = skipList();
    const kept = packages.filter((p) => !skip.has(packageName(p)));
    if (logger && kept.length < packages.length)
        logger.info(`Not installed locally (MLSHIP_LOCAL_SKIP_PACKAGES): ${packages.filter((p) => skip.has(packageName(p))).join(', ')}; Azure still installs them.`);
    return kept;
}
function skipList() {
    return new Set((process.env.MLSHIP_LOCAL_SKIP_PACKAGES ?? '')
        .split(',')
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean));
}
function skipKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...skipList()].sort().join(','))
        .digest('hex')
        .slice(0, 8);
}
async function pythonVersion(python, commands) {
    const result = await commands.run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { title: `${python} --version` });
    if (result.code !== 0) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`Python was not found (tried "${python}"). Install Python 3 (actions/setup-python on a runner) or set MLSHIP_PYTHON to an interpreter.`);
    }
    return result.stdout.trim();
}
async function pipInstall(python, requirements, packages, commands) {
    const result = await commands.run(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--retries', '1', '--timeout', '15', '-r', requirements], { title: `pip install ${packages.join(' ')}` });
    if (result.code === 0)
        return;
    const output = `${result.stdout}\n${result.stderr}`;
    const failed = new Set();
    for (const match of output.matchAll(/(?:No matching distribution found for|Could not find a version that satisfies the requirement) (\S+)/g))
        failed.add(match[1]);
    const servingStack = [...failed].filter((p) => SERVING_STACK.test(p));
    const error = new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK(`pip could not install: ${(failed.size ? [...failed] : packages).join(', ')}. ` +
        (servingStack.length
            ? `${servingStack.join(', ')} is Azure's serving stack (the inference server that runs score.py there); the local target replaces it with its own scoring server, so it is not needed here. ` +
                `Keep it for Azure only: leave it in the environment and set MLSHIP_LOCAL_SKIP_PACKAGES=${servingStack.map(packageName).join(',')} where mlship runs locally. `
            : '') +
        'Check the names and versions in the conda/pip spec; without access to a package index, install them into the interpreter first (they are then reused) or point MLSHIP_PYTHON at one that has them.', 'environment', output.split('\n').slice(-15).join('\n'));
    // The local counterpart of Azure's image build: classified as Azure's ImageBuildFailure is, from pip's own output.
    error.diagnosis = (0,_engine_diagnosis_js__WEBPACK_IMPORTED_MODULE_7__/* .diagnose */ .h4)({ error: { code: 'ImageBuildFailure', message: 'the local environment could not be built: pip failed' }, buildLog: output });
    throw error;
}


/***/ }),

/***/ 42543:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "f4f29596b580f54c10a0.py";

/***/ }),

/***/ 35520:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "452f71de87d90902e6f0.py";

/***/ }),

/***/ 5741:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "ba5b44615b163b07356b.py";

/***/ }),

/***/ 91064:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "f6764373378543d2d33d.py";

/***/ })

};
