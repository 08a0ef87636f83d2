import { main as buildEnv } from './build-env/main.js';
import { main as deployModel } from './deploy-model/main.js';
import { main as pipeline } from './pipeline/main.js';
import { main as registerModel } from './register-model/main.js';
import { main as teardown } from './teardown/main.js';
import { main as waitHealthy } from './wait-healthy/main.js';

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
