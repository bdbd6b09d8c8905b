// `guardrails`: checks run before, during or after calls. Each guardrail's settings are passed to its
// implementation, so only the common shape is typed and every other key is kept.
import * as z from 'zod';
import { anyMapping, boolean, passThrough, stringList } from './_values.js';

/** When a guardrail runs: `pre_call`, `during_call`, `post_call`, ... (one or several). */
export const GuardrailModeSchema = z
  .union([z.string(), stringList])
  .describe('`pre_call`, `during_call`, `post_call`, or a list of them.');

/** One `guardrails` entry; entries sharing a `guardrail_name` are load-balanced. */
export const GuardrailSchema = passThrough({
  guardrail_name: z.string().describe('The name requests and policies refer to.'),
  litellm_params: passThrough({
    guardrail: z
      .string()
      .describe('The implementation: a built-in name (`aporia`, `bedrock`, ...) or a Python import path.'),
    mode: GuardrailModeSchema,
    default_on: boolean.optional().describe('Run on every request, not only when asked for.'),
    api_key: z.string().optional().describe('Use `os.environ/NAME`.'),
    api_base: z.string().optional(),
  }),
  guardrail_info: anyMapping.optional(),
});

/** The `guardrails` section. */
export const GuardrailsSchema = z
  .array(GuardrailSchema)
  .describe('Guardrails; entries sharing a name are load-balanced.');

/** One guardrail. */
export type GuardrailEntry = z.infer<typeof GuardrailSchema>;
/** The `guardrails` section. */
export type GuardrailsYaml = z.infer<typeof GuardrailsSchema>;
