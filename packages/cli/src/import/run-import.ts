import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../exit-codes.js';
import { Printer } from '../output/printer.js';
import { writeOutputFile } from '../output/write-paths.js';
import { discoverImporters } from './discover-importers.js';
import { assertImportable, importConfig, type ImportedApp } from './import-config.js';

/** The options of `litellm-cdk import`, as commander parses them. */
export interface ImportCommandOptions {
  /** `-o, --output`: the app file to write. @default - stdout */
  readonly output?: string;
  /** `--force`: overwrite an existing output file. @default false */
  readonly force?: boolean;
}

/**
 * Runs `import` with the importers of every provider package it can load: prints the app module, or writes it to
 * `options.output` with a `main.ts` beside it (unless one exists) and prints a summary to stderr. The command loads
 * this module (and with it core) only when it runs, so that `--help` and the other commands start without it.
 * @throws `CliError` (exit code 2) when the config cannot be read or the output file exists
 */
export async function runImport(
  config: string,
  options: ImportCommandOptions,
  printer: Printer = new Printer(),
): Promise<ImportedApp> {
  // A config that cannot be imported fails before the provider packages load.
  assertImportable(config);
  // With -o, the Python modules the config names are copied beside the app, and the app reads them from there.
  const appDirectory = options.output === undefined ? undefined : path.dirname(path.resolve(options.output));
  const moduleDirectory = appDirectory === undefined ? undefined : path.relative(process.cwd(), appDirectory);
  const imported = importConfig(config, { importers: await discoverImporters(), moduleDirectory });
  if (options.output === undefined || appDirectory === undefined) {
    printer.out(imported.source.trimEnd());
    return imported;
  }
  const target = path.resolve(options.output);
  if (fs.existsSync(target) && !options.force && !fs.statSync(target).isDirectory()) {
    throw new CliError('usage', `${options.output} exists already.`, {
      hint: 'Pass --force to overwrite it, or choose another file with -o.',
    });
  }
  const copies = imported.moduleFiles.map(({ file, source }) => ({
    file,
    source,
    target: path.join(appDirectory, ...file.split('/')),
  }));
  for (const copy of copies) {
    const exists = fs.existsSync(copy.target);
    if (exists && copy.target !== copy.source && !options.force && !sameContent(copy.source, copy.target)) {
      throw new CliError(
        'usage',
        `${path.relative(process.cwd(), copy.target)} exists already, and differs from the ${copy.file} beside ${config}.`,
        {
          hint: 'Pass --force to overwrite it, or choose another directory with -o.',
        },
      );
    }
  }
  writeOutputFile(target, imported.source, '-o');
  for (const copy of copies)
    if (copy.target !== copy.source) writeOutputFile(copy.target, fs.readFileSync(copy.source, 'utf8'), '-o');
  const main = path.join(path.dirname(target), 'main.ts');
  const writeMain = main !== target && !fs.existsSync(main);
  if (writeMain) writeOutputFile(main, imported.main(path.basename(target)), '-o');
  printer.err(
    ...summaryLines(
      imported,
      options.output,
      printer,
      writeMain ? path.join(path.dirname(options.output), 'main.ts') : undefined,
    ),
  );
  return imported;
}

function sameContent(a: string, b: string): boolean {
  return fs.readFileSync(a).equals(fs.readFileSync(b));
}

function summaryLines(imported: ImportedApp, output: string, printer: Printer, main: string | undefined): string[] {
  const c = printer.errorColors;
  const lines = [
    `${c.green('✔')} Wrote ${output}: an app (${imported.functionName}) that synthesizes ${imported.files.join(', ')}.`,
  ];
  if (main) lines.push(`Wrote ${main}, which runs it: litellm-cdk synth --app 'tsx ${main}'`);
  if (imported.moduleFiles.length > 0) {
    const where = path.dirname(output) === '.' ? 'this directory' : path.dirname(output);
    lines.push(
      `Copied ${imported.moduleFiles.map((m) => m.file).join(', ')} into ${where}: the app reads ${imported.moduleFiles.length === 1 ? 'it' : 'them'} ` +
        'with CustomModule.fromFile(), relative to the directory synth runs in (this one), and synth copies them into the assembly.',
    );
  }
  if (imported.notImported.length > 0) {
    lines.push('Kept as plain deployments, because the provider constructs would write them differently:');
    for (const group of imported.notImported)
      lines.push(`  ${c.yellow(group.modelName)} (${group.importer}): ${group.reason}`);
  }
  const count = imported.acknowledgements.length;
  if (count > 0) {
    lines.push(`It acknowledges ${count === 1 ? '1 problem' : `${count} problems`} of the original:`);
    for (const ack of imported.acknowledgements) lines.push(`  ${c.yellow(ack.id)} on ${ack.construct} (${ack.file})`);
  }
  if (imported.keptIncludes.length > 0) {
    lines.push('Not imported: these include entries are kept as written, and the app does not hold their content:');
    for (const kept of imported.keptIncludes) {
      lines.push(
        `  ${c.yellow(kept.entry)} ${kept.exists ? '(exists; place it at this path next to the synthesized config)' : '(no such file)'}`,
      );
    }
  }
  return lines;
}
