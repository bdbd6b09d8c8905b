/**
 * The thinking budgets each Gemini model accepts, from Google's documentation of thinking budgets (source below;
 * the matching Vertex AI page is https://cloud.google.com/vertex-ai/generative-ai/docs/thinking): a budget outside the range is rejected by
 * the API (or, for some models, clamped), so every request with it fails or does not think as configured.
 * `-1` asks for a dynamic budget on every model; `0` turns thinking off where `canDisable`.
 *
 * Source: the "Thinking budgets" table of https://ai.google.dev/gemini-api/docs/thinking#set-budget: 2.5 Pro 128 to
 * 32768 ("Cannot disable thinking"), 2.5 Flash 0 to 24576 (`thinkingBudget = 0` disables), 2.5 Flash-Lite 512 to
 * 24576 (`0` disables; it does not think by default), Robotics-ER 1.5 0 to 24576. Checked in December 2026: the
 * table itself could not be fetched, but every copy of it found gives these ranges, and Google's own pages agree
 * where they speak of it (js-genai's ThinkingConfig.thinkingBudget: "0 is DISABLED. -1 is AUTOMATIC. The default
 * values and allowed ranges are model dependent"; Firebase AI Logic: an error "if the specified budget is not within
 * the model's supported range"; the first 2.5 Flash preview: "an integer in the range 0 to 24576").
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
