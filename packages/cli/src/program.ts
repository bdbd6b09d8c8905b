import { Command } from 'commander';
import { colorsEnabledFor, colorsFor } from './output/colors.js';
import { CLI_VERSION } from './version.js';

type Register = (program: Command) => void;

/**
 * Every command, in the order help lists them, each loaded only when needed: a run of one command never loads the
 * modules (and dependencies, such as core and zod) of the others, which keeps start-up quick.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  synth: async () => (await import('./commands/synth.js')).registerSynth,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  import: async () => (await import('./commands/import.js')).registerImport,
  init: async () => (await import('./commands/init.js')).registerInit,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  tree: async () => (await import('./commands/tree.js')).registerTree,
};

/**
 * The `litellm-cdk` program. When `argv` names a command, only that command is registered; for `--version` none is;
 * otherwise (help, a typo that deserves a suggestion, no command) all of them are.
 *
 * Conventions every command follows: results go to stdout, diagnostics to stderr; a command that finds problems sets
 * `process.exitCode = ExitCode.Problems` (1); one that cannot run throws a `CliError` (exit code 2). Commander is set
 * to throw instead of exiting, so `runCli` maps its parse errors to 2 as well.
 */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('litellm-cdk')
    .description('Synthesize, check and compare LiteLLM proxy configs written as construct apps.')
    .version(CLI_VERSION, '--version', 'print the version')
    .helpOption('-h, --help', 'print help for a command')
    .helpCommand('help [command]', 'print help for a command')
    .option('--no-color', 'print without colours (as does NO_COLOR=1; colours are only used on a terminal)')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .configureOutput({
      getOutHasColors: () => colorsEnabledFor(process.stdout),
      getErrHasColors: () => colorsEnabledFor(process.stderr),
      outputError: (message, write) => write(colorsFor(process.stderr).red(message)),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 success; 1 problems found (validation errors, warnings under --strict, differences under
diff --fail, an output directory synth may not or cannot write); 2 the command could not run (bad flags, missing files or litellm-cdk.json, an app that crashed).

Run "litellm-cdk <command> --help" for a command's options. Docs: docs/cli.md`,
    );

  // Subcommands copy the program's settings (exitOverride, output) when they are created, so register them last.
  const named = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const all = named === undefined && argv.includes('--version') ? [] : Object.keys(COMMANDS);
  const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : all;
  const registers = await Promise.all(wanted.map((name) => COMMANDS[name]()));
  for (const register of registers) register(program);
  return program;
}
