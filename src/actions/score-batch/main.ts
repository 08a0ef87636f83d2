import * as core from '@actions/core';
import { BATCH_TARGETS, type BatchTargetName } from '../../engine/batch-spec.js';
import { ConfigError, OperationError } from '../../engine/errors.js';
import { processStart } from '../../engine/state.js';
import * as input from '../../github/inputs.js';
import { runAction, runPost } from '../../github/run-action.js';
import { LocalBatch, stopJobProcesses, type InputType } from '../../targets/local/local-batch.js';
import { jobSection } from '../batch-summary.js';
import { actionAzureBatch, actionContext } from '../common.js';
import { readAzureInputs, readGitHubInputs } from '../inputs.js';
import { builtFrom, reporting } from '../reporting.js';

/** What the post step needs to stop a job the runner cancelled: the driver's process and its start time. */
const STATE_KEY = 'batch-driver';
/** On amlcompute: the job's name, which the post step cancels on Azure if it is still running. */
const JOB_KEY = 'batch-job';

export async function main(): Promise<void> {
  await runAction('score-batch', async (report) => {
    // Every input is checked before anything runs.
    const endpoint = input.requiredResourceName('endpoint-name');
    const deployment = input.resourceName('deployment-name');
    const source = input.required('input');
    const inputType = input.text('input-type');
    if (inputType !== undefined && inputType !== 'uri_folder' && inputType !== 'uri_file')
      throw new ConfigError(`input "input-type" is "${inputType}"; use uri_folder or uri_file`);
    const timeoutMs = input.duration('timeout', '30m');
    const target = batchTarget(input.text('target'));
    const azure = readAzureInputs();
    // A batch preview's comment (pr-comment): the sample job's verdict on the pull request.
    const github = readGitHubInputs({ comment: true, environment: false });
    const ctx = actionContext(timeoutMs);
    const aborter = new AbortController();
    const abort = () => aborter.abort();
    process.once('SIGINT', abort);
    process.once('SIGTERM', abort);
    const options = {
      endpoint,
      deployment,
      input: source,
      inputType: inputType as InputType | undefined,
      output: input.text('output-path'),
      timeoutMs,
      signal: aborter.signal,
      onStarted: (pid: number) => core.saveState(STATE_KEY, JSON.stringify({ pid, start: processStart(pid) })),
      onJob: (jobName: string) => core.saveState(JOB_KEY, jobName),
    };
    const result =
      target === 'amlcompute'
        ? await (await actionAzureBatch(ctx, azure)).invoke(ctx, options)
        : await new LocalBatch(ctx.home, ctx.commands).invoke(ctx, options);
    core.setOutput('job-name', result.jobName);
    core.setOutput('status', result.status);
    core.setOutput('output-uri', result.outputDir);
    core.setOutput('predictions-file', result.predictionsFile ?? '');
    core.setOutput('succeeded-items', result.succeededItems === undefined ? '' : String(result.succeededItems));
    core.setOutput('failed-items', result.failedItems === undefined ? '' : String(result.failedItems));
    report.summary += jobSection(result);
    await (
      await reporting(ctx.logger, github)
    )?.batchJob({
      endpoint: result.endpoint,
      deployment: result.deployment,
      jobName: result.jobName,
      status: result.status,
      ...(result.succeededItems === undefined ? {} : { succeededItems: result.succeededItems }),
      ...(result.failedItems === undefined ? {} : { failedItems: result.failedItems }),
      ...(result.files === undefined ? {} : { files: result.files }),
      failedMiniBatches: result.failedMiniBatchDetails,
      ...(result.error ? { error: result.error } : {}),
      durationMs: result.durationMs,
      commit: builtFrom(),
    });
    if (result.status !== 'Completed')
      throw new OperationError(
        `batch job ${result.jobName} ${result.status.toLowerCase()}${result.error ? `: ${result.error.split('\n')[0]}` : ''}`,
        result.jobName,
      );
  });
}

/** After a cancel: the job's driver and workers are stopped, if the step could not stop them itself. */
export async function post(): Promise<void> {
  await runPost('score-batch', async () => {
    const saved = core.getState(STATE_KEY);
    if (saved) {
      const { pid, start } = JSON.parse(saved) as { pid: number; start?: string };
      // Only the process this step started: a pid reused by another process since is left alone.
      if (Number.isInteger(pid) && pid > 1 && start && processStart(pid) === start) stopJobProcesses(pid);
    }
    const jobName = core.getState(JOB_KEY);
    if (jobName && /^[A-Za-z0-9_-]{1,255}$/.test(jobName)) {
      const ctx = actionContext();
      if (await (await actionAzureBatch(ctx, readAzureInputs())).cancelJob(jobName))
        ctx.logger.info(`Canceled batch job ${jobName}, which the cancelled run left running.`);
    }
  });
}

function batchTarget(value: string | undefined): BatchTargetName {
  const name = (value ?? 'local').toLowerCase();
  if (!(BATCH_TARGETS as readonly string[]).includes(name)) throw new ConfigError(`input "target" is "${name}"; a batch job runs on local or amlcompute`);
  return name as BatchTargetName;
}
