import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigFinding, ModuleFiles } from '@litellm-cdk/core';
import { loadCore } from '../core-module.js';
import { ConfigFileSet } from './config-file-set.js';
import { type ConfigSource, YAML_SYNTAX_FINDING_ID } from './config-source.js';
import { type FindingSummary, type LocatedFinding, sortFindings, summarize } from './located-finding.js';
import type { PositionTarget, SourcePosition } from './locate-path.js';

/** The id of the finding for a key written twice in one mapping. */
export const DUPLICATE_KEY_FINDING_ID = 'core/duplicate-key';

/**
 * A further check of the documents, such as a policy pack. Its findings use the conventions of core's
 * `validateConfig`: `path` into a document, `file` naming an included document by its `include:` entry
 * (see `ConfigFileSet.includedDocuments`), or nothing for the main file.
 */
export type DocumentCheck = (files: ConfigFileSet) => readonly ConfigFinding[] | Promise<readonly ConfigFinding[]>;

/** Options of {@link validateConfigFiles}. */
export interface ValidateConfigFilesOptions {
  /**
   * Count warnings as failures.
   * @default false
   */
  readonly strict?: boolean;
  /**
   * The directory file names are shown relative to.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Further checks to run when the files parse.
   * @default - none
   */
  readonly checks?: readonly DocumentCheck[];
}

/** What `litellm-cdk validate` found. */
export interface ConfigValidation {
  /** The files read: the main file, then the included ones. */
  readonly files: readonly string[];
  /** Every finding, placed at its line and column, sorted. */
  readonly findings: readonly LocatedFinding[];
  readonly summary: FindingSummary;
}

/**
 * Checks a hand-written LiteLLM config and the files it includes with the checks synth runs (core's
 * `validateConfig`), plus any further `checks`, and places each finding at the line and column it is about.
 * YAML syntax errors and missing included files are findings too; the document checks run only when every file
 * parses.
 * @throws the `fs` error when the main file cannot be read
 */
export async function validateConfigFiles(
  mainPath: string,
  options: ValidateConfigFilesOptions = {},
): Promise<ConfigValidation> {
  const files = await ConfigFileSet.read(mainPath, options.cwd);
  const sources = [files.main, ...files.includes.map((i) => i.source)];
  const located: LocatedFinding[] = sources.flatMap((source) => [
    ...syntaxFindings(source),
    ...duplicateKeyFindings(source),
  ]);
  if (files.parses) {
    const { validateConfig } = await loadCore();
    const moduleFiles = filesBeside(files.main.absolutePath);
    const findings: ConfigFinding[] = [
      ...validateConfig(files.mainDocument, { includes: files.includedDocuments, moduleFiles }),
    ];
    for (const check of options.checks ?? []) findings.push(...(await check(files)));
    located.push(...placeAll(findings, files));
  }
  const findings = sortFindings(dedupe(located), files.files);
  return { files: files.files, findings, summary: summarize(findings, options.strict ?? false) };
}

/** The files in the main config's directory, which LiteLLM loads custom modules from (`<module>.py`, dots as folders). */
export function filesBeside(configPath: string): ModuleFiles {
  const directory = path.dirname(configPath);
  return {
    has: (file) => fs.statSync(path.join(directory, ...file.split('/')), { throwIfNoEntry: false })?.isFile() ?? false,
  };
}

function syntaxFindings(source: ConfigSource): LocatedFinding[] {
  return source.syntaxProblems.map(({ message, position }) => ({
    file: source.displayName,
    ...position,
    severity: 'error',
    id: YAML_SYNTAX_FINDING_ID,
    message: `YAML syntax error: ${message}`,
    hint: 'Fix the YAML at this position; LiteLLM cannot load the file (nothing else was checked in it).',
    path: [],
  }));
}

function duplicateKeyFindings(source: ConfigSource): LocatedFinding[] {
  return source.duplicateKeys().flatMap(({ path, key, positions }) => {
    const kept = positions[positions.length - 1];
    return positions.slice(0, -1).map((position) => ({
      file: source.displayName,
      ...position,
      // LiteLLM loads such a file without complaint, so this is a remark, not a warning.
      severity: 'info' as const,
      id: DUPLICATE_KEY_FINDING_ID,
      message: `Key '${key}' is written again on line ${kept.line}; LiteLLM keeps only that last value and ignores this one.`,
      hint: `Merge the two '${key}' entries into one.`,
      path: [...path, key],
    }));
  });
}

/** Places every finding in its file, asking each file for all its positions at once (one pass over a large file). */
function placeAll(findings: readonly ConfigFinding[], files: ConfigFileSet): LocatedFinding[] {
  const bySource = new Map<ConfigSource, number[]>();
  findings.forEach((finding, index) => {
    const source = files.sourceOf(finding.file);
    const indexes = bySource.get(source);
    if (indexes) indexes.push(index);
    else bySource.set(source, [index]);
  });
  const placed: LocatedFinding[] = new Array(findings.length);
  for (const [source, indexes] of bySource) {
    const positions = source.positionsOf(
      indexes.map((i) => ({ path: findings[i]!.path, target: positionTargetOf(findings[i]!.id) })),
    );
    indexes.forEach((findingIndex, i) => {
      placed[findingIndex] = place(findings[findingIndex]!, source, positions[i]!);
    });
  }
  return placed;
}

function place(finding: ConfigFinding, source: ConfigSource, position: SourcePosition): LocatedFinding {
  return {
    file: source.displayName,
    ...position,
    severity: finding.severity,
    id: finding.id,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
    path: finding.path,
  };
}

/** Findings about a key itself (unknown, misplaced, deprecated, ...) point at the key; all others at the value. */
const KEY_FINDING =
  /^core\/(?:unknown-key|misplaced-key|deprecated-key|enterprise-only|duplicate-key|fallbacks-in-both)$/;

function positionTargetOf(id: string): PositionTarget {
  return KEY_FINDING.test(id) ? 'key' : 'value';
}

/** A finding reported by two checks (core and a policy rule reusing core's check) is listed once. */
function dedupe(findings: readonly LocatedFinding[]): LocatedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.file, f.line, f.column, f.id, f.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
