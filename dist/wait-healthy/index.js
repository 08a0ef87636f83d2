// Entry of the wait-healthy action; all code is in the shared bundle.
import { runNamedAction } from '../mlship/index.js';

await runNamedAction('wait-healthy');
