/**
 * One bundle serves every action: each dist/<action>/index.js is a two-line entry that calls
 * runNamedAction with its name. Each action's module is loaded on demand, so a step loads only
 * its own code and dependencies (a teardown does not compile the emulator or Azure's SDKs).
 */
const ACTIONS = {
  'register-model': () => import('./register-model/main.js'),
  'build-env': () => import('./build-env/main.js'),
  'deploy-model': () => import('./deploy-model/main.js'),
  'wait-healthy': () => import('./wait-healthy/main.js'),
  teardown: () => import('./teardown/main.js'),
  pipeline: () => import('./pipeline/main.js'),
  'score-batch': () => import('./score-batch/main.js'),
} as const;

export type ActionName = keyof typeof ACTIONS;

export async function runNamedAction(name: ActionName): Promise<void> {
  await (await ACTIONS[name]()).main();
}

/** Post steps (`runs.post` with `post-if: always()`): cleanup after a failed or cancelled run. */
const POSTS = {
  'deploy-model': () => import('./deploy-model/main.js'),
  'wait-healthy': () => import('./wait-healthy/main.js'),
  pipeline: () => import('./pipeline/main.js'),
  'score-batch': () => import('./score-batch/main.js'),
} as const;

export type PostName = keyof typeof POSTS;

export async function runNamedPost(name: PostName): Promise<void> {
  await (await POSTS[name]()).post();
}
