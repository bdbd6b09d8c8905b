import fc from 'fast-check';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  defaultThinkingVariantName,
  ModelGroup,
  planThinkingVariants,
  Provider,
  ProxyConfig,
  SynthesisError,
  Testing,
  type ThinkingOptions,
  type ThinkingVariant,
} from '../src/index.js';

/** A provider that makes thinking variants the way the provider libraries do: plan them, then create one group each. */
class AnthropicProvider extends Provider {
  public readonly providerName = 'anthropic';

  public constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  public addModel(name: string, options: { readonly model: string } & ThinkingOptions): readonly ThinkingVariant[] {
    const group = this.createGroup(name, { modelName: name });
    this.addDeployment(group, 'default', {
      modelId: options.model,
      litellmParams: { reasoning_effort: options.reasoningEffort },
    });
    const planned = planThinkingVariants(group, options.thinkingBudgets ?? [], options.thinkingVariantName);
    return planned.map(({ budgetTokens, modelName }) => {
      const variant = this.createGroup(modelName, { modelName });
      const thinking = { type: 'enabled', budget_tokens: budgetTokens } as const;
      this.addDeployment(variant, 'default', { modelId: options.model, litellmParams: { thinking } });
      return { budgetTokens, group: variant };
    });
  }
}

const SONNET = 'claude-3-7-sonnet-20250219';

/** The error synth of `config` fails with; fails the test when synth passes. */
function synthFailure(config: ProxyConfig): SynthesisError {
  try {
    Testing.synthApp(config);
  } catch (error) {
    if (error instanceof SynthesisError) return error;
    throw error;
  }
  throw new Error('Expected synth to fail.');
}

function groupNamed(modelName: string): ModelGroup {
  return new ModelGroup(new ProxyConfig(Testing.app(), 'prod'), 'claude', { modelName });
}

describe('planThinkingVariants', () => {
  it('plans one variant per budget, in the order given, named <modelName>-think-<budget> by default', () => {
    expect(planThinkingVariants(groupNamed('claude'), [4096, 1024])).toEqual([
      { budgetTokens: 4096, modelName: 'claude-think-4096' },
      { budgetTokens: 1024, modelName: 'claude-think-1024' },
    ]);
    expect(defaultThinkingVariantName('claude-3-7-sonnet', 4096)).toBe('claude-3-7-sonnet-think-4096');
  });

  it('names the variants by the naming rule given, from the model_name of the group rather than its construct id', () => {
    const planned = planThinkingVariants(
      groupNamed('sonnet'),
      [2048, 16384],
      (modelName, budget) => `${modelName}:thinking-${budget / 1024}k`,
    );
    expect(planned.map((variant) => variant.modelName)).toEqual(['sonnet:thinking-2k', 'sonnet:thinking-16k']);
  });

  it('plans nothing for no budgets, and creates no constructs for any plan', () => {
    const group = groupNamed('claude');
    expect(planThinkingVariants(group, [])).toEqual([]);
    planThinkingVariants(group, [1024, 2048]);
    expect(group.node.root.node.findAll().map((construct) => construct.node.path)).toEqual(['', 'prod', 'prod/claude']);
  });

  it('throws, naming the group path, on a budget that is not a whole number of tokens', () => {
    expect(() => planThinkingVariants(groupNamed('claude'), [2048, 2048.5])).toThrow(
      '[prod/claude] thinkingBudgets: 2048.5 is not a whole number of tokens.',
    );
    expect(() => planThinkingVariants(groupNamed('claude'), [Number.NaN])).toThrow('NaN is not a whole number');
  });

  it('throws on a budget listed twice, after checking that every budget is whole', () => {
    expect(() => planThinkingVariants(groupNamed('claude'), [2048, 4096, 2048])).toThrow(
      '[prod/claude] thinkingBudgets lists 2048 twice; list each budget once.',
    );
    expect(() => planThinkingVariants(groupNamed('claude'), [1.5, 1.5])).toThrow('1.5 is not a whole number');
  });

  it('throws when the naming rule gives two variants, or a variant and the group, the same name', () => {
    expect(() => planThinkingVariants(groupNamed('claude'), [1024, 2048], () => 'thinking')).toThrow(
      "[prod/claude] thinkingVariantName gives the name 'thinking' twice; it must name each budget differently " +
        'and differently from the group (use the budget in the name).',
    );
    expect(() => planThinkingVariants(groupNamed('claude'), [1024], (modelName) => modelName)).toThrow(
      "gives the name 'claude' twice",
    );
  });

  it('names distinct whole budgets distinctly with the default rule, each name carrying its budget', () => {
    const modelNames = fc.string({ minLength: 1 }).filter((name) => name.trim() !== '');
    const budgetLists = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 8 });
    fc.assert(
      fc.property(modelNames, budgetLists, (modelName, budgets) => {
        const planned = planThinkingVariants(groupNamed(modelName), budgets);
        expect(planned.map((variant) => variant.budgetTokens)).toEqual(budgets);
        expect(new Set([modelName, ...planned.map((variant) => variant.modelName)]).size).toBe(budgets.length + 1);
        for (const variant of planned) expect(variant.modelName).toBe(`${modelName}-think-${variant.budgetTokens}`);
      }),
    );
  });
});

describe('thinking variants of a provider', () => {
  it("synthesize as groups beside the model's own, whose deployments think with their budget", () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const anthropic = new AnthropicProvider(prod, 'anthropic');
    const variants = anthropic.addModel('claude', {
      model: SONNET,
      thinkingBudgets: [2048, 4096],
      reasoningEffort: 'low',
    });
    const template = Testing.template(prod);
    expect(template.groups).toEqual(['claude', 'claude-think-2048', 'claude-think-4096']);
    expect(template.deploymentsOf('claude')[0].litellm_params).toEqual({
      model: `anthropic/${SONNET}`,
      reasoning_effort: 'low',
    });
    expect(template.deploymentsOf('claude-think-4096')[0].litellm_params).toEqual({
      model: `anthropic/${SONNET}`,
      thinking: { type: 'enabled', budget_tokens: 4096 },
    });
    expect(variants.map((variant) => [variant.budgetTokens, variant.group.node.path])).toEqual([
      [2048, 'prod/anthropic/claude-think-2048'],
      [4096, 'prod/anthropic/claude-think-4096'],
    ]);
  });

  it('leave the budget checks to the capability checks of every deployment', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const anthropic = new AnthropicProvider(prod, 'anthropic');
    anthropic.addModel('claude', {
      model: SONNET,
      thinkingBudgets: [512],
      thinkingVariantName: (name, budget) => `${name}@${budget}`,
    });
    const failure = synthFailure(prod);
    expect(failure.report.findings).toContainEqual(
      expect.objectContaining({
        id: 'core/thinking-budget-too-small',
        path: 'prod/anthropic/claude@512/default',
        severity: 'error',
      }),
    );
  });
});
