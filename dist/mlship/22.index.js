export const id = 22;
export const ids = [22];
export const modules = {

/***/ 22:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/engine/commands.ts
var commands = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/logger.ts
var engine_logger = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/engine/provenance.ts
var provenance = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/engine/state.ts
var state = __webpack_require__(1599);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/engine/naming.ts
var naming = __webpack_require__(5880);
// EXTERNAL MODULE: ./src/engine/spec.ts
var spec = __webpack_require__(8519);
;// CONCATENATED MODULE: ./src/cli/args.ts





const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    verbose: { type: 'boolean', short: 'v' },
    debug: { type: 'boolean' },
    'no-refs': { type: 'boolean' },
    keep: { type: 'boolean' },
    force: { type: 'boolean' },
    'missing-ok': { type: 'boolean' },
    'model-name': { type: 'string' },
    'model-path': { type: 'string' },
    model: { type: 'string' },
    tag: { type: 'string', multiple: true },
    description: { type: 'string' },
    'inference-config': { type: 'string' },
    'deployment-config': { type: 'string' },
    deployment: { type: 'string' },
    endpoint: { type: 'string' },
    environment: { type: 'string' },
    target: { type: 'string' },
    'endpoint-name': { type: 'string' },
    'deployment-name': { type: 'string' },
    timeout: { type: 'string' },
    'sample-request': { type: 'string' },
    'expect-status': { type: 'string' },
    'delete-model': { type: 'string' },
    'subscription-id': { type: 'string' },
    'resource-group': { type: 'string' },
    workspace: { type: 'string' },
    location: { type: 'string' },
    compute: { type: 'string' },
    'instance-type': { type: 'string' },
    // Node itself takes --env-file even after the script path on some versions (nodejs/node#54232),
    // so the emulator writes its settings with --env-out; --env-file is accepted where it reaches us.
    'env-out': { type: 'string' },
    'env-file': { type: 'string' },
    'identity-datastores': { type: 'boolean' },
    'print-sdk-config': { type: 'boolean' },
};
/** Parses the command line strictly: an unknown flag is an error, not silently ignored. */
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new engine_errors/* ConfigError */.xL(`${err.message}. Run mlship --help for the options.`);
    }
}
function targetOf(values) {
    const value = values.target?.toLowerCase();
    if (value === undefined)
        return undefined;
    if (!spec/* TARGETS */.d.includes(value))
        throw new engine_errors/* ConfigError */.xL(`--target ${value}: use local, aci or aks`);
    return value;
}
/** --endpoint-name, required by `command` and checked against Azure's naming rule. */
function endpointOf(values, command) {
    const value = values['endpoint-name'];
    if (!value)
        throw new engine_errors/* ConfigError */.xL(`mlship ${command} needs --endpoint-name NAME`);
    return (0,naming/* checkResourceName */.E3)(value, '--endpoint-name');
}
/** --deployment-name when given, checked against Azure's naming rule. */
function deploymentOf(values) {
    const value = values['deployment-name'];
    return value === undefined ? undefined : (0,naming/* checkResourceName */.E3)(value, '--deployment-name');
}
function timeoutOf(values) {
    return (0,duration/* parseDuration */.E9)(values.timeout ?? '10m', '--timeout');
}
function expectStatusOf(values) {
    const n = Number(values['expect-status'] ?? 200);
    if (!Number.isInteger(n) || n < 100 || n > 599)
        throw new engine_errors/* ConfigError */.xL(`--expect-status ${values['expect-status']}: use an HTTP status such as 200`);
    return n;
}
function tagsOf(values) {
    const tags = {};
    for (const item of values.tag ?? []) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new engine_errors/* ConfigError */.xL(`--tag ${item}: write key=value`);
        const problem = (0,naming/* tagProblem */.qH)(item.slice(0, eq), item.slice(eq + 1));
        if (problem)
            throw new engine_errors/* ConfigError */.xL(`--tag: ${problem}`);
        tags[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return tags;
}
const HELP = `mlship: ship machine-learning models to Azure Machine Learning (and to this machine)

Usage: mlship <command> [options]

Commands
  up         register, build, deploy, wait until Healthy, send the sample request, report,
             then tear down what it created (--keep leaves it running). With no options: the
             bundled example model on the local target.
  validate   check config files: mlship validate [--no-refs] <files...>
  plan       show what up would create, update or leave unchanged, without changing anything
  register   --model-name NAME --model-path PATH [--tag k=v ...] [--description TEXT]
  build-env  --inference-config FILE | --environment FILE
  deploy     deploy without waiting (same options as up)
  wait       --endpoint-name NAME [--deployment-name NAME] [--timeout 10m] [--sample-request FILE]
  teardown   --endpoint-name NAME [--deployment-name NAME [--force]] [--delete-model NAME:VERSION]
             [--missing-ok] (succeed when it is already gone; otherwise that is an error)
  keys       --endpoint-name NAME   print the endpoint's scoring keys
  (wait, teardown and keys act on the target the endpoint was deployed to from this folder;
   give --target for one deployed elsewhere)
  emulator   start the Azure ML workspace emulator on loopback [--env-out FILE]
             [--identity-datastores] (keyless workspaceblobstore, uploads with Entra tokens)
             [--print-sdk-config] (also print how to point Microsoft's azure-ai-ml SDK at it)

Deployment options (up, plan, deploy)
  --model NAME:VERSION | NAME@latest | PATH     --model-name / --model-path to register first
  --inference-config FILE  --deployment-config FILE   (v1 JSON or YAML)
  --deployment FILE  --endpoint FILE  --environment FILE   (az ml v2 YAML)
  --target local|aci|aks  --endpoint-name NAME  --deployment-name NAME
  --timeout 10m  --sample-request FILE  --expect-status 200  --keep

Azure targets (aci, aks)
  --subscription-id ID  --resource-group NAME  --workspace NAME  --location REGION
  --compute NAME (aks)  --instance-type SKU   (defaults: MLSHIP_* / AZURE_* variables)

Output
  -v, --verbose   more detail     --debug   the stack trace of an unexpected error
  -h, --help      this text

Exit codes: 0 done, 1 failed, 2 bad usage or input (nothing was changed).
State is kept in .mlship/ in the working directory (MLSHIP_HOME overrides).`;

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts + 10 modules
var load = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/engine/deploy.ts
var deploy = __webpack_require__(7399);
// EXTERNAL MODULE: ./src/engine/environment.ts
var environment = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/engine/known-endpoints.ts
var known_endpoints = __webpack_require__(294);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(3755);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(955);
// EXTERNAL MODULE: ./src/engine/register.ts
var engine_register = __webpack_require__(4673);
// EXTERNAL MODULE: ./src/engine/sample.ts
var sample = __webpack_require__(3886);
// EXTERNAL MODULE: ./src/engine/teardown.ts
var teardown = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/engine/wait.ts
var wait = __webpack_require__(641);
// EXTERNAL MODULE: ./src/targets/local/python-env.ts
var python_env = __webpack_require__(7968);
// EXTERNAL MODULE: ./src/cli/paths.ts
var paths = __webpack_require__(5450);
// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(2196);
;// CONCATENATED MODULE: ./src/cli/spec-args.ts







/**
 * Builds the spec from command-line options. With no config at all, `up` and `deploy` use the
 * bundled example and register its model; `--model-name` with `--model-path` registers the user's.
 */
function specFromArgs(ctx, values, command) {
    const yamlFiles = [values.deployment, values.endpoint, values.environment].filter((f) => !!f);
    const usesExample = !values['inference-config'] && !values['deployment-config'] && yamlFiles.length === 0;
    const example = (0,paths/* exampleDir */.c)();
    if (!!values['model-name'] !== !!values['model-path']) {
        throw new engine_errors/* ConfigError */.xL(`--model-name and --model-path go together (register a model, then deploy it); to deploy files without registering use --model PATH`);
    }
    if (values.model && values['model-path'])
        throw new engine_errors/* ConfigError */.xL('give either --model (NAME:VERSION, NAME@latest or PATH) or --model-name with --model-path, not both');
    const register = values['model-name'] && values['model-path']
        ? { name: (0,naming/* checkAssetName */.WD)(values['model-name'], '--model-name'), path: values['model-path'], tags: tagsOf(values), description: values.description }
        : usesExample && command !== 'plan' && !values.model
            ? {
                name: 'diabetes-ridge',
                path: (0,external_node_path_.join)(example, 'model'),
                tags: { example: 'true' },
                description: 'mlship example: ridge regression on the diabetes data set',
            }
            : undefined;
    const loaded = (0,load/* loadSpec */.I)({
        inferenceConfig: values['inference-config'] ?? (usesExample ? (0,external_node_path_.join)(example, 'inferenceconfig.json') : undefined),
        deploymentConfig: values['deployment-config'] ?? (usesExample ? (0,external_node_path_.join)(example, 'deploymentconfig.json') : undefined),
        yamlFiles,
        origin: 'flags',
        overrides: {
            target: targetOf(values),
            model: (values.model ? (0,v2/* modelFromText */.n$)(values.model, '--model') : undefined) ??
                (register ? { kind: 'registered', name: register.name, version: 'latest' } : undefined),
            endpointName: values['endpoint-name'] ?? (usesExample ? 'diabetes-example' : undefined),
            deploymentName: values['deployment-name'],
            instanceType: values['instance-type'],
            compute: values.compute,
            location: values.location,
        },
    });
    for (const secret of loaded.secrets)
        ctx.logger.secret(secret);
    for (const warning of loaded.warnings)
        ctx.logger.warn((0,engine_errors/* formatProblem */.Vw)(warning));
    if (!loaded.spec.model && command !== 'plan') {
        ctx.logger.warn('no model is given (--model, or --model-name with --model-path): AZUREML_MODEL_DIR is not set for score.py');
    }
    return { ...loaded, usesExample, register };
}

// EXTERNAL MODULE: ./src/engine/up.ts
var up = __webpack_require__(3057);
// EXTERNAL MODULE: ./src/azure/settings.ts
var settings = __webpack_require__(3714);
// EXTERNAL MODULE: ./src/targets/index.ts + 4 modules
var targets = __webpack_require__(3068);
;// CONCATENATED MODULE: ./src/cli/context.ts


/** The target a command works on; Azure settings come from flags, else the environment. */
function cliTarget(name, ctx, values) {
    return (0,targets/* createTarget */.Y)(name, ctx, () => (0,settings/* resolveAzureSettings */.F)({ subscriptionId: values['subscription-id'], resourceGroup: values['resource-group'], workspace: values.workspace, location: values.location }, ctx.io.env));
}

;// CONCATENATED MODULE: ./src/cli/up.ts









/**
 * `mlship up`: the whole pipeline. Without --keep the endpoint is deleted at the end, but only if
 * this run created it: one that an earlier `up --keep` left running stays, and the report says so.
 */
async function runUp(ctx, values) {
    const { spec, usesExample, register } = specFromArgs(ctx, values, 'up');
    const sampleFile = values['sample-request'] ?? (usesExample ? (0,external_node_path_.join)((0,paths/* exampleDir */.c)(), 'sample-request.json') : undefined);
    const sampleRequest = await (0,sample/* readSampleRequest */.G)(sampleFile, '--sample-request');
    const target = await cliTarget(spec.target, ctx, values);
    const report = { deleted: [], timings: {} };
    if (usesExample)
        ctx.logger.info(`Deploying the bundled example (${(0,paths/* exampleDir */.c)()}) to the ${spec.target} target.`);
    try {
        await (0,up.up)(ctx, target, {
            spec,
            register,
            timeoutMs: timeoutOf(values),
            expectStatus: expectStatusOf(values),
            teardownAfter: values.keep ? 'never' : 'if-created',
            sampleRequest,
        }, report);
    }
    finally {
        printReport(ctx.logger, report, stopCommand(values, spec.endpoint.name, spec.target));
    }
    return 0;
}
/** The command that stops what is left running, with every flag needed to find it again. */
function stopCommand(values, endpoint, target) {
    const flags = [`--endpoint-name ${endpoint}`];
    if (target !== 'local')
        flags.push(`--target ${target}`);
    for (const flag of ['subscription-id', 'resource-group', 'workspace'])
        if (values[flag])
            flags.push(`--${flag} ${values[flag]}`);
    return `npx mlship teardown ${flags.join(' ')}`;
}
function printReport(logger, report, stop) {
    const { model, deployment, wait } = report;
    const lines = ['', 'mlship up report'];
    if (model)
        lines.push(`  model        ${model.modelId} (${model.reused ? 'reused' : 'new version'}, ${model.files} file(s), ${(0,format/* formatBytes */.z3)(model.bytes)})`);
    if (deployment) {
        lines.push(`  environment  ${deployment.environmentId}`, `  endpoint     ${deployment.endpointName}/${deployment.deploymentName}`, `  scoring URI  ${deployment.scoringUri}`);
    }
    if (wait)
        lines.push(`  state        ${wait.state}`);
    if (wait?.sample)
        lines.push(`  prediction   ${(0,format/* truncate */.xv)(wait.sample.body, 500)}`);
    lines.push(`  timings      ${Object.entries(report.timings)
        .map(([k, v]) => `${k} ${(0,duration/* formatDuration */.a3)(v)}`)
        .join(', ')}`);
    if (report.deleted.length)
        lines.push(`  torn down    ${report.deleted.join(', ')}`);
    if (deployment && !report.deleted.length) {
        const why = report.keptBecauseExisting ? 'It was running before this run, so it was left running' : 'Still running';
        lines.push('', `${why} at ${deployment.scoringUri}. Stop it with: ${stop}`);
    }
    logger.info(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/cli/commands.ts




















const COMMANDS = {
    validate: async (ctx, values, files) => {
        if (!files.length)
            throw new engine_errors/* ConfigError */.xL('mlship validate needs one or more files: mlship validate [--no-refs] FILE...');
        let errors = 0;
        for (const file of files) {
            const result = (0,load/* readConfigFile */.R)(file, { checkRefs: !values['no-refs'] });
            const fileErrors = result.problems.filter((p) => p.severity === 'error').length;
            errors += fileErrors;
            for (const problem of result.problems)
                ctx.logger.info(`${problem.severity === 'error' ? 'error' : 'warning'}: ${(0,engine_errors/* formatProblem */.Vw)(problem)}`);
            ctx.logger.info(`${file}: ${result.kind ?? 'unknown kind'}, ${fileErrors ? `${fileErrors} error(s)` : 'valid'}`);
        }
        return errors ? 1 : 0;
    },
    plan: async (ctx, values) => {
        const { spec } = specFromArgs(ctx, values, 'plan');
        const items = await (0,plan/* plan */.e)(ctx, spec, await cliTarget(spec.target, ctx, values));
        for (const item of items)
            ctx.logger.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name}  (${item.reason})`);
        return 0;
    },
    register: async (ctx, values) => {
        if (!values['model-name'] || !values['model-path'])
            throw new engine_errors/* ConfigError */.xL('mlship register needs --model-name NAME and --model-path PATH');
        const name = (0,naming/* checkAssetName */.WD)(values['model-name'], '--model-name');
        const model = await (0,engine_register/* registerModel */.$)(ctx, await cliTarget(targetOf(values) ?? 'local', ctx, values), {
            name,
            path: values['model-path'],
            tags: tagsOf(values),
            description: values.description,
        });
        ctx.logger.info(model.modelId);
        return 0;
    },
    'build-env': async (ctx, values) => {
        const env = values.environment
            ? loadEnvironmentYaml(values.environment)
            : (0,load/* loadSpec */.I)({ inferenceConfig: values['inference-config'] ?? (0,external_node_path_.join)((0,paths/* exampleDir */.c)(), 'inferenceconfig.json'), origin: 'flags' }).spec.environment;
        const target = targetOf(values) ?? 'local';
        const built = await (0,environment/* registerEnvironment */.fL)(ctx, await cliTarget(target, ctx, values), env);
        if (target === 'local')
            await (0,python_env/* preparePython */.s)({ env, home: ctx.home, logger: ctx.logger, commands: ctx.commands });
        ctx.logger.info(built.environmentId);
        return 0;
    },
    deploy: async (ctx, values) => {
        const { spec, register } = specFromArgs(ctx, values, 'deploy');
        const target = await cliTarget(spec.target, ctx, values);
        // The spec already names the model to register as NAME@latest.
        if (register)
            await (0,engine_register/* registerModel */.$)(ctx, target, register);
        const result = await (0,deploy/* deploy */.gg)(ctx, spec, target);
        ctx.logger.info(`scoring URI: ${result.scoringUri}`);
        return 0;
    },
    wait: async (ctx, values) => {
        // Every flag is checked before anything is looked up or done.
        const endpoint = endpointOf(values, 'wait');
        const options = {
            endpoint,
            deployment: deploymentOf(values) ?? 'blue',
            timeoutMs: timeoutOf(values),
            sampleRequest: await (0,sample/* readSampleRequest */.G)(values['sample-request'], '--sample-request'),
            expectStatus: expectStatusOf(values),
        };
        const result = await (0,wait/* waitHealthy */.h)(ctx, await endpointTarget(ctx, values, endpoint), options);
        ctx.logger.info(`${result.state} after ${(0,duration/* formatDuration */.a3)(result.durationMs)}${result.sample ? `; sample answered ${result.sample.status}: ${(0,format/* truncate */.xv)(result.sample.body, 500)}` : ''}`);
        return 0;
    },
    teardown: async (ctx, values) => {
        const endpoint = endpointOf(values, 'teardown');
        const options = {
            endpoint,
            deployment: deploymentOf(values),
            deleteModel: (0,teardown/* checkedModelVersion */.pu)(values['delete-model'], '--delete-model'),
            force: values.force,
            missingOk: values['missing-ok'],
        };
        const deleted = await (0,teardown/* teardown */.zN)(ctx, await endpointTarget(ctx, values, endpoint), options);
        ctx.logger.info(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.');
        return 0;
    },
    keys: async (ctx, values) => {
        const endpoint = endpointOf(values, 'keys');
        const target = await endpointTarget(ctx, values, endpoint);
        if (!(await target.describe(endpoint)))
            throw new engine_errors/* NotFoundError */.m_(`endpoint ${endpoint} does not exist on target ${target.name}`, endpoint);
        const keys = await target.keys(endpoint, ctx.logger);
        if (!keys) {
            ctx.logger.info(`${endpoint} does not use key auth: it has no keys.`);
            return 0;
        }
        // Asked for by name: printed as they are, past the logger (which would mask them).
        ctx.io.out(`primaryKey   ${keys.primaryKey}\nsecondaryKey ${keys.secondaryKey}`);
        return 0;
    },
    up: async (ctx, values) => runUp(ctx, values),
    // The emulator (https server, OpenAPI validation, Azurite) is loaded only when asked for.
    emulator: async (ctx, values) => (await Promise.all(/* import() */[__webpack_require__.e(869), __webpack_require__.e(738), __webpack_require__.e(53), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 8527))).runEmulator(ctx, {
        envFile: values['env-out'] ?? values['env-file'],
        identityDatastores: !!values['identity-datastores'],
        printSdkConfig: !!values['print-sdk-config'],
    }),
};
/** The target of an existing endpoint: --target, else where it was deployed from this folder. */
async function endpointTarget(ctx, values, endpoint) {
    return cliTarget(await (0,known_endpoints/* targetOfEndpoint */.a)(ctx.home, endpoint, targetOf(values), '--target'), ctx, values);
}
function loadEnvironmentYaml(file) {
    const read = (0,load/* readConfigFile */.R)(file, { checkRefs: true, expect: ['v2-environment'] });
    if (read.problems.some((p) => p.severity === 'error') || !read.fragment?.environment)
        throw new engine_errors/* ConfigError */.xL(`${file} is not a valid environment.`, read.problems);
    return read.fragment.environment;
}

;// CONCATENATED MODULE: ./src/cli/io.ts
function processIo() {
    return {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        cwd: process.cwd(),
        env: process.env,
    };
}

;// CONCATENATED MODULE: ./src/cli/logger.ts

function terminalLogger(options) {
    const secrets = new Set();
    const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
    const err = options.err ?? ((line) => process.stderr.write(`${line}\n`));
    // Control characters from a user's file or a score.py log must not drive the terminal either.
    const mask = (text) => {
        let masked = (0,format/* neutralise */.$0)(text);
        for (const secret of secrets)
            masked = masked.split(secret).join('***');
        return masked;
    };
    return {
        info: (message) => out(mask(message)),
        warn: (message) => err(mask(`warning: ${message}`)),
        error: (message) => err(mask(`error: ${message}`)),
        debug: (message) => {
            if (options.verbose)
                err(mask(message));
        },
        secret: (value) => {
            if (value)
                secrets.add(value);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts









/**
 * Runs the mlship command line; returns the exit code: 0 done, 1 failed, 2 bad usage or input.
 * `io` defaults to this process (stdout, stderr, working directory, environment).
 */
async function runCli(argv, io = processIo()) {
    let logger = terminalLogger({ verbose: false, out: io.out, err: io.err });
    let debug = false;
    try {
        const { values, positionals } = parse(argv);
        debug = values.debug ?? false;
        logger = terminalLogger({ verbose: (values.verbose ?? false) || debug, out: io.out, err: io.err });
        const [command, ...rest] = positionals;
        if (values.help || !command) {
            logger.info(HELP);
            return command || values.help ? 0 : 2;
        }
        const handler = COMMANDS[command];
        if (!handler)
            throw new engine_errors/* ConfigError */.xL(`unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run mlship --help.`);
        // A --timeout bounds every operation of the command, not only the wait.
        const deadline = values.timeout === undefined ? undefined : engine_logger/* systemClock */.m.now() + timeoutOf(values);
        const ctx = { home: (0,state/* stateHome */.Z0)('cli', io.env, io.cwd), logger, clock: engine_logger/* systemClock */.m, tags: (0,provenance/* provenanceTags */.Xy)(io.env), commands: commands/* quietRunner */.T, io, deadline };
        return await handler(ctx, values, rest);
    }
    catch (err) {
        report(logger, err, debug);
        return err instanceof engine_errors/* ConfigError */.xL ? 2 : 1;
    }
}
function report(logger, err, debug) {
    const described = (0,engine_errors/* describeError */.Uc)(err);
    logger.error(described.message);
    if (described.logs)
        logger.info(`----- log -----\n${described.logs}`);
    if (described.kind === 'bug')
        logger.info(debug ? (err?.stack ?? '') : 'Run again with --debug for the stack trace.');
}


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot),
/* harmony export */   c: () => (/* binding */ exampleDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The mlship package folder, found from this file whether it runs from src/ or from the bundle. */
function packageRoot() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === 'mlship')
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            throw new Error('cannot find the mlship package folder');
        dir = parent;
    }
}
/** The bundled example: a ridge-regression model for the diabetes data set. */
function exampleDir() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageRoot(), 'examples', 'diabetes');
}


/***/ }),

/***/ 1896:
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
        reason: 'not deployed',
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

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ deploymentHash),
/* harmony export */   gg: () => (/* binding */ deploy)
/* harmony export */ });
/* unused harmony export routesOf */
/* harmony import */ var _known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(294);
/* harmony import */ var _crash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7465);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1896);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5448);
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8064);






async function deploy(ctx, spec, target, options = {}) {
    const model = spec.model ? await target.assets.resolveModel(spec.model) : undefined;
    if (spec.model?.kind === 'registered' && spec.model.version === 'latest')
        ctx.logger.info(`${spec.model.name}@latest resolved to ${model?.modelId}.`);
    const environment = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .registerEnvironment */ .fL)(ctx, target, spec.environment);
    const specHash = await deploymentHash(spec, model?.hash ?? model?.modelId, environment.hash);
    const endpointName = spec.endpoint.name;
    const deploymentName = spec.deployment.name;
    let observed = await target.describe(endpointName);
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .decide */ .LD)({ spec, specHash, traffic: options.traffic }, observed);
    options.onDecision?.(decision, !!observed);
    // Recorded before it is created: a run killed right after the creation still lets a later
    // step (or its post step) find the endpoint where it is.
    await (0,_known_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberEndpoint */ .X)(ctx.home, endpointName, target.name);
    if (!observed) {
        ctx.logger.info(`Creating endpoint ${endpointName} (${target.name}, auth ${spec.endpoint.authMode}).`);
        observed = await target.createEndpoint(spec, { ...spec.endpoint.tags, ...ctx.tags }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_5__/* .crashPoint */ .u)('deploy:endpoint-created');
    }
    const outcome = {
        endpointName,
        deploymentName,
        modelId: model?.modelId,
        environmentId: environment.environmentId,
        specHash,
        drift: decision.drift,
        action: decision.deployment,
    };
    if (decision.deployment !== 'unchanged') {
        const routes = await target.putDeployment({ spec, endpoint: observed, model, environment, tags: { ...ctx.tags, ...decision.deploymentTags } }, ctx.logger);
        (0,_crash_js__WEBPACK_IMPORTED_MODULE_5__/* .crashPoint */ .u)('deploy:submitted');
        ctx.logger.info(`Deployment ${endpointName}/${deploymentName} is starting at ${routes.scoringUri} (${decision.reason}).`);
        return { ...outcome, ...routes, unchanged: false, traffic: observed.traffic };
    }
    const traffic = await applyUnchanged(ctx, target, decision, observed, deploymentName);
    const routes = routesOf(observed, deploymentName);
    ctx.logger.info(decision.drift.length
        ? `Deployment ${endpointName}/${deploymentName} runs this spec; ${decision.drift.length} change(s) made outside mlship were put back.`
        : `Deployment ${endpointName}/${deploymentName} already runs this exact spec: ${decision.patch.tags ? 'only its share of traffic once healthy changed' : 'no change'}.`);
    // A new traffic wish is a tag, not a new deployment: the deployment itself is unchanged.
    return { ...outcome, ...routes, unchanged: decision.drift.length === 0, traffic };
}
/** Writes what an unchanged deployment needs: drifted settings, the traffic wish, mlship's traffic map. */
async function applyUnchanged(ctx, target, decision, observed, deployment) {
    for (const item of decision.drift)
        ctx.logger.warn(`Drift on ${observed.name}/${deployment}: ${item}; putting it back.`);
    if (decision.patch.tags || decision.patch.instanceCount !== undefined)
        await target.patchDeployment(observed.name, deployment, decision.patch, ctx.logger);
    const restore = decision.trafficToRestore;
    // On a collision, the map mlship recorded last (another mlship run may have just recorded one).
    if (restore)
        return (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_4__/* .setTraffic */ .oB)(ctx, target, observed, (now) => (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTraffic */ .D7)(now.tags[_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.traffic]) ?? restore);
    return observed.traffic;
}
/** Where a deployment answers: its own routes locally, the endpoint's on Azure. */
function routesOf(observed, deployment) {
    return observed.deployments.find((d) => d.name === deployment)?.routes ?? { scoringUri: observed.scoringUri, swaggerUri: observed.swaggerUri };
}
/** Hash of everything that, changed, requires a new deployment: model, code, environment, settings. */
async function deploymentHash(spec, modelKey, environmentHash) {
    const code = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashAsset */ .$e)(spec.code.directory);
    // Tags are not what a deployment runs; its name and the endpoint's region are where, not what.
    const { tags: _tags, name: _name, location: _location, ...settings } = spec.deployment;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashJson */ .jM)({
        model: modelKey,
        code: code.hash,
        entry: spec.code.entryScript,
        environment: environmentHash,
        settings,
        auth: spec.endpoint.authMode,
        target: spec.target,
    });
}


/***/ }),

/***/ 294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ rememberEndpoint),
/* harmony export */   a: () => (/* binding */ targetOfEndpoint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1599);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8519);




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


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7399);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5448);





/**
 * What deploying `spec` would do to each resource, with reads only. The deployment line is the
 * decision deploy itself makes (`decide`): a Failed deployment is deployed again, drift is put
 * back. A permission error is thrown, as deploy would meet it; only "not registered" is a plan line.
 */
async function plan(_ctx, spec, target, options = {}) {
    const items = [];
    let modelKey;
    if (spec.model?.kind === 'registered') {
        const model = await target.assets.resolveModel(spec.model).catch((err) => {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotFoundError */ .m_)
                return undefined;
            throw err;
        });
        modelKey = model?.hash ?? model?.modelId;
        items.push({
            resource: 'model',
            name: `${spec.model.name}:${spec.model.version}`,
            action: 'unchanged',
            reason: model ? `registered as ${model.modelId}` : 'not registered: deploy will fail until it is',
        });
    }
    else if (spec.model) {
        modelKey = (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .modelIdentity */ .IT)(await (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashAsset */ .$e)(spec.model.path));
        const registered = target.assets.registersPathModels ? await target.assets.findModel(spec.model.name ?? target.assets.pathModelName, modelKey) : undefined;
        items.push(!target.assets.registersPathModels
            ? { resource: 'model', name: spec.model.path, action: 'unchanged', reason: 'deployed from the path, not registered' }
            : registered
                ? { resource: 'model', name: spec.model.path, action: 'unchanged', reason: `this content is registered as ${registered}` }
                : { resource: 'model', name: spec.model.path, action: 'create', reason: 'registered as a new model version before deploying' });
    }
    const envHash = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentHash */ .SL)(spec.environment);
    const envName = (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentName */ .VE)(spec.environment, envHash);
    const existingEnv = await target.assets.findEnvironment(envName, envHash);
    items.push({
        resource: 'environment',
        name: envName,
        action: existingEnv ? 'unchanged' : 'create',
        reason: existingEnv ? `matches version ${existingEnv}` : 'no version has this spec',
    });
    const observed = await target.describe(spec.endpoint.name);
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .decide */ .LD)({ spec, specHash: await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentHash */ .IE)(spec, modelKey, envHash), traffic: options.traffic }, observed);
    items.push({ resource: 'endpoint', name: spec.endpoint.name, action: observed ? 'unchanged' : 'create', reason: observed ? 'exists' : 'does not exist' });
    const writesUnchanged = decision.deployment === 'unchanged' && (decision.drift.length > 0 || decision.patch.tags !== undefined);
    items.push({
        resource: 'deployment',
        name: `${spec.endpoint.name}/${spec.deployment.name}`,
        action: writesUnchanged ? 'update' : decision.deployment,
        reason: decision.reason,
    });
    return items;
}


/***/ }),

/***/ 7273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);

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
    for (;;) {
        const observation = await options.observe();
        polls += 1;
        if (observation.state !== lastState) {
            logger.info(`${options.subject}: ${observation.state}`);
            lastState = observation.state;
        }
        const elapsedMs = clock.now() - started;
        if (observation.done)
            return { value: observation.value, state: observation.state, polls, elapsedMs };
        const remaining = deadline - clock.now();
        if (remaining <= 0) {
            const detail = options.onDeadline ? await options.onDeadline(observation) : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineError */ .j3(`${options.subject} was still ${observation.state} when the timeout ran out after ${Math.round(elapsedMs / 1000)}s. ` +
                'Raise `timeout` if it is only slow; otherwise read the log below.', observation.state, detail);
        }
        // Retry-After is a floor set by the server: waiting less only earns another throttled answer.
        const wanted = Math.max(interval, observation.retryAfterMs ?? 0);
        await clock.sleep(Math.min(wanted, remaining));
        interval = Math.min(maxInterval, interval * growth);
    }
}


/***/ }),

/***/ 4673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ registerModel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3755);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5880);





/**
 * Registers a model file or folder. Content decides: the same bytes under the same name return
 * the existing version (`reused`), so reruns make no new versions.
 * @throws ConfigError for a bad name or a path that does not exist.
 */
async function registerModel(ctx, target, options) {
    const problem = (0,_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .assetNameProblem */ .pr)(options.name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-name: ${problem}`);
    // A datastore URI or a job output (azureml://...) is registered where it is, without upload.
    const isUri = /^azureml:\/\//.test(options.path);
    const path = isUri ? options.path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.path);
    if (!isUri && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-path: ${options.path} does not exist (resolved to ${path}); give the model file or folder`);
    if (isUri && target.name === 'local')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`model-path: ${options.path} is in an Azure ML workspace; register it with target aci or aks, or download it first`);
    const model = await target.assets.registerModel({ ...options, path, tags: { ...ctx.tags, ...options.tags } });
    ctx.logger.info(model.reused
        ? `Model ${model.name}:${model.version} already holds this content (sha256 ${model.hash.slice(0, 12)}): reused, no new version.`
        : `Registered model ${model.name}:${model.version}: ${model.files} file(s), ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(model.bytes)}, sha256 ${model.hash.slice(0, 12)}.`);
    return { modelId: `${model.name}:${model.version}`, ...model };
}


/***/ }),

/***/ 3886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSampleRequest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _json_position_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5564);



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

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ teardownIdle),
/* harmony export */   n: () => (/* binding */ deleteEndpoint),
/* harmony export */   pu: () => (/* binding */ checkedModelVersion),
/* harmony export */   rd: () => (/* binding */ deleteDeployment),
/* harmony export */   zN: () => (/* binding */ teardown)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2299);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5880);
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8064);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4511);





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

/***/ 8064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ rollbackTraffic),
/* harmony export */   ll: () => (/* binding */ applyTrafficWish),
/* harmony export */   oB: () => (/* binding */ setTraffic),
/* harmony export */   pt: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4511);




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
async function applyTrafficWish(ctx, target, endpoint, deployment) {
    const observed = await observe(target, endpoint);
    const wish = Number(observed.deployments.find((d) => d.name === deployment)?.tags[_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.trafficWish] ?? NaN);
    const current = { ...observed.traffic };
    if (Number.isNaN(wish) || (current[deployment] ?? 0) === wish)
        return { traffic: current };
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

/***/ 4511:
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


/***/ }),

/***/ 3057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   up: () => (/* binding */ up)
/* harmony export */ });
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7399);
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4673);
/* harmony import */ var _teardown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4616);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(641);




/**
 * The whole pipeline: register → environment → deploy → wait until Healthy → smoke test →
 * optionally tear down. `report` is filled as phases finish, so a caller can show what happened
 * even when a later phase throws.
 */
async function up(ctx, target, options, report) {
    const timed = async (phase, fn) => {
        const started = ctx.clock.now();
        try {
            return await fn();
        }
        finally {
            report.timings[phase] = ctx.clock.now() - started;
        }
    };
    let spec = options.spec;
    // Once deploy has started it may have created the endpoint, even if it then failed.
    let deployStarted = false;
    const existed = options.teardownAfter === 'if-created' && (options.endpointExisted ?? !!(await target.describe(options.spec.endpoint.name)));
    try {
        if (options.register) {
            report.model = await timed('register', () => (0,_register_js__WEBPACK_IMPORTED_MODULE_1__/* .registerModel */ .$)(ctx, target, options.register));
            spec = { ...spec, model: { kind: 'registered', name: report.model.name, version: report.model.version } };
        }
        deployStarted = true;
        report.deployment = await timed('deploy', () => (0,_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .deploy */ .gg)(ctx, spec, target));
        options.onDeployed?.(report.deployment);
        report.wait = await timed('wait', () => (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitHealthy */ .h)(ctx, target, {
            endpoint: spec.endpoint.name,
            deployment: spec.deployment.name,
            timeoutMs: options.timeoutMs,
            sampleRequest: options.sampleRequest,
            expectStatus: options.expectStatus,
        }));
    }
    finally {
        report.keptBecauseExisting = existed;
        if (options.teardownAfter !== 'never' && !existed && deployStarted) {
            // A failing teardown is reported, but never hides why the run failed.
            report.deleted = await timed('teardown', () => (0,_teardown_js__WEBPACK_IMPORTED_MODULE_2__/* .teardown */ .zN)(ctx, target, { endpoint: spec.endpoint.name, missingOk: true })).catch((err) => {
                ctx.logger.warn(`teardown of ${spec.endpoint.name} failed: ${err.message}`);
                return [];
            });
        }
    }
    return report;
}


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ waitHealthy)
/* harmony export */ });
/* harmony import */ var _traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8064);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3755);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7273);





const LOG_LINES = 60;
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
            return { value: status, state: status.state, done: status.state === 'Healthy' || status.state === 'Failed', retryAfterMs: status.retryAfterMs };
        },
        onDeadline: async () => target.logs(options.endpoint, options.deployment, LOG_LINES),
    });
    const status = result.value;
    if (status.state === 'Failed') {
        const logs = await target.logs(options.endpoint, options.deployment, LOG_LINES);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`deployment ${subject} Failed: ${status.detail}. ${status.error ? 'The traceback is below; fix score.py or the model files and deploy again.' : 'Its log is below.'}`, subject, status.error ? `${status.error.trim()}\n\n--- scoring log ---\n${logs}` : logs);
    }
    const outcome = { state: status.state, durationMs: ctx.clock.now() - started, polls: result.polls, scoringUri: status.scoringUri, traffic: {} };
    if (options.sampleRequest !== undefined) {
        const sample = await target.invoke(options.endpoint, options.deployment, options.sampleRequest, ctx.logger);
        outcome.sample = { status: sample.status, body: sample.body, durationMs: sample.durationMs };
        ctx.logger.info(`Sample request answered ${sample.status} in ${Math.round(sample.durationMs)}ms: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .truncate */ .xv)(sample.body, 200)}`);
        if (sample.status !== options.expectStatus) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`the sample request to ${subject} answered ${sample.status}, not the expected ${options.expectStatus}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .truncate */ .xv)(sample.body, 500)}`, subject, await target.logs(options.endpoint, options.deployment, LOG_LINES));
        }
    }
    // Traffic moves only after the smoke test passed: a failing deployment never takes any.
    const change = await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .applyTrafficWish */ .ll)(ctx, target, options.endpoint, options.deployment);
    outcome.traffic = change.traffic;
    // Checked only when another deployment was serving: that one is what a rollback protects.
    if (change.previous && Object.values(change.previous).some((share) => share > 0))
        await verifyAfterMove(ctx, target, options);
    outcome.durationMs = ctx.clock.now() - started;
    return outcome;
}
/**
 * Once traffic has moved, the deployment must still be Healthy and the endpoint itself (routing by
 * weight, no deployment header) must answer the smoke test; otherwise traffic goes back.
 * @throws OperationError saying what failed and that traffic returned to `previous`.
 */
async function verifyAfterMove(ctx, target, options) {
    const status = await target.status(options.endpoint, options.deployment);
    let failure = status.state === 'Healthy' ? undefined : `${options.deployment} became ${status.state} (${status.detail})`;
    if (!failure && options.sampleRequest !== undefined) {
        const answer = await target
            .invoke(options.endpoint, undefined, options.sampleRequest, ctx.logger)
            .catch((err) => ({ status: 0, body: err.message }));
        if (answer.status !== options.expectStatus)
            failure = `the endpoint answered the sample request with ${answer.status || answer.body} after traffic moved`;
    }
    if (!failure)
        return;
    const restored = await (0,_traffic_moves_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackTraffic */ .IS)(ctx, target, options.endpoint);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`rolled back: ${failure}. Traffic returned to ${JSON.stringify(restored)}; the previous deployment is serving again.`, `${options.endpoint}/${options.deployment}`, await target.logs(options.endpoint, options.deployment, LOG_LINES));
}


/***/ })

};
