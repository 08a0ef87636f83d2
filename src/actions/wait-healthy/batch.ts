import * as core from '@actions/core';
import type { EngineContext } from '../../engine/context.js';
import { DeadlineError, NotFoundError, OperationError } from '../../engine/errors.js';
import type { ActionReport } from '../../github/run-action.js';
import { section, table, timing } from '../../github/summary.js';
import { LocalBatch, type BatchJobResult } from '../../targets/local/local-batch.js';
import { actionAzureBatch } from '../common.js';
import type { AzureInputs } from '../inputs.js';
import { jobSection } from '../batch-summary.js';

export interface BatchWait {
  endpoint: string;
  deployment: string;
  timeoutMs: number;
  sampleInput?: string;
  target: 'local' | 'amlcompute';
  azure: AzureInputs;
}

/**
 * wait-healthy for a batch deployment: Healthy once it provisioned (on amlcompute: provisioning
 * Succeeded; locally, once it is recorded) and, with `sample-input`, once a sample job on it
 * Completed. A batch deployment serves no requests, so there is no probe; the sample job is its smoke test.
 */
export async function waitBatch(ctx: EngineContext, options: BatchWait, report: ActionReport): Promise<void> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  let sample: BatchJobResult | undefined;
  const job = { endpoint: options.endpoint, deployment: options.deployment, timeoutMs: options.timeoutMs, input: options.sampleInput ?? '' };
  if (options.target === 'amlcompute') {
    const batch = await actionAzureBatch(ctx, options.azure);
    for (let interval = 1000; ; interval = Math.min(interval * 1.5, 15_000)) {
      const found = await batch.deployment(options.endpoint, options.deployment);
      if (!found) throw new NotFoundError(`batch deployment ${options.endpoint}/${options.deployment} does not exist`, options.deployment);
      const state = found.properties.provisioningState;
      if (state === 'Succeeded') break;
      if (state === 'Failed' || state === 'Canceled')
        throw new OperationError(`batch deployment ${options.endpoint}/${options.deployment} is ${state}`, options.deployment);
      if (Date.now() >= deadline)
        throw new DeadlineError(
          `batch deployment ${options.endpoint}/${options.deployment} was still ${state} after ${timing(options.timeoutMs)}`,
          state ?? 'Transitioning',
        );
      await new Promise((r) => setTimeout(r, interval));
    }
    if (options.sampleInput) sample = await batch.invoke(ctx, { ...job, timeoutMs: Math.max(1000, deadline - Date.now()) });
  } else {
    const local = new LocalBatch(ctx.home, ctx.commands);
    const record = await local.read(options.endpoint);
    if (!record?.deployments[options.deployment])
      throw new NotFoundError(`batch deployment ${options.endpoint}/${options.deployment} does not exist on target local`, options.deployment);
    if (options.sampleInput) sample = await local.invoke(ctx, job);
  }
  const healthy = !sample || sample.status === 'Completed';
  core.setOutput('state', healthy ? 'Healthy' : 'Failed');
  core.setOutput('duration-seconds', String(Math.round((Date.now() - started) / 1000)));
  core.setOutput('sample-response', sample ? `${sample.jobName} ${sample.status}` : '');
  core.setOutput('traffic', '{}');
  report.summary += section(
    `Batch deployment ${options.endpoint}/${options.deployment} is ${healthy ? 'Healthy' : 'not healthy'}`,
    table([
      ['target', options.target],
      ['provisioned', 'yes'],
      ['sample job', sample ? `${sample.jobName}: ${sample.status}` : 'not run (no sample-input)'],
      ['time', timing(Date.now() - started)],
    ]) + (sample ? `\n${jobSection(sample)}` : ''),
  );
  if (!healthy)
    throw new OperationError(
      `the sample job ${sample!.jobName} on ${options.endpoint}/${options.deployment} ended ${sample!.status}${sample!.error ? `: ${sample!.error.split('\n')[0]}` : ''}`,
      options.deployment,
    );
}
