import { type Command, Option } from 'commander';
import { nonEmpty, nonEmptyRepeated } from './_flag-values.js';
import type { ValidateOptions } from '../validate/run-validate.js';

/** Registers `litellm-cdk validate <config.yaml>`. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check a config.yaml and the files it includes')
    .description(
      'Check a LiteLLM config.yaml (and the files it includes) with the schemas and cross-checks synth uses; each ' +
        'finding gives file, line, column, severity, rule id and a fix.',
    )
    .argument('<config>', 'the config file, e.g. config.yaml', nonEmpty('the path of a LiteLLM config.yaml'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--strict', 'fail on warnings too, not only on errors')
    .option('--policy [module]', 'also apply the built-in policy pack, and the pack exported by <module> when given')
    .option('--verbose', 'list info findings and suppressed findings too (they are always counted)')
    .option(
      '--env-file <file>',
      'also check the environment variables the config reads against this .env file',
      nonEmpty('the path of a .env file'),
    )
    .option('--env', "also check them against this shell's environment (with --env-file: the file's values win)")
    .option(
      '--litellm [python]',
      "also run LiteLLM's own loader on the config, with this Python or one on PATH that imports litellm",
    )
    .option(
      '--ignore <rule[=path]>',
      'suppress a rule for this run, everywhere or at a path and below (repeatable)',
      nonEmptyRepeated('<rule>[=<path>], e.g. --ignore core/unknown-key'),
    )
    .addHelpText(
      'after',
      `
Write --policy after the file name when it takes no module: validate config.yaml --policy

Findings the team accepts are suppressed in litellm-cdk.suppressions.yaml beside the config, each entry with a rule,
a reason and optionally a path (dotted, * and ** allowed) and an included file:
  suppressions:
    - rule: core/unknown-key
      path: litellm_settings.team_flag
      reason: Read by our own callback module, not by LiteLLM.
An entry that matches nothing is reported. --ignore <rule>[=<path>] does the same for one run, without a reason.

--env-file and --env add the preflight of the proxy's environment: every os.environ/NAME of the config and its
includes is set and has the shape its key needs (ports, numbers, AWS regions of the deployment's geography,
PostgreSQL and Redis URLs), Redis settings are complete, and the variables callbacks and guardrails read at
start-up are set. Findings name the variable and the YAML paths using it, never its value.

--litellm runs ProxyConfig().load_config() of the LiteLLM installed there, then a Router per deployment, on the
config (with the --env-file/--env environment, else plausible values for unset variables), and reports its verdict
and version beside ours: LiteLLM failing to load the config, or dropping a deployment, is an error. Write it after
the file name when it takes no interpreter: validate config.yaml --litellm

Exit codes: 0 no errors (warnings allowed unless --strict); 1 errors found (or warnings, with --strict); 2 usage
error, unreadable file, or a policy module that cannot be loaded.

Examples:
  $ litellm-cdk validate config.yaml
  $ litellm-cdk validate config.yaml --policy --strict
  $ litellm-cdk validate config.yaml --env-file .env.production
  $ litellm-cdk validate config.yaml --litellm .venv/bin/python
  $ litellm-cdk validate config.yaml --ignore core/unknown-key=litellm_settings.team_flag
  $ litellm-cdk validate config.yaml --format json | jq '.findings[] | select(.severity == "error")'`,
    )
    .action(async (config: string, options: ValidateOptions) => {
      // Core, zod and the checks load only now: `--help` and the other commands start without them.
      const { runValidate } = await import('../validate/run-validate.js');
      process.exitCode = await runValidate(config, options);
    });
}
