// Thinking variants: beside a model's own group, one group per thinking budget, so clients choose a budget by
// `model_name`. A provider plans the variants here and creates their groups; whether the model reasons and whether
// each budget fits is left to the capability checks, which see every rendered deployment (`core/thinking-*`).
import type { ReasoningEffort } from '../config/schemas/vocabulary.js';
import type { ModelGroup } from './model-group.js';

export type { ReasoningEffort };

/**
 * Names the thinking variant with `budget` of the group named `modelName`: the variant's `model_name` and
 * construct id. Give one to a provider (for every model) or to its `addModel` (for one model).
 * @example (modelName, budget) => `${modelName}:thinking-${budget / 1024}k`
 */
export type ThinkingVariantNaming = (modelName: string, budget: number) => string;

/** The default naming rule: `<modelName>-think-<budget>` (`claude-3-7-sonnet-think-4096`). */
export const defaultThinkingVariantName: ThinkingVariantNaming = (modelName, budget) => `${modelName}-think-${budget}`;

/** The thinking options of a provider's `addModel()`. */
export interface ThinkingOptions {
  /**
   * One extra group per budget, in which every deployment thinks with `thinking: {type: enabled, budget_tokens}`
   * (named by `thinkingVariantName`; the provider's `thinkingVariantsOf` returns them). Core's capability checks
   * report thinking on a model that does not support reasoning and a budget below 1024 tokens as errors, and a
   * budget not below the model's max output tokens as a warning.
   * @default - no thinking variants
   */
  readonly thinkingBudgets?: readonly number[];
  /**
   * The `model_name` of the thinking variant with `budget` of the group named `modelName`.
   * @default - the provider's `thinkingVariantName`: `<modelName>-think-<budget>` unless set there
   */
  readonly thinkingVariantName?: ThinkingVariantNaming;
  /**
   * `reasoning_effort` of the group's own deployments (not of its thinking variants). Anything but `none` on a
   * model that does not support reasoning is an error of core's capability checks.
   * @default - not set: the model's default
   */
  readonly reasoningEffort?: ReasoningEffort;
}

/** A group that serves a model with a fixed thinking budget, created by `thinkingBudgets`. */
export interface ThinkingVariant {
  /** `thinking.budget_tokens` of its deployments. */
  readonly budgetTokens: number;
  readonly group: ModelGroup;
}

/** A thinking variant to create: its budget and the `model_name` (and construct id) the naming rule gives it. */
export interface PlannedThinkingVariant {
  readonly budgetTokens: number;
  readonly modelName: string;
}

/**
 * The thinking variants of `group`, one per budget in the order given, named by `naming`. Creates nothing: the
 * provider creates a group for each, so the variants' deployments are its own.
 * Throws, naming the group's path, on budgets that are not whole numbers or repeat, and on a naming rule that
 * gives two variants, or a variant and the group, the same name: no variant groups could be created for them.
 */
export function planThinkingVariants(
  group: ModelGroup,
  budgets: readonly number[],
  naming: ThinkingVariantNaming = defaultThinkingVariantName,
): PlannedThinkingVariant[] {
  assertBudgetsUsable(group, budgets);
  const planned = budgets.map((budgetTokens) => ({ budgetTokens, modelName: naming(group.modelName, budgetTokens) }));
  assertVariantNamesDistinct(
    group,
    planned.map((variant) => variant.modelName),
  );
  return planned;
}

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
