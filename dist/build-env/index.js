// Entry of the build-env action; all code is in the shared bundle.
import { runNamedAction } from '../mlship/index.js';

await runNamedAction('build-env');
