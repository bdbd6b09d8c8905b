import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CacheParamsSchema,
  configJsonSchema,
  CONFIG_JSON_SCHEMA_ID,
  CredentialListSchema,
  EnvironmentVariablesSchema,
  FallbackListSchema,
  GeneralSettingsSchema,
  GuardrailsSchema,
  IncludeSchema,
  LiteLLMConfigSchema,
  LitellmParamsSchema,
  LitellmSettingsSchema,
  McpServersSchema,
  ModelDeploymentSchema,
  ModelGroupAliasSchema,
  ModelInfoSchema,
  RouterSettingsSchema,
  CACHE_CONTROL_ROLES,
  CACHE_CONTROL_TTLS,
  CACHE_MODES,
  CACHE_TYPES,
  MODEL_MODES,
  REASONING_EFFORTS,
  ReasoningEffortSchema,
  ROUTING_STRATEGIES,
  RoutingStrategySchema,
  ModelModeSchema,
  CacheTypeSchema,
  CacheControlInjectionPointSchema,
  THINKING_TYPES,
  ThinkingSchema,
} from '../src/config/schemas/index.js';

const deployment = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  model_name: 'gpt-4o',
  litellm_params: { model: 'openai/gpt-4o', ...params },
  ...extra,
});

describe('ModelDeploymentSchema', () => {
  it('accepts a deployment with only model_name and litellm_params.model', () => {
    expect(ModelDeploymentSchema.safeParse(deployment({})).success).toBe(true);
  });

  it('requires model_name, litellm_params and litellm_params.model', () => {
    expect(ModelDeploymentSchema.safeParse({ litellm_params: { model: 'openai/gpt-4o' } }).success).toBe(false);
    expect(ModelDeploymentSchema.safeParse({ model_name: 'gpt-4o' }).success).toBe(false);
    expect(ModelDeploymentSchema.safeParse({ model_name: 'gpt-4o', litellm_params: {} }).success).toBe(false);
  });

  it('accepts any integer rpm and tpm', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (rpm, tpm) => {
        expect(ModelDeploymentSchema.safeParse(deployment({ rpm, tpm })).success).toBe(true);
      }),
    );
  });

  it('rejects any rpm that is not an integer', () => {
    const notAnInteger = fc.double().filter((value) => !Number.isInteger(value));
    fc.assert(
      fc.property(notAnInteger, (rpm) => {
        expect(ModelDeploymentSchema.safeParse(deployment({ rpm })).success).toBe(false);
      }),
    );
  });

  it('rejects an rpm written as a string, but accepts an os.environ/ reference', () => {
    expect(ModelDeploymentSchema.safeParse(deployment({ rpm: '100' })).success).toBe(false);
    expect(ModelDeploymentSchema.safeParse(deployment({ rpm: 'os.environ/RPM' })).success).toBe(true);
  });

  it('accepts a timeout as a number or a string', () => {
    expect(ModelDeploymentSchema.safeParse(deployment({ timeout: 30, stream_timeout: 0.5 })).success).toBe(true);
    expect(ModelDeploymentSchema.safeParse(deployment({ timeout: 'os.environ/TIMEOUT' })).success).toBe(true);
    expect(ModelDeploymentSchema.safeParse(deployment({ timeout: true })).success).toBe(false);
  });

  it('accepts the legacy rpm and tpm beside litellm_params', () => {
    expect(ModelDeploymentSchema.safeParse(deployment({}, { rpm: 3, tpm: 20000 })).success).toBe(true);
  });

  it('keeps unknown keys of the entry, of litellm_params and of model_info', () => {
    const parsed = ModelDeploymentSchema.parse(
      deployment(
        { temperature: 0.1, deployment_id: 'x' },
        { extra_key: 1, model_info: { description: 'a test model' } },
      ),
    );
    expect(parsed).toMatchObject({
      extra_key: 1,
      litellm_params: { temperature: 0.1, deployment_id: 'x' },
      model_info: { description: 'a test model' },
    });
  });
});

describe('LitellmParamsSchema', () => {
  const parse = (params: Record<string, unknown>) =>
    LitellmParamsSchema.safeParse({ model: 'bedrock/anthropic.claude', ...params });

  it('accepts thinking with a budget, and adaptive thinking without one', () => {
    expect(parse({ thinking: { type: 'enabled', budget_tokens: 2048 } }).success).toBe(true);
    expect(parse({ thinking: { type: 'adaptive' } }).success).toBe(true);
  });

  it('rejects enabled thinking without a budget and a fractional budget', () => {
    expect(parse({ thinking: { type: 'enabled' } }).success).toBe(false);
    expect(parse({ thinking: { type: 'enabled', budget_tokens: 1024.5 } }).success).toBe(false);
    expect(parse({ thinking: { type: 'on', budget_tokens: 1024 } }).success).toBe(false);
  });

  it('accepts only the reasoning efforts LiteLLM knows', () => {
    for (const effort of ['minimal', 'low', 'medium', 'high', 'none'])
      expect(parse({ reasoning_effort: effort }).success).toBe(true);
    expect(parse({ reasoning_effort: 'extreme' }).success).toBe(false);
  });

  it('checks cache-control injection points', () => {
    const point = { location: 'message', role: 'system', index: -1, control: { type: 'ephemeral', ttl: '1h' } };
    expect(parse({ cache_control_injection_points: [point] }).success).toBe(true);
    expect(parse({ cache_control_injection_points: [{ location: 'tool_config' }] }).success).toBe(true);
    expect(parse({ cache_control_injection_points: [{ location: 'prompt' }] }).success).toBe(false);
    expect(parse({ cache_control_injection_points: [{ ...point, role: 'tool' }] }).success).toBe(false);
    expect(
      parse({ cache_control_injection_points: [{ ...point, control: { type: 'ephemeral', ttl: '2h' } }] }).success,
    ).toBe(false);
    expect(parse({ cache_control_injection_points: [{ ...point, index: 0.5 }] }).success).toBe(false);
  });

  it('accepts vertex credentials as a path, a JSON string or an object', () => {
    expect(parse({ vertex_credentials: '/secrets/sa.json' }).success).toBe(true);
    expect(parse({ vertex_credentials: { type: 'service_account' } }).success).toBe(true);
    expect(parse({ vertex_credentials: 42 }).success).toBe(false);
  });

  it('types the AWS credentials as strings', () => {
    expect(
      parse({ aws_region_name: 'eu-west-1', aws_role_name: 'arn:aws:iam::1:role/x', aws_session_token: 'os.environ/T' })
        .success,
    ).toBe(true);
    expect(parse({ aws_region_name: 1 }).success).toBe(false);
  });
});

describe('ModelInfoSchema', () => {
  it('accepts the modes LiteLLM knows, and batch', () => {
    for (const mode of [
      'chat',
      'embedding',
      'image_generation',
      'audio_transcription',
      'rerank',
      'responses',
      'batch',
    ]) {
      expect(ModelInfoSchema.safeParse({ mode }).success).toBe(true);
    }
    expect(ModelInfoSchema.safeParse({ mode: 'chatting' }).success).toBe(false);
  });

  it('requires booleans for every supports_* flag, known or not', () => {
    expect(ModelInfoSchema.safeParse({ supports_vision: true, supports_new_thing: false }).success).toBe(true);
    expect(ModelInfoSchema.safeParse({ supports_vision: 'yes please' }).success).toBe(false);
    expect(ModelInfoSchema.safeParse({ supports_new_thing: 3 }).success).toBe(false);
  });

  it('accepts a string or integer id, and the tiers free and paid', () => {
    expect(ModelInfoSchema.safeParse({ id: 'a', tier: 'free' }).success).toBe(true);
    expect(ModelInfoSchema.safeParse({ id: 1, tier: 'paid' }).success).toBe(true);
    expect(ModelInfoSchema.safeParse({ tier: 'gold' }).success).toBe(false);
  });
});

describe('RouterSettingsSchema', () => {
  it('accepts the routing strategies LiteLLM knows and nothing else', () => {
    expect(RouterSettingsSchema.safeParse({ routing_strategy: 'usage-based-routing-v2' }).success).toBe(true);
    expect(RouterSettingsSchema.safeParse({ routing_strategy: 'round-robin' }).success).toBe(false);
  });

  it('accepts a secret reference in place of any scalar, enums included', () => {
    const settings = {
      routing_strategy: 'os.environ/STRATEGY',
      num_retries: 'os.environ/RETRIES',
      cooldown_time: 'os.environ/COOLDOWN',
      disable_cooldowns: 'os.environ/NO_COOLDOWN',
    };
    expect(RouterSettingsSchema.safeParse(settings).success).toBe(true);
    expect(ModelInfoSchema.safeParse({ mode: 'os.environ/MODE', tier: 'os.environ/TIER' }).success).toBe(true);
  });

  it('accepts a secret reference for redis_port, and rejects a port written as a string', () => {
    expect(RouterSettingsSchema.safeParse({ redis_port: 'os.environ/REDIS_PORT' }).success).toBe(true);
    expect(RouterSettingsSchema.safeParse({ redis_port: 6379 }).success).toBe(true);
    expect(RouterSettingsSchema.safeParse({ redis_port: '6379' }).success).toBe(false);
  });

  it('checks retry and allowed-fails policies by their names', () => {
    expect(RouterSettingsSchema.safeParse({ retry_policy: { RateLimitErrorRetries: 3 } }).success).toBe(true);
    expect(RouterSettingsSchema.safeParse({ allowed_fails_policy: { TimeoutErrorAllowedFails: 2.5 } }).success).toBe(
      false,
    );
  });

  it('accepts the optional pre-call checks LiteLLM knows', () => {
    expect(RouterSettingsSchema.safeParse({ optional_pre_call_checks: ['prompt_caching'] }).success).toBe(true);
    expect(RouterSettingsSchema.safeParse({ optional_pre_call_checks: ['everything'] }).success).toBe(false);
  });
});

describe('fallbacks and aliases', () => {
  it('accepts fallbacks as a list of one-key mappings', () => {
    expect(FallbackListSchema.safeParse([{ a: ['b', 'c'] }, { b: ['c'] }]).success).toBe(true);
  });

  it('rejects a fallback rule with two keys, or a target that is not a list', () => {
    expect(FallbackListSchema.safeParse([{ a: ['b'], c: ['d'] }]).success).toBe(false);
    expect(FallbackListSchema.safeParse([{ a: 'b' }]).success).toBe(false);
  });

  it('accepts an alias to a group name or to {model, hidden}', () => {
    expect(
      ModelGroupAliasSchema.safeParse({ fast: 'gpt-4o-mini', hidden: { model: 'gpt-4o', hidden: true } }).success,
    ).toBe(true);
    expect(ModelGroupAliasSchema.safeParse({ fast: { hidden: true } }).success).toBe(false);
  });
});

describe('LitellmSettingsSchema', () => {
  it('accepts the cache types and modes LiteLLM knows', () => {
    expect(CacheParamsSchema.safeParse({ type: 'redis-semantic', mode: 'default_off', ttl: 600 }).success).toBe(true);
    expect(CacheParamsSchema.safeParse({ type: 'memcached' }).success).toBe(false);
    expect(CacheParamsSchema.safeParse({ mode: 'always' }).success).toBe(false);
  });

  it('accepts callbacks as a list, or as one Python import path', () => {
    expect(LitellmSettingsSchema.safeParse({ callbacks: ['prometheus'] }).success).toBe(true);
    expect(LitellmSettingsSchema.safeParse({ callbacks: 'custom_callbacks.my_custom_logger' }).success).toBe(true);
    expect(LitellmSettingsSchema.safeParse({ success_callback: 'langfuse' }).success).toBe(false);
  });

  it('requires a team_id in each default team setting', () => {
    expect(
      LitellmSettingsSchema.safeParse({ default_team_settings: [{ team_id: 't', success_callback: ['langfuse'] }] })
        .success,
    ).toBe(true);
    expect(
      LitellmSettingsSchema.safeParse({ default_team_settings: [{ success_callback: ['langfuse'] }] }).success,
    ).toBe(false);
  });

  it('reads YAML 1.1 booleans as the booleans they are', () => {
    expect(LitellmSettingsSchema.safeParse({ drop_params: true, set_verbose: false }).success).toBe(true);
    expect(LitellmSettingsSchema.safeParse({ drop_params: 'True' }).success).toBe(false);
  });
});

describe('the other sections', () => {
  it('accepts general settings read by the proxy', () => {
    expect(
      GeneralSettingsSchema.safeParse({ master_key: 'os.environ/KEY', health_check_interval: 300, alerting: ['slack'] })
        .success,
    ).toBe(true);
    expect(GeneralSettingsSchema.safeParse({ health_check_interval: 'often' }).success).toBe(false);
  });

  it('accepts scalar environment variables, including empty ones', () => {
    expect(EnvironmentVariablesSchema.safeParse({ A: 'x', B: 1, C: true, D: null }).success).toBe(true);
    expect(EnvironmentVariablesSchema.safeParse({ A: ['x'] }).success).toBe(false);
  });

  it('requires a name, values and info in each credential', () => {
    const credential = {
      credential_name: 'azure',
      credential_values: { api_key: 'os.environ/K' },
      credential_info: {},
    };
    expect(CredentialListSchema.safeParse([credential]).success).toBe(true);
    expect(CredentialListSchema.safeParse([{ credential_name: 'azure' }]).success).toBe(false);
  });

  it('accepts include as a list of paths', () => {
    expect(IncludeSchema.safeParse(['models.yaml']).success).toBe(true);
    expect(IncludeSchema.safeParse('models.yaml').success).toBe(false);
  });

  it('types the common shape of guardrails and keeps the rest', () => {
    const guardrail = {
      guardrail_name: 'g',
      litellm_params: { guardrail: 'aporia', mode: 'pre_call', guardrailVersion: 'DRAFT' },
    };
    expect(GuardrailsSchema.parse([guardrail])[0].litellm_params).toMatchObject({ guardrailVersion: 'DRAFT' });
    expect(GuardrailsSchema.safeParse([{ guardrail_name: 'g', litellm_params: { mode: 'pre_call' } }]).success).toBe(
      false,
    );
  });

  it('types the common shape of MCP servers and keeps the rest', () => {
    const parsed = McpServersSchema.parse({
      wiki: { transport: 'stdio', command: 'uvx', args: ['x'], spec_version: '2025' },
    });
    expect(parsed.wiki).toMatchObject({ spec_version: '2025' });
    expect(McpServersSchema.safeParse({ wiki: { args: 'x' } }).success).toBe(false);
  });
});

describe('LiteLLMConfigSchema', () => {
  it('accepts sections written with nothing under them', () => {
    expect(LiteLLMConfigSchema.safeParse({ model_list: null, general_settings: null }).success).toBe(true);
  });

  it('keeps any unknown key, at the top and in every known section', () => {
    const section = fc.constantFrom('litellm_settings', 'router_settings', 'general_settings');
    const key = fc.stringMatching(/^zz_[a-z_]{1,12}$/);
    fc.assert(
      fc.property(section, key, fc.jsonValue(), (name, unknown, value) => {
        const parsed = LiteLLMConfigSchema.parse({ [unknown]: value, [name]: { [unknown]: value } }) as Record<
          string,
          Record<string, unknown>
        >;
        expect(parsed[unknown]).toEqual(value);
        expect(parsed[name][unknown]).toEqual(value);
      }),
    );
  });
});

describe('configJsonSchema', () => {
  const schema = configJsonSchema() as Record<string, any>;

  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(CONFIG_JSON_SCHEMA_ID);
    expect(schema.title).toEqual(expect.any(String));
  });

  it('describes the sections and their important keys', () => {
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['model_list', 'router_settings', 'litellm_settings', 'general_settings']),
    );
    const deploymentSchema = schema.properties.model_list.anyOf[0].items;
    expect(deploymentSchema.required).toEqual(['model_name', 'litellm_params']);
    expect(deploymentSchema.properties.model_name.description).toMatch(/model group/);
    expect(deploymentSchema.properties.litellm_params.properties.rpm.description).toMatch(/Requests per minute/);
  });

  it('shares one definition of a secret reference', () => {
    const reference = schema.$defs.SecretReference;
    expect(reference.type).toBe('string');
    expect(new RegExp(reference.pattern).test('os.environ/REDIS_PORT')).toBe(true);
    expect(new RegExp(reference.pattern).test('6379')).toBe(false);
  });

  it('allows unknown keys, as LiteLLM does', () => {
    expect(schema.additionalProperties).toEqual({});
    expect(schema.properties.litellm_settings.anyOf[0].additionalProperties).toEqual({});
  });

  it('closes the arguments of a Python constructor, where LiteLLM fails on a key it does not take', () => {
    const params = schema.properties.litellm_settings.anyOf[0].properties.azure_content_safety_params;
    expect(params.additionalProperties).toBe(false);
    expect(Object.keys(params.properties)).toEqual(['endpoint', 'api_key', 'thresholds']);
  });
});

describe('the vocabulary', () => {
  const enumerations: ReadonlyArray<readonly [string, readonly string[], (value: string) => unknown]> = [
    ['reasoning efforts', REASONING_EFFORTS, (value) => ReasoningEffortSchema.parse(value)],
    ['thinking types', THINKING_TYPES, (value) => ThinkingSchema.parse({ type: value, budget_tokens: 1024 })],
    ['routing strategies', ROUTING_STRATEGIES, (value) => RoutingStrategySchema.parse(value)],
    ['model modes', MODEL_MODES, (value) => ModelModeSchema.parse(value)],
    ['cache types', CACHE_TYPES, (value) => CacheTypeSchema.parse(value)],
    ['cache modes', CACHE_MODES, (value) => CacheParamsSchema.parse({ mode: value })],
    [
      'cache point roles',
      CACHE_CONTROL_ROLES,
      (value) => CacheControlInjectionPointSchema.parse({ location: 'message', role: value }),
    ],
    [
      'cache ttls',
      CACHE_CONTROL_TTLS,
      (value) =>
        CacheControlInjectionPointSchema.parse({
          location: 'message',
          index: 0,
          control: { type: 'ephemeral', ttl: value },
        }),
    ],
  ];

  it.each(enumerations)('makes the schema of the %s accept exactly the listed values', (_name, values, parse) => {
    for (const value of values) expect(() => parse(value)).not.toThrow();
    fc.assert(
      fc.property(
        fc.string().filter((value) => !values.includes(value) && !value.startsWith('os.environ/')),
        (value) => {
          expect(() => parse(value)).toThrow();
        },
      ),
    );
  });
});
