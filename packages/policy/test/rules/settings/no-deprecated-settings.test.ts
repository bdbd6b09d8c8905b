import { GeneralSettings, LitellmSettings, ModelDeployment } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { applyPackToDocument, NoDeprecatedSettings, PolicyPack } from '../../../src/index.js';
import { describeRule, synthResult } from '../../_rule-cases.js';

describeRule(NoDeprecatedSettings, {
  compliant: {
    when: 'only current keys are used',
    app: (config) => void new LitellmSettings(config, 'Litellm', { drop_params: true }),
    document: { litellm_settings: { drop_params: true } },
  },
  nonCompliant: {
    when: 'litellm_settings sets set_verbose',
    app: (config) => void new LitellmSettings(config, 'Litellm', { set_verbose: true }),
    document: { litellm_settings: { set_verbose: true } },
    finding: {
      id: 'core/deprecated-key',
      construct: 'prod/Litellm',
      path: ['litellm_settings', 'set_verbose'],
      message: /set_verbose is deprecated/,
    },
  },
  notApplicable: {
    when: 'the config has no deployments, litellm_settings or router_settings',
    app: (config) => void new GeneralSettings(config, 'General', { store_model_in_db: true }),
    document: { general_settings: { store_model_in_db: true } },
  },
});

describe('best-practices/no-deprecated-settings on legacy places', () => {
  it('flags an entry-level rpm set through an override, on the deployment that renders it', () => {
    const { result } = synthResult(NoDeprecatedSettings, (config) => {
      const deployment = new ModelDeployment(config, 'Gpt', {
        model_name: 'gpt',
        litellm_params: { model: 'openai/gpt-4o' },
      });
      deployment.addOverride('rpm', 100);
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: NoDeprecatedSettings.id,
        path: 'prod/Gpt',
        location: 'model_list[0].rpm',
        message: expect.stringMatching(/legacy place for rpm/),
      }),
    ]);
  });

  it('flags litellm_settings.guardrails in a hand-written config', () => {
    const findings = applyPackToDocument(PolicyPack.of({ name: 'under-test', rules: [NoDeprecatedSettings] }), {
      file: 'config.yaml',
      content: {
        litellm_settings: {
          guardrails: [{ prompt_injection: { callbacks: ['lakera_prompt_injection'], default_on: true } }],
        },
      },
    });
    expect(findings.map((f) => [f.id, f.path])).toEqual([
      [NoDeprecatedSettings.id, ['litellm_settings', 'guardrails']],
    ]);
  });
});
