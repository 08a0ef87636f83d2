/** Entry of the one shared bundle (dist/mlship/index.js): the actions and the CLI. */
export { runNamedAction, runNamedPost } from './actions/index.js';
export { runCli } from './cli/main.js';
