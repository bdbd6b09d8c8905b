import type { Construct } from 'constructs';
import { Annotations } from '../annotations/annotations.js';
import { AspectPriority, Aspects } from '../aspects/aspect.js';
import { CacheControlInjection, type CacheControlInjectionProps } from '../aspects/cache-control-injection.js';
import type { CatalogEntry, CatalogSlice } from '../catalog/index.js';
import type { DeploymentFacts, LitellmParamsWithoutModel, ModelInfo } from '../config/model-deployment.js';
import type { LitellmParamsYaml } from '../config/schemas/model-list.js';
import { Secret, type SecretOr } from '../secrets/secret.js';
import { didYouMean } from '../suggestions/did-you-mean.js';
import type { ModelGroup, ModelMode } from './model-group.js';
import { Provider } from './provider.js';
import {
  defaultReasoningEffortVariantName,
  planReasoningEffortVariants,
  type ReasoningEffortVariant,
  type ReasoningEffortVariantNaming,
} from './reasoning-effort-variants.js';
import {
  defaultThinkingVariantName,
  type ReasoningEffort,
  type ThinkingOptions,
  type ThinkingVariantNaming,
} from './thinking-variants.js';

/** One deployment every model of a provider gets: one per API key, endpoint or server. */
export interface ProviderEndpoint {
  /** The deployment's construct id below each group; stable and readable (`OPENAI_API_KEY_1`, `swedencentral`). */
  readonly id: string;
  /** Credentials and endpoint of the deployment. */
  readonly litellmParams: LitellmParamsWithoutModel;
  /** Region and credential set, as far as known. */
  readonly facts?: Pick<DeploymentFacts, 'region' | 'regionValue' | 'credentialSet'>;
}

/**
 * The `litellm_params` keys `params` of `addModel()` may set on every deployment of a model: LiteLLM's own limits,
 * routing and pricing keys (their types are core's schema's). Credentials, endpoints and the model are the provider's.
 */
export const DEPLOYMENT_PARAM_KEYS = [
  'timeout',
  'stream_timeout',
  'max_retries',
  'max_parallel_requests',
  'max_budget',
  'budget_duration',
  'weight',
  'order',
  'tags',
  'drop_params',
  'merge_reasoning_content_in_choices',
  'use_in_pass_through',
  'input_cost_per_token',
  'output_cost_per_token',
  'input_cost_per_second',
  'output_cost_per_second',
  'cache_read_input_token_cost',
  'cache_creation_input_token_cost',
] as const satisfies readonly (keyof LitellmParamsYaml)[];

/** Further `litellm_params` of every deployment of a model; see {@link DEPLOYMENT_PARAM_KEYS}. */
export type DeploymentParams = Partial<Pick<LitellmParamsYaml, (typeof DEPLOYMENT_PARAM_KEYS)[number]>>;

/** Props every catalog-checked provider takes. */
export interface CatalogModelProviderProps {
  /**
   * Names thinking variants of every model (a model's own `thinkingVariantName` wins).
   * @default - `<modelName>-think-<budget>`
   */
  readonly thinkingVariantName?: ThinkingVariantNaming;
  /**
   * Names reasoning-effort variants of every model (a model's own `reasoningEffortVariantName` wins).
   * @default - `<modelName>-<effort>`
   */
  readonly reasoningEffortVariantName?: ReasoningEffortVariantNaming;
}

/**
 * Options of `addModel()` of the providers built on {@link CatalogModelProvider} (`ApiKeyProvider`, OpenAI,
 * Anthropic, Azure, OpenAI-compatible servers); the thinking options are core's, shared by every provider.
 * @typeParam TModelId the catalog slice's model ids, offered by autocompletion
 */
export interface CatalogModelOptions<TModelId extends string> extends ThinkingOptions {
  /**
   * The model id without provider prefix (`gpt-4o`, `claude-sonnet-4-5`, `mistral-large-latest`). Ids outside the
   * provider's catalog slice are allowed and get the warning `<provider>/model-not-in-catalog`, with the listed ids
   * that look alike.
   */
  readonly model: TModelId | (string & {});
  /**
   * `model_info.mode` of every deployment. Set it for a model the catalog does not list when it is not a chat model.
   * @default - the catalog's mode when it is not `chat` (LiteLLM's default); nothing otherwise
   */
  readonly mode?: ModelMode;
  /**
   * Requests per minute LiteLLM lets each deployment take (`litellm_params.rpm`). Each key or endpoint is a
   * deployment of its own, so the limit applies per key.
   * @default - no limit
   */
  readonly rpm?: number;
  /**
   * Tokens per minute LiteLLM lets each deployment take (`litellm_params.tpm`), per key like `rpm`.
   * @default - no limit
   */
  readonly tpm?: number;
  /**
   * One extra group per effort, in which every deployment has that `reasoning_effort` (named by
   * `reasoningEffortVariantName`; `reasoningEffortVariantsOf` returns them), so clients pick the effort by
   * `model_name`. Core's capability checks report an effort on a model that does not reason as an error.
   * @default - no reasoning-effort variants
   */
  readonly reasoningEfforts?: readonly ReasoningEffort[];
  /**
   * The `model_name` of the variant with `effort` of the group named `modelName`.
   * @default - the provider's `reasoningEffortVariantName`: `<modelName>-<effort>` unless set there
   */
  readonly reasoningEffortVariantName?: ReasoningEffortVariantNaming;
  /**
   * Prompt caching for the group and its variants, through core's `CacheControlInjection` aspect: `true` marks the
   * system message as a cache point; an object names the points; `false` opts the groups out of an injection added
   * higher up. Deployments of models that cannot cache prompts are skipped with an info finding.
   * @default - whatever `CacheControlInjection` aspects above the groups say
   */
  readonly promptCaching?: boolean | CacheControlInjectionProps;
  /**
   * Further `litellm_params` of every deployment: timeouts, retries, weights, tags, budgets, prices. A key that is
   * not one of these is passed through with the warning `<provider>/unknown-param`.
   * @default - none
   */
  readonly params?: DeploymentParams;
  /**
   * Further `model_info` of every deployment (`max_output_tokens`, `supports_reasoning` when the catalog lags the
   * provider, ...); not `id`, which must differ between deployments.
   * @default - none
   */
  readonly modelInfo?: Omit<ModelInfo, 'id'>;
}

/** What a provider serves for one `addModel()` call, as {@link CatalogModelProvider.serve} takes it. */
export interface ServedModel {
  /** The id written after `<provider>/` (a model id; an Azure deployment name). */
  readonly modelId: string;
  /**
   * The id looked up in the catalog slice.
   * @default - `modelId`
   */
  readonly catalogId?: string;
  /** How to name the catalog id in the "not in the catalog" hint (`baseModel`). @default 'model' */
  readonly catalogOption?: string;
  /**
   * The hint of the "not in the catalog" warning, in place of "check for typos, or acknowledge".
   * @default - check the id for typos; acknowledge the finding when the provider serves the model
   */
  readonly catalogHint?: string;
  /** `model_info` the provider writes itself (`base_model`). @default - none */
  readonly modelInfo?: ModelInfo;
}

const RESERVED_PARAMS = new Set(['rpm', 'tpm', 'thinking', 'reasoning_effort', 'cache_control_injection_points']);

/**
 * What the providers whose deployments are "a model id and a credential per endpoint" share: `addModel()` with
 * rate limits, mode, further params, prompt caching, reasoning effort, and thinking and reasoning-effort variants,
 * checked against the provider's slice of core's catalog ("did you mean" for ids it does not list). A subclass says
 * which slice applies (none for self-hosted servers) and which deployments (keys, endpoints) every model gets.
 */
export abstract class CatalogModelProvider<TModelId extends string> extends Provider {
  /** The catalog slice model ids are checked against; `undefined` for servers whose models no catalog lists. */
  protected abstract readonly catalog: CatalogSlice | undefined;
  /** The catalog's name in messages (`OpenAI`, `Anthropic`, `Mistral`). */
  protected abstract readonly catalogName: string;
  private readonly thinkingVariantNaming: ThinkingVariantNaming;
  private readonly effortVariantNaming: ReasoningEffortVariantNaming;
  private readonly effortVariantGroups = new Map<ModelGroup, readonly ReasoningEffortVariant[]>();

  protected constructor(scope: Construct, id: string, props: CatalogModelProviderProps = {}) {
    super(scope, id);
    this.thinkingVariantNaming = props.thinkingVariantName ?? defaultThinkingVariantName;
    this.effortVariantNaming = props.reasoningEffortVariantName ?? defaultReasoningEffortVariantName;
  }

  /** The deployments every model gets, in order. */
  protected abstract endpoints(): readonly ProviderEndpoint[];

  /** The reasoning-effort variants created for `group`, in the order of `reasoningEfforts`. */
  public reasoningEffortVariantsOf(group: ModelGroup): readonly ReasoningEffortVariant[] {
    return this.effortVariantGroups.get(group) ?? [];
  }

  /** The reasoning-effort variant of `group` with `effort`; throws, naming the efforts there are, when it has none. */
  public reasoningEffortVariant(group: ModelGroup, effort: ReasoningEffort): ModelGroup {
    const found = this.reasoningEffortVariantsOf(group).find((variant) => variant.effort === effort);
    if (!found) {
      const efforts =
        this.reasoningEffortVariantsOf(group)
          .map((variant) => variant.effort)
          .join(', ') || 'none';
      throw new Error(`[${group.node.path}] has no reasoning-effort variant '${effort}'; its efforts: ${efforts}.`);
    }
    return found.group;
  }

  /**
   * Serves `served` as the model group `name`: one deployment per endpoint, plus one group per thinking budget and
   * per reasoning effort.
   * @returns the group named `name`
   */
  protected serve(name: string, options: CatalogModelOptions<TModelId>, served: ServedModel): ModelGroup {
    this.assertUnprefixed(name, served.modelId);
    const catalogId = served.catalogId ?? served.modelId;
    const entry = this.catalog?.find(catalogId);
    const mode = this.modeToWrite(options, entry?.mode);
    const group = this.createGroup(name, { modelName: name, ...(mode ? { mode } : {}) });
    if (this.catalog && !entry && !catalogId.includes('*'))
      this.warnNotInCatalog(group, catalogId, served, mode !== undefined);
    this.warnUnknownParams(group, options.params);

    const declare = (target: ModelGroup, features: LitellmParamsWithoutModel) => {
      this.declare(target, options, served, entry, mode, features);
      this.applyPromptCaching(target, options.promptCaching);
    };
    declare(group, { reasoning_effort: options.reasoningEffort });
    const thinkingNaming = options.thinkingVariantName ?? this.thinkingVariantNaming;
    this.addThinkingVariants(
      group,
      options.thinkingBudgets ?? [],
      thinkingNaming,
      (variant, budgetTokens) => declare(variant, { thinking: { type: 'enabled', budget_tokens: budgetTokens } }),
      mode ? { mode } : {},
    );
    const effortNaming = options.reasoningEffortVariantName ?? this.effortVariantNaming;
    const efforts = planReasoningEffortVariants(group, options.reasoningEfforts ?? [], effortNaming).map(
      ({ effort, modelName }) => {
        const variant = this.createGroup(modelName, { modelName, ...(mode ? { mode } : {}) });
        declare(variant, { reasoning_effort: effort });
        return { effort, group: variant };
      },
    );
    this.effortVariantGroups.set(group, efforts);
    return group;
  }

  /** The provider adds its own prefix; one written by hand would be doubled. */
  private assertUnprefixed(name: string, modelId: string): void {
    if (!modelId.trim()) throw new Error(`[${this.node.path}/${name}] model must not be empty.`);
    if (!modelId.startsWith(`${this.providerName}/`)) return;
    throw new Error(
      `[${this.node.path}/${name}] model '${modelId}' must be written without the provider prefix: write ` +
        `'${modelId.slice(this.providerName.length + 1)}' (the provider adds '${this.providerName}/' itself).`,
    );
  }

  private warnNotInCatalog(group: ModelGroup, catalogId: string, served: ServedModel, modeGiven: boolean): void {
    const option = served.catalogOption ?? 'model';
    this.warnModelNotInCatalog(group, {
      model: `${option} '${catalogId}'`,
      modelId: catalogId,
      catalogName: this.catalogName,
      listedIds: this.catalog!.ids(),
      unchecked: 'mode, limits and capabilities',
      hint:
        served.catalogHint ??
        `Check the ${option} for typos; if the provider serves it, acknowledge this finding with a reason`,
      ...(modeGiven ? { modeHint: '.' } : {}),
    });
  }

  private warnUnknownParams(group: ModelGroup, params: DeploymentParams | undefined): void {
    const known: readonly string[] = DEPLOYMENT_PARAM_KEYS;
    for (const key of Object.keys(params ?? {})) {
      if (known.includes(key)) continue;
      const reserved = RESERVED_PARAMS.has(key);
      Annotations.of(group).addWarning(
        `${this.findingScope}/unknown-param`,
        `params has the key '${key}', which is not one of the litellm_params addModel() sets this way; it is written as given.` +
          (reserved ? '' : didYouMean(key, known)),
        reserved
          ? `Use the addModel() option for '${key}' (rpm, tpm, reasoningEffort, thinkingBudgets, promptCaching) instead.`
          : `Check the spelling against ${known.join(', ')}; if LiteLLM reads this key for the provider, acknowledge this finding.`,
      );
    }
  }

  private declare(
    group: ModelGroup,
    options: CatalogModelOptions<string>,
    served: ServedModel,
    entry: CatalogEntry | undefined,
    mode: ModelMode | undefined,
    features: LitellmParamsWithoutModel,
  ): void {
    // The resolved mode wins over modelInfo.mode, so the group and its deployments agree.
    const modelInfo = withoutUndefined({ ...options.modelInfo, ...served.modelInfo, mode });
    for (const endpoint of this.endpoints()) {
      this.addDeployment(group, endpoint.id, {
        modelId: served.modelId,
        litellmParams: withoutUndefined({
          ...endpoint.litellmParams,
          rpm: options.rpm,
          tpm: options.tpm,
          ...options.params,
          ...features,
        }),
        ...(Object.keys(modelInfo).length > 0 ? { modelInfo } : {}),
        facts: { ...endpoint.facts, ...(entry ? { catalogEntry: entry } : {}) },
      });
    }
  }

  private applyPromptCaching(group: ModelGroup, promptCaching: CatalogModelOptions<string>['promptCaching']): void {
    if (promptCaching === true) {
      Aspects.of(group).add(CacheControlInjection.forRoles(['system']), { priority: AspectPriority.MUTATING });
    } else if (promptCaching === false) {
      CacheControlInjection.optOut(group, 'promptCaching: false');
    } else if (promptCaching) {
      Aspects.of(group).add(new CacheControlInjection(promptCaching), { priority: AspectPriority.MUTATING });
    }
  }
}

/**
 * Names each of several secrets (API keys): its environment variable's name, else `<fallback><N>` by 1-based
 * position. Throws, naming `path`, on an empty list, a secret listed twice, or two secrets with one name; the value
 * of a plaintext secret is never printed.
 */
export function nameSecrets(
  path: string,
  option: string,
  secrets: readonly SecretOr<string>[],
  fallback = 'key',
): string[] {
  if (secrets.length === 0)
    throw new Error(`[${path}] ${option} is empty; give at least one, e.g. Secret.env('API_KEY').`);
  const names = secrets.map((secret, index) =>
    Secret.isSecret(secret) && secret.kind === 'env' ? secret.name : `${fallback}${index + 1}`,
  );
  const values = secrets.map((secret) => (Secret.isSecret(secret) ? secret.render() : secret));
  for (let later = 1; later < secrets.length; later++) {
    const earlier = values.indexOf(values[later]);
    if (earlier !== later)
      throw new Error(
        `[${path}] ${option} lists the same value at positions ${earlier + 1} and ${later + 1}; list each once.`,
      );
    if (names.indexOf(names[later]) !== later)
      throw new Error(`[${path}] Two entries of ${option} are both named '${names[later]}'; rename one.`);
  }
  return names;
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
