import { PolicyPack } from './pack.js';
import * as rules from './rules/index.js';

/**
 * The built-in pack, `best-practices`: secrets, fallbacks, rate limits, router settings, model capabilities, group
 * hygiene, privacy and settings keys. Apply it with `LiteLLMBestPractices.applyTo(app)`; see docs/policy.md for
 * each rule, its severity and its fix.
 */
export const LiteLLMBestPractices: PolicyPack = PolicyPack.of({
  name: 'best-practices',
  description: 'Best practices for LiteLLM proxy configs: secrets, fallbacks, limits, routing, capabilities, privacy.',
  rules: [
    rules.NoPlaintextSecrets,
    rules.MasterKeyFromSecret,
    rules.DatabaseUrlFromSecret,
    rules.ChatGroupHasFallback,
    rules.FallbackChainWithinMax,
    rules.ContextWindowFallbackLarger,
    rules.DeploymentRateLimits,
    rules.RouterTimeoutAndRetries,
    rules.RedisForSharedState,
    rules.ValidThinkingBudget,
    rules.PromptCachingSupported,
    rules.CrossRegionProfileGeography,
    rules.SingleModePerGroup,
    rules.NoDuplicateDeployments,
    rules.NoPromptsInSpendLogs,
    rules.NoDeprecatedSettings,
    rules.NoUnknownSettings,
  ],
});

/** Another name for {@link LiteLLMBestPractices}. */
export const BuiltInPack: PolicyPack = LiteLLMBestPractices;
