import fc from 'fast-check';
import type { YamlDocument } from '../src/synth/yaml-emitter.js';

/** Strings that some YAML reader, PyYAML above all, would take for something other than the same string. */
export const PYYAML_TRICKY_STRINGS: readonly string[] = [
  '',
  ' ',
  'yes',
  'Yes',
  'YES',
  'no',
  'NO',
  'on',
  'On',
  'off',
  'OFF',
  'y',
  'Y',
  'n',
  'N',
  'true',
  'True',
  'FALSE',
  '~',
  'null',
  'Null',
  'NULL',
  '0x1F',
  '0o17',
  '017',
  '0b101',
  '-0b1_0',
  '1_000',
  '+12',
  '-0',
  '08',
  '1:30',
  '190:20:30',
  '-1:59',
  '1e3',
  '1E+3',
  '1.5',
  '.5',
  '-.5',
  '1.',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '1_000.5',
  '6.8523015e+5',
  '685.230_15e+03',
  '190:20:30.15',
  '1.0e-07',
  'e5',
  '.',
  '._',
  '2024-01-01',
  '2024-1-1',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5',
  '2001-12-15T02:59:43.1Z',
  '2002-12-14',
  '=',
  '<<',
  ' leading',
  'trailing ',
  '-',
  '- item',
  '-dash',
  '?',
  '? key',
  ':',
  ':colon',
  'key:',
  'a: b',
  'a #b',
  '#comment',
  '&anchor',
  '*alias',
  '!tag',
  '|',
  '>',
  "'single'",
  '"double"',
  '%YAML',
  '@at',
  '`tick',
  '[a, b]',
  '{a: b}',
  ',',
  '---',
  '...',
  '--- x',
  '... x',
  'a\tb',
  'line\nbreak',
  'cr\r',
  '\x00',
  '\x85',
  '\u2028',
  '\uFEFF',
  '\u00A0',
  '\uD800',
  'é',
  '日本語',
  '🎉',
  'os.environ/OPENAI_API_KEY',
  'bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
  'gpt-4o',
  'https://x.y/z?a=b#frag',
  'oidc/google/https://example.com',
  'C:\\path',
  'a\\nb',
  "it's",
  'say "hi"',
];

/** Characters that change how YAML reads a scalar, plus a few ordinary ones to build words around them. */
const SPECIAL_CHARACTERS = [
  ...'-?:,[]{}#&*!|>\'"%@` \t\n\r\\~=<.+_0123456789eExXoObByYnNtTZ/',
  '\x00',
  '\x1b',
  '\x7f',
  '\x85',
  '\u00A0',
  '\u2028',
  '\u202E',
  '\u3000',
  '\uFEFF',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  'é',
  '🎉',
];

/**
 * Every string of length 1 and 2 over the special characters, of length 3 over the characters that build YAML 1.1
 * numbers and dates, and of length 4 over the digits and separators: about 10,000 strings.
 */
export function exhaustiveShortStrings(): string[] {
  const broad = SPECIAL_CHARACTERS.filter((character) => !'\uD800\uDC00'.includes(character));
  const numeric = [...'019_.-+:eEx bo~T'];
  const separators = [...'09_.-:e '];
  return [...new Set([...words(broad, 1), ...words(broad, 2), ...words(numeric, 3), ...words(separators, 4)])];
}

function words(alphabet: readonly string[], length: number): string[] {
  if (length === 0) return [''];
  return words(alphabet, length - 1).flatMap((prefix) => alphabet.map((character) => prefix + character));
}

const specialCharacter = fc.constantFrom(...SPECIAL_CHARACTERS);

const numberLikeString = fc
  .tuple(
    fc.integer({ min: -99, max: 9999 }),
    fc.constantFrom(':', '.', 'e', 'e+', 'e-', '_', '-', '0', 'x', ':5'),
    fc.nat(99),
  )
  .map(([head, separator, tail]) => `${head}${separator}${tail}`);

/** Strings biased towards what YAML resolvers and indicators care about. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PYYAML_TRICKY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: specialCharacter, maxLength: 6 }) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.oneof(specialCharacter, fc.constantFrom(...'abcxyz /')), maxLength: 14 }),
  },
  { weight: 2, arbitrary: numberLikeString },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const scalar: fc.Arbitrary<YamlDocument> = fc.oneof(
  { weight: 6, arbitrary: trickyString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 1e21, 5e-324, 1e-7, 2 ** 53 + 2, Number.MAX_VALUE) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** JSON-like documents with tricky keys and values, nested a few levels. */
export const yamlDocument: fc.Arbitrary<YamlDocument> = fc.letrec<{
  document: YamlDocument;
  sequence: YamlDocument[];
  mapping: Record<string, YamlDocument>;
}>((tie) => ({
  document: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('sequence'), tie('mapping')),
  sequence: fc.array(tie('document'), { maxLength: 5 }),
  mapping: fc.dictionary(trickyString, tie('document'), { maxKeys: 5 }),
})).document;
