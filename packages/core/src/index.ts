// The tree
export { App, type AppProps, CONTEXT_ENV, OUTDIR_ENV, STRICT_ENV } from './tree/app.js';
export { CONFIG_FILE_NAME_PATTERN, isConfigFileName, ProxyConfig, type ProxyConfigProps } from './tree/proxy-config.js';

// L1: LiteLLM's sections, one to one
export { ConfigElement, type Contribution } from './config/config-element.js';
export {
  type AwsCredentialLitellmParams,
  type AzureLitellmParams,
  type BedrockLitellmParams,
  type CacheControlInjectionPoint,
  type DeploymentFacts,
  type GeminiLitellmParams,
  type LitellmParams,
  type LitellmParamsWithoutModel,
  ModelDeployment,
  type ModelDeploymentProps,
  type ModelInfo,
  type VertexLitellmParams,
} from './config/model-deployment.js';
export { SettingsSection } from './config/settings-section.js';
export { RouterSettings, type RouterSettingsProps, type RoutingStrategy } from './config/router-settings.js';
export { LitellmSettings, type LitellmSettingsProps } from './config/litellm-settings.js';
export { GeneralSettings, type GeneralSettingsProps } from './config/general-settings.js';
export { EnvironmentVariables } from './config/environment-variables.js';
export { Credential, type CredentialProps } from './config/credential.js';
export { Guardrail, type GuardrailProps } from './config/guardrail.js';
export { Prompt, type PromptProps } from './config/prompt.js';
export { McpServer, type McpServerProps } from './config/mcp-server.js';
export { ConfigSection, type ConfigSectionProps } from './config/config-section.js';
export { Include, type IncludeProps } from './config/include.js';
export { CustomModule, type CustomModuleOptions, type ModuleOr } from './config/custom-module.js';
export { Lazy } from './config/lazy.js';
export {
  AllowedFailsPolicySchema,
  type AllowedFailsPolicyYaml,
  AWS_LITELLM_PARAM_KEYS,
  AZURE_LITELLM_PARAM_KEYS,
  AzureContentSafetyParamsSchema,
  type AzureContentSafetyParamsYaml,
  BEDROCK_FILE_PARAM_KEYS,
  CACHE_CONTROL_LOCATIONS,
  CACHE_CONTROL_ROLES,
  CACHE_CONTROL_TTLS,
  CACHE_CONTROL_TYPES,
  CACHE_MODES,
  CACHE_TYPES,
  type CacheControlInjectionPointEntry,
  CacheControlInjectionPointSchema,
  type CacheControlLocation,
  type CacheControlRole,
  type CacheControlTtl,
  type CacheMode,
  CacheParamsSchema,
  type CacheParamsYaml,
  type CacheType,
  CacheTypeSchema,
  type CacheTypeYaml,
  CallbackListSchema,
  CONFIG_JSON_SCHEMA_ID,
  configJsonSchema,
  type CredentialListEntry,
  CredentialListSchema,
  type CredentialListYaml,
  CredentialSchema,
  CredentialValuesSchema,
  CustomProviderSchema,
  DefaultFallbacksSchema,
  DefaultTeamSettingsSchema,
  EnvironmentVariablesSchema,
  type EnvironmentVariablesYaml,
  FALLBACK_LIST_KEYS,
  FallbackListSchema,
  type FallbackListYaml,
  type FallbackRuleEntry,
  FallbackRuleSchema,
  fallbackShape,
  GeneralSettingsSchema,
  type GeneralSettingsYaml,
  GENERIC_LITELLM_PARAM_KEYS,
  type GuardrailEntry,
  GuardrailModeSchema,
  GuardrailSchema,
  GuardrailsSchema,
  type GuardrailsYaml,
  IncludeSchema,
  type IncludeYaml,
  LITELLM_MODULE_SETTINGS,
  type LiteLLMConfig,
  LiteLLMConfigSchema,
  litellmParamKeysOf,
  LitellmParamsSchema,
  type LitellmParamsYaml,
  LitellmSettingsSchema,
  type LitellmSettingsYaml,
  type McpServerEntry,
  McpServerSchema,
  McpServersSchema,
  type McpServersYaml,
  MODEL_MODES,
  MODEL_TIERS,
  type ModelDeploymentEntry,
  ModelDeploymentSchema,
  ModelGroupAliasSchema,
  ModelGroupAliasTargetSchema,
  type ModelGroupAliasYaml,
  ModelInfoSchema,
  type ModelInfoYaml,
  ModelListSchema,
  type ModelListYaml,
  ModelModeSchema,
  type ModelModeYaml,
  type PassThroughEndpointEntry,
  PassThroughEndpointSchema,
  PRE_CALL_CHECKS,
  PreCallCheckSchema,
  PROMPT_INTEGRATIONS,
  PROMPT_TYPES,
  type PromptEntry,
  PromptInfoSchema,
  PromptInjectionParamsSchema,
  type PromptInjectionParamsYaml,
  PromptLitellmParamsSchema,
  PromptSchema,
  PromptsSchema,
  type PromptsYaml,
  PROVIDER_LITELLM_PARAM_KEYS,
  ProviderEndpointSettingsSchema,
  providersReadingParam,
  REASONING_EFFORTS,
  type ReasoningEffort,
  ReasoningEffortSchema,
  RetryPolicySchema,
  type RetryPolicyYaml,
  ROUTER_DEBUG_LEVELS,
  RouterSettingsSchema,
  type RouterSettingsYaml,
  ROUTING_STRATEGIES,
  RoutingStrategySchema,
  type RoutingStrategyYaml,
  SearchToolSchema,
  THINKING_TYPES,
  ThinkingSchema,
  type ThinkingType,
  type ThinkingYaml,
  VERTEX_LITELLM_PARAM_KEYS,
} from './config/schemas/index.js';

// L2
export {
  type AliasOptions,
  type DeploymentOptions,
  type GroupAlias,
  ModelGroup,
  type ModelGroupProps,
  type ModelMode,
} from './models/model-group.js';
export {
  type AllowedFailsPolicy,
  type PreCallCheck,
  type RedisConnection,
  type RetryPolicy,
  Router,
  type RouterProps,
} from './models/router.js';
export { ROUTER_ERROR_CLASSES, ROUTER_SETTING_KEYS, type SimpleRouterProp } from './models/router-keys.js';
export { type ModelNotInCatalog, type ModeOptions, Provider, type ProviderDeploymentSpec } from './models/provider.js';
export {
  defaultThinkingVariantName,
  type PlannedThinkingVariant,
  planThinkingVariants,
  type ThinkingOptions,
  type ThinkingVariant,
  type ThinkingVariantNaming,
} from './models/thinking-variants.js';
export {
  defaultReasoningEffortVariantName,
  planReasoningEffortVariants,
  type ReasoningEffortVariant,
  type ReasoningEffortVariantNaming,
} from './models/reasoning-effort-variants.js';
export {
  type CatalogModelOptions,
  CatalogModelProvider,
  type CatalogModelProviderProps,
  DEPLOYMENT_PARAM_KEYS,
  type DeploymentParams,
  nameSecrets,
  type ProviderEndpoint,
  type ServedModel,
} from './models/catalog-model-provider.js';
export { ApiKeyProvider, type ApiKeyProviderProps, hasDedicatedConstruct } from './models/api-key-provider.js';

// Secrets, aspects, annotations
export {
  ENV_REFERENCE_PREFIX,
  ENV_VAR_NAME,
  isSecretReference,
  OIDC_REFERENCE_PREFIX,
  Secret,
  type SecretOr,
} from './secrets/secret.js';
export { type AspectApplication, type AspectOptions, AspectPriority, Aspects, type IAspect } from './aspects/aspect.js';
export {
  CACHE_CONTROL_SKIPPED,
  CacheControlInjection,
  type CacheControlInjectionProps,
  type CacheControlOptions,
  type CacheControlOptOut,
} from './aspects/cache-control-injection.js';
export {
  type Acknowledgement,
  type Annotation,
  Annotations,
  FINDING_ID_PATTERN,
  isFindingId,
  pathOf,
} from './annotations/annotations.js';

// Checks of config documents, shared by synth and `litellm-cdk validate`
export {
  CAPABILITY_FINDING_IDS,
  checkCapabilities,
  checkCatalogCoverage,
  checkCrossRegionProfile,
  checkDeploymentCapabilities,
  checkPromptCaching,
  checkReasoning,
  type ConfigDocument,
  type ConfigFinding,
  type ConfigPath,
  CREDENTIAL_KEYS,
  type CredentialKey,
  type DeploymentCheck,
  type DocumentLocation,
  MAX_CACHE_CONTROL_BLOCKS,
  type MergedConfig,
  mergeIncludes,
  MIN_THINKING_BUDGET_TOKENS,
  type ModuleFiles,
  type ModuleReferenceSite,
  moduleReferenceSites,
  type SecretValueKind,
  type Severity,
  validateConfig,
  type ValidateConfigOptions,
} from './validation/index.js';
// Reading parsed config documents: one mapping check and one path format for every package
export { formatPath, isMapping, type Mapping } from './validation/document-paths.js';
export {
  AWS_REGIONS,
  BEDROCK_GEOGRAPHIES,
  BEDROCK_ROUTES,
  type BedrockGeography,
  type BedrockModel,
  type BedrockRoute,
  CATALOG_VERSION,
  catalogEntries,
  type CatalogEntry,
  catalogEntry,
  type CatalogModelId,
  type CatalogModelIds,
  CatalogSlice,
  crossRegionProfiles,
  DYNAMIC_THINKING_BUDGET,
  type GeminiThinkingRange,
  geminiThinkingRange,
  inferProvider,
  isAwsRegion,
  isBedrockGeography,
  isLitellmProvider,
  isThinkingBudgetInRange,
  LITELLM_PROVIDERS,
  type LitellmProvider,
  lookupModel,
  parseBedrockModel,
  providerMatches,
  regionMatchesGeography,
  regionsForGeography,
} from './catalog/index.js';
export {
  CALLBACK_NAMES,
  CALLBACK_NAMES_VERSION,
  CALLBACK_REQUIREMENTS,
  callbackRequirement,
  type EnterpriseSource,
  GUARDRAIL_REQUIREMENTS,
  guardrailRequirement,
  type IntegrationRequirement,
  type IntegrationVariable,
  isCallbackName,
  isRemoteModuleReference,
  KNOWN_CALLBACK_NAMES,
  type ModuleLoader,
  type ModuleReference,
  moduleReferenceOf,
  parseModuleReference,
  PREMIUM_CALLBACK_NAMES,
  SPECIAL_CALLBACK_NAMES,
} from './callbacks/index.js';
export {
  checkEnvironment,
  type CheckEnvironmentOptions,
  describeShape,
  type Environment,
  plausibleValue,
  readEnvFile,
  referencesOf,
  shapeAt,
  shapeProblem,
  type VariableShape,
} from './preflight/index.js';

// Synthesis
export {
  type Assembly,
  type AssemblyConfig,
  type AssemblyFile,
  type EnvironmentVariableUse,
  type ExtensionArtifact,
  isProxyConfigArtifact,
  type Manifest,
  type ProxyConfigArtifact,
  type TreeNode,
} from './synth/assembly.js';
export { type SynthesisOptions, synthesize } from './synth/synthesize.js';
export {
  PHASE_EVENT_LINE_PREFIX,
  PHASE_EVENTS_ENV,
  SYNTHESIS_PHASES,
  type SynthesisPhase,
  type SynthesisPhaseEvent,
  type SynthesisPhaseListener,
} from './synth/synthesis-phases.js';
export { SynthesisError } from './synth/synthesis-error.js';
export {
  FAILURE_REPORT_ENV,
  type SynthesisFailure,
  type SynthesisFailureListener,
  synthesisFailureOf,
} from './synth/synthesis-failure.js';
export { OutputDirectoryError } from './synth/output/output-directory-error.js';
export { checkOutputDirectory } from './synth/output/write-assembly.js';
export {
  isBlocking,
  type ReportedAcknowledgement,
  type ReportedFinding,
  type ValidationReport,
} from './synth/validation-report.js';
export { type ReportFileProducer, type ReportSectionProducer, ReportSections } from './synth/report-sections.js';
export {
  type ArtifactContext,
  type ArtifactProducer,
  AssemblyArtifacts,
  type AssemblyModule,
  type ProducedArtifact,
} from './synth/assembly-artifacts.js';
export { ERRORS_IN_GENERATED_CONFIGS } from './synth/validate-tree.js';
export {
  emitYaml,
  YamlEmitError,
  type EmitOptions,
  type CommentSource,
  type YamlValue,
  type YamlMapping,
  type YamlPath,
} from './synth/yaml-emitter.js';
export { SECTION_ORDER } from './synth/render-config.js';
export { type ConfigPreview, previewConfig } from './synth/preview-config.js';

// Suggestions for typos, for every package's hints
export { closestMatches, type ClosestMatchOptions, didYouMean } from './suggestions/did-you-mean.js';

// Testing
export { Testing } from './testing/testing.js';
export { ConfigTemplate, type DeploymentEntry } from './testing/config-template.js';

export { GENERATOR, VERSION, ASSEMBLY_VERSION } from './version.js';

// Importing configs back into constructs: the contract provider packages implement
export {
  type ExportedName,
  ImportCall,
  type ImportedDeployment,
  type ImportedGroup,
  type ImportProposal,
  importedSecret,
  isProviderImporter,
  type ProposedGroup,
  type ProposedProvider,
  type ProviderImporter,
  proposalValue,
} from './importing/provider-importer.js';
export {
  type ImportVerification,
  type ProposalWarning,
  type ProposedCall,
  verifyImportProposal,
} from './importing/verify-proposal.js';
export { type CatalogProviderShape, catalogModelImporter } from './importing/catalog-model-importer.js';
export { apiKeyProviderImporter, importers } from './importing/api-key-provider-importer.js';
