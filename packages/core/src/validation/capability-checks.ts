import {
  CATALOG_VERSION,
  type CatalogEntry,
  crossRegionProfiles,
  inferProvider,
  lookupModel,
  parseBedrockModel,
  isAwsRegion,
  regionMatchesGeography,
  regionsForGeography,
  geminiThinkingRange,
  isThinkingBudgetInRange,
} from '../catalog/index.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import { isMapping } from './document-paths.js';
import type { ConfigFinding, ConfigPath, Severity } from './finding.js';

/** The ids of the findings the capability checks produce. */
export const CAPABILITY_FINDING_IDS = {
  thinkingBudgetTooSmall: 'core/thinking-budget-too-small',
  thinkingBudgetOutOfRange: 'core/thinking-budget-out-of-range',
  thinkingUnsupported: 'core/thinking-unsupported',
  thinkingBudgetExceedsMaxOutput: 'core/thinking-budget-exceeds-max-output',
  reasoningEffortUnsupported: 'core/reasoning-effort-unsupported',
  promptCachingUnsupported: 'core/prompt-caching-unsupported',
  versionDependentValue: 'core/version-dependent-value',
  crisRegionMismatch: 'core/cris-region-mismatch',
  modelNotInCatalog: 'core/model-not-in-catalog',
  unboundedCachePoints: 'core/unbounded-cache-points',
  tooManyCachePoints: 'core/too-many-cache-points',
} as const;

/** Anthropic's limit of `cache_control` blocks in one request; a fifth fails the request. */
export const MAX_CACHE_CONTROL_BLOCKS = 4;

/** Anthropic's minimum thinking budget; below it Claude rejects the request. */
export const MIN_THINKING_BUDGET_TOKENS = 1024;

/** One capability check on one `model_list` entry; `path` is the entry's document path, e.g. `['model_list', 3]`. */
export type DeploymentCheck = (entry: unknown, path: ConfigPath) => ConfigFinding[];

/**
 * Checks every `model_list` entry of a parsed config against the model catalog: extended thinking and reasoning
 * effort, prompt caching, Bedrock cross-region profiles against the deployment's region, and catalog coverage.
 * Entries that are not objects, or whose model is not a literal string, are left to the schema checks.
 * @param file the document the config came from, copied onto each finding
 */
export function checkCapabilities(config: Record<string, unknown>, file?: string): ConfigFinding[] {
  const modelList = config.model_list;
  if (!Array.isArray(modelList)) return [];
  const findings = modelList.flatMap((entry, index) => checkDeploymentCapabilities(entry, ['model_list', index]));
  return file === undefined ? findings : findings.map((finding) => ({ ...finding, file }));
}

/** Runs every capability check on one `model_list` entry (for policy rules that look at one deployment). */
export function checkDeploymentCapabilities(entry: unknown, path: ConfigPath): ConfigFinding[] {
  const deployment = readDeployment(entry, path);
  if (!deployment) return [];
  return [reasoningFindings, promptCachingFindings, crossRegionFindings, catalogCoverageFindings].flatMap((check) =>
    check(deployment),
  );
}

/** `thinking` and `reasoning_effort` against the model's reasoning support and output limit. */
export const checkReasoning: DeploymentCheck = (entry, path) => runOn(entry, path, reasoningFindings);

/** `cache_control_injection_points` against the model's prompt caching support. */
export const checkPromptCaching: DeploymentCheck = (entry, path) => runOn(entry, path, promptCachingFindings);

/** A Bedrock cross-region inference profile against the deployment's literal `aws_region_name`. */
export const checkCrossRegionProfile: DeploymentCheck = (entry, path) => runOn(entry, path, crossRegionFindings);

/** Whether the catalog knows the model at all (an info finding: many valid models are not listed). */
export const checkCatalogCoverage: DeploymentCheck = (entry, path) => runOn(entry, path, catalogCoverageFindings);

/** What the checks need to know about one deployment, read once. */
interface Deployment {
  readonly paramsPath: ConfigPath;
  readonly params: Record<string, unknown>;
  readonly model: string;
  readonly customLlmProvider?: string;
  readonly catalog?: CatalogEntry;
  /** `model_info.max_output_tokens` when set, else the catalog's limit. */
  readonly maxOutputTokens?: { readonly value: number; readonly from: 'model_info' | 'catalog' };
  /** `model_info.supports_reasoning` when set, else the catalog's flag; unknown without either. */
  readonly supportsReasoning?: boolean;
  readonly supportsPromptCaching?: boolean;
  readonly mode?: string;
}

function runOn(entry: unknown, path: ConfigPath, check: (deployment: Deployment) => ConfigFinding[]): ConfigFinding[] {
  const deployment = readDeployment(entry, path);
  return deployment ? check(deployment) : [];
}

function readDeployment(entry: unknown, path: ConfigPath): Deployment | undefined {
  if (!isMapping(entry) || !isMapping(entry.litellm_params)) return undefined;
  const params = entry.litellm_params;
  const model = literalString(params.model);
  if (model === undefined) return undefined;
  // A provider read from the environment could be anything, so nothing can be said about the model.
  const customLlmProvider = literalString(params.custom_llm_provider);
  if (typeof params.custom_llm_provider === 'string' && customLlmProvider === undefined) return undefined;
  const modelInfo = isMapping(entry.model_info) ? entry.model_info : {};
  const baseModel = literalString(modelInfo.base_model);
  // model_info.base_model is how LiteLLM is told what an arbitrarily named deployment (azure/my-gpt) really is.
  const catalog =
    lookupModel(model, customLlmProvider) ?? (baseModel ? lookupModel(baseModel, customLlmProvider) : undefined);
  const maxOutputOverride = positiveNumber(modelInfo.max_output_tokens);
  const maxOutputTokens =
    maxOutputOverride !== undefined
      ? { value: maxOutputOverride, from: 'model_info' as const }
      : catalog?.maxOutputTokens !== undefined
        ? { value: catalog.maxOutputTokens, from: 'catalog' as const }
        : undefined;
  return {
    paramsPath: [...path, 'litellm_params'],
    params,
    model,
    customLlmProvider,
    catalog,
    maxOutputTokens,
    supportsReasoning: booleanOr(modelInfo.supports_reasoning, catalog?.supportsReasoning),
    supportsPromptCaching: booleanOr(modelInfo.supports_prompt_caching, catalog?.supportsPromptCaching),
    mode: literalString(modelInfo.mode) ?? catalog?.mode,
  };
}

function reasoningFindings(deployment: Deployment): ConfigFinding[] {
  const { params, paramsPath, model } = deployment;
  const findings: ConfigFinding[] = [];
  const thinking = params.thinking;
  if (isMapping(thinking) && (thinking.type === 'enabled' || thinking.type === 'adaptive')) {
    if (deployment.supportsReasoning === false) {
      findings.push(
        finding(
          'error',
          CAPABILITY_FINDING_IDS.thinkingUnsupported,
          `${model} does not support extended thinking (${describeReasoningSource(deployment)}), ` +
            'but thinking is enabled.',
          [...paramsPath, 'thinking'],
          reasoningHint('thinking'),
        ),
      );
    }
    const budget = thinking.type === 'enabled' ? finiteNumber(thinking.budget_tokens) : undefined;
    if (budget !== undefined) findings.push(...thinkingBudgetFindings(deployment, budget));
  }
  const effort = literalString(params.reasoning_effort);
  if (effort !== undefined && effort !== 'none' && deployment.supportsReasoning === false) {
    findings.push(
      finding(
        'error',
        CAPABILITY_FINDING_IDS.reasoningEffortUnsupported,
        `${model} does not support reasoning (${describeReasoningSource(deployment)}), ` +
          `but reasoning_effort is '${effort}'.`,
        [...paramsPath, 'reasoning_effort'],
        reasoningHint('reasoning_effort'),
      ),
    );
  }
  return findings;
}

function thinkingBudgetFindings(deployment: Deployment, budget: number): ConfigFinding[] {
  const { model, maxOutputTokens } = deployment;
  const budgetPath = [...deployment.paramsPath, 'thinking', 'budget_tokens'];
  const findings: ConfigFinding[] = [];
  // The 1,024-token floor is Anthropic's, and Bedrock's for every model; Gemini accepts smaller budgets.
  if (budget < MIN_THINKING_BUDGET_TOKENS && hasThinkingFloor(model)) {
    findings.push(
      finding(
        'error',
        CAPABILITY_FINDING_IDS.thinkingBudgetTooSmall,
        `Thinking budget ${budget} for ${model} is below the minimum of ${MIN_THINKING_BUDGET_TOKENS} tokens.`,
        budgetPath,
        `Set thinking.budget_tokens to at least ${MIN_THINKING_BUDGET_TOKENS}.`,
      ),
    );
  }
  const range = geminiThinkingRange(model);
  if (range && !isThinkingBudgetInRange(budget, range)) {
    const off = range.canDisable ? ', 0 to turn thinking off' : ' (thinking cannot be turned off)';
    findings.push(
      finding(
        'error',
        CAPABILITY_FINDING_IDS.thinkingBudgetOutOfRange,
        `Thinking budget ${budget} for ${model} is outside the range Google documents for it: ${range.min} to ${range.max}${off}, or -1 for a dynamic budget.`,
        budgetPath,
        `Set thinking.budget_tokens between ${range.min} and ${range.max} (see https://ai.google.dev/gemini-api/docs/thinking#set-budget).`,
      ),
    );
  }
  if (maxOutputTokens && budget >= maxOutputTokens.value) {
    const limit = maxOutputTokens.value;
    findings.push(
      maxOutputTokens.from === 'catalog'
        ? finding(
            'warning',
            CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput,
            `Thinking budget ${budget} for ${model} is not below its max output tokens ${limit} ` +
              `(catalog entry '${deployment.catalog?.id}', LiteLLM model map ${CATALOG_VERSION}); the budget must be ` +
              'below the max tokens of the request. The catalog can lag the provider, so the limit may be ' +
              'higher by now.',
            budgetPath,
            `Lower thinking.budget_tokens below ${limit}; or, if the provider allows more output, set ` +
              'model_info.max_output_tokens to the real limit, or acknowledge this finding with a reason.',
          )
        : finding(
            'warning',
            CAPABILITY_FINDING_IDS.thinkingBudgetExceedsMaxOutput,
            `Thinking budget ${budget} for ${model} is not below model_info.max_output_tokens ${limit}; ` +
              'the budget must be below the max tokens of the request.',
            budgetPath,
            `Lower thinking.budget_tokens below ${limit}, or raise model_info.max_output_tokens.`,
          ),
    );
  }
  return findings;
}

function describeReasoningSource(deployment: Deployment): string {
  return deployment.catalog && deployment.catalog.supportsReasoning === deployment.supportsReasoning
    ? `catalog entry '${deployment.catalog.id}', LiteLLM model map ${CATALOG_VERSION}`
    : 'model_info.supports_reasoning is false';
}

function reasoningHint(key: 'thinking' | 'reasoning_effort'): string {
  return (
    `Remove ${key}, or use a model whose catalog entry supports reasoning. If the provider supports it and the ` +
    'catalog lags, set model_info.supports_reasoning: true.'
  );
}

function promptCachingFindings(deployment: Deployment): ConfigFinding[] {
  const points = deployment.params.cache_control_injection_points;
  if (!Array.isArray(points) || points.length === 0) return [];
  const pointsPath = [...deployment.paramsPath, 'cache_control_injection_points'];
  const findings: ConfigFinding[] = [];
  const { model, mode, supportsPromptCaching, catalog } = deployment;
  if (mode === 'embedding' || supportsPromptCaching === false) {
    const reason =
      mode === 'embedding'
        ? 'it is an embedding model'
        : catalog && catalog.supportsPromptCaching === supportsPromptCaching
          ? `catalog entry '${catalog.id}', LiteLLM model map ${CATALOG_VERSION}, does not list prompt caching`
          : 'model_info.supports_prompt_caching is false';
    findings.push(
      finding(
        'error',
        CAPABILITY_FINDING_IDS.promptCachingUnsupported,
        `${model} cannot use cache_control_injection_points: ${reason}.`,
        pointsPath,
        'Remove cache_control_injection_points from this deployment. If the provider caches prompts for this ' +
          'model and the catalog lags, set model_info.supports_prompt_caching: true.',
      ),
    );
  }
  points.forEach((point, index) => {
    if (isMapping(point) && point.location === 'tool_config') {
      findings.push(
        finding(
          'warning',
          CAPABILITY_FINDING_IDS.versionDependentValue,
          `cache_control_injection_points location 'tool_config' is only understood by LiteLLM versions newer ` +
            `than ${CATALOG_VERSION}, the reference version; an older proxy does not inject this cache point.`,
          [...pointsPath, index, 'location'],
          'Make sure the proxy runs a LiteLLM version that supports it and acknowledge this finding naming that ' +
            "version, or use location: 'message'.",
        ),
      );
    }
  });
  if (isClaude(deployment)) findings.push(...claudeCachePointFindings(points, pointsPath, model));
  return findings;
}

/** Claude on Anthropic, Bedrock or Vertex AI: the models that refuse more than four `cache_control` blocks. */
function isClaude({ model, customLlmProvider, catalog }: Deployment): boolean {
  const provider = inferProvider(model, customLlmProvider) ?? '';
  return /claude/.test(model) && /^(anthropic|bedrock|vertex_ai)/.test(catalog?.provider ?? provider);
}

/**
 * LiteLLM v1.81.13 marks every message a role point matches and does not cap the count (the cap came in later
 * releases), while Anthropic and Bedrock reject a request with more than four cache_control blocks.
 */
function claudeCachePointFindings(points: readonly unknown[], pointsPath: ConfigPath, model: string): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const message = points.filter((point) => isMapping(point) && (point.location ?? 'message') === 'message');
  message.forEach((point) => {
    if (!isMapping(point) || point.index !== undefined || (point.role !== 'user' && point.role !== 'assistant')) return;
    findings.push(
      finding(
        'warning',
        CAPABILITY_FINDING_IDS.unboundedCachePoints,
        `${model}: the cache point for role '${point.role}' marks every ${point.role} message, and LiteLLM ${CATALOG_VERSION} does not ` +
          `cap them: a conversation with more than ${MAX_CACHE_CONTROL_BLOCKS} marked messages fails with "A maximum of 4 blocks with cache_control may be provided".`,
        [...pointsPath, points.indexOf(point)],
        'Cache the system prompt and the last message instead: points role: system and index: -1 (CacheControlInjection.systemAndLastMessage()).',
      ),
    );
  });
  const indexed = message.filter((point) => isMapping(point) && point.index !== undefined).length;
  if (indexed > MAX_CACHE_CONTROL_BLOCKS) {
    findings.push(
      finding(
        'error',
        CAPABILITY_FINDING_IDS.tooManyCachePoints,
        `${model}: ${indexed} cache points by index mark ${indexed} messages, more than the ${MAX_CACHE_CONTROL_BLOCKS} cache_control blocks Claude accepts in one request.`,
        pointsPath,
        `Keep at most ${MAX_CACHE_CONTROL_BLOCKS} points.`,
      ),
    );
  }
  return findings;
}

function crossRegionFindings(deployment: Deployment): ConfigFinding[] {
  const { params, paramsPath, model, customLlmProvider } = deployment;
  if (!inferProvider(model, customLlmProvider)?.startsWith('bedrock')) return [];
  const { geography, baseId, modelId } = parseBedrockModel(model);
  if (!geography) return [];
  const regionKey = params.aws_region_name !== undefined ? 'aws_region_name' : 'region_name';
  const region = literalString(params[regionKey]);
  // An unknown region is reported once, as core/unknown-aws-region.
  if (region === undefined || regionMatchesGeography(region, geography) || !isAwsRegion(region)) return [];
  const fitting = geography === 'global' ? 'any commercial AWS region' : regionsForGeography(geography).join(', ');
  const fittingProfiles = crossRegionProfiles(baseId)
    .filter((candidate) => regionMatchesGeography(region, candidate))
    .map((candidate) => `${candidate}.${baseId}`);
  const alternative = fittingProfiles.length > 0 ? `, or call ${fittingProfiles.join(' or ')} from ${region}` : '';
  return [
    finding(
      'error',
      CAPABILITY_FINDING_IDS.crisRegionMismatch,
      `Cross-region inference profile ${modelId} cannot be called from ${regionKey} ${region}: ` +
        `'${geography}' profiles are called from ${fitting}.`,
      [...paramsPath, regionKey],
      `Set ${regionKey} to a region of the '${geography}' geography${alternative}.`,
    ),
  ];
}

function catalogCoverageFindings(deployment: Deployment): ConfigFinding[] {
  // Wildcard deployments (`openai/*`) route many models by design; none of them is "the" model.
  if (deployment.catalog || deployment.model.includes('*')) return [];
  return [
    finding(
      'info',
      CAPABILITY_FINDING_IDS.modelNotInCatalog,
      `${deployment.model} is not in the model catalog (LiteLLM model map ${CATALOG_VERSION}), so its ` +
        'capabilities and limits are not checked.',
      [...deployment.paramsPath, 'model'],
      'Nothing to fix if the provider serves this model. To have it checked, set model_info.base_model to the ' +
        'catalog model it is, or model_info.max_output_tokens, supports_reasoning and supports_prompt_caching.',
    ),
  ];
}

function finding(severity: Severity, id: string, message: string, path: ConfigPath, hint: string): ConfigFinding {
  return { severity, id, message, path, hint };
}

/** A string the config states itself; `os.environ/` references are only known when the proxy starts. */
function literalString(value: unknown): string | undefined {
  return typeof value === 'string' && !value.startsWith(ENV_REFERENCE_PREFIX) ? value : undefined;
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function positiveNumber(value: unknown): number | undefined {
  const number = finiteNumber(value);
  return number !== undefined && number > 0 ? number : undefined;
}

function booleanOr(value: unknown, fallback: boolean | undefined): boolean | undefined {
  return typeof value === 'boolean' ? value : fallback;
}

/** Whether the 1,024-token thinking minimum applies: any Bedrock model, and Claude on any provider. */
function hasThinkingFloor(model: string): boolean {
  return /^bedrock\/|claude|anthropic\./i.test(model);
}
