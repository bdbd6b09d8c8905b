import { type Alias, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, visit } from 'yaml';

/** A problem PyYAML's `safe_load` raises that the `yaml` package lets through, at an offset of the text. */
export interface YamlRejection {
  readonly message: string;
  readonly offset: number;
}

/**
 * Characters PyYAML's reader refuses anywhere in a stream (`yaml/reader.py`, `NON_PRINTABLE`): control characters
 * other than tab, LF and CR, DEL and the C1 controls but NEL, surrogates, U+FFFE and U+FFFF.
 */
export const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The tags `SafeConstructor` can build (`yaml/constructor.py`); any other explicit tag fails `safe_load`. */
const SAFE_TAGS = new Set(
  ['null', 'bool', 'int', 'float', 'binary', 'timestamp', 'omap', 'pairs', 'set', 'str', 'seq', 'map'].map(
    (t) => `tag:yaml.org,2002:${t}`,
  ),
);

/**
 * How many values aliases may expand to in all: this many, or ten times the values written, whichever is more.
 * PyYAML shares an aliased value instead of copying it, but every check that walks the config (and LiteLLM itself,
 * writing the config back) expands it: ten anchors of ten aliases each are ten billion values.
 */
export const MIN_ALIAS_EXPANSION_BUDGET = 100_000;
const EXPANSION_PER_WRITTEN_VALUE = 10;

/** The longest excerpt of the input a message quotes. */
const EXCERPT = 40;

/**
 * What PyYAML's `safe_load` refuses in a document the `yaml` package parsed without errors: special characters,
 * tags it cannot construct (`!include`, `!!python/...`), undefined aliases, merge keys whose value is not a mapping
 * or a list of mappings; and aliases that expand beyond the budget. In document order.
 */
export function pyyamlRejections(text: string, document: Document.Parsed): YamlRejection[] {
  const special = NON_PRINTABLE.exec(text);
  if (special) {
    const code = special[0].codePointAt(0)!.toString(16).padStart(4, '0');
    return [
      {
        message: `unacceptable character #x${code}: special characters are not allowed (PyYAML refuses the whole file)`,
        offset: special.index,
      },
    ];
  }
  const rejections: YamlRejection[] = [];
  let written = 0;
  const aliases: Alias[] = [];
  const anchors = new Map<string, number>();
  visit(document, {
    Node(_key, node) {
      written++;
      // PyYAML's composer refuses an anchor defined twice; the `yaml` package lets the second one win.
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor !== undefined) {
        const offset = anchorOffset(text, node, anchor);
        const first = anchors.get(anchor);
        if (first === undefined) anchors.set(anchor, offset);
        else
          rejections.push({
            message: `found duplicate anchor '${excerpt(anchor)}' (first defined ${lineOf(text, first)}); give the second one another name`,
            offset,
          });
      }
      // Parsed nodes carry a tag only when the source gives one explicitly.
      const tag = (node as { tag?: string }).tag;
      if (tag !== undefined && !SAFE_TAGS.has(tag)) {
        rejections.push({
          message: `could not determine a constructor for the tag '${excerpt(tag)}' (PyYAML's safe_load builds only standard YAML types)`,
          offset: tagOffset(text, node),
        });
      }
    },
    Alias(_key, alias) {
      aliases.push(alias);
      if (alias.resolve(document) === undefined) {
        rejections.push({
          message: `found undefined alias '${excerpt(alias.source)}' (define the anchor &${excerpt(alias.source)} before using it)`,
          offset: alias.range?.[0] ?? 0,
        });
      }
    },
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.source !== '<<' || pair.key.type !== 'PLAIN') return;
      const problem = mergeProblem(pair.value as Node | null, document);
      if (problem) rejections.push(problem);
    },
  });
  const overBudget = aliasOverBudget(document, aliases, written);
  if (overBudget) rejections.push(overBudget);
  return rejections.sort((a, b) => a.offset - b.offset);
}

/** Where the node's tag is written: a block collection's range starts after it, on a later line. */
function tagOffset(text: string, node: Node): number {
  const start = node.range?.[0] ?? 0;
  let bang = text.lastIndexOf('!', start);
  while (bang > 0 && text[bang - 1] === '!') bang--;
  return bang >= 0 && /^![^\s]*\s*$/.test(text.slice(bang, start)) ? bang : start;
}

/** Where `&anchor` is written before the node (a block collection's range starts after it). */
function anchorOffset(text: string, node: Node, anchor: string): number {
  const start = node.range?.[0] ?? 0;
  const at = text.lastIndexOf(`&${anchor}`, start);
  return at >= 0 ? at : start;
}

function lineOf(text: string, offset: number): string {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return `on line ${line}`;
}

/** A merge key's value must be a mapping, or a list of mappings (aliases resolved), as PyYAML's `flatten_mapping` requires. */
function mergeProblem(value: Node | null, document: Document.Parsed): YamlRejection | undefined {
  const resolved = isAlias(value) ? value.resolve(document) : value;
  if (resolved === undefined || isMap(resolved)) return undefined;
  if (isSeq(resolved)) {
    for (const item of resolved.items) {
      const target = isAlias(item) ? item.resolve(document) : item;
      if (target !== undefined && !isMap(target))
        return {
          message: `expected a mapping for merging, but found ${kindOf(target as Node)}`,
          offset: (item as Node).range?.[0] ?? 0,
        };
    }
    return undefined;
  }
  return {
    message: `expected a mapping or list of mappings for merging, but found ${kindOf(resolved as Node | null)}`,
    offset: value?.range?.[0] ?? 0,
  };
}

function kindOf(node: Node | null): string {
  if (isSeq(node)) return 'a sequence';
  if (isMap(node)) return 'a mapping';
  return 'a scalar';
}

/**
 * The first alias at which the values aliases expand to exceed the budget, or `undefined`. An alias expands to its
 * anchor's value with every alias inside it expanded too (sizes memoized per node, so this is linear).
 */
function aliasOverBudget(
  document: Document.Parsed,
  aliases: readonly Alias[],
  written: number,
): YamlRejection | undefined {
  if (aliases.length === 0) return undefined;
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // an alias cycle counts once
    let size = 1;
    if (isAlias(node)) size = sizeOf(node.resolve(document));
    else if (isPair(node)) size = sizeOf(node.key) + sizeOf(node.value);
    else if (isMap(node) || isSeq(node)) for (const item of node.items as unknown[]) size += sizeOf(item);
    sizes.set(node, size);
    return size;
  };
  const budget = Math.max(MIN_ALIAS_EXPANSION_BUDGET, EXPANSION_PER_WRITTEN_VALUE * written);
  let expanded = 0;
  for (const alias of aliases) {
    expanded += sizeOf(alias);
    if (expanded > budget) {
      return {
        message: `too many aliases: they expand to more than ${budget} values (this one, *${excerpt(alias.source)}, brings the total past it); write the values out or use fewer nested aliases`,
        offset: alias.range?.[0] ?? 0,
      };
    }
  }
  return undefined;
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
