import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigSource } from '../src/validate/config-source.js';
import { loadConfigYaml } from '../src/validate/pyyaml-parse.js';

/**
 * Inputs PyYAML's `safe_load` refuses or reads in a way the `yaml` package alone would not, each checked against
 * PyYAML itself: where it refuses, validate refuses at the same line; where it accepts, validate reads the same data.
 * Skipped where python3 or PyYAML is missing, unless LITELLM_CDK_REQUIRE_PYYAML=1 (CI) makes that a failure.
 */
const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
const skipPyYaml = !hasPyYaml && process.env.LITELLM_CDK_REQUIRE_PYYAML !== '1';
if (skipPyYaml)
  console.log('validate-pyyaml-parity: python3 with PyYAML is not installed; the comparisons with PyYAML are skipped.');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-parity-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A case: the file's bytes, and the words validate's message must contain. */
const REFUSED: [string, Uint8Array | string, RegExp][] = [
  [
    'an !include tag',
    'model_list:\n  - model_name: a\n    litellm_params: !include params.yaml\n',
    /could not determine a constructor for the tag '!include'/,
  ],
  [
    'a !!python/object tag',
    'a: !!python/object/apply:os.system ["id"]\n',
    /tag 'tag:yaml.org,2002:python\/object\/apply:/,
  ],
  ['a !!python/name tag on a block mapping', 'a: !!python/name:os.system\n', /could not determine a constructor/],
  ['a local tag on a block mapping', 'a: !custom\n  b: 1\n', /tag '!custom'/],
  ['an undefined alias', 'model_list: *models\n', /found undefined alias 'models'/],
  ['an alias used before its anchor', 'a: *x\nb: &x 1\n', /found undefined alias 'x'/],
  [
    'a merge key with a scalar',
    'a:\n  <<: 1\n  b: 2\n',
    /expected a mapping or list of mappings for merging, but found a scalar/,
  ],
  [
    'a merge key with a list of scalars',
    'a:\n  <<: [1, 2]\n  b: 2\n',
    /expected a mapping for merging, but found a scalar/,
  ],
  [
    'a merge key with an alias of a list',
    's: &s [1]\na:\n  <<: *s\n',
    /expected a mapping for merging, but found a scalar/,
  ],
  ['a duplicate anchor', 'a: &x 1\nb: &x 2\n', /found duplicate anchor 'x'/],
  ['a NUL byte', 'model_list: []\nx: "a\u0000b"\n', /unacceptable character #x0000/],
  ['a BEL control character', 'x: a\u0007b\n', /unacceptable character #x0007/],
  ['a DEL character', 'x: a\u007fb\n', /unacceptable character #x007f/],
  ['a Latin-1 byte', Buffer.from('model_list: []\nx: caf\xe9\n', 'latin1'), /not valid UTF-8 \(byte 0xe9\)/],
  [
    'a UTF-16 file with a byte order mark',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('model_list: []\n', 'utf16le')]),
    /encoded as UTF-16/,
  ],
  ['a UTF-16 file without a byte order mark', Buffer.from('model_list: []\n', 'utf16le'), /encoded as UTF-16/],
];

const ACCEPTED: [string, string][] = [
  ['an escaped NUL in a double-quoted string', 'x: "a\\0b"\n'],
  ['a UTF-8 byte order mark', '\ufeffmodel_list: []\n'],
  ['a standard !!str tag', 'x: !!str 012\n'],
  ['a verbatim standard tag', 'x: !<tag:yaml.org,2002:str> 1\n'],
  ['a merge of a list of mappings', 'a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n  z: 3\n'],
  ['many aliases of a small anchor', `d: &d {rpm: 1}\nl:\n${'  - *d\n'.repeat(500)}`],
];

type Verdict = { ok: true; data: unknown } | { ok: false; line: number | null };

/** PyYAML's verdict on each case, from one python3 run (starting python once per case would be slow). */
function pyyamlVerdicts(cases: readonly (Uint8Array | string)[]): Verdict[] {
  const files = cases.map((bytes, index) => {
    const file = path.join(scratch, `case-${index}.yaml`);
    fs.writeFileSync(file, bytes);
    return file;
  });
  // LiteLLM opens the file in text mode (UTF-8) and passes the stream to safe_load.
  const script = `import json, sys, yaml
verdicts = []
for name in sys.argv[1:]:
    try:
        with open(name, encoding='utf-8') as f: data = yaml.safe_load(f)
        verdicts.append({'ok': True, 'data': data})
    except UnicodeDecodeError:
        verdicts.append({'ok': False, 'line': None})
    except yaml.YAMLError as e:
        mark = getattr(e, 'problem_mark', None)
        verdicts.append({'ok': False, 'line': mark.line + 1 if mark else None})
print(json.dumps(verdicts))`;
  const run = spawnSync('python3', ['-c', script, ...files], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Verdict[];
}

const verdicts = skipPyYaml
  ? []
  : pyyamlVerdicts([...REFUSED.map(([, bytes]) => bytes), ...ACCEPTED.map(([, text]) => text)]);

function read(bytes: Uint8Array | string): ConfigSource {
  const file = path.join(scratch, 'config.yaml');
  fs.writeFileSync(file, bytes);
  return ConfigSource.read(file, 'config.yaml');
}

describe('validate reads YAML as PyYAML safe_load does', () => {
  it.each(REFUSED)('refuses %s with a line and column', (_name, bytes, message) => {
    const source = read(bytes);
    expect(source.content).toBeUndefined();
    expect(source.syntaxProblems[0]?.message).toMatch(message);
    expect(source.syntaxProblems[0]!.message.length).toBeLessThan(260);
  });

  it.skipIf(skipPyYaml).each(REFUSED.map((c, index) => [...c, index] as const))(
    'PyYAML refuses %s too, at the same line',
    (_name, bytes, _message, index) => {
      const verdict = verdicts[index]!;
      expect(verdict.ok).toBe(false);
      if (!verdict.ok && verdict.line !== null) expect(read(bytes).syntaxProblems[0]!.position.line).toBe(verdict.line);
    },
  );

  it.each(ACCEPTED)('accepts %s', (_name, text) => {
    expect(read(text).syntaxProblems).toEqual([]);
  });

  it.skipIf(skipPyYaml).each(ACCEPTED.map((c, index) => [...c, REFUSED.length + index] as const))(
    'reads %s to the data PyYAML gives',
    (_name, text, index) => {
      expect(verdicts[index]).toEqual({ ok: true, data: read(text).content });
    },
  );

  it('refuses nested aliases that would expand to billions of values, quickly, at the alias that crosses the budget', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const started = performance.now();
    const source = ConfigSource.fromText(text, '/x/config.yaml', 'config.yaml');
    expect(performance.now() - started).toBeLessThan(2_000); // generous; the bench measures it
    expect(source.syntaxProblems).toEqual([
      {
        message: expect.stringMatching(/^too many aliases: they expand to more than 100000 values \(this one, \*a3,/),
        position: { line: 5, column: 45 },
      },
    ]);
    expect(() => loadConfigYaml(text)).toThrow(/too many aliases.* at line 5, column 45/);
  });
});
