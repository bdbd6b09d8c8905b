import { describe, expect, it } from 'vitest';
import { environmentReferencesOf, parseConfigText, providersOf } from '../src/documents/config-document.js';

describe('parseConfigText', () => {
  it('reads YAML 1.1 as LiteLLM does, and an empty file as an empty config', () => {
    expect(parseConfigText('litellm_settings:\n  drop_params: yes\n', 'c.yaml')).toEqual({
      litellm_settings: { drop_params: true },
    });
    expect(parseConfigText('', 'c.yaml')).toEqual({});
  });

  it('reads config files as PyYAML does: the last of duplicate keys wins, and y/n are strings', () => {
    expect(parseConfigText('model_list:\n  - model_name: y\n    litellm_params: {model: n}\n', 'c.yaml')).toEqual({
      model_list: [{ model_name: 'y', litellm_params: { model: 'n' } }],
    });
    expect(parseConfigText('general_settings: {a: 1}\ngeneral_settings: {b: 2}\n', 'c.yaml')).toEqual({
      general_settings: { b: 2 },
    });
  });

  it('rejects a document that is not a mapping, naming the file', () => {
    expect(() => parseConfigText('- a\n', 'c.yaml')).toThrow(
      'c.yaml:1:1: the file must hold a mapping of config sections at the top.',
    );
  });
});

describe('environmentReferencesOf', () => {
  it('lists every os.environ/ name once, sorted', () => {
    const document = {
      model_list: [{ litellm_params: { api_key: 'os.environ/B', api_base: 'os.environ/A' } }],
      general_settings: { master_key: 'os.environ/B' },
    };
    expect(environmentReferencesOf(document)).toEqual(['A', 'B']);
  });
});

describe('providersOf', () => {
  it('reads the model prefix, custom_llm_provider, and the model map for bare names', async () => {
    const document = {
      model_list: [
        { litellm_params: { model: 'bedrock/converse/anthropic.claude-3-haiku-20240307-v1:0' } },
        { litellm_params: { model: 'gpt-4o' } },
        { litellm_params: { model: 'my-model', custom_llm_provider: 'openai_like' } },
        { litellm_params: { model: 'os.environ/MODEL' } },
      ],
    };
    expect(await providersOf(document)).toEqual(['bedrock', 'openai', 'openai_like', 'unknown']);
  });
});
