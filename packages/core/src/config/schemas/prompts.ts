// `prompts`: prompt templates the proxy registers at start-up (`init_prompts` in litellm/proxy/prompts/, each entry
// a `PromptSpec` of litellm/types/prompts/init_prompts.py, handed to the initializer of its prompt_integration).
import * as z from 'zod';
import { anyMapping, boolean, oneOf, passThrough, section } from './_values.js';
import { PROMPT_TYPES } from './vocabulary.js';

/**
 * The prompt integrations that register an initializer (`prompt_initializer_registry` of a package under
 * litellm/integrations/); any other `prompt_integration` fails start-up with "Unsupported prompt". `custom` is
 * in LiteLLM's SupportedPromptIntegrations but has no initializer: custom prompt managers are callbacks.
 */
export const PROMPT_INTEGRATIONS = [
  'dotprompt',
  'langfuse',
  'bitbucket',
  'gitlab',
  'generic_prompt_management',
  'arize_phoenix',
] as const;

/**
 * `litellm_params` of a prompt (`PromptLiteLLMParams`, a pydantic model that keeps extra keys): the integration and
 * where it finds the template; each integration reads its own further keys.
 */
export const PromptLitellmParamsSchema = passThrough({
  prompt_integration: z.string().describe(`Where the template comes from: ${PROMPT_INTEGRATIONS.join(', ')}.`),
  prompt_id: z
    .string()
    .nullable()
    .optional()
    .describe("The id inside the integration, when it differs from the entry's prompt_id."),
  prompt_file: z.string().optional().describe('dotprompt: path of one `.prompt` file.'),
  prompt_data: z
    .union([anyMapping, z.string()])
    .optional()
    .describe('dotprompt: the template as data (`{content, metadata}`) or its JSON.'),
  dotprompt_content: z.string().nullable().optional().describe('dotprompt: the text of a `.prompt` file.'),
  api_base: z.string().nullable().optional(),
  api_key: z.string().nullable().optional().describe('Use `os.environ/NAME`.'),
  provider_specific_query_params: anyMapping.nullable().optional(),
  ignore_prompt_manager_model: boolean
    .nullable()
    .optional()
    .describe("Keep the request's model instead of the template's."),
  ignore_prompt_manager_optional_params: boolean
    .nullable()
    .optional()
    .describe("Keep the request's parameters instead of the template's."),
}).describe('How the prompt is loaded: `{prompt_integration, ...}` and the keys of that integration.');

/** `prompt_info` (`PromptInfo`): where the prompt was defined; pydantic keeps other keys. */
export const PromptInfoSchema = passThrough({
  prompt_type: oneOf(PROMPT_TYPES).optional().describe('`config` (the default for prompts of this file) or `db`.'),
});

/** One `prompts` entry (`PromptSpec`, a pydantic model that ignores other keys). */
export const PromptSchema = section({
  prompt_id: z.string().describe('The id requests pass as `prompt_id`; LiteLLM keeps only the first entry of an id.'),
  litellm_params: PromptLitellmParamsSchema,
  prompt_info: PromptInfoSchema.optional(),
  version: z.int().nullable().optional().describe('Version number of the prompt.'),
});

/** The `prompts` section. */
export const PromptsSchema = z
  .array(PromptSchema)
  .describe('Prompt templates registered at start-up (prompt management).');

/** One prompt. */
export type PromptEntry = z.infer<typeof PromptSchema>;
/** The `prompts` section. */
export type PromptsYaml = z.infer<typeof PromptsSchema>;
