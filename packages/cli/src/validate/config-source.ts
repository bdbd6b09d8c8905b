import * as fs from 'node:fs';
import type { ConfigPath } from '@litellm-cdk/core';
import type { Document, LineCounter, YAMLError } from 'yaml';
import { type DuplicateKey, findDuplicateKeys } from './_duplicate-keys.js';
import { locatePath, type PositionTarget, type SourcePosition } from './locate-path.js';
import { decodeConfigBytes } from './_decode-config-bytes.js';
import { parseConfigYaml, type ParsedYaml, toPlainData } from './pyyaml-parse.js';

/** The id of the finding a YAML syntax error becomes. */
export const YAML_SYNTAX_FINDING_ID = 'core/yaml-syntax';

/** A YAML syntax error, with where it is. */
export interface SyntaxProblem {
  readonly message: string;
  readonly position: SourcePosition;
}

/**
 * One config file as read from disk: its text, the parsed YAML with node positions, and its plain content.
 * `content` is `undefined` when the file has syntax errors (listed in `syntaxProblems`).
 */
export class ConfigSource {
  /**
   * Reads and parses `absolutePath`.
   * @param displayName how messages name the file (a path relative to the working directory, usually)
   * @throws the `fs` error when the file cannot be read
   */
  public static read(absolutePath: string, displayName: string): ConfigSource {
    const decoded = decodeConfigBytes(fs.readFileSync(absolutePath));
    if ('text' in decoded) return ConfigSource.fromText(decoded.text, absolutePath, displayName);
    const { message, line, column } = decoded.problem;
    return new ConfigSource(absolutePath, displayName, '', parseConfigYaml(''), [{ message, position: { line, column } }]);
  }

  /** Parses `text` as the content of `absolutePath`. */
  public static fromText(text: string, absolutePath: string, displayName: string): ConfigSource {
    return new ConfigSource(absolutePath, displayName, text, parseConfigYaml(text));
  }

  /** The plain content, as PyYAML would load it; `undefined` when the file does not parse. */
  public readonly content: unknown;
  /** Syntax errors of the file, in order. */
  public readonly syntaxProblems: readonly SyntaxProblem[];

  private constructor(
    /** The file's absolute path. */
    public readonly absolutePath: string,
    /** How messages name the file. */
    public readonly displayName: string,
    /** The file's text. */
    public readonly text: string,
    parsed: ParsedYaml,
    /** Problems found before parsing (the file's encoding). */
    unreadable: readonly SyntaxProblem[] = [],
  ) {
    this.document = parsed.document;
    this.lineCounter = parsed.lineCounter;
    this.syntaxProblems = [
      ...unreadable,
      ...parsed.document.errors.map((error) => this.syntaxProblemOf(error)),
      ...parsed.rejections.map(({ message, offset }) => {
        const { line, col } = this.lineCounter.linePos(offset);
        return { message, position: { line, column: col } };
      }),
    ];
    this.content = this.syntaxProblems.length === 0 ? toPlainData(this.document) : undefined;
  }

  private readonly document: Document.Parsed;
  private readonly lineCounter: LineCounter;

  /** Where the node at `path` is written; see {@link locatePath}. */
  public positionOf(path: ConfigPath, target: PositionTarget = 'value'): SourcePosition {
    return locatePath(this.document, this.lineCounter, path, target);
  }

  /** Keys written twice in one mapping (PyYAML keeps the last value silently). */
  public duplicateKeys(): DuplicateKey[] {
    return findDuplicateKeys(this.document, this.lineCounter);
  }

  private syntaxProblemOf(error: YAMLError): SyntaxProblem {
    const start = error.linePos?.[0] ?? this.lineCounter.linePos(error.pos[0]);
    // The `yaml` package appends "at line L, column C:" and a source excerpt; the position is printed separately.
    const message = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
    return { message, position: { line: start.line, column: start.col } };
  }
}
