// Entry of the pipeline action; all code is in the shared bundle.
import { runNamedAction } from '../mlship/index.js';

await runNamedAction('pipeline');
