import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readJson } from '../engine/state.js';
import { startServer, stopServer, tail, type ServerHandle, type ServerStatus } from '../targets/local/process.js';
import { azuriteContainer } from './blob.js';
import { pythonForDeployment } from './environment.js';
import type { ResourceStore } from './store.js';

type Json = Record<string, any>;

interface Running {
  handle: ServerHandle;
  port: number;
  dir: string;
}

/**
 * Runs each emulated deployment for real: downloads its code and model from Azurite, as Azure's
 * storage initializer does, and starts the local scoring server on them. Its init() decides
 * whether the deployment Succeeds or Fails, and its log is what getLogs returns.
 */
export class DeploymentRuntime {
  private readonly running = new Map<string, Running>();
  /** Starts still under way: a delete arriving meanwhile cancels one and waits until it has wound down. */
  private readonly starting = new Map<string, { cancelled: boolean; done: Promise<unknown> }>();

  constructor(
    private readonly store: ResourceStore,
    private readonly blobEndpoint: string,
    readonly workDir: string,
    /** The certificate Azurite serves https with, when it does. */
    private readonly ca?: string,
  ) {
    mkdirSync(workDir, { recursive: true });
  }

  /** Starts the deployment; resolves once init() finished ('ready') or failed. */
  async start(deploymentId: string, properties: Json, timeoutMs: number): Promise<{ ok: boolean; message?: string }> {
    await this.stop(deploymentId);
    const key = deploymentId.toLowerCase();
    const pending = { cancelled: false, done: Promise.resolve() as Promise<unknown> };
    const work = this.startOnce(deploymentId, properties, timeoutMs, pending);
    pending.done = work;
    this.starting.set(key, pending);
    try {
      return await work;
    } finally {
      if (this.starting.get(key) === pending) this.starting.delete(key);
    }
  }

  private async startOnce(
    deploymentId: string,
    properties: Json,
    timeoutMs: number,
    pending: { cancelled: boolean },
  ): Promise<{ ok: boolean; message?: string }> {
    const cancelled = { ok: false, message: 'the deployment was deleted while it was being created' };
    const dir = join(this.workDir, deploymentId.split('/onlineEndpoints/')[1]!.replace(/\//g, '_'));
    rmSync(dir, { recursive: true, force: true });
    const storageLog: string[] = [];
    try {
      const codeDir = join(dir, 'code');
      const modelDir = join(dir, 'model');
      const code = this.store.get(String(properties.codeConfiguration?.codeId ?? ''));
      if (!code) return { ok: false, message: `code ${properties.codeConfiguration?.codeId} does not exist` };
      storageLog.push(...(await this.download(String(code.properties.codeUri), codeDir)));
      if (properties.model) {
        const model = this.store.get(String(properties.model));
        if (!model) return { ok: false, message: `model ${properties.model} does not exist` };
        const modelPath = String(model.properties.modelUri).split('/paths/')[1]!;
        // Azure mounts the registered file or folder under AZUREML_MODEL_DIR by its own name.
        storageLog.push(...(await this.download(`${this.blobEndpoint}/${this.container}/${modelPath}`, join(modelDir, modelPath.split('/').pop()!))));
      }
      await mkdir(dir, { recursive: true });
      // The deployment's own environment, as Azure builds its image from it (cached across deployments).
      let python: string;
      try {
        python = await pythonForDeployment({ store: this.store, properties, home: this.workDir, log: storageLog });
      } catch (err) {
        // Azure fails such a deployment with ImageBuildFailure, pointing at the build log.
        await this.writeStorageLog(dir, [...storageLog, `error: ${(err as Error).message}`]);
        return { ok: false, message: `ImageBuildFailure: the environment's image could not be built: ${(err as Error).message}` };
      }
      if (pending.cancelled) return cancelled;
      const { handle, port } = await startServer({
        python,
        codeDir,
        entryScript: String(properties.codeConfiguration.scoringScript),
        modelDir,
        keys: [],
        deployment: deploymentId.split('/').pop()!,
        // Names the deployment's folder, so a leftover server can be traced to its deployment.
        serverId: `${this.workDir}|${basename(dir)}|${randomUUID()}`,
        timeoutMs: 60_000,
        workers: 1,
        environmentVariables: properties.environmentVariables ?? {},
        statusFile: join(dir, 'status.json'),
        logFile: join(dir, 'inference-server.log'),
      });
      // Deleted while its code and model were downloading or its server was starting: a server
      // must not outlive the deployment it belongs to.
      if (pending.cancelled) {
        await stopServer(handle);
        return cancelled;
      }
      this.running.set(deploymentId.toLowerCase(), { handle, port, dir });
      await this.writeStorageLog(dir, storageLog);
      for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
        if (pending.cancelled) return cancelled;
        const status = await readJson<ServerStatus>(join(dir, 'status.json')).catch(() => undefined);
        if (status?.phase === 'ready') return { ok: true };
        if (status?.phase === 'failed')
          return { ok: false, message: 'User container has crashed or terminated: init() raised an exception. Read the InferenceServer log (getLogs).' };
      }
      return { ok: false, message: 'the container did not become ready within the provisioning timeout' };
    } catch (err) {
      await this.writeStorageLog(dir, [...storageLog, `error: ${(err as Error).message}`]).catch(() => undefined);
      return { ok: false, message: `the storage initializer failed: ${(err as Error).message}` };
    }
  }

  private get container(): string {
    return 'azureml-blobstore-emulator';
  }

  /** Downloads every blob under a URL's path (a folder, or one file) into `target`, as the storage initializer does. */
  async download(blobUrl: string, target: string): Promise<string[]> {
    const url = new URL(blobUrl);
    const [, , containerName, ...rest] = url.pathname.split('/');
    const prefix = rest.join('/');
    const container = azuriteContainer(`${this.blobEndpoint}/${containerName}`, this.ca);
    const lines: string[] = [];
    for await (const blob of container.listBlobsFlat({ prefix })) {
      const relative = blob.name === prefix ? '' : blob.name.slice(prefix.length + 1);
      const file = relative ? join(target, relative) : target;
      await mkdir(dirname(file), { recursive: true });
      await container.getBlobClient(blob.name).downloadToFile(file);
      lines.push(`downloaded ${blob.name} (${blob.properties.contentLength} bytes)`);
    }
    if (lines.length === 0) throw new Error(`nothing is stored at ${prefix}`);
    return lines;
  }

  private async writeStorageLog(dir: string, lines: string[]): Promise<void> {
    await writeFile(join(dir, 'storage-initializer.log'), `${lines.join('\n')}\n`);
  }

  port(deploymentId: string): number | undefined {
    return this.running.get(deploymentId.toLowerCase())?.port;
  }

  async logs(deploymentId: string, container: string, lines = 200): Promise<string> {
    const run = this.running.get(deploymentId.toLowerCase());
    const dir = run?.dir ?? join(this.workDir, deploymentId.split('/onlineEndpoints/')[1]!.replace(/\//g, '_'));
    return tail(join(dir, container === 'StorageInitializer' ? 'storage-initializer.log' : 'inference-server.log'), lines);
  }

  async stop(deploymentId: string): Promise<void> {
    const pending = this.starting.get(deploymentId.toLowerCase());
    if (pending) {
      pending.cancelled = true;
      await pending.done.catch(() => undefined);
    }
    const run = this.running.get(deploymentId.toLowerCase());
    if (!run) return;
    this.running.delete(deploymentId.toLowerCase());
    await stopServer(run.handle);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...new Set([...this.starting.keys(), ...this.running.keys()])].map((id) => this.stop(id)));
  }
}
