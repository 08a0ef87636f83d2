/**
 * Tags that say where a resource came from; teardown and the stale-preview sweep select by them.
 * Read from the variables GitHub sets on every runner; absent outside Actions.
 */
export function provenanceTags(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const tags: Record<string, string> = { 'mlship.managed': 'true' };
  if (env.GITHUB_REPOSITORY) tags['mlship.repository'] = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) tags['mlship.commit'] = env.GITHUB_SHA;
  if (env.GITHUB_RUN_ID) tags['mlship.run'] = env.GITHUB_RUN_ID;
  const pr = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  if (pr) tags['mlship.pr'] = pr[1]!;
  return tags;
}
