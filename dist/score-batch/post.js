// Post step of the score-batch action; all code is in the shared bundle.
import * as nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
const { runNamedPost } = await import('../mlship/index.js');
await runNamedPost('score-batch');
