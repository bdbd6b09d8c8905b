// The whole `config.yaml`: the top-level keys LiteLLM's proxy reads (`ProxyConfig` in proxy_server.py).
import * as z from 'zod';
import { anyMapping, passThrough, section } from './_values.js';
import { CredentialListSchema } from './credential-list.js';
import { EnvironmentVariablesSchema } from './environment-variables.js';
import { GeneralSettingsSchema } from './general-settings.js';
import { GuardrailsSchema } from './guardrails.js';
import { IncludeSchema } from './include.js';
import { LitellmSettingsSchema } from './litellm-settings.js';
import { McpServersSchema } from './mcp-servers.js';
import { PromptsSchema } from './prompts.js';
import { ModelListSchema } from './model-list.js';
import { RouterSettingsSchema } from './router-settings.js';

/** Settings of a provider for the `/files` and `/fine_tuning` endpoints: `{custom_llm_provider, api_key, ...}`. */
export const ProviderEndpointSettingsSchema = z.array(
  passThrough({ custom_llm_provider: z.string().describe('The provider these credentials are for.') }),
);

/** One `search_tools` entry. */
export const SearchToolSchema = passThrough({
  search_tool_name: z.string(),
  litellm_params: passThrough({ search_provider: z.string() }),
});

// A section written with nothing under it (every line commented out) parses as null; LiteLLM treats it as absent.
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/**
 * A LiteLLM proxy `config.yaml`. Unknown top-level keys are kept (LiteLLM ignores them without a word; the
 * validator warns).
 */
export const LiteLLMConfigSchema = section({
  model_list: nullable(ModelListSchema),
  litellm_settings: nullable(LitellmSettingsSchema),
  router_settings: nullable(RouterSettingsSchema),
  general_settings: nullable(GeneralSettingsSchema),
  environment_variables: nullable(EnvironmentVariablesSchema),
  credential_list: nullable(CredentialListSchema),
  include: nullable(IncludeSchema),
  guardrails: nullable(GuardrailsSchema),
  mcp_servers: nullable(McpServersSchema),
  callback_settings: nullable(
    z.record(z.string(), anyMapping).describe('Callback name -> its settings, e.g. `otel: {message_logging: false}`.'),
  ),
  policies: nullable(anyMapping.describe('Guardrail policies by name.')),
  // Read by LiteLLM v1.81 with `policies` (its own example configs use it), though LITELLM.md does not list it.
  policy_attachments: nullable(z.array(anyMapping).describe('Which models, teams or keys each policy applies to.')),
  prompts: nullable(PromptsSchema),
  vector_store_registry: nullable(z.unknown().describe('Vector stores.')),
  search_tools: nullable(
    z.array(SearchToolSchema).describe('Search tools for the search API and web-search interception.'),
  ),
  assistant_settings: nullable(anyMapping.describe('Settings of the assistants API.')),
  finetune_settings: nullable(
    ProviderEndpointSettingsSchema.describe('Provider credentials for `/fine_tuning` endpoints.'),
  ),
  files_settings: nullable(ProviderEndpointSettingsSchema.describe('Provider credentials for `/files` endpoints.')),
  // Also read by the proxy's load_config and _init_non_llm_configs at v1.81.13.
  default_vertex_config: nullable(
    anyMapping.describe('Default Vertex AI project, location and credentials of the pass-through routes.'),
  ),
  mcp_tools: nullable(z.unknown().describe('Tools of the MCP tool registry.')),
  agent_list: nullable(z.array(anyMapping).describe('Agents of the agent registry.')),
}).describe('A LiteLLM proxy config.yaml.');

/** A LiteLLM proxy `config.yaml`. */
export type LiteLLMConfig = z.infer<typeof LiteLLMConfigSchema>;
