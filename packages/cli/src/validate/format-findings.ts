import type { Severity } from '@litellm-cdk/core';
import type { Colors } from '../output/colors.js';
import type { LocatedFinding } from './located-finding.js';
import type { ConfigValidation } from './validate-config-files.js';

/** Options of {@link formatValidationText}. */
export interface TextFormatOptions {
  /**
   * List info findings too (they are always counted).
   * @default false
   */
  readonly verbose?: boolean;
}

/**
 * The findings as a compiler prints them, one per line (`config.yaml:12:7 error core/unknown-provider ...`) with
 * the fix on the next line, then one summary line.
 */
export function formatValidationText(validation: ConfigValidation, colors: Colors, options: TextFormatOptions = {}): string[] {
  const shown = validation.findings.filter((f) => options.verbose || f.severity !== 'info');
  const lines = shown.flatMap((finding) => formatFinding(finding, colors));
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(validation, colors, shown.length < validation.findings.length));
  return lines;
}

function formatFinding(finding: LocatedFinding, colors: Colors): string[] {
  const location = colors.bold(`${finding.file}:${finding.line}:${finding.column}`);
  const head = `${location} ${severityLabel(finding.severity, colors)} ${colors.dim(finding.id)} ${finding.message}`;
  return finding.hint ? [head, `  ${colors.cyan('fix:')} ${finding.hint}`] : [head];
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

function summaryLine(validation: ConfigValidation, colors: Colors, infoHidden: boolean): string {
  const { errors, warnings, info, failed } = validation.summary;
  const [main, ...included] = validation.files;
  const where = included.length === 0 ? main : `${main} and ${count(included.length, 'included file')}`;
  const infoNote = info === 0 ? '' : infoHidden ? ` (${count(info, 'info finding')}, shown with --verbose)` : `; ${count(info, 'info finding')}`;
  if (errors === 0 && warnings === 0) return `${colors.green('✔')} No errors or warnings in ${where}${infoNote}.`;
  const problems = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  if (!failed) return `${colors.green('✔')} Found ${problems} in ${where} (warnings fail only with --strict)${infoNote}.`;
  const strictNote = errors === 0 ? ' (--strict: warnings fail the check)' : '';
  return `${colors.red('✖')} Found ${problems} in ${where}${strictNote}${infoNote}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The `--format json` document: files, findings (each with file, line, column, severity, id, message, hint, path), summary. */
export function validationJson(validation: ConfigValidation): Record<string, unknown> {
  return {
    files: validation.files,
    findings: validation.findings.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      severity: f.severity,
      id: f.id,
      message: f.message,
      hint: f.hint ?? null,
      path: f.path,
    })),
    summary: validation.summary,
  };
}
