export const id = 192;
export const ids = [192];
export const modules = {

/***/ 39632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qt: () => (/* binding */ batchPlan),
/* harmony export */   T5: () => (/* binding */ resolvedModelKey),
/* harmony export */   eq: () => (/* binding */ batchContent),
/* harmony export */   st: () => (/* binding */ batchSpecHash)
/* harmony export */ });
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17507);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85448);


/**
 * The hash of everything that defines a batch deployment: its model and code (as `content` names
 * them), the environment, the scoring script and every setting. Deploy stores it on the deployment
 * and plan compares against it, so both agree on what "unchanged" means.
 */
function batchSpecHash(spec, content) {
    const { name: _name, ...deployment } = spec.deployment;
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashJson */ .jM)({ ...content, environment: (0,_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentHash */ .SL)(spec.environment), scoringScript: spec.code.entryScript, deployment });
}
/**
 * The model's and code's identity from reads only, for plan: a model given by path by its files
 * (deploy gets the same from resolving it), a registered one by the version its reference resolves to.
 */
async function batchContent(spec, registeredVersion) {
    const model = !spec.model ? null : spec.model.kind === 'path' ? (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .modelIdentity */ .IT)(await (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(spec.model.path)) : await registeredVersion(spec.model);
    return { model, code: (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(spec.code.directory)).hash };
}
/** The model's part of the content, from a model deploy has resolved (and, for a path, hashed). */
function resolvedModelKey(spec, resolved) {
    if (!spec.model || !resolved)
        return null;
    return spec.model.kind === 'path' ? resolved.hash : resolved.modelId;
}
/** What deploy would do, from what exists now: the endpoint, the deployment (by its spec hash), the default. */
function batchPlan(spec, specHash, observed, makeDefault) {
    const endpoint = spec.endpoint.name;
    const name = spec.deployment.name;
    const becomesDefault = !observed.defaultDeployment || makeDefault;
    return [
        {
            resource: 'batch endpoint',
            name: endpoint,
            action: observed.endpointExists ? 'unchanged' : 'create',
            reason: observed.endpointExists ? 'it exists' : 'it does not exist yet',
        },
        {
            resource: 'batch deployment',
            name: `${endpoint}/${name}`,
            action: !observed.deploymentExists ? 'create' : observed.deploymentHash === specHash ? 'unchanged' : 'update',
            reason: !observed.deploymentExists ? 'it does not exist yet' : observed.deploymentHash === specHash ? 'it runs this exact spec' : 'its spec changed',
        },
        {
            resource: 'default deployment',
            name: endpoint,
            action: becomesDefault && observed.defaultDeployment !== name ? (observed.defaultDeployment ? 'update' : 'create') : 'unchanged',
            reason: becomesDefault && observed.defaultDeployment !== name
                ? `${name} becomes the default${observed.defaultDeployment ? ` (was ${observed.defaultDeployment})` : ''}`
                : `${observed.defaultDeployment ?? name} stays the default`,
        },
    ];
}


/***/ }),

/***/ 42192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cd: () => (/* binding */ localInput),
/* harmony export */   gF: () => (/* binding */ LocalBatch),
/* harmony export */   hO: () => (/* binding */ stopJobProcesses)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _engine_children_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63339);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17679);
/* harmony import */ var _engine_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85448);
/* harmony import */ var _engine_batch_plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(39632);
/* harmony import */ var _engine_naming_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(95880);
/* harmony import */ var _engine_registry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(59399);
/* harmony import */ var _engine_state_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(61599);
/* harmony import */ var _local_assets_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7327);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(92043);
/* harmony import */ var _python_env_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(47968);
















/** The environment of a record written before environments were recorded: the base interpreter. */
const NO_PACKAGES = { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false };
/** Worker processes a local job runs at most, whatever the deployment asks for. */
const MAX_LOCAL_PROCESSES = Math.max(4, 4 * (0,node_os__WEBPACK_IMPORTED_MODULE_4__.cpus)().length);
/**
 * Batch endpoints on this machine: one JSON record per endpoint under `home/batch/`, the code of
 * each deployment copied under `home/batch/code/`, and each job run by the local batch driver
 * (batch_driver.py) in the deployment's Python. Nothing runs between jobs, so there is no
 * process to find or stop after a crash: a job's processes live exactly as long as the job.
 */
class LocalBatch {
    home;
    commands;
    dir;
    constructor(home, commands) {
        this.home = home;
        this.commands = commands;
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(home, 'batch');
    }
    file(endpoint) {
        const problem = (0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_10__/* .nameProblem */ .rH)(endpoint);
        if (problem)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`batch endpoint name ${problem}`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, `${endpoint}.json`);
    }
    /** The endpoint's record; undefined when there is none. @throws StateFileError when it is damaged. */
    async read(endpoint) {
        const file = this.file(endpoint);
        const record = await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .readJson */ .Vh)(file);
        if (record === undefined)
            return undefined;
        if (!record ||
            typeof record !== 'object' ||
            record.kind !== 'batch' ||
            record.name !== endpoint ||
            !record.deployments ||
            typeof record.deployments !== 'object')
            throw (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .damagedState */ .V2)(file, 'is not a batch endpoint record of this name');
        for (const d of Object.values(record.deployments)) {
            // Paths from a state file are trusted only inside the state folder (or the interpreter mlship chose).
            (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .insideState */ .Q4)(d.codeDir, this.dir, file, 'code folder');
            if (d.modelDir !== undefined)
                (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .insideState */ .Q4)(d.modelDir, this.home, file, 'model folder');
        }
        return record;
    }
    async list() {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(this.dir).catch(() => [])).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
        const records = await Promise.all(names.filter((n) => !(0,_engine_naming_js__WEBPACK_IMPORTED_MODULE_10__/* .nameProblem */ .rH)(n)).map((n) => this.read(n).catch(() => undefined)));
        return records.filter((r) => !!r);
    }
    /**
     * Creates or updates a batch deployment. Everything is prepared first (model, Python, a copy of
     * the code); the record is written last, and not at all when nothing changed. The first
     * deployment of an endpoint becomes its default; another only with `makeDefault`.
     */
    async deploy(ctx, spec, options = {}) {
        const endpointName = spec.endpoint.name;
        const name = spec.deployment.name;
        const logger = ctx.logger;
        const model = spec.model ? await new _local_assets_js__WEBPACK_IMPORTED_MODULE_13__/* .LocalAssets */ .v(this.home).resolveModel(spec.model) : undefined;
        if (spec.deployment.instanceCount > 1)
            logger.info(`Locally the runner is the one node: instance_count ${spec.deployment.instanceCount} runs ${spec.deployment.instanceCount * spec.deployment.settings.maxConcurrencyPerInstance} worker processes on it.`);
        const python = await (0,_python_env_js__WEBPACK_IMPORTED_MODULE_15__/* .preparePython */ .s)({ env: spec.environment, home: this.home, logger, commands: this.commands });
        const code = await (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashAsset */ .$e)(spec.code.directory);
        const codeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'code', code.hash.slice(0, 32));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(codeDir)) {
            const tmp = `${codeDir}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`;
            await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .copyAssetFiles */ .j)(code, spec.code.directory, tmp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tmp, codeDir).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(tmp, { recursive: true, force: true }));
        }
        const d = spec.deployment;
        const specHash = (0,_engine_batch_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .batchSpecHash */ .st)(spec, { model: (0,_engine_batch_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .resolvedModelKey */ .T5)(spec, model), code: code.hash });
        const deployment = {
            name,
            specHash,
            ...(model?.modelId ? { modelId: model.modelId } : {}),
            ...(model ? { modelDir: model.modelDir } : {}),
            python: python.python,
            environment: (({ source: _source, ...env }) => env)(spec.environment),
            codeDir,
            scoringScript: spec.code.entryScript,
            settings: d.settings,
            instanceCount: d.instanceCount,
            // Provenance first, as on Azure: the sweep selects by it; the user's own tags as written.
            tags: { ...ctx.tags, ...d.tags },
            ...(d.description ? { description: d.description } : {}),
            updatedAt: new Date().toISOString(),
        };
        const file = this.file(endpointName);
        return (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .withLock */ .kK)(file, async () => {
            const existing = await this.read(endpointName);
            const endpointFields = { description: spec.endpoint.description, tags: spec.endpoint.tags, properties: spec.endpoint.properties };
            // The endpoint's provenance is fixed when it is created (who owns it); only the user's fields are compared.
            const provenance = existing ? provenanceOf(existing.tags, spec.endpoint.tags) : ctx.tags;
            const endpointSame = !!existing &&
                (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashJson */ .jM)(endpointFields) ===
                    (0,_engine_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .hashJson */ .jM)({ description: existing.description, tags: withoutKeys(existing.tags, provenance), properties: existing.properties });
            const previous = existing?.deployments[name];
            const becomesDefault = !existing?.defaultDeployment || !existing.deployments[existing.defaultDeployment] || !!options.makeDefault;
            const defaultDeployment = becomesDefault ? name : existing.defaultDeployment;
            const outcome = (action) => ({
                endpointName,
                deploymentName: name,
                action,
                isDefault: defaultDeployment === name,
                defaultDeployment,
                specHash,
                ...(model?.modelId ? { modelId: model.modelId } : {}),
            });
            if (existing && endpointSame && previous?.specHash === specHash && existing.defaultDeployment === defaultDeployment)
                return outcome('unchanged');
            const record = {
                ...(existing ?? { createdAt: new Date().toISOString(), deployments: {} }),
                name: endpointName,
                kind: 'batch',
                tags: { ...provenance, ...spec.endpoint.tags },
                ...(spec.endpoint.description ? { description: spec.endpoint.description } : {}),
                ...(spec.endpoint.properties ? { properties: spec.endpoint.properties } : {}),
                defaultDeployment,
            };
            if (previous?.specHash !== specHash)
                record.deployments = { ...record.deployments, [name]: deployment };
            await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .writeJsonAtomic */ .ZJ)(file, record);
            const action = !previous ? 'created' : previous.specHash === specHash ? 'unchanged' : 'updated';
            logger.info(`${action === 'created' ? 'Created' : action === 'updated' ? 'Updated' : 'Kept'} local batch deployment ${endpointName}/${name}${defaultDeployment === name ? ' (the default deployment)' : ''}.`);
            return outcome(action);
        });
    }
    /** What deploy would do, with reads only. */
    async plan(spec, makeDefault) {
        const specHash = (0,_engine_batch_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .batchSpecHash */ .st)(spec, await (0,_engine_batch_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .batchContent */ .eq)(spec, async (ref) => (await new _local_assets_js__WEBPACK_IMPORTED_MODULE_13__/* .LocalAssets */ .v(this.home).resolveModel(ref)).modelId));
        const record = await this.read(spec.endpoint.name);
        const deployment = record?.deployments[spec.deployment.name];
        const current = record?.defaultDeployment && record.deployments[record.defaultDeployment] ? record.defaultDeployment : undefined;
        return (0,_engine_batch_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .batchPlan */ .Qt)(spec, specHash, { endpointExists: !!record, deploymentExists: !!deployment, deploymentHash: deployment?.specHash, defaultDeployment: current }, makeDefault);
    }
    /**
     * The stale-preview sweep's view of local batch endpoints: a deployment that is its endpoint's
     * default while others remain is kept (jobs without a deployment name run on it).
     */
    sweepSource() {
        return {
            kind: 'batch endpoint',
            listEndpoints: async () => (await this.list()).map((r) => ({ name: r.name, tags: r.tags, createdAt: Date.parse(r.createdAt) })),
            deployments: async (endpoint) => {
                const record = await this.read(endpoint);
                if (!record)
                    return undefined;
                const count = Object.keys(record.deployments).length;
                return Object.values(record.deployments).map((d) => ({
                    name: d.name,
                    tags: d.tags,
                    ...(record.defaultDeployment === d.name && count > 1 ? { keep: `it is the default deployment of batch endpoint ${endpoint}` } : {}),
                }));
            },
            deleteEndpoint: (endpoint) => this.teardown(endpoint, undefined, { missingOk: true }),
            deleteDeployment: (endpoint, deployment) => this.teardown(endpoint, deployment, { missingOk: true }),
        };
    }
    /** Deletes one deployment (not the default while others remain), or the endpoint with all of them. */
    async teardown(endpoint, deployment, options = {}) {
        const file = this.file(endpoint);
        return (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .withLock */ .kK)(file, async () => {
            const record = await this.read(endpoint);
            if (!record) {
                if (options.missingOk)
                    return [];
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch endpoint ${endpoint} does not exist on target local`, endpoint);
            }
            if (deployment === undefined) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(file, { force: true });
                return [...Object.keys(record.deployments).map((d) => `batch-deployment:${endpoint}/${d}`), `batch-endpoint:${endpoint}`];
            }
            if (!record.deployments[deployment]) {
                if (options.missingOk)
                    return [];
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch deployment ${endpoint}/${deployment} does not exist (deployments: ${Object.keys(record.deployments).join(', ') || 'none'})`, deployment);
            }
            const others = Object.keys(record.deployments).filter((d) => d !== deployment);
            if (record.defaultDeployment === deployment && others.length && !options.force)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`${deployment} is the default deployment of ${endpoint}: jobs invoked without a deployment name run on it. Make another the default first (deploy it with --make-default), or pass --force.`);
            delete record.deployments[deployment];
            if (record.defaultDeployment === deployment)
                delete record.defaultDeployment;
            await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .writeJsonAtomic */ .ZJ)(file, record);
            return [`batch-deployment:${endpoint}/${deployment}`];
        });
    }
    /**
     * Runs one job: the input's files through the deployment's scoring script, with its settings,
     * until it completes, fails, is canceled or runs out of time. The outputs are laid out as
     * `az ml job download --all` lays them out, so scripts that read them work on either.
     */
    async invoke(ctx, options) {
        const record = await this.read(options.endpoint);
        if (!record)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch endpoint ${options.endpoint} does not exist on target local; deploy it first (mlship deploy --deployment D.yml)`, options.endpoint);
        const name = options.deployment ?? record.defaultDeployment;
        if (!name)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`batch endpoint ${options.endpoint} has no default deployment: name one with --deployment-name`);
        const deployment = record.deployments[name];
        if (!deployment)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`batch deployment ${options.endpoint}/${name} does not exist (deployments: ${Object.keys(record.deployments).join(', ') || 'none'})`, name);
        const input = localInput(options.input, options.inputType);
        const jobName = `batchjob-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
        const jobDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, 'batch-jobs', jobName);
        const outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve)(options.output ?? jobDir);
        const scoreDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(outputDir, 'named-outputs', 'score');
        const predictions = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(scoreDir, deployment.settings.outputFileName);
        // As on Azure, an output file that is already there is not overwritten.
        if (deployment.settings.outputAction === 'append_row' && (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(predictions))
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`${predictions} already exists: a batch job never overwrites its output file. Choose another --output folder, or move the file away.`);
        // The runner is one machine: instance_count × max_concurrency_per_instance processes, but never
        // so many that a setting sized for a cluster would swamp it.
        const wanted = deployment.settings.maxConcurrencyPerInstance * deployment.instanceCount;
        const processes = Math.min(wanted, MAX_LOCAL_PROCESSES);
        if (processes < wanted)
            ctx.logger.warn(`${wanted} worker processes asked for (instance_count × max_concurrency_per_instance); this machine runs ${processes} at most.`);
        const job = {
            scoringScript: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(deployment.codeDir, deployment.scoringScript),
            codeDir: deployment.codeDir,
            modelDir: deployment.modelDir ?? null,
            input: input.path,
            inputType: input.type,
            outputDir: scoreDir,
            logsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(outputDir, 'logs'),
            workDir: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(jobDir, 'work'),
            miniBatchSize: deployment.settings.miniBatchSize,
            maxConcurrency: processes,
            instanceCount: 1,
            outputAction: deployment.settings.outputAction,
            outputFileName: deployment.settings.outputFileName,
            maxRetries: deployment.settings.maxRetries,
            timeoutS: deployment.settings.retryTimeoutSeconds,
            errorThreshold: deployment.settings.errorThreshold,
            loggingLevel: deployment.settings.loggingLevel,
            environmentVariables: deployment.settings.environmentVariables,
            resultFile: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(jobDir, 'result.json'),
        };
        await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .writeJsonAtomic */ .ZJ)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(jobDir, 'job.json'), { ...job, jobName, endpoint: options.endpoint, deployment: name });
        const started = Date.now();
        // Prepared for each job, not read from the record: the interpreter that runs is always one mlship chose.
        const { python } = await (0,_python_env_js__WEBPACK_IMPORTED_MODULE_15__/* .preparePython */ .s)({ env: deployment.environment ?? NO_PACKAGES, home: this.home, logger: ctx.logger, commands: this.commands });
        ctx.logger.info(`Started batch job ${jobName} on ${options.endpoint}/${name}: ${input.type} ${input.path}.`);
        const code = await runDriver(python, (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(jobDir, 'job.json'), deployment.codeDir, ctx.logger, options);
        const result = await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .readJson */ .Vh)(job.resultFile);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(job.workDir, { recursive: true, force: true });
        if (!result)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationError */ .OK(`the batch driver of job ${jobName} exited with code ${code} without a result; see ${job.logsDir}`, jobName);
        const { outputFile, error, ...counts } = result;
        const outcome = {
            ...counts,
            ...(error ? { error } : {}),
            jobName,
            endpoint: options.endpoint,
            deployment: name,
            outputDir,
            ...(outputFile ? { predictionsFile: outputFile } : {}),
            durationMs: Date.now() - started,
        };
        await (0,_engine_state_js__WEBPACK_IMPORTED_MODULE_12__/* .writeJsonAtomic */ .ZJ)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(jobDir, 'summary.json'), outcome);
        return outcome;
    }
}
/** A local input: an existing folder (uri_folder) or file (uri_file); remote URIs need Azure. */
function localInput(input, type) {
    if (/^(azureml|https?|wasbs?|abfss?):/i.test(input))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`--input ${input}: the local target reads files on this machine; a datastore or storage URI needs --target amlcompute`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.resolve)(input);
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(path);
    }
    catch {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`--input ${input}: no such file or folder (looked for ${path})`);
    }
    const actual = stat.isDirectory() ? 'uri_folder' : 'uri_file';
    if (type && type !== actual)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(`--input ${input} is a ${actual === 'uri_folder' ? 'folder' : 'file'}, but --input-type is ${type}: use --input-type ${actual}, or leave it out`);
    return { path, type: actual };
}
/** Runs the driver in a process group of its own; a timeout or an abort cancels the job, then stops what is left. */
function runDriver(python, jobFile, cwd, logger, options) {
    return new Promise((done, fail) => {
        // -S: the coordinator needs only the standard library, and skipping site (and the .pth files of every
        // installed package) saves a Python start-up's worth of time; the workers start with site as usual.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(python, ['-S', '-u', _process_js__WEBPACK_IMPORTED_MODULE_14__/* .BATCH_DRIVER_SCRIPT */ .Az, jobFile], {
            cwd,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe'],
            env: { ...(0,_process_js__WEBPACK_IMPORTED_MODULE_14__/* .scoringEnvironment */ .pt)(process.env), PYTHONDONTWRITEBYTECODE: '1' },
        });
        (0,_engine_children_js__WEBPACK_IMPORTED_MODULE_6__/* .trackChild */ .yH)(child);
        if (child.pid)
            options.onStarted?.(child.pid);
        let stderr = '';
        child.stderr.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-4000);
        });
        const cancel = (why) => {
            logger.warn(`Canceling the batch job: ${why}.`);
            signalGroup(child.pid, 'SIGTERM');
            setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5000).unref();
        };
        const timer = options.timeoutMs
            ? setTimeout(() => cancel(`it ran longer than the timeout (${Math.round(options.timeoutMs / 1000)} s)`), options.timeoutMs)
            : undefined;
        const onAbort = () => cancel('interrupted');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        // Interrupted while the environment was being prepared: the job ends Canceled at once.
        if (options.signal?.aborted)
            onAbort();
        child.once('error', (err) => {
            if (timer)
                clearTimeout(timer);
            fail(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .OperationError */ .OK(`could not start ${python} for the batch driver: ${err.message}`, python));
        });
        child.once('exit', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            // Whatever the driver left (a worker stuck in run()) goes with it.
            signalGroup(child.pid, 'SIGKILL');
            if (code !== 0 && code !== 1 && code !== 130 && stderr.trim())
                logger.warn(`The batch driver ended with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').slice(-5).join('\n')}`);
            done(code ?? 1);
        });
    });
}
/** Stops a job's driver and its workers (its process group), if they still run. */
function stopJobProcesses(pid) {
    signalGroup(pid, 'SIGKILL');
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // gone already
    }
}
/** The provenance tags (mlship.*) of an existing endpoint that the user's file does not set itself. */
function provenanceOf(tags, userTags) {
    return Object.fromEntries(Object.entries(tags).filter(([key]) => key.startsWith('mlship.') && !(key in userTags)));
}
function withoutKeys(tags, keys) {
    return Object.fromEntries(Object.entries(tags).filter(([key]) => !(key in keys)));
}


/***/ })

};
