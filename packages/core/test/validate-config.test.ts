import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  GENERIC_LITELLM_PARAM_KEYS,
  LitellmParamsSchema,
  PROVIDER_LITELLM_PARAM_KEYS,
} from '../src/config/schemas/index.js';
import { checkCapabilities } from '../src/validation/capability-checks.js';
import {
  CREDENTIAL_KEYS,
  type ConfigDocument,
  type ConfigFinding,
  mergeIncludes,
  validateConfig,
} from '../src/validation/index.js';

// The real capability checks run; a test can make them return findings of its choosing.
vi.mock('../src/validation/capability-checks.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/validation/capability-checks.js')>();
  return { checkCapabilities: vi.fn(real.checkCapabilities) };
});

type Content = Record<string, unknown>;

const entry = (modelName: string, params: Content = {}, extra: Content = {}) => ({
  model_name: modelName,
  litellm_params: { model: `openai/${modelName}`, api_key: 'os.environ/OPENAI_API_KEY', ...params },
  ...extra,
});

const validate = (content: unknown, includes: ConfigDocument[] = []) =>
  validateConfig({ file: 'config.yaml', content }, { includes });

/** Findings other than the catalog's remarks (info), which these tests do not look at. */
const problems = (findings: ConfigFinding[]) => findings.filter((f) => f.severity !== 'info');
const withId = (findings: ConfigFinding[], id: string) => findings.filter((f) => f.id === id);

describe('validateConfig: the schema', () => {
  it('accepts a minimal config without a finding', () => {
    expect(problems(validate({ model_list: [entry('gpt-4o')] }))).toEqual([]);
  });

  it('reports an empty document', () => {
    expect(validate(null)).toEqual([
      expect.objectContaining({ severity: 'error', id: 'core/empty-document', path: [] }),
    ]);
  });

  it('reports a document that is not a mapping', () => {
    expect(validate(['model_list'])).toEqual([
      expect.objectContaining({ severity: 'error', id: 'core/schema', path: [] }),
    ]);
  });

  it('reports a deployment without litellm_params as a missing field that crashes LiteLLM at start-up', () => {
    const [finding] = validate({ model_list: [{ model_name: 'gpt-3.5-turbo' }] });
    expect(finding).toMatchObject({
      severity: 'error',
      id: 'core/missing-field',
      path: ['model_list', 0, 'litellm_params'],
    });
    expect(finding.message).toContain("model_name 'gpt-3.5-turbo'");
    expect(finding.message).toContain('KeyError');
    expect(finding.hint).toContain('model:');
  });

  it('reports a deployment without model_name, and litellm_params without model', () => {
    const findings = validate({
      model_list: [{ litellm_params: { model: 'openai/gpt-4o' } }, { model_name: 'x', litellm_params: {} }],
    });
    expect(findings.map((f) => [f.id, f.path])).toEqual([
      ['core/missing-field', ['model_list', 0, 'model_name']],
      ['core/missing-field', ['model_list', 1, 'litellm_params', 'model']],
    ]);
  });

  it('reports a non-integer rpm and says LiteLLM would skip the deployment', () => {
    const [finding] = problems(validate({ model_list: [entry('gpt-4o', { rpm: 1.5 })] }));
    expect(finding).toMatchObject({
      severity: 'error',
      id: 'core/schema',
      path: ['model_list', 0, 'litellm_params', 'rpm'],
    });
    expect(finding.message).toContain('1.5');
    expect(finding.message).toContain('skip this deployment');
  });

  it('names the accepted values of an unknown routing strategy', () => {
    const [finding] = validate({ router_settings: { routing_strategy: 'round-robin' } });
    expect(finding).toMatchObject({ id: 'core/schema', path: ['router_settings', 'routing_strategy'] });
    expect(finding.message).toContain("'round-robin'");
    expect(finding.hint).toContain('simple-shuffle');
  });

  it('accepts a secret reference wherever a scalar is expected', () => {
    const content = {
      router_settings: {
        redis_port: 'os.environ/REDIS_PORT',
        routing_strategy: 'os.environ/STRATEGY',
        enable_pre_call_checks: 'os.environ/CHECKS',
      },
    };
    expect(problems(validate(content))).toEqual([]);
  });

  it('reports the innermost problem of an alias written as a mapping', () => {
    const content = {
      model_list: [entry('gpt-4o')],
      router_settings: { model_group_alias: { fast: { model: 'gpt-4o', hidden: 'maybe' } } },
    };
    expect(problems(validate(content))).toEqual([
      expect.objectContaining({ id: 'core/schema', path: ['router_settings', 'model_group_alias', 'fast', 'hidden'] }),
    ]);
  });
});

describe('validateConfig: unknown and special keys', () => {
  it('warns about an unknown litellm_settings key, saying that LiteLLM accepts a misspelling silently', () => {
    const [finding] = validate({ litellm_settings: { drop_param: true } });
    expect(finding).toMatchObject({
      severity: 'warning',
      id: 'core/unknown-key',
      path: ['litellm_settings', 'drop_param'],
    });
    expect(finding.message).toContain("'drop_param'");
    expect(finding.message).toContain('silently accepted');
  });

  it('warns about an unknown top-level key, which LiteLLM ignores', () => {
    const [finding] = validate({ model_lists: [] });
    expect(finding).toMatchObject({ severity: 'warning', id: 'core/unknown-key', path: ['model_lists'] });
    expect(finding.message).toContain('ignores');
  });

  it('warns about unknown keys of router_settings, general_settings, a deployment and a retry policy, naming the section', () => {
    const content = {
      model_list: [entry('gpt-4o', {}, { litelm_params: {} })],
      router_settings: { routing_stategy: 'least-busy', retry_policy: { RateLimitRetries: 2 } },
      general_settings: { master_keys: 'os.environ/K' },
    };
    const findings = validate(content).filter((f) => f.id === 'core/unknown-key');
    expect(findings.map((f) => f.path)).toEqual([
      ['model_list', 0, 'litelm_params'],
      ['router_settings', 'routing_stategy'],
      ['router_settings', 'retry_policy', 'RateLimitRetries'],
      ['general_settings', 'master_keys'],
    ]);
    expect(findings[1].message).toContain('router_settings');
    expect(findings[2].hint).toContain('RateLimitErrorRetries');
  });

  it('does not warn about the pass-through keys of litellm_params, model_info, cache_params and guardrails', () => {
    const content = {
      model_list: [entry('gpt-4o', { temperature: 0.2, deployment_id: 'd' }, { model_info: { description: 'x' } })],
      litellm_settings: { cache: true, cache_params: { type: 's3', s3_bucket_name: 'b' } },
      guardrails: [
        { guardrail_name: 'g', litellm_params: { guardrail: 'bedrock', mode: 'pre_call', guardrailVersion: 'DRAFT' } },
      ],
    };
    expect(problems(validate(content))).toEqual([]);
  });

  it('reports random unknown keys as warnings only, and keeps them', () => {
    const section = fc.constantFrom('litellm_settings', 'router_settings', 'general_settings');
    const key = fc.stringMatching(/^zz[a-z_]{0,12}$/);
    const value = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(section, key, value, (name, unknown, v) => {
        const findings = problems(validate({ [name]: { [unknown]: v }, [unknown]: v }));
        expect(findings.map((f) => [f.severity, f.id, f.path])).toEqual([
          ['warning', 'core/unknown-key', [name, unknown]],
          ['warning', 'core/unknown-key', [unknown]],
        ]);
      }),
    );
  });

  it('reports health_check_interval in router_settings as an error, not as an unknown key', () => {
    const findings = validate({ router_settings: { health_check_interval: 300 } });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/misplaced-key',
        path: ['router_settings', 'health_check_interval'],
      }),
    ]);
    expect(findings[0].message).toContain('general_settings');
  });

  it('warns that allowed_ips and enforced_params need an enterprise licence', () => {
    const findings = validate({ general_settings: { allowed_ips: ['10.0.0.1'], enforced_params: ['user'] } });
    expect(findings.map((f) => [f.severity, f.id, f.path])).toEqual([
      ['warning', 'core/enterprise-only', ['general_settings', 'allowed_ips']],
      ['warning', 'core/enterprise-only', ['general_settings', 'enforced_params']],
    ]);
  });

  it('warns that set_verbose is deprecated', () => {
    expect(validate({ litellm_settings: { set_verbose: true } })).toEqual([
      expect.objectContaining({
        severity: 'info',
        id: 'core/deprecated-key',
        path: ['litellm_settings', 'set_verbose'],
      }),
    ]);
  });
});

describe('validateConfig: providers', () => {
  it('reports a model whose provider LiteLLM cannot infer, naming the model', () => {
    const findings = withId(
      validate({ model_list: [{ model_name: 'm', litellm_params: { model: 'mistralai/mistral-7b-instruct' } }] }),
      'core/unknown-provider',
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', path: ['model_list', 0, 'litellm_params', 'model'] }),
    ]);
    expect(findings[0].message).toContain("LiteLLM cannot infer a provider for model 'mistralai/mistral-7b-instruct'");
    expect(findings[0].message).toContain('silently skips this deployment');
    expect(findings[0].hint).toContain('custom_llm_provider');
  });

  it('accepts a known prefix, a bare model name from the model map, and an explicit custom_llm_provider', () => {
    const content = {
      model_list: [
        { model_name: 'a', litellm_params: { model: 'openrouter/mistralai/mistral-7b-instruct' } },
        { model_name: 'b', litellm_params: { model: 'gpt-4o' } },
        { model_name: 'c', litellm_params: { model: 'mistralai/mistral-7b-instruct', custom_llm_provider: 'openai' } },
      ],
    };
    expect(withId(validate(content), 'core/unknown-provider')).toEqual([]);
  });

  it('leaves a model taken from the environment to its own finding', () => {
    const findings = validate({ model_list: [{ model_name: 'm', litellm_params: { model: 'os.environ/MODEL' } }] });
    expect(problems(findings).map((f) => f.id)).toEqual(['core/model-from-env']);
  });
});

describe('validateConfig: secrets', () => {
  it('reports an os.environ/ reference whose name is not a valid variable name', () => {
    const [finding] = validate({ model_list: [entry('gpt-4o', { api_key: 'os.environ/OPENAI-KEY' })] });
    expect(finding).toMatchObject({
      severity: 'error',
      id: 'core/invalid-env-var-name',
      path: ['model_list', 0, 'litellm_params', 'api_key'],
    });
    expect(finding.message).toContain("'OPENAI-KEY'");
  });

  it('reports an os.environ/ reference that is a list item, which LiteLLM does not resolve', () => {
    expect(validate({ general_settings: { alerting: ['slack', 'os.environ/ALERTING'] } })).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/secret-in-list',
        path: ['general_settings', 'alerting', 1],
      }),
    ]);
  });

  it('resolves references in mappings inside lists, as LiteLLM does', () => {
    expect(
      problems(
        validate({ finetune_settings: [{ custom_llm_provider: 'openai', api_key: 'os.environ/OPENAI_API_KEY' }] }),
      ),
    ).toEqual([]);
  });

  it('reports a model taken from the environment, which crashes the proxy when unset', () => {
    const findings = withId(
      validate({ model_list: [entry('gpt-4o', { model: 'os.environ/MODEL' })] }),
      'core/model-from-env',
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', path: ['model_list', 0, 'litellm_params', 'model'] }),
    ]);
  });

  it('reports literal credentials as plaintext secrets, without repeating them', () => {
    const content = {
      model_list: [entry('gpt-4o', { api_key: 'sk-live-abcdef123456', aws_secret_access_key: 'wJalrXUtnFEMI' })],
      router_settings: { redis_password: 'hunter2hunter2' },
      general_settings: { master_key: 'sk-1234', database_url: 'postgresql://user:password@localhost:5432/litellm' },
      litellm_settings: { cache_params: { type: 'redis', password: 'redispass' }, openai_key: 'sk-abcdefgh' },
      environment_variables: {
        LANGFUSE_SECRET_KEY: 'sk-lf-123456',
        LANGFUSE_PUBLIC_KEY: 'pk-lf-1',
        REDIS_HOST: 'localhost',
      },
      credential_list: [{ credential_name: 'c', credential_values: { api_key: 'azure-key-123' }, credential_info: {} }],
    };
    const findings = withId(validate(content), 'core/plaintext-secret');
    expect(findings.map((f) => f.path)).toEqual([
      ['model_list', 0, 'litellm_params', 'api_key'],
      ['model_list', 0, 'litellm_params', 'aws_secret_access_key'],
      ['router_settings', 'redis_password'],
      ['general_settings', 'master_key'],
      ['general_settings', 'database_url'],
      ['litellm_settings', 'cache_params', 'password'],
      ['litellm_settings', 'openai_key'],
      ['environment_variables', 'LANGFUSE_SECRET_KEY'],
      ['credential_list', 0, 'credential_values', 'api_key'],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0].message).not.toContain('sk-live-abcdef123456');
    expect(findings[4].message).not.toContain('password@');
  });

  it('accepts references, OIDC tokens, key file paths and URLs without a password', () => {
    const content = {
      model_list: [
        {
          model_name: 'claude',
          litellm_params: {
            model: 'bedrock/anthropic.claude-3-haiku-20240307-v1:0',
            aws_web_identity_token: 'oidc/google/https://example.com',
          },
        },
        {
          model_name: 'gemini',
          litellm_params: { model: 'vertex_ai/gemini-2.0-flash', vertex_credentials: '/secrets/sa.json' },
        },
      ],
      general_settings: {
        master_key: 'os.environ/LITELLM_MASTER_KEY',
        database_url: 'postgresql://localhost:5432/litellm',
      },
    };
    expect(problems(validate(content))).toEqual([]);
  });

  it.each([
    ['https://host/v1?api_key=sk-123'],
    ['https://generativelanguage.googleapis.com/v1beta?alt=sse&key=AIzaSy123'],
    ['https://user:pass@host/v1'],
    ['https://acct.blob.core.windows.net/c?sv=2024&sig=abc%3D'],
  ])('reports a credential inside the URL %s as a plaintext secret', (url) => {
    const content = { model_list: [{ model_name: 'g', litellm_params: { model: 'openai/gpt-4o', api_base: url } }] };
    expect(withId(validate(content), 'core/plaintext-secret').map((f) => f.path)).toEqual([
      ['model_list', 0, 'litellm_params', 'api_base'],
    ]);
  });

  it.each([
    ['rpm', 0, 'core/invalid-rate-limit'],
    ['tpm', -5, 'core/invalid-rate-limit'],
    ['rpm', 1.5, 'core/schema'],
  ])('reports %s %j on any deployment as %s', (key, value, id) => {
    const content = {
      model_list: [
        { model_name: 'g', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/K', [key]: value } },
      ],
    };
    expect(
      problems(validate(content))
        .filter((f) => f.id === id)
        .map((f) => f.path),
    ).toEqual([['model_list', 0, 'litellm_params', key]]);
  });

  it('reports a literal AWS region that does not exist, naming the closest and the regions of its geography', () => {
    const content = {
      model_list: [
        {
          model_name: 'g',
          litellm_params: {
            model: 'bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
            aws_region_name: 'eu-centrl-1',
          },
        },
      ],
    };
    const found = problems(validate(content)).filter((f) => f.path.includes('aws_region_name'));
    expect(found).toEqual([
      expect.objectContaining({
        id: 'core/unknown-aws-region',
        message: expect.stringContaining(
          "aws_region_name 'eu-centrl-1' of model_list[0] is not an AWS region, so every request to this deployment fails. Did you mean 'eu-central-1'?",
        ),
        hint: expect.stringContaining("AWS's 'eu-' regions: eu-central-1, eu-central-2, eu-north-1"),
      }),
    ]);
  });

  it('accepts every region of the table and references to variables', () => {
    for (const region of ['eu-central-1', 'us-gov-west-1', 'ap-southeast-4', 'os.environ/AWS_REGION']) {
      const content = {
        model_list: [
          {
            model_name: 'g',
            litellm_params: { model: 'bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0', aws_region_name: region },
          },
        ],
      };
      expect(problems(validate(content)).filter((f) => f.id === 'core/unknown-aws-region')).toEqual([]);
    }
  });

  it('leaves URLs without credentials alone, a query without a key included', () => {
    const content = {
      model_list: [
        {
          model_name: 'g',
          litellm_params: { model: 'openai/gpt-4o', api_base: 'https://host/v1?api-version=2024-10-21&keyword=x' },
        },
      ],
    };
    expect(withId(validate(content), 'core/plaintext-secret')).toEqual([]);
  });

  it('reports vertex credentials written inline', () => {
    const content = {
      model_list: [
        {
          model_name: 'g',
          litellm_params: { model: 'vertex_ai/gemini-2.0-flash', vertex_credentials: '{"type": "service_account"}' },
        },
      ],
    };
    expect(withId(validate(content), 'core/plaintext-secret').map((f) => f.path)).toEqual([
      ['model_list', 0, 'litellm_params', 'vertex_credentials'],
    ]);
  });

  it('lists every credential key with the reason it is one', () => {
    expect(CREDENTIAL_KEYS.map((rule) => rule.key)).toEqual(
      expect.arrayContaining(['api_key', 'master_key', 'aws_secret_access_key', 'vertex_credentials']),
    );
    expect(CREDENTIAL_KEYS.every((rule) => rule.why.length > 0)).toBe(true);
  });
});

describe('validateConfig: fallbacks and aliases', () => {
  const groups = [
    entry('gpt-4o'),
    entry('gpt-4o-mini'),
    entry('claude', { model: 'anthropic/claude-3-haiku-20240307' }),
  ];

  it('reports a fallback to a group that does not exist', () => {
    const findings = validate({
      model_list: groups,
      router_settings: { fallbacks: [{ 'gpt-4o': ['gpt-4o-mini', 'gpt-5'] }] },
    });
    expect(problems(findings)).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/unknown-fallback-target',
        path: ['router_settings', 'fallbacks', 0, 'gpt-4o', 1],
      }),
    ]);
    expect(findings[0].message).toContain("'gpt-5'");
  });

  it('reports fallbacks set for a group that does not exist', () => {
    const findings = validate({
      model_list: groups,
      litellm_settings: { context_window_fallbacks: [{ 'gpt-3': ['gpt-4o'] }] },
    });
    expect(problems(findings)).toEqual([
      expect.objectContaining({
        id: 'core/unknown-fallback-source',
        path: ['litellm_settings', 'context_window_fallbacks', 0, 'gpt-3'],
      }),
    ]);
  });

  it('counts a wildcard group as serving every name it matches', () => {
    const content = {
      model_list: [...groups, entry('*', { model: 'openai/*' }), entry('anthropic/*', { model: 'anthropic/*' })],
    };
    const fallbacks = [{ 'gpt-3.5-turbo': ['anthropic/claude-3-opus'] }];
    expect(problems(validate({ ...content, router_settings: { fallbacks } }))).toEqual([]);
    const onlyAnthropic = {
      model_list: [...groups, entry('anthropic/*', { model: 'anthropic/*' })],
      router_settings: { default_fallbacks: ['anthropic/x', 'openai/x'] },
    };
    expect(problems(validate(onlyAnthropic)).map((f) => f.path)).toEqual([['router_settings', 'default_fallbacks', 1]]);
  });

  it('reports a group that falls back to itself', () => {
    const findings = problems(
      validate({ model_list: groups, router_settings: { fallbacks: [{ 'gpt-4o': ['gpt-4o'] }] } }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/self-fallback',
        path: ['router_settings', 'fallbacks', 0, 'gpt-4o', 0],
      }),
    ]);
  });

  it('reports a fallback cycle once, naming it', () => {
    const fallbacks = [{ 'gpt-4o': ['gpt-4o-mini'] }, { 'gpt-4o-mini': ['claude'] }, { claude: ['gpt-4o'] }];
    const findings = problems(validate({ model_list: groups, router_settings: { fallbacks } }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/fallback-cycle',
        path: ['router_settings', 'fallbacks', 0, 'gpt-4o'],
      }),
    ]);
    expect(findings[0].message).toContain("'gpt-4o' -> 'gpt-4o-mini' -> 'claude' -> 'gpt-4o'");
  });

  it('checks each kind of fallback for cycles on its own', () => {
    const content = {
      model_list: groups,
      router_settings: { fallbacks: [{ 'gpt-4o': ['claude'] }], context_window_fallbacks: [{ claude: ['gpt-4o'] }] },
    };
    expect(problems(validate(content))).toEqual([]);
  });

  it('warns when a fallback list is set in both router_settings and litellm_settings', () => {
    const content = {
      model_list: groups,
      router_settings: { fallbacks: [{ 'gpt-4o': ['claude'] }] },
      litellm_settings: { fallbacks: [{ 'gpt-4o': ['gpt-4o-mini'] }] },
    };
    expect(problems(validate(content))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        id: 'core/fallbacks-in-both',
        path: ['litellm_settings', 'fallbacks'],
      }),
    ]);
  });

  it('accepts an alias as a fallback target', () => {
    const content = {
      model_list: groups,
      router_settings: { model_group_alias: { fast: 'gpt-4o-mini' }, fallbacks: [{ 'gpt-4o': ['fast'] }] },
    };
    expect(problems(validate(content))).toEqual([]);
  });

  it('reports an alias to a group that does not exist, in either form', () => {
    const content = {
      model_list: groups,
      router_settings: { model_group_alias: { fast: 'gpt-5-mini', hidden: { model: 'gpt-6', hidden: true } } },
    };
    expect(problems(validate(content)).map((f) => [f.id, f.path])).toEqual([
      ['core/unknown-alias-target', ['router_settings', 'model_group_alias', 'fast']],
      ['core/unknown-alias-target', ['router_settings', 'model_group_alias', 'hidden']],
    ]);
  });

  it('reports an alias named like a model group', () => {
    const content = { model_list: groups, router_settings: { model_group_alias: { 'gpt-4o': 'claude' } } };
    expect(problems(validate(content))).toEqual([
      expect.objectContaining({ severity: 'error', id: 'core/alias-shadows-group' }),
    ]);
  });
});

describe('validateConfig: deployments', () => {
  it('reports a model_info.id used twice', () => {
    const content = {
      model_list: [entry('a', {}, { model_info: { id: 'x' } }), entry('b', {}, { model_info: { id: 'x' } })],
    };
    expect(problems(validate(content))).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/duplicate-model-id',
        path: ['model_list', 1, 'model_info', 'id'],
      }),
    ]);
  });

  it('notes two identical deployments in a group (LiteLLM accepts them; synth makes this an error)', () => {
    const content = {
      model_list: [entry('a', { api_base: 'https://x', rpm: 10 }), entry('a', { rpm: 10, api_base: 'https://x' })],
    };
    expect(withId(validate(content), 'core/duplicate-deployment')).toEqual([
      expect.objectContaining({ severity: 'info', path: ['model_list', 1] }),
    ]);
  });

  it('accepts deployments of a group that differ, or that carry ids of their own', () => {
    const content = {
      model_list: [
        entry('a', { api_base: 'https://eu' }),
        entry('a', { api_base: 'https://us' }),
        entry('b', {}, { model_info: { id: 'b-1' } }),
        entry('b', {}, { model_info: { id: 'b-2' } }),
      ],
    };
    expect(problems(validate(content))).toEqual([]);
  });

  it('reports a group that mixes chat and embedding models, by model_info.mode or by the catalog', () => {
    const declared = {
      model_list: [
        entry('m', {}, { model_info: { mode: 'chat' } }),
        entry('m', { api_base: 'https://b' }, { model_info: { mode: 'embedding' } }),
      ],
    };
    expect(problems(validate(declared))).toEqual([
      expect.objectContaining({ severity: 'error', id: 'core/mixed-modes', path: ['model_list', 1] }),
    ]);
    const fromCatalog = {
      model_list: [entry('m', { model: 'openai/gpt-4o' }), entry('m', { model: 'openai/text-embedding-3-small' })],
    };
    const [finding] = problems(validate(fromCatalog));
    expect(finding).toMatchObject({ id: 'core/mixed-modes' });
    expect(finding.message).toContain('chat (model_list[0]) and embedding (model_list[1])');
  });
});

describe('validateConfig: includes', () => {
  const main = {
    include: ['models.yaml'],
    model_list: [entry('gpt-4o', {}, { model_info: { id: 'one' } })],
    router_settings: { fallbacks: [{ 'gpt-4o': ['claude'] }] },
  };
  const models = {
    model_list: [entry('claude', { model: 'anthropic/claude-3-haiku-20240307' }, { model_info: { id: 'one' } })],
  };

  it('checks the merged view and reports where the entry came from', () => {
    const findings = problems(validate(main, [{ file: 'models.yaml', content: models }]));
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'core/duplicate-model-id',
        file: 'models.yaml',
        path: ['model_list', 0, 'model_info', 'id'],
      }),
    ]);
    expect(findings[0].message).toContain("'one' of model_list[0] of models.yaml is also the id of model_list[0]");
  });

  it('reports schema and secret findings inside an included file with its file and path', () => {
    const broken = { model_list: [{ model_name: 'claude' }], general_settings: { master_key: 'sk-1234' } };
    const findings = problems(validate(main, [{ file: 'models.yaml', content: broken }]));
    expect(findings.map((f) => [f.id, f.file, f.path])).toEqual([
      ['core/missing-field', 'models.yaml', ['model_list', 0, 'litellm_params']],
      ['core/plaintext-secret', 'models.yaml', ['general_settings', 'master_key']],
    ]);
  });

  it('matches an included document by its path relative to the main file', () => {
    const findings = validateConfig(
      { file: 'deploy/config.yaml', content: main },
      { includes: [{ file: 'deploy/models.yaml', content: { model_list: [entry('claude')] } }] },
    );
    expect(problems(findings)).toEqual([]);
  });

  it('checks a file included twice once, and merges it twice as LiteLLM does', () => {
    const twice = { include: ['models.yaml', './models.yaml'], model_list: [entry('gpt-4o')], general_settings: {} };
    const findings = validate(twice, [
      { file: 'models.yaml', content: { model_list: [entry('claude')], include: [] } },
    ]).filter((f) => f.id !== 'core/model-not-in-catalog');
    expect(findings.map((f) => [f.id, f.file, f.path])).toEqual([
      ['core/duplicate-deployment', 'models.yaml', ['model_list', 0]],
      ['core/nested-include', 'models.yaml', ['include']],
    ]);
  });

  it('reports an include with no matching document', () => {
    const findings = problems(validate({ include: ['models.yaml'], model_list: [entry('gpt-4o')] }));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', id: 'core/missing-include', path: ['include', 0] }),
    ]);
    expect(findings[0].hint).toContain('relative to the main');
  });

  it('reports an include inside an included file', () => {
    const findings = problems(
      validate(main, [{ file: 'models.yaml', content: { ...models, include: ['more.yaml'] } }]),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ severity: 'error', id: 'core/nested-include', file: 'models.yaml', path: ['include'] }),
    );
  });

  it('merges like LiteLLM: lists extend the same key, other values replace it', () => {
    const merged = mergeIncludes(
      {
        file: 'config.yaml',
        content: { include: ['a.yaml'], model_list: [entry('x')], router_settings: { num_retries: 1 } },
      },
      [{ file: 'a.yaml', content: { model_list: [entry('y'), entry('z')], router_settings: { timeout: 5 } } }],
    );
    expect((merged.content.model_list as { model_name: string }[]).map((e) => e.model_name)).toEqual(['x', 'y', 'z']);
    expect(merged.content.router_settings).toEqual({ timeout: 5 });
    expect(merged.content.include).toBeUndefined();
    expect(merged.locate(['model_list', 2, 'litellm_params'])).toEqual({
      file: 'a.yaml',
      path: ['model_list', 1, 'litellm_params'],
    });
    expect(merged.locate(['model_list', 0])).toEqual({ path: ['model_list', 0] });
    expect(merged.locate(['router_settings', 'timeout'])).toEqual({
      file: 'a.yaml',
      path: ['router_settings', 'timeout'],
    });
  });

  it('appends the capability findings of the merged config, located in their documents', () => {
    const capability: ConfigFinding = {
      severity: 'warning',
      id: 'core/capability',
      message: 'm',
      path: ['model_list', 1, 'litellm_params', 'thinking'],
    };
    vi.mocked(checkCapabilities).mockReturnValueOnce([capability]);
    const findings = validate(main, [{ file: 'models.yaml', content: models }]);
    expect(vi.mocked(checkCapabilities)).toHaveBeenLastCalledWith(
      expect.objectContaining({ model_list: [main.model_list[0], models.model_list[0]] }),
    );
    expect(findings).toContainEqual({
      ...capability,
      file: 'models.yaml',
      path: ['model_list', 0, 'litellm_params', 'thinking'],
    });
  });
});

describe('validateConfig: order', () => {
  it('returns findings in document order, main document first', () => {
    const content = {
      include: ['models.yaml'],
      general_settings: { master_key: 'sk-1234' },
      model_list: [{ model_name: 'a' }, entry('b', { rpm: 'many' })],
      litellm_settings: { set_verbose: true, drop_paramz: true },
    };
    const findings = problems(
      validate(content, [{ file: 'models.yaml', content: { model_list: [entry('c', { api_key: 'sk-abcdefgh' })] } }]),
    );
    expect(findings.map((f) => [f.file, f.path.join('.')])).toEqual([
      [undefined, 'general_settings.master_key'],
      [undefined, 'model_list.0.litellm_params'],
      [undefined, 'model_list.1.litellm_params.rpm'],
      [undefined, 'litellm_settings.drop_paramz'],
      ['models.yaml', 'model_list.0.litellm_params.api_key'],
    ]);
  });

  it('returns the same findings for the same input', () => {
    const content = {
      model_list: [entry('a', { rpm: 1.5 }), entry('a', { rpm: 1.5 })],
      router_settings: { fallbacks: [{ a: ['b'] }] },
    };
    expect(validate(content)).toEqual(validate(structuredClone(content)));
  });
});

describe('validateConfig: scale', () => {
  it('follows a fallback chain of 50,000 groups without exhausting the stack, and finds the cycle that closes it', () => {
    const n = 50_000;
    const model_list = Array.from({ length: n }, (_, i) => ({
      model_name: `g${i}`,
      litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/K' },
    }));
    const fallbacks = Array.from({ length: n }, (_, i) => ({ [`g${i}`]: [`g${(i + 1) % n}`] }));
    const cycles = validate({ model_list, router_settings: { fallbacks } }).filter(
      (f) => f.id === 'core/fallback-cycle',
    );
    expect(cycles).toHaveLength(1);
    expect(cycles[0].message).toContain("'g0' -> 'g1' -> 'g2'");
    // A correctness test on a large input, not a timing one: the whole-config checks take seconds on a loaded machine.
  }, 60_000);
});

describe('validateConfig: litellm_params keys', () => {
  const deployment = (model: string, params: Record<string, unknown>) => ({
    model_name: 'm',
    litellm_params: { model, ...params },
  });
  const unknownParams = (content: unknown) => withId(validate(content), 'core/unknown-litellm-param');

  it('warns about a misspelt key with the keys the provider reads that look alike', () => {
    const [finding, ...rest] = unknownParams({
      model_list: [deployment('openai/gpt-4o', { api_kye: 'os.environ/OPENAI_API_KEY' })],
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: ['model_list', 0, 'litellm_params', 'api_kye'] });
    expect(finding.message).toContain("Did you mean 'api_key'?");
    expect(finding.hint).toContain("Rename the key to 'api_key'");
  });

  it("suggests the keys of the deployment's own provider, not those of others", () => {
    const bedrock = unknownParams({
      model_list: [deployment('bedrock/anthropic.claude-3-haiku-20240307-v1:0', { aws_regon_name: 'us-east-1' })],
    });
    expect(bedrock[0].message).toContain("Did you mean 'aws_region_name'");
    const vertex = unknownParams({ model_list: [deployment('vertex_ai/gemini-2.5-pro', { vertex_projct: 'p' })] });
    expect(vertex[0].message).toContain("Did you mean 'vertex_project'");
  });

  it("warns about another provider's own key, naming the providers that read it", () => {
    const [finding] = unknownParams({
      model_list: [deployment('bedrock/anthropic.claude-3-haiku-20240307-v1:0', { vertex_project: 'p' })],
    });
    expect(finding.message).toContain('is read for vertex_ai, vertex_ai_beta deployments only');
    expect(finding.message).not.toContain('Did you mean');
  });

  it("accepts every key the provider reads, and keys that look like none (a provider's own request parameters)", () => {
    const content = {
      model_list: [
        deployment('bedrock/anthropic.claude-3-haiku-20240307-v1:0', {
          aws_region_name: 'us-east-1',
          model_id: 'arn:aws:bedrock:x',
          temperature: 0.2,
        }),
        deployment('vertex_ai/gemini-2.5-pro', {
          vertex_project: 'p',
          vertex_location: 'us-central1',
          safety_settings: [],
        }),
        deployment('azure/gpt-4o', {
          api_base: 'https://x.openai.azure.com',
          api_version: '2024-10-21',
          tenant_id: 't',
          client_id: 'c',
        }),
        deployment('openai/gpt-4o', { repetition_penalty: 1.1 }),
      ],
    };
    expect(unknownParams(content)).toEqual([]);
  });

  it('leaves deployments of a custom_provider_map handler alone', () => {
    const content = {
      model_list: [deployment('my-llm/any', { api_kye: 'x' })],
      litellm_settings: { custom_provider_map: [{ provider: 'my-llm', custom_handler: 'handler.my_llm' }] },
    };
    expect(unknownParams(content)).toEqual([]);
  });

  it("lists every key the schema types as one some provider's deployments read", () => {
    const readByAnyProvider = new Set<string>([
      ...GENERIC_LITELLM_PARAM_KEYS,
      ...Object.values(PROVIDER_LITELLM_PARAM_KEYS).flat(),
    ]);
    expect(Object.keys(LitellmParamsSchema.shape).filter((key) => !readByAnyProvider.has(key))).toEqual([]);
  });
});

describe('validateConfig: fallback rules', () => {
  it('reports a second rule for the same group, which LiteLLM never uses', () => {
    const content = {
      model_list: [entry('a'), entry('b'), entry('x')],
      router_settings: { fallbacks: [{ a: ['x'] }, { a: ['b'] }] },
    };
    expect(withId(validate(content), 'core/duplicate-fallback-rule')).toEqual([
      expect.objectContaining({ severity: 'error', path: ['router_settings', 'fallbacks', 1, 'a'] }),
    ]);
  });
});

describe('validateConfig: environment_variables', () => {
  it('warns about a reference to a variable the same config only defines under environment_variables', () => {
    const content = {
      model_list: [entry('a', { api_base: 'os.environ/OPENAI_BASE' })],
      environment_variables: { OPENAI_BASE: 'https://example.com/v1' },
    };
    expect(withId(validate(content), 'core/env-var-defined-in-same-file')).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['model_list', 0, 'litellm_params', 'api_base'] }),
    ]);
  });

  it('says nothing about references to variables the config does not define', () => {
    const content = {
      model_list: [entry('a', { api_base: 'os.environ/OTHER' })],
      environment_variables: { OPENAI_BASE: 'x' },
    };
    expect(withId(validate(content), 'core/env-var-defined-in-same-file')).toEqual([]);
  });
});
