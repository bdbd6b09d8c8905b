import { Annotations, CAPABILITY_FINDING_IDS, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { defaultThinkingVariantName } from '../src/index.js';
import { findingsWithId, setup, SONNET_3_7 } from './_fixtures.js';

const HAIKU_3_5 = 'anthropic.claude-3-5-haiku-20241022-v1:0';

describe('thinking variants', () => {
  it('adds one group per budget, named <name>-think-<budget>, whose deployments think with that budget', () => {
    const { config, bedrock } = setup();
    const claude = bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu', 'us'],
      thinkingBudgets: [2048, 4096],
      reasoningEffort: 'low',
    });
    const template = Testing.template(config);
    expect(template.groups).toEqual(['claude', 'claude-think-2048', 'claude-think-4096']);
    const variantDeployments = template.deploymentsOf('claude-think-4096');
    expect(variantDeployments).toHaveLength(2);
    for (const deployment of variantDeployments) {
      expect(deployment.litellm_params.thinking).toEqual({ type: 'enabled', budget_tokens: 4096 });
      expect(deployment.litellm_params).not.toHaveProperty('reasoning_effort');
    }
    expect(template.deploymentsOf('claude')[0].litellm_params).not.toHaveProperty('thinking');
    expect(bedrock.thinkingVariantsOf(claude).map((v) => [v.budgetTokens, v.group.node.path])).toEqual([
      [2048, 'prod/bedrock/claude-think-2048'],
      [4096, 'prod/bedrock/claude-think-4096'],
    ]);
    expect(bedrock.thinkingVariant(claude, 4096).modelName).toBe('claude-think-4096');
  });

  it('names variants by the provider rule, unless the model brings its own', () => {
    const { config, bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      thinkingVariantName: (name, budget) => `${name}:thinking-${budget / 1024}k`,
    });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'], thinkingBudgets: [4096] });
    bedrock.addModel('sonnet', {
      model: SONNET_3_7,
      geographies: ['eu'],
      thinkingBudgets: [2048],
      thinkingVariantName: (name, budget) => `${name}-${budget}`,
    });
    expect(Testing.template(config).groups).toEqual(['claude', 'claude:thinking-4k', 'sonnet', 'sonnet-2048']);
    expect(defaultThinkingVariantName('claude', 1024)).toBe('claude-think-1024');
  });

  it('throws, naming the budgets there are, when asked for a variant that does not exist', () => {
    const { bedrock } = setup();
    const claude = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'], thinkingBudgets: [2048] });
    expect(() => bedrock.thinkingVariant(claude, 4096)).toThrow(
      '[prod/bedrock/claude] has no thinking variant with budget 4096; its budgets: 2048.',
    );
  });

  it('throws on budgets that repeat or are not whole numbers, and on a naming rule that repeats names', () => {
    const { bedrock } = setup();
    expect(() =>
      bedrock.addModel('a', { model: SONNET_3_7, geographies: ['eu'], thinkingBudgets: [2048, 2048] }),
    ).toThrow('lists 2048 twice');
    expect(() => bedrock.addModel('b', { model: SONNET_3_7, geographies: ['eu'], thinkingBudgets: [2048.5] })).toThrow(
      'not a whole number',
    );
    expect(() =>
      bedrock.addModel('c', {
        model: SONNET_3_7,
        geographies: ['eu'],
        thinkingBudgets: [2048],
        thinkingVariantName: (name) => name,
      }),
    ).toThrow("gives the name 'c' twice");
  });
});

describe('thinking variant checks (core capability checks on every deployment)', () => {
  it('reports a budget below 1024 on each deployment of the variant', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'us'], thinkingBudgets: [512] });
    const errors = findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingBudgetTooSmall);
    expect(errors.map((f) => [f.severity, f.path])).toEqual([
      ['error', 'prod/bedrock/claude-think-512/eu'],
      ['error', 'prod/bedrock/claude-think-512/us'],
    ]);
    expect(errors[0].message).toBe(
      `Thinking budget 512 for bedrock/eu.${SONNET_3_7} is below the minimum of 1024 tokens.`,
    );
  });

  it('reports thinking variants of a model without supports_reasoning', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('haiku', { model: HAIKU_3_5, geographies: ['eu'], thinkingBudgets: [2048] });
    const [error] = findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingUnsupported);
    expect(error.path).toBe('prod/bedrock/haiku-think-2048/eu');
    expect(error.message).toContain(
      `bedrock/eu.${HAIKU_3_5} does not support extended thinking (catalog entry 'eu.${HAIKU_3_5}'`,
    );
    expect(error.hint).toContain('model_info.supports_reasoning: true');
  });

  it('warns about a budget not below the catalog max output tokens, naming both numbers', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'], thinkingBudgets: [16_000] });
    expect(() => Testing.synthApp(config, { strict: true })).toThrow(/core\/thinking-budget-exceeds-max-output/);
    const [warning] = findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput);
    expect(warning).toMatchObject({ severity: 'warning', path: 'prod/bedrock/claude-think-16000/eu' });
    expect(warning.message).toContain('Thinking budget 16000');
    expect(warning.message).toContain('max output tokens 8192');
    expect(warning.hint).toContain('model_info.max_output_tokens');
  });

  it('settles the max-output warning with an acknowledgement on the variant', () => {
    const { config, bedrock } = setup();
    const claude = bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu', 'us'],
      thinkingBudgets: [16_000],
    });
    Annotations.of(bedrock.thinkingVariant(claude, 16_000)).acknowledge(
      CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput,
      'Bedrock serves 64k output tokens for Claude 3.7 Sonnet with thinking',
    );
    const assembly = Testing.synthApp(config, { strict: true });
    expect(findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput)).toEqual([]);
    expect(
      findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput, { acknowledged: true }),
    ).toHaveLength(2);
    expect(assembly.report.acknowledgements).toEqual([
      expect.objectContaining({ path: 'prod/bedrock/claude-think-16000', matched: 2 }),
    ]);
  });

  it('settles the max-output warning with a model-level max output override', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu'],
      thinkingBudgets: [16_000],
      modelInfo: { max_output_tokens: 64_000 },
    });
    expect(() => Testing.synthApp(config, { strict: true })).not.toThrow();
    expect(findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput)).toEqual([]);
    expect(Testing.template(config).deploymentsOf('claude-think-16000')[0].model_info).toEqual({
      max_output_tokens: 64_000,
    });
  });

  it('lets a model-level supports_reasoning override allow thinking the catalog does not list', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('haiku', {
      model: HAIKU_3_5,
      geographies: ['eu'],
      thinkingBudgets: [2048],
      modelInfo: { supports_reasoning: true },
    });
    expect(findingsWithId(config, CAPABILITY_FINDING_IDS.thinkingUnsupported)).toEqual([]);
  });
});
