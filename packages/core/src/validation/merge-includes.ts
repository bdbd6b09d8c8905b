// `include`: the main document merged with the files it names, as LiteLLM merges them
// (`ProxyConfig._process_includes`), remembering which document each part of the merged view came from.
import { posix } from 'node:path';
import { isMapping, type Mapping, withFile } from './document-paths.js';
import type { ConfigDocument, ConfigFinding, ConfigPath } from './finding.js';

/** A place in one of the documents: `file` is absent for the main document. */
export interface DocumentLocation {
  readonly path: ConfigPath;
  readonly file?: string;
}

/** The main document merged with its includes. */
export interface MergedConfig {
  /** The config LiteLLM works with after processing `include` (the `include` key itself is gone). */
  readonly content: Mapping;
  /** The included documents found, each once, in the order the main document names them. */
  readonly included: readonly ConfigDocument[];
  /** Maps a path in {@link content} to the document and path it came from. */
  locate(path: ConfigPath): DocumentLocation;
}

// Where a top-level key of the merged view comes from: one document, or (a list) one document per item.
type KeyOrigin =
  | { readonly file?: string }
  | { readonly items: readonly { readonly file?: string; readonly index: number }[] };

/**
 * Merges the main document with the documents its `include` names, like LiteLLM: a list in an included document
 * extends the same list (so `model_list` entries add up), any other value replaces the key. Includes do not nest:
 * an `include` key inside an included document is ignored. Documents are matched by `file`, either as written in
 * `include` or relative to the main document's directory.
 */
export function mergeIncludes(main: ConfigDocument, includes: readonly ConfigDocument[] = []): MergedConfig {
  const content: Mapping = {};
  const origins = new Map<string, KeyOrigin>();
  const add = (document: Mapping, file: string | undefined) => {
    for (const [key, value] of Object.entries(document)) {
      if (key === 'include') continue;
      const previous = origins.get(key);
      const items = Array.isArray(value) ? value.map((_, index) => ({ file, index })) : undefined;
      const existing = content[key];
      if (items && Array.isArray(existing) && previous && 'items' in previous) {
        content[key] = [...existing, ...(value as unknown[])];
        origins.set(key, { items: [...previous.items, ...items] });
      } else {
        content[key] = value;
        origins.set(key, items ? { items } : { file });
      }
    }
  };
  if (isMapping(main.content)) add(main.content, undefined);
  const resolved = resolveIncludes(main, includes).flatMap(({ document }) => (document ? [document] : []));
  for (const document of resolved) if (isMapping(document.content)) add(document.content, document.file);
  const included = resolved.filter((document, i) => resolved.indexOf(document) === i);

  return {
    content,
    included,
    locate(path: ConfigPath): DocumentLocation {
      const origin = path.length > 0 ? origins.get(String(path[0])) : undefined;
      if (!origin) return { path };
      if (!('items' in origin)) return withFile({ path }, origin.file);
      const item = typeof path[1] === 'number' ? origin.items[path[1]] : undefined;
      if (!item) return { path };
      return withFile({ path: [path[0], item.index, ...path.slice(2)] }, item.file);
    },
  };
}

/** Findings about `include` itself: named files that were not given, and `include` inside an included file. */
export function includeFindings(main: ConfigDocument, includes: readonly ConfigDocument[]): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const checked = new Set<ConfigDocument>();
  for (const { name, index, document } of resolveIncludes(main, includes)) {
    if (!document) {
      findings.push({
        severity: 'error',
        id: 'core/missing-include',
        message: `include[${index}] names '${name}', but no such document was given: LiteLLM fails at start-up with FileNotFoundError.`,
        path: ['include', index],
        hint: "Is the path relative to the main config file? Paths in include are resolved from the main file's directory.",
      });
    } else if (!checked.has(document) && isMapping(document.content) && Object.hasOwn(document.content, 'include')) {
      checked.add(document);
      findings.push(
        withFile(
          {
            severity: 'error',
            id: 'core/nested-include',
            message: `'${document.file}' has its own include: includes do not nest, so LiteLLM never loads the files it names.`,
            path: ['include'],
            hint: 'List every file under include in the main config instead.',
          },
          document.file,
        ),
      );
    }
  }
  return [...findings, ...replacedSections(main, includes)];
}

/**
 * A section an included file sets that the main file (or an earlier include) already set: LiteLLM extends lists but
 * replaces every other value wholesale, so the earlier keys are lost without a word.
 */
function replacedSections(main: ConfigDocument, includes: readonly ConfigDocument[]): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const setBy = new Map<string, { readonly file: string; readonly isList: boolean }>();
  const note = (document: ConfigDocument) => {
    if (!isMapping(document.content)) return;
    for (const [key, value] of Object.entries(document.content)) {
      if (key === 'include') continue;
      const earlier = setBy.get(key);
      const isList = Array.isArray(value);
      if (earlier && document !== main && !(isList && earlier.isList)) {
        findings.push(
          withFile(
            {
              severity: 'warning',
              id: 'core/include-replaces-section',
              message: `'${document.file}' sets ${key}, which replaces the whole ${key} of '${earlier.file}': LiteLLM extends lists from included files but replaces every other value.`,
              path: [key],
              hint: `Set ${key} in one file only (for an app: keep settings and fallbacks in the main config).`,
            },
            document.file,
          ),
        );
      }
      setBy.set(key, { file: document.file, isList });
    }
  };
  note(main);
  for (const { document } of resolveIncludes(main, includes)) if (document) note(document);
  return findings;
}

interface ResolvedInclude {
  readonly name: string;
  readonly index: number;
  readonly document?: ConfigDocument;
}

function resolveIncludes(main: ConfigDocument, includes: readonly ConfigDocument[]): ResolvedInclude[] {
  const names = isMapping(main.content) && Array.isArray(main.content.include) ? main.content.include : [];
  const mainDirectory = posix.dirname(toPosix(main.file));
  return names.flatMap((name, index) => {
    if (typeof name !== 'string') return [];
    const candidates = new Set([normalise(name), normalise(posix.join(mainDirectory, toPosix(name)))]);
    const document = includes.find((candidate) => candidates.has(normalise(candidate.file)));
    return [document ? { name, index, document } : { name, index }];
  });
}

function toPosix(file: string): string {
  return file.replace(/\\/g, '/');
}

function normalise(file: string): string {
  return posix.normalize(toPosix(file));
}
