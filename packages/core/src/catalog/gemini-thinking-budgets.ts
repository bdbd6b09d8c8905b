/**
 * The thinking budgets each Gemini model accepts, from Google's documentation of thinking budgets
 * (https://ai.google.dev/gemini-api/docs/thinking#set-budget, "Thinking budgets" table, and the matching Vertex AI
 * page https://cloud.google.com/vertex-ai/generative-ai/docs/thinking): a budget outside the range is rejected by
 * the API (or, for some models, clamped), so every request with it fails or does not think as configured.
 * `-1` asks for a dynamic budget on every model; `0` turns thinking off where `canDisable`.
 */
export interface GeminiThinkingRange {
  /** The smallest budget that keeps thinking on. */
  readonly min: number;
  readonly max: number;
  /** Whether `0` (thinking off) is accepted. */
  readonly canDisable: boolean;
}

/** Model id patterns (without the provider prefix), most specific first. */
const RANGES: readonly (readonly [RegExp, GeminiThinkingRange])[] = [
  [/^gemini-2\.5-flash-lite/, { min: 512, max: 24_576, canDisable: true }],
  [/^gemini-2\.5-flash/, { min: 1, max: 24_576, canDisable: true }],
  [/^gemini-2\.5-pro/, { min: 128, max: 32_768, canDisable: false }],
  [/^gemini-robotics-er-1\.5/, { min: 1, max: 24_576, canDisable: true }],
];

/** The dynamic budget: the model decides how much to think. */
export const DYNAMIC_THINKING_BUDGET = -1;

/**
 * The budget range of a Gemini model, by its LiteLLM model string (`gemini/gemini-2.5-pro`,
 * `vertex_ai/gemini-2.5-flash-lite-preview-06-17`); `undefined` for models whose range is not documented here.
 */
export function geminiThinkingRange(model: string): GeminiThinkingRange | undefined {
  const id = model.slice(model.lastIndexOf('/') + 1);
  return RANGES.find(([pattern]) => pattern.test(id))?.[1];
}

/** Whether `budget` is one `range` accepts: dynamic, 0 where thinking can be turned off, or inside the range. */
export function isThinkingBudgetInRange(budget: number, range: GeminiThinkingRange): boolean {
  if (budget === DYNAMIC_THINKING_BUDGET) return true;
  if (budget === 0) return range.canDisable;
  return Number.isInteger(budget) && budget >= range.min && budget <= range.max;
}
