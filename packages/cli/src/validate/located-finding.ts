import type { ConfigPath, Severity } from '@litellm-cdk/core';

/** A finding about a config file, placed at a line and column of that file. */
export interface LocatedFinding {
  /** The file, as messages name it (relative to the working directory when it is below it). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: Severity;
  /** Stable rule id, e.g. `core/unknown-provider`, `core/yaml-syntax`, `best-practices/no-plaintext-secrets`. */
  readonly id: string;
  /** What is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
  /** Where the finding is in the file's document: keys and list indexes from the top. */
  readonly path: ConfigPath;
}

/** How many findings of each severity there are, and whether they fail the check. */
export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** True when there is an error, or a warning under `--strict`. */
  readonly failed: boolean;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Orders findings as a compiler lists them: by file (in the order given, the main file first), then by line and
 * column, then errors before warnings before info.
 */
export function sortFindings(findings: readonly LocatedFinding[], fileOrder: readonly string[]): LocatedFinding[] {
  const fileRank = (file: string): number => {
    const index = fileOrder.indexOf(file);
    return index === -1 ? fileOrder.length : index;
  };
  return [...findings].sort(
    (a, b) =>
      fileRank(a.file) - fileRank(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.id.localeCompare(b.id),
  );
}

/** Counts findings by severity; `strict` makes warnings fail too. */
export function summarize(findings: readonly LocatedFinding[], strict: boolean): FindingSummary {
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  return { errors, warnings, info: count('info'), failed: errors > 0 || (strict && warnings > 0) };
}
