/**
 * The ids of the findings `BedrockProvider` and its `CrisExpansion` aspect add, to acknowledge them by id
 * (`Annotations.of(scope).acknowledge(id, reason)` on the provider, a group or a deployment) and to read them in the
 * validation report. Each is reported once, on the model's group.
 *
 * What the rendered deployments show is checked by core on every deployment, with core's ids:
 * `core/thinking-unsupported` and `core/reasoning-effort-unsupported` (the catalog entry, or
 * `modelInfo.supports_reasoning`, says the model does not reason), `core/thinking-budget-too-small` (a budget below
 * 1,024 tokens, Bedrock's minimum for every model), `core/thinking-budget-exceeds-max-output` (a warning: the
 * budget is not below the max output tokens of the catalog entry or of `modelInfo.max_output_tokens`),
 * `core/cris-region-mismatch` (a profile called from a literal region outside its geography), `core/plaintext-secret`
 * (a credential written as plain text) and `core/schema` (an `rpm` or `tpm` that is not a whole number).
 */
export const BEDROCK_FINDING_IDS = {
  /**
   * Warning: the model id is not in the catalog, so its profiles, mode, limits and reasoning support are unknown.
   * Usually a typo (the message names catalog ids that look alike); for a model newer than the catalog, acknowledge
   * it naming the model, and set `mode` when it is not a chat model.
   */
  modelNotInCatalog: 'bedrock/model-not-in-catalog',
  /** Error: a base model id without `geographies`, so there is nowhere to call it. */
  geographiesRequired: 'bedrock/geographies-required',
  /**
   * Error: the catalog lists no cross-region profile of the model for a requested geography; the message names the
   * geographies that have one. The deployment is still written: acknowledge the error when AWS added the profile
   * after the catalog was generated.
   */
  profileNotAvailable: 'bedrock/profile-not-available',
  /** Error: a profile id (`eu.anthropic...`) with `geographies` naming others, or `global` with `crossRegion: false`. */
  geographyConflict: 'bedrock/geography-conflict',
  /** Error: a `global` profile, but no region to call it from (no `globalFrom`, no commercial region in `regions`). */
  globalWithoutSourceRegion: 'bedrock/global-without-source-region',
  /**
   * Error: with `crossRegion: false`, the literal region of a geography (`regions: { eu: 'us-east-1' }`) lies
   * outside it; the message names the region and the geography, the hint the regions that fit.
   */
  regionOutsideGeography: 'bedrock/region-outside-geography',
  /**
   * Error: two deployments of a group would have the same id, because a credential set's name completes a geography
   * into another (`us` with the set `gov` is `us-gov`). Only the first is written; rename the credential set.
   */
  deploymentIdCollision: 'bedrock/deployment-id-collision',
} as const;

/** One of {@link BEDROCK_FINDING_IDS}. */
export type BedrockFindingId = (typeof BEDROCK_FINDING_IDS)[keyof typeof BEDROCK_FINDING_IDS];
