import type { FindingJson } from './json-shapes.js';
import type { Printer } from './printer.js';
import { wrap } from './table.js';

/** Acknowledged findings that share a rule id, the construct that acknowledged them and the reason. */
export interface AcknowledgedGroup {
  readonly id: string;
  /** Construct path of the acknowledgement; `App` for the root. */
  readonly by: string;
  readonly reason: string;
  /** How many findings the group holds (at least 1). */
  readonly count: number;
}

const LEVEL = 'acknowledged';
const INDENT = '  ';
const GAP = '  ';

/**
 * The acknowledged findings grouped by (id, acknowledging construct, reason), in the order their first finding
 * comes. One acknowledgement on a provider usually accepts the same finding on each of its deployments; grouped,
 * it reads once.
 */
export function groupAcknowledged(findings: readonly FindingJson[]): AcknowledgedGroup[] {
  const groups = new Map<string, { id: string; by: string; reason: string; count: number }>();
  for (const finding of findings) {
    if (!finding.acknowledged) continue;
    const by = finding.acknowledged.by || 'App';
    const key = [finding.id, by, finding.acknowledged.reason].join('\u0000');
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { id: finding.id, by, reason: finding.acknowledged.reason, count: 1 });
  }
  return [...groups.values()];
}

/**
 * One line per group of acknowledged findings: `acknowledged  9 × <id> at <construct>: <reason>`, counts aligned.
 * The reason is always whole: on a terminal a long line wraps, continuing under the rule id; on a pipe each group
 * stays on one line. `undefined` when no finding is acknowledged.
 */
export function renderAcknowledgedGroups(findings: readonly FindingJson[], printer: Printer): string | undefined {
  const groups = groupAcknowledged(findings);
  if (groups.length === 0) return undefined;
  const c = printer.colors;
  const countWidth = Math.max(...groups.map((group) => String(group.count).length));
  const lines: string[] = [];
  for (const group of groups) {
    const lead = `${String(group.count).padStart(countWidth)} × `;
    const textColumn = INDENT.length + LEVEL.length + GAP.length + lead.length;
    const width = printer.width === undefined ? Infinity : Math.max(20, printer.width - textColumn);
    const head = `${group.id} at ${group.by}:`;
    const [first = '', ...rest] = wrap(`${head} ${group.reason}`, width);
    // The id and construct in the default colour, the reason dimmed, as in the findings table.
    const styled = first.startsWith(head) ? head + c.dim(first.slice(head.length)) : first;
    lines.push(
      `${INDENT}${c.green(LEVEL)}${GAP}${lead}${styled}`,
      ...rest.map((line) => ' '.repeat(textColumn) + c.dim(line)),
    );
  }
  return lines.join('\n');
}
