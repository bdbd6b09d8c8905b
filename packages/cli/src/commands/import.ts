import type { Command } from 'commander';
import { nonEmpty } from './_flag-values.js';
import type { ImportCommandOptions } from '../import/run-import.js';

/** Registers `litellm-cdk import <config.yaml> [-o app.ts]`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .summary('write a TypeScript app from a config.yaml')
    .description(
      'Write a TypeScript app that synthesizes the given LiteLLM config.yaml (and the files it includes): model ' +
        'groups, provider constructs where they reproduce a deployment exactly, L1 constructs for the rest, ' +
        'os.environ/ references as Secret.env(), and acknowledgements for the problems the original has.',
    )
    .argument('<config>', 'the config file, e.g. config.yaml', nonEmpty('the path of a LiteLLM config.yaml'))
    .option(
      '-o, --output <file>',
      'write the app to this file instead of stdout',
      nonEmpty('the path of the app file to write, e.g. -o main.ts'),
    )
    .option('--force', 'overwrite the output file when it exists')
    .addHelpText(
      'after',
      `
Exit codes: 0 written; 2 unreadable or unparsable config, or an output file that exists (without --force).

Writes app.ts as a module exporting a function that builds the configs in an App (tests call it with
Testing.app()), and main.ts beside it, unless one exists, which runs it and synthesizes.

Examples:
  $ litellm-cdk import config.yaml -o app.ts
  $ litellm-cdk import config.yaml -o app.ts --force`,
    )
    .action(async (config: string, options: ImportCommandOptions) => {
      // Core and the code generator load only now: `--help` and the other commands start without them.
      const { runImport } = await import('../import/run-import.js');
      await runImport(config, options);
    });
}
