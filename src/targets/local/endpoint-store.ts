import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../engine/errors.js';
import type { Logger } from '../../engine/logger.js';
import { nameProblem } from '../../engine/naming.js';
import type { AuthMode } from '../../engine/spec.js';
import { damagedState, insideState, readJson, withLock, writeJsonAtomic } from '../../engine/state.js';
import type { ServerHandle } from './process.js';

export interface LocalDeployment {
  name: string;
  tags: Record<string, string>;
  /**
   * `starting` is written before the server is started: a crash between the two leaves a record
   * (with the marker) that teardown and the next deploy act on.
   */
  phase: 'starting' | 'running';
  /** The deploy process writing a `starting` record; if it is gone, the start was interrupted. */
  writer?: { pid: number; start?: string };
  serverId: string;
  server?: ServerHandle;
  port?: number;
  statusFile: string;
  logFile: string;
  startedAt: string;
}

export interface LocalEndpoint {
  name: string;
  authMode: AuthMode;
  traffic: Record<string, number>;
  tags: Record<string, string>;
  createdAt: string;
  deployments: Record<string, LocalDeployment>;
}

export interface LocalKeys {
  primaryKey: string;
  secondaryKey: string;
}

/**
 * The local target's records under `home/endpoints/`: one JSON file per endpoint, a keys file
 * readable by the owner only, and a run folder per deployment. Every path is built from a name
 * checked against Azure's naming rule, so no name can point outside the folder. Locks are held
 * only while a record is read and written, never while a server starts or pip runs.
 */
export class EndpointStore {
  readonly dir: string;

  constructor(readonly home: string) {
    this.dir = join(home, 'endpoints');
  }

  private checked(name: string): string {
    const problem = nameProblem(name);
    if (problem) throw new ConfigError(`endpoint or deployment name ${problem}`);
    return name;
  }

  file(endpoint: string): string {
    return join(this.dir, `${this.checked(endpoint)}.json`);
  }

  keysFile(endpoint: string): string {
    return join(this.dir, `${this.checked(endpoint)}.keys.json`);
  }

  runDir(endpoint: string, deployment: string): string {
    return join(this.dir, this.checked(endpoint), this.checked(deployment));
  }

  async read(endpoint: string): Promise<LocalEndpoint | undefined> {
    return this.checkedRecord(this.file(endpoint), await readJson<unknown>(this.file(endpoint)));
  }

  /** A record as read, refused by name when its shape is not one mlship writes. */
  private checkedRecord(file: string, value: unknown): LocalEndpoint | undefined {
    if (value === undefined) return undefined;
    const problem = endpointProblem(value);
    if (problem)
      throw damagedState(
        file,
        problem,
        'mlship then treats the endpoint as absent; a scoring server it started keeps running until its port is freed or it is stopped by hand',
      );
    return value as LocalEndpoint;
  }

  /**
   * A file of a deployment's run folder named in its record (status, log): trusted only inside
   * that deployment's own folder. @throws StateFileError otherwise.
   */
  runFile(endpoint: string, deployment: LocalDeployment, field: 'statusFile' | 'logFile'): string {
    return insideState(deployment[field], this.runDir(endpoint, deployment.name), this.file(endpoint), `${deployment.name}.${field}`);
  }

  /** Reads, changes and writes one endpoint's record under its lock. */
  update<T>(endpoint: string, change: (record: LocalEndpoint | undefined) => { record?: LocalEndpoint; result: T }): Promise<T> {
    const file = this.file(endpoint);
    return withLock(file, async () => {
      const { record, result } = change(this.checkedRecord(file, await readJson<unknown>(file)));
      if (record) await writeJsonAtomic(file, record);
      return result;
    });
  }

  /** Reads the endpoint's keys and masks them before anything else can print them. */
  async keys(endpoint: string, logger: Logger): Promise<LocalKeys | undefined> {
    const file = this.keysFile(endpoint);
    const keys = await readJson<LocalKeys>(file);
    if (keys !== undefined && (typeof keys?.primaryKey !== 'string' || typeof keys.secondaryKey !== 'string'))
      throw damagedState(file, 'does not hold a primaryKey and a secondaryKey', 'new keys are made on the next deploy; clients must then use those');
    if (keys) {
      logger.secret(keys.primaryKey);
      logger.secret(keys.secondaryKey);
    }
    return keys;
  }

  async writeKeys(endpoint: string, keys: LocalKeys, logger: Logger): Promise<void> {
    logger.secret(keys.primaryKey);
    logger.secret(keys.secondaryKey);
    await writeJsonAtomic(this.keysFile(endpoint), keys, 0o600);
  }

  async remove(endpoint: string): Promise<void> {
    await withLock(this.file(endpoint), async () => {
      await rm(this.file(endpoint), { force: true });
      await rm(this.keysFile(endpoint), { force: true });
      await rm(join(this.dir, this.checked(endpoint)), { recursive: true, force: true });
    });
  }

  async list(): Promise<LocalEndpoint[]> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const names = files
      .filter((f) => f.endsWith('.json') && !f.endsWith('.keys.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .filter((n) => !nameProblem(n));
    const records = await Promise.all(names.map((n) => this.read(n)));
    return records.filter((r): r is LocalEndpoint => !!r);
  }
}

/** What is wrong with an endpoint record's shape; undefined when it is one mlship writes. */
function endpointProblem(value: unknown): string | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value) || typeof value.name !== 'string' || !isObject(value.deployments) || !isObject(value.traffic) || !isObject(value.tags))
    return 'is not an endpoint record (it needs name, traffic, tags and deployments)';
  for (const [name, d] of Object.entries(value.deployments)) {
    if (!isObject(d) || d.name !== name || typeof d.serverId !== 'string' || (d.phase !== 'starting' && d.phase !== 'running') || !isObject(d.tags))
      return `holds deployment ${name} in a shape mlship does not write`;
  }
  return undefined;
}
