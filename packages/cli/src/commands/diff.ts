import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { isAssemblyDirectory, readAssembly, type AssemblyOnDisk } from '../documents/read-assembly.js';
import { diffConfig, hasDifferences } from '../diff/diff-config.js';
import { assemblyPairs, filePair, type DiffInput } from '../diff/diff-inputs.js';
import { renderDiff } from '../diff/render-diff.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { findingsOf, printSynthesisFailure } from '../output/findings.js';
import { printJsonError } from '../output/json-error.js';
import { JSON_OUTPUT_VERSION, type DiffJson } from '../output/json-shapes.js';
import { Printer } from '../output/printer.js';
import { PhaseProgress } from '../synth/phase-progress.js';
import { withTemporarySynthesis } from '../synth/synthesize-project.js';
import { nonEmpty } from './_flag-values.js';
import { appOptions, projectFromOptions, type AppOptions } from './_app-options.js';

interface DiffOptions extends AppOptions {
  readonly against?: string;
  readonly config?: string;
  readonly fail?: boolean;
  readonly json?: boolean;
}

/** Registers `litellm-cdk diff`. */
export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .summary('compare a fresh synth with the current output')
    .description('Compare a fresh synth with the current output directory, a config .yaml file, or another assembly.')
    .option(
      '--against <path>',
      'a config .yaml file or an assembly directory to compare with (default: the output directory of litellm-cdk.json)',
      nonEmpty('a config .yaml file or an assembly directory'),
    )
    .option(
      '--config <name>',
      'compare only this config (file name like prod.yaml, or construct path)',
      nonEmpty('a config file name (prod.yaml) or construct path (prod)'),
    )
    .option('--fail', 'exit with code 1 when anything differs (for CI drift checks)')
    .option('--json', 'print the differences as one JSON object');
  appOptions(command)
    .addHelpText(
      'after',
      `
The app is synthesized into a temporary directory; the current output is never overwritten. Reported: groups
added/removed, deployments added/removed/changed (with the changed keys and values), settings changed per section
key, and environment variables added/removed; each config's heading and the last line count them. Deployments are
matched by model_info.id when both sides have one, else by group, model, region, api_base and credential
references. A config .yaml given to --against is compared with its includes merged in, as LiteLLM loads it.

Exit codes: 0 compared (1 with --fail when anything differs); 1 the app failed validation; 2 usage error, missing
litellm-cdk.json, or an app that crashed.

Examples:
  $ litellm-cdk diff
  $ litellm-cdk diff --against deploy/config.yaml --fail
  $ litellm-cdk diff --json | jq '.configs[].deployments.changed'`,
    )
    .action((options: DiffOptions) => diff(options));
}

async function diff(options: DiffOptions): Promise<void> {
  const printer = new Printer();
  let against: DiffJson['against'] = { kind: 'none', path: '' };
  const document = (fields: Partial<DiffJson>): DiffJson => ({
    version: JSON_OUTPUT_VERSION,
    command: 'diff',
    conclusion: 'identical',
    against,
    configs: [],
    findings: [],
    ...fields,
  });
  await printJsonError(
    printer,
    options.json,
    (error) => document({ conclusion: 'error', error }),
    async () => {
      const project = projectFromOptions(options);
      const target = path.resolve(options.against ?? project.output);
      against = { kind: kindOf(target, options.against !== undefined), path: target };
      // Read the current side first: a bad --against fails before the app runs.
      const before = against.kind === 'assembly' ? readAssembly(target) : undefined;

      await withTemporarySynthesis(
        { project, printer, progress: new PhaseProgress(process.stderr, !options.json) },
        (synthesis) => {
          if (synthesis.kind === 'failed') {
            process.exitCode = ExitCode.Problems;
            if (options.json) printer.json(document({ conclusion: 'failed', findings: findingsOf(synthesis.report) }));
            else printSynthesisFailure(printer, synthesis.report);
            return;
          }
          const inputs = pairsOf(against.kind, target, before, synthesis.assembly, options.config);
          const configs = inputs.map((input) => diffConfig(input.file, input.before, input.after));
          const different = configs.some(hasDifferences);
          if (different && options.fail) process.exitCode = ExitCode.Problems;
          const result = document({ conclusion: different ? 'different' : 'identical', configs });
          if (options.json) printer.json(result);
          else printer.out(...renderDiff(result, againstLabel(against, options.against, printer), printer.colors));
        },
      );
    },
  );
}

function kindOf(target: string, explicit: boolean): DiffJson['against']['kind'] {
  if (!fs.existsSync(target)) {
    if (explicit) throw new CliError('usage', `--against ${target}: no such file or directory.`);
    return 'none';
  }
  if (fs.statSync(target).isDirectory()) {
    if (isAssemblyDirectory(target) || explicit) return 'assembly';
    throw new CliError(
      'usage',
      `The output directory ${target} is not a litellm-cdk assembly (it has no manifest.json).`,
      {
        hint: 'Pass --against <config.yaml | assembly directory>, or fix "output" in litellm-cdk.json.',
      },
    );
  }
  return 'file';
}

function pairsOf(
  kind: DiffJson['against']['kind'],
  target: string,
  before: AssemblyOnDisk | undefined,
  after: AssemblyOnDisk,
  config?: string,
): DiffInput[] {
  return kind === 'file' ? [filePair(target, after, config)] : assemblyPairs(before, after, config);
}

/** What the fresh synth is compared with: `--against` as typed, else the output directory. */
function againstLabel(against: DiffJson['against'], typed: string | undefined, printer: Printer): string {
  if (against.kind === 'none') return `${printer.displayPath(against.path)} (not synthesized yet: everything is new)`;
  return typed ?? printer.displayPath(against.path);
}
