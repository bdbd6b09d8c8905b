// Fallback lists and model group aliases: the same shapes sit in `router_settings` and `litellm_settings`.
import * as z from 'zod';
import { boolean, section } from './_values.js';

/**
 * One fallback rule: a mapping with exactly one key, the model group that failed, whose value lists the groups to
 * try instead, in order. LiteLLM checks only this shape at start-up, not that the groups exist.
 */
export const FallbackRuleSchema = z
  .record(z.string(), z.array(z.string()))
  .refine((rule) => Object.keys(rule).length === 1, {
    error: 'a fallback rule is a mapping with exactly one key, `<model_name>: [<model_name>, ...]`',
  })
  .describe('`<model_name>: [<model_name>, ...]`: when the group fails, try these groups in order.');

/** A list of fallback rules (`fallbacks`, `context_window_fallbacks`, `content_policy_fallbacks`). */
export const FallbackListSchema = z.array(FallbackRuleSchema);

/** `default_fallbacks`: groups to try when a group without its own rule fails. */
export const DefaultFallbacksSchema = z
  .array(z.string())
  .describe('Model groups to fall back to when a group that has no fallback rule of its own fails.');

/** The fallback keys, each holding a {@link FallbackListSchema}, with what they are for. */
export const FALLBACK_LIST_KEYS = {
  fallbacks: 'Fallbacks for any error: `- <model_name>: [<model_name>, ...]`.',
  context_window_fallbacks: 'Fallbacks when the prompt exceeds the context window (ContextWindowExceededError).',
  content_policy_fallbacks: 'Fallbacks when the provider refuses the content (ContentPolicyViolationError).',
} as const;

/** The shape of the fallback keys, shared by `router_settings` and `litellm_settings`. */
export const fallbackShape = {
  fallbacks: FallbackListSchema.optional().describe(FALLBACK_LIST_KEYS.fallbacks),
  context_window_fallbacks: FallbackListSchema.optional().describe(FALLBACK_LIST_KEYS.context_window_fallbacks),
  content_policy_fallbacks: FallbackListSchema.optional().describe(FALLBACK_LIST_KEYS.content_policy_fallbacks),
  default_fallbacks: DefaultFallbacksSchema.optional(),
};

/** The target of a model group alias: a group name, or `{model, hidden}` to keep the alias out of `/models`. */
export const ModelGroupAliasTargetSchema = z.union(
  [
    z.string(),
    section({
      model: z.string().describe('The model group the alias stands for.'),
      hidden: boolean.optional().describe('Keep the alias out of `/models` and `/model/info`.'),
    }),
  ],
  { error: 'expected a model group name or {model: <model_name>, hidden: <bool>}' },
);

/** `model_group_alias`: alias name -> model group. Requests for the alias are served by the group. */
export const ModelGroupAliasSchema = z
  .record(z.string(), ModelGroupAliasTargetSchema)
  .describe('Alias -> model group (`<model_name>` or `{model: <model_name>, hidden: true}`).');

/** One fallback rule. */
export type FallbackRuleEntry = z.infer<typeof FallbackRuleSchema>;
/** A list of fallback rules. */
export type FallbackListYaml = z.infer<typeof FallbackListSchema>;
/** The `model_group_alias` mapping. */
export type ModelGroupAliasYaml = z.infer<typeof ModelGroupAliasSchema>;
