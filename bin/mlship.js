#!/usr/bin/env node
import { runCli } from '../dist/mlship/index.js';

process.exitCode = await runCli(process.argv.slice(2));
