// Post step of the pipeline action; all code is in the shared bundle.
import { runNamedPost } from '../mlship/index.js';

await runNamedPost('pipeline');
