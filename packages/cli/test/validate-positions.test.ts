import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ConfigValidation, validateConfigFiles } from '../src/validate/validate-config-files.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-validate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let cases = 0;

/** Writes `files` (the first is the main config) to a directory of their own and validates the main one. */
async function validate(files: Record<string, string>): Promise<ConfigValidation> {
  const dir = path.join(root, `case${++cases}`);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return validateConfigFiles(Object.keys(files)[0], { cwd: dir });
}

/** `file:line:column id` of each finding that is not info. */
function placed(validation: ConfigValidation): string[] {
  return validation.findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.line}:${f.column} ${f.id}`);
}

describe('validate places each finding', () => {
  it('at the value for a wrong value, and at the key for an unknown key', async () => {
    const validation = await validate({
      'config.yaml': [
        'model_list:', //                                 1
        '  - model_name: a', //                           2
        '    litellm_params:', //                         3
        '      model: openai/gpt-4o', //                  4
        '      rpm: 1.5', //                              5
        '    modelinfo: {}', //                           6
        'router_settings:', //                            7
        '  routing_strategy: fastest', //                 8
        '',
      ].join('\n'),
    });

    expect(placed(validation)).toEqual([
      'config.yaml:5:12 core/schema',
      'config.yaml:6:5 core/unknown-key',
      'config.yaml:8:21 core/schema',
    ]);
  });

  it('at the entry that lacks a required key', async () => {
    const validation = await validate({ 'config.yaml': 'litellm_settings: {}\nmodel_list:\n  - model_name: a\n' });

    expect(placed(validation)).toEqual(['config.yaml:3:5 core/missing-field']);
  });

  it('inside flow collections, and through anchors and aliases', async () => {
    const validation = await validate({
      'config.yaml': [
        'model_list:',
        '  - {model_name: a, litellm_params: {model: openai/gpt-4o, api_key: sk-live-123456}}',
        '  - model_name: b',
        '    litellm_params: &params',
        '      model: openai/gpt-4o-mini',
        '      tpm: lots',
        '',
      ].join('\n'),
    });

    expect(placed(validation)).toEqual(['config.yaml:2:69 core/plaintext-secret', 'config.yaml:6:12 core/schema']);
  });

  it('at the position the YAML parser gives for a syntax error, without further checks', async () => {
    const validation = await validate({
      'config.yaml': 'model_list:\n  - model_name: a\n   litellm_params: {model: x\n',
    });

    expect(validation.findings.every((f) => f.id === 'core/yaml-syntax' && f.severity === 'error')).toBe(true);
    expect(validation.findings[0]).toMatchObject({ file: 'config.yaml', line: 3, column: 1, path: [] });
    expect(validation.findings[0].message).toBe('YAML syntax error: Sequence item without - indicator');
  });

  it('in the included file, with its own lines, and at the include entry of a missing file', async () => {
    const validation = await validate({
      'main.yaml': 'include:\n  - models/extra.yaml\n  - missing.yaml\n',
      'models/extra.yaml':
        'model_list:\n  - model_name: x\n    litellm_params:\n      model: mistralai/mistral-7b-instruct\n',
    });

    expect(validation.files).toEqual(['main.yaml', path.join('models', 'extra.yaml')]);
    expect(placed(validation)).toEqual([
      'main.yaml:3:5 core/missing-include',
      `${path.join('models', 'extra.yaml')}:4:14 core/unknown-provider`,
    ]);
  });

  it('at the first of two equal keys, which LiteLLM ignores (an info finding)', async () => {
    const validation = await validate({
      'config.yaml': 'litellm_settings:\n  success_callback: [a]\n  drop_params: true\n  success_callback: [b]\n',
    });

    expect(validation.findings).toMatchObject([
      {
        line: 2,
        column: 3,
        severity: 'info',
        id: 'core/duplicate-key',
        path: ['litellm_settings', 'success_callback'],
      },
    ]);
    expect(validation.findings[0].message).toBe(
      "Key 'success_callback' is written again on line 4; LiteLLM keeps only that last value and ignores this one.",
    );
  });

  it('at the top of the file for an empty one', async () => {
    const validation = await validate({ 'config.yaml': '# nothing yet\n' });

    expect(validation.findings).toMatchObject([{ line: 1, column: 1, severity: 'error' }]);
  });
});
