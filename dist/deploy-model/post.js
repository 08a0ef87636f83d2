// Post step of the deploy-model action; all code is in the shared bundle.
import { runNamedPost } from '../mlship/index.js';

await runNamedPost('deploy-model');
