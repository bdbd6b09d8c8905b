import * as path from 'node:path';
import type { ConfigDocument } from '../documents/config-document.js';
import { mergeIncludes, readEffectiveConfig } from '../documents/merge-includes.js';
import type { AssemblyConfigFile, AssemblyOnDisk } from '../documents/read-assembly.js';
import { CliError } from '../exit-codes.js';

/** One pair of documents to compare, named by the config file. */
export interface DiffInput {
  readonly file: string;
  readonly before: ConfigDocument | undefined;
  readonly after: ConfigDocument | undefined;
}

/**
 * Pairs two assemblies file by file (the files are what a proxy is given): configs of the fresh synth in its order,
 * then files only the previous assembly has. `config` limits the pairs to one file.
 */
export function assemblyPairs(before: AssemblyOnDisk | undefined, after: AssemblyOnDisk, config?: string): DiffInput[] {
  const previous = new Map((before?.configs ?? []).map((c) => [c.file, c]));
  const pairs: DiffInput[] = after.configs.map((c) => ({
    file: c.file,
    before: previous.get(c.file)?.document,
    after: c.document,
  }));
  for (const old of previous.values()) {
    if (!after.configs.some((c) => c.file === old.file))
      pairs.push({ file: old.file, before: old.document, after: undefined });
  }
  if (config === undefined) return pairs;
  const chosen = pairs.filter(
    (pair) => pair.file === config || after.configs.find((c) => c.file === pair.file)?.constructPath === config,
  );
  if (chosen.length === 0)
    throw unknownConfig(
      config,
      pairs.map((pair) => pair.file),
    );
  return chosen;
}

/**
 * Pairs a hand-written config file with the config of the fresh synth it stands for: the one `config` names, else
 * the one with the same file name, else the app's only main config. Both sides are compared as LiteLLM loads them,
 * with their includes merged in.
 */
export function filePair(file: string, after: AssemblyOnDisk, config?: string): DiffInput {
  const chosen = chooseConfig(file, after, config);
  const byFile = new Map(after.configs.map((c) => [c.file, c.document]));
  const includes = chosen.includes
    .map((name) => byFile.get(name))
    .filter((doc): doc is ConfigDocument => doc !== undefined);
  return { file: chosen.file, before: readEffectiveConfig(file), after: mergeIncludes(chosen.document, includes) };
}

function chooseConfig(file: string, after: AssemblyOnDisk, config: string | undefined): AssemblyConfigFile {
  const files = after.configs.map((c) => c.file);
  if (config !== undefined) {
    const named = after.configs.find((c) => c.file === config || c.constructPath === config);
    if (!named) throw unknownConfig(config, files);
    return named;
  }
  const sameName = after.configs.find((c) => c.file === path.basename(file));
  if (sameName) return sameName;
  const included = new Set(after.configs.flatMap((c) => c.includes));
  const mains = after.configs.filter((c) => !included.has(c.file));
  if (mains.length === 1) return mains[0];
  throw new CliError(
    'usage',
    `The app has ${mains.length === 0 ? 'no configs' : `${mains.length} configs (${mains.map((c) => c.file).join(', ')})`} to compare with ${file}.`,
    {
      hint: mains.length === 0 ? 'Add a ProxyConfig to the app.' : 'Choose one with --config <file>.',
    },
  );
}

function unknownConfig(config: string, files: readonly string[]): CliError {
  return new CliError('usage', `The app has no config '${config}'; it has: ${files.join(', ') || 'none'}.`, {
    hint: 'Pass a config file name (prod.yaml) or construct path (prod) to --config.',
  });
}
