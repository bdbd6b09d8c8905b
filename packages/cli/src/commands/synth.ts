import type { Command } from 'commander';
import { nonEmpty } from './_flag-values.js';
import type { AssemblyVerdict } from '../litellm/check-assembly.js';
import type { ValidationReport } from '@litellm-cdk/core';
import { CliError, ExitCode } from '../exit-codes.js';
import { renderAcknowledgedGroups } from '../output/acknowledged-findings.js';
import { findingsOf, renderFindingsTable } from '../output/findings.js';
import { JSON_OUTPUT_VERSION, type SynthJson } from '../output/json-shapes.js';
import { printJsonError } from '../output/json-error.js';
import { Printer } from '../output/printer.js';
import { appOptions, projectFromOptions, type AppOptions } from './_app-options.js';
import { otherAssemblyFiles, renderConfigSummaries, summarizeConfigs } from '../synth/config-summary.js';
import { checkOutputDirectory, type OutputDirectoryState } from '../synth/output-directory.js';
import { formatPhaseTimings, PhaseProgress } from '../synth/phase-progress.js';
import { prepareApp } from '../synth/run-app.js';
import { synthesizeProject } from '../synth/synthesize-project.js';

interface SynthOptions extends AppOptions {
  readonly litellm?: boolean | string;
  readonly output?: string;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly json?: boolean;
  readonly verbose?: boolean;
  readonly watch?: boolean;
}

const EMPTY_SUMMARY: ValidationReport['summary'] = { errors: 0, warnings: 0, info: 0, acknowledged: 0 };

/** Registers `litellm-cdk synth`. */
export function registerSynth(program: Command): void {
  const command = program
    .command('synth')
    .summary('run the app and write its config files')
    .description(
      "Run the app and write its assembly: each config's YAML and .env.example, manifest.json, tree.json and " +
        'validation-report.json. Prints a summary per config, a table of errors and warnings, and one line per ' +
        'group of acknowledged findings (same rule, acknowledging construct and reason).',
    )
    .option(
      '-o, --output <dir>',
      'output directory (overrides litellm-cdk.json\'s "output")',
      nonEmpty('a directory, e.g. --output litellm.out'),
    )
    .option('--strict', 'fail on warnings that are not acknowledged')
    .option('-q, --quiet', 'print only problems (errors and unacknowledged warnings)')
    .option(
      '--verbose',
      'list acknowledged findings one by one (with their reasons) and info findings, and the time of each phase',
    )
    .option('--json', 'print one JSON object (configs, findings, conclusion) instead of text')
    .option('-w, --watch', 'synthesize again whenever a file of the app changes, printing what changed (Ctrl-C stops)')
    .option(
      '--litellm [python]',
      "then run LiteLLM's own loader on each written config, with this Python or one on PATH that imports litellm",
    );
  appOptions(command)
    .addHelpText(
      'after',
      `
--litellm runs LiteLLM's ProxyConfig().load_config() and a Router per deployment on each written config that no
other includes, with plausible values for its variables (docs/cli.md shows the calls). The assembly is written
first; LiteLLM failing to load a config, or dropping a deployment, then exits 1.

Exit codes: 0 written; 1 validation failed, LiteLLM (with --litellm) could not load a written config, or the output directory is not synth's to replace or cannot be
written (nothing written, the previous output is left as it was); 2 usage error, missing litellm-cdk.json, or an app that crashed (its output is shown).

Examples:
  $ litellm-cdk synth
  $ litellm-cdk synth --strict --quiet
  $ litellm-cdk synth --verbose
  $ litellm-cdk synth --watch
  $ litellm-cdk synth --json | jq '.configs[].environmentVariables'`,
    )
    .action((options: SynthOptions) => synth(options));
}

async function synth(options: SynthOptions): Promise<void> {
  const printer = new Printer();
  const strict = options.strict ?? false;
  let outdir = '';
  const run = () =>
    printJsonError(
      printer,
      options.json,
      (error): SynthJson => ({ ...base(outdir, strict), conclusion: 'error', error }),
      async () => {
        if (options.watch && options.json)
          throw new CliError(
            'usage',
            '--watch cannot be combined with --json: watch mode prints a diff after each change.',
          );
        const project = projectFromOptions(options, { output: options.output });
        outdir = project.output;
        await prepareApp(project);
        const outputState = await checkOutputDirectory(
          outdir,
          options.output === undefined ? 'litellm-cdk.json' : '--output',
        );
        // Find the interpreter before the app runs, so that a missing LiteLLM fails fast.
        const python =
          options.litellm === undefined || options.litellm === false
            ? undefined
            : (await import('../litellm/find-python.js')).findLiteLLMPython(
                typeof options.litellm === 'string' ? options.litellm : undefined,
              );
        const started = performance.now();
        // A live line of the running phase on a terminal; nothing on a pipe or when stdout is one JSON document.
        const progress = new PhaseProgress(process.stderr, !options.json && !options.quiet);
        const synthesis = await synthesizeProject({ project, outdir, strict, printer, progress });
        const timings = progress.finish();
        const report = synthesis.kind === 'failed' ? synthesis.report : synthesis.assembly.report;
        const findings = report ? findingsOf(report) : [];
        // --quiet prints no summary, and so does not read the configs back.
        const summarized = synthesis.kind === 'synthesized' && (options.json || !options.quiet);
        const configs = summarized ? await summarizeConfigs(synthesis.assembly) : [];
        const result: SynthJson = {
          ...base(outdir, report?.strict ?? strict),
          conclusion: synthesis.kind === 'failed' ? 'failed' : 'passed',
          configs,
          findings,
          summary: report?.summary ?? EMPTY_SUMMARY,
        };
        if (synthesis.kind === 'failed') process.exitCode = ExitCode.Problems;
        const litellm =
          python && synthesis.kind === 'synthesized'
            ? await (await import('../litellm/check-assembly.js')).checkAssemblyWithLiteLLM(synthesis.assembly, python)
            : undefined;
        if (litellm?.some((v) => v.findings.length > 0)) process.exitCode = ExitCode.Problems;

        if (options.json)
          printer.json(
            litellm
              ? { ...result, litellm: litellm.map(({ file, verdict, findings }) => ({ file, ...verdict, findings })) }
              : result,
          );
        else if (options.quiet) printQuiet(printer, result);
        else {
          const otherFiles = synthesis.kind === 'synthesized' ? otherAssemblyFiles(synthesis.assembly) : [];
          printSummary(printer, result, {
            durationMs: performance.now() - started,
            verbose: options.verbose ?? false,
            outputState,
            otherFiles,
          });
        }
        if (litellm && !options.json) printLiteLLMVerdicts(printer, litellm, printer.displayPath(outdir));
        if (options.verbose && !options.json && timings.length > 0)
          printer.out(printer.colors.dim(`Phases: ${formatPhaseTimings(timings)}.`));
      },
    );
  if (!options.watch || options.json) return run();
  // Each synth of watch mode runs the app afresh in its own process: imported again in this one, the app's modules
  // would come from the module cache, unchanged.
  process.env.LITELLM_CDK_APP_PROCESS = 'separate';
  const { reportBrokenApp, watchAndSynthesize } = await import('../watch/watch-synth.js');
  try {
    await run();
  } catch (error) {
    // An app that crashes at the start is watched all the same: the next save may fix it.
    if (!CliError.isCliError(error) || (error.kind !== 'app-crash' && error.kind !== 'no-output')) throw error;
    reportBrokenApp(printer, error, outdir);
  }
  await watchAndSynthesize({
    project: () => projectFromOptions(options, { output: options.output }),
    outdir,
    strict,
    printer,
  });
}

/** LiteLLM's verdict on each config, and each of its findings, after synth's own summary. */
function printLiteLLMVerdicts(printer: Printer, verdicts: readonly AssemblyVerdict[], where: string): void {
  for (const { file, verdict, findings } of verdicts) {
    const c = printer.colors;
    const line =
      verdict.status === 'load-failed'
        ? `fails to load it in ${verdict.stage}`
        : `loads it with ${verdict.loaded} of its ${verdict.configured} deployments`;
    const mark = findings.length > 0 ? c.red('✖') : c.green('✔');
    printer.out(
      `${mark} LiteLLM ${verdict.version ?? '(unknown version)'} (${verdict.python}) on ${where}/${file}: ${line}.`,
    );
    for (const finding of findings) {
      printer.out(
        `  ${c.red('error')} ${c.dim(finding.id)} ${finding.file ? `${finding.file}: ` : ''}${finding.message}`,
      );
    }
  }
  if (verdicts.some((v) => v.findings.length > 0))
    printer.out(`The assembly in ${where} was written; the proxy would not start with it as LiteLLM says above.`);
}

function base(outdir: string, strict: boolean): SynthJson {
  return {
    version: JSON_OUTPUT_VERSION,
    command: 'synth',
    conclusion: 'passed',
    strict,
    outdir,
    configs: [],
    findings: [],
    summary: EMPTY_SUMMARY,
  };
}

/**
 * The summary: per config its file, groups, deployments, providers and variables; then every unacknowledged error
 * and warning in full; then the acknowledged findings, one line per (rule, acknowledging construct, reason) group, or
 * one table row each under `--verbose`.
 */
function printSummary(
  printer: Printer,
  result: SynthJson,
  options: {
    readonly durationMs: number;
    readonly verbose: boolean;
    readonly outputState: OutputDirectoryState;
    readonly otherFiles: readonly string[];
  },
): void {
  const c = printer.colors;
  const where = printer.displayPath(result.outdir);
  const findings = [
    renderFindingsTable(result.findings, printer, { acknowledged: options.verbose, info: options.verbose }),
    options.verbose ? undefined : renderAcknowledgedGroups(result.findings, printer),
  ].filter((block): block is string => block !== undefined);
  if (result.conclusion === 'failed') {
    const untouched = options.outputState === 'absent' ? 'was not created' : 'is unchanged';
    printer.out(
      c.red(
        `✖ Synthesis failed${result.strict ? ' (strict)' : ''}: ${blockingCounts(result)}. Nothing was written; ${where} ${untouched}.`,
      ),
    );
    for (const block of findings) printer.out('', block);
    return;
  }
  const configs = result.configs.length;
  printer.out(
    c.green(
      `✔ Synthesized ${configs} config${configs === 1 ? '' : 's'} to ${where} in ${(options.durationMs / 1000).toFixed(1)}s`,
    ),
    '',
  );
  if (configs > 0) printer.out(renderConfigSummaries(result.configs, where, printer), '');
  if (options.otherFiles.length > 0)
    printer.out(`Also wrote ${options.otherFiles.map((file) => `${where}/${file}`).join(', ')}.`, '');
  for (const block of findings) printer.out(block, '');
  printer.out(footer(result, where, options.verbose));
}

/** Only problems: the unacknowledged errors and warnings, and the verdict when synth failed. */
function printQuiet(printer: Printer, result: SynthJson): void {
  const table = renderFindingsTable(result.findings, printer, { acknowledged: false });
  if (result.conclusion === 'failed') {
    printer.out(
      printer.colors.red(
        `✖ Synthesis failed${result.strict ? ' (strict)' : ''}: ${blockingCounts(result)}. Nothing was written.`,
      ),
    );
    if (table) printer.out('');
  }
  if (table) printer.out(table);
}

/**
 * One sentence under the summary: the counts of unacknowledged errors and warnings and of acknowledged findings, and
 * what `--verbose` would add (each acknowledged finding on its own row, the info findings).
 */
function footer(result: SynthJson, where: string, verbose: boolean): string {
  const { errors, warnings, info, acknowledged } = result.summary;
  const counts = [
    count(errors, 'error'),
    count(warnings, 'warning'),
    count(acknowledged, 'acknowledged finding'),
  ].filter(Boolean);
  const clauses = [counts.length === 0 ? 'No errors or warnings' : `Found ${joinWords(counts)}`];
  if (verbose) {
    if (info > 0) clauses.push(`${count(info, 'info finding')} listed above`);
  } else {
    const hidden = [
      acknowledged > 1 ? 'each acknowledged finding on its own row' : '',
      info > 0 ? count(info, 'info finding') : '',
    ].filter(Boolean);
    if (hidden.length > 0) clauses.push(`--verbose also lists ${joinWords(hidden)}`);
  }
  if (info > 0) clauses.push(`${where}/validation-report.json holds them all`);
  return `${clauses.join('; ')}.`;
}

function count(n: number, noun: string): string {
  return n > 0 ? `${n} ${noun}${n === 1 ? '' : 's'}` : '';
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function blockingCounts(result: SynthJson): string {
  const { errors, warnings } = result.summary;
  const parts = [errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : ''];
  if (result.strict && warnings > 0) parts.push(`${warnings} unacknowledged warning${warnings === 1 ? '' : 's'}`);
  return parts.filter(Boolean).join(' and ') || 'validation failed';
}
