import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { BatchDeploymentSpec, BatchSettings } from '../../engine/batch-spec.js';
import type { EnvironmentSpec } from '../../engine/spec.js';
import { trackChild } from '../../engine/children.js';
import type { CommandRunner } from '../../engine/commands.js';
import type { EngineContext } from '../../engine/context.js';
import { ConfigError, NotFoundError, OperationError } from '../../engine/errors.js';
import { hashAsset, hashJson } from '../../engine/hash.js';
import { batchContent, batchPlan, batchSpecHash, resolvedModelKey, type BatchPlanItem } from '../../engine/batch-plan.js';
import type { Logger } from '../../engine/logger.js';
import type { SweepSource } from '../../engine/sweep.js';
import { nameProblem } from '../../engine/naming.js';
import { copyAssetFiles } from '../../engine/registry.js';
import { damagedState, insideState, readJson, withLock, writeJsonAtomic } from '../../engine/state.js';
import { LocalAssets } from './local-assets.js';
import { BATCH_DRIVER_SCRIPT as DRIVER_SCRIPT, scoringEnvironment } from './process.js';
import { preparePython } from './python-env.js';

/** The environment of a record written before environments were recorded: the base interpreter. */
const NO_PACKAGES: EnvironmentSpec = { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false };

/** Worker processes a local job runs at most, whatever the deployment asks for. */
const MAX_LOCAL_PROCESSES = Math.max(4, 4 * cpus().length);

export interface LocalBatchDeployment {
  name: string;
  specHash: string;
  modelId?: string;
  modelDir?: string;
  /** The interpreter it was deployed with; each job prepares its environment again (a cached venv is reused, one gc removed is rebuilt). */
  python: string;
  environment: EnvironmentSpec;
  /** The code as it was deployed: a copy, so later edits do not change what this deployment runs. */
  codeDir: string;
  scoringScript: string;
  settings: BatchSettings;
  instanceCount: number;
  tags: Record<string, string>;
  description?: string;
  updatedAt: string;
}

export interface LocalBatchEndpoint {
  name: string;
  kind: 'batch';
  description?: string;
  tags: Record<string, string>;
  properties?: Record<string, string>;
  defaultDeployment?: string;
  createdAt: string;
  deployments: Record<string, LocalBatchDeployment>;
}

export interface BatchDeployOutcome {
  endpointName: string;
  deploymentName: string;
  action: 'created' | 'updated' | 'unchanged';
  isDefault: boolean;
  defaultDeployment?: string;
  specHash: string;
  modelId?: string;
}

export type InputType = 'uri_folder' | 'uri_file';

export interface BatchInvokeOptions {
  endpoint: string;
  deployment?: string;
  input: string;
  inputType?: InputType;
  /** Folder the outputs go to (named-outputs/score/… and logs/…, as `az ml job download` lays them out). */
  output?: string;
  timeoutMs?: number;
  /** Aborted when the user interrupts: the job is canceled and its processes stopped. */
  signal?: AbortSignal;
  /** Told the driver's process id once it runs (an action's post step stops it after a cancel). */
  onStarted?: (pid: number) => void;
  /** Told the job's name once Azure accepted it (an action's post step cancels it after a cancel). */
  onJob?: (jobName: string) => void;
}

export interface FailedMiniBatch {
  id: number;
  files: string[];
  fileCount: number;
  error: string;
}

/** What a batch job did, in Azure's terms: its status, counts, and where its outputs are. */
export interface BatchJobResult {
  jobName: string;
  endpoint: string;
  deployment: string;
  status: 'Completed' | 'Failed' | 'Canceled';
  error?: string;
  /** Counts the batch driver reports; on Azure, where the job's summary is in its logs, only succeededItems (the predictions' rows). */
  miniBatches?: number;
  succeededMiniBatches?: number;
  failedMiniBatches?: number;
  files?: number;
  succeededItems?: number;
  failedItems?: number;
  failedMiniBatchDetails: FailedMiniBatch[];
  /** The folder holding named-outputs/ and logs/. */
  outputDir: string;
  /** The predictions file (append_row), when one was written. */
  predictionsFile?: string;
  durationMs: number;
}

/**
 * Batch endpoints on this machine: one JSON record per endpoint under `home/batch/`, the code of
 * each deployment copied under `home/batch/code/`, and each job run by the local batch driver
 * (batch_driver.py) in the deployment's Python. Nothing runs between jobs, so there is no
 * process to find or stop after a crash: a job's processes live exactly as long as the job.
 */
export class LocalBatch {
  readonly dir: string;

  constructor(
    readonly home: string,
    private readonly commands: CommandRunner,
  ) {
    this.dir = join(home, 'batch');
  }

  private file(endpoint: string): string {
    const problem = nameProblem(endpoint);
    if (problem) throw new ConfigError(`batch endpoint name ${problem}`);
    return join(this.dir, `${endpoint}.json`);
  }

  /** The endpoint's record; undefined when there is none. @throws StateFileError when it is damaged. */
  async read(endpoint: string): Promise<LocalBatchEndpoint | undefined> {
    const file = this.file(endpoint);
    const record = await readJson<LocalBatchEndpoint>(file);
    if (record === undefined) return undefined;
    if (
      !record ||
      typeof record !== 'object' ||
      record.kind !== 'batch' ||
      record.name !== endpoint ||
      !record.deployments ||
      typeof record.deployments !== 'object'
    )
      throw damagedState(file, 'is not a batch endpoint record of this name');
    for (const d of Object.values(record.deployments)) {
      // Paths from a state file are trusted only inside the state folder (or the interpreter mlship chose).
      insideState(d.codeDir, this.dir, file, 'code folder');
      if (d.modelDir !== undefined) insideState(d.modelDir, this.home, file, 'model folder');
    }
    return record;
  }

  async list(): Promise<LocalBatchEndpoint[]> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
    const records = await Promise.all(names.filter((n) => !nameProblem(n)).map((n) => this.read(n).catch(() => undefined)));
    return records.filter((r): r is LocalBatchEndpoint => !!r);
  }

  /**
   * Creates or updates a batch deployment. Everything is prepared first (model, Python, a copy of
   * the code); the record is written last, and not at all when nothing changed. The first
   * deployment of an endpoint becomes its default; another only with `makeDefault`.
   */
  async deploy(ctx: EngineContext, spec: BatchDeploymentSpec, options: { makeDefault?: boolean } = {}): Promise<BatchDeployOutcome> {
    const endpointName = spec.endpoint.name;
    const name = spec.deployment.name;
    const logger = ctx.logger;
    const model = spec.model ? await new LocalAssets(this.home).resolveModel(spec.model) : undefined;
    if (spec.deployment.instanceCount > 1)
      logger.info(
        `Locally the runner is the one node: instance_count ${spec.deployment.instanceCount} runs ${spec.deployment.instanceCount * spec.deployment.settings.maxConcurrencyPerInstance} worker processes on it.`,
      );
    const python = await preparePython({ env: spec.environment, home: this.home, logger, commands: this.commands });
    const code = await hashAsset(spec.code!.directory);
    const codeDir = join(this.dir, 'code', code.hash.slice(0, 32));
    if (!existsSync(codeDir)) {
      const tmp = `${codeDir}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await copyAssetFiles(code, spec.code!.directory, tmp);
      await rename(tmp, codeDir).catch(() => rm(tmp, { recursive: true, force: true }));
    }
    const d = spec.deployment;
    const specHash = batchSpecHash(spec, { model: resolvedModelKey(spec, model), code: code.hash });
    const deployment: LocalBatchDeployment = {
      name,
      specHash,
      ...(model?.modelId ? { modelId: model.modelId } : {}),
      ...(model ? { modelDir: model.modelDir } : {}),
      python: python.python,
      environment: (({ source: _source, ...env }) => env)(spec.environment),
      codeDir,
      scoringScript: spec.code!.entryScript,
      settings: d.settings,
      instanceCount: d.instanceCount,
      // Provenance first, as on Azure: the sweep selects by it; the user's own tags as written.
      tags: { ...ctx.tags, ...d.tags },
      ...(d.description ? { description: d.description } : {}),
      updatedAt: new Date().toISOString(),
    };
    const file = this.file(endpointName);
    return withLock(file, async () => {
      const existing = await this.read(endpointName);
      const endpointFields = { description: spec.endpoint.description, tags: spec.endpoint.tags, properties: spec.endpoint.properties };
      // The endpoint's provenance is fixed when it is created (who owns it); only the user's fields are compared.
      const provenance = existing ? provenanceOf(existing.tags, spec.endpoint.tags) : ctx.tags;
      const endpointSame =
        !!existing &&
        hashJson(endpointFields) ===
          hashJson({ description: existing.description, tags: withoutKeys(existing.tags, provenance), properties: existing.properties });
      const previous = existing?.deployments[name];
      const becomesDefault = !existing?.defaultDeployment || !existing.deployments[existing.defaultDeployment] || !!options.makeDefault;
      const defaultDeployment = becomesDefault ? name : existing!.defaultDeployment;
      const outcome = (action: BatchDeployOutcome['action']): BatchDeployOutcome => ({
        endpointName,
        deploymentName: name,
        action,
        isDefault: defaultDeployment === name,
        defaultDeployment,
        specHash,
        ...(model?.modelId ? { modelId: model.modelId } : {}),
      });
      if (existing && endpointSame && previous?.specHash === specHash && existing.defaultDeployment === defaultDeployment) return outcome('unchanged');
      const record: LocalBatchEndpoint = {
        ...(existing ?? { createdAt: new Date().toISOString(), deployments: {} }),
        name: endpointName,
        kind: 'batch',
        tags: { ...provenance, ...spec.endpoint.tags },
        ...(spec.endpoint.description ? { description: spec.endpoint.description } : {}),
        ...(spec.endpoint.properties ? { properties: spec.endpoint.properties } : {}),
        defaultDeployment,
      };
      if (previous?.specHash !== specHash) record.deployments = { ...record.deployments, [name]: deployment };
      await writeJsonAtomic(file, record);
      const action = !previous ? 'created' : previous.specHash === specHash ? 'unchanged' : 'updated';
      logger.info(
        `${action === 'created' ? 'Created' : action === 'updated' ? 'Updated' : 'Kept'} local batch deployment ${endpointName}/${name}${defaultDeployment === name ? ' (the default deployment)' : ''}.`,
      );
      return outcome(action);
    });
  }

  /** What deploy would do, with reads only. */
  async plan(spec: BatchDeploymentSpec, makeDefault: boolean): Promise<BatchPlanItem[]> {
    const specHash = batchSpecHash(spec, await batchContent(spec, async (ref) => (await new LocalAssets(this.home).resolveModel(ref)).modelId!));
    const record = await this.read(spec.endpoint.name);
    const deployment = record?.deployments[spec.deployment.name];
    const current = record?.defaultDeployment && record.deployments[record.defaultDeployment] ? record.defaultDeployment : undefined;
    return batchPlan(
      spec,
      specHash,
      { endpointExists: !!record, deploymentExists: !!deployment, deploymentHash: deployment?.specHash, defaultDeployment: current },
      makeDefault,
    );
  }

  /**
   * The stale-preview sweep's view of local batch endpoints: a deployment that is its endpoint's
   * default while others remain is kept (jobs without a deployment name run on it).
   */
  sweepSource(): SweepSource {
    return {
      kind: 'batch endpoint',
      listEndpoints: async () => (await this.list()).map((r) => ({ name: r.name, tags: r.tags, createdAt: Date.parse(r.createdAt) })),
      deployments: async (endpoint) => {
        const record = await this.read(endpoint);
        if (!record) return undefined;
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
  async teardown(endpoint: string, deployment?: string, options: { missingOk?: boolean; force?: boolean } = {}): Promise<string[]> {
    const file = this.file(endpoint);
    return withLock(file, async () => {
      const record = await this.read(endpoint);
      if (!record) {
        if (options.missingOk) return [];
        throw new NotFoundError(`batch endpoint ${endpoint} does not exist on target local`, endpoint);
      }
      if (deployment === undefined) {
        await rm(file, { force: true });
        return [...Object.keys(record.deployments).map((d) => `batch-deployment:${endpoint}/${d}`), `batch-endpoint:${endpoint}`];
      }
      if (!record.deployments[deployment]) {
        if (options.missingOk) return [];
        throw new NotFoundError(
          `batch deployment ${endpoint}/${deployment} does not exist (deployments: ${Object.keys(record.deployments).join(', ') || 'none'})`,
          deployment,
        );
      }
      const others = Object.keys(record.deployments).filter((d) => d !== deployment);
      if (record.defaultDeployment === deployment && others.length && !options.force)
        throw new ConfigError(
          `${deployment} is the default deployment of ${endpoint}: jobs invoked without a deployment name run on it. Make another the default first (deploy it with --make-default), or pass --force.`,
        );
      delete record.deployments[deployment];
      if (record.defaultDeployment === deployment) delete record.defaultDeployment;
      await writeJsonAtomic(file, record);
      return [`batch-deployment:${endpoint}/${deployment}`];
    });
  }

  /**
   * Runs one job: the input's files through the deployment's scoring script, with its settings,
   * until it completes, fails, is canceled or runs out of time. The outputs are laid out as
   * `az ml job download --all` lays them out, so scripts that read them work on either.
   */
  async invoke(ctx: EngineContext, options: BatchInvokeOptions): Promise<BatchJobResult> {
    const record = await this.read(options.endpoint);
    if (!record)
      throw new NotFoundError(
        `batch endpoint ${options.endpoint} does not exist on target local; deploy it first (mlship deploy --deployment D.yml)`,
        options.endpoint,
      );
    const name = options.deployment ?? record.defaultDeployment;
    if (!name) throw new ConfigError(`batch endpoint ${options.endpoint} has no default deployment: name one with --deployment-name`);
    const deployment = record.deployments[name];
    if (!deployment)
      throw new NotFoundError(
        `batch deployment ${options.endpoint}/${name} does not exist (deployments: ${Object.keys(record.deployments).join(', ') || 'none'})`,
        name,
      );
    const input = localInput(options.input, options.inputType);
    const jobName = `batchjob-${randomUUID()}`;
    const jobDir = join(this.home, 'batch-jobs', jobName);
    const outputDir = resolve(options.output ?? jobDir);
    const scoreDir = join(outputDir, 'named-outputs', 'score');
    const predictions = join(scoreDir, deployment.settings.outputFileName);
    // As on Azure, an output file that is already there is not overwritten.
    if (deployment.settings.outputAction === 'append_row' && existsSync(predictions))
      throw new ConfigError(
        `${predictions} already exists: a batch job never overwrites its output file. Choose another --output folder, or move the file away.`,
      );
    // The runner is one machine: instance_count × max_concurrency_per_instance processes, but never
    // so many that a setting sized for a cluster would swamp it.
    const wanted = deployment.settings.maxConcurrencyPerInstance * deployment.instanceCount;
    const processes = Math.min(wanted, MAX_LOCAL_PROCESSES);
    if (processes < wanted)
      ctx.logger.warn(`${wanted} worker processes asked for (instance_count × max_concurrency_per_instance); this machine runs ${processes} at most.`);
    const job = {
      scoringScript: join(deployment.codeDir, deployment.scoringScript),
      codeDir: deployment.codeDir,
      modelDir: deployment.modelDir ?? null,
      input: input.path,
      inputType: input.type,
      outputDir: scoreDir,
      logsDir: join(outputDir, 'logs'),
      workDir: join(jobDir, 'work'),
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
      resultFile: join(jobDir, 'result.json'),
    };
    await writeJsonAtomic(join(jobDir, 'job.json'), { ...job, jobName, endpoint: options.endpoint, deployment: name });
    const started = Date.now();
    // Prepared for each job, not read from the record: the interpreter that runs is always one mlship chose.
    const { python } = await preparePython({ env: deployment.environment ?? NO_PACKAGES, home: this.home, logger: ctx.logger, commands: this.commands });
    ctx.logger.info(`Started batch job ${jobName} on ${options.endpoint}/${name}: ${input.type} ${input.path}.`);
    const code = await runDriver(python, join(jobDir, 'job.json'), deployment.codeDir, ctx.logger, options);
    const result = await readJson<
      Omit<BatchJobResult, 'jobName' | 'endpoint' | 'deployment' | 'outputDir'> & { outputFile?: string | null; error?: string | null }
    >(job.resultFile);
    await rm(job.workDir, { recursive: true, force: true });
    if (!result) throw new OperationError(`the batch driver of job ${jobName} exited with code ${code} without a result; see ${job.logsDir}`, jobName);
    const { outputFile, error, ...counts } = result;
    const outcome: BatchJobResult = {
      ...counts,
      ...(error ? { error } : {}),
      jobName,
      endpoint: options.endpoint,
      deployment: name,
      outputDir,
      ...(outputFile ? { predictionsFile: outputFile } : {}),
      durationMs: Date.now() - started,
    };
    await writeJsonAtomic(join(jobDir, 'summary.json'), outcome);
    return outcome;
  }
}

/** A local input: an existing folder (uri_folder) or file (uri_file); remote URIs need Azure. */
export function localInput(input: string, type?: InputType): { path: string; type: InputType } {
  if (/^(azureml|https?|wasbs?|abfss?):/i.test(input))
    throw new ConfigError(`--input ${input}: the local target reads files on this machine; a datastore or storage URI needs --target amlcompute`);
  const path = resolve(input);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ConfigError(`--input ${input}: no such file or folder (looked for ${path})`);
  }
  const actual: InputType = stat.isDirectory() ? 'uri_folder' : 'uri_file';
  if (type && type !== actual)
    throw new ConfigError(
      `--input ${input} is a ${actual === 'uri_folder' ? 'folder' : 'file'}, but --input-type is ${type}: use --input-type ${actual}, or leave it out`,
    );
  return { path, type: actual };
}

/** Runs the driver in a process group of its own; a timeout or an abort cancels the job, then stops what is left. */
function runDriver(python: string, jobFile: string, cwd: string, logger: Logger, options: BatchInvokeOptions): Promise<number> {
  return new Promise((done, fail) => {
    // -S: the coordinator needs only the standard library, and skipping site (and the .pth files of every
    // installed package) saves a Python start-up's worth of time; the workers start with site as usual.
    const child = spawn(python, ['-S', '-u', DRIVER_SCRIPT, jobFile], {
      cwd,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...scoringEnvironment(process.env), PYTHONDONTWRITEBYTECODE: '1' },
    });
    trackChild(child);
    if (child.pid) options.onStarted?.(child.pid);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const cancel = (why: string) => {
      logger.warn(`Canceling the batch job: ${why}.`);
      signalGroup(child.pid!, 'SIGTERM');
      setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5000).unref();
    };
    const timer = options.timeoutMs
      ? setTimeout(() => cancel(`it ran longer than the timeout (${Math.round(options.timeoutMs! / 1000)} s)`), options.timeoutMs)
      : undefined;
    const onAbort = () => cancel('interrupted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // Interrupted while the environment was being prepared: the job ends Canceled at once.
    if (options.signal?.aborted) onAbort();
    child.once('error', (err) => {
      if (timer) clearTimeout(timer);
      fail(new OperationError(`could not start ${python} for the batch driver: ${err.message}`, python));
    });
    child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // Whatever the driver left (a worker stuck in run()) goes with it.
      signalGroup(child.pid!, 'SIGKILL');
      if (code !== 0 && code !== 1 && code !== 130 && stderr.trim())
        logger.warn(`The batch driver ended with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').slice(-5).join('\n')}`);
      done(code ?? 1);
    });
  });
}

/** Stops a job's driver and its workers (its process group), if they still run. */
export function stopJobProcesses(pid: number): void {
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // gone already
  }
}

/** The provenance tags (mlship.*) of an existing endpoint that the user's file does not set itself. */
function provenanceOf(tags: Record<string, string>, userTags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => key.startsWith('mlship.') && !(key in userTags)));
}

function withoutKeys(tags: Record<string, string>, keys: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !(key in keys)));
}
