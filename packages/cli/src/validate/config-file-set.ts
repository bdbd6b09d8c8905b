import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigDocument } from '@litellm-cdk/core';
import { displayPath } from '../output/printer.js';
import { ConfigSource, fastReaderFor } from './config-source.js';

/** A file of the set, and the name the document checks know it by. */
export interface IncludedSource {
  /** The `include:` entry as written in the main file, which is also the document's name for the checks. */
  readonly entry: string;
  readonly source: ConfigSource;
}

/**
 * A main config file and the files its `include:` list names, read as LiteLLM reads them: entries are paths
 * relative to the main file, and included files do not include further files.
 */
export class ConfigFileSet {
  /**
   * Reads `mainPath` and, when it parses, every file of its `include:` list.
   * @param cwd the directory display names are relative to
   * @throws the `fs` error when the main file cannot be read (an included file that is missing is left out, and
   *   the document checks report it)
   */
  public static async read(mainPath: string, cwd: string = process.cwd()): Promise<ConfigFileSet> {
    const absolute = path.resolve(cwd, mainPath);
    const main = ConfigSource.read(absolute, displayPath(absolute, cwd), await fastReaderFor(absolute));
    const includes: IncludedSource[] = [];
    for (const entry of includeEntries(main.content)) {
      const file = path.resolve(path.dirname(absolute), entry);
      if (includes.some((i) => i.source.absolutePath === file) || !fs.existsSync(file) || !fs.statSync(file).isFile())
        continue;
      includes.push({ entry, source: ConfigSource.read(file, displayPath(file, cwd), await fastReaderFor(file)) });
    }
    return new ConfigFileSet(main, includes);
  }

  private constructor(
    /** The main file. */
    public readonly main: ConfigSource,
    /** The included files that exist, in `include:` order, each once. */
    public readonly includes: readonly IncludedSource[],
  ) {}

  /** Every file read, main first, by display name. */
  public get files(): string[] {
    return [this.main.displayName, ...this.includes.map((i) => i.source.displayName)];
  }

  /** Whether every file read parses, so that the document checks can run. */
  public get parses(): boolean {
    return [this.main, ...this.includes.map((i) => i.source)].every((s) => s.syntaxProblems.length === 0);
  }

  /** The main document for the checks, named by its display name. */
  public get mainDocument(): ConfigDocument {
    return { file: this.main.displayName, content: this.main.content };
  }

  /** The included documents for the checks, each named by its `include:` entry. */
  public get includedDocuments(): ConfigDocument[] {
    return this.includes.map(({ entry, source }) => ({ file: entry, content: source.content }));
  }

  /** The file a finding's `file` names: an included file by its entry, else the main file. */
  public sourceOf(file: string | undefined): ConfigSource {
    if (file === undefined || file === this.main.displayName) return this.main;
    return this.includes.find((i) => i.entry === file || i.source.displayName === file)?.source ?? this.main;
  }
}

/** The string entries of a config's `include:` list; other shapes are left to the schema. */
function includeEntries(content: unknown): string[] {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return [];
  const include = (content as Record<string, unknown>).include;
  if (!Array.isArray(include)) return [];
  return include.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
}
