import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { quietRunner, type CommandRunner } from '../../engine/commands.js';
import { crashPoint } from '../../engine/crash.js';
import { ConfigError, NotFoundError, OperationError } from '../../engine/errors.js';
import type { Logger } from '../../engine/logger.js';
import type { DeploymentSpec, EnvironmentSpec } from '../../engine/spec.js';
import { processAlive, readJson } from '../../engine/state.js';
import type {
  LogContainer,
  DeploymentPatch,
  DeploymentStatus,
  DeploymentWrite,
  EndpointKeys,
  InvokeResult,
  ListedEndpoint,
  ObservedDeployment,
  ObservedEndpoint,
  ScoringRoutes,
  Target,
} from '../../engine/target.js';
import { EndpointStore, type LocalDeployment, type LocalEndpoint } from './endpoint-store.js';
import { LocalAssets } from './local-assets.js';
import { findServers, isOurServer, processStart, startServer, stopServer, tail, type ServerStatus } from './process.js';
import { preparePython } from './python-env.js';

/** Longer than any scoringTimeoutMs Azure allows, so the server's own timeout answer arrives first. */
/** A request with no user timeout in force gets this long to answer. */
const INVOKE_TIMEOUT_MS = 180_000;

/**
 * The `local` target: each deployment is a scoring server process on loopback, recorded under
 * `home/endpoints/`. The process outlives the step; any later step or CLI run with the same home
 * finds it. A record is written before its process starts and every process carries a marker in
 * its environment, so a crash at any point leaves nothing that teardown cannot find and stop.
 */
export class LocalTarget implements Target {
  readonly name = 'local' as const;
  readonly assets: LocalAssets;
  /** A local server is ready in well under a second: look often. */
  readonly pollIntervals = { initialMs: 250, maxMs: 2000 };
  private readonly store: EndpointStore;

  constructor(
    readonly home: string,
    private readonly commands: CommandRunner = quietRunner,
    /** Time left of the user's timeout, in ms; undefined when none was given. */
    private readonly remainingMs?: () => number,
  ) {
    this.store = new EndpointStore(home);
    this.assets = new LocalAssets(home);
  }

  /** The marker prefix of an endpoint's (or one deployment's) scoring processes. */
  private marker(endpoint: string, deployment?: string): string {
    return `${this.home}|${endpoint}|${deployment === undefined ? '' : `${deployment}|`}`;
  }

  async describe(endpoint: string): Promise<ObservedEndpoint | undefined> {
    const record = await this.store.read(endpoint);
    if (!record) return this.orphansOf(endpoint);
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
  private orphansOf(endpoint: string): ObservedEndpoint | undefined {
    const names = [...new Set(findServers(this.marker(endpoint)).map((s) => s.serverId.split('|')[2]!))];
    if (!names.length) return undefined;
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

  private async observe(endpoint: string, d: LocalDeployment): Promise<ObservedDeployment> {
    const routes = d.port ? routesFor(d.port) : undefined;
    return { name: d.name, tags: { ...d.tags }, provisioningState: await this.provisioningState(endpoint, d), ...(routes ? { routes } : {}) };
  }

  private async provisioningState(endpoint: string, d: LocalDeployment): Promise<string> {
    if (d.phase === 'starting' || !d.server) return interrupted(d) ? 'Failed' : 'Creating';
    const server = await readJson<ServerStatus>(this.store.runFile(endpoint, d, 'statusFile')).catch(() => undefined);
    if (server?.phase === 'failed' || !isOurServer(d.server)) return 'Failed';
    return server?.phase === 'ready' ? 'Succeeded' : 'Creating';
  }

  async createEndpoint(spec: DeploymentSpec, tags: Record<string, string>, logger: Logger): Promise<ObservedEndpoint> {
    const name = spec.endpoint.name!;
    if (spec.endpoint.authMode !== 'none') {
      await this.ensureKeys(spec, logger);
      logger.info(`The keys of ${name} are in ${this.store.keysFile(name)} (readable by this user only); \`mlship keys --endpoint-name ${name}\` prints them.`);
    }
    await this.store.update(name, (existing) => ({
      record: existing ?? { name, authMode: spec.endpoint.authMode, traffic: {}, tags, createdAt: new Date().toISOString(), deployments: {} },
      result: undefined,
    }));
    return (await this.describe(name))!;
  }

  /** Keys from the deployment config (v1 `keys.primaryKey`) when given, else generated once. */
  private async ensureKeys(spec: DeploymentSpec, logger: Logger): Promise<string[]> {
    const name = spec.endpoint.name!;
    const given = spec.endpoint.keys;
    const current = await this.store.keys(name, logger);
    if (given && (given.primaryKey !== current?.primaryKey || (given.secondaryKey !== undefined && given.secondaryKey !== current.secondaryKey))) {
      await this.store.writeKeys(name, { primaryKey: given.primaryKey, secondaryKey: given.secondaryKey ?? current?.secondaryKey ?? generateKey() }, logger);
    } else if (!current) {
      await this.store.writeKeys(name, { primaryKey: generateKey(), secondaryKey: generateKey() }, logger);
    }
    const keys = (await this.store.keys(name, logger))!;
    return [keys.primaryKey, keys.secondaryKey];
  }

  async putDeployment(write: DeploymentWrite, logger: Logger): Promise<ScoringRoutes> {
    const { spec } = write;
    const endpoint = spec.endpoint.name!;
    const name = spec.deployment.name!;
    const python = await preparePython({ env: spec.environment, home: this.home, logger, commands: this.commands });
    const keys = write.endpoint.authMode === 'none' ? [] : await this.ensureKeys(spec, logger);
    const nonce = randomBytes(6).toString('hex');
    const runDir = join(this.store.runDir(endpoint, name), nonce);
    const entry: LocalDeployment = {
      name,
      tags: write.tags,
      phase: 'starting',
      writer: { pid: process.pid, start: processStart(process.pid) },
      serverId: `${this.marker(endpoint, name)}${nonce}`,
      statusFile: join(runDir, 'status.json'),
      logFile: join(runDir, 'scoring.log'),
      startedAt: new Date().toISOString(),
    };
    await mkdir(runDir, { recursive: true });
    const replaced = await this.store.update(endpoint, (record) => {
      if (!record) throw new NotFoundError(`there is no local endpoint ${endpoint}`, endpoint);
      const previous = record.deployments[name];
      record.deployments[name] = entry;
      return { record, result: previous };
    });
    if (replaced) logger.info(`Replacing local deployment ${endpoint}/${name}${replaced.server ? ` (process ${replaced.server.pid})` : ''}: its spec changed.`);
    await this.stopDeploymentProcesses(endpoint, name, replaced);
    crashPoint('local:recorded');
    try {
      const { handle, port, server } = await startServer({
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
      crashPoint('local:started');
      await this.store.update(endpoint, (record) => {
        const current = record?.deployments[name];
        if (record && current?.serverId === entry.serverId) Object.assign(current, { phase: 'running', server: handle, port });
        return { record, result: undefined };
      });
      logger.info(
        `Started the scoring server for ${endpoint}/${name}: process ${handle.pid}, port ${port}, log ${entry.logFile}. score.py runs in ${server ?? 'the inference server'}.`,
      );
      return routesFor(port);
    } catch (err) {
      await this.store.update(endpoint, (record) => {
        if (record?.deployments[name]?.serverId === entry.serverId) delete record.deployments[name];
        return { record, result: undefined };
      });
      throw err;
    }
  }

  /** Stops the recorded server of a deployment and any unrecorded one with its marker. */
  private async stopDeploymentProcesses(endpoint: string, name: string, recorded?: LocalDeployment): Promise<void> {
    if (recorded?.server) await stopServer(recorded.server);
    for (const orphan of findServers(this.marker(endpoint, name))) await stopServer(orphan);
    if (recorded) await rm(join(this.store.runFile(endpoint, recorded, 'statusFile'), '..'), { recursive: true, force: true });
  }

  async patchDeployment(endpoint: string, deployment: string, patch: DeploymentPatch): Promise<void> {
    await this.store.update(endpoint, (record) => {
      const d = record?.deployments[deployment];
      if (d && patch.tags) d.tags = { ...patch.tags };
      return { record, result: undefined };
    });
  }

  async writeTraffic(observed: ObservedEndpoint, traffic: Record<string, number>, tags: Record<string, string>): Promise<Record<string, number>> {
    return this.store.update(observed.name, (record) => {
      if (!record) throw new NotFoundError(`there is no local endpoint ${observed.name}`, observed.name);
      record.traffic = { ...traffic };
      record.tags = { ...record.tags, ...tags };
      return { record, result: { ...record.traffic } };
    });
  }

  async deleteDeployment(endpoint: string, deployment: string): Promise<void> {
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

  async deleteEndpoint(endpoint: string): Promise<void> {
    const record = await this.store.read(endpoint);
    for (const d of Object.values(record?.deployments ?? {})) if (d.server) await stopServer(d.server);
    for (const orphan of findServers(this.marker(endpoint))) await stopServer(orphan);
    await this.store.remove(endpoint);
  }

  async status(endpoint: string, deployment: string): Promise<DeploymentStatus> {
    const d = (await this.store.read(endpoint))?.deployments[deployment];
    if (!d)
      throw new NotFoundError(
        `there is no local deployment ${deployment} on endpoint ${endpoint}; deploy it first, with the same state folder (MLSHIP_HOME, or the runner's temp folder)`,
        `${endpoint}/${deployment}`,
      );
    if (d.phase === 'starting' || !d.server || !d.port) {
      if (interrupted(d)) return { state: 'Failed', detail: 'the deploy that was starting it was interrupted; deploy again' };
      return { state: 'Transitioning', detail: 'the scoring server is starting' };
    }
    const scoringUri = routesFor(d.port).scoringUri;
    const server = await readJson<ServerStatus>(this.store.runFile(endpoint, d, 'statusFile')).catch(() => undefined);
    if (server?.phase === 'failed') {
      // A score.py that serves HTTP itself meets the deployment's own port, which the scoring server holds.
      const portTaken = /Address already in use|EADDRINUSE|Errno 98\b/.test(server.error ?? '');
      const detail = portTaken
        ? `init() raised: a port score.py tried to listen on is in use. The deployment's own port, ${d.port}, is the scoring server's; score.py must not start a server of its own (on Azure the inference server owns the port too)`
        : 'init() raised an exception';
      return { state: 'Failed', detail, scoringUri, error: server.error ?? undefined };
    }
    if (!isOurServer(d.server)) return { state: 'Failed', detail: `the scoring process ${d.server.pid} has exited`, scoringUri };
    if (server?.phase !== 'ready') return { state: 'Transitioning', detail: 'init() is running', scoringUri };
    // Liveness, as Azure probes it: GET / answers once init() has returned. Scoring is the smoke test's job.
    try {
      const response = await fetch(`http://127.0.0.1:${d.port}/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return { state: 'Healthy', detail: `liveness route answered 200 (${server.server ?? 'scoring server'})`, scoringUri };
      return { state: 'Unhealthy', detail: `liveness route answered ${response.status}`, scoringUri };
    } catch (err) {
      return { state: 'Unhealthy', detail: `liveness route did not answer: ${(err as Error).message}`, scoringUri };
    }
  }

  /** Sends to the named deployment, else to the one with the largest share (deterministic, unlike Azure's weighted draw). */
  async invoke(endpoint: string, deployment: string | undefined, body: string, logger: Logger): Promise<InvokeResult> {
    const record = await this.store.read(endpoint);
    const name =
      deployment ??
      Object.entries(record?.traffic ?? {})
        .filter(([, s]) => s > 0)
        .sort((a, b) => b[1] - a[1])[0]?.[0];
    const d = name ? record?.deployments[name] : undefined;
    if (!record || !d?.port) throw new OperationError(`no local deployment to send the request to on endpoint ${endpoint}`, endpoint);
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

  async logs(endpoint: string, deployment: string, lines: number, container?: LogContainer): Promise<string> {
    if (container === 'storage-initializer')
      throw new ConfigError('the local target has no storage-initializer container: the model is read where it was registered; leave --container out');
    const file = await this.logFile(endpoint, deployment);
    return file ? tail(file, lines) : '';
  }

  async prepareEnvironment(env: EnvironmentSpec, logger: Logger): Promise<void> {
    await preparePython({ env, home: this.home, logger, commands: this.commands });
  }

  async logFile(endpoint: string, deployment: string): Promise<string | undefined> {
    const d = (await this.store.read(endpoint))?.deployments[deployment];
    return d ? this.store.runFile(endpoint, d, 'logFile') : undefined;
  }

  async keys(endpoint: string, logger: Logger): Promise<EndpointKeys | undefined> {
    return this.store.keys(endpoint, logger);
  }

  async listEndpoints(): Promise<ListedEndpoint[]> {
    return (await this.store.list()).map((e: LocalEndpoint) => ({ name: e.name, tags: e.tags, createdAt: Date.parse(e.createdAt) }));
  }
}

/** A record still `starting` whose deploy process is gone: that start will never finish. */
function interrupted(d: LocalDeployment): boolean {
  if (!d.writer) return true;
  return !processAlive(d.writer.pid) || (d.writer.start !== undefined && processStart(d.writer.pid) !== d.writer.start);
}

function routesFor(port: number): ScoringRoutes {
  return { scoringUri: `http://127.0.0.1:${port}/score`, swaggerUri: `http://127.0.0.1:${port}/swagger.json` };
}

function generateKey(): string {
  return randomBytes(24).toString('base64url');
}
