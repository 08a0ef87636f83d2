import { readFileSync } from 'node:fs';
import type { Logger } from '../engine/logger.js';
import type { TargetName } from '../engine/spec.js';
import * as input from '../github/inputs.js';

export type Reporting = NonNullable<ReturnType<(typeof import('./github-report.js'))['gitHubReporting']>>;

/**
 * The GitHub reports a step was asked for (pr-comment, github-environment). The GitHub client is
 * loaded only then: a step that reports nothing starts without it.
 */
export async function reporting(logger: Logger, options: { comment: boolean }): Promise<Reporting | undefined> {
  if (!options.comment && !input.text('github-environment')) return undefined;
  return (await import('./github-report.js')).gitHubReporting(logger, options);
}

/** The commit a PR run was built from: the head commit, not the merge commit in GITHUB_SHA. */
export function builtFrom(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request?: { head?: { sha?: string } } };
    if (event.pull_request?.head?.sha) return event.pull_request.head.sha;
  } catch {
    /* no event payload */
  }
  return env.GITHUB_SHA ?? '';
}

/**
 * A page a person can open for an endpoint: its page in Azure ML studio, or the local swagger
 * (the scoring URL itself is POST-only and key-protected).
 */
export function endpointPage(
  target: TargetName,
  endpoint: string,
  swaggerUri: string | undefined,
  workspace?: { subscriptionId: string; resourceGroup: string; workspace: string },
): string | undefined {
  if (target === 'local' || !workspace) return swaggerUri;
  const wsid = `/subscriptions/${workspace.subscriptionId}/resourcegroups/${workspace.resourceGroup}/workspaces/${workspace.workspace}`;
  return `https://ml.azure.com/endpoints/realtime/${encodeURIComponent(endpoint)}/detail?wsid=${encodeURIComponent(wsid)}`;
}
