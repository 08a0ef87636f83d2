import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../engine/errors.js';
import { parseModelReference } from '../engine/model-ref.js';
import { nameProblem } from '../engine/naming.js';
import type { AuthMode, EndpointSpec, EnvironmentSpec, KubernetesQuantities, ModelRef, ProbeSpec } from '../engine/spec.js';
import { readCondaFile, summariseConda } from './conda.js';
import {
  asAssetName,
  asBool,
  asEnvironment,
  asNumber,
  asString,
  asStringMap,
  asTags,
  asImage,
  checkPipRequirements,
  scriptInside,
  type ReadContext,
} from './context.js';
import { defined, type Fragment } from './fragment.js';
import type { DataPath } from './parse.js';
import { isSet } from './mapping/index.js';

type Doc = Record<string, any>;

/** An endpoint or deployment name from a file, checked against Azure's rule at its line. */
export function resourceName(ctx: ReadContext, path: DataPath, value: unknown): string | undefined {
  const name = asString(value);
  const problem = name === undefined ? undefined : nameProblem(name);
  if (problem) ctx.error(path, problem, 'endpoint and deployment names are 3-32 letters, digits and hyphens, starting with a letter');
  return name;
}

/** A model given on the command line or as an input: an existing path, or a registered reference. */
export function modelFromText(value: string, label: string): ModelRef {
  if (existsSync(value)) return { kind: 'path', path: resolve(value) };
  const ref = parseModelReference(value);
  if (!ref) throw new ConfigError(`${label} is "${value}": not an existing path, and not name:version or name@latest`);
  return ref;
}

function environmentFrom(ctx: ReadContext, path: DataPath, env: Doc): EnvironmentSpec {
  const condaPath = [...path, 'conda_file'];
  let conda = typeof env.conda_file === 'object' && env.conda_file ? summariseConda(env.conda_file) : undefined;
  if (typeof env.conda_file === 'string') conda = readCondaFile(ctx, condaPath, ctx.reference(condaPath, env.conda_file, 'file'));
  const build = env.build as Doc | undefined;
  if (conda) checkPipRequirements(ctx, condaPath, conda.pipPackages);
  if (env.os_type && String(env.os_type).toLowerCase() !== 'linux')
    ctx.error([...path, 'os_type'], 'Azure ML online endpoints run Linux containers only', 'remove os_type, or set it to linux');
  return {
    ...defined({
      name: asAssetName(ctx, [...path, 'name'], env.name),
      version: asAssetName(ctx, [...path, 'version'], env.version, 'version'),
      image: asImage(ctx, [...path, 'image'], env.image),
      pythonVersion: conda?.pythonVersion,
      buildContext: build?.path ? ctx.reference([...path, 'build', 'path'], String(build.path), 'folder') : undefined,
      dockerfilePath: asString(build?.dockerfile_path),
      description: asString(env.description),
      tags: env.tags ? asTags(ctx, [...path, 'tags'], env.tags) : undefined,
      inferenceConfig: routesOf(env.inference_config),
      osType: env.os_type ? ('Linux' as const) : undefined,
    }),
    pipPackages: conda?.pipPackages ?? [],
    condaChannels: conda?.channels ?? [],
    environmentVariables: {},
    userManaged: false,
    source: ctx.parsed.file,
  };
}

export function fromV2Environment(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  if (!doc.image && !doc.build) ctx.error([], 'an environment needs `image` (with an optional conda_file) or `build.path`');
  return { environment: environmentFrom(ctx, [], doc) };
}

export function fromV2Model(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  return { model: pathModel(ctx, [], doc) };
}

/** A model given by its files, with what its registration carries (type, description, tags, stage). */
function pathModel(ctx: ReadContext, path: DataPath, m: Doc): ModelRef {
  return {
    kind: 'path',
    path: ctx.reference([...path, 'path'], String(m.path), 'any'),
    ...defined({
      name: asAssetName(ctx, [...path, 'name'], m.name),
      version: asAssetName(ctx, [...path, 'version'], m.version, 'version'),
      modelType: asString(m.type),
      description: asString(m.description),
      tags: m.tags ? asTags(ctx, [...path, 'tags'], m.tags) : undefined,
      properties: m.properties ? asStringMap(ctx, [...path, 'properties'], m.properties) : undefined,
      stage: asString(m.stage),
    }),
  };
}

/** ARM's inference container routes from az ml's `inference_config` (snake_case to camelCase). */
function routesOf(value: unknown): EnvironmentSpec['inferenceConfig'] {
  if (!value || typeof value !== 'object') return undefined;
  const routes: NonNullable<EnvironmentSpec['inferenceConfig']> = {};
  for (const [key, route] of Object.entries(value as Doc)) {
    if (!route || typeof route !== 'object') continue;
    const name = key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    routes[name] = defined({ path: asString(route.path), port: asNumber(route.port) });
  }
  return routes;
}

export function fromV2Endpoint(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  // Traffic is mlship's to move (after the smoke test, with rollback); a second source would be silently overruled.
  // traffic and mirror_traffic are refused by the field table (mapping/v2.ts).
  return {
    endpoint: defined({
      name: resourceName(ctx, ['name'], doc.name),
      authMode: (asString(doc.auth_mode) ?? 'key') as AuthMode,
      description: asString(doc.description),
      tags: asTags(ctx, ['tags'], doc.tags),
      properties: doc.properties ? asStringMap(ctx, ['properties'], doc.properties) : undefined,
      publicNetworkAccess: networkAccess(doc.public_network_access),
      identity: identityOf(ctx, doc.identity),
      kind: asString(doc.kind),
    }),
    deployment: defined({ compute: asString(doc.compute) }),
  };
}

/** az ml's `enabled`/`disabled` as ARM's `Enabled`/`Disabled`. */
function networkAccess(value: unknown): 'Enabled' | 'Disabled' | undefined {
  const text = asString(value)?.toLowerCase();
  return text === 'enabled' ? 'Enabled' : text === 'disabled' ? 'Disabled' : undefined;
}

/** az ml's endpoint identity (`system_assigned`, or `user_assigned` with resource ids) as ARM's. */
function identityOf(ctx: ReadContext, value: unknown): EndpointSpec['identity'] {
  if (!value || typeof value !== 'object') return undefined;
  const doc = value as Doc;
  const type = String(doc.type ?? 'system_assigned').toLowerCase();
  if (type === 'system_assigned') return { type: 'SystemAssigned' };
  if (type !== 'user_assigned') {
    ctx.error(['identity', 'type'], `"${doc.type}" is not an identity type mlship sets`, 'use system_assigned or user_assigned');
    return undefined;
  }
  const ids = (Array.isArray(doc.user_assigned_identities) ? doc.user_assigned_identities : [])
    .map((entry: unknown) => asString((entry as Doc | null)?.resource_id))
    .filter((id: string | undefined): id is string => !!id);
  if (!ids.length)
    ctx.error(
      ['identity', 'user_assigned_identities'],
      'a user-assigned identity needs its resource_id',
      'list each identity as - resource_id: /subscriptions/…',
    );
  return { type: 'UserAssigned', userAssigned: ids };
}

function probe(value: Doc | undefined): ProbeSpec | undefined {
  if (!value) return undefined;
  return {
    initialDelaySeconds: asNumber(value.initial_delay) ?? 10,
    periodSeconds: asNumber(value.period) ?? 10,
    timeoutSeconds: asNumber(value.timeout) ?? 2,
    failureThreshold: asNumber(value.failure_threshold) ?? 30,
    successThreshold: asNumber(value.success_threshold) ?? 1,
  };
}

/** Kubernetes quantities: `0.5`, `500m` CPU; `512Mi`, `1Gi`, `1G` memory. */
function cpuQuantity(value: unknown): number | undefined {
  const text = asString(value);
  if (!text) return undefined;
  return text.endsWith('m') ? Number(text.slice(0, -1)) / 1000 : Number(text);
}

function memoryGb(value: unknown): number | undefined {
  const match = /^([\d.]+)\s*(Ki|Mi|Gi|Ti|K|M|G|T)?$/.exec(asString(value) ?? '');
  if (!match) return undefined;
  // Decimal suffixes are powers of ten bytes (Kubernetes' quantities): 1G is 0.93 GiB.
  const factor: Record<string, number> = {
    Ki: 2 ** -20,
    Mi: 2 ** -10,
    Gi: 1,
    Ti: 2 ** 10,
    K: 1e3 / 2 ** 30,
    M: 1e6 / 2 ** 30,
    G: 1e9 / 2 ** 30,
    T: 1e12 / 2 ** 30,
  };
  return Number(match[1]) * (match[2] ? factor[match[2]]! : 2 ** -30);
}

/** A deployment's model, code and environment (online and batch deployments write them alike). */
export function deploymentAssets(ctx: ReadContext, doc: Doc): Pick<Fragment, 'model' | 'code' | 'environment'> {
  const fragment: Pick<Fragment, 'model' | 'code' | 'environment'> = {};
  if (typeof doc.model === 'string') {
    fragment.model = parseModelReference(doc.model);
    if (!fragment.model)
      ctx.error(['model'], `"${doc.model}" is not a model reference`, 'use azureml:<name>:<version>, azureml:<name>@latest, or a mapping with path:');
  } else if (doc.model) {
    const m = doc.model as Doc;
    fragment.model = m.path
      ? pathModel(ctx, ['model'], m)
      : {
          kind: 'registered',
          name: asAssetName(ctx, ['model', 'name'], m.name) ?? '',
          version: asAssetName(ctx, ['model', 'version'], m.version, 'version') ?? 'latest',
        };
  }
  if (doc.code_configuration) {
    const code = doc.code_configuration as Doc;
    const directory = ctx.reference(['code_configuration', 'code'], String(code.code), 'folder');
    ctx.reference(['code_configuration', 'scoring_script'], String(code.scoring_script), 'file', directory);
    fragment.code = { directory, entryScript: scriptInside(ctx, ['code_configuration', 'scoring_script'], directory, String(code.scoring_script)) };
  }
  if (typeof doc.environment === 'string')
    fragment.environment = {
      reference: doc.environment,
      pipPackages: [],
      condaChannels: [],
      environmentVariables: {},
      userManaged: false,
      source: ctx.parsed.file,
    };
  else if (doc.environment) fragment.environment = environmentFrom(ctx, ['environment'], doc.environment as Doc);
  return fragment;
}

export function fromV2Deployment(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  const fragment: Fragment = { target: String(doc.type ?? '').toLowerCase() === 'kubernetes' ? 'aks' : undefined, ...deploymentAssets(ctx, doc) };
  const scale = doc.scale_settings as Doc | undefined;
  const request = (doc.request_settings ?? {}) as Doc;
  const requests = (doc.resources?.requests ?? {}) as Doc;
  const limits = (doc.resources?.limits ?? {}) as Doc;
  const kubernetes = fragment.target === 'aks';
  if (!kubernetes && isSet(doc.resources))
    ctx.error(
      ['resources'],
      'container requests and limits apply to Kubernetes deployments only',
      'remove resources and choose instance_type, or set type: kubernetes',
    );
  if (kubernetes && isSet(doc.egress_public_network_access))
    ctx.error(['egress_public_network_access'], 'applies to managed deployments only', 'remove it; a Kubernetes cluster sets its own network rules');
  fragment.endpoint = defined({ name: resourceName(ctx, ['endpoint_name'], doc.endpoint_name) });
  fragment.deployment = defined({
    name: resourceName(ctx, ['name'], doc.name),
    instanceType: asString(doc.instance_type),
    instanceCount: asNumber(doc.instance_count),
    cpu: cpuQuantity(requests.cpu),
    memoryGb: memoryGb(requests.memory),
    gpu: asNumber(requests['nvidia.com/gpu']),
    kubernetesResources: kubernetes ? { requests: quantitiesOf(requests), limits: quantitiesOf(limits) } : undefined,
    description: asString(doc.description),
    properties: doc.properties ? asStringMap(ctx, ['properties'], doc.properties) : undefined,
    egressPublicNetworkAccess: networkAccess(doc.egress_public_network_access),
    scale:
      scale && String(scale.type) === 'target_utilization'
        ? {
            minInstances: asNumber(scale.min_instances) ?? 1,
            maxInstances: asNumber(scale.max_instances) ?? 1,
            targetUtilization: asNumber(scale.target_utilization_percentage) ?? 70,
            pollingIntervalSeconds: asNumber(scale.polling_interval) ?? 1,
          }
        : undefined,
    requestTimeoutMs: asNumber(request.request_timeout_ms),
    maxConcurrentRequests: asNumber(request.max_concurrent_requests_per_instance),
    maxQueueWaitMs: asNumber(request.max_queue_wait_ms),
    liveness: probe(doc.liveness_probe),
    readiness: probe(doc.readiness_probe),
    environmentVariables: asEnvironment(ctx, ['environment_variables'], doc.environment_variables),
    appInsights: asBool(doc.app_insights_enabled),
    tags: asTags(ctx, ['tags'], doc.tags),
  });
  return fragment;
}

/** Kubernetes quantities as written (`500m`, `1G`): ARM takes them as they are. */
function quantitiesOf(doc: Doc): KubernetesQuantities {
  return defined({ cpu: asString(doc.cpu), memory: asString(doc.memory), gpu: asString(doc['nvidia.com/gpu']) });
}
