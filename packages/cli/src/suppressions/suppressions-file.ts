import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { CliError } from '../exit-codes.js';
import { displayPath } from '../output/printer.js';
import { locatePath, type SourcePosition } from '../validate/locate-path.js';
import { PathPattern } from './path-pattern.js';

/** The file `validate` reads suppressions from, in the directory of the config it checks. */
export const SUPPRESSIONS_FILE = 'litellm-cdk.suppressions.yaml';

/** One accepted finding: a rule, where it applies, and why. */
export interface Suppression {
  /** The rule id, as findings print it (`core/unknown-key`). */
  readonly rule: string;
  /** Where it applies: this place of the document and below. */
  readonly path: PathPattern;
  /** Only in this file (as the `include:` entry or the file name names it). @default - every file checked */
  readonly file?: string;
  /** Why the finding is acceptable here. `undefined` for a one-off `--ignore`. */
  readonly reason?: string;
  /** Where it comes from: the suppressions file at a line, or the `--ignore` flag. */
  readonly source:
    | { readonly kind: 'file'; readonly file: string; readonly position: SourcePosition }
    | { readonly kind: 'flag'; readonly text: string };
}

const KNOWN_KEYS = ['rule', 'path', 'file', 'reason'];

/**
 * Reads `litellm-cdk.suppressions.yaml` beside `configPath`, if there is one:
 *
 * ```yaml
 * suppressions:
 *   - rule: core/unknown-key
 *     path: litellm_settings.team_flag      # optional: this place and below; default the whole file
 *     file: models.yaml                     # optional: only in this included file
 *     reason: Read by our own callback, not by LiteLLM.
 * ```
 * @throws `CliError` naming the file, line and column of an entry without a rule or a reason, or of any other mistake
 */
export function readSuppressionsFile(configPath: string): Suppression[] {
  const file = path.join(path.dirname(path.resolve(configPath)), SUPPRESSIONS_FILE);
  if (!fs.existsSync(file)) return [];
  const shown = displayPath(file);
  const lineCounter = new LineCounter();
  const document = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter });
  const fail = (where: SourcePosition, message: string): never => {
    throw new CliError('usage', `${shown}:${where.line}:${where.column}: ${message}`, {
      hint: `Each entry of ${SUPPRESSIONS_FILE} is {rule: <rule id>, path: <where; optional>, file: <included file; optional>, reason: <why>}; see docs/cli.md#suppressions.`,
    });
  };
  const at = (...segments: (string | number)[]) => locatePath(document, lineCounter, segments);
  const keyAt = (...segments: (string | number)[]) => locatePath(document, lineCounter, segments, 'key');
  if (document.errors.length > 0) {
    const [error] = document.errors;
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    fail(
      { line: pos.line, column: pos.col },
      `YAML syntax error: ${error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`,
    );
  }
  if (document.contents === null) return [];
  if (!isMap(document.contents) || !document.has('suppressions'))
    fail(at(), 'expected a mapping with a "suppressions" list.');
  const list = document.get('suppressions');
  if (!isSeq(list)) fail(at('suppressions'), '"suppressions" must be a list of entries.');
  const entries = document.toJS().suppressions as unknown[];
  return entries.map((entry, index): Suppression => {
    const where = at('suppressions', index);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      fail(where, 'an entry must be a mapping with rule, reason and optionally path and file.');
    const fields = entry as Record<string, unknown>;
    const unknown = Object.keys(fields).find((key) => !KNOWN_KEYS.includes(key));
    if (unknown)
      fail(
        keyAt('suppressions', index, unknown),
        `unknown key "${unknown}" (an entry has rule, path, file and reason).`,
      );
    if (typeof fields.rule !== 'string' || !fields.rule.trim())
      fail(
        fields.rule === undefined ? where : at('suppressions', index, 'rule'),
        'the entry needs "rule": the id of the finding to suppress, e.g. core/unknown-key.',
      );
    if (typeof fields.reason !== 'string' || !fields.reason.trim()) {
      fail(
        fields.reason === undefined ? where : at('suppressions', index, 'reason'),
        `the suppression of '${String(fields.rule)}' needs a "reason": say why this finding is acceptable here.`,
      );
    }
    if (fields.file !== undefined && typeof fields.file !== 'string')
      fail(at('suppressions', index, 'file'), '"file" must be a file name, e.g. models.yaml.');
    return {
      rule: (fields.rule as string).trim(),
      path: patternOf(fields.path, () =>
        fail(
          at('suppressions', index, 'path'),
          '"path" must be a dotted path (model_list.*.litellm_params) or a list of keys.',
        ),
      ),
      ...(fields.file !== undefined ? { file: fields.file as string } : {}),
      reason: (fields.reason as string).trim(),
      source: { kind: 'file', file: shown, position: where },
    };
  });
}

/**
 * Parses the `--ignore <rule>[=<path>]` flags: one-off suppressions without a reason, for a single run.
 * @throws `CliError` naming the flag when a value has no rule
 */
export function parseIgnoreFlags(values: readonly string[]): Suppression[] {
  return values.map((text) => {
    const equals = text.indexOf('=');
    const rule = (equals === -1 ? text : text.slice(0, equals)).trim();
    if (!rule) {
      throw new CliError(
        'usage',
        `--ignore expects <rule>[=<path>], e.g. --ignore core/unknown-key=litellm_settings.team_flag; got "${text}".`,
      );
    }
    return {
      rule,
      path: PathPattern.parse(equals === -1 ? '' : text.slice(equals + 1)),
      source: { kind: 'flag', text },
    };
  });
}

function patternOf(value: unknown, invalid: () => never): PathPattern {
  if (value === undefined || value === null) return PathPattern.parse('');
  if (typeof value === 'string') return PathPattern.parse(value);
  if (typeof value === 'number') return PathPattern.parse(String(value));
  if (Array.isArray(value) && value.every((segment) => typeof segment === 'string' || typeof segment === 'number'))
    return PathPattern.ofSegments(value);
  return invalid();
}
