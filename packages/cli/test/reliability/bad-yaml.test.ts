import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/main.js';

/**
 * The reliability table of bad config files: each goes through `litellm-cdk validate --format json` (in process) and
 * must give exit code 1, exactly one JSON document, an error placed at file:line:col with a fix, a message quoting
 * at most a short excerpt, and no file written.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-bad-yaml-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const OK_ENTRY =
  '  - model_name: g\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY\n';
/** A valid config with `params` added to its one deployment's litellm_params. */
const withParams = (params: string) =>
  `model_list:\n${OK_ENTRY}${params
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n')}\n`;

let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
for (let i = 1; i < 10; i++)
  bomb += `a${i}: &a${i} [${Array(10)
    .fill(`*a${i - 1}`)
    .join(', ')}]\n`;
let wideBomb = 'base: &b {k: v}\n';
for (let i = 1; i < 8; i++)
  wideBomb += `l${i}: &l${i} [${Array(12)
    .fill(i === 1 ? '*b' : `*l${i - 1}`)
    .join(', ')}]\n`;

const utf16 = (text: string, bom: boolean, bigEndian = false): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
  return Buffer.concat([bom ? Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), body]);
};

/** [name, file bytes, the line of the error, words of its message]. */
const CASES: [string, string | Buffer, number, RegExp][] = [
  // Tags PyYAML's safe_load cannot construct.
  [
    'an !include tag',
    `model_list:\n${OK_ENTRY}include_more: !include other.yaml\n`,
    6,
    /constructor for the tag '!include'/,
  ],
  [
    'a !!python/object/apply tag',
    'model_list: !!python/object/apply:os.system ["id"]\n',
    1,
    /tag 'tag:yaml\.org,2002:python\/object\/apply/,
  ],
  ['a !!python/name tag', 'x: !!python/name:os.system\nmodel_list: []\n', 1, /python\/name/],
  ['a !!python/tuple tag', 'x: !!python/tuple [1, 2]\nmodel_list: []\n', 1, /python\/tuple/],
  ['a local tag on a mapping', 'model_list: []\nx: !custom\n  a: 1\n', 2, /tag '!custom'/],
  ['a !!js/function tag', 'model_list: []\nx: !!js/function "f"\n', 2, /js\/function/],
  ['an !env tag', `model_list:\n${OK_ENTRY}x: !env OPENAI_API_KEY\n`, 6, /tag '!env'/],
  // Aliases.
  ['an undefined alias', 'model_list: *models\n', 1, /found undefined alias 'models'/],
  ['an alias before its anchor', 'a: *x\nb: &x 1\nmodel_list: []\n', 1, /undefined alias 'x'/],
  ['an undefined alias in a list', `model_list:\n${OK_ENTRY}  - *other\n`, 6, /undefined alias 'other'/],
  ['ten nested anchors of ten aliases', bomb, 5, /too many aliases/],
  ['seven nested anchors of twelve aliases', wideBomb, 6, /too many aliases/],
  // Merge keys.
  [
    'a merge of a scalar',
    `model_list:\n  - <<: 1\n    model_name: g\n`,
    2,
    /expected a mapping or list of mappings for merging, but found a scalar/,
  ],
  [
    'a merge of a list of scalars',
    `model_list:\n  - <<: [1, 2]\n    model_name: g\n`,
    2,
    /expected a mapping for merging, but found a scalar/,
  ],
  // PyYAML points at the offending item, inside the anchored list.
  [
    'a merge of an alias of a list',
    `l: &l [1]\nmodel_list:\n  - <<: *l\n    model_name: g\n`,
    1,
    /expected a mapping for merging/,
  ],
  [
    'a merge of a list holding a list',
    `m: &m {a: 1}\nmodel_list:\n  - <<: [*m, [1]]\n    model_name: g\n`,
    3,
    /expected a mapping for merging, but found a sequence/,
  ],
  ['a merge of a string', `model_list:\n  - <<: defaults\n    model_name: g\n`, 2, /but found a scalar/],
  // Characters PyYAML refuses.
  ...(
    [
      [0x00, 'NUL'],
      [0x01, 'SOH'],
      [0x07, 'BEL'],
      [0x08, 'backspace'],
      [0x0b, 'vertical tab'],
      [0x0c, 'form feed'],
      [0x1b, 'ESC'],
      [0x7f, 'DEL'],
      [0x9b, 'C1 CSI'],
      [0xfffe, 'U+FFFE'],
    ] as const
  ).map(([code, name]): [string, string, number, RegExp] => [
    `a ${name} character`,
    `model_list: []\nx: "a${String.fromCodePoint(code)}b"\n`,
    2,
    new RegExp(`unacceptable character #x${code.toString(16).padStart(4, '0')}`),
  ]),
  // Encodings.
  ['a Latin-1 é', Buffer.from('model_list: []\nname: caf\xe9\n', 'latin1'), 2, /not valid UTF-8 \(byte 0xe9\)/],
  [
    'a Windows-1252 quote',
    Buffer.from('model_list: []\nname: \x93x\x94\n', 'latin1'),
    2,
    /not valid UTF-8 \(byte 0x93\)/,
  ],
  [
    'a truncated UTF-8 sequence',
    Buffer.concat([Buffer.from('model_list: []\nx: '), Buffer.from([0xe2, 0x82]), Buffer.from('\n')]),
    2,
    /not valid UTF-8 \(byte 0xe2\)/,
  ],
  [
    'an overlong UTF-8 encoding',
    Buffer.concat([Buffer.from('model_list: []\nx: '), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]),
    2,
    /not valid UTF-8 \(byte 0xc0\)/,
  ],
  [
    'a UTF-8 encoded surrogate',
    Buffer.concat([Buffer.from('model_list: []\nx: '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]),
    2,
    /not valid UTF-8 \(byte 0xed\)/,
  ],
  ['UTF-16 little-endian with a BOM', utf16('model_list: []\n', true), 1, /encoded as UTF-16 \(little-endian\)/],
  ['UTF-16 big-endian with a BOM', utf16('model_list: []\n', true, true), 1, /encoded as UTF-16 \(big-endian\)/],
  ['UTF-16 little-endian without a BOM', utf16('model_list: []\n', false), 1, /encoded as UTF-16/],
  ['UTF-16 big-endian without a BOM', utf16('model_list: []\n', false, true), 1, /encoded as UTF-16/],
  [
    'UTF-32 little-endian',
    Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('m\0\0\0')]),
    1,
    /encoded as UTF-32/,
  ],
  // Syntax.
  ['a tab for indentation', 'model_list:\n\t- model_name: g\n', 2, /./],
  ['an unclosed quote', 'model_list: []\nx: "abc\n', 3, /./],
  ['an unclosed flow sequence', 'model_list: [\n', 2, /./],
  ['two documents', 'model_list: []\n---\nx: 1\n', 2, /./],
  ['a key without a value on a list', 'model_list:\n  - a\n  b: 1\n', 3, /./],
  ['a bad indentation', 'model_list:\n  - model_name: g\n     litellm_params: {}\n', 2, /./],
  [
    'a duplicate anchor',
    'a: &x 1\nb: *x\nc: &x 2\nmodel_list: []\n',
    3,
    /found duplicate anchor 'x' \(first defined on line 1\)/,
  ],
  ['a duplicate anchor on a mapping', 'd: &d {a: 1}\ne: &d\n  b: 2\nmodel_list: []\n', 2, /found duplicate anchor 'd'/],
  // Content LiteLLM loads and then fails on or ignores.
  ['rpm 0', withParams('rpm: 0'), 6, /rpm 0 .*is not above 0/],
  ['tpm -5', withParams('tpm: -5'), 6, /tpm -5 .*is not above 0/],
  ['rpm 1.5', withParams('rpm: 1.5'), 6, /rpm is 1\.5/],
  [
    'an AWS region that does not exist',
    `model_list:\n  - model_name: g\n    litellm_params:\n      model: bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0\n      aws_region_name: eu-centrl-1\n`,
    5,
    /'eu-centrl-1' .*is not an AWS region/,
  ],
  [
    'a plaintext API key',
    `model_list:\n  - model_name: g\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: sk-live-abcdef\n`,
    5,
    /plaintext credential/,
  ],
  [
    'a key in an api_base query',
    withParams('api_base: https://host/v1?api_key=sk-123'),
    6,
    /api_base holds a plaintext credential/,
  ],
  [
    'a password in an api_base',
    withParams('api_base: https://user:secret@host/v1'),
    6,
    /api_base holds a plaintext credential/,
  ],
  [
    'a Gemini thinking budget out of range',
    `model_list:\n  - model_name: g\n    litellm_params:\n      model: gemini/gemini-2.5-pro\n      api_key: os.environ/GEMINI_API_KEY\n      thinking: {type: enabled, budget_tokens: 64}\n`,
    6,
    /outside the range Google documents/,
  ],
  [
    'a model without a provider',
    `model_list:\n  - model_name: g\n    litellm_params:\n      model: gpt-4o-typo-model\n`,
    4,
    /cannot infer a provider/,
  ],
  [
    'an invalid environment variable name',
    withParams('api_key: os.environ/1BAD'),
    6,
    /not a valid environment variable name/,
  ],
];

async function validate(file: string): Promise<{ exit: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const exitCodeBefore = process.exitCode;
  try {
    const exit = await runCli(['node', 'litellm-cdk', 'validate', file, '--format', 'json']);
    return { exit, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = exitCodeBefore;
  }
}

describe('bad config files: exit 1, one JSON document, file:line:col with a fix, nothing written', () => {
  it('has a case for every class of the reliability table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CASES)('%s', async (name, bytes, line, words) => {
    const directory = path.join(scratch, name.replace(/[^a-z0-9]+/gi, '-'));
    fs.mkdirSync(directory);
    const file = path.join(directory, 'config.yaml');
    fs.writeFileSync(file, bytes);
    const run = await validate(file);
    expect(run.exit, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/Internal error|\n\s+at .*:\d+:\d+/);
    const document = JSON.parse(run.stdout) as {
      findings: { file: string; line: number; column: number; severity: string; message: string; hint?: string }[];
    };
    const errors = document.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const first = errors.find((f) => words.test(f.message)) ?? errors[0]!;
    expect(first.message).toMatch(words);
    expect(first.file).toMatch(/config\.yaml$/);
    expect(first.line).toBe(line);
    expect(first.column).toBeGreaterThanOrEqual(1);
    expect(first.hint, 'a fix').toMatch(/\w+/);
    expect(first.message.length, 'a short excerpt at most').toBeLessThan(400);
    expect(fs.readdirSync(directory), 'nothing written').toEqual(['config.yaml']);
  });
});
