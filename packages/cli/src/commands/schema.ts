import * as path from 'node:path';
import { nonEmpty } from './_flag-values.js';
import type { Command } from 'commander';
import { Printer } from '../output/printer.js';
import { writeOutputFile } from '../output/write-paths.js';
import { loadCore } from '../core-module.js';

interface SchemaOptions {
  readonly output?: string;
}

/** Registers `litellm-cdk schema`. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of config.yaml')
    .description(
      "Print the JSON Schema of LiteLLM's config.yaml, generated from the zod schemas synth checks with, for editors and other tools.",
    )
    .option(
      '-o, --output <file>',
      'write the schema to a file instead of stdout',
      nonEmpty('the path of the file to write, e.g. -o litellm-config.schema.json'),
    )
    .addHelpText(
      'after',
      `
Use it in an editor with the YAML language server, on the first line of a config:
  # yaml-language-server: $schema=./litellm-config.schema.json

Examples:
  $ litellm-cdk schema -o litellm-config.schema.json
  $ litellm-cdk schema | jq '.properties | keys'`,
    )
    .action((options: SchemaOptions) => schema(options));
}

async function schema(options: SchemaOptions): Promise<void> {
  const printer = new Printer();
  // Core (and zod) load only here: the other commands start without them.
  const { configJsonSchema } = await loadCore();
  const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
  if (!options.output) {
    process.stdout.write(text);
    return;
  }
  const file = path.resolve(options.output);
  writeOutputFile(file, text, '-o');
  printer.err(printer.errorColors.green(`✔ Wrote the JSON Schema of config.yaml to ${printer.displayPath(file)}`));
}
