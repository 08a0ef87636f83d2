import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Logger } from '../../engine/logger.js';
import * as input from '../../github/inputs.js';
import { pullRequestNumber } from '../../github/pull-request.js';
import { bestEffort, commentMarker, previewComment, recordDeployment, upsertComment, type PreviewReport } from '../../github/report.js';

/**
 * Tells GitHub how the wait ended, when asked: the PR's sticky preview comment (`pr-comment`) and a
 * deployment with its status (`github-environment`). Failures to report are warnings: they never
 * fail a deployment that worked.
 */
export async function reportToGitHub(report: PreviewReport, logger: Logger): Promise<void> {
  const wantComment = input.bool('pr-comment', false);
  const environment = input.text('github-environment');
  if (!wantComment && !environment) return;
  const token = input.text('github-token');
  if (!token) {
    logger.warn("pr-comment / github-environment need github-token (the default is the job's token)");
    return;
  }
  core.setSecret(token);
  const octokit = github.getOctokit(token);
  const repo = github.context.repo;
  const pr = pullRequestNumber(process.env);
  const runUrl = `${github.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${github.context.runId}`;
  if (wantComment) {
    if (!pr) logger.info('pr-comment: this run is not for a pull request; no comment.');
    else
      await bestEffort(logger, 'update the pull request comment', async () => {
        logger.info(`Preview comment ${await upsertComment(octokit, repo, pr, commentMarker(report.endpoint), previewComment(report))} on #${pr}.`);
      });
  }
  if (environment) {
    await bestEffort(logger, 'record the GitHub deployment', async () => {
      await recordDeployment(octokit, repo, {
        ref: report.commit,
        environment,
        transient: !!pr,
        success: report.state === 'Healthy',
        url: report.scoringUri,
        logUrl: runUrl,
        description: `${report.endpoint}/${report.deployment} is ${report.state}`,
      });
    });
  }
}

/** The commit a PR run was built from: the head commit, not the merge commit in GITHUB_SHA. */
export function builtFrom(): string {
  return (github.context.payload.pull_request?.head as { sha?: string } | undefined)?.sha ?? github.context.sha;
}
