// The built-in rules, one per file, each file named after its rule id (`best-practices/<file name>`).
export { NoPlaintextSecrets } from './secrets/no-plaintext-secrets.js';
export { MasterKeyFromSecret } from './secrets/master-key-from-secret.js';
export { DatabaseUrlFromSecret } from './secrets/database-url-from-secret.js';
export { ChatGroupHasFallback } from './fallbacks/chat-group-has-fallback.js';
export { FallbackChainWithinMax } from './fallbacks/fallback-chain-within-max.js';
export { ContextWindowFallbackLarger } from './fallbacks/context-window-fallback-larger.js';
export { DeploymentRateLimits } from './limits/deployment-rate-limits.js';
export { RouterTimeoutAndRetries } from './router/router-timeout-and-retries.js';
export {
  RedisForSharedState,
  routerHasRedis,
  sharedStateNeeds,
  type SharedStateNeed,
} from './router/redis-for-shared-state.js';
export { ValidThinkingBudget } from './capabilities/valid-thinking-budget.js';
export { PromptCachingSupported } from './capabilities/prompt-caching-supported.js';
export { CrossRegionProfileGeography } from './capabilities/cross-region-profile-geography.js';
export { SingleModePerGroup } from './groups/single-mode-per-group.js';
export { NoDuplicateDeployments } from './groups/no-duplicate-deployments.js';
export { NoPromptsInSpendLogs } from './privacy/no-prompts-in-spend-logs.js';
export { NoDeprecatedSettings } from './settings/no-deprecated-settings.js';
export { NoUnknownSettings } from './settings/no-unknown-settings.js';
