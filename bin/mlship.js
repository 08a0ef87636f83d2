#!/usr/bin/env node
// V8's compile cache (Node 22.1 and later; absent on Node 20) spares later runs compiling the bundle.
import * as nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
const { runCli } = await import('../dist/mlship/index.js');

const code = await runCli(process.argv.slice(2));
// An interrupted run has abandoned work still pending (a wait, a poll): end now, as asked.
if (code === 130) process.exit(code);
process.exitCode = code;
