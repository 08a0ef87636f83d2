import { BATCH_DEFAULTS, type BatchDeploymentSpec, type BatchTargetName } from '../engine/batch-spec.js';
import { ConfigError, type ConfigProblem } from '../engine/errors.js';
import { assetNameProblem, nameProblem } from '../engine/naming.js';
import type { ModelRef } from '../engine/spec.js';
import type { Fragment } from './fragment.js';
import { readConfigFile, type ReadResult } from './load.js';

export interface BatchSources {
  /** The batch deployment YAML. */
  deployment: string;
  /** The batch endpoint YAML, when there is one. */
  endpoint?: string;
  /** Environment and model YAML files the deployment refers to. */
  others?: string[];
  overrides?: { target?: BatchTargetName; model?: ModelRef; endpointName?: string; deploymentName?: string; compute?: string };
  checkRefs?: boolean;
  /** How overrides are named in messages. */
  origin?: 'inputs' | 'flags';
}

export interface LoadedBatchSpec {
  spec: BatchDeploymentSpec;
  warnings: ConfigProblem[];
  secrets: string[];
}

/** Whether a file is a batch deployment (so that `deploy` takes the batch path). */
export function isBatchDeploymentFile(file: string): boolean {
  return readConfigFile(file, { checkRefs: false }).kind === 'v2-batch-deployment';
}

/**
 * Builds a batch deployment spec from its files, with Azure's defaults for every setting not
 * written. Throws before anything is changed anywhere.
 * @throws ConfigError listing every error in every file.
 */
export function loadBatchSpec(sources: BatchSources): LoadedBatchSpec {
  const checkRefs = sources.checkRefs ?? true;
  const reads: ReadResult[] = [readConfigFile(sources.deployment, { checkRefs, expect: ['v2-batch-deployment'] })];
  if (sources.endpoint) reads.push(readConfigFile(sources.endpoint, { checkRefs, expect: ['v2-batch-endpoint'], batch: true }));
  for (const file of sources.others ?? []) reads.push(readConfigFile(file, { checkRefs, expect: ['v2-environment', 'v2-model'] }));
  const problems = reads.flatMap((r) => r.problems);
  const o = sources.overrides ?? {};
  const flag = (field: string) => (sources.origin === 'flags' ? { file: 'command line', field: `--${field}` } : { file: 'inputs', field });
  const fail = () => {
    const errors = problems.filter((p) => p.severity === 'error');
    return new ConfigError(`The batch deployment configuration has ${errors.length} error(s); nothing was changed.`, problems);
  };
  if (problems.some((p) => p.severity === 'error')) throw fail();
  const f: Fragment = {};
  for (const read of reads) {
    const part = read.fragment ?? {};
    f.model = part.model ?? f.model;
    f.code = part.code ?? f.code;
    f.environment = part.environment ? { ...f.environment, ...part.environment } : f.environment;
    f.endpoint = { ...f.endpoint, ...part.endpoint, tags: { ...f.endpoint?.tags, ...part.endpoint?.tags } };
    f.deployment = { ...f.deployment, ...part.deployment, tags: { ...f.deployment?.tags, ...part.deployment?.tags } };
    f.batch = { ...f.batch, ...part.batch, settings: { ...f.batch?.settings, ...part.batch?.settings } };
  }
  const target = o.target ?? 'local';
  const endpointName = o.endpointName ?? f.endpoint?.name;
  const deploymentName = o.deploymentName ?? f.deployment?.name;
  const model = o.model ?? f.model;
  const compute = o.compute?.replace(/^azureml:/, '') ?? f.batch?.compute;
  const error = (where: { file: string; field?: string }, message: string, hint?: string) => problems.push({ ...where, message, hint, severity: 'error' });
  if (!endpointName)
    error({ file: sources.deployment, field: 'endpoint_name' }, 'no endpoint is named', 'write endpoint_name in the deployment, or give --endpoint-name');
  else if (nameProblem(endpointName)) error(flag('endpoint-name'), nameProblem(endpointName)!);
  if (deploymentName && nameProblem(deploymentName)) error(flag('deployment-name'), nameProblem(deploymentName)!);
  if (!model)
    error({ file: sources.deployment, field: 'model' }, 'a batch deployment needs a model', 'write model: azureml:<name>:<version>, or model: {path: ...}');
  const modelName = model?.kind === 'registered' ? model.name : model?.name;
  if (modelName && assetNameProblem(modelName)) error(flag('model'), assetNameProblem(modelName)!);
  // MLflow models can go without (Azure generates the scoring script); mlship runs the user's script.
  if (!f.code)
    error(
      { file: sources.deployment, field: 'code_configuration' },
      'no scoring script is configured',
      'write code_configuration: {code: <folder>, scoring_script: <file>.py} (MLflow models without a script are not supported yet)',
    );
  if (target === 'amlcompute' && !compute)
    error(
      { file: sources.deployment, field: 'compute' },
      'names no compute cluster',
      'write compute: azureml:<cluster>, an AmlCompute cluster of the workspace',
    );
  if (problems.some((p) => p.severity === 'error')) throw fail();
  const settings = { ...BATCH_DEFAULTS, ...f.batch?.settings, environmentVariables: { ...f.batch?.settings?.environmentVariables } };
  const spec: BatchDeploymentSpec = {
    target,
    model,
    code: f.code,
    environment: f.environment ?? { pipPackages: [], condaChannels: [], environmentVariables: {}, userManaged: false },
    endpoint: {
      name: endpointName!,
      tags: f.endpoint?.tags ?? {},
      ...(f.endpoint?.description ? { description: f.endpoint.description } : {}),
      ...(f.endpoint?.properties ? { properties: f.endpoint.properties } : {}),
    },
    deployment: {
      name: deploymentName ?? 'default',
      tags: f.deployment?.tags ?? {},
      ...(f.deployment?.description ? { description: f.deployment.description } : {}),
      ...(f.deployment?.properties ? { properties: f.deployment.properties } : {}),
      ...(compute ? { compute } : {}),
      instanceCount: f.batch?.instanceCount ?? 1,
      ...(f.deployment?.instanceType ? { instanceType: f.deployment.instanceType } : {}),
      ...(f.batch?.resourceProperties ? { resourceProperties: f.batch.resourceProperties } : {}),
      settings,
    },
    sources: reads.map((r) => r.file),
  };
  return { spec, warnings: problems.filter((p) => p.severity === 'warning'), secrets: reads.flatMap((r) => r.secrets) };
}
