import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { Printer } from '../output/printer.js';
import { applySuppressions } from '../suppressions/apply-suppressions.js';
import { parseIgnoreFlags, readSuppressionsFile } from '../suppressions/suppressions-file.js';
import { formatValidationText, validationJson } from './format-findings.js';
import { findLiteLLMPython } from '../litellm/find-python.js';
import { type LiteLLMVerdict, runLiteLLMCheck, verdictFindings, verdictLine } from '../litellm/litellm-check.js';
import { litellmEnvironment } from '../litellm/litellm-environment.js';
import { environmentCheck, environmentOf } from './environment-check.js';
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
  /** `--env-file <file>`: check the variables the config reads against this `.env` file. @default - no preflight */
  readonly envFile?: string;
  /** `--env`: check them against this process's environment. @default false */
  readonly env?: boolean;
  /** `--litellm [python]`: also run LiteLLM's own loader (`true`: a Python on PATH that imports litellm). @default - not run */
  readonly litellm?: boolean | string;
}

/**
 * Runs `validate` and returns its exit code: 1 when a finding fails the check, 0 otherwise. The command loads this
 * module (and with it core and zod) only when it runs, so that `--help` and the other commands start without them.
 * @throws `CliError` (exit code 2) when the file cannot be read or the policy module cannot be loaded
 */
export async function runValidate(
  config: string,
  options: ValidateOptions,
  printer: Printer = new Printer(),
): Promise<ExitCodeValue> {
  assertReadableFile(config);
  const policyModule = typeof options.policy === 'string' ? options.policy : undefined;
  const checks: DocumentCheck[] = options.policy ? [await policyCheck(policyModule)] : [];
  const environment = await environmentOf(options);
  if (environment) checks.push(await environmentCheck(environment));
  let verdict: LiteLLMVerdict | undefined;
  if (options.litellm !== undefined && options.litellm !== false) {
    const python = findLiteLLMPython(typeof options.litellm === 'string' ? options.litellm : undefined);
    checks.push(async (files) => {
      const env = await litellmEnvironment(files.mainDocument, files.includedDocuments, environment);
      verdict = runLiteLLMCheck(python, files.main.absolutePath, env);
      return verdictFindings(verdict, files.mainDocument, files.includedDocuments);
    });
  }
  const suppressions = [...readSuppressionsFile(config), ...parseIgnoreFlags(options.ignore ?? [])];
  const strict = options.strict ?? false;
  const validation = applySuppressions(await validateConfigFiles(config, { strict, checks }), suppressions, {
    configDirectory: path.dirname(path.resolve(config)),
    strict,
  });
  for (const unused of validation.unusedIgnores)
    printer.err(printer.errorColors.yellow(`warning: --ignore ${unused} matched no finding.`));
  if (options.format === 'json')
    printer.json(verdict ? { ...validationJson(validation), litellm: verdict } : validationJson(validation));
  else {
    printer.out(...formatValidationText(validation, printer.colors, options));
    if (verdict) printer.out(verdictLine(verdict));
  }
  return validation.summary.failed ? ExitCode.Problems : ExitCode.Success;
}

function assertReadableFile(config: string): void {
  const absolute = path.resolve(config);
  if (!fs.existsSync(absolute)) {
    throw new CliError('usage', `Config file '${config}' does not exist.`, {
      hint: 'Pass the path of a LiteLLM config.yaml.',
    });
  }
  if (!fs.statSync(absolute).isFile()) {
    throw new CliError('usage', `'${config}' is not a file.`, { hint: 'Pass the path of a LiteLLM config.yaml.' });
  }
}
