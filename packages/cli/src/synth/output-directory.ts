import * as fs from 'node:fs';
import { loadCore } from '../core-module.js';
import { CliError } from '../exit-codes.js';
import { displayPath } from '../output/printer.js';

/** Whether an output directory exists before synth, and so whether a failed synth leaves it unchanged or uncreated. */
export type OutputDirectoryState = 'absent' | 'present';

/**
 * Checks, before the app runs, that synth may write its assembly to `outdir`, by core's own rules (absent, empty, or
 * an assembly synth wrote with nothing added): a mistake is reported at once, not as a failure after the app ran.
 * @param source where the path came from, for the hint
 */
export async function checkOutputDirectory(
  outdir: string,
  source: '--output' | 'litellm-cdk.json',
): Promise<OutputDirectoryState> {
  // Loaded here, not at the top: every command's help loads this module, and help must start without core.
  const { checkOutputDirectory: checkWithCore, OutputDirectoryError } = await loadCore();
  try {
    checkWithCore(outdir);
  } catch (error) {
    if (!OutputDirectoryError.isOutputDirectoryError(error)) throw error;
    const where =
      source === '--output'
        ? 'Pass --output another directory'
        : 'Set "output" in litellm-cdk.json to another directory';
    throw outputError(error.reason.replaceAll(outdir, displayPath(outdir)), `${error.hint} (${where}.)`);
  }
  return fs.existsSync(outdir) ? 'present' : 'absent';
}

/** The `CliError` of an output location synth may not or cannot write (exit code 1). */
export function outputError(message: string, hint: string): CliError {
  return new CliError('output', message, { hint });
}
