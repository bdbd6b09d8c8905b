import { Construct } from 'constructs';
import {
  ModelDeployment,
  type DeploymentFacts,
  type LitellmParamsWithoutModel,
  type ModelInfo,
} from '../config/model-deployment.js';
import { Annotations } from '../annotations/annotations.js';
import { CATALOG_VERSION, lookupModel } from '../catalog/index.js';
import { didYouMean } from '../suggestions/did-you-mean.js';
import { ModelGroup, type ModelGroupProps, type ModelMode } from './model-group.js';
import { planThinkingVariants, type ThinkingVariant, type ThinkingVariantNaming } from './thinking-variants.js';
import { checkedId } from '../tree/construct-id.js';

const PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/core.Provider');

/** What a provider says about one deployment it creates. */
export interface ProviderDeploymentSpec {
  /** The model id as the provider knows it, without LiteLLM's provider prefix (`eu.anthropic.claude-...`). */
  readonly modelId: string;
  /**
   * A LiteLLM route between prefix and id (`converse`, `invoke` for Bedrock).
   * @default - none: `<provider>/<modelId>`
   */
  readonly route?: string;
  /** Every other `litellm_params` key (credentials, region, limits, thinking, ...). @default - none */
  readonly litellmParams?: LitellmParamsWithoutModel;
  /** @default - none */
  readonly modelInfo?: ModelInfo;
  /** Facts beyond provider and model id: region, geography, credential set, catalog entry. @default - none */
  readonly facts?: Partial<Omit<DeploymentFacts, 'provider' | 'providerConstruct'>>;
}

/**
 * L2: the base every provider library extends (Bedrock, Gemini, ...).
 *
 * The contract:
 * - `providerName` is LiteLLM's provider prefix; every deployment the provider creates has
 *   `litellm_params.model = <providerName>/[<route>/]<modelId>`.
 * - A provider creates deployments only through `addDeployment(group, id, spec)`, which records the
 *   deployment's `DeploymentFacts` (provider, model id, region, geography, credential set, catalog entry,
 *   and the provider construct), so aspects and policy rules read facts instead of parsing strings.
 * - Credentials are `Secret`s; a provider never renders a credential as plain text.
 * - Groups a provider creates (`createGroup`) live below the provider, so aspects added to the provider
 *   reach exactly its models; a provider may also add deployments to a group created elsewhere.
 * - Mutating work that depends on the whole tree (expanding regions, variants) belongs in aspects of
 *   priority `AspectPriority.MUTATING`, added by the provider to itself.
 */
export abstract class Provider extends Construct {
  /** Whether `x` is a `Provider`, from this or any other copy of the library. */
  public static isProvider(x: unknown): x is Provider {
    return typeof x === 'object' && x !== null && PROVIDER_SYMBOL in x;
  }

  /** The provider that created `deployment`, if a provider did. */
  public static of(deployment: ModelDeployment): Provider | undefined {
    const owner = deployment.facts.providerConstruct;
    return owner && Provider.isProvider(owner) ? owner : undefined;
  }

  /** LiteLLM's provider name: the prefix of `litellm_params.model` (`bedrock`, `gemini`, `vertex_ai`, ...). */
  public abstract readonly providerName: string;

  private readonly variantsByGroup = new Map<ModelGroup, readonly ThinkingVariant[]>();

  protected constructor(scope: Construct, id: string) {
    super(scope, checkedId(scope, id, new.target.name));
    Object.defineProperty(this, PROVIDER_SYMBOL, { value: true });
  }

  /** Every deployment this provider created, wherever its group is, in tree order. */
  public get deployments(): ModelDeployment[] {
    return this.node.root.node
      .findAll()
      .filter((c): c is ModelDeployment => ModelDeployment.isModelDeployment(c) && c.facts.providerConstruct === this);
  }

  /** Creates a group below this provider. */
  protected createGroup(id: string, props: ModelGroupProps = {}): ModelGroup {
    return new ModelGroup(this, id, props);
  }

  /** Creates a deployment of `group` served by this provider and records what the provider knows about it. */
  protected addDeployment(group: ModelGroup, id: string, spec: ProviderDeploymentSpec): ModelDeployment {
    const model = [this.providerName, spec.route, spec.modelId].filter(Boolean).join('/');
    const facts: DeploymentFacts = {
      catalogEntry: lookupModel(model),
      ...spec.facts,
      provider: this.providerName,
      modelId: spec.modelId,
      providerConstruct: this,
    };
    return group.addDeployment(id, {
      litellmParams: { model, ...spec.litellmParams },
      modelInfo: spec.modelInfo,
      facts,
    });
  }

  /** The thinking variants created for `group` (see `addThinkingVariants`), in the order of their budgets. */
  public thinkingVariantsOf(group: ModelGroup): readonly ThinkingVariant[] {
    return this.variantsByGroup.get(group) ?? [];
  }

  /** The thinking variant of `group` with `budgetTokens`; throws, naming the budgets there are, when it has none. */
  public thinkingVariant(group: ModelGroup, budgetTokens: number): ModelGroup {
    const variants = this.thinkingVariantsOf(group);
    const found = variants.find((variant) => variant.budgetTokens === budgetTokens);
    if (!found) {
      const budgets = variants.map((variant) => variant.budgetTokens).join(', ') || 'none';
      throw new Error(
        `[${group.node.path}] has no thinking variant with budget ${budgetTokens}; its budgets: ${budgets}.`,
      );
    }
    return found.group;
  }

  /**
   * Creates one group per budget beside `group` (named by `naming`, with `props`), lets `declare` give each its
   * deployments (`thinking: {type: enabled, budget_tokens}`), and records them for `thinkingVariantsOf()`.
   */
  protected addThinkingVariants(
    group: ModelGroup,
    budgets: readonly number[],
    naming: ThinkingVariantNaming,
    declare: (variant: ModelGroup, budgetTokens: number) => void,
    props: Omit<ModelGroupProps, 'modelName'> = {},
  ): readonly ThinkingVariant[] {
    const variants = planThinkingVariants(group, budgets, naming).map(
      ({ budgetTokens, modelName }): ThinkingVariant => {
        const variant = this.createGroup(modelName, { ...props, modelName });
        declare(variant, budgetTokens);
        return { budgetTokens, group: variant };
      },
    );
    this.variantsByGroup.set(group, variants);
    return variants;
  }

  /**
   * The `model_info.mode` to write: the one given (`mode`, else `modelInfo.mode`), else the catalog's when it is not
   * `chat`, LiteLLM's default (writing `chat` everywhere would only add noise).
   */
  protected modeToWrite(options: ModeOptions, catalogMode: string | undefined): ModelMode | undefined {
    const given = options.mode ?? (typeof options.modelInfo?.mode === 'string' ? options.modelInfo.mode : undefined);
    if (given) return given;
    return catalogMode && catalogMode !== 'chat' ? catalogMode : undefined;
  }

  /**
   * The scope of this provider's finding ids (`<scope>/<kebab-name>`): its `providerName` in kebab-case, so that
   * `azure_ai` reports `azure-ai/model-not-in-catalog`.
   */
  protected get findingScope(): string {
    return this.providerName.replaceAll('_', '-');
  }

  /**
   * Warns, on `group`, that the provider's catalog does not list `model`, with the listed ids that look alike: the
   * same finding, severity and wording in every provider (`<findingScope>/model-not-in-catalog`).
   */
  protected warnModelNotInCatalog(group: ModelGroup, notListed: ModelNotInCatalog): void {
    const suggestion = didYouMean(notListed.modelId, notListed.listedIds);
    Annotations.of(group).addWarning(
      notListed.findingId ?? `${this.findingScope}/model-not-in-catalog`,
      `${notListed.model} is not in the ${notListed.catalogName} model catalog (LiteLLM model map ${CATALOG_VERSION}), so ` +
        `its ${notListed.unchecked ?? 'mode, limits and reasoning support'} are not checked.${suggestion}`,
      (notListed.hint ??
        'Check the model id for typos; if the provider serves it, acknowledge this finding with a reason') +
        (notListed.modeHint ?? ' (and set mode when it is not a chat model).'),
    );
  }
}

/** What `Provider.modeToWrite()` reads from a provider's `addModel()` options. */
export interface ModeOptions {
  readonly mode?: ModelMode;
  readonly modelInfo?: { readonly mode?: unknown };
}

/** A model the provider's catalog does not list, for `Provider.warnModelNotInCatalog()`. */
export interface ModelNotInCatalog {
  /** The model as LiteLLM sees it (`gemini/gemini-2.5-flahs`), for the message. */
  readonly model: string;
  /** The id as given to `addModel()`, compared with the listed ids. */
  readonly modelId: string;
  /** The catalog's name in messages (`Bedrock`, `Google AI Studio`). */
  readonly catalogName: string;
  /**
   * The finding's id.
   * @default `<findingScope>/model-not-in-catalog`
   */
  readonly findingId?: string;
  /** The ids the catalog lists, for "did you mean". */
  readonly listedIds: Iterable<string>;
  /**
   * What cannot be checked.
   * @default 'mode, limits and reasoning support'
   */
  readonly unchecked?: string;
  /**
   * The hint, before the part about the mode.
   * @default 'Check the model id for typos; if the provider serves it, acknowledge this finding with a reason'
   */
  readonly hint?: string;
  /**
   * The end of the hint, after "acknowledge this finding with a reason".
   * @default ' (and set mode when it is not a chat model).'
   */
  readonly modeHint?: string;
}
