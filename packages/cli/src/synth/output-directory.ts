import * as fs from 'node:fs';
import { CliError, type CliErrorKind } from '../exit-codes.js';
import { displayPath } from '../output/printer.js';

/** Whether an output directory exists before synth, and so whether a failed synth leaves it unchanged or uncreated. */
export type OutputDirectoryState = 'absent' | 'present';

/**
 * Checks, before the app runs, that synth may write its assembly to `outdir`: it does not exist yet, or it is an
 * empty directory, or a directory holding an assembly (`manifest.json`). Anything else (a file such as `main.ts`, or
 * a folder of other files such as `src`) is a `CliError` naming the path, so the mistake is not reported as a crash
 * of the app.
 * @param source where the path came from: `-o` (a usage error) or litellm-cdk.json's "output" (a project error)
 */
export function checkOutputDirectory(outdir: string, source: '--output' | 'litellm-cdk.json'): OutputDirectoryState {
  if (!fs.existsSync(outdir)) return 'absent';
  const where = displayPath(outdir);
  const kind: CliErrorKind = source === '--output' ? 'usage' : 'project';
  const fix = source === '--output' ? 'Pass --output a new directory or the one synth wrote before' : 'Set "output" in litellm-cdk.json to a new directory or the one synth wrote before';
  if (!fs.statSync(outdir).isDirectory()) {
    throw new CliError(kind, `The output directory ${where} is a file, not a directory.`, { hint: `${fix} (e.g. litellm.out).` });
  }
  const entries = fs.readdirSync(outdir);
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    throw new CliError(kind, `The output directory ${where} holds other files and no assembly (no manifest.json); synth replaces what it writes there.`, {
      hint: `${fix}; synth only writes into an empty directory or a previous assembly.`,
    });
  }
  return 'present';
}

