import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fastLoad } from '../src/validate/_fast-load.js';
import { fastLocate, type PositionRequest } from '../src/validate/_fast-locate.js';
import { locatePath } from '../src/validate/locate-path.js';
import { LARGE_CONFIG_BYTES } from '../src/validate/config-source.js';
import { parseConfigYaml, toPlainData } from '../src/validate/pyyaml-parse.js';
import { validateConfigFiles } from '../src/validate/validate-config-files.js';

/** What the document reader (held to PyYAML by the parity tests) reads: the data, or `undefined` when it refuses the text. */
function documentRead(text: string): unknown {
  const { document, rejections } = parseConfigYaml(text);
  return document.errors.length > 0 || rejections.length > 0 ? undefined : toPlainData(document);
}

/** The fast reader must give the document reader's data, or give up; never other data, never a file the other refuses. */
function expectSameReading(text: string): void {
  const fast = fastLoad(text);
  if (fast === undefined) return;
  const read = documentRead(text);
  expect(read, `the document reader refuses what the fast reader read: ${JSON.stringify(text)}`).not.toBeUndefined();
  // Node's deep strict equality: same prototypes and own properties (vitest's would compare a `constructor` key as a type).
  expect(isDeepStrictEqual(fast.content, read), `${JSON.stringify(text)}: ${JSON.stringify(fast.content)}`).toBe(true);
}

const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'yes',
    'No',
    'on',
    'y',
    'n',
    '~',
    'null',
    '',
    '0x1F',
    '010',
    '08',
    '1_000',
    '1e3',
    '1.0e+3',
    '.5',
    '.inf',
    '-.Inf',
    '.NaN',
    '1:20',
    '2001-12-14',
    '12:30:45.5',
    '0b101',
    '+12',
    '-0',
    'True',
    '<<',
    'a: b',
    '- x',
    '#c',
    '"q"',
    "'s'",
  ),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(
    fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('model_list', 'rpm', 'yes', '1', 'null')),
    tie('node'),
    { maxKeys: 4 },
  ),
})).node;
const style = fc.record({
  flowLevel: fc.constantFrom(undefined, 0, 1, 2),
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
    'BLOCK_FOLDED',
  ) as fc.Arbitrary<'PLAIN'>,
  lineWidth: fc.constantFrom(0, 20, 80),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
});
/** Characters and words that change how YAML reads a text, to insert at random places. */
const disruption = fc.constantFrom(
  ' ',
  '\n',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '?',
  '? ',
  '|',
  '>',
  '!',
  '&a ',
  '*a',
  '~',
  '0',
  '.',
  'e',
  '+',
  '\t',
  '\r\n',
  '---\n',
  '...\n',
  '%',
  '\\',
  '<<: ',
  '\u00e9',
  '\ufeff',
  '\u0085',
  '\u2028',
  '\u0000',
  'x'.repeat(1100),
  'x',
  '\n  ',
  '\n- ',
);
/** One to `most` insertions of a disruption, each replacing up to two characters, at random places. */
const edits = (most: number) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), disruption), { minLength: 1, maxLength: most });

/** `text` with the edits applied, one after the other. */
function disrupted(text: string, changes: readonly (readonly [number, number, string])[]): string {
  let result = text;
  for (const [at, removed, inserted] of changes) {
    const offset = at % (result.length + 1);
    result = result.slice(0, offset) + inserted + result.slice(offset + removed);
  }
  return result;
}

describe('the fast reader of large files reads what the document reader reads, or leaves the file to it', () => {
  it('on YAML written in every style', () => {
    fc.assert(
      fc.property(value, style, (data, options) => {
        expectSameReading(stringify(data, { version: '1.1', ...options }));
      }),
      { numRuns: 400 },
    );
  });

  it('on that YAML with characters inserted or removed at random', () => {
    fc.assert(
      fc.property(value, style, edits(4), (data, options, changes) => {
        const text = stringify({ model_list: [data], general_settings: { rpm: 1 } }, { version: '1.1', ...options });
        expectSameReading(disrupted(text, changes));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !include x.yaml\n'],
    ['a non-specific tag', 'a: ! 1\n'],
    ['a standard tag', 'a: !!str 1\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a null key', '~: 1\n'],
    ['an empty key', ': 1\n'],
    ['a collection as a key', '[a, b]: 1\n'],
    ['a date', 'a: 2001-12-14\n'],
    ['a NUL byte', 'a: "x\u0000"\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a YAML directive', '%YAML 1.2\n---\na: 1\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a key over 1024 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a block sequence entry left empty', 'model_list:\n  -\n  - model_name: g\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a quoted scalar over two lines', 'a: "x\n  y"\n'],
    ['a null key without a value', 'a: {~}\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n   x\n'],
  ])('gives up on %s', (_name, text) => {
    expect(fastLoad(text)).toBeUndefined();
  });

  it('reads the plain part of YAML itself', () => {
    expect(
      fastLoad(
        'model_list:\n  - model_name: "g"\n    litellm_params: {model: openai/gpt-4o, rpm: 010, stream: yes, t: 0.5}\n',
      ),
    ).toEqual({
      content: {
        model_list: [{ model_name: 'g', litellm_params: { model: 'openai/gpt-4o', rpm: 8, stream: true, t: 0.5 } }],
      },
    });
  });
});

/** Every path of `data`, and one step past each (a missing key, a missing index), as requests for both targets. */
function requestsFor(data: unknown): PositionRequest[] {
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    paths.push(path, [...path, 'missing'], [...path, 99]);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index]);
    } else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return paths.flatMap((path) => [
    { path, target: 'value' as const },
    { path, target: 'key' as const },
  ]);
}

/** The fast positions must be the document's, or absent (the caller then asks the document). */
function expectSamePositions(text: string): void {
  const fast = fastLoad(text);
  if (fast === undefined) return;
  const requests = requestsFor(fast.content);
  const positions = fastLocate(text, requests);
  if (positions === undefined) return;
  const { document, lineCounter } = parseConfigYaml(text);
  const expected = requests.map(({ path, target }) => locatePath(document, lineCounter, path, target));
  expect(positions, JSON.stringify(text)).toEqual(expected);
}

describe('the fast reader places every path where the document does', () => {
  it('on YAML written in every style', () => {
    fc.assert(
      fc.property(value, style, (data, options) => {
        expectSamePositions(stringify({ model_list: [data], general_settings: data }, { version: '1.1', ...options }));
      }),
      { numRuns: 300 },
    );
  });

  it('on that YAML with characters inserted or removed at random', () => {
    fc.assert(
      fc.property(value, style, edits(3), (data, options, changes) => {
        const text = stringify({ model_list: [data, { rpm: 1 }] }, { version: '1.1', ...options });
        expectSamePositions(disrupted(text, changes));
      }),
      { numRuns: 600 },
    );
  });
});

describe('the fast reader places a block scalar that starts on the line after its key', () => {
  it.each([
    '"model_list":\n     |-\n x   +     \n    - "rpm": 1\n',
    'model_list:\n  |-\n    text\n',
    'a: 1\nmodel_list:\n  >-\n\n',
  ])('%j', (text) => {
    expect(fastLoad(text)).toBeDefined();
    expectSamePositions(text);
  });
});

it('leaves a byte order mark after the first character to the document reader', () => {
  expect(fastLoad('\n\ufeffmodel_list:\n- []\n- rpm: 1\n')).toBeUndefined();
  expect(fastLoad('\ufeffmodel_list:\n- rpm: 1\n')).toBeDefined();
});

describe('validate of a large file', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-large-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  const entry = (i: number, rpm: number) =>
    `  - model_name: group-${i}\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY\n      rpm: ${rpm}\n`;
  const largeConfig = (bad: number, extra = '') => {
    let text = 'model_list:\n';
    for (let i = 0; text.length < LARGE_CONFIG_BYTES; i += 1)
      text += entry(i, i === bad ? 0 : 100) + (i === bad ? extra : '');
    return text;
  };
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('places findings at the same line and column as for a small file', async () => {
    const text = largeConfig(5000);
    const file = path.join(scratch, 'config.yaml');
    fs.writeFileSync(file, text);
    const { findings } = await validateConfigFiles(file, { cwd: scratch });
    const rpm = findings.find((f) => f.id !== 'core/duplicate-key' && /rpm 0/.test(f.message));
    expect(rpm).toMatchObject({
      file: 'config.yaml',
      line: lineOf(text, 'rpm: 0'),
      column: 12,
      path: ['model_list', 5000, 'litellm_params', 'rpm'],
    });
  }, 60_000);

  it('reports what the fast reader leaves to the document reader at its line and column', async () => {
    const text = largeConfig(4000, '    extra: !include other.yaml\n');
    const file = path.join(scratch, 'tagged.yaml');
    fs.writeFileSync(file, text);
    const { findings } = await validateConfigFiles(file, { cwd: scratch });
    expect(findings[0]).toMatchObject({
      id: 'core/yaml-syntax',
      line: lineOf(text, '!include'),
      column: 12,
      message: expect.stringMatching(/tag '!include'/),
    });
  }, 60_000);
});
