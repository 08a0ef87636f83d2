import { main as buildEnv } from './build-env/main.js';
import { main as deployModel, post as deployModelPost } from './deploy-model/main.js';
import { main as pipeline, post as pipelinePost } from './pipeline/main.js';
import { main as registerModel } from './register-model/main.js';
import { main as teardown } from './teardown/main.js';
import { main as waitHealthy, post as waitHealthyPost } from './wait-healthy/main.js';

/**
 * One bundle serves every action: each dist/<action>/index.js is a two-line entry that calls
 * runNamedAction with its name, so the dependencies are bundled once, not six times.
 */
const ACTIONS = {
  'register-model': registerModel,
  'build-env': buildEnv,
  'deploy-model': deployModel,
  'wait-healthy': waitHealthy,
  teardown,
  pipeline,
} as const;

export type ActionName = keyof typeof ACTIONS;

export async function runNamedAction(name: ActionName): Promise<void> {
  await ACTIONS[name]();
}

/** Post steps (`runs.post` with `post-if: always()`): cleanup after a failed or cancelled run. */
const POSTS = { 'deploy-model': deployModelPost, 'wait-healthy': waitHealthyPost, pipeline: pipelinePost } as const;

export type PostName = keyof typeof POSTS;
export const ACTIONS_WITH_POST = Object.keys(POSTS) as PostName[];

export async function runNamedPost(name: PostName): Promise<void> {
  await POSTS[name]();
}
