import * as core from '@actions/core';
import { isBatchDeploymentFile, loadBatchSpec } from '../../config/load-batch.js';
import { modelFromText } from '../../config/v2.js';
import { BATCH_TARGETS, type BatchTargetName } from '../../engine/batch-spec.js';
import { ConfigError, formatProblem } from '../../engine/errors.js';
import * as input from '../../github/inputs.js';
import type { ActionReport } from '../../github/run-action.js';
import { section, table } from '../../github/summary.js';
import { LocalBatch } from '../../targets/local/local-batch.js';
import { actionContext } from '../common.js';

/** Whether the step deploys a batch deployment: its `deployment` YAML is one. */
export function isBatchStep(): boolean {
  const file = input.text('deployment');
  return !!file && isBatchDeploymentFile(file);
}

/** These inputs shape an online deployment only; given with a batch YAML they would do nothing. */
const ONLINE_ONLY = [
  'inference-config',
  'deployment-config',
  'traffic',
  'preview',
  'plan-only',
  'require-stage',
  'stage',
  'instance-type',
  'github-environment',
];

/** deploy-model with a batch deployment YAML: the endpoint and deployment, the first one the default. */
export async function deployBatch(report: ActionReport): Promise<void> {
  for (const name of ONLINE_ONLY)
    if (input.text(name) !== undefined && input.text(name) !== 'false')
      throw new ConfigError(`input "${name}" does not apply to a batch deployment (input "deployment" is a batch deployment YAML)`);
  const mode = input.text('mode') ?? 'deploy';
  if (mode !== 'deploy') throw new ConfigError(`input "mode" is "${mode}": a batch deployment is made the default with make-default: true`);
  const targetName = (input.text('target') ?? 'local').toLowerCase();
  if (!(BATCH_TARGETS as readonly string[]).includes(targetName))
    throw new ConfigError(`input "target" is "${targetName}": ${input.text('deployment')} is a batch deployment, which runs on local or amlcompute`);
  const target = targetName as BatchTargetName;
  const loaded = loadBatchSpec({
    deployment: input.text('deployment')!,
    endpoint: input.text('endpoint'),
    others: input.text('environment') ? [input.text('environment')!] : [],
    overrides: {
      target,
      model: input.text('model') === undefined ? undefined : modelFromText(input.text('model')!, 'input "model"'),
      endpointName: input.resourceName('endpoint-name'),
      deploymentName: input.resourceName('deployment-name'),
      compute: input.text('compute'),
    },
  });
  const makeDefault = input.bool('make-default', false);
  const ctx = actionContext();
  for (const secret of loaded.secrets) ctx.logger.secret(secret);
  for (const warning of loaded.warnings) ctx.logger.warn(formatProblem(warning));
  if (target === 'amlcompute')
    throw new ConfigError('target amlcompute: batch deployments on Azure ML compute are not available in this version of mlship; use target: local');
  const { spec } = loaded;
  core.setOutput('endpoint-name', spec.endpoint.name);
  core.setOutput('deployment-name', spec.deployment.name);
  const outcome = await new LocalBatch(ctx.home, ctx.commands).deploy(ctx, spec, { makeDefault });
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
