#!/usr/bin/env node
// V8's compile cache (Node 22.1 and later; absent on Node 20) spares later runs compiling the bundle.
import * as nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
const { runCli } = await import('../dist/mlship/index.js');

process.exitCode = await runCli(process.argv.slice(2));
