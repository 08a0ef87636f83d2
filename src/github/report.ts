import type { Logger } from '../engine/logger.js';
import { truncate } from '../engine/format.js';
import { formatDuration } from '../engine/duration.js';
import { isRateLimited, sameAuthor, type Octokit } from './octokit.js';
import { codeBlock, diagnosisSection, inlineCode } from './summary.js';
import type { Diagnosis } from '../engine/diagnosis.js';

export interface PreviewReport {
  endpoint: string;
  deployment: string;
  /** Healthy, Failed, ..., or "Torn down" once teardown has removed the preview. */
  state: string;
  scoringUri?: string;
  /** A page a person can open: the endpoint in Azure ML studio, or the local swagger. */
  pageUrl?: string;
  sampleResponse?: string;
  durationMs?: number;
  commit: string;
  failure?: string;
  /** Why it failed, when mlship could tell. */
  diagnosis?: Diagnosis;
  /** What it costs while it runs ("about 0.586 USD/hour"), when known. */
  cost?: string;
  /** When it goes away (the sweep's age limit, or the pull request closing). */
  removal?: string;
  /** The comment's heading: "Model preview" unless a batch preview says otherwise. */
  title?: string;
}

/** What a batch preview's comment shows: the sample job on the preview deployment. */
export interface BatchPreviewReport {
  endpoint: string;
  deployment: string;
  jobName: string;
  status: string;
  succeededItems?: number;
  failedItems?: number;
  files?: number;
  failedMiniBatches?: { id: number; files: string[]; error: string }[];
  error?: string;
  durationMs: number;
  commit: string;
}

/** The hidden marker that finds a preview's comment again on the next push. */
export function commentMarker(endpoint: string): string {
  return `<!-- mlship-preview:${endpoint} -->`;
}

/** The sticky comment's text: endpoint, state, URL, sample response, timings and the commit. */
export function previewComment(report: PreviewReport): string {
  const icon = report.state === 'Healthy' ? '✅' : report.state === 'Torn down' ? '🧹' : '❌';
  // Everything that comes from the model, Azure or the run is shown as code: a response or an error
  // text must not render headings, @-mentions or images under the bot's name.
  const rows = [
    ['endpoint', `${inlineCode(report.endpoint)} / ${inlineCode(report.deployment)}`],
    ['state', `${icon} ${report.state}`],
    ['scoring URL', report.scoringUri ? inlineCode(report.scoringUri) : '—'],
    ['page', report.pageUrl && /^https?:\/\/[^\s()<>]+$/.test(report.pageUrl) ? `[open](${report.pageUrl})` : '—'],
    ['became healthy after', report.durationMs === undefined ? '—' : formatDuration(report.durationMs)],
    ...(report.cost ? [['cost while it runs', report.cost]] : []),
    ...(report.removal ? [['removed', report.removal]] : []),
    ['built from', inlineCode(report.commit.slice(0, 12))],
  ];
  const sample = report.sampleResponse
    ? `\n<details><summary>Sample response</summary>\n\n${codeBlock(truncate(report.sampleResponse, 3000), 'json')}</details>\n`
    : '';
  const failure = `${report.failure ? `\n${codeBlock(truncate(report.failure, 1000))}` : ''}${report.diagnosis ? diagnosisSection(report.diagnosis) : ''}`;
  return `${commentMarker(report.endpoint)}\n### ${report.title ?? 'Model preview'}\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${failure}${sample}`;
}

/**
 * The sticky comment of a batch preview: the sample job's verdict, counts and first errors. It
 * shares the endpoint's marker, so teardown's "Torn down" replaces it like an online preview's.
 */
export function batchPreviewComment(report: BatchPreviewReport): string {
  const icon = report.status === 'Completed' ? '✅' : report.status === 'Canceled' ? '⏹️' : '❌';
  const items =
    report.succeededItems === undefined
      ? '—'
      : `${report.succeededItems} succeeded${report.failedItems === undefined ? '' : `, ${report.failedItems} failed`}${report.files === undefined ? '' : ` (${report.files} file(s))`}`;
  const rows = [
    ['endpoint', `${inlineCode(report.endpoint)} / ${inlineCode(report.deployment)}`],
    ['sample job', `${icon} ${report.status} (${inlineCode(report.jobName)})`],
    ['items', items],
    ['took', formatDuration(report.durationMs)],
    ['built from', inlineCode(report.commit.slice(0, 12))],
  ];
  const failure = report.error ? `\n${codeBlock(truncate(report.error, 1000))}` : '';
  const failed = (report.failedMiniBatches ?? [])
    .slice(0, 3)
    .map(
      (m) =>
        `\n<details><summary>Mini-batch ${m.id} failed (${m.files.slice(0, 3).map(inlineCode).join(', ')}${m.files.length > 3 ? ', …' : ''})</summary>\n\n${codeBlock(truncate(m.error.trim().split('\n').slice(-8).join('\n'), 1500))}</details>\n`,
    )
    .join('');
  return `${commentMarker(report.endpoint)}\n### Batch preview\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${failure}${failed}`;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Creates the preview's one comment, or updates it in place on later pushes. Only a comment that
 * carries the marker *and* was written by this token's own account is mlship's: anyone can paste
 * the marker into a comment of their own, and that one is never overwritten.
 */
export async function upsertComment(
  octokit: Octokit,
  repo: RepoRef,
  issue: number,
  options: { marker: string; body: string; author?: string },
): Promise<'created' | 'updated'> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(options.marker) && (options.author ? sameAuthor(c.user?.login, options.author) : c.user?.type === 'Bot'));
  if (mine) {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: options.body });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: options.body });
  return 'created';
}

export interface DeploymentTarget {
  /** The commit deployed (a PR's head commit). */
  ref: string;
  /** `preview/pr-<N>` for a pull request: one environment per preview. */
  environment: string;
  transient: boolean;
  logUrl?: string;
}

/** Starts a GitHub deployment for the commit and marks it in progress: the PR shows "Deploying". */
export async function startDeployment(octokit: Octokit, repo: RepoRef, target: DeploymentTarget, description: string): Promise<number> {
  const created = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: target.ref,
    environment: target.environment,
    transient_environment: target.transient,
    auto_merge: false,
    required_contexts: [],
    description: truncate(description, 140),
  });
  const id = (created.data as { id: number }).id;
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: 'in_progress',
    log_url: target.logUrl,
    description: truncate(description, 140),
  });
  return id;
}

/**
 * Ends the commit's deployment in its environment with success or failure (starting one first when
 * deploy-model did not), pointing at a page a person can open. Earlier deployments of the
 * environment become inactive.
 */
export async function finishDeployment(
  octokit: Octokit,
  repo: RepoRef,
  target: DeploymentTarget,
  outcome: { success: boolean; url?: string; description: string },
): Promise<number> {
  const existing = await octokit.rest.repos.listDeployments({ ...repo, environment: target.environment, sha: target.ref, per_page: 1 });
  const id = existing.data[0]?.id ?? (await startDeployment(octokit, repo, target, outcome.description));
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: outcome.success ? 'success' : 'failure',
    environment_url: outcome.url,
    log_url: target.logUrl,
    description: truncate(outcome.description, 140),
    auto_inactive: true,
  });
  return id;
}

/** Marks every deployment of an environment inactive: the preview is gone, and GitHub should say so. */
export async function deactivateEnvironment(octokit: Octokit, repo: RepoRef, environment: string, logUrl?: string): Promise<number> {
  const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
  for (const deployment of deployments) {
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deployment.id, state: 'inactive', log_url: logUrl, description: 'torn down' });
  }
  return deployments.length;
}

/**
 * Runs a GitHub report step; a failure is a warning, never a failed deployment. A rate limit is
 * reported as one (after the client's retries), a 403 otherwise as a missing permission.
 */
export async function bestEffort(logger: Logger, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const status = (err as { status?: number }).status;
    const why = isRateLimited(err)
      ? "GitHub's rate limit was reached, and stayed so after retries; the report is skipped this time."
      : status === 403
        ? 'The token lacks permission (pull-requests: write / deployments: write), as on pull requests from forks.'
        : '';
    logger.warn(`could not ${what}${status ? ` (GitHub answered ${status})` : ''}: ${(err as Error).message.split('\n')[0]}. ${why}`);
  }
}
