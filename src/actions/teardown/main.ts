import * as core from '@actions/core';
import { ConfigError } from '../../engine/errors.js';
import { onlineSweepSource, parseSelector, sweep, type SweepSource } from '../../engine/sweep.js';
import type { EngineContext } from '../../engine/context.js';
import type { ListedEndpoint } from '../../engine/target.js';
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
    const given = input.text('target')?.toLowerCase();
    if (selector) {
      await sweepStep(ctx, selector, report);
      return;
    }
    if (given === 'amlcompute') {
      // Batch endpoints on Azure ML compute: one endpoint, or one of its deployments.
      if (input.text('delete-model') || input.bool('idle-deployments', false))
        throw new ConfigError('delete-model and idle-deployments apply to online endpoints');
      const deployment = input.resourceName('deployment-name');
      const github = readGitHubInputs();
      const batch = await actionAzureBatch(ctx, readAzureInputs());
      const deleted = await batch.teardown(ctx, endpoint!, deployment, { missingOk: input.bool('missing-ok', false), force: input.bool('force', false) });
      if (!deployment) await (await reporting(ctx.logger, github))?.tornDown(endpoint!, 'Batch preview');
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
    if ((shared.target ?? 'local') === 'local' && (await batch.read(options.endpoint))) {
      if (options.deleteModel || idle) throw new ConfigError('delete-model and idle-deployments apply to online endpoints; this is a local batch endpoint');
      const deleted = await batch.teardown(options.endpoint, options.deployment, { missingOk: options.missingOk, force: options.force });
      if (!options.deployment) await (await reporting(ctx.logger, github))?.tornDown(options.endpoint, 'Batch preview');
      core.setOutput('deleted', JSON.stringify(deleted));
      report.summary += section(
        `Teardown of batch endpoint ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`,
        deleted.map((d) => `- deleted ${d}`).join('\n') + '\n',
      );
      return;
    }
    // Never guessed: a named endpoint is acted on where this job deployed it, unless `target` says.
    const target = await actionTarget(await targetOfEndpoint(ctx.home, options.endpoint, shared.target, 'input "target"'), ctx, shared.azure);
    const deleted = idle ? await teardownIdle(ctx, target, options.endpoint) : await teardown(ctx, target, options);
    if (!idle && !options.deployment) await (await reporting(ctx.logger, github))?.tornDown(options.endpoint);
    core.setOutput('deleted', JSON.stringify(deleted));
    report.summary += section(
      `Teardown of ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`,
      deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing to delete: already gone.\n',
    );
  });
}

/**
 * The stale-preview sweep: every endpoint (and deployment) carrying the selected tags, on the
 * target named. On local that is the runner's online and batch endpoints; on aci or aks the
 * workspace's online endpoints; on amlcompute its batch endpoints.
 */
async function sweepStep(ctx: EngineContext, selector: string, report: { summary: string }): Promise<void> {
  const given = input.text('target')?.toLowerCase();
  // Every input is checked before anything is listed or deleted.
  const shared = given === 'amlcompute' ? undefined : readSharedInputs();
  const azure = shared?.azure ?? readAzureInputs();
  const github = readGitHubInputs();
  const options = {
    selector: parseSelector(selector),
    olderThanMs: input.text('older-than') ? input.duration('older-than', '0s') : undefined,
    dryRun: input.bool('dry-run', false),
    isPullRequestClosed: input.bool('closed-prs', false) ? pullRequestState(ctx.logger, github.token) : undefined,
  };
  if (!given) throw new ConfigError('input "target" is not set: say where to sweep (local, aci, aks or amlcompute); mlship does not guess');
  const sources: SweepSource[] = shared
    ? [onlineSweepSource(ctx, await actionTarget(shared.target!, ctx, azure))]
    : [(await actionAzureBatch(ctx, azure)).sweepSource(ctx)];
  if (given === 'local') sources.push(new LocalBatch(ctx.home, ctx.commands).sweepSource());
  const found: { kind: string; endpoint: ListedEndpoint }[] = [];
  const deleted: string[] = [];
  for (const source of sources) {
    const result = await sweep(ctx, source, options);
    found.push(...result.matched.map((endpoint) => ({ kind: source.kind, endpoint })));
    deleted.push(...result.deleted);
  }
  if (!options.dryRun) {
    const reports = await reporting(ctx.logger, github);
    for (const { kind, endpoint } of found) await reports?.tornDown(endpoint.name, kind === 'batch endpoint' ? 'Batch preview' : undefined);
  }
  const label = (kind: string) => kind.replace(' ', '-');
  core.setOutput('deleted', JSON.stringify(options.dryRun ? found.map((f) => `${label(f.kind)}:${f.endpoint.name}`) : deleted));
  const lines = found.map(
    (f) => `- ${options.dryRun ? 'would delete' : 'deleted'} ${label(f.kind)}:${f.endpoint.name} (created ${new Date(f.endpoint.createdAt).toISOString()})`,
  );
  report.summary += section(
    `Sweep of endpoints tagged ${selector.replace(/\n/g, ', ')}${options.olderThanMs ? ` older than ${input.text('older-than')}` : ''}${options.dryRun ? ' (dry run)' : ''}`,
    lines.length ? `${lines.join('\n')}\n` : 'Nothing matched.\n',
  );
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
