import { readFileSync } from 'node:fs';
import { ConfigError } from '../engine/errors.js';
import { previewEndpointName } from '../engine/naming.js';

/** The pull request a run is for, from the event payload (or the `refs/pull/N/...` ref). */
export function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number }; number?: number };
      const number = event.pull_request?.number ?? event.number;
      if (number) return number;
    } catch {
      /* fall back to the ref */
    }
  }
  const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The preview endpoint name of this run's pull request. @throws ConfigError outside a PR run. */
export function previewName(env: NodeJS.ProcessEnv): string {
  const pr = pullRequestNumber(env);
  if (!pr || !env.GITHUB_REPOSITORY) throw new ConfigError('preview: true needs a pull_request run (no pull request number was found in the event)');
  return previewEndpointName(env.GITHUB_REPOSITORY, pr);
}
