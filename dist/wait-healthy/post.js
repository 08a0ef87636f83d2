// Post step of the wait-healthy action; all code is in the shared bundle.
import { runNamedPost } from '../mlship/index.js';

await runNamedPost('wait-healthy');
