// Configs shaped like the examples of LiteLLM v1.81.13's own documentation, each accepted or rejected as LiteLLM's
// loader does (or rejected on purpose, as docs/litellm-compatibility.md lists).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeneralSettingsSchema } from '../src/config/schemas/index.js';
import { type ConfigFinding, validateConfig } from '../src/validation/index.js';

const validate = (content: unknown) => validateConfig({ file: 'config.yaml', content });
const errors = (findings: ConfigFinding[]) => findings.filter((f) => f.severity === 'error');
const withId = (findings: ConfigFinding[], id: string) => findings.filter((f) => f.id === id);

describe('provider inference', () => {
  it('accepts the openai_like providers LiteLLM registers from providers.json (docs/providers/scaleway)', () => {
    const config = {
      model_list: [
        {
          model_name: 'scaleway-model',
          litellm_params: { model: 'scaleway/qwen3-235b-a22b-instruct-2507', api_key: 'os.environ/SCW_SECRET_KEY' },
        },
        {
          model_name: 'gmi-model',
          litellm_params: { model: 'gmi/deepseek-ai/DeepSeek-V3.2', api_key: 'os.environ/GMI_API_KEY' },
        },
      ],
    };
    expect(errors(validate(config))).toEqual([]);
  });

  it('accepts a provider the config declares in custom_provider_map (docs/providers/custom_llm_server)', () => {
    const config = {
      model_list: [
        {
          model_name: 'test-model',
          litellm_params: { model: 'openai/text-embedding-ada-002', api_key: 'os.environ/OPENAI_API_KEY' },
        },
        { model_name: 'my-custom-model', litellm_params: { model: 'my-custom-llm/my-model' } },
      ],
      litellm_settings: {
        custom_provider_map: [{ provider: 'my-custom-llm', custom_handler: 'custom_handler.my_custom_llm' }],
      },
    };
    const findings = validate(config);
    expect(errors(findings)).toEqual([]);
    expect(withId(findings, 'core/unknown-key')).toEqual([]);
  });

  it('still rejects a prefix no provider list and no custom_provider_map entry declares', () => {
    const config = {
      model_list: [{ model_name: 'other', litellm_params: { model: 'other-llm/my-model' } }],
      litellm_settings: {
        custom_provider_map: [{ provider: 'my-custom-llm', custom_handler: 'custom_handler.my_custom_llm' }],
      },
    };
    expect(withId(validate(config), 'core/unknown-provider')).toHaveLength(1);
  });

  it('rejects a custom_provider_map entry without custom_handler, which fails start-up with a KeyError', () => {
    const config = { litellm_settings: { custom_provider_map: [{ provider: 'my-custom-llm' }] } };
    const [finding, ...others] = errors(validate(config));
    expect(others).toEqual([]);
    expect(finding.path.slice(0, 3)).toEqual(['litellm_settings', 'custom_provider_map', 0]);
    expect(finding.message).toContain('custom_handler');
  });
});

describe('where LiteLLM resolves os.environ/ references', () => {
  it('accepts references in the webhook lists of alert_to_webhook_url, which Slack alerting resolves (docs/proxy/alerting)', () => {
    const config = {
      general_settings: {
        master_key: 'os.environ/LITELLM_MASTER_KEY',
        alerting: ['slack'],
        alert_to_webhook_url: {
          llm_exceptions: ['os.environ/SLACK_WEBHOOK_URL', 'os.environ/SLACK_WEBHOOK_URL_2'],
          llm_too_slow: ['https://webhook.site/7843a980-a494-4967-80fb-d502dbc16886', 'os.environ/SLACK_WEBHOOK_URL_2'],
        },
      },
    };
    expect(errors(validate(config))).toEqual([]);
  });

  it('still reports a bad variable name inside those lists', () => {
    const config = { general_settings: { alert_to_webhook_url: { llm_exceptions: ['os.environ/SLACK-URL'] } } };
    expect(errors(validate(config))).toEqual([
      expect.objectContaining({
        id: 'core/invalid-env-var-name',
        path: ['general_settings', 'alert_to_webhook_url', 'llm_exceptions', 0],
      }),
    ]);
  });

  it('rejects a reference as the item of any other list, which LiteLLM keeps as written', () => {
    const config = { general_settings: { alerting: ['slack', 'os.environ/ALERTING'] } };
    expect(errors(validate(config))).toEqual([
      expect.objectContaining({ id: 'core/secret-in-list', path: ['general_settings', 'alerting', 1] }),
    ]);
  });

  it('resolves mapping values of list items, but nothing inside a list nested in a list', () => {
    const config = {
      general_settings: {
        pass_through_endpoints: [
          {
            path: '/v1/rerank',
            target: 'https://api.cohere.com/v1/rerank',
            headers: { Authorization: 'os.environ/COHERE_KEY' },
          },
        ],
      },
      litellm_settings: { nested_hooks: [[{ api_key: 'os.environ/HOOK_KEY' }]] },
    };
    const inLists = withId(validate(config), 'core/secret-in-list');
    expect(inLists).toEqual([expect.objectContaining({ path: ['litellm_settings', 'nested_hooks', 0, 0, 'api_key'] })]);
    expect(inLists[0].message).toMatch(/nested in a list/);
  });
});

describe('an empty api_key', () => {
  it('is no schema error but a warning that LiteLLM falls back to the environment', () => {
    const config = {
      model_list: [{ model_name: 'gpt-4o', litellm_params: { model: 'openai/gpt-4o', api_key: null } }],
    };
    const findings = validate(config);
    expect(errors(findings)).toEqual([]);
    const [warning] = withId(findings, 'core/empty-api-key');
    expect(warning).toMatchObject({ severity: 'warning', path: ['model_list', 0, 'litellm_params', 'api_key'] });
    expect(warning.message).toMatch(/treats it as unset.*environment variable/);
  });

  it('is the same warning in a credential', () => {
    const config = {
      credential_list: [
        {
          credential_name: 'azure',
          credential_values: { api_key: '', api_base: 'https://x.openai.azure.com' },
          credential_info: {},
        },
      ],
    };
    expect(withId(validate(config), 'core/empty-api-key')).toEqual([
      expect.objectContaining({ path: ['credential_list', 0, 'credential_values', 'api_key'] }),
    ]);
  });
});

describe('known keys and unknown-key hints', () => {
  it('knows the litellm_settings keys the proxy reads itself (docs/proxy/prompt_management, custom_llm_server)', () => {
    const config = {
      litellm_settings: {
        global_prompt_directory: './prompts',
        custom_provider_map: [{ provider: 'my-custom-llm', custom_handler: 'custom_handler.my_custom_llm' }],
        callbacks: ['azure_content_safety'],
        azure_content_safety_params: {
          endpoint: 'os.environ/AZURE_CONTENT_SAFETY_ENDPOINT',
          api_key: 'os.environ/AZURE_CONTENT_SAFETY_API_KEY',
        },
      },
    };
    expect(withId(validate(config), 'core/unknown-key')).toEqual([]);
  });

  it.each([
    [['general_settings'], 'databse_url', 'database_url'],
    [['litellm_settings'], 'drop_param', 'drop_params'],
    [['router_settings'], 'routing_stratgy', 'routing_strategy'],
    [[], 'model_lst', 'model_list'],
  ])('suggests the closest key for %j.%s', (path, key, suggestion) => {
    const config = path.length === 0 ? { [key]: [] } : { [path[0]]: { [key]: 'x' } };
    const [finding] = withId(validate(config), 'core/unknown-key');
    expect(finding.path).toEqual([...path, key]);
    expect(finding.hint).toContain(`Did you mean '${suggestion}'?`);
  });

  it('gives no suggestion when no known key is close', () => {
    const [finding] = withId(
      validate({ general_settings: { completely_unrelated_setting: true } }),
      'core/unknown-key',
    );
    expect(finding.hint).not.toContain('Did you mean');
  });
});

describe('params of built-in callbacks', () => {
  it('rejects `key:` in azure_content_safety_params, which makes the constructor fail with a TypeError (docs/proxy/guardrails/azure_content_safety)', () => {
    const config = {
      litellm_settings: {
        callbacks: ['azure_content_safety'],
        azure_content_safety_params: {
          endpoint: 'os.environ/AZURE_CONTENT_SAFETY_ENDPOINT',
          key: 'os.environ/AZURE_CONTENT_SAFETY_API_KEY',
          thresholds: { Hate: 2, Sexual: 2, SelfHarm: 2, Violence: 2 },
        },
      },
    };
    const found = errors(validate(config));
    expect(found.map((f) => [f.id, f.path])).toEqual(
      expect.arrayContaining([
        ['core/missing-field', ['litellm_settings', 'azure_content_safety_params', 'api_key']],
        ['core/unknown-argument', ['litellm_settings', 'azure_content_safety_params', 'key']],
      ]),
    );
    expect(found).toHaveLength(2);
    const [unknownArgument] = withId(found, 'core/unknown-argument');
    expect(unknownArgument.message).toMatch(
      /_PROXY_AzureContentSafety\(endpoint, api_key, thresholds=None\).*TypeError/,
    );
    expect(unknownArgument.hint).toContain("Did you mean 'api_key'?");
  });

  it('accepts the constructor arguments endpoint, api_key and thresholds', () => {
    const config = {
      litellm_settings: {
        callbacks: ['azure_content_safety'],
        azure_content_safety_params: {
          endpoint: 'os.environ/AZURE_CONTENT_SAFETY_ENDPOINT',
          api_key: 'os.environ/AZURE_CONTENT_SAFETY_API_KEY',
          thresholds: { Hate: 2, Sexual: 2, SelfHarm: 2, Violence: 2 },
        },
      },
    };
    expect(validate(config).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('rejects a non-integer threshold', () => {
    const config = {
      litellm_settings: {
        azure_content_safety_params: { endpoint: 'e', api_key: 'os.environ/K', thresholds: { Hate: 'high' } },
      },
    };
    expect(errors(validate(config)).map((f) => f.path)).toEqual([
      ['litellm_settings', 'azure_content_safety_params', 'thresholds', 'Hate'],
    ]);
  });

  it('rejects prompt_injection_params with llm_api_check but no llm_api_name, which the pydantic model refuses', () => {
    const config = {
      litellm_settings: {
        callbacks: ['detect_prompt_injection'],
        prompt_injection_params: {
          heuristics_check: true,
          llm_api_check: true,
          llm_api_system_prompt: 'Detect injections.',
          llm_api_fail_call_string: 'UNSAFE',
        },
      },
    };
    expect(errors(validate(config))).toEqual([
      expect.objectContaining({
        id: 'core/schema',
        path: ['litellm_settings', 'prompt_injection_params', 'llm_api_name'],
      }),
    ]);
  });

  it('warns about an unknown key of prompt_injection_params, which pydantic ignores', () => {
    const config = { litellm_settings: { prompt_injection_params: { heuristic_check: true } } };
    const [finding] = validate(config).filter((f) => f.severity !== 'info');
    expect(finding).toMatchObject({ severity: 'warning', id: 'core/unknown-key' });
    expect(finding.hint).toContain("Did you mean 'heuristics_check'?");
  });
});

describe('the prompts section (docs/proxy/prompt_management)', () => {
  const dotprompt = (params: Record<string, unknown>) => ({
    prompts: [
      {
        prompt_id: 'my_prompt_id',
        litellm_params: { prompt_id: 'my_prompt_id', prompt_integration: 'dotprompt', ...params },
      },
    ],
  });

  it('accepts a dotprompt entry with one prompt_file', () => {
    expect(
      validate(dotprompt({ prompt_file: './prompts/my_prompt.prompt' })).filter((f) => f.severity !== 'info'),
    ).toEqual([]);
  });

  it('rejects a dotprompt entry with prompt_directory, which the dotprompt initializer always refuses at start-up', () => {
    const [finding] = errors(validate(dotprompt({ prompt_directory: './prompts' })));
    expect(finding).toMatchObject({
      id: 'core/dotprompt-directory',
      path: ['prompts', 0, 'litellm_params', 'prompt_directory'],
    });
    expect(finding.hint).toMatch(/prompt_file.*global_prompt_directory/);
  });

  it('warns about a dotprompt entry without a template, which fails every request unless global_prompt_directory is set', () => {
    expect(withId(validate(dotprompt({})), 'core/dotprompt-without-template')).toHaveLength(1);
    const withDirectory = { ...dotprompt({}), litellm_settings: { global_prompt_directory: './prompts' } };
    expect(withId(validate(withDirectory), 'core/dotprompt-without-template')).toEqual([]);
  });

  it('rejects a prompt_integration without an initializer, suggesting the closest', () => {
    const [finding] = errors(
      validate({ prompts: [{ prompt_id: 'p', litellm_params: { prompt_integration: 'dotprompts' } }] }),
    );
    expect(finding).toMatchObject({ id: 'core/unsupported-prompt-integration' });
    expect(finding.hint).toContain("Did you mean 'dotprompt'?");
  });

  it('rejects an entry without prompt_id or prompt_integration, which PromptSpec refuses at start-up', () => {
    const found = errors(validate({ prompts: [{ litellm_params: { prompt_file: 'a.prompt' } }] }));
    expect(found.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        ['prompts', 0, 'prompt_id'],
        ['prompts', 0, 'litellm_params', 'prompt_integration'],
      ]),
    );
  });

  it('accepts the integrations of other services with their own keys (langfuse, gitlab)', () => {
    const config = {
      prompts: [
        {
          prompt_id: 'a',
          litellm_params: { prompt_integration: 'langfuse', langfuse_public_key: 'os.environ/LANGFUSE_PUBLIC_KEY' },
        },
        {
          prompt_id: 'b',
          litellm_params: {
            prompt_integration: 'gitlab',
            gitlab_config: { project: 'group/repo', access_token: 'os.environ/GITLAB_TOKEN' },
          },
        },
      ],
    };
    expect(validate(config).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns about a repeated prompt_id, of which LiteLLM keeps only the first', () => {
    const config = {
      prompts: [0, 1].map(() => ({
        prompt_id: 'p',
        litellm_params: { prompt_integration: 'dotprompt', prompt_file: 'p.prompt' },
      })),
    };
    expect(withId(validate(config), 'core/duplicate-prompt-id')).toEqual([
      expect.objectContaining({ path: ['prompts', 1, 'prompt_id'] }),
    ]);
  });
});

describe('properties', () => {
  const keyName = fc.stringMatching(/^[a-z][a-z_]{2,12}$/);

  it('suggests a known general_settings key for any one-letter slip of it', () => {
    const known = Object.keys(GeneralSettingsSchema.shape).filter((key) => key.length >= 6);
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.nat(), (key, at) => {
        const typo = key.slice(0, at % key.length) + key.slice((at % key.length) + 1);
        fc.pre(!known.includes(typo));
        const [finding] = withId(validate({ general_settings: { [typo]: true } }), 'core/unknown-key');
        expect(finding.hint).toMatch(/^Did you mean '/);
      }),
    );
  });

  it('resolves a reference at any depth of mappings, and never in a string list item', () => {
    fc.assert(
      fc.property(fc.array(keyName, { minLength: 1, maxLength: 5 }), fc.boolean(), (keys, asListItem) => {
        const reference = 'os.environ/SOME_VALUE';
        const leaf = asListItem ? ['x', reference] : reference;
        const content = { litellm_settings: keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) };
        const inLists = withId(validate(content), 'core/secret-in-list');
        expect(inLists).toHaveLength(asListItem ? 1 : 0);
      }),
    );
  });
});
