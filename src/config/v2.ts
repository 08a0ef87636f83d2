import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../engine/errors.js';
import { parseModelReference } from '../engine/model-ref.js';
import { nameProblem } from '../engine/naming.js';
import type { AuthMode, EnvironmentSpec, ModelRef, ProbeSpec } from '../engine/spec.js';
import { readCondaFile, summariseConda } from './conda.js';
import { asAssetName, asBool, asEnvironment, asNumber, asString, asTags, checkPipRequirements, scriptInside, type ReadContext } from './context.js';
import { defined, type Fragment } from './fragment.js';
import type { DataPath } from './parse.js';

type Doc = Record<string, any>;

/** An endpoint or deployment name from a file, checked against Azure's rule at its line. */
function resourceName(ctx: ReadContext, path: DataPath, value: unknown): string | undefined {
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
  return {
    ...defined({
      name: asAssetName(ctx, [...path, 'name'], env.name),
      version: asAssetName(ctx, [...path, 'version'], env.version, 'version'),
      image: asString(env.image),
      pythonVersion: conda?.pythonVersion,
      buildContext: build?.path ? ctx.reference([...path, 'build', 'path'], String(build.path), 'folder') : undefined,
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
  return { model: { kind: 'path', path: ctx.reference(['path'], String(doc.path), 'any'), name: asAssetName(ctx, ['name'], doc.name) } };
}

export function fromV2Endpoint(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  // Traffic is mlship's to move (after the smoke test, with rollback); a second source would be silently overruled.
  for (const key of ['traffic', 'mirror_traffic']) {
    if (doc[key] !== undefined && doc[key] !== null) {
      ctx.error(
        [key],
        `is not applied by mlship: traffic moves only after a deployment is healthy and smoke-tested`,
        key === 'traffic' ? "remove it, and give deploy-model's traffic input (e.g. 10% then 100%)" : 'remove it; mirrored traffic is not supported yet',
      );
    }
  }
  const mode = asString(doc.auth_mode) ?? 'key';
  return {
    endpoint: defined({
      name: resourceName(ctx, ['name'], doc.name),
      // Entra ID tokens and aml tokens are both bearer tokens the caller obtains; mlship treats them alike.
      authMode: (mode === 'key' ? 'key' : 'aml_token') as AuthMode,
      description: asString(doc.description),
      tags: asTags(ctx, ['tags'], doc.tags),
    }),
    deployment: defined({ compute: asString(doc.compute) }),
  };
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
  const factor: Record<string, number> = { Ki: 2 ** -20, Mi: 2 ** -10, Gi: 1, Ti: 2 ** 10, K: 1e-6, M: 1e-3, G: 1, T: 1e3 };
  return Number(match[1]) * (match[2] ? factor[match[2]]! : 2 ** -30);
}

export function fromV2Deployment(ctx: ReadContext): Fragment {
  const doc = ctx.parsed.data as Doc;
  const fragment: Fragment = { target: String(doc.type ?? '').toLowerCase() === 'kubernetes' ? 'aks' : undefined };
  if (typeof doc.model === 'string') {
    fragment.model = parseModelReference(doc.model);
    if (!fragment.model)
      ctx.error(['model'], `"${doc.model}" is not a model reference`, 'use azureml:<name>:<version>, azureml:<name>@latest, or a mapping with path:');
  } else if (doc.model) {
    const m = doc.model as Doc;
    fragment.model = m.path
      ? { kind: 'path', path: ctx.reference(['model', 'path'], String(m.path), 'any'), name: asAssetName(ctx, ['model', 'name'], m.name) }
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
  const scale = doc.scale_settings as Doc | undefined;
  const request = (doc.request_settings ?? {}) as Doc;
  const requests = (doc.resources?.requests ?? {}) as Doc;
  fragment.endpoint = defined({ name: resourceName(ctx, ['endpoint_name'], doc.endpoint_name) });
  fragment.deployment = defined({
    name: resourceName(ctx, ['name'], doc.name),
    instanceType: asString(doc.instance_type),
    instanceCount: asNumber(doc.instance_count),
    cpu: cpuQuantity(requests.cpu),
    memoryGb: memoryGb(requests.memory),
    gpu: asNumber(requests['nvidia.com/gpu']),
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
