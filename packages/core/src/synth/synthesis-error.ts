import type { ReportedFinding, ValidationReport } from './validation-report.js';
import { isBlocking } from './validation-report.js';

const SYNTHESIS_ERROR_SYMBOL = Symbol.for('@litellm-cdk/core.SynthesisError');

/** Thrown by synth when validation fails: one message listing every problem with its construct path. */
export class SynthesisError extends Error {
  /** Whether `x` is a `SynthesisError`, from this or any other copy of the library. */
  public static isSynthesisError(x: unknown): x is SynthesisError {
    return typeof x === 'object' && x !== null && SYNTHESIS_ERROR_SYMBOL in x;
  }

  /** The findings that failed synth. */
  public readonly blocking: readonly ReportedFinding[];

  public constructor(public readonly report: ValidationReport) {
    const blocking = report.findings.filter((f) => isBlocking(f, report.strict));
    super(describe(blocking, report.strict));
    Object.defineProperty(this, SYNTHESIS_ERROR_SYMBOL, { value: true });
    this.name = 'SynthesisError';
    this.blocking = blocking;
  }
}

function describe(findings: readonly ReportedFinding[], strict: boolean): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const counts = [
    errors && `${errors} error${errors === 1 ? '' : 's'}`,
    warnings && `${warnings} unacknowledged warning${warnings === 1 ? '' : 's'}${strict ? ' (strict mode)' : ''}`,
  ]
    .filter(Boolean)
    .join(' and ');
  const lines = findings.map((f) => {
    const where = f.location ? ` (${f.config}: ${f.location})` : '';
    const hint = f.hint ? `\n    fix: ${f.hint}` : '';
    return `  [${f.path}] ${f.id}: ${f.message}${where}${hint}`;
  });
  return `Synthesis failed with ${counts}; nothing was written:\n${lines.join('\n')}`;
}
