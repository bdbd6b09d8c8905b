import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../exit-codes.js';
import { ConfigSource } from '../validate/config-source.js';
import { readConfigFile, type ConfigDocument } from './config-document.js';

/**
 * The config LiteLLM ends up with after loading `main`'s `include:` files: a list value of an included file extends
 * the same key (so `model_list`s concatenate), any other value replaces the key. The `include` key itself is gone.
 */
export function mergeIncludes(main: ConfigDocument, includes: readonly ConfigDocument[]): ConfigDocument {
  const { include: _include, ...merged } = main;
  for (const included of includes) {
    for (const [key, value] of Object.entries(included)) {
      const current = merged[key];
      merged[key] = Array.isArray(value) && Array.isArray(current) ? [...current, ...value] : value;
    }
  }
  return merged;
}

/** The `include:` list of a document (paths as written). */
export function includesOf(document: ConfigDocument, file: string): string[] {
  const include = document.include;
  if (include === undefined || include === null) return [];
  if (!Array.isArray(include) || !include.every((item) => typeof item === 'string')) {
    const where = fs.existsSync(file) ? ConfigSource.read(file, file).positionOf(['include']) : { line: 1, column: 1 };
    throw new CliError('usage', `${file}:${where.line}:${where.column}: "include" must be a list of file paths.`);
  }
  return include;
}

/** Reads a hand-written config and the files it includes (relative to it), merged as LiteLLM merges them. */
export function readEffectiveConfig(file: string): ConfigDocument {
  const main = readConfigFile(file);
  const includes = includesOf(main, file).map((included) => readConfigFile(path.resolve(path.dirname(file), included)));
  return mergeIncludes(main, includes);
}
