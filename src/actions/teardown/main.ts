import * as core from '@actions/core';
import { ConfigError } from '../../engine/errors.js';
import { parseSelector, sweep } from '../../engine/sweep.js';
import { targetOfEndpoint } from '../../engine/known-endpoints.js';
import { checkedModelVersion, teardown, teardownIdle } from '../../engine/teardown.js';
import * as input from '../../github/inputs.js';
import { runAction } from '../../github/run-action.js';
import { section } from '../../github/summary.js';
import { actionAzureBatch, actionContext, actionTarget } from '../common.js';
import { reporting } from '../reporting.js';
import { readAzureInputs, readGitHubInputs, readSharedInputs } from '../inputs.js';
import type { Logger } from '../../engine/logger.js';
import { LocalBatch } from '../../targets/local/local-batch.js';

export async function main(): Promise<void> {
  await runAction('teardown', async (report) => {
    const endpoint = input.resourceName('endpoint-name');
    const selector = input.text('tag-selector');
    if (!endpoint && !selector) throw new ConfigError('give "endpoint-name" (one endpoint) or "tag-selector" (a sweep of every endpoint carrying those tags)');
    if (endpoint && selector) throw new ConfigError('give either "endpoint-name" or "tag-selector", not both');
    const ctx = actionContext();
    if (input.text('target')?.toLowerCase() === 'amlcompute') {
      // Batch endpoints on Azure ML compute: one endpoint, or one of its deployments.
      if (!endpoint) throw new ConfigError('target amlcompute: give "endpoint-name" (the sweep covers online endpoints)');
      if (input.text('delete-model') || input.bool('idle-deployments', false))
        throw new ConfigError('delete-model and idle-deployments apply to online endpoints');
      const deployment = input.resourceName('deployment-name');
      const batch = await actionAzureBatch(ctx, readAzureInputs());
      const deleted = await batch.teardown(ctx, endpoint, deployment, { missingOk: input.bool('missing-ok', false), force: input.bool('force', false) });
      core.setOutput('deleted', JSON.stringify(deleted));
      report.summary += section(
        `Teardown of batch endpoint ${endpoint}${deployment ? `/${deployment}` : ''}`,
        deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing to delete: already gone.\n',
      );
      return;
    }
    // Every input is checked before the target is looked up or anything is done.
    const shared = readSharedInputs();
    const github = readGitHubInputs();
    const given = shared.target;
    if (selector) {
      const options = {
        selector: parseSelector(selector),
        olderThanMs: input.text('older-than') ? input.duration('older-than', '0s') : undefined,
        dryRun: input.bool('dry-run', false),
        isPullRequestClosed: input.bool('closed-prs', false) ? pullRequestState(ctx.logger, github.token) : undefined,
      };
      if (!given) throw new ConfigError('input "target" is not set: say where to sweep (local, aci or aks); mlship does not guess');
      const result = await sweep(ctx, await actionTarget(given, ctx, shared.azure), options);
      if (!options.dryRun) {
        const reports = await reporting(ctx.logger, github);
        for (const endpoint of result.matched) await reports?.tornDown(endpoint.name);
      }
      core.setOutput('deleted', JSON.stringify(options.dryRun ? result.matched.map((e) => `endpoint:${e.name}`) : result.deleted));
      const lines = result.matched.map(
        (e) => `- ${options.dryRun ? 'would delete' : 'deleted'} endpoint:${e.name} (created ${new Date(e.createdAt).toISOString()})`,
      );
      report.summary += section(
        `Sweep of endpoints tagged ${selector.replace(/\n/g, ', ')}${options.olderThanMs ? ` older than ${input.text('older-than')}` : ''}${options.dryRun ? ' (dry run)' : ''}`,
        lines.length ? `${lines.join('\n')}\n` : 'Nothing matched.\n',
      );
      return;
    }
    const options = {
      endpoint: endpoint!,
      deployment: input.resourceName('deployment-name'),
      deleteModel: checkedModelVersion(input.text('delete-model')),
      force: input.bool('force', false),
      missingOk: input.bool('missing-ok', false),
    };
    const idle = input.bool('idle-deployments', false);
    if (idle && options.deployment) throw new ConfigError('give either "deployment-name" or "idle-deployments: true", not both');
    const batch = new LocalBatch(ctx.home, ctx.commands);
    if ((given ?? 'local') === 'local' && (await batch.read(options.endpoint))) {
      if (options.deleteModel || idle) throw new ConfigError('delete-model and idle-deployments apply to online endpoints; this is a local batch endpoint');
      const deleted = await batch.teardown(options.endpoint, options.deployment, { missingOk: options.missingOk, force: options.force });
      core.setOutput('deleted', JSON.stringify(deleted));
      report.summary += section(
        `Teardown of batch endpoint ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`,
        deleted.map((d) => `- deleted ${d}`).join('\n') + '\n',
      );
      return;
    }
    // Never guessed: a named endpoint is acted on where this job deployed it, unless `target` says.
    const target = await actionTarget(await targetOfEndpoint(ctx.home, options.endpoint, given, 'input "target"'), ctx, shared.azure);
    const deleted = idle ? await teardownIdle(ctx, target, options.endpoint) : await teardown(ctx, target, options);
    if (!idle && !options.deployment) await (await reporting(ctx.logger, github))?.tornDown(options.endpoint);
    core.setOutput('deleted', JSON.stringify(deleted));
    report.summary += section(
      `Teardown of ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`,
      deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing to delete: already gone.\n',
    );
  });
}

/** Asks GitHub whether a pull request of this repository is closed (merged counts as closed). */
function pullRequestState(logger: Logger, token: string | undefined): (pr: number) => Promise<boolean | undefined> {
  if (!token) throw new ConfigError("closed-prs needs github-token (the default is the job's token) to read pull requests");
  // The GitHub client is loaded on the first question, not for every teardown.
  const client = Promise.all([import('@actions/github'), import('../../github/octokit.js')]).then(([github, { githubClient }]) => ({
    octokit: githubClient(token, logger),
    repo: github.context.repo,
  }));
  return async (pr) => {
    try {
      const { octokit, repo } = await client;
      return (await octokit.rest.pulls.get({ ...repo, pull_number: pr })).data.state === 'closed';
    } catch (err) {
      logger.warn(`could not read pull request #${pr}: ${(err as Error).message.split('\n')[0]}; its preview is judged by its age`);
      return undefined;
    }
  };
}
