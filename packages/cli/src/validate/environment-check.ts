import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Environment } from '@litellm-cdk/core';
import { CliError } from '../exit-codes.js';
import type { DocumentCheck } from './validate-config-files.js';
import { loadCore } from '../core-module.js';

/** Where the preflight's variables come from: `--env` (the process environment) and/or `--env-file`. */
export interface EnvironmentSource {
  /** `--env-file <file>`: a `.env` file; its variables win over the process environment's when both are given. */
  readonly envFile?: string;
  /** `--env`: the environment of this process. */
  readonly env?: boolean;
}

/**
 * The environment to check, or `undefined` when neither flag is given.
 * @throws `CliError` (exit code 2) when the `.env` file cannot be read
 */
export async function environmentOf(source: EnvironmentSource): Promise<Environment | undefined> {
  if (source.envFile === undefined && !source.env) return undefined;
  const { readEnvFile } = await loadCore();
  let fromFile: Record<string, string> = {};
  if (source.envFile !== undefined) {
    const file = path.resolve(source.envFile);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new CliError('usage', `Environment file '${source.envFile}' does not exist.`, {
        hint: "Pass the .env file the proxy will run with, or --env for this shell's environment.",
      });
    }
    fromFile = readEnvFile(file);
  }
  return { ...(source.env ? process.env : {}), ...fromFile };
}

/** The preflight as a check of the files: core's `checkEnvironment` on the main config and its includes. */
export async function environmentCheck(env: Environment): Promise<DocumentCheck> {
  const { checkEnvironment } = await loadCore();
  return (files) => checkEnvironment(files.mainDocument, { includes: files.includedDocuments, env });
}
