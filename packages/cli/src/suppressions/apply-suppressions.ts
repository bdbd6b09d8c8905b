import * as path from 'node:path';
import { type LocatedFinding, sortFindings, summarize } from '../validate/located-finding.js';
import type { ConfigValidation } from '../validate/validate-config-files.js';
import { SUPPRESSIONS_FILE, type Suppression } from './suppressions-file.js';

/** The id of the warning for a suppression that matches no finding. */
export const UNUSED_SUPPRESSION_ID = 'core/unused-suppression';

/** A finding a suppression accepted, with the suppression. */
export interface SuppressedFinding extends LocatedFinding {
  readonly suppressedBy: Suppression;
}

/** A validation with suppressions applied: what is left, what they accepted, and the `--ignore` flags that matched nothing. */
export interface SuppressedValidation extends ConfigValidation {
  readonly suppressed: readonly SuppressedFinding[];
  /** `--ignore` values that matched no finding (an unused entry of the file is a finding instead). */
  readonly unusedIgnores: readonly string[];
}

/** Where the files of a validation are, so that a suppression's `file` can be compared with a finding's. */
export interface SuppressionContext {
  /** The directory finding file names are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** The directory of the main config (where the suppressions file sits and `file` entries are relative to). */
  readonly configDirectory: string;
  /** `--strict`, for the recomputed summary. */
  readonly strict: boolean;
}

/**
 * Applies suppressions (the file's and `--ignore`'s) to a validation, like cdk-nag's suppressions or an ESLint
 * config: a finding is accepted when a suppression names its rule, covers its path and (when it names one) its
 * file. A YAML syntax error cannot be suppressed: nothing else was checked. A suppressions-file entry that accepts
 * nothing becomes a warning at its line, since a stale suppression would hide the next real finding.
 */
export function applySuppressions(
  validation: ConfigValidation,
  suppressions: readonly Suppression[],
  context: SuppressionContext,
): SuppressedValidation {
  const cwd = context.cwd ?? process.cwd();
  const used = new Set<Suppression>();
  const kept: LocatedFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of validation.findings) {
    const by =
      finding.id === 'core/yaml-syntax'
        ? undefined
        : suppressions.find((s) => accepts(s, finding, cwd, context.configDirectory));
    if (by) {
      used.add(by);
      suppressed.push({ ...finding, suppressedBy: by });
    } else kept.push(finding);
  }
  const unused = suppressions.filter((s) => !used.has(s));
  for (const s of unused) {
    if (s.source.kind !== 'file') continue;
    kept.push({
      file: s.source.file,
      ...s.source.position,
      severity: 'warning',
      id: UNUSED_SUPPRESSION_ID,
      message: `The suppression of '${s.rule}'${s.path.segments.length > 0 ? ` at ${s.path.toString()}` : ''} matches no finding.`,
      hint: `Remove the entry from ${SUPPRESSIONS_FILE}: a suppression that matches nothing hides the next real finding.`,
      path: [],
    });
  }
  const files = [
    ...validation.files,
    ...new Set(unused.flatMap((s) => (s.source.kind === 'file' ? [s.source.file] : []))),
  ];
  const findings = sortFindings(kept, files);
  return {
    files: validation.files,
    findings,
    summary: summarize(findings, context.strict),
    suppressed,
    unusedIgnores: unused.flatMap((s) => (s.source.kind === 'flag' ? [s.source.text] : [])),
  };
}

function accepts(suppression: Suppression, finding: LocatedFinding, cwd: string, configDirectory: string): boolean {
  if (suppression.rule !== finding.id) return false;
  if (
    suppression.file !== undefined &&
    path.resolve(configDirectory, suppression.file) !== path.resolve(cwd, finding.file)
  )
    return false;
  return suppression.path.covers(finding.path);
}
