import { describe, expect, it } from 'vitest';
import { CALLBACK_NAMES, isCallbackName, moduleReferenceOf, parseModuleReference } from '../src/callbacks/index.js';
import {
  type ConfigDocument,
  type ConfigFinding,
  moduleReferenceSites,
  validateConfig,
} from '../src/validation/index.js';

type Content = Record<string, unknown>;

const model_list = [
  { model_name: 'gpt-4o', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_API_KEY' } },
];

const validate = (content: Content, files: readonly string[] = [], includes: ConfigDocument[] = []) =>
  validateConfig(
    { file: 'config.yaml', content: { model_list, ...content } },
    { includes, moduleFiles: new Set(files) },
  );

const startup = (findings: ConfigFinding[]) =>
  findings.filter((f) =>
    /^core\/(unknown-callback|missing-custom-module|custom-module-not-found|invalid-module-reference|enterprise-integration|integration-needs-package|integration-missing-setting)$/.test(
      f.id,
    ),
  );

describe('callback names', () => {
  it('knows the logger names and the hooks of the proxy loader', () => {
    expect(isCallbackName('s3_v2')).toBe(true);
    expect(isCallbackName('presidio')).toBe(true);
    expect(isCallbackName('s3')).toBe(false);
    expect(CALLBACK_NAMES).toEqual([...CALLBACK_NAMES].sort());
  });
});

describe('module references', () => {
  it('reads dots as folders and the last part as the attribute', () => {
    expect(parseModuleReference('hooks.custom_auth.user_api_key_auth', 'config-directory')).toEqual({
      module: 'hooks.custom_auth',
      attribute: 'user_api_key_auth',
      file: 'hooks/custom_auth.py',
    });
    expect(moduleReferenceOf('hooks/custom_auth.py', 'user_api_key_auth')).toBe('hooks.custom_auth.user_api_key_auth');
  });

  it('refuses a name without a dot, a guardrail path with two dots and parts that are not identifiers', () => {
    expect(parseModuleReference('sso', 'config-directory')).toHaveProperty('problem');
    expect(parseModuleReference('a.b.C', 'guardrail-file')).toHaveProperty('problem');
    expect(parseModuleReference('a.b.C', 'config-directory')).not.toHaveProperty('problem');
    expect(parseModuleReference('my-hooks.f', 'config-directory')).toHaveProperty('problem');
  });
});

describe('validateConfig: litellm_settings.callbacks', () => {
  it('accepts known names, generic_api entries of callback_settings and remote modules', () => {
    const findings = validate({
      litellm_settings: { callbacks: ['s3_v2', 'datadog', 'my_api', 's3://bucket/hooks.handler'] },
      callback_settings: { my_api: { callback_type: 'generic_api', endpoint: 'https://logs.example.com' } },
    });
    expect(startup(findings)).toEqual([]);
  });

  it('reports s3, valid in success_callback, as an unknown callback that suggests s3_v2', () => {
    const [finding] = startup(validate({ litellm_settings: { callbacks: ['s3'] } }));
    expect(finding).toMatchObject({
      severity: 'error',
      id: 'core/unknown-callback',
      path: ['litellm_settings', 'callbacks', 0],
    });
    expect(finding.message).toContain("Did you mean 's3_v2'?");
  });

  it('suggests the closest name for a misspelling', () => {
    const [finding] = startup(validate({ litellm_settings: { callbacks: ['langfus'] } }));
    expect(finding.message).toContain("Did you mean 'langfuse'?");
  });

  it('checks the callbacks of legacy litellm_settings.guardrails the same way', () => {
    const findings = startup(
      validate({
        litellm_settings: {
          guardrails: [{ prompt_injection: { callbacks: ['lakera_prompt_injektion'], default_on: true } }],
        },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'core/unknown-callback',
        path: ['litellm_settings', 'guardrails', 0, 'prompt_injection', 'callbacks', 0],
      }),
    ]);
  });

  it('loads a single string as a module reference', () => {
    expect(startup(validate({ litellm_settings: { callbacks: 'custom_callbacks.proxy_handler_instance' } }))).toEqual([
      expect.objectContaining({ id: 'core/missing-custom-module', path: ['litellm_settings', 'callbacks'] }),
    ]);
    expect(
      startup(
        validate({ litellm_settings: { callbacks: 'custom_callbacks.proxy_handler_instance' } }, [
          'custom_callbacks.py',
        ]),
      ),
    ).toEqual([]);
  });
});

describe('validateConfig: custom modules', () => {
  const everyReference = {
    general_settings: {
      custom_auth: 'hooks.auth.user_api_key_auth',
      custom_key_generate: 'keys.generate',
      custom_sso: 'sso.handler',
    },
    litellm_settings: {
      post_call_rules: 'rules.post_call',
      custom_provider_map: [{ provider: 'my-llm', custom_handler: 'my_llm.handler' }],
      callbacks: ['custom_callbacks.handler'],
    },
    guardrails: [{ guardrail_name: 'mine', litellm_params: { guardrail: 'my_guard.Guard', mode: 'pre_call' } }],
  };
  const files = ['hooks/auth.py', 'keys.py', 'sso.py', 'rules.py', 'my_llm.py', 'custom_callbacks.py', 'my_guard.py'];

  it('finds every reference LiteLLM loads at start-up', () => {
    expect(moduleReferenceSites(everyReference).map((site) => site.path.join('.'))).toEqual([
      'general_settings.custom_auth',
      'general_settings.custom_key_generate',
      'general_settings.custom_sso',
      'litellm_settings.post_call_rules',
      'litellm_settings.custom_provider_map.0.custom_handler',
      'litellm_settings.callbacks.0',
      'guardrails.0.litellm_params.guardrail',
    ]);
  });

  it('accepts them when every file is beside the config', () => {
    expect(startup(validate(everyReference, files))).toEqual([]);
  });

  it('reports each missing file as a start-up failure, naming the file', () => {
    for (const missing of files) {
      const findings = startup(
        validate(
          everyReference,
          files.filter((f) => f !== missing),
        ),
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'error', id: 'core/missing-custom-module' });
      expect(findings[0].message).toContain(`no ${missing} beside the config`);
    }
  });

  it('checks only the shape when it is not told which files exist', () => {
    const findings = validateConfig({
      file: 'config.yaml',
      content: { model_list, ...everyReference, general_settings: { custom_auth: 'auth' } },
    });
    expect(startup(findings)).toEqual([
      expect.objectContaining({ id: 'core/invalid-module-reference', path: ['general_settings', 'custom_auth'] }),
    ]);
  });

  it('reports a list under post_call_rules and a custom_provider_map entry without its handler', () => {
    const findings = startup(
      validate({ litellm_settings: { post_call_rules: ['rules.a'], custom_provider_map: [{ provider: 'x' }] } }),
    );
    expect(findings.map((f) => f.id)).toEqual(['core/invalid-module-reference', 'core/invalid-module-reference']);
  });

  it('warns about a dotted success_callback that is not beside the config: LiteLLM imports it from PYTHONPATH', () => {
    const findings = startup(validate({ litellm_settings: { success_callback: ['my_logger.log_success'] } }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', id: 'core/custom-module-not-found' })]);
    expect(
      startup(
        validate({ litellm_settings: { success_callback: ['my_logger.log_success'] } }, ['my_logger/__init__.py']),
      ),
    ).toEqual([]);
  });

  it('resolves references in included files against the main config', () => {
    const include: ConfigDocument = {
      file: 'settings.yaml',
      content: { general_settings: { custom_auth: 'auth.check' } },
    };
    const findings = startup(validate({ include: ['settings.yaml'] }, [], [include]));
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'core/missing-custom-module',
        file: 'settings.yaml',
        path: ['general_settings', 'custom_auth'],
      }),
    ]);
  });
});

describe('validateConfig: integrations that need more than the config', () => {
  it('warns that enterprise callbacks and guardrails need the enterprise code', () => {
    const findings = startup(
      validate({
        litellm_settings: { callbacks: ['llamaguard_moderations', 'banned_keywords'] },
        guardrails: [{ guardrail_name: 'secrets', litellm_params: { guardrail: 'hide_secrets', mode: 'pre_call' } }],
      }),
    );
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['core/enterprise-integration', 'warning'],
      ['core/enterprise-integration', 'warning'],
      ['core/enterprise-integration', 'warning'],
    ]);
    expect(findings[0].message).toContain('litellm-enterprise package');
    expect(findings[1].message).toContain('LiteLLM Docker image');
  });

  it('warns that prometheus works only with a licence, and langfuse needs its package', () => {
    const findings = startup(
      validate({ litellm_settings: { callbacks: ['prometheus'], success_callback: ['langfuse'] } }),
    );
    expect(findings.map((f) => f.id)).toEqual(['core/enterprise-integration', 'core/integration-needs-package']);
  });

  it('reports azure_content_safety without its params as a start-up failure', () => {
    expect(startup(validate({ litellm_settings: { callbacks: ['azure_content_safety'] } }))).toEqual([
      expect.objectContaining({ severity: 'error', id: 'core/integration-missing-setting' }),
    ]);
    expect(
      startup(
        validate({
          litellm_settings: { callbacks: ['azure_content_safety'], azure_content_safety_params: { endpoint: 'x' } },
        }),
      ),
    ).toEqual([]);
  });
});
