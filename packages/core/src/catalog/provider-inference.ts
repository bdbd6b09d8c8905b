import { LITELLM_PROVIDER_NAMES, OPENAI_LIKE_PROVIDER_NAMES } from './_generated/providers.js';
import { catalogEntry } from './model-catalog.js';

/** A name LiteLLM accepts as the `<provider>/` prefix of `litellm_params.model`. */
export type LitellmProvider = (typeof LITELLM_PROVIDER_NAMES)[number] | (typeof OPENAI_LIKE_PROVIDER_NAMES)[number];

/**
 * The provider names LiteLLM accepts as a model prefix at the catalog version, sorted: its `LlmProviders` enum and
 * the OpenAI-compatible providers it registers from `litellm/llms/openai_like/providers.json` (`scaleway`, `gmi`, ...).
 */
export const LITELLM_PROVIDERS: readonly string[] = [...LITELLM_PROVIDER_NAMES, ...OPENAI_LIKE_PROVIDER_NAMES].sort();

const PROVIDER_SET: ReadonlySet<string> = new Set(LITELLM_PROVIDERS);

/** Whether `name` is one of {@link LITELLM_PROVIDERS}. */
export function isLitellmProvider(name: string): name is LitellmProvider {
  return PROVIDER_SET.has(name);
}

/**
 * The provider LiteLLM routes a model name WITHOUT a provider prefix to, by the model map's `litellm_provider`.
 *
 * LiteLLM does not use `litellm_provider` directly: `get_llm_provider` checks the bare name against per-provider
 * lists built from the map (`add_known_models` in `litellm/__init__.py`), and only these lists are consulted.
 * A bare name whose map provider is missing here (`deepseek-chat`, `gemini-flash-latest`, `computer-use-preview`
 * on azure, ...) gets "LLM Provider NOT provided" from LiteLLM, so it has no provider here either.
 */
const BARE_NAME_PROVIDERS: Readonly<Record<string, string>> = {
  openai: 'openai',
  'text-completion-openai': 'text-completion-openai',
  anthropic: 'anthropic',
  cohere: 'cohere',
  cohere_chat: 'cohere_chat',
  openrouter: 'openrouter',
  'vertex_ai-chat-models': 'vertex_ai',
  'vertex_ai-code-chat-models': 'vertex_ai',
  'vertex_ai-text-models': 'vertex_ai',
  'vertex_ai-code-text-models': 'vertex_ai',
  'vertex_ai-language-models': 'vertex_ai',
  'vertex_ai-embedding-models': 'vertex_ai',
  'vertex_ai-vision-models': 'vertex_ai',
  'vertex_ai-image-models': 'vertex_ai',
  ai21: 'ai21_chat',
  aleph_alpha: 'aleph_alpha',
  nlp_cloud: 'nlp_cloud',
  bedrock: 'bedrock',
  bedrock_converse: 'bedrock',
  watsonx: 'watsonx',
  empower: 'empower',
  gradient_ai: 'gradient_ai',
};

/**
 * The provider LiteLLM routes a model map entry's bare name to, by its `litellm_provider`
 * (`bedrock_converse` -> `bedrock`, `vertex_ai-language-models` -> `vertex_ai`, `ai21` -> `ai21_chat`);
 * `undefined` when LiteLLM does not route bare names of that provider at all.
 */
export function routedProviderOf(litellmProvider: string): string | undefined {
  return Object.hasOwn(BARE_NAME_PROVIDERS, litellmProvider) ? BARE_NAME_PROVIDERS[litellmProvider] : undefined;
}

const NO_CUSTOM_PROVIDERS: ReadonlySet<string> = new Set();

/** Anthropic's legacy text models, routed to `anthropic_text` (`AnthropicTextConfig._is_anthropic_text_model`). */
const ANTHROPIC_TEXT_MODELS: ReadonlySet<string> = new Set(['claude-2', 'claude-instant-1']);

/** Length of the version hash in `owner/model:<hash>` replicate names (`REPLICATE_MODEL_NAME_WITH_ID_LENGTH`). */
const REPLICATE_VERSION_HASH_LENGTH = 64;

/**
 * The provider LiteLLM will call for a deployment, following `get_llm_provider`
 * (`litellm/litellm_core_utils/get_llm_provider_logic.py`) at the catalog's version:
 *
 * 1. an explicit `custom_llm_provider` wins;
 * 2. else the part before the first `/` when it is one of {@link LITELLM_PROVIDERS} (`azure/gpt-4o` -> `azure`) or
 *    one of `customProviders`, the `provider` names a config declares in `litellm_settings.custom_provider_map`
 *    (LiteLLM's `custom_llm_setup` adds them to its provider list);
 * 3. else the whole name looked up in the model map, by its `litellm_provider` as LiteLLM routes it
 *    (`gpt-4o` -> `openai`, `claude-3-haiku-20240307` -> `anthropic`, `gemini-2.0-flash` -> `vertex_ai`,
 *    `anthropic.claude-3-7-sonnet-20250219-v1:0` -> `bedrock`), plus LiteLLM's name patterns for OpenAI
 *    fine-tunes (`ft:gpt-4o:org::id`), replicate versions and `*`;
 * 4. else `undefined`: LiteLLM knows no provider and the proxy drops the deployment (`mistralai/mistral-7b-instruct`).
 *
 * LiteLLM's own refinements are kept: `cohere` becomes `cohere_chat` for Cohere's chat models, and `anthropic`
 * becomes `anthropic_text` for `claude-2` and `claude-instant-1`. Not modelled: the re-routing of
 * `azure/<cohere or mistral model>` to `openai`, and guesses from `api_base`.
 */
export function inferProvider(
  model: string,
  customLlmProvider?: string,
  customProviders: ReadonlySet<string> = NO_CUSTOM_PROVIDERS,
): string | undefined {
  if (customLlmProvider) return refineProvider(customLlmProvider, model);
  const slash = model.indexOf('/');
  if (slash > 0) {
    const prefix = model.slice(0, slash);
    if (isLitellmProvider(prefix) || customProviders.has(prefix)) return refineProvider(prefix, model.slice(slash + 1));
  }
  return providerOfKnownName(model);
}

/** LiteLLM's corrections by model name (`handle_cohere_chat_model_custom_llm_provider` and its anthropic twin). */
function refineProvider(provider: string, modelWithoutPrefix: string): string {
  if (provider === 'cohere' && catalogEntry(modelWithoutPrefix)?.provider === 'cohere_chat') return 'cohere_chat';
  if (provider === 'anthropic' && ANTHROPIC_TEXT_MODELS.has(modelWithoutPrefix)) return 'anthropic_text';
  return provider;
}

function providerOfKnownName(model: string): string | undefined {
  // Substring checks that come first in LiteLLM, so they win over the map (and cover fine-tunes it does not list).
  if (model.includes('ft:gpt-3.5-turbo') || model.includes('ft:gpt-4')) return 'openai';
  const entry = catalogEntry(model);
  if (entry && !isExcludedFromProviderLists(entry.id, entry.provider)) {
    const provider = routedProviderOf(entry.provider);
    if (provider === 'anthropic' && ANTHROPIC_TEXT_MODELS.has(model)) return 'anthropic_text';
    if (provider) return provider;
  }
  if (isReplicateVersionedName(model)) return 'replicate';
  if (model === '*') return 'openai';
  return undefined;
}

/** Map keys that `add_known_models` deliberately leaves out of the provider lists (pricing-only entries). */
function isExcludedFromProviderLists(id: string, provider: string): boolean {
  if (provider === 'openai') return id.startsWith('ft:') && id.split(':').length === 2;
  if (provider === 'bedrock') return id.includes('month-commitment') || /^bedrock\/[a-zA-Z0-9_-]+\/.+$/.test(id);
  return false;
}

function isReplicateVersionedName(model: string): boolean {
  const parts = model.split(':');
  return (
    model.length > REPLICATE_VERSION_HASH_LENGTH &&
    parts.length > 1 &&
    parts[1].length === REPLICATE_VERSION_HASH_LENGTH
  );
}
