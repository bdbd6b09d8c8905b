import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { Printer } from '../output/printer.js';
import { importConfig, type ImportedApp } from '../import/import-config.js';

/** The options of `litellm-cdk import`, as commander parses them. */
export interface ImportCommandOptions {
  /** `-o, --output`: the app file to write; stdout without it. */
  readonly output?: string;
  /** `--force`: overwrite an existing output file. */
  readonly force?: boolean;
}

/** Registers `litellm-cdk import <config.yaml> [-o app.ts]`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Write a TypeScript app that synthesizes the given LiteLLM config.yaml (and the files it includes): model ' +
        'groups, provider constructs where they reproduce a deployment exactly, L1 constructs for the rest, ' +
        'os.environ/ references as Secret.env(), and acknowledgements for the problems the original has.',
    )
    .argument('<config>', 'the config file, e.g. config.yaml')
    .option('-o, --output <file>', 'write the app to this file instead of stdout')
    .option('--force', 'overwrite the output file when it exists')
    .addHelpText('after', '\nExit codes: 0 written, 2 unreadable or unparsable config, or an output file that exists (without --force).')
    .action((config: string, options: ImportCommandOptions) => {
      runImport(config, options);
    });
}

/**
 * Runs `import`: prints the app, or writes it to `options.output` and prints a summary to stderr.
 * @throws `CliError` (exit code 2) when the config cannot be read or the output file exists
 */
export function runImport(config: string, options: ImportCommandOptions, printer: Printer = new Printer()): ImportedApp {
  const imported = importConfig(config);
  if (options.output === undefined) {
    printer.out(imported.source.trimEnd());
    return imported;
  }
  const target = path.resolve(options.output);
  if (fs.existsSync(target) && !options.force) {
    throw new CliError('usage', `${options.output} exists already.`, { hint: 'Pass --force to overwrite it, or choose another file with -o.' });
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, imported.source);
  printer.err(...summaryLines(imported, options.output, printer));
  return imported;
}

function summaryLines(imported: ImportedApp, output: string, printer: Printer): string[] {
  const c = printer.errorColors;
  const lines = [`${c.green('✔')} Wrote ${output}: an app that synthesizes ${imported.files.join(', ')}.`];
  const count = imported.acknowledgements.length;
  if (count > 0) {
    lines.push(`It acknowledges ${count === 1 ? '1 problem' : `${count} problems`} of the original:`);
    for (const ack of imported.acknowledgements) lines.push(`  ${c.yellow(ack.id)} on ${ack.construct} (${ack.file})`);
  }
  return lines;
}
