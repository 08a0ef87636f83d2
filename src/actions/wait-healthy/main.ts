import * as core from '@actions/core';
import { formatCost, truncate } from '../../engine/format.js';
import { targetOfEndpoint } from '../../engine/known-endpoints.js';
import { waitHealthy } from '../../engine/wait.js';
import { readRollout } from '../../engine/rollout.js';
import { checkStage, recordStage } from '../../engine/stages.js';
import type { EngineContext } from '../../engine/context.js';
import type { Target } from '../../engine/target.js';
import { ConfigError, DeadlineError, type MlshipError } from '../../engine/errors.js';
import type { Diagnosis } from '../../engine/diagnosis.js';
import { deleteEndpoint } from '../../engine/teardown.js';
import { restoreTraffic } from '../../engine/traffic-moves.js';
import type { TargetName } from '../../engine/spec.js';
import * as input from '../../github/inputs.js';
import { runAction, runPost } from '../../github/run-action.js';
import { removeCreated, saveState, savedState, shouldClean } from '../cleanup.js';
import { codeBlock, section, table, timing } from '../../github/summary.js';
import { actionContext, actionTarget, azureWorkspace } from '../common.js';
import { readAzureInputs, readCleanupMode, readGitHubInputs, readSharedInputs, type AzureInputs } from '../inputs.js';
import { LocalBatch } from '../../targets/local/local-batch.js';
import { waitBatch } from './batch.js';
import { readSampleRequest } from '../../engine/sample.js';
import { builtFrom, endpointPage, reporting } from '../reporting.js';
import { pullRequestNumber } from '../../engine/provenance.js';

export async function main(): Promise<void> {
  await runAction('wait-healthy', async (report) => {
    const options = {
      endpoint: input.requiredResourceName('endpoint-name'),
      deployment: input.resourceName('deployment-name') ?? 'blue',
      timeoutMs: input.duration('timeout', '10m'),
      sampleRequest: await readSampleRequest(input.text('sample-request'), 'input "sample-request"'),
      expectStatus: input.integer('expect-status', 200, [100, 599]),
      bakeMs: input.text('bake') ? input.duration('bake', '0s') : undefined,
    };
    const sweepAfter = input.text('sweep-after');
    if (sweepAfter !== undefined) input.duration('sweep-after', '0s');
    const recordAs = input.text('record-stage') === undefined ? undefined : checkStage(input.text('record-stage')!, 'input "record-stage"');
    const sampleInput = input.text('sample-input');
    const rawTarget = input.text('target')?.toLowerCase();
    const batchContext = actionContext(options.timeoutMs);
    if (
      rawTarget === 'amlcompute' ||
      ((rawTarget ?? 'local') === 'local' && (await new LocalBatch(batchContext.home, batchContext.commands).read(options.endpoint)))
    ) {
      const target = rawTarget === 'amlcompute' ? 'amlcompute' : 'local';
      return waitBatch(batchContext, { ...options, sampleInput, target, azure: readAzureInputs() }, report);
    }
    if (sampleInput) throw new ConfigError('input "sample-input" applies to batch deployments; an online deployment is smoke-tested with sample-request');
    const shared = readSharedInputs();
    const github = readGitHubInputs();
    readCleanupMode();
    const ctx = actionContext(options.timeoutMs + (options.bakeMs ?? 0));
    const targetName = await targetOfEndpoint(ctx.home, options.endpoint, shared.target, 'input "target"');
    const target = await actionTarget(targetName, ctx, shared.azure);
    saveState({ target: targetName, endpoint: options.endpoint, deployment: options.deployment, endpointExisted: true });
    const started = ctx.clock.now();
    const reports = await reporting(ctx.logger, github);
    // What the preview costs while it runs (deploy-model's preflight estimate in this job) and when it goes.
    const rollout = await readRollout(ctx.home, options.endpoint);
    const hourly = rollout?.deployment === options.deployment ? rollout.hourlyCost : undefined;
    const pr = pullRequestNumber(process.env);
    const lifetime = {
      ...(hourly ? { cost: `about ${formatCost(hourly.amount, hourly.currency)}` } : {}),
      ...(sweepAfter ? { removal: `${pr ? `when #${pr} closes, or ` : ''}after ${sweepAfter} (the stale-preview sweep)` } : {}),
    };
    const toGitHub = async (state: string, extra: { scoringUri?: string; sampleResponse?: string; failure?: string; diagnosis?: Diagnosis }) => {
      await reports?.waited(waitedReport(targetName, shared.azure, options, { state, durationMs: ctx.clock.now() - started, ...lifetime, ...extra }));
      saveState({ reported: true });
    };
    try {
      const result = await waitHealthy(ctx, target, options);
      if (recordAs) await recordVerifiedStage(ctx, target, options, recordAs);
      saveState({ succeeded: true });
      await toGitHub(result.state, { scoringUri: result.scoringUri, sampleResponse: result.sample?.body });
      core.setOutput('state', result.state);
      core.setOutput('duration-seconds', String(Math.round(result.durationMs / 1000)));
      core.setOutput('sample-response', result.sample ? truncate(result.sample.body, 1000) : '');
      core.setOutput('traffic', JSON.stringify(result.traffic));
      core.setOutput('diagnosis', '');
      report.summary += section(
        `${options.endpoint}/${options.deployment} is ${result.state}`,
        table([
          ['state', result.state],
          ['became healthy after', timing(result.durationMs)],
          ['polls', result.polls],
          ['scoring URI', result.scoringUri],
          ['traffic', JSON.stringify(result.traffic)],
          ['sample request', result.sample ? `answered ${result.sample.status} in ${timing(result.sample.durationMs)}` : 'not sent'],
          ['bake', options.bakeMs ? `${timing(options.bakeMs)}, every check passed` : undefined],
        ]) + (result.sample ? `\n${codeBlock(truncate(result.sample.body, 2000), 'json')}` : ''),
      );
    } catch (err) {
      // The state is an output even on failure, so later steps can branch on it.
      const state =
        err instanceof DeadlineError
          ? (err.lastState ?? 'Transitioning')
          : ((await target.status(options.endpoint, options.deployment).catch(() => undefined))?.state ?? 'Failed');
      core.setOutput('state', state);
      core.setOutput('duration-seconds', String(Math.round((ctx.clock.now() - started) / 1000)));
      const diagnosis = (err as MlshipError).diagnosis;
      core.setOutput('diagnosis', diagnosis ? JSON.stringify(diagnosis) : '');
      await toGitHub(state, { failure: (err as Error).message, ...(diagnosis ? { diagnosis } : {}) });
      throw err;
    }
  });
}

/** Records on the model version that this stage verified the release this job's deploy-model made. */
async function recordVerifiedStage(ctx: EngineContext, target: Target, options: { endpoint: string; deployment: string }, stage: string): Promise<void> {
  const rollout = await readRollout(ctx.home, options.endpoint);
  if (!rollout || rollout.deployment !== options.deployment || !rollout.modelId || !rollout.environmentId || !rollout.codeDirectory)
    throw new ConfigError(
      `record-stage: ${options.endpoint}/${options.deployment} was not deployed with a registered model by deploy-model in this job, so there is no release to record`,
    );
  await recordStage(ctx, target, {
    modelId: rollout.modelId,
    environment: rollout.environmentId,
    codeDirectory: rollout.codeDirectory,
    endpoint: options.endpoint,
    deployment: options.deployment,
    stage,
  });
}

function waitedReport(
  target: TargetName,
  azure: AzureInputs,
  options: { endpoint: string; deployment: string },
  extra: {
    state: string;
    durationMs?: number;
    scoringUri?: string;
    sampleResponse?: string;
    failure?: string;
    diagnosis?: Diagnosis;
    cost?: string;
    removal?: string;
  },
) {
  return {
    endpoint: options.endpoint,
    deployment: options.deployment,
    commit: builtFrom(),
    ...extra,
    pageUrl: endpointPage(target, options.endpoint, extra.scoringUri?.replace(/\/score$/, '/swagger.json'), azureWorkspace(target, azure)),
  };
}

/**
 * The post step, after a wait that failed or was cancelled: traffic this rollout moved but never
 * verified goes back to what served before (whatever `cleanup` says); a step cancelled before it
 * could report tells GitHub (deployment status, PR comment); then, with `cleanup`, what the
 * rollout created goes: the endpoint when this job created it, else the deployment it wrote
 * (never one that serves, never an unchanged one).
 */
export async function post(): Promise<void> {
  await runPost('wait-healthy', async (report) => {
    const state = savedState();
    if (!state || state.succeeded) return;
    const ctx = actionContext();
    const shared = readSharedInputs();
    const target = await actionTarget(state.target, ctx, shared.azure);
    const rollout = await readRollout(ctx.home, state.endpoint);
    const mine = rollout && rollout.deployment === state.deployment ? rollout : undefined;
    // Only a move this rollout never verified is undone; what an earlier step verified stands.
    if (mine?.trafficBefore && !mine.verified) {
      const restored = await restoreTraffic(ctx, target, state.endpoint, mine.trafficBefore);
      if (restored)
        report.summary += section(
          `Traffic on ${state.endpoint} put back`,
          `The rollout of ${state.deployment} was not verified: traffic returned to ${JSON.stringify(restored)}.\n`,
        );
    }
    if (core.getState('reported') !== 'true') {
      const reports = await reporting(ctx.logger, readGitHubInputs());
      await reports?.waited(
        waitedReport(
          state.target,
          shared.azure,
          { endpoint: state.endpoint, deployment: state.deployment ?? 'blue' },
          { state: 'Cancelled', failure: 'the run was cancelled before the deployment was verified' },
        ),
      );
    }
    if (!shouldClean(readCleanupMode(), state)) return;
    const deleted = mine?.endpointCreated
      ? await deleteEndpoint(ctx, target, state.endpoint)
      : mine && !mine.deploymentWritten
        ? []
        : await removeCreated(ctx, target, state);
    if (deleted.length) report.summary += section(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
  });
}
