import { Document, LineCounter, parseDocument, type ScalarTag, type Tags } from 'yaml';
import { pyyamlRejections, type YamlRejection } from './_pyyaml-rejections.js';

/**
 * Plain-scalar patterns of PyYAML's resolver (`yaml/resolver.py`), which LiteLLM's `safe_load` uses. The `yaml`
 * package's YAML 1.1 schema is looser in a few places: it reads `y`/`n` as booleans, `08` as an integer and
 * `1e3` (no dot) as a float, where PyYAML reads strings. The config must be read as the proxy reads it.
 */
const PYYAML_PATTERNS = {
  true: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  false: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  decimalInt: /^[-+]?(?:0|[1-9][0-9_]*)$/,
  exponentFloat: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*[eE][-+][0-9]+|\.[0-9][0-9_]*[eE][-+][0-9]+)$/,
  float: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/,
} as const;

/** The `yaml` package's YAML 1.1 tags, with the patterns that differ from PyYAML's replaced. */
function pyyamlTags(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || !('test' in tag) || !(tag.test instanceof RegExp)) return tag;
    const scalar = tag as ScalarTag;
    switch (scalar.tag) {
      case 'tag:yaml.org,2002:bool':
        return { ...scalar, test: scalar.test!.test('true') ? PYYAML_PATTERNS.true : PYYAML_PATTERNS.false };
      case 'tag:yaml.org,2002:int':
        return scalar.format === undefined ? { ...scalar, test: PYYAML_PATTERNS.decimalInt } : scalar;
      case 'tag:yaml.org,2002:float':
        if (scalar.format === 'EXP') return { ...scalar, test: PYYAML_PATTERNS.exponentFloat };
        return scalar.test!.test('1.5') ? { ...scalar, test: PYYAML_PATTERNS.float } : scalar;
      default:
        return scalar;
    }
  });
}

/** How the `yaml` package reads a config as PyYAML does. */
const PYYAML_READING = { version: '1.1', customTags: pyyamlTags, merge: true, uniqueKeys: false } as const;

/** The scalar tags plain scalars are resolved by, in the order they are tried (the fast reader uses them too). */
export function pyyamlScalarTags(): ScalarTag[] {
  return new Document(null, PYYAML_READING).schema.tags.filter(
    (tag): tag is ScalarTag => !('collection' in tag) || tag.collection === undefined,
  );
}

/** A parsed config file: the `yaml` document (with node ranges) and the counter that turns offsets into lines. */
export interface ParsedYaml {
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** What PyYAML's `safe_load` refuses that the `yaml` package accepted (tags, aliases, merge keys, characters). */
  readonly rejections: readonly YamlRejection[];
}

/**
 * Parses config text the way LiteLLM does (YAML 1.1, PyYAML's scalar rules, merge keys, and the last of
 * duplicate keys winning), keeping every node's source range. Syntax problems are in `document.errors`, what
 * PyYAML refuses beyond them in `rejections`.
 */
export function parseConfigYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...PYYAML_READING, lineCounter, prettyErrors: false });
  return { document, lineCounter, rejections: document.errors.length === 0 ? pyyamlRejections(text, document) : [] };
}

/**
 * The plain data of a parsed document, as PyYAML's `safe_load` returns it (an empty file is `null`).
 * Throws when the document has syntax errors.
 */
export function toPlainData(document: Document.Parsed): unknown {
  if (document.errors.length > 0) throw document.errors[0];
  return document.toJS({ maxAliasCount: -1 }) ?? null;
}

/** Parses config text to plain data, as {@link parseConfigYaml} reads it; throws on syntax errors and on what PyYAML refuses. */
export function loadConfigYaml(text: string): unknown {
  const { document, lineCounter, rejections } = parseConfigYaml(text);
  const [first] = rejections;
  if (first && document.errors.length === 0) {
    const { line, col } = lineCounter.linePos(first.offset);
    throw new Error(`${first.message} at line ${line}, column ${col}`);
  }
  return toPlainData(document);
}
