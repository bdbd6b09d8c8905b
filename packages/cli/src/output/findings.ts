import type { ValidationReport } from '@litellm-cdk/core';
import { hintWithMechanism } from './acceptance-hint.js';
import type { FindingJson } from './json-shapes.js';
import type { Printer } from './printer.js';
import { renderTable, type TableRow } from './table.js';

/** Which findings a table shows. */
export interface FindingsTableOptions {
  /** Show acknowledged findings, marked. @default true */
  readonly acknowledged?: boolean;
  /** Show info findings too. @default false */
  readonly info?: boolean;
}

const ORDER = (finding: FindingJson): number => {
  if (finding.acknowledged) return 3;
  return { error: 0, warning: 1, info: 2 }[finding.severity];
};

/** The report's findings in print order (errors, warnings, info, then acknowledged ones), each marked blocking or not. */
export function findingsOf(report: ValidationReport): FindingJson[] {
  const blocking = (f: ValidationReport['findings'][number]): boolean =>
    !f.acknowledged && (f.severity === 'error' || (report.strict && f.severity === 'warning'));
  return report.findings
    .map((finding, index) => ({ finding: { ...finding, blocking: blocking(finding) }, index }))
    .sort((a, b) => ORDER(a.finding) - ORDER(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}

/**
 * The table of errors and warnings (and acknowledged findings, marked; info findings when asked): level, construct
 * path, id and message, with the document location, the fix (naming how to acknowledge the finding in the app) and
 * the acknowledgement's reason below the message. `undefined` when there is nothing to show.
 */
export function renderFindingsTable(
  findings: readonly FindingJson[],
  printer: Printer,
  options: FindingsTableOptions = {},
): string | undefined {
  const shown = findings.filter(
    (f) => (options.info === true || f.severity !== 'info') && (options.acknowledged !== false || !f.acknowledged),
  );
  if (shown.length === 0) return undefined;
  const c = printer.colors;
  const rows: TableRow[] = shown.map((f) => ({
    cells: [f.acknowledged ? 'acknowledged' : f.severity, f.path, f.id, f.message],
    details: [
      f.config && f.location ? `at ${f.config}: ${f.location}` : '',
      f.acknowledged
        ? `acknowledged ${f.severity} at ${f.acknowledged.by || 'App'}: ${f.acknowledged.reason}`
        : f.hint
          ? `fix: ${hintWithMechanism(f.hint, f.id, { kind: 'acknowledgement', constructPath: f.path })}`
          : '',
    ].filter(Boolean),
  }));
  return renderTable({
    headers: ['LEVEL', 'CONSTRUCT PATH', 'ID', 'MESSAGE'],
    rows,
    maxWidth: printer.width,
    styleHeader: c.bold,
    styleDetail: c.dim,
    styleCell: (text, row, column) => {
      const finding = shown[row];
      if (column !== 0) return finding.acknowledged ? c.dim(text) : text;
      if (finding.acknowledged) return c.green(text);
      if (finding.severity === 'info') return c.blue(text);
      return finding.severity === 'error' || finding.blocking ? c.red(c.bold(text)) : c.yellow(text);
    },
  });
}

function count(n: number, noun: string): string {
  return n > 0 ? `${n} ${noun}${n === 1 ? '' : 's'}` : '';
}

/**
 * For commands that synthesize only to read the result (`diff`, `tree`): the verdict and the findings of a failed
 * synth, printed to stdout.
 */
export function printSynthesisFailure(printer: Printer, report: ValidationReport): void {
  const { errors, warnings } = report.summary;
  const counts = [
    errors > 0 ? count(errors, 'error') : '',
    report.strict && warnings > 0 ? `${count(warnings, 'unacknowledged warning')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  printer.out(
    printer.colors.red(
      `✖ The app failed validation${counts ? `: ${counts}` : ''}. Fix the findings below and run again.`,
    ),
  );
  const table = renderFindingsTable(findingsOf(report), printer, { acknowledged: false });
  if (table) printer.out('', table);
}
