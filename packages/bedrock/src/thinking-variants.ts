// Thinking variants: one group per budget beside the model's own. Whether the model reasons and whether the budget
// fits (at least 1024, below the max output tokens) is checked by core's capability checks on every rendered
// deployment (`core/thinking-*`), which read `model_info.supports_reasoning` and `max_output_tokens` first.
import type { ModelGroup } from '@litellm-cdk/core';

/**
 * Names the thinking variant with `budget` of the group named `modelName`: the variant's `model_name` and
 * construct id. Give one to `BedrockProvider` (for every model) or to `addModel` (for one model).
 * @example (modelName, budget) => `${modelName}:thinking-${budget / 1024}k`
 */
export type ThinkingVariantNaming = (modelName: string, budget: number) => string;

/** The default naming rule: `<modelName>-think-<budget>` (`claude-3-7-sonnet-think-4096`). */
export const defaultThinkingVariantName: ThinkingVariantNaming = (modelName, budget) => `${modelName}-think-${budget}`;

/** Throws on budgets that are not whole numbers or repeat: no variant group could be named for them. */
function assertBudgetsUsable(group: ModelGroup, budgets: readonly number[]): void {
  for (const budget of budgets) {
    if (!Number.isInteger(budget)) {
      throw new Error(`[${group.node.path}] thinkingBudgets: ${budget} is not a whole number of tokens.`);
    }
  }
  const repeated = budgets.find((budget, index) => budgets.indexOf(budget) !== index);
  if (repeated !== undefined) {
    throw new Error(`[${group.node.path}] thinkingBudgets lists ${repeated} twice; list each budget once.`);
  }
}

/** Throws when the naming rule gives two variants, or a variant and the group, the same name. */
function assertVariantNamesDistinct(group: ModelGroup, names: readonly string[]): void {
  const all = [group.modelName, ...names];
  const repeated = all.find((name, index) => all.indexOf(name) !== index);
  if (repeated !== undefined) {
    throw new Error(
      `[${group.node.path}] thinkingVariantName gives the name '${repeated}' twice; it must name each budget differently ` +
        'and differently from the group (use the budget in the name).',
    );
  }
}


/** The budget and the group name of one thinking variant. */
export interface PlannedVariant {
  readonly budgetTokens: number;
  readonly modelName: string;
}

/** The variants of `group`, named by `naming`; throws on budgets or names no variant group could be created for. */
export function planThinkingVariants(group: ModelGroup, budgets: readonly number[], naming: ThinkingVariantNaming): PlannedVariant[] {
  assertBudgetsUsable(group, budgets);
  const planned = budgets.map((budgetTokens) => ({ budgetTokens, modelName: naming(group.modelName, budgetTokens) }));
  assertVariantNamesDistinct(group, planned.map((variant) => variant.modelName));
  return planned;
}
