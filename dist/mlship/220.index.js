export const id = 220;
export const ids = [220];
export const modules = {

/***/ 72200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/children.ts
var children = __webpack_require__(63339);
// EXTERNAL MODULE: ./src/engine/commands.ts
var commands = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/diagnosis.ts
var diagnosis = __webpack_require__(31831);
// EXTERNAL MODULE: ./src/engine/logger.ts
var engine_logger = __webpack_require__(68860);
// EXTERNAL MODULE: ./src/engine/provenance.ts
var provenance = __webpack_require__(54331);
// EXTERNAL MODULE: ./src/engine/state.ts
var state = __webpack_require__(61599);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(84964);
// EXTERNAL MODULE: ./src/engine/naming.ts
var naming = __webpack_require__(95880);
// EXTERNAL MODULE: ./src/engine/spec.ts
var spec = __webpack_require__(38519);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(42784);
;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * Every command's own help and the flags it takes: `mlship help CMD`, `mlship CMD --help`, the
 * check that a flag belongs to the command it is given to, and shell completion all read this
 * one table.
 */
/** Flags every command takes. */
const GLOBAL_FLAGS = ['help', 'verbose', 'debug', 'json', 'version'];
const AZURE = ['subscription-id', 'resource-group', 'workspace', 'location'];
const SPEC = [
    'model',
    'model-name',
    'model-path',
    'tag',
    'description',
    'inference-config',
    'deployment-config',
    'deployment',
    'endpoint',
    'environment',
    'target',
    'endpoint-name',
    'deployment-name',
    'compute',
    'instance-type',
    'timeout',
    ...AZURE,
];
const COMMAND_HELP = {
    up: {
        summary: 'register, build, deploy, wait until Healthy, smoke-test, report, tear down',
        usage: '[deployment options] [--sample-request FILE] [--expect-status 200] [--timeout 10m] [--keep]\n       mlship up --deployment BATCH.yml [--endpoint E.yml] [--target local|amlcompute] [--sample-input PATH] [--keep]',
        details: 'The whole pipeline. Without --keep, what this run created is deleted at the end (an endpoint that was\n' +
            'there before stays). With no options: the bundled example model on the local target.\n' +
            'Ctrl-C once tears down what this run created, a second Ctrl-C stops at once and prints the\n' +
            'command that would. stdout: the report (--json: {model, deployment, wait, deleted, timings}).\n' +
            'With a batch deployment YAML: deploy, a sample job on --sample-input, then (without --keep) remove what\n' +
            'this run created (--json: {deployment, job, kept}).',
        flags: [...SPEC, 'sample-request', 'expect-status', 'keep', 'sample-input', 'make-default', 'no-preflight', 'max-hourly-cost'],
    },
    validate: {
        summary: 'check config files',
        usage: '[--no-refs] FILE...',
        details: 'Exit 2 when a file has errors. stdout: one line per file (--json: {valid, files: [{file, kind, errors, problems}]}).',
        flags: ['no-refs'],
    },
    plan: {
        summary: 'what deploy would create, update or leave unchanged, changing nothing',
        usage: '[deployment options]',
        details: 'stdout: one line per resource (--json: {items: [{action, resource, name, reason}]}). With a batch deployment\n' +
            'YAML: the batch endpoint, the batch deployment and the default deployment. On aci and aks the preflight\n' +
            "checks' findings follow (--json: preflight), unless --no-preflight.",
        flags: [...SPEC, 'make-default', 'no-preflight', 'max-hourly-cost'],
    },
    register: {
        summary: 'register a model file or folder',
        usage: '--model-name NAME --model-path PATH [--tag k=v ...] [--description TEXT] [--target local|aci|aks]',
        details: 'The same content under the same name reuses its version. stdout: NAME:VERSION (--json: {modelId, name, version, reused, files, bytes}).',
        flags: ['model-name', 'model-path', 'tag', 'description', 'target', 'timeout', ...AZURE],
    },
    'build-env': {
        summary: 'register (and locally, build) an environment',
        usage: '--inference-config FILE | --environment FILE [--target local|aci|aks]',
        details: 'stdout: NAME:VERSION (--json: {environmentId, name, version, reused}).',
        flags: ['inference-config', 'environment', 'target', 'timeout', ...AZURE],
    },
    deploy: {
        summary: 'deploy without waiting (needs a config and a model)',
        usage: '[deployment options]\n       mlship deploy --deployment BATCH.yml [--endpoint E.yml] [--target local|amlcompute] [--make-default]',
        details: 'stdout: the scoring URI (--json: {endpointName, deploymentName, scoringUri, action, unchanged, traffic, drift, environmentId, modelId}).\n' +
            'A batch deployment YAML (az ml batch) deploys a batch deployment: the first one of an endpoint is its\n' +
            'default, another only with --make-default. stdout: ENDPOINT/DEPLOYMENT (--json: {endpointName,\n' +
            'deploymentName, action, unchanged, isDefault, defaultDeployment, modelId}).',
        flags: [...SPEC, 'make-default', 'no-preflight', 'max-hourly-cost'],
    },
    invoke: {
        summary: 'run a batch job: score a folder or a file, wait, collect the outputs',
        usage: '--endpoint-name NAME --input PATH [--input-type uri_folder|uri_file] [--deployment-name D] [--output DIR] [--timeout 30m]',
        details: "Runs the endpoint's default deployment (or --deployment-name) over the input's files. The outputs are laid\n" +
            'out as az ml job download lays them out: DIR/named-outputs/score/<output_file_name> and DIR/logs/.\n' +
            'Exit 0 only when the job Completed. stdout: the summary (--json: {jobName, status, error, files, miniBatches,\n' +
            'succeededItems, failedItems, failedMiniBatchDetails, outputDir, predictionsFile, durationMs}).',
        flags: ['endpoint-name', 'deployment-name', 'input', 'input-type', 'output', 'target', 'timeout', ...AZURE],
    },
    wait: {
        summary: 'wait until a deployment is Healthy, then smoke-test it',
        usage: '--endpoint-name NAME [--deployment-name NAME] [--timeout 10m] [--sample-request FILE] [--expect-status 200]',
        details: 'stdout: the state and the sample answer (--json: {state, durationMs, scoringUri, sample, traffic}).',
        flags: ['endpoint-name', 'deployment-name', 'timeout', 'sample-request', 'expect-status', 'target', ...AZURE],
    },
    status: {
        summary: 'endpoints: target, deployments, traffic, state, URL, age',
        usage: '[--endpoint-name NAME] [--target local|aci|aks]',
        details: 'One endpoint, or every endpoint deployed from this folder (and, with --target aci|aks, every endpoint on\n' +
            'the workspace). stdout: a table (--json: {endpoints: [{name, target, scoringUri, traffic, createdAt,\n' +
            'deployments: [{name, state, detail, provisioningState}]}]}).',
        flags: ['endpoint-name', 'target', 'timeout', ...AZURE],
    },
    logs: {
        summary: "a deployment's scoring log",
        usage: '--endpoint-name NAME [--deployment-name NAME] [--lines 100] [--container inference-server|storage-initializer] [--follow]',
        details: 'On Azure both containers unless --container says one; --follow (local target) keeps printing new lines\n' +
            'until Ctrl-C. stdout: the log (--json: {endpoint, deployment, logs}).',
        flags: ['endpoint-name', 'deployment-name', 'lines', 'container', 'follow', 'target', 'timeout', ...AZURE],
    },
    teardown: {
        summary: 'delete an endpoint or one deployment',
        usage: '--endpoint-name NAME [--deployment-name NAME [--force]] [--delete-model NAME:VERSION] [--missing-ok]',
        details: 'An endpoint that does not exist is an error unless --missing-ok. stdout: what was deleted (--json: {deleted: [...]}).',
        flags: ['endpoint-name', 'deployment-name', 'force', 'delete-model', 'missing-ok', 'target', 'timeout', ...AZURE],
    },
    keys: {
        summary: "print an endpoint's scoring keys",
        usage: '--endpoint-name NAME',
        details: 'stdout: the keys, unmasked, as asked for (--json: {primaryKey, secondaryKey}).',
        flags: ['endpoint-name', 'target', 'timeout', ...AZURE],
    },
    gc: {
        summary: 'remove local environments, run folders and leftovers no deployment uses',
        usage: '[--dry-run]',
        details: 'stdout: what was (or, with --dry-run, would be) removed (--json: {removed: [{path, bytes, why}], dryRun}).',
        flags: ['dry-run'],
    },
    completion: {
        summary: 'print shell completion for bash or zsh',
        usage: 'bash|zsh',
        details: 'bash: source <(mlship completion bash); zsh: source <(mlship completion zsh).',
        flags: [],
    },
    emulator: {
        summary: 'start the Azure ML workspace emulator on loopback',
        usage: '[--env-out FILE] [--identity-datastores] [--print-sdk-config]',
        details: '--identity-datastores: keyless workspaceblobstore, uploads with Entra tokens; --print-sdk-config: also\n' +
            "print how to point Microsoft's azure-ai-ml SDK at it. Runs until Ctrl-C.",
        flags: ['env-out', 'env-file', 'identity-datastores', 'print-sdk-config'],
    },
    help: { summary: "a command's own help", usage: '[COMMAND]', details: '', flags: [] },
};
/** `mlship help CMD` and `mlship CMD --help`. */
function commandHelp(command) {
    const help = COMMAND_HELP[command];
    const lines = [`mlship ${command}: ${help.summary}`, '', `Usage: mlship ${command} ${help.usage}`.trimEnd()];
    if (help.details)
        lines.push('', help.details);
    const flags = help.flags.map((f) => `--${f}`);
    if (flags.length)
        lines.push('', `Options: ${flags.join(' ')}`);
    if (help.flags.includes('model'))
        lines.push('', DEPLOYMENT_OPTIONS);
    if (help.flags.includes('subscription-id'))
        lines.push('', AZURE_OPTIONS);
    lines.push('', 'Every command: -v/--verbose (more detail), --debug, --json (results as JSON on stdout), -h/--help.');
    return lines.join('\n');
}
const DEPLOYMENT_OPTIONS = `Deployment options
  --model NAME:VERSION | NAME@latest | NAME@stage:STAGE | PATH   --model-name / --model-path to register first
  --inference-config FILE  --deployment-config FILE   (v1 JSON or YAML)
  --deployment FILE  --endpoint FILE  --environment FILE   (az ml v2 YAML)
  --target local|aci|aks  --endpoint-name NAME  --deployment-name NAME  --timeout 10m`;
const AZURE_OPTIONS = `Azure targets (aci, aks)
  --subscription-id ID  --resource-group NAME  --workspace NAME  --location REGION
  --compute NAME (aks)  --instance-type SKU   (defaults: MLSHIP_* / AZURE_* variables)
  Before anything is created deploy and up check the compute, the instance type and its quota (with the
  20% upgrade reserve) and your roles; --no-preflight skips those checks. On aci --max-hourly-cost AMOUNT
  refuses a deployment whose estimated cost (instances × the VM's hourly price, Azure retail prices) is above it.`;
const HELP = `mlship: ship machine-learning models to Azure Machine Learning (and to this machine)

Usage: mlship <command> [options]      mlship help <command>      mlship <command> --help

Commands
${Object.entries(COMMAND_HELP)
    .map(([name, help]) => `  ${name.padEnd(11)}${help.summary}`)
    .join('\n')}

${DEPLOYMENT_OPTIONS}

${AZURE_OPTIONS}

Output
  Progress and logs go to stderr, results to stdout: $(mlship register ...) captures NAME:VERSION.
  --json          results as one JSON document on stdout (field names are stable)
  -v, --verbose   more detail (pip's own output)     --debug   the stack trace of an unexpected error
  -h, --help      this text                          --version   mlship's version

wait, status, logs, teardown and keys act on the target the endpoint was deployed to from this
folder; give --target for one deployed elsewhere.

Exit codes: 0 done, 1 failed, 2 bad usage or input (nothing was changed), 130 interrupted.
State is kept in .mlship/ in the working directory (MLSHIP_HOME overrides).`;

;// CONCATENATED MODULE: ./src/cli/args.ts







const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    debug: { type: 'boolean' },
    'no-refs': { type: 'boolean' },
    'no-preflight': { type: 'boolean' },
    'max-hourly-cost': { type: 'string' },
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
    json: { type: 'boolean' },
    lines: { type: 'string' },
    container: { type: 'string' },
    follow: { type: 'boolean', short: 'f' },
    'dry-run': { type: 'boolean' },
    input: { type: 'string' },
    'input-type': { type: 'string' },
    output: { type: 'string' },
    'make-default': { type: 'boolean' },
    'sample-input': { type: 'string' },
};
const OPTION_NAMES = Object.keys(OPTIONS);
/** Parses the command line strictly: an unknown flag is an error naming the closest known one. */
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(err.message);
        if (unknown) {
            const guess = (0,suggest/* closest */.k)(unknown[2], OPTION_NAMES);
            throw new engine_errors/* ConfigError */.xL(`unknown option ${unknown[1]}${unknown[2]}${guess ? `: did you mean --${guess}?` : ''} Run mlship --help for the options.`);
        }
        throw new engine_errors/* ConfigError */.xL(`${err.message.split('. To specify')[0]}. Run mlship --help for the options.`);
    }
}
/**
 * Refuses a flag the command does not take (`keys --model x` would otherwise be ignored without a
 * word), naming the command's own help.
 */
function checkFlagsOf(command, values) {
    const allowed = new Set([...GLOBAL_FLAGS, ...(COMMAND_HELP[command]?.flags ?? [])]);
    const foreign = Object.keys(values).filter((flag) => values[flag] !== undefined && !allowed.has(flag));
    if (foreign.length)
        throw new engine_errors/* ConfigError */.xL(`mlship ${command} does not take ${foreign.map((f) => `--${f}`).join(', ')}. Its options: ${[...(COMMAND_HELP[command]?.flags ?? [])].map((f) => `--${f}`).join(' ') || 'none'} (mlship help ${command}).`);
}
/** --lines for logs: a positive count, at most what Azure's getLogs returns (10,000). */
function linesOf(values) {
    const n = Number(values.lines ?? 100);
    if (!Number.isInteger(n) || n < 1 || n > 10_000)
        throw new engine_errors/* ConfigError */.xL(`--lines ${values.lines}: give a whole number from 1 to 10000`);
    return n;
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

// EXTERNAL MODULE: ./src/config/load.ts + 12 modules
var load = __webpack_require__(40395);
// EXTERNAL MODULE: ./src/engine/deploy.ts
var deploy = __webpack_require__(37399);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/engine/endpoint-lock.ts







/** How long a run waits for another one on the same endpoint when the user set no timeout. */
const DEFAULT_WAIT_MS = 10 * 60_000;
/**
 * Runs `fn` as the only mlship run on `endpoint` of `target` from this state folder. Two runs on
 * one endpoint at once (two terminals, `up --keep` twice) would stop each other's scoring server or
 * replace each other's deployment mid-start; the second waits, saying which process (and which
 * command, since when) holds the endpoint, until the first ends or the deadline passes. A lock
 * whose process is gone is taken over.
 * @throws OperationError naming the holder when the wait ends first.
 */
async function withEndpointLock(ctx, target, endpoint, command, fn) {
    const dir = (0,external_node_path_.join)(ctx.home, 'locks');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `${target}.${(0,naming/* checkResourceName */.E3)(endpoint, 'endpoint name')}.lock`);
    const mine = { pid: process.pid, start: (0,state/* processStart */.gy)(process.pid), command, since: new Date().toISOString(), token: (0,external_node_crypto_.randomBytes)(8).toString('hex') };
    const until = ctx.deadline ?? ctx.clock.now() + DEFAULT_WAIT_MS;
    let told = false;
    for (;;) {
        try {
            const handle = await (0,promises_.open)(file, 'wx', 0o600);
            await handle.writeFile(JSON.stringify(mine));
            await handle.close();
            break;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const holder = await readHolder(file);
        if (!holder) {
            // Being written this moment, or left unreadable long ago: only the second is taken over.
            const age = await (0,promises_.stat)(file).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > 5000)
                await (0,promises_.rm)(file, { force: true });
            else
                await new Promise((resolve) => setTimeout(resolve, 50));
            continue;
        }
        if (!(0,state/* processAlive */.FN)(holder.pid) || (holder.start && (0,state/* processStart */.gy)(holder.pid) !== holder.start)) {
            // Its process is gone: take it over, unless another run just did.
            if ((await readHolder(file))?.token === holder.token)
                await (0,promises_.rm)(file, { force: true });
            continue;
        }
        const who = `process ${holder.pid} (${holder.command}, since ${holder.since})`;
        if (!told) {
            ctx.logger.warn(`endpoint ${endpoint} on ${target} is in use by another mlship run: ${who}. Waiting until it ends...`);
            told = true;
        }
        if (ctx.clock.now() >= until)
            throw new engine_errors/* OperationError */.OK(`gave up waiting for endpoint ${endpoint} after ${(0,duration/* formatDuration */.a3)(ctx.clock.now() - Date.parse(mine.since))}: ${who} still holds it. If that run is gone, delete ${file}.`, endpoint);
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
        return await fn();
    }
    finally {
        if ((await readHolder(file))?.token === mine.token)
            await (0,promises_.rm)(file, { force: true });
    }
}
/** The holder written in a lock file; undefined when it is gone or unreadable. */
async function readHolder(file) {
    try {
        const value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return typeof value.pid === 'number' && typeof value.token === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/engine/environment.ts
var environment = __webpack_require__(17507);
// EXTERNAL MODULE: ./src/engine/preflight.ts
var engine_preflight = __webpack_require__(61541);
// EXTERNAL MODULE: ./src/engine/known-endpoints.ts
var known_endpoints = __webpack_require__(10294);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(30955);
// EXTERNAL MODULE: ./src/engine/register.ts
var engine_register = __webpack_require__(14673);
// EXTERNAL MODULE: ./src/engine/sample.ts
var sample = __webpack_require__(3886);
// EXTERNAL MODULE: ./src/engine/teardown.ts
var teardown = __webpack_require__(84616);
// EXTERNAL MODULE: ./src/engine/wait.ts
var wait = __webpack_require__(10641);
// EXTERNAL MODULE: ./src/targets/local/python-env.ts
var python_env = __webpack_require__(47968);
// EXTERNAL MODULE: ./src/cli/paths.ts
var paths = __webpack_require__(45450);
// EXTERNAL MODULE: ./src/config/v2.ts
var v2 = __webpack_require__(72196);
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
/** --max-hourly-cost: a positive amount per hour; undefined when not given. */
function maxHourlyCostOf(values) {
    const text = values['max-hourly-cost'];
    if (text === undefined)
        return undefined;
    const value = (0,engine_preflight/* parseHourlyCost */.cR)(text, '--max-hourly-cost');
    if (values['no-preflight'])
        throw new engine_errors/* ConfigError */.xL('--max-hourly-cost is a preflight check: it cannot go with --no-preflight');
    return value;
}

// EXTERNAL MODULE: ./src/engine/up.ts
var up = __webpack_require__(63057);
// EXTERNAL MODULE: ./src/azure/settings.ts
var settings = __webpack_require__(43714);
// EXTERNAL MODULE: ./src/targets/index.ts + 1 modules
var targets = __webpack_require__(73740);
;// CONCATENATED MODULE: ./src/cli/context.ts


/** The target a command works on; Azure settings come from flags, else the environment. */
function cliTarget(name, ctx, values) {
    return (0,targets/* createTarget */.Y)(name, ctx, () => (0,settings/* resolveAzureSettings */.F)({ subscriptionId: values['subscription-id'], resourceGroup: values['resource-group'], workspace: values.workspace, location: values.location }, ctx.io.env));
}

// EXTERNAL MODULE: ./src/config/load-batch.ts
var load_batch = __webpack_require__(21921);
// EXTERNAL MODULE: ./src/engine/batch-spec.ts
var batch_spec = __webpack_require__(48876);
// EXTERNAL MODULE: ./src/targets/local/local-batch.ts
var local_batch = __webpack_require__(42192);
;// CONCATENATED MODULE: ./src/cli/batch.ts








/** Exit code of a job that was canceled (by Ctrl-C or its timeout), as for any interrupted command. */
const CANCELED = 130;
/** Whether `deploy` was given a batch deployment: its YAML says so (kind, settings, compute). */
function isBatchDeploy(values) {
    return !!values.deployment && (0,load_batch/* isBatchDeploymentFile */.G)(values.deployment);
}
/** --target for a batch deployment: local or amlcompute (the guide's name for Azure ML compute). */
function batchTargetOf(values) {
    const value = (values.target ?? 'local').toLowerCase();
    if (value === 'aci' || value === 'aks')
        throw new engine_errors/* ConfigError */.xL(`--target ${value}: ${values.deployment ?? 'this'} is a batch deployment, which runs on Azure ML compute clusters, not on ${value === 'aci' ? 'managed online endpoints' : 'Kubernetes online endpoints'}. Use --target amlcompute (or local).`);
    if (!batch_spec/* BATCH_TARGETS */.I.includes(value))
        throw new engine_errors/* ConfigError */.xL(`--target ${value}: a batch deployment runs on local or amlcompute`);
    return value;
}
/** Batch endpoints on the workspace the flags (or MLSHIP_* variables) name. */
async function cliAzureBatch(ctx, values) {
    const { createAzureBatch } = await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 24554));
    return createAzureBatch(ctx, (0,settings/* resolveAzureSettings */.F)({ subscriptionId: values['subscription-id'], resourceGroup: values['resource-group'], workspace: values.workspace, location: values.location }, ctx.io.env));
}
/** The batch spec from the command line's files and flags, checked before anything is read or done. */
function batchSpecFromArgs(ctx, values) {
    const target = batchTargetOf(values);
    for (const flag of ['inference-config', 'deployment-config', 'model-path', 'model-name', 'instance-type'])
        if (values[flag])
            throw new engine_errors/* ConfigError */.xL(`--${flag} does not apply to a batch deployment: its YAML says what it runs`);
    const loaded = (0,load_batch/* loadBatchSpec */.u)({
        deployment: values.deployment,
        endpoint: values.endpoint,
        others: values.environment ? [values.environment] : [],
        origin: 'flags',
        overrides: {
            target,
            model: values.model ? (0,v2/* modelFromText */.n$)(values.model, '--model') : undefined,
            endpointName: values['endpoint-name'],
            deploymentName: values['deployment-name'],
            compute: values.compute,
        },
    });
    for (const secret of loaded.secrets)
        ctx.logger.secret(secret);
    for (const warning of loaded.warnings)
        ctx.logger.warn((0,engine_errors/* formatProblem */.Vw)(warning));
    return { target, spec: loaded.spec };
}
async function runBatchPlan(ctx, values) {
    const { target, spec } = batchSpecFromArgs(ctx, values);
    const makeDefault = !!values['make-default'];
    const items = target === 'amlcompute'
        ? await (await cliAzureBatch(ctx, values)).plan(spec, makeDefault)
        : await new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands).plan(spec, makeDefault);
    ctx.out.result(items.map((item) => `${item.action.padEnd(9)} ${item.resource.padEnd(18)} ${item.name}  (${item.reason})`).join('\n'), { items });
    return 0;
}
async function runBatchDeploy(ctx, values) {
    const { target, spec } = batchSpecFromArgs(ctx, values);
    const options = { makeDefault: !!values['make-default'], preflight: !values['no-preflight'] };
    const outcome = target === 'amlcompute'
        ? await (await cliAzureBatch(ctx, values)).deploy(ctx, spec, options)
        : await new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands).deploy(ctx, spec, options);
    ctx.out.result(`${outcome.endpointName}/${outcome.deploymentName}`, {
        endpointName: outcome.endpointName,
        deploymentName: outcome.deploymentName,
        action: outcome.action,
        unchanged: outcome.action === 'unchanged',
        isDefault: outcome.isDefault,
        defaultDeployment: outcome.defaultDeployment ?? null,
        modelId: outcome.modelId ?? null,
    });
    return 0;
}
/**
 * `mlship up` with a batch deployment YAML: deploy, run a sample job on the deployment (with
 * --sample-input), report, and unless --keep remove what this run created (the endpoint when it
 * was new, else the deployment when it was new); what was there before stays.
 */
async function runBatchUp(ctx, values) {
    const { target, spec } = batchSpecFromArgs(ctx, values);
    const timeoutMs = (0,duration/* parseDuration */.E9)(values.timeout ?? '30m', '--timeout');
    const azure = target === 'amlcompute' ? await cliAzureBatch(ctx, values) : undefined;
    const local = new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands);
    const endpointExisted = azure ? !!(await azure.endpoint(spec.endpoint.name)) : !!(await local.read(spec.endpoint.name));
    const options = { makeDefault: !!values['make-default'] };
    const outcome = azure ? await azure.deploy(ctx, spec, options) : await local.deploy(ctx, spec, options);
    let job;
    const aborter = new AbortController();
    const abort = () => aborter.abort();
    process.on('SIGINT', abort);
    process.on('SIGTERM', abort);
    try {
        if (values['sample-input']) {
            const invoke = { endpoint: spec.endpoint.name, deployment: spec.deployment.name, input: values['sample-input'], timeoutMs, signal: aborter.signal };
            job = azure ? await azure.invoke(ctx, invoke) : await local.invoke(ctx, invoke);
        }
    }
    finally {
        process.removeListener('SIGINT', abort);
        process.removeListener('SIGTERM', abort);
        if (!values.keep) {
            const which = !endpointExisted ? undefined : outcome.action === 'created' ? spec.deployment.name : null;
            if (which !== null) {
                const deleted = azure
                    ? await azure.teardown(ctx, spec.endpoint.name, which, { missingOk: true, force: true })
                    : await local.teardown(spec.endpoint.name, which, { missingOk: true, force: true });
                ctx.logger.info(`Removed what this run created: ${deleted.join(', ') || 'nothing'}.`);
            }
        }
    }
    const lines = [`${outcome.endpointName}/${outcome.deploymentName}: ${outcome.action}${outcome.isDefault ? ' (the default deployment)' : ''} on ${target}`];
    if (job)
        lines.push(jobSummary(job));
    if (values.keep)
        lines.push(`Kept. Remove it with: npx mlship teardown --endpoint-name ${spec.endpoint.name}${target === 'amlcompute' ? ' --target amlcompute' : ''}`);
    ctx.out.result(lines.join('\n'), { deployment: outcome, job: job ?? null, kept: !!values.keep });
    return !job || job.status === 'Completed' ? 0 : job.status === 'Canceled' ? CANCELED : 1;
}
async function runInvoke(ctx, values) {
    const endpoint = endpointOf(values, 'invoke');
    if (!values.input)
        throw new engine_errors/* ConfigError */.xL('mlship invoke needs --input PATH (a folder of files, or one file)');
    const inputType = values['input-type'];
    if (inputType !== undefined && inputType !== 'uri_folder' && inputType !== 'uri_file')
        throw new engine_errors/* ConfigError */.xL(`--input-type ${inputType}: use uri_folder or uri_file`);
    const timeoutMs = (0,duration/* parseDuration */.E9)(values.timeout ?? '30m', '--timeout');
    const target = batchTargetOf(values);
    const aborter = new AbortController();
    const abort = () => aborter.abort();
    process.on('SIGINT', abort);
    process.on('SIGTERM', abort);
    let result;
    try {
        const options = {
            endpoint,
            deployment: values['deployment-name'],
            input: values.input,
            inputType: inputType,
            output: values.output,
            timeoutMs,
            signal: aborter.signal,
        };
        result =
            target === 'amlcompute'
                ? await (await cliAzureBatch(ctx, values)).invoke(ctx, options)
                : await new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands).invoke(ctx, options);
    }
    finally {
        process.removeListener('SIGINT', abort);
        process.removeListener('SIGTERM', abort);
    }
    const counts = ['files', 'miniBatches', 'succeededMiniBatches', 'failedMiniBatches', 'succeededItems', 'failedItems'];
    ctx.out.result(jobSummary(result), {
        ...result,
        ...Object.fromEntries(counts.map((k) => [k, result[k] ?? null])),
        error: result.error ?? null,
        predictionsFile: result.predictionsFile ?? null,
    });
    return result.status === 'Completed' ? 0 : result.status === 'Canceled' ? CANCELED : 1;
}
/** The job as an on-call engineer reads it: the verdict, counts, where things are, the first errors. */
function jobSummary(r) {
    const lines = [`${r.jobName}: ${r.status} after ${(0,duration/* formatDuration */.a3)(r.durationMs)} (${r.endpoint}/${r.deployment})`];
    if (r.files !== undefined)
        lines.push(`  files        ${r.files} in ${r.miniBatches} mini-batch(es): ${r.succeededMiniBatches} succeeded, ${r.failedMiniBatches} failed`);
    if (r.succeededItems !== undefined)
        lines.push(`  items        ${r.succeededItems} succeeded${r.failedItems === undefined ? ' (rows of the predictions file; Azure reports failures in the job logs)' : `, ${r.failedItems} failed`}`);
    if (r.predictionsFile)
        lines.push(`  predictions  ${r.predictionsFile}`);
    if (r.files !== undefined)
        lines.push(`  logs         ${r.outputDir}/logs`);
    else
        lines.push(`  outputs      ${r.outputDir}/named-outputs/score`);
    if (r.error)
        lines.push(`  error        ${r.error.split('\n').join('\n               ')}`);
    for (const failed of r.failedMiniBatchDetails.slice(0, 5)) {
        const errorLines = failed.error.trim().split('\n').slice(-3);
        lines.push(`  mini-batch ${failed.id} failed (${failed.fileCount} file(s): ${failed.files.join(', ')}${failed.fileCount > failed.files.length ? ', …' : ''}):`, ...errorLines.map((l) => `    ${l}`));
    }
    if (r.failedMiniBatchDetails.length > 5)
        lines.push(`  … and ${r.failedMiniBatchDetails.length - 5} more failed mini-batch(es); see ${r.outputDir}/logs/user/error.txt`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/up.ts













/**
 * `mlship up`: the whole pipeline. Without --keep the endpoint is deleted at the end, but only if
 * this run created it: one that an earlier `up --keep` left running stays, and the report says so.
 */
async function runUp(ctx, values) {
    if (isBatchDeploy(values))
        return runBatchUp(ctx, values);
    if (values['sample-input'])
        throw new engine_errors/* ConfigError */.xL('--sample-input applies to batch deployments (a batch deployment YAML); an online deployment takes --sample-request');
    const { spec, usesExample, register } = specFromArgs(ctx, values, 'up');
    const sampleFile = values['sample-request'] ?? (usesExample ? (0,external_node_path_.join)((0,paths/* exampleDir */.c)(), 'sample-request.json') : undefined);
    const sampleRequest = await (0,sample/* readSampleRequest */.G)(sampleFile, '--sample-request');
    const options = { timeoutMs: timeoutOf(values), expectStatus: expectStatusOf(values) };
    const target = await cliTarget(spec.target, ctx, values);
    const endpoint = spec.endpoint.name;
    const stop = stopCommand(values, endpoint, spec.target);
    if (usesExample)
        ctx.logger.info(`Deploying the bundled example (${(0,paths/* exampleDir */.c)()}) to the ${spec.target} target.`);
    // One run per endpoint at a time: a second `up` waits for the first, naming it.
    return withEndpointLock(ctx, spec.target, endpoint, values.keep ? 'mlship up --keep' : 'mlship up', () => upLocked(ctx, target, { spec, register, sampleRequest, ...options, keep: !!values.keep, preflight: !values['no-preflight'], maxHourlyCost: maxHourlyCostOf(values) }, stop));
}
async function upLocked(ctx, target, options, stop) {
    const { spec, register, sampleRequest, keep, ...limits } = options;
    const endpoint = spec.endpoint.name;
    const report = { deleted: [], timings: {} };
    const existed = !!(await target.describe(endpoint));
    const interrupt = onInterrupt(ctx, stop);
    try {
        const run = (0,up.up)(ctx, target, { spec, register, ...limits, teardownAfter: keep ? 'never' : 'if-created', endpointExisted: existed, sampleRequest }, report);
        // Once interrupted, the run is abandoned (the process ends after the teardown): its later failure is no news.
        run.catch(() => undefined);
        if ((await Promise.race([run.then(() => 'done'), interrupt.first])) === 'done')
            return 0;
        // Ctrl-C: what this run created goes, as at the end of a run without --keep.
        if (existed)
            ctx.logger.warn(`Interrupted. ${endpoint} was running before this run, so it is left running.`);
        else {
            ctx.logger.warn(`Interrupted: tearing down what this run created (Ctrl-C again stops at once)...`);
            report.deleted = await (0,teardown/* teardown */.zN)(ctx, target, { endpoint, missingOk: true }).catch((err) => {
                ctx.logger.warn(`the teardown failed: ${err.message}. Remove what is left with: ${stop}`);
                return [];
            });
        }
        return INTERRUPTED;
    }
    finally {
        interrupt.dispose();
        printReport(ctx, report, stop);
    }
}
/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;
/**
 * The first Ctrl-C (or SIGTERM) resolves `first`; a second one stops the process at once,
 * printing the command that removes what is left.
 */
function onInterrupt(ctx, stop) {
    let seen = 0;
    let resolve;
    const first = new Promise((r) => (resolve = r));
    const handler = () => {
        seen += 1;
        if (seen === 1)
            return resolve('interrupted');
        ctx.logger.warn(`interrupted again: stopped without finishing the teardown. Remove what is left with: ${stop}`);
        process.exit(INTERRUPTED);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        first,
        dispose: () => {
            process.removeListener('SIGINT', handler);
            process.removeListener('SIGTERM', handler);
        },
    };
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
function printReport(ctx, report, stop) {
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
    const running = !!deployment && !report.deleted.length;
    ctx.out.result(lines.join('\n'), {
        model: model ?? null,
        deployment: deployment ?? null,
        wait: wait ?? null,
        deleted: report.deleted,
        timings: report.timings,
        running,
        stopCommand: running ? stop : null,
    });
}

;// CONCATENATED MODULE: ./src/cli/completion.ts



/**
 * `mlship completion bash|zsh`: a completion script for the shell, generated from the command
 * table, so it offers each command's own flags and never one the command would refuse.
 */
function completionScript(shell) {
    const commands = Object.keys(COMMAND_HELP);
    const flagsOf = (command) => [...GLOBAL_FLAGS, ...COMMAND_HELP[command].flags].map((f) => `--${f}`).join(' ');
    const cases = commands.map((c) => `    ${c}) flags="${flagsOf(c)}" ;;`).join('\n');
    const body = `# mlship completion (${shell}): generated by mlship completion ${shell}
_mlship_flags() {
  case "$1" in
${cases}
    *) flags="${OPTION_NAMES.map((f) => `--${f}`).join(' ')}" ;;
  esac
  echo "$flags"
}
`;
    if (shell === 'bash')
        return `${body}_mlship() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.join(' ')}" -- "$cur") )
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$(_mlship_flags "\${COMP_WORDS[1]}")" -- "$cur") )
  elif [ "\${COMP_WORDS[1]}" = completion ]; then
    COMPREPLY=( $(compgen -W "bash zsh" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -F _mlship mlship
`;
    if (shell === 'zsh')
        return `${body}_mlship() {
  if (( CURRENT == 2 )); then
    compadd -- ${commands.join(' ')}
  elif [[ "$words[CURRENT]" == -* ]]; then
    compadd -- $(_mlship_flags "$words[2]")
  else
    _files
  fi
}
compdef _mlship mlship
`;
    throw new engine_errors/* ConfigError */.xL(`mlship completion ${shell ?? ''}: name the shell, bash or zsh (source <(mlship completion bash))`.replace('  ', ' '));
}

// EXTERNAL MODULE: ./src/targets/local/endpoint-store.ts
var endpoint_store = __webpack_require__(37797);
// EXTERNAL MODULE: ./src/targets/local/process.ts
var local_process = __webpack_require__(92043);
;// CONCATENATED MODULE: ./src/cli/gc.ts










/**
 * `mlship gc`: removes from the state folder what no deployment uses: Python environments no
 * running scoring server runs in, run folders (logs, status) of replaced or deleted deployments,
 * and leftovers of interrupted writes and builds whose process is gone. `--dry-run` lists them.
 * Endpoint records, keys and the registry are never touched: `teardown` owns those.
 */
async function runGc(ctx, values) {
    const removals = [
        ...(await unusedEnvironments(ctx.home)),
        ...(await staleRunFolders(ctx.home)),
        ...(await unusedBatchCode(ctx.home)),
        ...(await leftovers(ctx.home)),
    ];
    if (!values['dry-run'])
        for (const r of removals)
            await (0,promises_.rm)(r.path, { recursive: true, force: true });
    const total = removals.reduce((sum, r) => sum + r.bytes, 0);
    const verb = values['dry-run'] ? 'Would remove' : 'Removed';
    ctx.out.result(removals.length
        ? [...removals.map((r) => `${verb} ${(0,external_node_path_.relative)(ctx.home, r.path)} (${(0,format/* formatBytes */.z3)(r.bytes)}): ${r.why}`), `${verb} ${(0,format/* formatBytes */.z3)(total)} in all.`].join('\n')
        : 'Nothing to remove.', { dryRun: !!values['dry-run'], removed: removals, bytes: total });
    return 0;
}
/** Environments under `venvs/` that no live scoring server of this state folder runs in. */
async function unusedEnvironments(home) {
    const dir = (0,external_node_path_.join)(home, 'venvs');
    const inUse = new Set((0,local_process/* findServers */.G9)(`${home}|`)
        .map((s) => interpreterOf(s.pid))
        .filter((p) => !!p));
    const removals = [];
    for (const entry of await entries(dir)) {
        if (!entry.isDirectory() || entry.name.endsWith('.tmp'))
            continue;
        const venv = (0,external_node_path_.join)(dir, entry.name);
        if ([...inUse].some((python) => python.startsWith(`${venv}/`)))
            continue;
        removals.push({ path: venv, bytes: await size(venv), why: 'no running deployment uses this environment' });
    }
    return removals;
}
/** The interpreter a process runs (its first argument), from /proc. */
function interpreterOf(pid) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] || (0,external_node_fs_.readlinkSync)(`/proc/${pid}/exe`);
    }
    catch {
        return undefined;
    }
}
/** Copies of batch deployments' code (`batch/code/<hash>`) that no batch deployment of this folder uses. */
async function unusedBatchCode(home) {
    const batch = new local_batch/* LocalBatch */.gF(home, commands/* quietRunner */.T);
    const records = await batch.list();
    const inUse = new Set(records.flatMap((r) => Object.values(r.deployments).map((d) => d.codeDir)));
    const removals = [];
    for (const entry of await entries((0,external_node_path_.join)(batch.dir, 'code'))) {
        const path = (0,external_node_path_.join)(batch.dir, 'code', entry.name);
        if (!entry.isDirectory() || entry.name.endsWith('.tmp') || inUse.has(path))
            continue;
        removals.push({ path, bytes: await size(path), why: 'no batch deployment uses this code' });
    }
    return removals;
}
/** Run folders of deployments that are no longer recorded, or of an earlier start of one that is. */
async function staleRunFolders(home) {
    const store = new endpoint_store/* EndpointStore */.F(home);
    const removals = [];
    for (const endpointDir of await entries(store.dir)) {
        if (!endpointDir.isDirectory() || (0,naming/* nameProblem */.rH)(endpointDir.name))
            continue;
        // A damaged record is left for the user to look at; its folders with it.
        const record = await store.read(endpointDir.name).catch(() => 'damaged');
        if (record === 'damaged')
            continue;
        for (const deploymentDir of await entries((0,external_node_path_.join)(store.dir, endpointDir.name))) {
            if (!deploymentDir.isDirectory())
                continue;
            const current = record?.deployments[deploymentDir.name];
            for (const run of await entries((0,external_node_path_.join)(store.dir, endpointDir.name, deploymentDir.name))) {
                if (current && current.serverId.endsWith(run.name))
                    continue;
                const path = (0,external_node_path_.join)(store.dir, endpointDir.name, deploymentDir.name, run.name);
                removals.push({ path, bytes: await size(path), why: current ? 'an earlier start of this deployment' : 'its deployment is gone' });
            }
        }
    }
    return removals;
}
/** `*.tmp` left by a write or an environment build whose process is gone (`<name>.<pid>.<hex>.tmp`). */
async function leftovers(home) {
    const removals = [];
    for (const dir of [home, (0,external_node_path_.join)(home, 'venvs'), (0,external_node_path_.join)(home, 'endpoints'), (0,external_node_path_.join)(home, 'rollouts')]) {
        for (const entry of await entries(dir)) {
            const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry.name)?.[1]);
            if (!pid || (0,state/* processAlive */.FN)(pid))
                continue;
            const path = (0,external_node_path_.join)(dir, entry.name);
            removals.push({ path, bytes: await size(path), why: `left by process ${pid}, which is gone` });
        }
    }
    return removals;
}
async function entries(dir) {
    return (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
}
/** Bytes under a path, not following links. */
async function size(path) {
    const info = await (0,promises_.lstat)(path).catch(() => undefined);
    if (!info)
        return 0;
    if (!info.isDirectory())
        return info.size;
    let total = 0;
    for (const entry of (0,external_node_fs_.readdirSync)(path, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            total += (await (0,promises_.lstat)((0,external_node_path_.join)(entry.parentPath ?? entry.path ?? '', entry.name)).catch(() => ({ size: 0 }))).size;
    }
    return total;
}

;// CONCATENATED MODULE: ./src/cli/logs.ts






const CONTAINERS = ['inference-server', 'storage-initializer'];
/**
 * `mlship logs`: a deployment's log (the deployment that takes most traffic unless one is named).
 * `--follow` keeps printing what the scoring server writes, where the target has a file to follow
 * (local): Azure's getLogs answers with the last lines, not a stream.
 */
async function runLogs(ctx, values) {
    const endpoint = endpointOf(values, 'logs');
    const lines = linesOf(values);
    const container = values.container;
    if (container !== undefined && !CONTAINERS.includes(container))
        throw new engine_errors/* ConfigError */.xL(`--container ${container}: use inference-server or storage-initializer`);
    const given = deploymentOf(values);
    const target = await cliTarget(await (0,known_endpoints/* targetOfEndpoint */.aW)(ctx.home, endpoint, targetOf(values), '--target'), ctx, values);
    if (values.follow && values.json)
        throw new engine_errors/* ConfigError */.xL('--follow prints the log as it grows; it does not combine with --json');
    if (values.follow && !target.logFile)
        throw new engine_errors/* ConfigError */.xL(`--follow: the ${target.name} target keeps no log to follow (Azure answers with the last lines); run mlship logs again instead`);
    const observed = await target.describe(endpoint);
    if (!observed)
        throw new engine_errors/* NotFoundError */.m_(`endpoint ${endpoint} does not exist on target ${target.name}`, endpoint);
    const deployment = given ?? busiest(observed.traffic) ?? observed.deployments[0]?.name;
    if (!deployment || !observed.deployments.some((d) => d.name === deployment))
        throw new engine_errors/* NotFoundError */.m_(`endpoint ${endpoint} has no deployment ${deployment ?? ''}`.trimEnd(), endpoint);
    const text = await target.logs(endpoint, deployment, lines, container);
    ctx.out.result(text, { endpoint, deployment, container: container ?? null, logs: text });
    if (values.follow)
        await follow(ctx, (await target.logFile(endpoint, deployment)));
    return 0;
}
function busiest(traffic) {
    let best;
    for (const entry of Object.entries(traffic))
        if (entry[1] > 0 && (!best || entry[1] > best[1]))
            best = entry;
    return best?.[0];
}
/** Prints what is appended to `file` until Ctrl-C (or --timeout), never through a link. */
async function follow(ctx, file) {
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    let stopped = false;
    const stop = () => (stopped = true);
    process.once('SIGINT', stop);
    try {
        let offset = (await handle.stat()).size;
        let partial = '';
        while (!stopped && (ctx.deadline === undefined || ctx.clock.now() < ctx.deadline)) {
            const { size } = await handle.stat();
            if (size > offset) {
                const buffer = Buffer.alloc(Math.min(size - offset, 1024 * 1024));
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
                offset += bytesRead;
                const text = partial + buffer.subarray(0, bytesRead).toString('utf8');
                const cut = text.lastIndexOf('\n');
                partial = text.slice(cut + 1);
                if (cut >= 0)
                    ctx.out.result(text.slice(0, cut), null);
            }
            else if (size < offset)
                offset = 0; // rotated or truncated: start again
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
    }
    finally {
        process.removeListener('SIGINT', stop);
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/status.ts







const MISSING = 'does not exist (deleted)';
/**
 * `mlship status`: one endpoint, or every endpoint deployed from this folder (and with --target
 * aci|aks every endpoint on the workspace): target, deployments, traffic, state, URL, age.
 */
async function runStatus(ctx, values) {
    const given = targetOf(values);
    const named = values['endpoint-name'] === undefined ? undefined : (0,naming/* checkResourceName */.E3)(values['endpoint-name'], '--endpoint-name');
    const targets = new Map();
    const targetFor = (name) => {
        if (!targets.has(name))
            targets.set(name, cliTarget(name, ctx, values));
        return targets.get(name);
    };
    const batch = !given || given === 'local' ? await localBatchRows(ctx, named) : [];
    if (named && batch.length) {
        ctx.out.result(table(batch, ctx.clock.now()), { endpoints: batch });
        return 0;
    }
    const wanted = named
        ? [[named, await (0,known_endpoints/* targetOfEndpoint */.aW)(ctx.home, named, given, '--target')]]
        : await endpointsToShow(ctx, given, targetFor);
    const rows = [];
    for (const [name, target] of wanted)
        rows.push(await endpointRow(name, target, targetFor));
    rows.push(...batch);
    if (named && rows[0].error === MISSING)
        throw new engine_errors/* NotFoundError */.m_(`endpoint ${named} does not exist on target ${wanted[0][1]}`, named);
    ctx.out.result(table(rows, ctx.clock.now()), { endpoints: rows });
    return 0;
}
/**
 * Local batch endpoints as status rows: each deployment as recorded (a batch deployment runs only
 * during its jobs, so recorded is ready); the default one takes the endpoint's jobs (100%).
 */
async function localBatchRows(ctx, named) {
    const local = new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands);
    const records = named ? [await local.read(named)].filter((r) => !!r) : await local.list();
    return records.map((r) => ({
        name: r.name,
        target: 'local',
        scoringUri: null,
        traffic: r.defaultDeployment ? { [r.defaultDeployment]: 100 } : {},
        createdAt: r.createdAt,
        deployments: Object.values(r.deployments).map((d) => ({
            name: d.name,
            state: 'Healthy',
            detail: `batch deployment${r.defaultDeployment === d.name ? ', the default' : ''}; runs on mlship invoke`,
            provisioningState: 'Succeeded',
            traffic: r.defaultDeployment === d.name ? 100 : 0,
        })),
    }));
}
async function endpointsToShow(ctx, given, targetFor) {
    const found = new Map();
    for (const [name, target] of Object.entries(await (0,known_endpoints/* knownEndpoints */.sk)(ctx.home)))
        if (!given || given === target)
            found.set(name, target);
    // Local endpoints are all in this state folder; Azure's are listed only when asked for.
    if (!given || given === 'local')
        for (const e of await (await targetFor('local')).listEndpoints())
            found.set(e.name, 'local');
    if (given && given !== 'local')
        for (const e of await (await targetFor(given)).listEndpoints())
            found.set(e.name, given);
    return [...found].sort(([a], [b]) => a.localeCompare(b));
}
async function endpointRow(name, targetName, targetFor) {
    const row = { name, target: targetName, scoringUri: null, traffic: {}, createdAt: null, deployments: [] };
    try {
        const target = await targetFor(targetName);
        const observed = await target.describe(name);
        if (!observed)
            return { ...row, error: MISSING };
        row.scoringUri = observed.scoringUri || null;
        row.traffic = observed.traffic;
        row.createdAt = Number.isFinite(observed.createdAt) ? new Date(observed.createdAt).toISOString() : null;
        for (const d of observed.deployments) {
            const status = await target.status(name, d.name).catch((err) => ({ state: 'Unknown', detail: (0,engine_errors/* describeError */.Uc)(err).message }));
            row.deployments.push({
                name: d.name,
                state: status.state,
                detail: status.detail,
                provisioningState: d.provisioningState,
                traffic: observed.traffic[d.name] ?? 0,
            });
        }
    }
    catch (err) {
        row.error = (0,engine_errors/* describeError */.Uc)(err).message;
    }
    return row;
}
function table(rows, now) {
    if (!rows.length)
        return 'No endpoints deployed from here. (Give --target aci or aks to list the workspace.)';
    const lines = [['ENDPOINT', 'TARGET', 'DEPLOYMENT', 'STATE', 'TRAFFIC', 'AGE', 'URL']];
    for (const r of rows) {
        const age = r.createdAt ? (0,duration/* formatDuration */.a3)(now - Date.parse(r.createdAt)) : '-';
        if (r.error || !r.deployments.length)
            lines.push([r.name, r.target, '-', r.error ?? 'no deployments', '-', age, r.scoringUri ?? '-']);
        for (const d of r.deployments)
            lines.push([r.name, r.target, d.name, d.state, `${d.traffic}%`, age, r.scoringUri ?? '-']);
    }
    const widths = lines[0].map((_, i) => lines.reduce((width, l) => Math.max(width, l[i].length), 0));
    return lines.map((l) => l.map((cell, i) => (i === l.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands.ts




























const COMMANDS = {
    validate: async (ctx, values, files) => {
        if (!files.length)
            throw new engine_errors/* ConfigError */.xL('mlship validate needs one or more files: mlship validate [--no-refs] FILE...');
        let errors = 0;
        const reports = [];
        for (const file of files) {
            const result = (0,load/* readConfigFile */.R)(file, { checkRefs: !values['no-refs'] });
            const fileErrors = result.problems.filter((p) => p.severity === 'error').length;
            errors += fileErrors;
            for (const problem of result.problems)
                ctx.logger.info(`${problem.severity === 'error' ? 'error' : 'warning'}: ${(0,engine_errors/* formatProblem */.Vw)(problem)}`);
            reports.push({
                file,
                kind: result.kind ?? null,
                errors: fileErrors,
                problems: result.problems,
                line: `${file}: ${result.kind ?? 'unknown kind'}, ${fileErrors ? `${fileErrors} error(s)` : 'valid'}`,
            });
        }
        ctx.out.result(reports.map((r) => r.line).join('\n'), { valid: errors === 0, files: reports.map(({ line: _line, ...r }) => r) });
        // A file with errors is bad input: exit 2, as for every other command.
        return errors ? 2 : 0;
    },
    plan: async (ctx, values) => {
        if (isBatchDeploy(values))
            return runBatchPlan(ctx, values);
        const { spec } = specFromArgs(ctx, values, 'plan');
        const target = await cliTarget(spec.target, ctx, values);
        const items = await (0,plan/* plan */.e)(ctx, spec, target);
        // What deploy's preflight would find, from the same reads; a plan never fails on it.
        const preflight = !values['no-preflight'] && target.preflight ? await target.preflight(spec, { maxHourlyCost: maxHourlyCostOf(values) }) : [];
        const lines = items.map((item) => `${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name}  (${item.reason})`);
        ctx.out.result([...lines, ...(preflight.length ? [(0,engine_preflight/* formatFindings */.eg)(preflight)] : [])].join('\n'), { items, preflight });
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
        const { modelId, name: modelName, version, reused, files, bytes } = model;
        ctx.out.result(modelId, { modelId, name: modelName, version, reused, files, bytes });
        return 0;
    },
    'build-env': async (ctx, values) => {
        const env = values.environment
            ? loadEnvironmentYaml(values.environment)
            : (0,load/* loadSpec */.I)({ inferenceConfig: values['inference-config'] ?? (0,external_node_path_.join)((0,paths/* exampleDir */.c)(), 'inferenceconfig.json'), origin: 'flags' }).spec.environment;
        const target = targetOf(values) ?? 'local';
        // Built first, registered after: a build that fails leaves no version behind.
        if (target === 'local')
            await (0,python_env/* preparePython */.s)({ env, home: ctx.home, logger: ctx.logger, commands: ctx.commands });
        const built = await (0,environment/* registerEnvironment */.fL)(ctx, await cliTarget(target, ctx, values), env);
        ctx.out.result(built.environmentId, { environmentId: built.environmentId, name: built.name, version: built.version, reused: built.reused });
        return 0;
    },
    deploy: async (ctx, values) => {
        if (isBatchDeploy(values))
            return runBatchDeploy(ctx, values);
        if (values['make-default'])
            throw new engine_errors/* ConfigError */.xL('--make-default applies to batch deployments (a batch deployment YAML); an online deployment takes traffic after wait-healthy');
        const { spec, register } = specFromArgs(ctx, values, 'deploy');
        const target = await cliTarget(spec.target, ctx, values);
        // The spec already names the model to register as NAME@latest.
        if (register)
            await (0,engine_register/* registerModel */.$)(ctx, target, register);
        const result = await withEndpointLock(ctx, spec.target, spec.endpoint.name, 'mlship deploy', () => (0,deploy/* deploy */.gg)(ctx, spec, target, { preflight: !values['no-preflight'] }));
        ctx.out.result(result.scoringUri, {
            endpointName: result.endpointName,
            deploymentName: result.deploymentName,
            scoringUri: result.scoringUri,
            action: result.action,
            unchanged: result.unchanged,
            traffic: result.traffic,
            drift: result.drift,
            environmentId: result.environmentId,
            modelId: result.modelId ?? null,
        });
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
        ctx.out.result(`${result.state} after ${(0,duration/* formatDuration */.a3)(result.durationMs)}${result.sample ? `; sample answered ${result.sample.status}: ${(0,format/* truncate */.xv)(result.sample.body, 500)}` : ''}`, {
            state: result.state,
            durationMs: Math.round(result.durationMs),
            scoringUri: result.scoringUri ?? null,
            sample: result.sample ?? null,
            traffic: result.traffic,
        });
        return 0;
    },
    invoke: async (ctx, values) => runInvoke(ctx, values),
    teardown: async (ctx, values) => {
        const endpoint = endpointOf(values, 'teardown');
        if (values.target?.toLowerCase() === 'amlcompute') {
            if (values['delete-model'])
                throw new engine_errors/* ConfigError */.xL('--delete-model applies to online endpoints');
            const deleted = await (await cliAzureBatch(ctx, values)).teardown(ctx, endpoint, deploymentOf(values), { missingOk: values['missing-ok'], force: values.force });
            ctx.out.result(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.', { deleted });
            return 0;
        }
        const batch = new local_batch/* LocalBatch */.gF(ctx.home, ctx.commands);
        if ((values.target ?? 'local') === 'local' && (await batch.read(endpoint))) {
            if (values['delete-model'])
                throw new engine_errors/* ConfigError */.xL('--delete-model applies to online endpoints; a local batch endpoint keeps no model of its own');
            const deleted = await batch.teardown(endpoint, deploymentOf(values), { missingOk: values['missing-ok'], force: values.force });
            ctx.out.result(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.', { deleted });
            return 0;
        }
        const options = {
            endpoint,
            deployment: deploymentOf(values),
            deleteModel: (0,teardown/* checkedModelVersion */.pu)(values['delete-model'], '--delete-model'),
            force: values.force,
            missingOk: values['missing-ok'],
        };
        const target = await endpointTarget(ctx, values, endpoint);
        const deleted = await withEndpointLock(ctx, target.name, endpoint, 'mlship teardown', () => (0,teardown/* teardown */.zN)(ctx, target, options));
        ctx.out.result(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.', { deleted });
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
            ctx.out.result('', { primaryKey: null, secondaryKey: null });
            return 0;
        }
        // Asked for by name: printed as they are, past the masking.
        ctx.out.secretResult(`primaryKey   ${keys.primaryKey}\nsecondaryKey ${keys.secondaryKey}`, {
            primaryKey: keys.primaryKey,
            secondaryKey: keys.secondaryKey,
        });
        return 0;
    },
    up: async (ctx, values) => runUp(ctx, values),
    status: async (ctx, values) => runStatus(ctx, values),
    logs: async (ctx, values) => runLogs(ctx, values),
    gc: async (ctx, values) => runGc(ctx, values),
    completion: async (ctx, _values, rest) => {
        ctx.out.result(completionScript(rest[0]), { shell: rest[0], script: completionScript(rest[0]) });
        return 0;
    },
    // Answered in main before a command runs (`mlship help CMD`); here only for the table.
    help: async () => 0,
    // The emulator (https server, OpenAPI validation, Azurite) is loaded only when asked for.
    emulator: async (ctx, values) => (await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(53), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 27513))).runEmulator(ctx, {
        envFile: values['env-out'] ?? values['env-file'],
        identityDatastores: !!values['identity-datastores'],
        printSdkConfig: !!values['print-sdk-config'],
    }),
};
/** The target of an existing endpoint: --target, else where it was deployed from this folder. */
async function endpointTarget(ctx, values, endpoint) {
    return cliTarget(await (0,known_endpoints/* targetOfEndpoint */.aW)(ctx.home, endpoint, targetOf(values), '--target'), ctx, values);
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
        tty: process.stderr.isTTY ? { write: (text) => process.stderr.write(text), columns: process.stderr.columns || 80 } : undefined,
    };
}

;// CONCATENATED MODULE: ./src/cli/logger.ts

function terminalLogger(options) {
    const secrets = new Set();
    const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
    const tty = options.tty;
    let live = false;
    let frame = 0;
    const clearLive = () => {
        if (live)
            tty.write('\r\x1b[K');
        live = false;
    };
    const rawErr = options.err ?? ((line) => process.stderr.write(`${line}\n`));
    const err = (line) => {
        clearLive();
        rawErr(line);
    };
    // Control characters from a user's file or a score.py log must not drive the terminal either.
    const mask = (text) => {
        let masked = (0,format/* neutralise */.$0)(text);
        for (const secret of secrets)
            masked = masked.split(secret).join('***');
        return masked;
    };
    return {
        info: (message) => err(mask(message)),
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
        progress: (text) => {
            if (!tty)
                return;
            const line = `${'|/-\\'[frame++ % 4]} ${mask(text).replace(/\n/g, ' ')}`;
            tty.write(`\r\x1b[K${line.slice(0, Math.max(20, tty.columns - 1))}`);
            live = true;
        },
        result: (text) => {
            clearLive();
            out(mask(text));
        },
        secretResult: (text) => {
            clearLive();
            out((0,format/* neutralise */.$0)(text));
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
        logger = terminalLogger({ verbose: (values.verbose ?? false) || debug, out: io.out, err: io.err, tty: io.tty });
        const [command, ...rest] = positionals;
        if (values.version) {
            io.out(version());
            return 0;
        }
        if (!command) {
            (values.help ? io.out : io.err)(HELP);
            return values.help ? 0 : 2;
        }
        const handler = COMMANDS[command];
        if (!handler) {
            const guess = (0,suggest/* closest */.k)(command, Object.keys(COMMANDS));
            throw new engine_errors/* ConfigError */.xL(`unknown command "${command}"${guess ? `: did you mean ${guess}?` : ''} Commands: ${Object.keys(COMMANDS).join(', ')}. Run mlship --help.`);
        }
        // `mlship CMD --help` and `mlship help CMD`: the command's own text, on stdout.
        if (values.help || command === 'help') {
            const about = command === 'help' ? rest[0] : command;
            if (about !== undefined && !COMMANDS[about]) {
                const guess = (0,suggest/* closest */.k)(about, Object.keys(COMMANDS));
                throw new engine_errors/* ConfigError */.xL(`mlship help ${about}: no such command${guess ? `; did you mean ${guess}?` : ''}`);
            }
            io.out(about === undefined ? HELP : commandHelp(about));
            return 0;
        }
        // Every usage error is found before anything is printed or done.
        checkFlagsOf(command, values);
        // A --timeout bounds every operation of the command, not only the wait.
        const deadline = values.timeout === undefined ? undefined : engine_logger/* systemClock */.m.now() + timeoutOf(values);
        const home = (0,state/* stateHome */.Z0)('cli', io.env, io.cwd);
        // Commands that keep state create its folder, ignored by git from the start.
        if (!['validate', 'plan', 'emulator'].includes(command))
            ignoreStateFolder(home);
        const out = cliOutput(logger, values.json ?? false);
        const verbose = (values.verbose ?? false) || debug;
        const ctx = { home, logger, clock: engine_logger/* systemClock */.m, tags: (0,provenance/* provenanceTags */.Xy)(io.env), commands: (0,commands/* cliRunner */.R)(logger, verbose), io, deadline, out };
        // up, emulator and logs --follow handle their own interrupt (a teardown, a clean stop, the end of
        // the log); every other command stops what it started (pip, a venv build) and ends.
        const stop = OWN_SIGNALS.includes(command) ? undefined : onSignalStopChildren(logger);
        try {
            return await handler(ctx, values, rest);
        }
        finally {
            stop?.();
        }
    }
    catch (err) {
        report(logger, err, debug);
        return err instanceof engine_errors/* ConfigError */.xL ? 2 : 1;
    }
}
const OWN_SIGNALS = ['up', 'emulator', 'logs'];
/** Whatever happens, no program mlship started is left running once it exits. */
process.once('exit', () => (0,children/* signalChildren */.A0)('SIGKILL'));
function onSignalStopChildren(logger) {
    const handler = (signal) => {
        logger.warn(`${signal === 'SIGINT' ? 'Interrupted' : 'Terminated'}: stopping what this command started.`);
        void (0,children/* stopChildren */.OD)().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return () => {
        process.removeListener('SIGINT', handler);
        process.removeListener('SIGTERM', handler);
    };
}
function report(logger, err, debug) {
    const described = (0,engine_errors/* describeError */.Uc)(err);
    logger.error(described.message);
    if (described.diagnosis)
        logger.info((0,diagnosis/* formatDiagnosis */.Nb)(described.diagnosis, described.logs));
    if (described.logs)
        logger.info(`----- log -----\n${described.logs}`);
    if (described.kind === 'bug')
        logger.info(debug ? (err?.stack ?? '') : 'Run again with --debug for the stack trace.');
}
function cliOutput(logger, json) {
    const render = (human, data) => (json ? JSON.stringify(data, null, 2) : human);
    return {
        json,
        result: (human, data) => logger.result(render(human, data)),
        secretResult: (human, data) => logger.secretResult(render(human, data)),
    };
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

/***/ 45450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot),
/* harmony export */   c: () => (/* binding */ exampleDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
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

/***/ 21921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isBatchDeploymentFile),
/* harmony export */   u: () => (/* binding */ loadBatchSpec)
/* harmony export */ });
/* harmony import */ var _engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48876);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40395);




/** Whether a file is a batch deployment (so that `deploy` takes the batch path). */
function isBatchDeploymentFile(file) {
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(file, { checkRefs: false }).kind === 'v2-batch-deployment';
}
/**
 * Builds a batch deployment spec from its files, with Azure's defaults for every setting not
 * written. Throws before anything is changed anywhere.
 * @throws ConfigError listing every error in every file.
 */
function loadBatchSpec(sources) {
    const checkRefs = sources.checkRefs ?? true;
    const reads = [(0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(sources.deployment, { checkRefs, expect: ['v2-batch-deployment'] })];
    if (sources.endpoint)
        reads.push((0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(sources.endpoint, { checkRefs, expect: ['v2-batch-endpoint'], batch: true }));
    for (const file of sources.others ?? [])
        reads.push((0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(file, { checkRefs, expect: ['v2-environment', 'v2-model'] }));
    const problems = reads.flatMap((r) => r.problems);
    const o = sources.overrides ?? {};
    const flag = (field) => (sources.origin === 'flags' ? { file: 'command line', field: `--${field}` } : { file: 'inputs', field });
    const fail = () => {
        const errors = problems.filter((p) => p.severity === 'error');
        return new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The batch deployment configuration has ${errors.length} error(s); nothing was changed.`, problems);
    };
    if (problems.some((p) => p.severity === 'error'))
        throw fail();
    const f = {};
    for (const read of reads) {
        const part = read.fragment ?? {};
        f.model = part.model ?? f.model;
        f.code = part.code ?? f.code;
        f.environment = part.environment ? { ...f.environment, ...part.environment } : f.environment;
        f.endpoint = { ...f.endpoint, ...part.endpoint, tags: { ...f.endpoint?.tags, ...part.endpoint?.tags } };
        f.deployment = { ...f.deployment, ...part.deployment, tags: { ...f.deployment?.tags, ...part.deployment?.tags } };
        f.batch = { ...f.batch, ...part.batch, settings: { ...f.batch?.settings, ...part.batch?.settings } };
    }
    const target = o.target ?? 'local';
    const endpointName = o.endpointName ?? f.endpoint?.name;
    const deploymentName = o.deploymentName ?? f.deployment?.name;
    const model = o.model ?? f.model;
    const compute = o.compute?.replace(/^azureml:/, '') ?? f.batch?.compute;
    const error = (where, message, hint) => problems.push({ ...where, message, hint, severity: 'error' });
    if (!endpointName)
        error({ file: sources.deployment, field: 'endpoint_name' }, 'no endpoint is named', 'write endpoint_name in the deployment, or give --endpoint-name');
    else if ((0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(endpointName))
        error(flag('endpoint-name'), (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(endpointName));
    if (deploymentName && (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(deploymentName))
        error(flag('deployment-name'), (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .nameProblem */ .rH)(deploymentName));
    if (!model)
        error({ file: sources.deployment, field: 'model' }, 'a batch deployment needs a model', 'write model: azureml:<name>:<version>, or model: {path: ...}');
    const modelName = model?.kind === 'registered' ? model.name : model?.name;
    if (modelName && (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .assetNameProblem */ .pr)(modelName))
        error(flag('model'), (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .assetNameProblem */ .pr)(modelName));
    // MLflow models can go without (Azure generates the scoring script); mlship runs the user's script.
    if (!f.code)
        error({ file: sources.deployment, field: 'code_configuration' }, 'no scoring script is configured', 'write code_configuration: {code: <folder>, scoring_script: <file>.py} (MLflow models without a script are not supported yet)');
    if (target === 'amlcompute' && !compute)
        error({ file: sources.deployment, field: 'compute' }, 'names no compute cluster', 'write compute: azureml:<cluster>, an AmlCompute cluster of the workspace');
    if (problems.some((p) => p.severity === 'error'))
        throw fail();
    const settings = { ..._engine_batch_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .BATCH_DEFAULTS */ .e, ...f.batch?.settings, environmentVariables: { ...f.batch?.settings?.environmentVariables } };
    const spec = {
        target,
        model,
        code: f.code,
        environment: f.environment ?? { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false },
        endpoint: {
            name: endpointName,
            tags: f.endpoint?.tags ?? {},
            ...(f.endpoint?.description ? { description: f.endpoint.description } : {}),
            ...(f.endpoint?.properties ? { properties: f.endpoint.properties } : {}),
        },
        deployment: {
            name: deploymentName ?? 'default',
            tags: f.deployment?.tags ?? {},
            ...(f.deployment?.description ? { description: f.deployment.description } : {}),
            ...(f.deployment?.properties ? { properties: f.deployment.properties } : {}),
            ...(compute ? { compute } : {}),
            instanceCount: f.batch?.instanceCount ?? 1,
            ...(f.deployment?.instanceType ? { instanceType: f.deployment.instanceType } : {}),
            ...(f.batch?.resourceProperties ? { resourceProperties: f.batch.resourceProperties } : {}),
            settings,
        },
        sources: reads.map((r) => r.file),
    };
    return { spec, warnings: problems.filter((p) => p.severity === 'warning'), secrets: reads.flatMap((r) => r.secrets) };
}


/***/ }),

/***/ 48876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ BATCH_TARGETS),
/* harmony export */   e: () => (/* binding */ BATCH_DEFAULTS)
/* harmony export */ });
const BATCH_TARGETS = ['local', 'amlcompute'];
const BATCH_DEFAULTS = {
    miniBatchSize: 10,
    maxConcurrencyPerInstance: 1,
    outputAction: 'append_row',
    outputFileName: 'predictions.csv',
    maxRetries: 3,
    retryTimeoutSeconds: 30,
    errorThreshold: -1,
    loggingLevel: 'info',
    environmentVariables: {},
};


/***/ }),

/***/ 30955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71896);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37399);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85448);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82883);






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

/***/ 54235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ updateRollout),
/* harmony export */   w: () => (/* binding */ readRollout)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61599);




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

/***/ 82883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ checkStage),
/* harmony export */   _3: () => (/* binding */ recordStage),
/* harmony export */   me: () => (/* binding */ checkRelease),
/* harmony export */   y0: () => (/* binding */ resolveStageRef)
/* harmony export */ });
/* unused harmony exports stageTag, stageVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85448);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95880);
/* harmony import */ var _model_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12299);




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
