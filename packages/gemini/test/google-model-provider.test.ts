import { Annotations, CATALOG_VERSION, Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { GeminiProvider, GoogleModels } from '../src/index.js';
import { findingLines, prodConfig } from './_synth-findings.js';

/** The ids of core's capability checks, which check thinking and reasoning on every rendered deployment. */
const CORE = {
  thinkingUnsupported: 'core/thinking-unsupported',
  thinkingBudgetTooSmall: 'core/thinking-budget-too-small',
  thinkingBudgetExceedsMaxOutput: 'core/thinking-budget-exceeds-max-output',
  reasoningEffortUnsupported: 'core/reasoning-effort-unsupported',
} as const;

function geminiIn(config = prodConfig()) {
  const provider = new GeminiProvider(config, 'gemini', {
    apiKeys: [Secret.env('GEMINI_API_KEY_1'), Secret.env('GEMINI_API_KEY_2')],
  });
  return { config, provider };
}

describe('thinking variants', () => {
  it('checks the data: gemini-2.5-flash reasons, gemini-2.0-flash does not', () => {
    expect(GoogleModels.gemini('gemini-2.5-flash')).toMatchObject({ supportsReasoning: true, maxOutputTokens: 65535 });
    expect(GoogleModels.gemini('gemini-2.0-flash')?.supportsReasoning).toBe(false);
  });

  it('adds one group per budget, named <name>-think-<budget>, each deployment thinking with that budget', () => {
    const { config, provider } = geminiIn();
    const flash = provider.addModel('flash', { model: 'gemini-2.5-flash', rpm: 10, thinkingBudgets: [2048, 16384] });

    const template = Testing.template(config);
    expect(template.groups).toEqual(['flash', 'flash-think-2048', 'flash-think-16384']);
    expect(template.deploymentsOf('flash-think-16384').map((d) => d.litellm_params)).toEqual([
      {
        api_key: 'os.environ/GEMINI_API_KEY_1',
        rpm: 10,
        thinking: { type: 'enabled', budget_tokens: 16384 },
        model: 'gemini/gemini-2.5-flash',
      },
      {
        api_key: 'os.environ/GEMINI_API_KEY_2',
        rpm: 10,
        thinking: { type: 'enabled', budget_tokens: 16384 },
        model: 'gemini/gemini-2.5-flash',
      },
    ]);
    expect(template.deploymentsOf('flash').some((d) => 'thinking' in d.litellm_params)).toBe(false);
    expect(provider.thinkingVariantsOf(flash).map((v) => [v.budgetTokens, v.group.node.path])).toEqual([
      [2048, 'prod/gemini/flash-think-2048'],
      [16384, 'prod/gemini/flash-think-16384'],
    ]);
    expect(findingLines(config, CORE.thinkingUnsupported)).toEqual([]);
  });

  it('names variants with thinkingVariantName of addModel, else of the provider', () => {
    const config = prodConfig();
    const provider = new GeminiProvider(config, 'gemini', {
      apiKeys: [Secret.env('GEMINI_API_KEY_1')],
      thinkingVariantName: (name, budget) => `${name}:thinking-${budget}`,
    });
    provider.addModel('flash', {
      model: 'gemini-2.5-flash',
      thinkingBudgets: [4096],
      thinkingVariantName: (name, budget) => `${name}-reasoning-${budget / 1024}k`,
    });
    provider.addModel('pro', { model: 'gemini-2.5-pro', thinkingBudgets: [2048] });

    expect(Testing.template(config).groups).toEqual(['flash', 'flash-reasoning-4k', 'pro', 'pro:thinking-2048']);
  });

  it('refuses a naming rule that gives two groups the same name', () => {
    const { provider } = geminiIn();
    expect(() =>
      provider.addModel('flash', {
        model: 'gemini-2.5-flash',
        thinkingBudgets: [2048, 4096],
        thinkingVariantName: (name) => `${name}-think`,
      }),
    ).toThrow("[prod/gemini/flash] thinkingVariantName gives the name 'flash-think' twice");
    expect(() =>
      provider.addModel('pro', {
        model: 'gemini-2.5-pro',
        thinkingBudgets: [2048],
        thinkingVariantName: (name) => name,
      }),
    ).toThrow("[prod/gemini/pro] thinkingVariantName gives the name 'pro' twice");
  });

  it('rejects thinking variants of a model whose catalog entry does not reason', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.0-flash', thinkingBudgets: [2048] });

    expect(() => Testing.synth(config)).toThrow(
      /\[prod\/gemini\/flash-think-2048\/GEMINI_API_KEY_1\] core\/thinking-unsupported: gemini\/gemini-2\.0-flash does not support extended thinking/,
    );
    expect(findingLines(config, CORE.thinkingUnsupported)).toHaveLength(2);
  });

  it('accepts thinking on a model the catalog lags behind, when modelInfo says it reasons', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', {
      model: 'gemini-2.0-flash',
      thinkingBudgets: [2048],
      modelInfo: { supports_reasoning: true },
    });

    expect(findingLines(config, CORE.thinkingUnsupported)).toEqual([]);
    expect(Testing.template(config).deploymentsOf('flash-think-2048')[0].model_info).toEqual({
      supports_reasoning: true,
    });
  });

  it("accepts a budget below Anthropic's 1024-token minimum, which Gemini allows", () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.5-flash', thinkingBudgets: [512, 1024] });

    expect(findingLines(config, CORE.thinkingBudgetTooSmall)).toEqual([]);
  });

  // gemini-2.5-flash's documented budget range ends far below its max output tokens; a model without a documented
  // range shows the max-output check alone.
  it('warns, naming both numbers, when a budget is not below the max output tokens', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.0-flash-thinking-exp-01-21', thinkingBudgets: [65535, 65536] });

    const lines = findingLines(config, CORE.thinkingBudgetExceedsMaxOutput);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(
      `[prod/gemini/flash-think-65536/GEMINI_API_KEY_1] Thinking budget 65536 for gemini/gemini-2.0-flash-thinking-exp-01-21 is not below its max output tokens 65536 ` +
        `(catalog entry 'gemini/gemini-2.0-flash-thinking-exp-01-21', LiteLLM model map ${CATALOG_VERSION})`,
    );
    expect(() => Testing.synth(config)).not.toThrow();
  });

  it('measures the budget against modelInfo.max_output_tokens when given', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', {
      model: 'gemini-2.5-flash',
      thinkingBudgets: [8192],
      modelInfo: { max_output_tokens: 8192 },
    });

    expect(findingLines(config, CORE.thinkingBudgetExceedsMaxOutput)[0]).toContain(
      '[prod/gemini/flash-think-8192/GEMINI_API_KEY_1] Thinking budget 8192 for gemini/gemini-2.5-flash is not below model_info.max_output_tokens 8192',
    );
  });

  it('lets an acknowledgement on the variant accept the max-output warning in strict mode', () => {
    const { config, provider } = geminiIn(prodConfig({ strict: true }));
    const flash = provider.addModel('flash', {
      model: 'gemini-2.0-flash-thinking-exp-01-21',
      thinkingBudgets: [70000],
    });
    Annotations.of(provider.thinkingVariantsOf(flash)[0].group).acknowledge(
      CORE.thinkingBudgetExceedsMaxOutput,
      'Newer limit.',
    );

    expect(Testing.template(config).groups).toEqual(['flash', 'flash-think-70000']);
  });

  it('rejects a budget outside the range Google documents for the model', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.5-flash', thinkingBudgets: [30000] });
    expect(() => Testing.synth(config)).toThrow(
      /core\/thinking-budget-out-of-range: Thinking budget 30000 for gemini\/gemini-2.5-flash is outside the range Google documents for it: 1 to 24576/,
    );
  });

  it('refuses budgets that are not whole numbers or repeat', () => {
    const { provider } = geminiIn();
    expect(() => provider.addModel('a', { model: 'gemini-2.5-flash', thinkingBudgets: [2048.5] })).toThrow(
      '[prod/gemini/a] thinkingBudgets: 2048.5 is not a whole number of tokens.',
    );
    expect(() => provider.addModel('b', { model: 'gemini-2.5-flash', thinkingBudgets: [2048, 2048] })).toThrow(
      '[prod/gemini/b] thinkingBudgets lists 2048 twice',
    );
  });
});

describe('reasoning effort', () => {
  it('sets reasoning_effort on the deployments of a model that reasons, not on its thinking variants', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.5-flash', reasoningEffort: 'minimal', thinkingBudgets: [4096] });

    const template = Testing.template(config);
    expect(template.deploymentsOf('flash').map((d) => d.litellm_params.reasoning_effort)).toEqual([
      'minimal',
      'minimal',
    ]);
    expect(template.deploymentsOf('flash-think-4096').some((d) => 'reasoning_effort' in d.litellm_params)).toBe(false);
  });

  it('rejects a reasoning effort for a model that does not reason', () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.0-flash', reasoningEffort: 'high' });

    expect(findingLines(config, CORE.reasoningEffortUnsupported)).toEqual([
      expect.stringMatching(
        /^\[prod\/gemini\/flash\/GEMINI_API_KEY_1\] gemini\/gemini-2\.0-flash does not support reasoning .*, but reasoning_effort is 'high'\.$/,
      ),
      expect.stringMatching(/^\[prod\/gemini\/flash\/GEMINI_API_KEY_2\] /),
    ]);
  });

  it("allows reasoning effort 'none' on any model", () => {
    const { config, provider } = geminiIn();
    provider.addModel('flash', { model: 'gemini-2.0-flash', reasoningEffort: 'none' });

    expect(Testing.template(config).deploymentsOf('flash')[0].litellm_params.reasoning_effort).toBe('none');
  });
});

describe('mode', () => {
  it('prefers the mode given over modelInfo.mode and the catalog, on group and deployments alike', () => {
    const { config, provider } = geminiIn();
    const group = provider.addModel('embed', {
      model: 'gemini-embedding-001',
      mode: 'rerank',
      modelInfo: { mode: 'chat', base_model: 'x' },
    });

    expect(group.mode).toBe('rerank');
    expect(Testing.template(config).deploymentsOf('embed')[0].model_info).toEqual({ mode: 'rerank', base_model: 'x' });
  });
});
