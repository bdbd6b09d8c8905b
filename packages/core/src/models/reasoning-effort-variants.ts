// Reasoning-effort variants: beside a reasoning model's own group, one group per `reasoning_effort`, so clients
// choose how hard the model thinks by `model_name` (`o3-low`, `o3-high`), the way thinking variants choose a budget.
import type { ModelGroup } from './model-group.js';
import type { ReasoningEffort } from './thinking-variants.js';

/**
 * Names the variant with `effort` of the group named `modelName`: the variant's `model_name` and construct id.
 * @example (modelName, effort) => `${modelName}:${effort}`
 */
export type ReasoningEffortVariantNaming = (modelName: string, effort: ReasoningEffort) => string;

/** The default naming rule: `<modelName>-<effort>` (`o3-high`). */
export const defaultReasoningEffortVariantName: ReasoningEffortVariantNaming = (modelName, effort) =>
  `${modelName}-${effort}`;

/** A group that serves a model with a fixed `reasoning_effort`, created by `reasoningEfforts`. */
export interface ReasoningEffortVariant {
  /** `reasoning_effort` of its deployments. */
  readonly effort: ReasoningEffort;
  readonly group: ModelGroup;
}

/**
 * The `model_name` of each variant of `group`, in the order given. Throws, naming the group's path, on an effort
 * listed twice and on a naming rule that gives two variants, or a variant and the group, the same name.
 */
export function planReasoningEffortVariants(
  group: ModelGroup,
  efforts: readonly ReasoningEffort[],
  naming: ReasoningEffortVariantNaming = defaultReasoningEffortVariantName,
): { readonly effort: ReasoningEffort; readonly modelName: string }[] {
  const repeated = efforts.find((effort, index) => efforts.indexOf(effort) !== index);
  if (repeated !== undefined) {
    throw new Error(`[${group.node.path}] reasoningEfforts lists '${repeated}' twice; list each effort once.`);
  }
  const planned = efforts.map((effort) => ({ effort, modelName: naming(group.modelName, effort) }));
  const names = [group.modelName, ...planned.map((variant) => variant.modelName)];
  const clash = names.find((name, index) => names.indexOf(name) !== index);
  if (clash !== undefined) {
    throw new Error(
      `[${group.node.path}] reasoningEffortVariantName gives the name '${clash}' twice; it must name each effort ` +
        'differently and differently from the group (use the effort in the name).',
    );
  }
  return planned;
}
