import type { Logger } from '../engine/logger.js';
import type { TargetName } from '../engine/spec.js';
import type { GitHubInputs } from './inputs.js';
import type { Reporting } from './github-report.js';

export { builtFrom } from '../engine/provenance.js';
export type { Reporting };

/**
 * The GitHub reports a step was asked for (pr-comment, github-environment): decided here, once.
 * The GitHub client is loaded only then: a step that reports nothing starts without it.
 */
export async function reporting(logger: Logger, github: GitHubInputs): Promise<Reporting | undefined> {
  if (!github.comment && !github.environment) return undefined;
  return (await import('./github-report.js')).gitHubReporting(logger, github);
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
