// The JSON Schema of a config file, for editors (`# yaml-language-server: $schema=...`) and other tools.
import * as z from 'zod';
import { constructorOf } from './_values.js';
import { LiteLLMConfigSchema } from './config.js';

/** Where the published schema lives; also its `$id`. */
export const CONFIG_JSON_SCHEMA_ID = 'https://litellm-cdk.dev/schemas/litellm-config.json';

/**
 * A JSON Schema (draft 2020-12) of a whole LiteLLM proxy `config.yaml`, generated from the zod schemas, with their
 * descriptions. Unknown keys are allowed everywhere LiteLLM allows them; not in the arguments of a Python constructor
 * (`azure_content_safety_params`), where one makes the proxy fail at start-up.
 */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(LiteLLMConfigSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (constructorOf(zodSchema as unknown as z.ZodType) !== undefined) jsonSchema.additionalProperties = false;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_JSON_SCHEMA_ID,
    title: 'LiteLLM proxy config.yaml',
    ...rest,
    description:
      'A LiteLLM proxy config (reference version v1.81.13). `os.environ/NAME` strings stand for environment variables wherever a value is expected.',
  };
}
