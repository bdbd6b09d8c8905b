// Policy rule packs for litellm-cdk: rules checked on every synth as a read-only aspect (like cdk-nag), and on
// hand-written configs by `litellm-cdk validate --policy`.
export {
  Compliance,
  definePolicyRule,
  isPolicyRule,
  type PolicyRule,
  type PolicyRuleDefinition,
  RULE_ID_PATTERN,
  type RuleCheckResult,
  type RuleFinding,
} from './rule.js';
export type {
  ConfigSubject,
  DeploymentSubject,
  GroupSubject,
  PolicySubject,
  SubjectKind,
  SubjectOf,
} from './subject.js';
export {
  ConfigView,
  DEFAULT_MAX_FALLBACKS,
  type FallbackKind,
  type FallbackRule,
  GENERIC_FALLBACK_KEY,
  isMapping,
  isSecretReference,
} from './config-view.js';
export { type ApplyPackOptions, PolicyPack, type PolicyPackProps } from './pack.js';
export {
  Acknowledge,
  isAcknowledgementReasonTooShort,
  MIN_ACKNOWLEDGEMENT_REASON_LENGTH,
  SHORT_ACKNOWLEDGEMENT_REASON_ID,
  SHORT_ACKNOWLEDGEMENT_REASON_NOTE,
} from './acknowledge.js';
export {
  applyPackToDocument,
  type DocumentPackResult,
  type DocumentPolicyOptions,
  type DocumentRuleResult,
  evaluatePackOnDocument,
} from './apply-to-document.js';
export { loadPolicyPack } from './load-policy-pack.js';
export {
  POLICY_REPORT_SECTION,
  policyReportToCsv,
  type PolicyReport,
  type PolicyReportPack,
  type PolicyReportRule,
  type PolicyReportFinding,
  type PolicyRuleStatus,
} from './policy-report.js';
export { BuiltInPack, LiteLLMBestPractices } from './built-in-pack.js';
export {
  ChatGroupHasFallback,
  ContextWindowFallbackLarger,
  CrossRegionProfileGeography,
  DatabaseUrlFromSecret,
  DeploymentRateLimits,
  FallbackChainWithinMax,
  MasterKeyFromSecret,
  NoDeprecatedSettings,
  NoDuplicateDeployments,
  NoPlaintextSecrets,
  NoPromptsInSpendLogs,
  NoUnknownSettings,
  PromptCachingSupported,
  RedisForSharedState,
  routerHasRedis,
  RouterTimeoutAndRetries,
  type SharedStateNeed,
  sharedStateNeeds,
  SingleModePerGroup,
  ValidThinkingBudget,
} from './rules/index.js';
