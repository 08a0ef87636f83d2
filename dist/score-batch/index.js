// Entry of the score-batch action; all code is in the shared bundle.
import * as nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
const { runNamedAction } = await import('../mlship/index.js');
await runNamedAction('score-batch');
