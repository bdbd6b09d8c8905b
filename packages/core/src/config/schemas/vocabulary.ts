// LiteLLM's enumerations, each one `as const` list: the schemas (`oneOf(list)`), the L1 props and provider options
// (`(typeof LIST)[number]`), the importer and the docs all read them from here. Routing strategies and pre-call
// checks live beside the router schema (`ROUTING_STRATEGIES`, `PRE_CALL_CHECKS`).

/** `thinking.type`: `enabled` needs `budget_tokens`; `adaptive` exists for the newest Claude models only. */
export const THINKING_TYPES = ['enabled', 'adaptive', 'disabled'] as const;

/** `reasoning_effort`, which LiteLLM maps to a thinking budget (Claude) or a thinking config (Gemini). */
export const REASONING_EFFORTS = ['minimal', 'low', 'medium', 'high', 'none'] as const;

/** Where a cache point goes: `message`; `tool_config` exists only in LiteLLM versions newer than v1.81.13. */
export const CACHE_CONTROL_LOCATIONS = ['message', 'tool_config'] as const;

/** The chat message roles a cache point can name. */
export const CACHE_CONTROL_ROLES = ['system', 'user', 'assistant'] as const;

/** `control.type` of a cache point: Anthropic's only cache type. */
export const CACHE_CONTROL_TYPES = ['ephemeral'] as const;

/** How long a cache entry lives: Anthropic's `5m` (the default) or `1h`. */
export const CACHE_CONTROL_TTLS = ['5m', '1h'] as const;

/** What a deployment serves (`model_info.mode`); health checks call it accordingly. */
export const MODEL_MODES = [
  'chat',
  'completion',
  'embedding',
  'image_generation',
  'image_edit',
  'audio_speech',
  'audio_transcription',
  'moderation',
  'rerank',
  'responses',
  'batch',
  'realtime',
  'video_generation',
  'ocr',
  'search',
  'vector_store',
] as const;

/** `model_info.tier`. */
export const MODEL_TIERS = ['free', 'paid'] as const;

/** `cache_params.type`: where cached responses live (the proxy defaults to redis). */
export const CACHE_TYPES = [
  'local',
  'redis',
  'redis-semantic',
  's3',
  'disk',
  'qdrant-semantic',
  'azure-blob',
  'gcs',
] as const;

/** `cache_params.mode`: `default_off`, a request opts in to caching; `default_on`, every request is cached. */
export const CACHE_MODES = ['default_on', 'default_off'] as const;

/** `router_settings.debug_level`. */
export const ROUTER_DEBUG_LEVELS = ['DEBUG', 'INFO'] as const;

/** `prompt_type` of a prompt: `config` (the default for prompts of this file) or `db`. */
export const PROMPT_TYPES = ['config', 'db'] as const;

/** One of {@link THINKING_TYPES}. */
export type ThinkingType = (typeof THINKING_TYPES)[number];
/** One of {@link REASONING_EFFORTS}. */
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];
/** One of {@link CACHE_CONTROL_LOCATIONS}. */
export type CacheControlLocation = (typeof CACHE_CONTROL_LOCATIONS)[number];
/** One of {@link CACHE_CONTROL_ROLES}. */
export type CacheControlRole = (typeof CACHE_CONTROL_ROLES)[number];
/** One of {@link CACHE_CONTROL_TTLS}. */
export type CacheControlTtl = (typeof CACHE_CONTROL_TTLS)[number];
/** One of {@link CACHE_TYPES}. */
export type CacheType = (typeof CACHE_TYPES)[number];
/** One of {@link CACHE_MODES}. */
export type CacheMode = (typeof CACHE_MODES)[number];
