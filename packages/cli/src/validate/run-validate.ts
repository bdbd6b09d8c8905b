import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { Printer } from '../output/printer.js';
import { applySuppressions } from '../suppressions/apply-suppressions.js';
import { parseIgnoreFlags, readSuppressionsFile } from '../suppressions/suppressions-file.js';
import { formatValidationText, validationJson } from './format-findings.js';
import { policyCheck } from './policy-check.js';
import { type DocumentCheck, validateConfigFiles } from './validate-config-files.js';

/** The options of `litellm-cdk validate`, as commander parses them. */
export interface ValidateOptions {
  /** `--format`: `text` (compiler-style lines) or `json`. */
  readonly format: 'text' | 'json';
  /** `--strict`: warnings fail the check. @default false */
  readonly strict?: boolean;
  /** `--policy [module]`: `true` for the built-in pack only, a module path to add that pack. @default - no policy */
  readonly policy?: boolean | string;
  /** `--verbose`: list info and suppressed findings too. @default false */
  readonly verbose?: boolean;
  /** `--ignore <rule>[=<path>]`, repeatable: suppress findings for this run. @default - none */
  readonly ignore?: readonly string[];
}

/**
 * Runs `validate` and returns its exit code: 1 when a finding fails the check, 0 otherwise. The command loads this
 * module (and with it core and zod) only when it runs, so that `--help` and the other commands start without them.
 * @throws `CliError` (exit code 2) when the file cannot be read or the policy module cannot be loaded
 */
export async function runValidate(config: string, options: ValidateOptions, printer: Printer = new Printer()): Promise<ExitCodeValue> {
  assertReadableFile(config);
  const policyModule = typeof options.policy === 'string' ? options.policy : undefined;
  const checks: DocumentCheck[] = options.policy ? [await policyCheck(policyModule)] : [];
  const suppressions = [...readSuppressionsFile(config), ...parseIgnoreFlags(options.ignore ?? [])];
  const strict = options.strict ?? false;
  const validation = applySuppressions(await validateConfigFiles(config, { strict, checks }), suppressions, {
    configDirectory: path.dirname(path.resolve(config)),
    strict,
  });
  for (const unused of validation.unusedIgnores) printer.err(printer.errorColors.yellow(`warning: --ignore ${unused} matched no finding.`));
  if (options.format === 'json') printer.json(validationJson(validation));
  else printer.out(...formatValidationText(validation, printer.colors, options));
  return validation.summary.failed ? ExitCode.Problems : ExitCode.Success;
}

function assertReadableFile(config: string): void {
  const absolute = path.resolve(config);
  if (!fs.existsSync(absolute)) {
    throw new CliError('usage', `Config file '${config}' does not exist.`, { hint: 'Pass the path of a LiteLLM config.yaml.' });
  }
  if (!fs.statSync(absolute).isFile()) {
    throw new CliError('usage', `'${config}' is not a file.`, { hint: 'Pass the path of a LiteLLM config.yaml.' });
  }
}
