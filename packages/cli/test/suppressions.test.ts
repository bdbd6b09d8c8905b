import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { hintWithMechanism } from '../src/output/acceptance-hint.js';
import { displayPath, Printer } from '../src/output/printer.js';
import { PathPattern } from '../src/suppressions/path-pattern.js';
import { parseIgnoreFlags, readSuppressionsFile, SUPPRESSIONS_FILE } from '../src/suppressions/suppressions-file.js';
import { runValidate } from '../src/validate/run-validate.js';
import { removeTemporaryDirectories, temporaryDirectory } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

const CONFIG = [
  'model_list:',
  '  - model_name: gpt',
  '    litellm_params:',
  '      model: openai/gpt-4o',
  '      api_key: sk-local-dummy-key',
  'litellm_settings:',
  '  team_flag: true',
  '  drop_params: true',
  '',
].join('\n');

/** A directory with config.yaml and, when given, the suppressions file. */
function project(suppressions?: string): string {
  const dir = temporaryDirectory('litellm-cdk-suppressions-');
  fs.writeFileSync(path.join(dir, 'config.yaml'), CONFIG);
  if (suppressions !== undefined) fs.writeFileSync(path.join(dir, SUPPRESSIONS_FILE), suppressions);
  return dir;
}

/** Runs `validate` on the project's config.yaml, capturing stdout and stderr. */
async function validate(dir: string, options: { ignore?: string[]; verbose?: boolean; format?: 'text' | 'json' } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    ({ write: (text: string) => into.push(text), isTTY: false }) as unknown as NodeJS.WriteStream;
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await runValidate(
      'config.yaml',
      { format: options.format ?? 'text', ...options },
      new Printer(sink(out), sink(err)),
    );
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(cwd);
  }
}

describe('PathPattern', () => {
  it('covers the place it names and everything below it', () => {
    const pattern = PathPattern.parse('litellm_settings.team_flag');
    expect(pattern.covers(['litellm_settings', 'team_flag'])).toBe(true);
    expect(pattern.covers(['litellm_settings', 'team_flag', 'nested'])).toBe(true);
    expect(pattern.covers(['litellm_settings'])).toBe(false);
    expect(pattern.covers(['litellm_settings', 'team_flags'])).toBe(false);
  });

  it('matches one segment with *, a part of a segment with gemini-*, and any depth with **', () => {
    expect(
      PathPattern.parse('model_list.*.litellm_params.api_key').covers(['model_list', 3, 'litellm_params', 'api_key']),
    ).toBe(true);
    expect(
      PathPattern.parse('router_settings.model_group_alias.gemini-*').covers([
        'router_settings',
        'model_group_alias',
        'gemini-pro',
      ]),
    ).toBe(true);
    expect(PathPattern.parse('**.api_key').covers(['model_list', 0, 'litellm_params', 'api_key'])).toBe(true);
    expect(PathPattern.parse('**.api_key').covers(['model_list', 0, 'litellm_params', 'api_base'])).toBe(false);
  });

  it('takes keys that hold a dot as a list of segments', () => {
    const pattern = PathPattern.ofSegments(['router_settings', 'model_group_alias', 'gpt-4.1']);
    expect(pattern.covers(['router_settings', 'model_group_alias', 'gpt-4.1'])).toBe(true);
    expect(pattern.toString()).toBe('["router_settings", "model_group_alias", "gpt-4.1"]');
  });

  it('covers every path with the empty pattern, and a path always covers itself and its extensions', () => {
    const segment = fc.stringMatching(/^[a-z_]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), fc.array(segment, { maxLength: 3 }), (path, below) => {
        expect(PathPattern.parse('').covers(path)).toBe(true);
        expect(PathPattern.ofSegments(path).covers([...path, ...below])).toBe(true);
        expect(PathPattern.parse(['**', ...path.slice(-1)].join('.')).covers(path)).toBe(true);
      }),
    );
  });
});

describe('the suppressions file', () => {
  it('accepts findings by rule and path, and lists them (with the reason) only under --verbose', async () => {
    const dir = project(
      [
        'suppressions:',
        '  - rule: core/unknown-key',
        '    path: litellm_settings.team_flag',
        '    reason: Read by our own callback module, not by LiteLLM.',
        '  - rule: core/plaintext-secret',
        '    path: model_list.*.litellm_params',
        '    reason: A local dummy key for the test proxy.',
        '',
      ].join('\n'),
    );
    const quiet = await validate(dir);
    expect(quiet).toEqual({
      code: 0,
      stdout: '✔ No errors or warnings in config.yaml; --verbose also lists 2 suppressed findings.\n',
      stderr: '',
    });
    const verbose = await validate(dir, { verbose: true });
    expect(verbose.stdout).toContain('config.yaml:7:3 suppressed core/unknown-key');
    expect(verbose.stdout).toContain(
      `  suppressed warning by ${SUPPRESSIONS_FILE}:2: Read by our own callback module, not by LiteLLM.`,
    );
    expect(verbose.stdout).toContain(
      `  suppressed error by ${SUPPRESSIONS_FILE}:5: A local dummy key for the test proxy.`,
    );
  });

  it('reports an entry that matches nothing as a warning at its line', async () => {
    const dir = project(
      [
        'suppressions:',
        '  - rule: core/unknown-key',
        '    path: general_settings',
        '    reason: Nothing is unknown there any more.',
        '',
      ].join('\n'),
    );
    const { stdout } = await validate(dir);
    expect(stdout).toContain(
      `${SUPPRESSIONS_FILE}:2:5 warning core/unused-suppression The suppression of 'core/unknown-key' at general_settings matches no finding.`,
    );
    expect(stdout).toContain('config.yaml:7:3 warning core/unknown-key');
  });

  it('refuses an entry without a reason, naming the file, line and column', () => {
    const dir = project(['suppressions:', '  - rule: core/unknown-key', '    path: litellm_settings', ''].join('\n'));
    expect(() => readSuppressionsFile(path.join(dir, 'config.yaml'))).toThrow(
      `${displayPath(path.join(dir, SUPPRESSIONS_FILE))}:2:5: the suppression of 'core/unknown-key' needs a "reason": say why this finding is acceptable here.`,
    );
  });

  it.each([
    ['no rule', ['suppressions:', '  - reason: because we said so', ''], ':2:5: the entry needs "rule"'],
    [
      'an empty reason',
      ['suppressions:', '  - rule: core/x', "    reason: ''", ''],
      ':3:13: the suppression of \'core/x\' needs a "reason"',
    ],
    [
      'an unknown key',
      ['suppressions:', '  - rule: core/x', '    reason: fine here', '    paht: a.b', ''],
      ':4:5: unknown key "paht"',
    ],
    ['not a list', ['suppressions: core/x', ''], ':1:15: "suppressions" must be a list'],
    ['a YAML syntax error', ['suppressions:', '  - rule: [core/x', ''], 'YAML syntax error'],
  ])('refuses %s with the position of the mistake', (_name, lines, expected) => {
    const dir = project(lines.join('\n'));
    expect(() => readSuppressionsFile(path.join(dir, 'config.yaml'))).toThrow(expected);
  });

  it('suppresses a finding of an included file only when the entry names that file', async () => {
    const dir = project(
      [
        'suppressions:',
        '  - rule: core/plaintext-secret',
        '    file: models.yaml',
        '    reason: The models file holds the dummy keys of the test proxy.',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'models.yaml'),
      'model_list:\n  - model_name: m\n    litellm_params: {model: openai/gpt-4o, api_key: sk-local-dummy-key-2}\n',
    );
    fs.writeFileSync(path.join(dir, 'config.yaml'), `include:\n  - models.yaml\n${CONFIG}`);
    const { stdout } = await validate(dir, { verbose: true });
    expect(stdout).toMatch(/^config\.yaml:7:16 error core\/plaintext-secret/m);
    expect(stdout).toMatch(/^models\.yaml:3:\d+ suppressed core\/plaintext-secret/m);
  });
});

describe('--ignore', () => {
  it('suppresses a rule everywhere or below a path for one run, and says when it matched nothing', async () => {
    const dir = project();
    const everywhere = await validate(dir, {
      ignore: ['core/unknown-key', 'core/plaintext-secret=model_list.0.litellm_params.api_key'],
    });
    expect(everywhere.code).toBe(0);
    expect(everywhere.stdout).toBe(
      '✔ No errors or warnings in config.yaml; --verbose also lists 2 suppressed findings.\n',
    );
    const elsewhere = await validate(dir, { ignore: ['core/plaintext-secret=general_settings'] });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toBe('warning: --ignore core/plaintext-secret=general_settings matched no finding.\n');
  });

  it('names the flag when a value has no rule', () => {
    expect(() => parseIgnoreFlags(['=litellm_settings'])).toThrow('--ignore expects <rule>[=<path>]');
  });

  it('adds what it suppressed to --format json, with the source of each suppression', async () => {
    const { stdout } = await validate(project(), { ignore: ['core/unknown-key'], format: 'json' });
    const json = JSON.parse(stdout) as {
      summary: Record<string, unknown>;
      suppressed: { id: string; suppressedBy: unknown }[];
    };
    expect(json.summary).toMatchObject({ errors: 1, warnings: 0, suppressed: 1 });
    expect(json.suppressed).toEqual([
      expect.objectContaining({
        id: 'core/unknown-key',
        suppressedBy: { rule: 'core/unknown-key', reason: null, source: '--ignore core/unknown-key' },
      }),
    ]);
  });
});

describe('hints name the mechanism that applies', () => {
  const hint = 'Check the model id for typos; if Bedrock serves it, acknowledge this finding with a reason.';

  it('tells a YAML user to suppress the finding in the suppressions file, with the rule and path to write', () => {
    expect(
      hintWithMechanism(hint, 'bedrock/unknown-model', {
        kind: 'suppression',
        file: SUPPRESSIONS_FILE,
        path: 'model_list.0.litellm_params.model',
      }),
    ).toBe(
      `Check the model id for typos; if Bedrock serves it, suppress it in ${SUPPRESSIONS_FILE} with {rule: bedrock/unknown-model, path: model_list.0.litellm_params.model, reason: ...}.`,
    );
  });

  it("tells an app's author to acknowledge it on the construct", () => {
    expect(
      hintWithMechanism(hint, 'bedrock/unknown-model', { kind: 'acknowledgement', constructPath: 'prod/claude' }),
    ).toBe(
      "Check the model id for typos; if Bedrock serves it, acknowledge it in the app with Annotations.of(prod/claude).acknowledge('bedrock/unknown-model', reason).",
    );
  });

  it('leaves other hints as they are', () => {
    expect(
      hintWithMechanism('Merge the two entries into one.', 'core/duplicate-key', {
        kind: 'acknowledgement',
        constructPath: 'x',
      }),
    ).toBe('Merge the two entries into one.');
  });
});
