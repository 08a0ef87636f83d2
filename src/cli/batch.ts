import { resolveAzureSettings } from '../azure/settings.js';
import { isBatchDeploymentFile, loadBatchSpec } from '../config/load-batch.js';
import { modelFromText } from '../config/v2.js';
import { BATCH_TARGETS, type BatchTargetName } from '../engine/batch-spec.js';
import { formatDuration, parseDuration } from '../engine/duration.js';
import { ConfigError, formatProblem } from '../engine/errors.js';
import { LocalBatch, type BatchJobResult, type InputType } from '../targets/local/local-batch.js';
import { endpointOf, type CliValues } from './args.js';
import type { CliContext } from './context.js';

/** Exit code of a job that was canceled (by Ctrl-C or its timeout), as for any interrupted command. */
const CANCELED = 130;

/** Whether `deploy` was given a batch deployment: its YAML says so (kind, settings, compute). */
export function isBatchDeploy(values: CliValues): boolean {
  return !!values.deployment && isBatchDeploymentFile(values.deployment);
}

/** --target for a batch deployment: local or amlcompute (the guide's name for Azure ML compute). */
export function batchTargetOf(values: CliValues): BatchTargetName {
  const value = (values.target ?? 'local').toLowerCase();
  if (value === 'aci' || value === 'aks')
    throw new ConfigError(
      `--target ${value}: ${values.deployment ?? 'this'} is a batch deployment, which runs on Azure ML compute clusters, not on ${value === 'aci' ? 'managed online endpoints' : 'Kubernetes online endpoints'}. Use --target amlcompute (or local).`,
    );
  if (!(BATCH_TARGETS as readonly string[]).includes(value)) throw new ConfigError(`--target ${value}: a batch deployment runs on local or amlcompute`);
  return value as BatchTargetName;
}

/** Batch endpoints on the workspace the flags (or MLSHIP_* variables) name. */
export async function cliAzureBatch(ctx: CliContext, values: CliValues) {
  const { createAzureBatch } = await import('../targets/batch.js');
  return createAzureBatch(
    ctx,
    resolveAzureSettings(
      { subscriptionId: values['subscription-id'], resourceGroup: values['resource-group'], workspace: values.workspace, location: values.location },
      ctx.io.env,
    ),
  );
}

/** The batch spec from the command line's files and flags, checked before anything is read or done. */
function batchSpecFromArgs(ctx: CliContext, values: CliValues) {
  const target = batchTargetOf(values);
  for (const flag of ['inference-config', 'deployment-config', 'model-path', 'model-name', 'instance-type'] as const)
    if (values[flag]) throw new ConfigError(`--${flag} does not apply to a batch deployment: its YAML says what it runs`);
  const loaded = loadBatchSpec({
    deployment: values.deployment!,
    endpoint: values.endpoint,
    others: values.environment ? [values.environment] : [],
    origin: 'flags',
    overrides: {
      target,
      model: values.model ? modelFromText(values.model, '--model') : undefined,
      endpointName: values['endpoint-name'],
      deploymentName: values['deployment-name'],
      compute: values.compute,
    },
  });
  for (const secret of loaded.secrets) ctx.logger.secret(secret);
  for (const warning of loaded.warnings) ctx.logger.warn(formatProblem(warning));
  return { target, spec: loaded.spec };
}

export async function runBatchPlan(ctx: CliContext, values: CliValues): Promise<number> {
  const { target, spec } = batchSpecFromArgs(ctx, values);
  const makeDefault = !!values['make-default'];
  const items =
    target === 'amlcompute'
      ? await (await cliAzureBatch(ctx, values)).plan(spec, makeDefault)
      : await new LocalBatch(ctx.home, ctx.commands).plan(spec, makeDefault);
  ctx.out.result(items.map((item) => `${item.action.padEnd(9)} ${item.resource.padEnd(18)} ${item.name}  (${item.reason})`).join('\n'), { items });
  return 0;
}

export async function runBatchDeploy(ctx: CliContext, values: CliValues): Promise<number> {
  const { target, spec } = batchSpecFromArgs(ctx, values);
  const options = { makeDefault: !!values['make-default'], preflight: !values['no-preflight'] };
  const outcome =
    target === 'amlcompute'
      ? await (await cliAzureBatch(ctx, values)).deploy(ctx, spec, options)
      : await new LocalBatch(ctx.home, ctx.commands).deploy(ctx, spec, options);
  ctx.out.result(`${outcome.endpointName}/${outcome.deploymentName}`, {
    endpointName: outcome.endpointName,
    deploymentName: outcome.deploymentName,
    action: outcome.action,
    unchanged: outcome.action === 'unchanged',
    isDefault: outcome.isDefault,
    defaultDeployment: outcome.defaultDeployment ?? null,
    modelId: outcome.modelId ?? null,
  });
  return 0;
}

/**
 * `mlship up` with a batch deployment YAML: deploy, run a sample job on the deployment (with
 * --sample-input), report, and unless --keep remove what this run created (the endpoint when it
 * was new, else the deployment when it was new); what was there before stays.
 */
export async function runBatchUp(ctx: CliContext, values: CliValues): Promise<number> {
  const { target, spec } = batchSpecFromArgs(ctx, values);
  const timeoutMs = parseDuration(values.timeout ?? '30m', '--timeout');
  const azure = target === 'amlcompute' ? await cliAzureBatch(ctx, values) : undefined;
  const local = new LocalBatch(ctx.home, ctx.commands);
  const endpointExisted = azure ? !!(await azure.endpoint(spec.endpoint.name)) : !!(await local.read(spec.endpoint.name));
  const options = { makeDefault: !!values['make-default'] };
  const outcome = azure ? await azure.deploy(ctx, spec, options) : await local.deploy(ctx, spec, options);
  let job: BatchJobResult | undefined;
  const aborter = new AbortController();
  const abort = () => aborter.abort();
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  try {
    if (values['sample-input']) {
      const invoke = { endpoint: spec.endpoint.name, deployment: spec.deployment.name, input: values['sample-input'], timeoutMs, signal: aborter.signal };
      job = azure ? await azure.invoke(ctx, invoke) : await local.invoke(ctx, invoke);
    }
  } finally {
    process.removeListener('SIGINT', abort);
    process.removeListener('SIGTERM', abort);
    if (!values.keep) {
      const which = !endpointExisted ? undefined : outcome.action === 'created' ? spec.deployment.name : null;
      if (which !== null) {
        const deleted = azure
          ? await azure.teardown(ctx, spec.endpoint.name, which, { missingOk: true, force: true })
          : await local.teardown(spec.endpoint.name, which, { missingOk: true, force: true });
        ctx.logger.info(`Removed what this run created: ${deleted.join(', ') || 'nothing'}.`);
      }
    }
  }
  const lines = [`${outcome.endpointName}/${outcome.deploymentName}: ${outcome.action}${outcome.isDefault ? ' (the default deployment)' : ''} on ${target}`];
  if (job) lines.push(jobSummary(job));
  if (values.keep)
    lines.push(`Kept. Remove it with: npx mlship teardown --endpoint-name ${spec.endpoint.name}${target === 'amlcompute' ? ' --target amlcompute' : ''}`);
  ctx.out.result(lines.join('\n'), { deployment: outcome, job: job ?? null, kept: !!values.keep });
  return !job || job.status === 'Completed' ? 0 : job.status === 'Canceled' ? CANCELED : 1;
}

export async function runInvoke(ctx: CliContext, values: CliValues): Promise<number> {
  const endpoint = endpointOf(values, 'invoke');
  if (!values.input) throw new ConfigError('mlship invoke needs --input PATH (a folder of files, or one file)');
  const inputType = values['input-type'];
  if (inputType !== undefined && inputType !== 'uri_folder' && inputType !== 'uri_file')
    throw new ConfigError(`--input-type ${inputType}: use uri_folder or uri_file`);
  const timeoutMs = parseDuration(values.timeout ?? '30m', '--timeout');
  const target = batchTargetOf(values);
  const aborter = new AbortController();
  const abort = () => aborter.abort();
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  let result: BatchJobResult;
  try {
    const options = {
      endpoint,
      deployment: values['deployment-name'],
      input: values.input,
      inputType: inputType as InputType | undefined,
      output: values.output,
      timeoutMs,
      signal: aborter.signal,
    };
    result =
      target === 'amlcompute'
        ? await (await cliAzureBatch(ctx, values)).invoke(ctx, options)
        : await new LocalBatch(ctx.home, ctx.commands).invoke(ctx, options);
  } finally {
    process.removeListener('SIGINT', abort);
    process.removeListener('SIGTERM', abort);
  }
  const counts = ['files', 'miniBatches', 'succeededMiniBatches', 'failedMiniBatches', 'succeededItems', 'failedItems'] as const;
  ctx.out.result(jobSummary(result), {
    ...result,
    ...Object.fromEntries(counts.map((k) => [k, result[k] ?? null])),
    error: result.error ?? null,
    predictionsFile: result.predictionsFile ?? null,
  });
  return result.status === 'Completed' ? 0 : result.status === 'Canceled' ? CANCELED : 1;
}

/** The job as an on-call engineer reads it: the verdict, counts, where things are, the first errors. */
export function jobSummary(r: BatchJobResult): string {
  const lines = [`${r.jobName}: ${r.status} after ${formatDuration(r.durationMs)} (${r.endpoint}/${r.deployment})`];
  if (r.files !== undefined)
    lines.push(`  files        ${r.files} in ${r.miniBatches} mini-batch(es): ${r.succeededMiniBatches} succeeded, ${r.failedMiniBatches} failed`);
  if (r.succeededItems !== undefined)
    lines.push(
      `  items        ${r.succeededItems} succeeded${r.failedItems === undefined ? ' (rows of the predictions file; Azure reports failures in the job logs)' : `, ${r.failedItems} failed`}`,
    );
  if (r.predictionsFile) lines.push(`  predictions  ${r.predictionsFile}`);
  if (r.files !== undefined) lines.push(`  logs         ${r.outputDir}/logs`);
  else lines.push(`  outputs      ${r.outputDir}/named-outputs/score`);
  if (r.error) lines.push(`  error        ${r.error.split('\n').join('\n               ')}`);
  for (const failed of r.failedMiniBatchDetails.slice(0, 5)) {
    const errorLines = failed.error.trim().split('\n').slice(-3);
    lines.push(
      `  mini-batch ${failed.id} failed (${failed.fileCount} file(s): ${failed.files.join(', ')}${failed.fileCount > failed.files.length ? ', …' : ''}):`,
      ...errorLines.map((l) => `    ${l}`),
    );
  }
  if (r.failedMiniBatchDetails.length > 5)
    lines.push(`  … and ${r.failedMiniBatchDetails.length - 5} more failed mini-batch(es); see ${r.outputDir}/logs/user/error.txt`);
  return lines.join('\n');
}
