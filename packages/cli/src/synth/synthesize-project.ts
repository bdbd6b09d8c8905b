import * as path from 'node:path';
import type { ValidationReport } from '@litellm-cdk/core';
import { readAssembly, type AssemblyOnDisk } from '../documents/read-assembly.js';
import type { Printer } from '../output/printer.js';
import type { ProjectConfig } from '../project-config.js';
import { makeTemporaryDirectory, removeTemporaryDirectory } from './interrupt-cleanup.js';
import type { PhaseProgress } from './phase-progress.js';
import { runApp, type AppOutput } from './run-app.js';

/** What running the app gave: the assembly it wrote, or the report of a failed validation (nothing written). */
export type ProjectSynthesis =
  | { readonly kind: 'synthesized'; readonly assembly: AssemblyOnDisk; readonly output: AppOutput }
  | { readonly kind: 'failed'; readonly report: ValidationReport; readonly output: AppOutput };

/** Options of `synthesizeProject()`. */
export interface SynthesizeProjectOptions {
  readonly project: ProjectConfig;
  /** Where the assembly goes (absolute). */
  readonly outdir: string;
  /** @default false */
  readonly strict?: boolean;
  /** Where the app's own output is echoed (stderr, so that stdout stays the command's result). */
  readonly printer: Printer;
  /**
   * Follows the phases of the synth (a live line on a terminal, and the timings).
   * @default - phases are not followed
   */
  readonly progress?: PhaseProgress;
}

/**
 * Runs the project's app into `outdir` and reads back what it wrote. Whatever the app printed itself is echoed to
 * stderr; when validation fails the app's stderr is dropped, since it only repeats the findings the CLI prints.
 */
export async function synthesizeProject(options: SynthesizeProjectOptions): Promise<ProjectSynthesis> {
  const { project, outdir, printer } = options;
  for (const warning of project.warnings) printer.err(printer.errorColors.yellow(`warning: ${warning}`));
  const progress = options.progress;
  progress?.start();
  let outcome: Awaited<ReturnType<typeof runApp>>;
  try {
    outcome = await runApp({ project, outdir, strict: options.strict ?? false, onPhase: progress?.onPhase });
  } finally {
    progress?.finish();
  }
  echo(printer, outcome.output.stdout);
  if (outcome.kind === 'failed') return outcome;
  echo(printer, outcome.output.stderr);
  return { kind: 'synthesized', assembly: readAssembly(outdir), output: outcome.output };
}

/**
 * Synthesizes into a fresh temporary directory (for `diff` and `tree`, which must never touch the project's output)
 * and removes it afterwards, whatever `use` does.
 */
export async function withTemporarySynthesis<T>(
  options: Omit<SynthesizeProjectOptions, 'outdir'>,
  use: (synthesis: ProjectSynthesis) => Promise<T> | T,
): Promise<T> {
  const scratch = makeTemporaryDirectory('litellm-cdk-synth-');
  try {
    return await use(await synthesizeProject({ ...options, outdir: path.join(scratch, 'assembly') }));
  } finally {
    removeTemporaryDirectory(scratch);
  }
}

function echo(printer: Printer, text: string): void {
  if (text.trim()) printer.err(text.trimEnd());
}
