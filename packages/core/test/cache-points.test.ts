import { describe, expect, it } from 'vitest';
import {
  AspectPriority,
  Aspects,
  CacheControlInjection,
  ModelGroup,
  ProxyConfig,
  Secret,
  Testing,
} from '../src/index.js';
import { checkCapabilities } from '../src/validation/index.js';

const deployment = (model: string, points: unknown[]) => ({
  model_list: [{ model_name: 'm', litellm_params: { model, cache_control_injection_points: points } }],
});
const ids = (content: Record<string, unknown>) =>
  checkCapabilities(content)
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.id, f.path.join('.')]);

describe('cache points on Claude', () => {
  const claudeModels = [
    'bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    'anthropic/claude-3-7-sonnet-20250219',
    'vertex_ai/claude-3-7-sonnet@20250219',
  ];

  it.each(claudeModels)('warns that role points on user or assistant turns are unbounded (%s)', (model) => {
    const findings = ids(
      deployment(model, [
        { location: 'message', role: 'system' },
        { location: 'message', role: 'user' },
        { location: 'message', role: 'assistant' },
      ]),
    );
    expect(findings).toEqual([
      ['core/unbounded-cache-points', 'model_list.0.litellm_params.cache_control_injection_points.1'],
      ['core/unbounded-cache-points', 'model_list.0.litellm_params.cache_control_injection_points.2'],
    ]);
  });

  it('accepts the bounded pattern: the system prompt and the last message', () => {
    expect(
      ids(
        deployment(claudeModels[0], [
          { location: 'message', role: 'system' },
          { location: 'message', index: -1 },
        ]),
      ),
    ).toEqual([]);
  });

  it('lets an index win over a role, as LiteLLM does', () => {
    expect(ids(deployment(claudeModels[0], [{ location: 'message', role: 'user', index: -1 }]))).toEqual([]);
  });

  it('refuses more than four points by index', () => {
    const five = [-1, -2, -3, -4, -5].map((index) => ({ location: 'message', index }));
    expect(ids(deployment(claudeModels[1], five))).toEqual([
      ['core/too-many-cache-points', 'model_list.0.litellm_params.cache_control_injection_points'],
    ]);
  });

  it('says nothing for models that are not Claude', () => {
    expect(ids(deployment('gemini/gemini-2.5-flash', [{ location: 'message', role: 'user' }]))).toEqual([]);
  });

  it('CacheControlInjection.systemAndLastMessage() injects the bounded pattern, without a finding', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    const claude = new ModelGroup(config, 'claude');
    claude.addDeployment('eu', {
      litellmParams: {
        model: 'anthropic/claude-3-7-sonnet-20250219',
        api_key: Secret.env('ANTHROPIC_API_KEY'),
        rpm: 5,
      },
    });
    Aspects.of(config).add(CacheControlInjection.systemAndLastMessage({ ttl: '1h' }), {
      priority: AspectPriority.MUTATING,
    });
    const [entry] = Testing.template(config).deployments;
    expect(entry.litellm_params.cache_control_injection_points).toEqual([
      { location: 'message', role: 'system', control: { type: 'ephemeral', ttl: '1h' } },
      { location: 'message', index: -1, control: { type: 'ephemeral', ttl: '1h' } },
    ]);
    expect(Testing.synthApp(config).report.findings.filter((f) => f.id === 'core/unbounded-cache-points')).toEqual([]);
  });
});
