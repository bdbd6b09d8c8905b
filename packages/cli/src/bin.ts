#!/usr/bin/env node
// The `litellm-cdk` command of an installed package: compiled JavaScript that loads only the command it runs.
// (A workspace checkout runs bin/litellm-cdk.js instead, which needs no build.)
import { runCli } from './main.js';

// exitCode, not exit(): piped stdout is flushed before the process ends.
process.exitCode = await runCli(process.argv);
