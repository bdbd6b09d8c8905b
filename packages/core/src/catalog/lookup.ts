import { parseBedrockModel } from './bedrock.js';
import { type CatalogEntry, catalogEntry } from './model-catalog.js';
import { inferProvider, isLitellmProvider, routedProviderOf } from './provider-inference.js';

/**
 * Finds the catalog entry for what appears in `litellm_params.model` (and `custom_llm_provider`), trying in turn:
 *
 * 1. `<custom_llm_provider>/<model>`, then the model exactly as written (`gpt-4o`, `gemini/gemini-2.0-flash`);
 * 2. the id without the provider prefix, and for Bedrock without the route (`anthropic/claude-3-haiku-20240307`
 *    -> `claude-3-haiku-20240307`, `bedrock/converse/eu.anthropic.X` -> `eu.anthropic.X`);
 * 3. for a Bedrock cross-region profile the map does not list, the base model (`eu.anthropic.X` -> `anthropic.X`):
 *    a profile serves the same model, so its limits and capabilities are the base model's.
 *
 * Like LiteLLM's `get_model_info`, a candidate counts only when its `litellm_provider` belongs to the provider
 * the deployment calls (see {@link providerMatches}), so `vertex_ai/gpt-4o` does not borrow OpenAI's entry.
 */
export function lookupModel(model: string, customLlmProvider?: string): CatalogEntry | undefined {
  const provider = inferProvider(model, customLlmProvider);
  for (const candidate of candidateIds(model, customLlmProvider, provider)) {
    const entry = catalogEntry(candidate);
    if (entry && providerMatches(entry.provider, provider)) return entry;
  }
  return undefined;
}

function candidateIds(model: string, customLlmProvider: string | undefined, provider: string | undefined): string[] {
  const candidates: string[] = [];
  if (customLlmProvider && !model.startsWith(`${customLlmProvider}/`)) candidates.push(`${customLlmProvider}/${model}`);
  candidates.push(model);
  const withoutPrefix = stripProviderPrefix(model, customLlmProvider);
  if (provider?.startsWith('bedrock')) {
    const { geography, baseId, modelId } = parseBedrockModel(withoutPrefix);
    candidates.push(modelId);
    if (geography) candidates.push(baseId);
  } else {
    candidates.push(withoutPrefix);
  }
  return [...new Set(candidates)];
}

function stripProviderPrefix(model: string, customLlmProvider: string | undefined): string {
  const slash = model.indexOf('/');
  if (slash <= 0) return model;
  const prefix = model.slice(0, slash);
  return prefix === customLlmProvider || isLitellmProvider(prefix) ? model.slice(slash + 1) : model;
}

/**
 * Whether a model map entry's `litellm_provider` describes a model served by `provider`, after LiteLLM's
 * `_check_provider_match`: the map splits some providers into families (`vertex_ai-language-models`,
 * `bedrock_converse`, `fireworks_ai-embedding-models`) or names them differently from the route (`ai21` for
 * `ai21_chat`), `azure_ai` also serves Azure OpenAI and OpenAI models, and
 * `litellm_proxy` or `github` may front any model. Without a known provider every entry matches.
 */
export function providerMatches(entryProvider: string, provider: string | undefined): boolean {
  if (!provider || entryProvider === provider) return true;
  const calling = provider === 'vertex_ai_beta' ? 'vertex_ai' : provider === 'anthropic_text' ? 'anthropic' : provider;
  if (routedProviderOf(entryProvider) === calling || entryProvider === calling) return true;
  switch (calling) {
    case 'vertex_ai':
    case 'fireworks_ai':
      return entryProvider.startsWith(calling);
    case 'azure_ai':
      return entryProvider === 'azure' || entryProvider === 'openai';
    case 'litellm_proxy':
    case 'github':
      return true;
    default:
      return calling.startsWith('bedrock') && entryProvider.startsWith('bedrock');
  }
}
