import type { Severity } from '@litellm-cdk/core';
import type { Colors } from '../output/colors.js';
import { hintWithMechanism } from '../output/acceptance-hint.js';
import { formatPathForSuppression } from '../suppressions/path-pattern.js';
import type { SuppressedFinding } from '../suppressions/apply-suppressions.js';
import { SUPPRESSIONS_FILE } from '../suppressions/suppressions-file.js';
import type { LocatedFinding } from './located-finding.js';
import type { ConfigValidation } from './validate-config-files.js';

/** Options of {@link formatValidationText}. */
export interface TextFormatOptions {
  /**
   * List info findings and suppressed findings too (they are always counted).
   * @default false
   */
  readonly verbose?: boolean;
}

/** A validation, with what suppressions accepted when they were applied. */
export type ValidationToPrint = ConfigValidation & { readonly suppressed?: readonly SuppressedFinding[] };

/**
 * The findings as a compiler prints them, one per line (`config.yaml:12:7 error core/unknown-provider ...`) with
 * the fix on the next line, then one summary sentence.
 */
export function formatValidationText(
  validation: ValidationToPrint,
  colors: Colors,
  options: TextFormatOptions = {},
): string[] {
  const shown = validation.findings.filter((f) => options.verbose || f.severity !== 'info');
  const suppressed = validation.suppressed ?? [];
  const lines = shown.flatMap((finding) => formatFinding(finding, colors));
  if (options.verbose) lines.push(...suppressed.flatMap((finding) => formatSuppressed(finding, colors)));
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(validation, colors, options.verbose ?? false));
  return lines;
}

function formatFinding(finding: LocatedFinding, colors: Colors): string[] {
  const location = colors.bold(`${finding.file}:${finding.line}:${finding.column}`);
  const head = `${location} ${severityLabel(finding.severity, colors)} ${colors.dim(finding.id)} ${finding.message}`;
  if (!finding.hint) return [head];
  const hint = hintWithMechanism(finding.hint, finding.id, {
    kind: 'suppression',
    file: SUPPRESSIONS_FILE,
    path: formatPathForSuppression(finding.path),
  });
  return [head, `  ${colors.cyan('fix:')} ${hint}`];
}

function formatSuppressed(finding: SuppressedFinding, colors: Colors): string[] {
  const location = colors.bold(`${finding.file}:${finding.line}:${finding.column}`);
  const source = finding.suppressedBy.source;
  const by = source.kind === 'file' ? `${source.file}:${source.position.line}` : `--ignore ${source.text}`;
  const reason = finding.suppressedBy.reason ? `: ${finding.suppressedBy.reason}` : '';
  return [
    `${location} ${colors.green('suppressed')} ${colors.dim(finding.id)} ${finding.message}`,
    `  ${colors.dim(`suppressed ${finding.severity} by ${by}${reason}`)}`,
  ];
}

function severityLabel(severity: Severity, colors: Colors): string {
  switch (severity) {
    case 'error':
      return colors.red(colors.bold('error'));
    case 'warning':
      return colors.yellow(colors.bold('warning'));
    case 'info':
      return colors.blue('info');
  }
}

/**
 * One sentence: the verdict with the counts of errors and warnings, why warnings do or do not fail, and how many
 * info and suppressed findings there are and how to see them.
 */
function summaryLine(validation: ValidationToPrint, colors: Colors, verbose: boolean): string {
  const { errors, warnings, info, failed } = validation.summary;
  const suppressed = validation.suppressed?.length ?? 0;
  const [main, ...included] = validation.files;
  const where = included.length === 0 ? main : `${main} and ${count(included.length, 'included file')}`;
  const problems = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  const clauses = [
    errors === 0 && warnings === 0 ? `No errors or warnings in ${where}` : `Found ${problems} in ${where}`,
  ];
  if (warnings > 0 && !failed) clauses.push('warnings fail the check only with --strict');
  if (warnings > 0 && failed && errors === 0) clauses.push('--strict makes warnings fail the check');
  const others = [
    info > 0 ? count(info, 'info finding') : '',
    suppressed > 0 ? count(suppressed, 'suppressed finding') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  if (others) clauses.push(verbose ? `${others} listed above` : `--verbose also lists ${others}`);
  return `${failed ? colors.red('✖') : colors.green('✔')} ${clauses.join('; ')}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The `--format json` document: files, findings (each with file, line, column, severity, id, message, hint, path),
 * summary, and the findings suppressions accepted (each with the suppression's rule, reason and source).
 */
export function validationJson(validation: ValidationToPrint): Record<string, unknown> {
  const located = (f: LocatedFinding) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    severity: f.severity,
    id: f.id,
    message: f.message,
    hint: f.hint ?? null,
    path: f.path,
  });
  return {
    files: validation.files,
    findings: validation.findings.map(located),
    summary: { ...validation.summary, suppressed: validation.suppressed?.length ?? 0 },
    suppressed: (validation.suppressed ?? []).map((f) => {
      const source = f.suppressedBy.source;
      return {
        ...located(f),
        suppressedBy: {
          rule: f.suppressedBy.rule,
          reason: f.suppressedBy.reason ?? null,
          source: source.kind === 'file' ? `${source.file}:${source.position.line}` : `--ignore ${source.text}`,
        },
      };
    }),
  };
}
