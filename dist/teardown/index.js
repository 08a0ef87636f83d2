// Entry of the teardown action; all code is in the shared bundle.
import { runNamedAction } from '../mlship/index.js';

await runNamedAction('teardown');
