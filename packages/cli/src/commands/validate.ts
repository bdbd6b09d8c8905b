import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Command, Option } from 'commander';
import { CliError, ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { Printer } from '../output/printer.js';
import { formatValidationText, validationJson } from '../validate/format-findings.js';
import { policyCheck } from '../validate/policy-check.js';
import { type DocumentCheck, validateConfigFiles } from '../validate/validate-config-files.js';

/** The options of `litellm-cdk validate`, as commander parses them. */
export interface ValidateOptions {
  /** `--format`: `text` (compiler-style lines) or `json`. */
  readonly format: 'text' | 'json';
  /** `--strict`: warnings fail the check. */
  readonly strict?: boolean;
  /** `--policy [module]`: `true` for the built-in pack only, a module path to add that pack. */
  readonly policy?: boolean | string;
  /** `--verbose`: list info findings too. */
  readonly verbose?: boolean;
}

/** Registers `litellm-cdk validate <config.yaml>`. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'Check a LiteLLM config.yaml (and the files it includes) with the schemas and cross-checks synth uses; each ' +
        'finding gives file, line, column, severity, rule id and a fix.',
    )
    .argument('<config>', 'the config file, e.g. config.yaml')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--strict', 'fail on warnings too, not only on errors')
    .option('--policy [module]', 'also apply the built-in policy pack, and the pack exported by <module> when given')
    .option('--verbose', 'list info findings too (they are always counted)')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (warnings allowed unless --strict), 1 errors found (or warnings, with --strict), 2 usage error or unreadable file.\n' +
        'Write --policy after the file name when it takes no module: validate config.yaml --policy',
    )
    .action(async (config: string, options: ValidateOptions) => {
      process.exitCode = await runValidate(config, options);
    });
}

/**
 * Runs `validate` and returns its exit code: 1 when a finding fails the check, 0 otherwise.
 * @throws `CliError` (exit code 2) when the file cannot be read or the policy module cannot be loaded
 */
export async function runValidate(config: string, options: ValidateOptions, printer: Printer = new Printer()): Promise<ExitCodeValue> {
  assertReadableFile(config);
  const policyModule = typeof options.policy === 'string' ? options.policy : undefined;
  const checks: DocumentCheck[] = options.policy ? [await policyCheck(policyModule)] : [];
  const validation = await validateConfigFiles(config, { strict: options.strict ?? false, checks });
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
