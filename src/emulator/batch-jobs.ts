import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { BATCH_DRIVER_SCRIPT } from '../targets/local/process.js';
import { armError, type Reply } from './http.js';
import { azuriteContainer } from './blob.js';
import { pythonForDeployment } from './environment.js';
import type { DeploymentRuntime } from './runtime.js';
import type { ResourceStore } from './store.js';

type Json = Record<string, any>;

/** What the emulator needs to run a batch job: its store, storage, and where deployments run. */
export interface BatchJobHost {
  readonly store: ResourceStore;
  readonly workspaceIds: readonly string[];
  readonly runtime?: DeploymentRuntime;
  readonly blobEndpoint?: string;
  readonly ca?: string;
  readonly container: string;
}

const TERMINAL = new Set(['Completed', 'Failed', 'Canceled']);

/** ISO 8601 durations as the deployment carries them (PT30S, PT1M30S) in seconds. */
function seconds(duration: unknown): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(String(duration ?? ''));
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 30;
}

/**
 * Batch jobs, as the emulator runs them: the invoke request (POST to the endpoint's scoring URI,
 * with an Entra token, the input in `properties.InputData` and an optional azureml-model-deployment
 * header, as azure-ai-ml sends it: `_batch_endpoint_operations.invoke`) starts a job that runs the
 * deployment's scoring script with mlship's batch driver over the input's blobs, and writes the
 * outputs back to the datastore. The job is read as ARM's Jobs_Get answers (properties.status with
 * JobStatus values, properties.outputs); the vendored OpenAPI subset does not hold the job
 * definitions (JobBase is polymorphic over every kind of job), so these two routes are the
 * emulator's own, like the operation-status ones.
 */
export class BatchJobs {
  private readonly running = new Map<string, { cancel: () => void; done: Promise<void> }>();

  constructor(private readonly host: BatchJobHost) {}

  private endpointId(name: string): string | undefined {
    for (const workspace of this.host.workspaceIds) {
      const id = `${workspace}/batchEndpoints/${name}`;
      if (this.host.store.get(id)) return id;
    }
    return undefined;
  }

  /** POST {scoringUri}: starts a job on the named deployment, or the endpoint's default. */
  invoke(endpointName: string, deploymentHeader: string | undefined, body: string): Reply {
    const endpointId = this.endpointId(endpointName);
    if (!endpointId) return armError(404, 'UserError', `An endpoint with the name '${endpointName}' does not exist in the workspace.`);
    const endpoint = this.host.store.get(endpointId)!;
    const deploymentName = deploymentHeader || endpoint.properties.defaults?.deploymentName;
    if (!deploymentName)
      return armError(
        400,
        'UserError',
        `No deployment is set as the default of batch endpoint ${endpointName}; name one with the azureml-model-deployment header.`,
      );
    const deployment = this.host.store.get(`${endpointId}/deployments/${deploymentName}`);
    if (!deployment) return armError(404, 'UserError', `A deployment with the name '${deploymentName}' does not exist in the endpoint '${endpointName}'.`);
    let request: Json;
    try {
      request = JSON.parse(body) as Json;
    } catch {
      return armError(400, 'UserError', 'The request body is not JSON.');
    }
    const inputs = Object.entries((request.properties?.InputData ?? {}) as Json);
    if (inputs.length !== 1)
      return armError(400, 'UserError', 'A model deployment takes exactly one input: properties.InputData with one entry (UriFolder or UriFile).');
    const [, input] = inputs[0]! as [string, Json];
    const type = String(input.JobInputType ?? '');
    const uri = String(input.Uri ?? '');
    if (!/^(UriFolder|UriFile)$/i.test(type) || !uri) return armError(400, 'UserError', 'The input needs JobInputType UriFolder or UriFile and a Uri.');
    // A file input lands in the job's folder under its own name: a plain name, never one that climbs out.
    const fileName = uri.split('/').pop() ?? '';
    if (/file/i.test(type) && (!/^[^/\\]+$/.test(fileName) || fileName === '.' || fileName === '..'))
      return armError(400, 'UserError', `${uri} does not end in a file name.`);
    const workspaceId = endpointId.split('/batchEndpoints/')[0]!;
    const name = `batchjob-${randomUUID()}`;
    const id = `${workspaceId}/jobs/${name}`;
    const outputUri = `azureml://datastores/workspaceblobstore/paths/azureml/${name}/score/`;
    this.host.store.put(id, {
      name,
      type: 'Microsoft.MachineLearningServices/workspaces/jobs',
      properties: {
        jobType: 'Pipeline',
        status: 'Queued',
        displayName: name,
        experimentName: endpointName,
        computeId: deployment.properties.compute,
        properties: { 'azureml.batchrun.endpoint': endpointName, 'azureml.batchrun.deployment': deploymentName },
        tags: {},
        inputs: { input_data: { jobInputType: /file/i.test(type) ? 'uri_file' : 'uri_folder', uri } },
        outputs: { score: { jobOutputType: 'uri_folder', uri: outputUri } },
      },
    });
    let cancelled = false;
    let kill: (() => void) | undefined;
    const done = this.run(id, deployment.properties as Json, { type: /file/i.test(type) ? 'uri_file' : 'uri_folder', uri }, name, {
      cancelled: () => cancelled,
      onProcess: (stop) => (kill = stop),
    }).catch((err: unknown) => this.finish(id, 'Failed', `the job could not run: ${(err as Error).message}`));
    this.running.set(id.toLowerCase(), { cancel: () => ((cancelled = true), kill?.()), done });
    void done.finally(() => this.running.delete(id.toLowerCase()));
    return {
      status: 200,
      body: {
        id,
        name,
        type: 'Microsoft.MachineLearningServices/workspaces/batchEndpoints/jobs',
        properties: { status: 'Queued', outputs: { score: { uri: outputUri } } },
      },
    };
  }

  /** GET .../jobs/{name}: the job as ARM answers it. */
  get(id: string): Reply {
    const job = this.host.store.get(id);
    if (!job) return armError(404, 'UserError', `The specified resource was not found: ${id.split('/workspaces/')[1] ?? id}.`);
    const { etag: _etag, ...body } = job;
    return { status: 200, body };
  }

  /** POST .../jobs/{name}/cancel: 202; the job ends Canceled and its processes stop. */
  cancel(id: string): Reply {
    const job = this.host.store.get(id);
    if (!job) return armError(404, 'UserError', `The specified resource was not found: ${id.split('/workspaces/')[1] ?? id}.`);
    if (!TERMINAL.has(String(job.properties.status))) {
      job.properties.status = 'CancelRequested';
      this.running.get(id.toLowerCase())?.cancel();
    }
    return { status: 202 };
  }

  async stopAll(): Promise<void> {
    for (const run of this.running.values()) run.cancel();
    await Promise.all([...this.running.values()].map((r) => r.done.catch(() => undefined)));
  }

  /** Ends a job; why it failed goes to the job's log in the datastore, as Azure keeps it in the job's logs. */
  private finish(id: string, status: 'Completed' | 'Failed' | 'Canceled', error?: string): void {
    const job = this.host.store.get(id);
    if (!job) return;
    job.properties.status = status;
    if (error) this.errors.set(id.toLowerCase(), error);
    this.host.store.touch(job);
  }

  /** Why a job failed before its driver could say (kept for the emulator's own tests and logs). */
  readonly errors = new Map<string, string>();

  private async run(
    id: string,
    deployment: Json,
    input: { type: 'uri_file' | 'uri_folder'; uri: string },
    name: string,
    control: { cancelled: () => boolean; onProcess: (stop: () => void) => void },
  ): Promise<void> {
    const { runtime, blobEndpoint } = this.host;
    if (!runtime || !blobEndpoint) return this.finish(id, 'Failed', 'the emulator runs batch jobs only with storage (Azurite)');
    const job = this.host.store.get(id)!;
    job.properties.status = 'Running';
    const dir = join(runtime.workDir, 'batch-jobs', name);
    const blobOf = (uri: string) => `${blobEndpoint}/${this.host.container}/${uri.split('/paths/')[1]!.replace(/\/$/, '')}`;
    const log: string[] = [];
    const inputDir = join(dir, 'input');
    await runtime.download(blobOf(input.uri), input.type === 'uri_file' ? join(inputDir, input.uri.split('/').pop()!) : inputDir);
    const code = this.host.store.get(String(deployment.codeConfiguration?.codeId ?? ''));
    if (!code) return this.finish(id, 'Failed', `code ${deployment.codeConfiguration?.codeId} does not exist`);
    await runtime.download(String(code.properties.codeUri), join(dir, 'code'));
    let modelDir: string | null = null;
    if (deployment.model?.assetId) {
      const model = this.host.store.get(String(deployment.model.assetId));
      if (!model) return this.finish(id, 'Failed', `model ${deployment.model.assetId} does not exist`);
      const modelPath = String(model.properties.modelUri).split('/paths/')[1]!.replace(/\/$/, '');
      modelDir = join(dir, 'model');
      // As for online deployments: the registered file or folder under AZUREML_MODEL_DIR by its own name.
      await runtime.download(`${blobEndpoint}/${this.host.container}/${modelPath}`, join(modelDir, modelPath.split('/').pop()!));
    }
    const python = await pythonForDeployment({ store: this.host.store, properties: deployment, home: runtime.workDir, log });
    const out = join(dir, 'out');
    const jobFile = join(dir, 'job.json');
    const retry = (deployment.retrySettings ?? {}) as Json;
    await writeFile(
      jobFile,
      JSON.stringify({
        scoringScript: join(dir, 'code', String(deployment.codeConfiguration.scoringScript)),
        codeDir: join(dir, 'code'),
        modelDir,
        input: input.type === 'uri_file' ? join(inputDir, input.uri.split('/').pop()!) : inputDir,
        inputType: input.type,
        outputDir: join(out, 'named-outputs', 'score'),
        logsDir: join(out, 'logs'),
        workDir: join(dir, 'work'),
        miniBatchSize: deployment.miniBatchSize ?? 10,
        // The emulator's machine stands for the whole cluster: its processes, capped as the local target caps them.
        maxConcurrency: Math.min((deployment.maxConcurrencyPerInstance ?? 1) * (deployment.resources?.instanceCount ?? 1), Math.max(4, 4 * cpus().length)),
        instanceCount: 1,
        outputAction: deployment.outputAction === 'SummaryOnly' ? 'summary_only' : 'append_row',
        outputFileName: deployment.outputFileName ?? 'predictions.csv',
        maxRetries: retry.maxRetries ?? 3,
        timeoutS: seconds(retry.timeout),
        errorThreshold: deployment.errorThreshold ?? -1,
        loggingLevel: String(deployment.loggingLevel ?? 'Info').toLowerCase(),
        environmentVariables: deployment.environmentVariables ?? {},
        resultFile: join(dir, 'result.json'),
      }),
    );
    if (control.cancelled()) return this.finish(id, 'Canceled');
    await new Promise<void>((resolve) => {
      const child = spawn(python, ['-S', BATCH_DRIVER_SCRIPT, jobFile], { cwd: join(dir, 'code'), detached: true, stdio: 'ignore' });
      control.onProcess(() => {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // gone already
        }
      });
      child.once('exit', () => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone already
        }
        resolve();
      });
      child.once('error', () => resolve());
    });
    const result = JSON.parse(
      await readFile(join(dir, 'result.json'), 'utf8').catch(() => '{"status":"Failed","error":"the batch driver left no result"}'),
    ) as Json;
    // Outputs and logs go to the datastore: the score output where the job says, the logs beside it.
    const container = azuriteContainer(`${blobEndpoint}/${this.host.container}`, this.host.ca);
    for (const [folder, prefix] of [
      [join(out, 'named-outputs', 'score'), `azureml/${name}/score`],
      [join(out, 'logs'), `azureml/${name}/logs`],
    ] as const) {
      for (const file of filesUnder(folder)) await container.getBlockBlobClient(`${prefix}/${relative(folder, file)}`).uploadFile(file);
    }
    this.finish(
      id,
      control.cancelled() ? 'Canceled' : result.status === 'Completed' ? 'Completed' : result.status === 'Canceled' ? 'Canceled' : 'Failed',
      result.error ?? undefined,
    );
  }
}

function filesUnder(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
