// Entry of the register-model action; all code is in the shared bundle.
import { runNamedAction } from '../mlship/index.js';

await runNamedAction('register-model');
