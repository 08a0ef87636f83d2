import * as github from '@actions/github';
import type { Logger } from '../engine/logger.js';
import { truncate } from '../engine/format.js';
import { formatDuration } from '../engine/duration.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface PreviewReport {
  endpoint: string;
  deployment: string;
  state: string;
  scoringUri?: string;
  sampleResponse?: string;
  durationMs: number;
  commit: string;
  failure?: string;
}

/** The hidden marker that finds a preview's comment again on the next push. */
export function commentMarker(endpoint: string): string {
  return `<!-- mlship-preview:${endpoint} -->`;
}

/** The sticky comment's text: endpoint, state, URL, sample response, timings and the commit. */
export function previewComment(report: PreviewReport): string {
  const icon = report.state === 'Healthy' ? '✅' : '❌';
  const rows = [
    ['endpoint', `\`${report.endpoint}\` / \`${report.deployment}\``],
    ['state', `${icon} ${report.state}`],
    ['scoring URL', report.scoringUri ? `\`${report.scoringUri}\`` : '—'],
    ['became healthy after', formatDuration(report.durationMs)],
    ['built from', `\`${report.commit.slice(0, 12)}\``],
  ];
  const sample = report.sampleResponse
    ? `\n<details><summary>Sample response</summary>\n\n\`\`\`json\n${truncate(report.sampleResponse, 3000)}\n\`\`\`\n</details>\n`
    : '';
  const failure = report.failure ? `\n> ${truncate(report.failure, 1000).replace(/\n/g, '\n> ')}\n` : '';
  return `${commentMarker(report.endpoint)}\n### Model preview\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n${failure}${sample}`;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Creates the preview's one comment, or updates it in place on later pushes. */
export async function upsertComment(octokit: Octokit, repo: RepoRef, issue: number, marker: string, body: string): Promise<'created' | 'updated'> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(marker));
  if (mine) {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
  return 'created';
}

/** A GitHub deployment for the commit with a status pointing at the scoring URL, so the PR shows it. */
export async function recordDeployment(
  octokit: Octokit,
  repo: RepoRef,
  options: { ref: string; environment: string; transient: boolean; success: boolean; url?: string; logUrl?: string; description: string },
): Promise<number> {
  const created = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: options.ref,
    environment: options.environment,
    transient_environment: options.transient,
    auto_merge: false,
    required_contexts: [],
    description: truncate(options.description, 140),
  });
  const id = (created.data as { id: number }).id;
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: options.success ? 'success' : 'failure',
    environment_url: options.url,
    log_url: options.logUrl,
    description: truncate(options.description, 140),
    auto_inactive: true,
  });
  return id;
}

/** Runs a GitHub report step; a fork's read-only token (403) becomes a warning, not a failure. */
export async function bestEffort(logger: Logger, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const status = (err as { status?: number }).status;
    logger.warn(
      `could not ${what}${status ? ` (GitHub answered ${status})` : ''}: ${(err as Error).message.split('\n')[0]}. ${status === 403 ? 'The token lacks permission (pull-requests: write / deployments: write), as on pull requests from forks.' : ''}`,
    );
  }
}
