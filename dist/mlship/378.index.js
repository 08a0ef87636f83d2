export const id = 378;
export const ids = [378];
export const modules = {

/***/ 22:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    version: { type: 'boolean' },
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
  deploy     deploy without waiting (as up, but it needs a config and a model: only up runs the example)
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
  -h, --help      this text       --version   mlship's version

Exit codes: 0 done, 1 failed, 2 bad usage or input (nothing was changed).
State is kept in .mlship/ in the working directory (MLSHIP_HOME overrides).`;

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
    const noConfig = !values['inference-config'] && !values['deployment-config'] && yamlFiles.length === 0;
    const usesExample = noConfig;
    const example = (0,paths/* exampleDir */.c)();
    if (!!values['model-name'] !== !!values['model-path']) {
        throw new engine_errors/* ConfigError */.xL(`--model-name and --model-path go together (register a model, then deploy it); to deploy files without registering use --model PATH`);
    }
    if (values.model && values['model-path'])
        throw new engine_errors/* ConfigError */.xL('give either --model (NAME:VERSION, NAME@latest or PATH) or --model-name with --model-path, not both');
    // Only `up` runs the bundled example: `deploy --endpoint-name prod` in an empty folder must not
    // put the demo model (or the demo's score.py) on prod.
    if (command !== 'up' && noConfig)
        throw new engine_errors/* ConfigError */.xL(`mlship ${command} needs the scoring code and a model: --inference-config FILE (or --deployment FILE), and --model NAME:VERSION|NAME@latest|PATH (or --model-name with --model-path). Only mlship up with no options runs the bundled example.`);
    const register = values['model-name'] && values['model-path']
        ? { name: (0,naming/* checkAssetName */.WD)(values['model-name'], '--model-name'), path: values['model-path'], tags: tagsOf(values), description: values.description }
        : usesExample && !values.model
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
    if (!loaded.spec.model && command !== 'up')
        throw new engine_errors/* ConfigError */.xL(`mlship ${command} needs a model: --model NAME:VERSION|NAME@latest|PATH, or --model-name with --model-path (or model: in the deployment YAML)`);
    if (!loaded.spec.model)
        ctx.logger.warn('no model is given (--model, or --model-name with --model-path): AZUREML_MODEL_DIR is not set for score.py');
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
        // A file with errors is bad input: exit 2, as for every other command.
        return errors ? 2 : 0;
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
        if (values.version) {
            io.out(version());
            return 0;
        }
        if (values.help || !command) {
            logger.info(HELP);
            return command || values.help ? 0 : 2;
        }
        const handler = COMMANDS[command];
        if (!handler)
            throw new engine_errors/* ConfigError */.xL(`unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run mlship --help.`);
        // A --timeout bounds every operation of the command, not only the wait.
        const deadline = values.timeout === undefined ? undefined : engine_logger/* systemClock */.m.now() + timeoutOf(values);
        const home = (0,state/* stateHome */.Z0)('cli', io.env, io.cwd);
        // Commands that keep state create its folder, ignored by git from the start.
        if (!['validate', 'plan', 'emulator'].includes(command))
            ignoreStateFolder(home);
        const ctx = { home, logger, clock: engine_logger/* systemClock */.m, tags: (0,provenance/* provenanceTags */.Xy)(io.env), commands: commands/* quietRunner */.T, io, deadline };
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
/** mlship's version, from the package it runs from. */
function version() {
    return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,paths/* packageRoot */.Z)(), 'package.json'), 'utf8')).version;
}
/**
 * The state folder (environments, logs, keys) is created with a `.gitignore` of `*`: it holds
 * endpoint keys and can grow to hundreds of MB, and must never be committed by accident.
 */
function ignoreStateFolder(home) {
    if ((0,external_node_fs_.existsSync)(home))
        return;
    (0,external_node_fs_.mkdirSync)(home, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(home, '.gitignore'), '# mlship state: endpoint keys, environments and logs; never commit it.\n*\n');
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
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2883);






/**
 * What deploying `spec` would do to each resource, with reads only. The deployment line is the
 * decision deploy itself makes (`decide`): a Failed deployment is deployed again, drift is put
 * back. A permission error is thrown, as deploy would meet it; only "not registered" is a plan line.
 */
async function plan(_ctx, given, target, options = {}) {
    const items = [];
    // name@stage:<stage> plans the version that stage verified last, as deploy would deploy it.
    const spec = { ...given, model: await (0,_stages_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveStageRef */ .y0)(target, given.model) };
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

/***/ 4235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ updateRollout),
/* harmony export */   w: () => (/* binding */ readRollout)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1599);




const file = (home, endpoint) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'rollouts', `${(0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResourceName */ .E3)(endpoint, 'endpoint')}.json`);
async function readRollout(home, endpoint) {
    const value = await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readJson */ .Vh)(file(home, endpoint)).catch(() => undefined);
    return value && typeof value === 'object' && typeof value.deployment === 'string' ? value : undefined;
}
/** Merges `change` into the endpoint's rollout record (creating it with `change` when absent). */
async function updateRollout(home, endpoint, change) {
    const path = file(home, endpoint);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .withLock */ .kK)(`${path}.lock`, async () => {
        const current = await readRollout(home, endpoint);
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(path, { ...current, ...change });
    });
}


/***/ }),

/***/ 2883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ checkStage),
/* harmony export */   _3: () => (/* binding */ recordStage),
/* harmony export */   me: () => (/* binding */ checkRelease),
/* harmony export */   y0: () => (/* binding */ resolveStageRef)
/* harmony export */ });
/* unused harmony exports stageTag, stageVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5880);
/* harmony import */ var _model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2299);




const stageTag = (stage) => `mlship.stage.${stage}`;
/** A stage name as tags and inputs can carry it. @throws ConfigError naming `label`. */
function checkStage(stage, label) {
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(stage))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: "${stage.slice(0, 40)}" is not a stage name; use lowercase letters, digits and hyphens, such as staging or production`);
    return stage;
}
function parseRecord(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value.environment === 'string' && typeof value.code === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Who verified: the GitHub run's URL, else this machine. */
function verifier(ctx, env = process.env) {
    const run = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const environment = env.MLSHIP_GITHUB_ENVIRONMENT ? ` (environment ${env.MLSHIP_GITHUB_ENVIRONMENT})` : '';
    return `${run ?? ctx.tags['mlship.repository'] ?? 'a run outside GitHub Actions'}${environment}`;
}
/** Records on the model version that `stage` verified this release. */
async function recordStage(ctx, target, release) {
    const [name, version] = release.modelId.split(':');
    const record = {
        environment: release.environment,
        code: (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(release.codeDirectory)).hash,
        endpoint: release.endpoint,
        deployment: release.deployment,
        at: new Date(ctx.clock.now()).toISOString(),
        by: verifier(ctx),
    };
    await target.assets.tagModel(name, version, { [stageTag(release.stage)]: JSON.stringify(record) });
    ctx.logger.info(`Recorded on ${release.modelId}: stage ${release.stage} verified it (environment ${record.environment}, code ${record.code.slice(0, 12)}).`);
    return record;
}
/**
 * The version a stage verified last (`name@stage:production`): the newest record, not the newest
 * version number. @throws NotFoundError when the stage verified no version of the model.
 */
async function stageVersion(target, name, stage) {
    (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .checkAssetName */ .WD)(name, 'model');
    const verified = (await target.assets.modelVersions(name))
        .map((v) => ({ version: v.version, record: parseRecord(v.tags[stageTag(stage)]) }))
        .filter((v) => !!v.record)
        .sort((a, b) => a.record.at.localeCompare(b.record.at));
    const last = verified.at(-1);
    if (!last)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_(`no version of model ${name} was verified by stage ${stage}: nothing to deploy from it`, `model ${name}`);
    return last.version;
}
/**
 * Refuses, before anything is written, a release that `requireStage` did not verify (another
 * model version, or the same one with another environment or code), and a version older than the
 * one `stage` verified last unless `allowRollback` (re-running an old run moves nothing backwards).
 * @throws ConfigError saying which.
 */
async function checkRelease(target, check) {
    const [name, version] = check.modelId.split(':');
    const versions = await target.assets.modelVersions(name);
    if (check.requireStage) {
        const record = parseRecord(versions.find((v) => v.version === version)?.tags[stageTag(check.requireStage)]);
        if (!record)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`model ${check.modelId} was not verified by stage ${check.requireStage}: only what ${check.requireStage} verified is deployed here`);
        const code = (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(check.codeDirectory)).hash;
        if (record.environment !== check.environment || record.code !== code)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`model ${check.modelId} was verified by stage ${check.requireStage} with environment ${record.environment} and code ${record.code.slice(0, 12)}, not with environment ${check.environment} and code ${code.slice(0, 12)}: deploy the release ${check.requireStage} verified`);
    }
    if (check.stage && !check.allowRollback) {
        const newer = versions
            .filter((v) => parseRecord(v.tags[stageTag(check.stage)]))
            .map((v) => v.version)
            .filter((v) => Number(v) > Number(version));
        if (newer.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`stage ${check.stage} already verified a newer version of ${name} (${newer.join(', ')}) than ${check.modelId}: deploying it would move ${check.stage} backwards. Set allow-rollback: true if that is meant.`);
    }
}
/** A model reference with `@stage:<stage>` resolved to the version that stage verified last. */
async function resolveStageRef(target, ref) {
    if (ref?.kind !== 'registered' || !ref.version.startsWith(_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_PREFIX */ .a))
        return ref;
    return { ...ref, version: await stageVersion(target, ref.name, ref.version.slice(_model_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_PREFIX */ .a.length)) };
}


/***/ })

};
