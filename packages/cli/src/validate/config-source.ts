import * as fs from 'node:fs';
import type { ConfigPath } from '@litellm-cdk/core';
import type { LineCounter, YAMLError } from 'yaml';
import { type DuplicateKey, findDuplicateKeys } from './_duplicate-keys.js';
import type { PositionRequest } from './_fast-locate.js';
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
 * The fast reader of large files: `load` builds a file's plain content directly, `locate` finds positions in a file
 * `load` accepted; each gives `undefined` when the file needs the document reader.
 */
export interface FastReader {
  readonly load: (text: string) => { readonly content: unknown } | undefined;
  readonly locate: (text: string, requests: readonly PositionRequest[]) => SourcePosition[] | undefined;
}

/**
 * Files of this size or more are read by the fast reader first (`_fast-load.ts`). Below it the document reader is
 * quick, and loading a second YAML reader would cost more than it saves.
 */
export const LARGE_CONFIG_BYTES = 1024 * 1024;

/** The fast reader when `file` is large enough to need it (loaded only then), else `undefined`. */
export async function fastReaderFor(file: string): Promise<FastReader | undefined> {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size < LARGE_CONFIG_BYTES) return undefined;
  const [{ fastLoad }, { fastLocate }] = await Promise.all([import('./_fast-load.js'), import('./_fast-locate.js')]);
  return { load: fastLoad, locate: fastLocate };
}

/**
 * One config file as read from disk: its text, its plain content, and (built only when asked) the parsed YAML with
 * node positions. `content` is `undefined` when the file has syntax errors (listed in `syntaxProblems`).
 *
 * A large file read with a {@link FastReader} that accepts it keeps no document: its positions are found by the
 * fast reader too, in one more pass for all the findings (or, in the rare file it cannot place, by parsing the
 * document then). Such a file has no syntax problems and no duplicate keys (the fast reader gives up on both).
 */
export class ConfigSource {
  /**
   * Reads and parses `absolutePath`.
   * @param displayName how messages name the file (a path relative to the working directory, usually)
   * @param fastReader the fast reader to try first (see {@link fastReaderFor})
   * @throws the `fs` error when the file cannot be read
   */
  public static read(absolutePath: string, displayName: string, fastReader?: FastReader): ConfigSource {
    const decoded = decodeConfigBytes(fs.readFileSync(absolutePath));
    if ('text' in decoded) return ConfigSource.fromText(decoded.text, absolutePath, displayName, fastReader);
    const { message, line, column } = decoded.problem;
    return new ConfigSource(absolutePath, displayName, '', parseConfigYaml(''), [
      { message, position: { line, column } },
    ]);
  }

  /** Parses `text` as the content of `absolutePath`. */
  public static fromText(
    text: string,
    absolutePath: string,
    displayName: string,
    fastReader?: FastReader,
  ): ConfigSource {
    const fast = fastReader?.load(text);
    if (fast) return new ConfigSource(absolutePath, displayName, text, { ...fast, fastReader: fastReader! });
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
    read: ParsedYaml | { readonly content: unknown; readonly fastReader: FastReader },
    /** Problems found before parsing (the file's encoding). */
    unreadable: readonly SyntaxProblem[] = [],
  ) {
    if ('content' in read) {
      this.syntaxProblems = [];
      this.content = read.content;
      this.fastReader = read.fastReader;
      return;
    }
    this.parsed = read;
    const { document, lineCounter, rejections } = read;
    this.syntaxProblems = [
      ...unreadable,
      ...document.errors.map((error) => syntaxProblemOf(error, lineCounter)),
      ...rejections.map(({ message, offset }) => {
        const { line, col } = lineCounter.linePos(offset);
        return { message, position: { line, column: col } };
      }),
    ];
    this.content = this.syntaxProblems.length === 0 ? toPlainData(document) : undefined;
  }

  /** The parsed document; absent when the fast reader read the file, until a position needs it. */
  private parsed?: ParsedYaml;
  /** The reader that read the file, when it was the fast one. */
  private readonly fastReader?: FastReader;

  /** Where the node at `path` is written; see {@link locatePath}. */
  public positionOf(path: ConfigPath, target: PositionTarget = 'value'): SourcePosition {
    return this.positionsOf([{ path, target }])[0]!;
  }

  /** The positions of many nodes at once (for a large file, one pass instead of one per node); see {@link locatePath}. */
  public positionsOf(requests: readonly PositionRequest[]): SourcePosition[] {
    if (!this.parsed) {
      const found = this.fastReader?.locate(this.text, requests);
      if (found) return found;
      this.parsed = parseConfigYaml(this.text);
    }
    const { document, lineCounter } = this.parsed;
    return requests.map(({ path, target }) => locatePath(document, lineCounter, path, target));
  }

  /** Keys written twice in one mapping (PyYAML keeps the last value silently); none when the fast reader read the file. */
  public duplicateKeys(): DuplicateKey[] {
    return this.parsed ? findDuplicateKeys(this.parsed.document, this.parsed.lineCounter) : [];
  }
}

function syntaxProblemOf(error: YAMLError, lineCounter: LineCounter): SyntaxProblem {
  const start = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  // The `yaml` package appends "at line L, column C:" and a source excerpt; the position is printed separately.
  const message = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return { message, position: { line: start.line, column: start.col } };
}
