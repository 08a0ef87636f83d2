import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OperationError } from '../../engine/errors.js';
import type { Logger } from '../../engine/logger.js';
import { processAlive, readJson, withLock, writeJsonAtomic } from '../../engine/state.js';
import type { DeployRequest, DeployResult, DeploymentStatus, InvokeResult, ListedEndpoint, ObservedEndpoint, Target, TrafficChange } from '../target.js';
import { startServer, stopServer, tail, type ServerStatus } from './process.js';
import { LocalAssets } from './local-assets.js';
import { preparePython } from './python-env.js';
import { withoutDeployment, withShare } from '../../engine/traffic.js';

/** Longer than any scoringTimeoutMs Azure allows, so the server's own 504 arrives first. */
const INVOKE_TIMEOUT_MS = 180_000;

interface LocalDeployment {
  name: string;
  pid: number;
  port: number;
  specHash: string;
  statusFile: string;
  logFile: string;
  modelId?: string;
  environmentId?: string;
  startedAt: string;
  tags: Record<string, string>;
  /** Share of traffic to give once healthy (wait-healthy applies it). */
  intendedTraffic?: number;
}

interface LocalEndpoint {
  name: string;
  authMode: 'key' | 'aml_token' | 'none';
  deployments: Record<string, LocalDeployment>;
  traffic: Record<string, number>;
  tags: Record<string, string>;
  createdAt: string;
  /** The traffic map the last change replaced, for rollback. */
  previousTraffic?: Record<string, number>;
}

/**
 * The `local` target: each deployment is a scoring server process on loopback, recorded under
 * `home/endpoints/`. The process outlives the step; any later step or CLI run with the same
 * home finds it. Keys live in a file readable by the owner only and are masked when read.
 */
export class LocalTarget implements Target {
  readonly name = 'local' as const;
  readonly assets: LocalAssets;
  /** A local server is ready in well under a second: look often. */
  readonly pollIntervals = { initialMs: 250, maxMs: 2000 };
  private readonly dir: string;

  constructor(readonly home: string) {
    this.dir = join(home, 'endpoints');
    this.assets = new LocalAssets(home);
  }

  private file(endpoint: string): string {
    return join(this.dir, `${endpoint}.json`);
  }

  private keysFile(endpoint: string): string {
    return join(this.dir, `${endpoint}.keys.json`);
  }

  private async readEndpoint(endpoint: string): Promise<LocalEndpoint | undefined> {
    return readJson<LocalEndpoint>(this.file(endpoint));
  }

  /** Reads the endpoint's keys and masks them before anything else can print them. */
  async keys(endpoint: string, logger: Logger): Promise<string[]> {
    const keys = (await readJson<{ primaryKey: string; secondaryKey: string }>(this.keysFile(endpoint))) ?? undefined;
    if (!keys) return [];
    logger.secret(keys.primaryKey);
    logger.secret(keys.secondaryKey);
    return [keys.primaryKey, keys.secondaryKey];
  }

  async deploy(request: DeployRequest, logger: Logger): Promise<DeployResult> {
    const { spec } = request;
    const endpointName = spec.endpoint.name!;
    const deploymentName = spec.deployment.name!;
    return withLock(this.file(endpointName), async () => {
      const endpoint: LocalEndpoint = (await this.readEndpoint(endpointName)) ?? {
        name: endpointName, authMode: spec.endpoint.authMode, deployments: {}, traffic: {}, tags: { ...spec.endpoint.tags, ...request.tags }, createdAt: new Date().toISOString(),
      };
      if (endpoint.authMode !== 'none' && !(await this.keys(endpointName, logger)).length) {
        const generate = () => randomBytes(24).toString('base64url');
        const keys = { primaryKey: generate(), secondaryKey: generate() };
        logger.secret(keys.primaryKey);
        logger.secret(keys.secondaryKey);
        await writeJsonAtomic(this.keysFile(endpointName), keys, 0o600);
      }
      const existing = endpoint.deployments[deploymentName];
      if (existing && existing.specHash === request.specHash && (await this.isRunning(existing))) {
        if (request.intendedTraffic !== undefined && existing.intendedTraffic !== request.intendedTraffic) {
          existing.intendedTraffic = request.intendedTraffic;
          await writeJsonAtomic(this.file(endpointName), endpoint);
        }
        return this.result(endpoint, existing, true);
      }
      if (existing) {
        logger.info(`Replacing local deployment ${deploymentName} (process ${existing.pid}): its spec changed.`);
        await stopServer(existing.pid);
      }
      const deployment = { ...(await this.start(endpoint, request, logger)), intendedTraffic: request.intendedTraffic };
      endpoint.deployments[deploymentName] = deployment;
      // Blue/green: the first deployment takes all traffic; a new one beside it starts at 0%.
      if (!(deploymentName in endpoint.traffic)) endpoint.traffic[deploymentName] = Object.keys(endpoint.traffic).length ? 0 : 100;
      await writeJsonAtomic(this.file(endpointName), endpoint);
      return this.result(endpoint, deployment, false);
    });
  }

  private async start(endpoint: LocalEndpoint, request: DeployRequest, logger: Logger): Promise<LocalDeployment> {
    const { spec } = request;
    const name = spec.deployment.name!;
    const runDir = join(this.dir, endpoint.name, name);
    await rm(runDir, { recursive: true, force: true });
    await mkdir(runDir, { recursive: true });
    const statusFile = join(runDir, 'status.json');
    const logFile = join(runDir, 'scoring.log');
    const { pid, port } = await startServer({
      python: (await preparePython({ env: spec.environment, home: this.home, logger })).python,
      codeDir: spec.code.directory,
      entryScript: spec.code.entryScript,
      modelDir: request.model?.modelDir,
      port: spec.deployment.port,
      keys: await this.keys(endpoint.name, logger),
      deployment: name,
      timeoutMs: spec.deployment.requestTimeoutMs,
      environmentVariables: { ...spec.environment.environmentVariables, ...spec.deployment.environmentVariables },
      statusFile,
      logFile,
    });
    logger.info(`Started the scoring server for ${endpoint.name}/${name}: process ${pid}, port ${port}, log ${logFile}`);
    return {
      name, pid, port, specHash: request.specHash, statusFile, logFile, modelId: request.model?.modelId, environmentId: request.environment.environmentId,
      startedAt: new Date().toISOString(), tags: request.tags,
    };
  }

  private result(endpoint: LocalEndpoint, deployment: LocalDeployment, unchanged: boolean): DeployResult {
    const base = `http://127.0.0.1:${deployment.port}`;
    return {
      endpointName: endpoint.name, deploymentName: deployment.name, scoringUri: `${base}/score`, swaggerUri: `${base}/swagger.json`,
      unchanged, traffic: { ...endpoint.traffic },
      // A local deployment has one instance and no service-side tags: nothing can drift.
      drift: [],
    };
  }

  private async isRunning(deployment: LocalDeployment): Promise<boolean> {
    const status = await readJson<ServerStatus>(deployment.statusFile).catch(() => undefined);
    return processAlive(deployment.pid) && status?.phase !== 'failed';
  }

  async status(endpointName: string, deploymentName: string): Promise<DeploymentStatus> {
    const deployment = (await this.readEndpoint(endpointName))?.deployments[deploymentName];
    if (!deployment) throw new OperationError(`there is no local deployment ${deploymentName} on endpoint ${endpointName}; run deploy-model first (with the same MLSHIP_HOME / runner temp folder)`, `${endpointName}/${deploymentName}`);
    const scoringUri = `http://127.0.0.1:${deployment.port}/score`;
    const server = await readJson<ServerStatus>(deployment.statusFile).catch(() => undefined);
    if (server?.phase === 'failed') return { state: 'Failed', detail: 'init() raised an exception', scoringUri, error: server.error ?? undefined };
    if (!processAlive(deployment.pid)) return { state: 'Failed', detail: `the scoring process ${deployment.pid} has exited`, scoringUri };
    if (server?.phase !== 'ready') return { state: 'Transitioning', detail: 'init() is running', scoringUri };
    try {
      const response = await fetch(scoringUri, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { state: 'Healthy', detail: 'readiness probe answered 200', scoringUri };
      return { state: 'Unhealthy', detail: `readiness probe answered ${response.status}`, scoringUri };
    } catch (err) {
      return { state: 'Unhealthy', detail: `readiness probe failed: ${(err as Error).message}`, scoringUri };
    }
  }

  async invoke(endpointName: string, deploymentName: string | undefined, body: string, logger: Logger): Promise<InvokeResult> {
    const endpoint = await this.readEndpoint(endpointName);
    const name = deploymentName ?? Object.entries(endpoint?.traffic ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
    const deployment = name ? endpoint?.deployments[name] : undefined;
    if (!endpoint || !deployment) throw new OperationError(`no local deployment to send the request to on endpoint ${endpointName}`, endpointName);
    const [key] = await this.keys(endpointName, logger);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${deployment.port}/score`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'azureml-model-deployment': deployment.name, ...(key ? { Authorization: `Bearer ${key}` } : {}) },
      body,
      signal: AbortSignal.timeout(INVOKE_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, body: text, durationMs: performance.now() - started, deployment: response.headers.get('azureml-model-deployment') ?? undefined };
  }

  async logs(endpointName: string, deploymentName: string, lines: number): Promise<string> {
    const deployment = (await this.readEndpoint(endpointName))?.deployments[deploymentName];
    return deployment ? tail(deployment.logFile, lines) : '';
  }

  async teardown(endpointName: string, deploymentName: string | undefined, logger: Logger, force = false): Promise<string[]> {
    return withLock(this.file(endpointName), async () => {
      const endpoint = await this.readEndpoint(endpointName);
      if (!endpoint) return [];
      const names = deploymentName ? [deploymentName].filter((n) => n in endpoint.deployments) : Object.keys(endpoint.deployments);
      const share = deploymentName ? (endpoint.traffic[deploymentName] ?? 0) : 0;
      if (share > 0 && !force) {
        throw new OperationError(`deployment ${deploymentName} serves ${share}% of ${endpointName}'s traffic; move the traffic first, set force: true, or delete the whole endpoint`, `${endpointName}/${deploymentName}`);
      }
      if (share > 0) endpoint.traffic = withoutDeployment(endpoint.traffic, deploymentName!);
      const deleted: string[] = [];
      for (const name of names) {
        await stopServer(endpoint.deployments[name]!.pid);
        delete endpoint.deployments[name];
        delete endpoint.traffic[name];
        await rm(join(this.dir, endpointName, name), { recursive: true, force: true });
        deleted.push(`deployment:${endpointName}/${name}`);
        logger.info(`Deleted local deployment ${endpointName}/${name}.`);
      }
      if (deploymentName) {
        await writeJsonAtomic(this.file(endpointName), endpoint);
        return deleted;
      }
      await rm(this.file(endpointName), { force: true });
      await rm(this.keysFile(endpointName), { force: true });
      await rm(join(this.dir, endpointName), { recursive: true, force: true });
      deleted.push(`endpoint:${endpointName}`);
      logger.info(`Deleted local endpoint ${endpointName}.`);
      return deleted;
    });
  }

  async listEndpoints(): Promise<ListedEndpoint[]> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const endpoints = await Promise.all(files.filter((f) => f.endsWith('.json') && !f.endsWith('.keys.json')).map((f) => readJson<LocalEndpoint>(join(this.dir, f))));
    return endpoints.filter((e): e is LocalEndpoint => !!e).map((e) => ({ name: e.name, tags: e.tags, createdAt: Date.parse(e.createdAt) }));
  }

  /** Gives a healthy deployment the share deploy-model asked for; the others share the rest. */
  async afterHealthy(endpointName: string, deploymentName: string, logger: Logger): Promise<TrafficChange> {
    const endpoint = await this.readEndpoint(endpointName);
    const intended = endpoint?.deployments[deploymentName]?.intendedTraffic;
    const current = { ...(endpoint?.traffic ?? {}) };
    if (intended === undefined || (current[deploymentName] ?? 0) === intended) return { traffic: current };
    return { traffic: await this.setTraffic(endpointName, withShare(current, deploymentName, intended), logger), previous: current };
  }

  async setTraffic(endpointName: string, traffic: Record<string, number>, logger: Logger): Promise<Record<string, number>> {
    return withLock(this.file(endpointName), async () => {
      const endpoint = await this.readEndpoint(endpointName);
      if (!endpoint) throw new OperationError(`there is no local endpoint ${endpointName}`, endpointName);
      endpoint.previousTraffic = endpoint.traffic;
      endpoint.traffic = { ...traffic };
      await writeJsonAtomic(this.file(endpointName), endpoint);
      logger.info(`Traffic on ${endpointName}: ${JSON.stringify(endpoint.traffic)}.`);
      return endpoint.traffic;
    });
  }

  async rollbackTraffic(endpointName: string, logger: Logger): Promise<Record<string, number>> {
    const previous = (await this.readEndpoint(endpointName))?.previousTraffic;
    if (!previous) throw new OperationError(`endpoint ${endpointName} has no earlier traffic map to return to`, endpointName);
    return this.setTraffic(endpointName, previous, logger);
  }

  async describe(endpointName: string): Promise<ObservedEndpoint | undefined> {
    const endpoint = await this.readEndpoint(endpointName);
    if (!endpoint) return undefined;
    const deployments = [];
    for (const d of Object.values(endpoint.deployments)) {
      // A dead process is not a deployment that serves: plan must recreate it.
      if (await this.isRunning(d)) deployments.push({ name: d.name, specHash: d.specHash, scoringUri: `http://127.0.0.1:${d.port}/score` });
    }
    return { name: endpoint.name, authMode: endpoint.authMode, deployments, traffic: endpoint.traffic };
  }
}
