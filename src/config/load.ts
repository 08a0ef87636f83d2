import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { ConfigError, type ConfigProblem } from '../engine/errors.js';
import { assetNameProblem, nameProblem, toResourceName } from '../engine/naming.js';
import type { DeploymentSpec, ModelRef, TargetName } from '../engine/spec.js';
import { V1_DEFAULTS } from '../engine/spec.js';
import { ReadContext } from './context.js';
import { type Fragment } from './fragment.js';
import { detectKind, KIND_LABEL, kindHint, missingKindKey, type ConfigKind } from './kinds.js';
import { applyFieldRules, FIELD_MAPS } from './mapping/index.js';
import { MAX_CONFIG_BYTES, parseConfigText, tooLarge } from './parse.js';
import { fromV1Deployment, fromV1Inference } from './v1.js';
import { fromV2Deployment, fromV2Endpoint, fromV2Environment, fromV2Model } from './v2.js';
import { fromV2BatchDeployment, fromV2BatchEndpoint } from './v2-batch.js';
import { validateAgainstSchema } from './validate.js';

const NORMALISERS: Record<ConfigKind, (ctx: ReadContext) => Fragment> = {
  'v1-inference-config': fromV1Inference,
  'v1-deployment-config': fromV1Deployment,
  'v2-online-deployment': fromV2Deployment,
  'v2-online-endpoint': fromV2Endpoint,
  'v2-environment': fromV2Environment,
  'v2-model': fromV2Model,
  'v2-batch-endpoint': fromV2BatchEndpoint,
  'v2-batch-deployment': fromV2BatchDeployment,
};

export interface ReadResult {
  file: string;
  kind?: ConfigKind;
  fragment?: Fragment;
  problems: ConfigProblem[];
  secrets: string[];
}

/**
 * Reads one config file: parse with positions, detect its kind, validate against its schema,
 * check the files it refers to (unless `checkRefs` is false), normalise. Never throws for bad
 * input: every problem is returned, so a user sees all of them at once.
 */
export function readConfigFile(file: string, options: { checkRefs: boolean; expect?: ConfigKind[]; batch?: boolean }): ReadResult {
  const result: ReadResult = { file, problems: [], secrets: [] };
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_BYTES) {
      result.problems.push(...tooLarge(file, size).problems);
      return result;
    }
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    result.problems.push({
      file,
      message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`,
      hint: 'check the path; relative paths start at the working directory',
      severity: 'error',
    });
    return result;
  }
  try {
    const parsed = parseConfigText(file, text);
    const detected = detectKind(parsed.data);
    // An endpoint file beside a batch deployment is a batch endpoint: az ml tells them apart by
    // command (batch-endpoint create), and a plain `name:` file fits both.
    const kind = options.batch && (detected === 'v2-online-endpoint' || detected === undefined) ? 'v2-batch-endpoint' : detected;
    const missing = kind ? undefined : missingKindKey(parsed.data);
    if (missing && !kindHint(parsed.data)) {
      result.problems.push({ file, line: 1, col: 1, field: missing.field, message: missing.message, hint: missing.hint, severity: 'error' });
      return result;
    }
    if (!kind || (options.expect && !options.expect.includes(kind))) {
      const wanted = (options.expect ?? (Object.keys(NORMALISERS) as ConfigKind[])).map((k) => KIND_LABEL[k]).join(', or ');
      const hint = kind ? `expected ${wanted}` : (kindHint(parsed.data) ?? `expected ${wanted}`);
      result.problems.push({
        file,
        line: 1,
        col: 1,
        message: kind ? `is a ${KIND_LABEL[kind]}, but ${wanted} was expected here` : 'cannot tell what kind of config this is',
        hint,
        severity: 'error',
      });
      return result;
    }
    result.kind = kind;
    result.problems.push(...validateAgainstSchema(parsed, kind));
    if (result.problems.some((p) => p.severity === 'error')) return result;
    const ctx = new ReadContext(parsed, options.checkRefs);
    applyFieldRules(ctx, FIELD_MAPS[kind]);
    result.fragment = NORMALISERS[kind](ctx);
    result.problems.push(...ctx.problems);
    result.secrets.push(...ctx.secrets);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    result.problems.push(...err.problems);
  }
  return result;
}

/** Where the parts of a deployment come from: config files plus values that override them. */
export interface SpecSources {
  inferenceConfig?: string;
  deploymentConfig?: string;
  /** v2 YAML files: deployment, endpoint, environment, model, in any order. */
  yamlFiles?: string[];
  overrides?: SpecOverrides;
  checkRefs?: boolean;
  /** How the overrides are named in messages: action inputs (default) or command-line flags. */
  origin?: 'inputs' | 'flags';
}

export interface SpecOverrides {
  target?: TargetName;
  model?: ModelRef;
  endpointName?: string;
  deploymentName?: string;
  instanceType?: string;
  compute?: string;
  location?: string;
  port?: number;
}

export interface LoadedSpec {
  spec: DeploymentSpec;
  warnings: ConfigProblem[];
  secrets: string[];
}

/**
 * Builds the one deployment spec from every source. Throws before anything is changed anywhere.
 * @throws ConfigError listing every error in every file (warnings are returned, not thrown).
 */
export function loadSpec(sources: SpecSources): LoadedSpec {
  const reads: ReadResult[] = [];
  const checkRefs = sources.checkRefs ?? true;
  if (sources.inferenceConfig) reads.push(readConfigFile(sources.inferenceConfig, { checkRefs, expect: ['v1-inference-config'] }));
  if (sources.deploymentConfig) reads.push(readConfigFile(sources.deploymentConfig, { checkRefs, expect: ['v1-deployment-config'] }));
  for (const file of sources.yamlFiles ?? []) {
    reads.push(readConfigFile(file, { checkRefs, expect: ['v2-online-deployment', 'v2-online-endpoint', 'v2-environment', 'v2-model'] }));
  }
  const problems = reads.flatMap((r) => r.problems);
  const merged = mergeFragments(reads.map((r) => r.fragment).filter((f): f is Fragment => !!f));
  // A file with errors contributes nothing, so cross-file checks would only echo its errors.
  const fileErrors = problems.some((p) => p.severity === 'error');
  const overrides = sources.overrides ?? {};
  const label = labeller(sources.origin ?? 'inputs');
  const spec = fileErrors
    ? checkNames(overrides.endpointName, overrides.deploymentName, problems, label)
    : finishSpec(merged, overrides, problems, label, reads[0]?.file);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !spec) {
    throw new ConfigError(`The deployment configuration has ${errors.length} error(s); nothing was changed.`, problems);
  }
  return {
    spec: { ...spec, sources: reads.map((r) => r.file) },
    warnings: problems.filter((p) => p.severity === 'warning'),
    secrets: reads.flatMap((r) => r.secrets),
  };
}

function mergeFragments(fragments: Fragment[]): Fragment {
  const out: Fragment = {};
  for (const f of fragments) {
    out.target = f.target ?? out.target;
    out.model = f.model ?? out.model;
    out.code = f.code ?? out.code;
    if (f.environment)
      out.environment = {
        ...out.environment,
        ...f.environment,
        environmentVariables: { ...out.environment?.environmentVariables, ...f.environment.environmentVariables },
      };
    out.endpoint = { ...out.endpoint, ...f.endpoint, tags: { ...out.endpoint?.tags, ...f.endpoint?.tags } };
    out.deployment = { ...out.deployment, ...f.deployment, tags: { ...out.deployment?.tags, ...f.deployment?.tags } };
  }
  return out;
}

type Label = (field: string) => { file: string; field: string };

/** Where an override came from, as the user knows it: `inputs endpoint-name`, or `command line --endpoint-name`. */
function labeller(origin: 'inputs' | 'flags'): Label {
  return origin === 'flags' ? (field) => ({ file: 'command line', field: `--${field}` }) : (field) => ({ file: 'inputs', field });
}

function checkNames(endpointName: string | undefined, deploymentName: string | undefined, problems: ConfigProblem[], label: Label): undefined {
  const endpointProblem = endpointName === undefined ? undefined : nameProblem(endpointName);
  if (endpointProblem)
    problems.push({
      ...label('endpoint-name'),
      message: endpointProblem,
      hint: 'Azure endpoint names are 3-32 letters, digits and hyphens, starting with a letter',
      severity: 'error',
    });
  const deploymentProblem = deploymentName === undefined ? undefined : nameProblem(deploymentName);
  if (deploymentProblem)
    problems.push({
      ...label('deployment-name'),
      message: deploymentProblem,
      hint: 'deployment names follow the same rules as endpoint names',
      severity: 'error',
    });
  return undefined;
}

/**
 * An endpoint name when the user gave none: `<model>-<hash>`. Endpoint names are unique in an
 * Azure region across every tenant (they are the scoring host's name), so a bare `model-endpoint`
 * from a folder called `model` collides with everyone else's; the hash of the model name and the
 * folder of the first config file (the project; on a runner it holds the repository's name) keeps
 * one project's name stable from run to run and apart from other projects'.
 */
function derivedEndpointName(modelName: string, anchor: string | undefined): string {
  const suffix = createHash('sha256')
    .update(`${modelName}\0${anchor ? dirname(resolve(anchor)) : ''}`)
    .digest('hex')
    .slice(0, 6);
  return `${toResourceName(modelName, 25)}-${suffix}`;
}

function finishSpec(f: Fragment, o: SpecOverrides, problems: ConfigProblem[], label: Label, anchor?: string): Omit<DeploymentSpec, 'sources'> | undefined {
  const input = (field: string, message: string, hint?: string) => problems.push({ ...label(field), message, hint, severity: 'error' });
  const model = o.model ?? f.model;
  if (!f.code) {
    input('inference-config', 'no scoring script is configured', 'give an inference config (entryScript) or a v2 deployment YAML with code_configuration');
    return undefined;
  }
  const modelName = model?.kind === 'registered' ? model.name : model?.name;
  const endpointName = o.endpointName ?? f.endpoint?.name ?? derivedEndpointName(modelName ?? 'model', anchor);
  const deploymentName = o.deploymentName ?? f.deployment?.name ?? 'blue';
  checkNames(endpointName, deploymentName, problems, label);
  if (modelName && assetNameProblem(modelName)) input('model', assetNameProblem(modelName)!);
  const d = f.deployment ?? {};
  return {
    target: o.target ?? f.target ?? 'local',
    model,
    code: f.code,
    environment: f.environment ?? { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false },
    endpoint: {
      ...f.endpoint,
      authMode: f.endpoint?.authMode ?? 'none',
      tags: f.endpoint?.tags ?? {},
      name: endpointName,
    },
    deployment: {
      ...d,
      name: deploymentName,
      instanceCount: d.instanceCount ?? 1,
      requestTimeoutMs: d.requestTimeoutMs ?? V1_DEFAULTS.scoringTimeoutMs,
      maxConcurrentRequests: d.maxConcurrentRequests ?? V1_DEFAULTS.maxConcurrentRequestsPerContainer,
      maxQueueWaitMs: d.maxQueueWaitMs ?? V1_DEFAULTS.maxQueueWaitMs,
      environmentVariables: d.environmentVariables ?? {},
      appInsights: d.appInsights ?? false,
      tags: d.tags ?? {},
      instanceType: o.instanceType ?? d.instanceType,
      compute: o.compute ?? d.compute,
      location: o.location ?? d.location,
      port: o.port ?? d.port,
    },
  };
}
