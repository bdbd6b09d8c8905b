// Parameters of LiteLLM's built-in callbacks and hooks that the proxy passes to a constructor
// (`initialize_callbacks_on_proxy` in litellm/proxy/common_utils/callback_utils.py).
import * as z from 'zod';
import { boolean, constructorArguments, integer, section } from './_values.js';

/** Azure Content Safety's severity threshold for one text category: 0 (strictest) to 7; LiteLLM's default is 4. */
const severityThreshold = integer.describe('Severity from which content of this category is blocked (0-7; default 4).');

/**
 * `litellm_settings.azure_content_safety_params`, read when `callbacks` names `azure_content_safety`: passed as
 * `_PROXY_AzureContentSafety(**params)` (litellm/proxy/hooks/azure_content_safety.py), whose signature is
 * `(endpoint, api_key, thresholds=None)` — any other key makes the proxy fail at start-up with a TypeError.
 */
export const AzureContentSafetyParamsSchema = constructorArguments(
  '_PROXY_AzureContentSafety(endpoint, api_key, thresholds=None)',
  {
    endpoint: z.string().describe('The Azure Content Safety endpoint; use `os.environ/NAME`.'),
    api_key: z.string().describe('The Azure Content Safety key; use `os.environ/NAME`.'),
    // Other keys are kept by LiteLLM but never read: only these four categories are compared.
    thresholds: section({
      Hate: severityThreshold.optional(),
      SelfHarm: severityThreshold.optional(),
      Sexual: severityThreshold.optional(),
      Violence: severityThreshold.optional(),
    })
      .optional()
      .describe('Per-category severity thresholds (`Hate`, `SelfHarm`, `Sexual`, `Violence`); unset categories use 4.'),
  },
).describe('Parameters of the azure_content_safety callback: `{endpoint, api_key, thresholds}`.');

/**
 * `litellm_settings.prompt_injection_params`, read when `callbacks` names `detect_prompt_injection`: passed as
 * `LiteLLMPromptInjectionParams(**params)` (litellm/proxy/_types.py), a pydantic model that ignores other keys and
 * needs `llm_api_name`, `llm_api_system_prompt` and `llm_api_fail_call_string` when `llm_api_check` is true.
 */
export const PromptInjectionParamsSchema = section({
  heuristics_check: boolean.optional().describe('Check prompts against known injection phrases.'),
  vector_db_check: boolean.optional(),
  llm_api_check: boolean
    .optional()
    .describe('Ask a model whether the prompt is an injection; needs the three llm_api_* keys.'),
  llm_api_name: z.string().nullable().optional().describe('The model_name asked when llm_api_check is on.'),
  llm_api_system_prompt: z.string().nullable().optional(),
  llm_api_fail_call_string: z
    .string()
    .nullable()
    .optional()
    .describe('The answer that marks a prompt as an injection.'),
  reject_as_response: boolean.nullable().optional().describe('Return the rejection as a response instead of an error.'),
})
  .superRefine((params, context) => {
    if (params.llm_api_check !== true) return;
    for (const key of ['llm_api_name', 'llm_api_system_prompt', 'llm_api_fail_call_string'] as const) {
      if (!params[key]) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `LiteLLMPromptInjectionParams refuses llm_api_check: true without ${key}, so the proxy fails at start-up`,
        });
      }
    }
  })
  .describe('Parameters of the detect_prompt_injection callback.');

/** `azure_content_safety_params`. */
export type AzureContentSafetyParamsYaml = z.infer<typeof AzureContentSafetyParamsSchema>;
/** `prompt_injection_params`. */
export type PromptInjectionParamsYaml = z.infer<typeof PromptInjectionParamsSchema>;
