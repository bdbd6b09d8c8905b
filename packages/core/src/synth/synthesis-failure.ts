import * as fs from 'node:fs';
import { OutputDirectoryError } from './output/output-directory-error.js';
import { SynthesisError } from './synthesis-error.js';
import type { ValidationReport } from './validation-report.js';

/** Why a synth failed, as plain data a tool can read: the validation report, or what kept the assembly unwritten. */
export type SynthesisFailure =
  | { readonly kind: 'validation'; readonly report: ValidationReport }
  | { readonly kind: 'output-directory'; readonly message: string; readonly hint: string; readonly path: string };

/** Told why `App.synth()` failed, before the error is thrown on. */
export type SynthesisFailureListener = (failure: SynthesisFailure) => void;

/** The environment variable naming the file where an `App` run by the CLI writes its `SynthesisFailure` as JSON. */
export const FAILURE_REPORT_ENV = 'LITELLM_CDK_FAILURE_REPORT';

/**
 * The failure `error` describes, when it is one that synth throws (`SynthesisError`, `OutputDirectoryError`, from
 * any loaded copy of core); undefined for any other error.
 */
export function synthesisFailureOf(error: unknown): SynthesisFailure | undefined {
  if (SynthesisError.isSynthesisError(error)) return { kind: 'validation', report: error.report };
  if (OutputDirectoryError.isOutputDirectoryError(error))
    return { kind: 'output-directory', message: error.reason, hint: error.hint, path: error.path };
  return undefined;
}

/**
 * The listener an `App` run by the CLI uses: writes the failure as JSON to the file `file` (the CLI names it in
 * `$LITELLM_CDK_FAILURE_REPORT`), which the CLI reads once the app has exited.
 */
export function reportFailureToFile(file: string): SynthesisFailureListener {
  return (failure) => fs.writeFileSync(file, `${JSON.stringify(failure, null, 2)}\n`);
}
