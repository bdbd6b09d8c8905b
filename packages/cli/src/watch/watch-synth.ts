import * as path from 'node:path';
import { watch } from 'chokidar';
import { diffConfig } from '../diff/diff-config.js';
import { assemblyPairs } from '../diff/diff-inputs.js';
import { renderDiff } from '../diff/render-diff.js';
import { isAssemblyDirectory, readAssembly, type AssemblyOnDisk } from '../documents/read-assembly.js';
import { CliError } from '../exit-codes.js';
import { findingsOf, printSynthesisFailure, renderFindingsTable } from '../output/findings.js';
import { JSON_OUTPUT_VERSION, type DiffJson } from '../output/json-shapes.js';
import type { Printer } from '../output/printer.js';
import type { ProjectConfig } from '../project-config.js';
import { onInterrupt, setExitCodeOnInterrupt } from '../synth/interrupt-cleanup.js';
import { PhaseProgress } from '../synth/phase-progress.js';
import { synthesizeProject } from '../synth/synthesize-project.js';

/** How long the files must be quiet before a re-synth: an editor's save (or a git checkout) is many events. */
const QUIET_MS = 200;
/** Folders never watched: dependencies and version control, besides the output directory. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);

/** Options of {@link watchAndSynthesize}. */
export interface WatchOptions {
  /** The project as the command line gives it; read again before each synth, so an edited litellm-cdk.json counts. */
  readonly project: () => ProjectConfig;
  /** Where the assembly goes (absolute). */
  readonly outdir: string;
  readonly strict: boolean;
  readonly printer: Printer;
}

/**
 * `synth --watch`, as `cdk watch` does: after the first synth, watches the project directory (without the output
 * directory, node_modules and dot-folders) and synthesizes again when a file changes, printing what changed in the
 * assembly against the previous one. A change that breaks the app (a crash or failed validation) is reported and
 * the last good output stays, since synth only writes a valid assembly. Ends on Ctrl-C, exiting 0, after the
 * temporary directories of a synth under way are removed.
 */
export async function watchAndSynthesize(options: WatchOptions): Promise<never> {
  const { printer, outdir } = options;
  const c = printer.colors;
  const directory = options.project().directory;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const watcher = watch(directory, {
    ignoreInitial: true,
    ignored: (file) => isIgnored(file, directory, outdir),
  });
  setExitCodeOnInterrupt(0);
  onInterrupt(() => {
    void watcher.close();
    printer.err(printer.errorColors.dim('Stopped watching.'));
  });

  const resynth = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const files = [...changed].map((file) => path.relative(directory, file)).sort();
    changed.clear();
    printer.out('', c.bold(`↻ ${describeFiles(files)} changed: synthesizing again`));
    await synthesizeOnce(options);
    printer.out('', waitingLine(directory, printer));
    running = false;
    if (again) {
      again = false;
      await resynth();
    }
  };

  watcher.on('all', (_event, file) => {
    changed.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void resynth(), QUIET_MS);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  printer.out('', waitingLine(directory, printer));
  // Runs until Ctrl-C ends the process.
  return new Promise<never>(() => undefined);
}

/** One synth of watch mode: the diff against the previous assembly, or why the last good output was kept. */
async function synthesizeOnce(options: WatchOptions): Promise<void> {
  const { printer, outdir, strict } = options;
  const c = printer.colors;
  try {
    const previous = isAssemblyDirectory(outdir) ? readAssembly(outdir) : undefined;
    const started = performance.now();
    const synthesis = await synthesizeProject({
      project: options.project(),
      outdir,
      strict,
      printer,
      progress: new PhaseProgress(process.stderr, true),
    });
    if (synthesis.kind === 'failed') {
      printSynthesisFailure(printer, synthesis.report);
      printer.out('', c.yellow(`The last good output in ${printer.displayPath(outdir)} is kept.`));
      return;
    }
    printer.out(c.green(`✔ Synthesized in ${((performance.now() - started) / 1000).toFixed(1)}s`), '');
    printer.out(...renderDiff(diffAgainst(previous, synthesis.assembly), 'the previous output', c).slice(2));
    const report = synthesis.assembly.report;
    const problems = report ? renderFindingsTable(findingsOf(report), printer, { acknowledged: false }) : undefined;
    if (problems) printer.out('', problems);
  } catch (error) {
    if (!CliError.isCliError(error)) throw error;
    reportBrokenApp(printer, error, outdir);
  }
}

/** Why a synth of watch mode did not run through (the app crashed, say), and that the last good output stays. */
export function reportBrokenApp(printer: Printer, error: CliError, outdir: string): void {
  const c = printer.colors;
  printer.out(c.red(`✖ ${error.message}`));
  if (error.details) printer.out('', error.details.trimEnd());
  printer.out('', c.yellow(`The last good output in ${printer.displayPath(outdir)} is kept.`));
}

function diffAgainst(previous: AssemblyOnDisk | undefined, now: AssemblyOnDisk): DiffJson {
  const configs = assemblyPairs(previous, now).map((pair) => diffConfig(pair.file, pair.before, pair.after));
  return {
    version: JSON_OUTPUT_VERSION,
    command: 'diff',
    conclusion: 'different',
    against: { kind: 'assembly', path: now.directory },
    configs,
    findings: [],
  };
}

function waitingLine(directory: string, printer: Printer): string {
  return printer.colors.dim(`Watching ${printer.displayPath(directory)} for changes (Ctrl-C to stop)…`);
}

function describeFiles(files: readonly string[]): string {
  if (files.length === 0) return 'A file';
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}

/** The output directory, dependencies and dot-entries (.git, editor swap files) never trigger a synth. */
function isIgnored(file: string, directory: string, outdir: string): boolean {
  const absolute = path.resolve(file);
  if (absolute === outdir || absolute.startsWith(`${outdir}${path.sep}`)) return true;
  const relative = path.relative(directory, absolute);
  if (relative === '') return false;
  return relative
    .split(path.sep)
    .some((part) => IGNORED_FOLDERS.has(part) || part.startsWith('.') || part.endsWith('~'));
}
