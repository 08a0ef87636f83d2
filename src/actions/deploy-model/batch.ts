import * as core from '@actions/core';
import { loadBatchSpec } from '../../config/load-batch.js';
import { modelFromText } from '../../config/v2.js';
import { BATCH_TARGETS, type BatchTargetName } from '../../engine/batch-spec.js';
import { ConfigError, formatProblem } from '../../engine/errors.js';
import type { ActionReport } from '../../github/run-action.js';
import { section, table } from '../../github/summary.js';
import { LocalBatch } from '../../targets/local/local-batch.js';
import { actionAzureBatch, actionContext } from '../common.js';
import type { BatchDeployInputs } from '../inputs.js';

/** deploy-model with a batch deployment YAML: the endpoint and deployment, the first one the default. */
export async function deployBatch(inputs: BatchDeployInputs, report: ActionReport): Promise<void> {
  for (const name of inputs.onlineOnly)
    throw new ConfigError(`input "${name}" does not apply to a batch deployment (input "deployment" is a batch deployment YAML)`);
  if (inputs.mode !== 'deploy') throw new ConfigError(`input "mode" is "${inputs.mode}": a batch deployment is made the default with make-default: true`);
  if (!(BATCH_TARGETS as readonly string[]).includes(inputs.target))
    throw new ConfigError(`input "target" is "${inputs.target}": ${inputs.deployment} is a batch deployment, which runs on local or amlcompute`);
  const target = inputs.target as BatchTargetName;
  const loaded = loadBatchSpec({
    deployment: inputs.deployment,
    endpoint: inputs.endpoint,
    others: inputs.environment ? [inputs.environment] : [],
    overrides: {
      target,
      model: inputs.model === undefined ? undefined : modelFromText(inputs.model, 'input "model"'),
      endpointName: inputs.endpointName,
      deploymentName: inputs.deploymentName,
      compute: inputs.compute,
    },
  });
  const makeDefault = inputs.makeDefault;
  const ctx = actionContext();
  for (const secret of loaded.secrets) ctx.logger.secret(secret);
  for (const warning of loaded.warnings) ctx.logger.warn(formatProblem(warning));
  const { spec } = loaded;
  core.setOutput('endpoint-name', spec.endpoint.name);
  core.setOutput('deployment-name', spec.deployment.name);
  const outcome =
    target === 'amlcompute'
      ? await (await actionAzureBatch(ctx, inputs.azure, inputs.location)).deploy(ctx, spec, { makeDefault, preflight: inputs.preflight })
      : await new LocalBatch(ctx.home, ctx.commands).deploy(ctx, spec, { makeDefault });
  core.setOutput('model-id', outcome.modelId ?? '');
  core.setOutput('changed', String(outcome.action !== 'unchanged'));
  core.setOutput('default-deployment', outcome.defaultDeployment ?? '');
  const s = spec.deployment.settings;
  report.summary += section(
    `Batch deployment ${outcome.endpointName}/${outcome.deploymentName} ${outcome.action} (${target})`,
    table([
      ['endpoint', outcome.endpointName],
      ['deployment', outcome.deploymentName],
      ['default deployment', outcome.defaultDeployment],
      ['model', outcome.modelId ?? (spec.model?.kind === 'path' ? `${spec.model.path} (not registered)` : undefined)],
      ['scoring script', spec.code?.entryScript],
      ['mini-batch', `${s.miniBatchSize} file(s); ${s.maxConcurrencyPerInstance} process(es) per instance × ${spec.deployment.instanceCount}`],
      ['output', s.outputAction === 'append_row' ? `append_row to ${s.outputFileName}` : 'summary_only'],
      ['retries', `${s.maxRetries}, ${s.retryTimeoutSeconds} s per mini-batch; error_threshold ${s.errorThreshold}`],
      ['change', outcome.action === 'unchanged' ? 'no change: already this exact spec' : outcome.action],
    ]),
  );
}
