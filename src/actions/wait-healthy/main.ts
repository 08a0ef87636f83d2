import * as core from '@actions/core';
import { DeadlineError } from '../../engine/errors.js';
import { truncate } from '../../engine/format.js';
import { targetOfEndpoint } from '../../engine/known-endpoints.js';
import { waitHealthy } from '../../engine/wait.js';
import * as input from '../../github/inputs.js';
import { runAction, runPost } from '../../github/run-action.js';
import { cleanupMode, removeCreated, saveState, savedState, shouldClean } from '../cleanup.js';
import { codeBlock, section, table, timing } from '../../github/summary.js';
import { actionContext, actionTarget, azureWorkspace } from '../common.js';
import { readSampleRequest } from '../../engine/sample.js';
import { builtFrom, endpointPage, reporting } from '../reporting.js';

export async function main(): Promise<void> {
  await runAction('wait-healthy', async (report) => {
    const options = {
      endpoint: input.requiredResourceName('endpoint-name'),
      deployment: input.resourceName('deployment-name') ?? 'blue',
      timeoutMs: input.duration('timeout', '10m'),
      sampleRequest: await readSampleRequest(input.text('sample-request'), 'input "sample-request"'),
      expectStatus: input.integer('expect-status', 200, [100, 599]),
    };
    const ctx = actionContext(options.timeoutMs);
    const targetName = await targetOfEndpoint(ctx.home, options.endpoint, input.target(), 'input "target"');
    const target = await actionTarget(targetName, ctx);
    cleanupMode();
    saveState({ target: targetName, endpoint: options.endpoint, deployment: options.deployment, endpointExisted: true });
    const started = ctx.clock.now();
    const github = await reporting(ctx.logger, { comment: input.bool('pr-comment', false) });
    const toGitHub = async (state: string, extra: { scoringUri?: string; sampleResponse?: string; failure?: string }) =>
      github?.waited({
        endpoint: options.endpoint,
        deployment: options.deployment,
        state,
        durationMs: ctx.clock.now() - started,
        commit: builtFrom(),
        ...extra,
        pageUrl: endpointPage(targetName, options.endpoint, extra.scoringUri?.replace(/\/score$/, '/swagger.json'), azureWorkspace(targetName)),
      });
    try {
      const result = await waitHealthy(ctx, target, options);
      saveState({ succeeded: true });
      await toGitHub(result.state, { scoringUri: result.scoringUri, sampleResponse: result.sample?.body });
      core.setOutput('state', result.state);
      core.setOutput('duration-seconds', String(Math.round(result.durationMs / 1000)));
      core.setOutput('sample-response', result.sample ? truncate(result.sample.body, 1000) : '');
      core.setOutput('traffic', JSON.stringify(result.traffic));
      report.summary += section(
        `${options.endpoint}/${options.deployment} is ${result.state}`,
        table([
          ['state', result.state],
          ['became healthy after', timing(result.durationMs)],
          ['polls', result.polls],
          ['scoring URI', result.scoringUri],
          ['traffic', JSON.stringify(result.traffic)],
          ['sample request', result.sample ? `answered ${result.sample.status} in ${timing(result.sample.durationMs)}` : 'not sent'],
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
      await toGitHub(state, { failure: (err as Error).message });
      throw err;
    }
  });
}

/**
 * The post step: with `cleanup: on-failure`, a deployment that did not become healthy (or failed its
 * smoke test, or was cancelled) is deleted, as long as it serves no traffic.
 */
export async function post(): Promise<void> {
  await runPost('wait-healthy', async (report) => {
    const state = savedState();
    if (!shouldClean(cleanupMode(), state)) return;
    const ctx = actionContext();
    const deleted = await removeCreated(ctx, await actionTarget(state.target, ctx), state);
    if (deleted.length) report.summary += section(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
  });
}
