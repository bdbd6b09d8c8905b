/**
 * The ids of the findings `GeminiProvider` and `VertexProvider` add, to acknowledge them by id
 * (`Annotations.of(scope).acknowledge(id, reason)` on the provider, a group or a deployment).
 *
 * Thinking and reasoning are checked by core's capability checks on every rendered deployment, with core's ids:
 * `core/thinking-unsupported` and `core/reasoning-effort-unsupported` (the catalog entry, or
 * `modelInfo.supports_reasoning`, says the model does not reason), `core/thinking-budget-too-small` (a budget
 * below 1,024 tokens on a Claude model; never on Gemini models, which accept smaller budgets) and
 * `core/thinking-budget-exceeds-max-output` (a warning: the budget is not below the max output tokens of the catalog
 * entry or of `modelInfo.max_output_tokens`). Plaintext API keys and credentials are
 * `core/plaintext-secret`, non-integer `rpm`/`tpm` `core/schema`.
 */
export const GOOGLE_FINDING_IDS = {
  /**
   * Warning, on the model's group: the model id is not in the provider's catalog, so its mode, limits and
   * reasoning support are unknown. Usually a typo. Otherwise:
   * - a model newer than the catalog: acknowledge the finding, naming the model;
   * - a model the catalog lists for the other Google provider only (Google AI Studio's `text-embedding-004`):
   *   the hint names the mode that catalog gives it; set `mode` accordingly, then acknowledge.
   */
  modelNotInCatalog: 'gemini/model-not-in-catalog',
} as const;

/** One of {@link GOOGLE_FINDING_IDS}. */
export type GoogleFindingId = (typeof GOOGLE_FINDING_IDS)[keyof typeof GOOGLE_FINDING_IDS];
