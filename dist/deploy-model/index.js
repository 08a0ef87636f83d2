// Entry of the deploy-model action; all code is in the shared bundle.
import { runNamedAction } from '../mlship/index.js';

await runNamedAction('deploy-model');
