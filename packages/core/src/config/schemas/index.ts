// The zod schemas of LiteLLM's config.yaml, one file per top-level section. Inferred types end in `Yaml` (a
// section or value as written in the file) or `Entry` (one item of a list or mapping), leaving the plain names
// (`RouterSettings`, `Guardrail`, ...) to the constructs.
export * from './model-list.js';
export * from './fallbacks.js';
export * from './router-settings.js';
export * from './litellm-settings.js';
export * from './callback-params.js';
export { LITELLM_MODULE_SETTINGS } from './litellm-module-keys.js';
export * from './litellm-params-keys.js';
export * from './vocabulary.js';
export * from './general-settings.js';
export * from './environment-variables.js';
export * from './credential-list.js';
export * from './include.js';
export * from './guardrails.js';
export * from './mcp-servers.js';
export * from './prompts.js';
export * from './config.js';
export * from './json-schema.js';
