import * as github from '@actions/github';
import type { Logger } from '../engine/logger.js';
import type { GitHubInputs } from './inputs.js';
import { githubClient, ownLogin, type Octokit } from '../github/octokit.js';
import { pullRequestNumber } from '../github/pull-request.js';
import { builtFrom } from '../engine/provenance.js';
import {
  bestEffort,
  commentMarker,
  deactivateEnvironment,
  finishDeployment,
  batchPreviewComment,
  previewComment,
  startDeployment,
  upsertComment,
  type DeploymentTarget,
  type BatchPreviewReport,
  type PreviewReport,
  type RepoRef,
} from '../github/report.js';

/**
 * What a step tells GitHub, when asked: the PR's sticky preview comment (`pr-comment`) and the
 * life of a GitHub deployment (`github-environment`): in progress at deploy, success or failure at
 * wait, inactive at teardown. Failures to report are warnings: they never fail a deployment.
 */
export interface GitHubReporter {
  octokit: Octokit;
  repo: RepoRef;
  pr?: number;
  comment: boolean;
  deployment?: DeploymentTarget;
  logger: Logger;
}

/** The reporter for what reporting.ts decided was asked for (a comment, an environment, or both). */
export function gitHubReporter(logger: Logger, options: GitHubInputs): GitHubReporter | undefined {
  const { environment, token } = options;
  if (!token) {
    logger.warn("pr-comment / github-environment need github-token (the default is the job's token)");
    return undefined;
  }
  const pr = pullRequestNumber(process.env);
  const repo = github.context.repo;
  const logUrl = `${github.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${github.context.runId}`;
  return {
    octokit: githubClient(token, logger),
    repo,
    pr,
    comment: options.comment,
    logger,
    // One environment per pull request, so each preview has its own history and URL.
    deployment: environment ? { ref: builtFrom(), environment: pr ? `${environment}/pr-${pr}` : environment, transient: !!pr, logUrl } : undefined,
  };
}

/** deploy-model: the GitHub deployment starts, in progress. */
export async function reportDeploying(reporter: GitHubReporter | undefined, endpoint: string, deployment: string): Promise<void> {
  if (!reporter?.deployment) return;
  await bestEffort(reporter.logger, 'start the GitHub deployment', async () => {
    await startDeployment(reporter.octokit, reporter.repo, reporter.deployment!, `deploying ${endpoint}/${deployment}`);
  });
}

/** wait-healthy: the comment, and the deployment's success or failure with a page to open. */
export async function reportWaited(reporter: GitHubReporter | undefined, report: PreviewReport): Promise<void> {
  if (!reporter) return;
  await comment(reporter, report.endpoint, previewComment(report));
  if (reporter.deployment) {
    await bestEffort(reporter.logger, 'record the GitHub deployment status', async () => {
      await finishDeployment(reporter.octokit, reporter.repo, reporter.deployment!, {
        success: report.state === 'Healthy',
        url: report.pageUrl,
        description: `${report.endpoint}/${report.deployment} is ${report.state}`,
      });
    });
  }
}

/** score-batch: the batch preview's comment, with its sample job. */
export async function reportBatchJob(reporter: GitHubReporter | undefined, report: BatchPreviewReport): Promise<void> {
  if (reporter) await comment(reporter, report.endpoint, batchPreviewComment(report));
}

/** teardown: the comment says the preview is gone, and the environment's deployments become inactive. */
export async function reportTornDown(reporter: GitHubReporter | undefined, endpoint: string, title?: string): Promise<void> {
  if (!reporter) return;
  await comment(reporter, endpoint, previewComment({ endpoint, deployment: '—', state: 'Torn down', commit: builtFrom(), ...(title ? { title } : {}) }));
  if (reporter.deployment) {
    await bestEffort(reporter.logger, 'mark the GitHub deployments inactive', async () => {
      const count = await deactivateEnvironment(reporter.octokit, reporter.repo, reporter.deployment!.environment, reporter.deployment!.logUrl);
      reporter.logger.info(`Marked ${count} GitHub deployment(s) of ${reporter.deployment!.environment} inactive.`);
    });
  }
}

async function comment(reporter: GitHubReporter, endpoint: string, body: string): Promise<void> {
  if (!reporter.comment) return;
  if (!reporter.pr) {
    reporter.logger.info('pr-comment: this run is not for a pull request; no comment.');
    return;
  }
  await bestEffort(reporter.logger, 'update the pull request comment', async () => {
    const author = await ownLogin(reporter.octokit);
    const done = await upsertComment(reporter.octokit, reporter.repo, reporter.pr!, {
      marker: commentMarker(endpoint),
      body,
      author,
    });
    reporter.logger.info(`Preview comment ${done} on #${reporter.pr}.`);
  });
}

export type Reporting = NonNullable<ReturnType<typeof gitHubReporting>>;

/** The reports a step makes, bound to one reporter; undefined when it cannot report (no token). */
export function gitHubReporting(logger: Logger, options: GitHubInputs) {
  const reporter = gitHubReporter(logger, options);
  if (!reporter) return undefined;
  return {
    deploying: (endpoint: string, deployment: string) => reportDeploying(reporter, endpoint, deployment),
    waited: (report: PreviewReport) => reportWaited(reporter, report),
    tornDown: (endpoint: string, title?: string) => reportTornDown(reporter, endpoint, title),
    batchJob: (report: BatchPreviewReport) => reportBatchJob(reporter, report),
  };
}
