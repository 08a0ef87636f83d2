import { readFileSync } from 'node:fs';

/**
 * The pull request a run is for: the event payload's number (pull_request and pull_request_target
 * runs, whatever ref is checked out), else the `refs/pull/N/...` ref.
 */
export function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number } };
      const number = event.pull_request?.number;
      if (Number.isInteger(number) && number! > 0) return number;
    } catch {
      /* no payload: fall back to the ref */
    }
  }
  const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Tags that say where a resource came from; teardown and the stale-preview sweep select by them.
 * Read from the variables GitHub sets on every runner; absent outside Actions.
 */
export function provenanceTags(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const tags: Record<string, string> = { 'mlship.managed': 'true' };
  if (env.GITHUB_REPOSITORY) tags['mlship.repository'] = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) tags['mlship.commit'] = env.GITHUB_SHA;
  if (env.GITHUB_RUN_ID) tags['mlship.run'] = env.GITHUB_RUN_ID;
  const pr = pullRequestNumber(env);
  if (pr) tags['mlship.pr'] = String(pr);
  return tags;
}
