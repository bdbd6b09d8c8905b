import {
  AspectPriority,
  Aspects,
  CacheControlInjection,
  defaultThinkingVariantName,
  isBedrockGeography,
  parseBedrockModel,
  Provider,
  type BedrockLitellmParams,
  type LitellmParamsWithoutModel,
  type ModelGroup,
  type ModelInfo,
  type ThinkingVariantNaming,
} from '@litellm-cdk/core';
import type { Construct } from 'constructs';
import { declarationOf, declareModel, type ProviderSettings } from './_declaration.js';
import { CrisExpansion } from './aspects/cris-expansion.js';
import { nameCredentialSets, type BedrockCredentialSet, type NamedCredentialSet } from './credentials.js';
import type { BedrockModelOptions, RegionalFallbackOptions } from './model-options.js';
import { BEDROCK_FINDING_IDS } from './findings.js';
import { BedrockModels, type BedrockModelSpec } from './models.js';
import { isRegionalGeography, type BedrockRegions } from './regions.js';

const BEDROCK_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/bedrock.BedrockProvider');

/** Props of a `BedrockProvider`. */
export interface BedrockProviderProps {
  /**
   * AWS credential sets. Every model gets one deployment per set and geography, so LiteLLM balances requests
   * across accounts. Give the values as secrets (`Secret.env(...)`).
   * @default - none: LiteLLM uses the credentials of the proxy's environment (instance role, IRSA, AWS_* variables)
   */
  readonly credentials?: readonly BedrockCredentialSet[];
  /**
   * The region each geography's deployments call Bedrock in: a literal region, checked against the geography, or
   * a secret.
   * @default - `os.environ/AWS_REGION_NAME_<GEOGRAPHY>` for each geography a model uses (`AWS_REGION_NAME_EU`)
   */
  readonly regions?: BedrockRegions;
  /**
   * Names thinking variants of every model (a model's own `thinkingVariantName` wins).
   * @default - `<modelName>-think-<budget>`
   */
  readonly thinkingVariantName?: ThinkingVariantNaming;
}

/**
 * AWS Bedrock (LiteLLM's `bedrock/` provider), with cross-region inference, several credential sets and thinking
 * variants:
 *
 * ```ts
 * const bedrock = new BedrockProvider(config, 'bedrock', {
 *   credentials: [BedrockCredentials.fromEnvironment()],
 *   regions: { eu: 'eu-central-1', us: 'us-east-1' },
 * });
 * const claude = bedrock.addModel('claude-3-7-sonnet', {
 *   model: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
 *   geographies: ['eu', 'us'],
 *   thinkingBudgets: [4096],
 * });
 * ```
 *
 * `addModel` creates the groups at once (the model's, and one per thinking budget); the `CrisExpansion` aspect fills
 * them with deployments at synth (one per geography and credential set), so credential sets added later count too.
 */
export class BedrockProvider extends Provider {
  /** Whether `x` is a `BedrockProvider`, from this or any other copy of the library. */
  public static isBedrockProvider(x: unknown): x is BedrockProvider {
    return typeof x === 'object' && x !== null && BEDROCK_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'bedrock';
  /** The region map as given (geographies it does not name use `os.environ/AWS_REGION_NAME_<GEOGRAPHY>`). */
  public readonly regions: BedrockRegions;
  private readonly credentialList: BedrockCredentialSet[];
  private readonly thinkingVariantName: ThinkingVariantNaming;
  private readonly declaredGroups = new Set<ModelGroup>();

  public constructor(scope: Construct, id: string, props: BedrockProviderProps = {}) {
    super(scope, id);
    Object.defineProperty(this, BEDROCK_PROVIDER_SYMBOL, { value: true });
    for (const key of Object.keys(props.regions ?? {})) {
      if (!isRegionalGeography(key)) {
        throw new Error(
          `[${this.node.path}] regions has the key '${key}'; the keys are geographies: us, eu, apac, jp, au, us-gov` +
            (key === 'global' ? " (a global profile is called from these regions: see addModel's globalFrom)." : '.'),
        );
      }
    }
    this.regions = { ...props.regions };
    this.credentialList = [...(props.credentials ?? [])];
    nameCredentialSets(this.credentialList, this.node.path);
    this.thinkingVariantName = props.thinkingVariantName ?? defaultThinkingVariantName;
    Aspects.of(this).add(new CrisExpansion(), { priority: AspectPriority.MUTATING });
  }

  /** The credential sets with their names (`creds<N>` unless named), in order; empty for environment credentials. */
  public get credentialSets(): readonly NamedCredentialSet[] {
    return nameCredentialSets(this.credentialList, this.node.path);
  }

  /** Adds a credential set: every model, also those added before, gets deployments with it at synth. */
  public addCredentialSet(set: BedrockCredentialSet): void {
    if (this.node.locked) throw new Error(`[${this.node.path}] Cannot add a credential set after the tree is locked.`);
    nameCredentialSets([...this.credentialList, set], this.node.path);
    this.credentialList.push(set);
  }

  /**
   * Serves `options.model` as the model group `name`, and one group per thinking budget (see
   * `thinkingVariantsOf`). The deployments are created at synth by the `CrisExpansion` aspect.
   * @returns the group named `name`
   */
  public addModel(name: string, options: BedrockModelOptions): ModelGroup {
    const parsed = parseBedrockModel(options.model);
    if (parsed.arn || parsed.route || options.model.startsWith('bedrock/')) {
      throw new Error(
        `[${this.node.path}/${name}] model '${options.model}' must be a Bedrock model id such as ` +
          "'anthropic.claude-3-7-sonnet-20250219-v1:0', without 'bedrock/', a route (use the route option) or an ARN.",
      );
    }
    for (const geography of [...(options.geographies ?? []), ...(options.globalFrom ?? [])]) {
      if (!isBedrockGeography(geography)) {
        throw new Error(
          `[${this.node.path}/${name}] '${geography}' is not a geography: use global, us, eu, apac, jp, au or us-gov.`,
        );
      }
    }
    const spec = BedrockModels.find(options.model);
    const mode = this.modeToWrite(options, spec?.mode);
    const group = this.createGroup(name, { modelName: name, ...(mode ? { mode } : {}) });
    if (!spec) {
      this.warnModelNotInCatalog(group, {
        findingId: BEDROCK_FINDING_IDS.modelNotInCatalog,
        model: options.model,
        modelId: parsed.baseId,
        catalogName: 'Bedrock',
        listedIds: BedrockModels.ids(),
        unchecked: 'cross-region profiles, mode, limits and reasoning support',
      });
    }
    this.declare(group, options, spec, { reasoning_effort: options.reasoningEffort });
    const naming = options.thinkingVariantName ?? this.thinkingVariantName;
    this.addThinkingVariants(
      group,
      options.thinkingBudgets ?? [],
      naming,
      (variant, budgetTokens) =>
        this.declare(variant, options, spec, { thinking: { type: 'enabled', budget_tokens: budgetTokens } }),
      mode ? { mode } : {},
    );
    this.declaredGroups.add(group);
    return group;
  }

  /**
   * Serves the model of `group` once more, in other geographies, as a group of its own that `group` falls back to
   * (and each thinking variant to its counterpart). Call it on the returned group to extend the chain:
   *
   * ```ts
   * const us = bedrock.addRegionalFallback(claudeEu, { geographies: ['us'], name: 'claude-us' });
   * ```
   * @returns the fallback group
   */
  public addRegionalFallback(group: ModelGroup, options: RegionalFallbackOptions): ModelGroup {
    const declaration = declarationOf(group);
    if (!declaration || !this.declaredGroups.has(group)) {
      throw new Error(
        `[${group.node.path}] addRegionalFallback() takes a group that this provider's addModel() returned.`,
      );
    }
    const name = options.name ?? `${group.modelName}-${options.geographies.join('-')}`;
    const fallback = this.addModel(name, {
      ...declaration.options,
      model: declaration.parsed.baseId,
      geographies: options.geographies,
    });
    group.fallbackTo(fallback);
    const counterparts = this.thinkingVariantsOf(fallback);
    for (const [index, variant] of this.thinkingVariantsOf(group).entries())
      variant.group.fallbackTo(counterparts[index].group);
    return fallback;
  }

  private declare(
    group: ModelGroup,
    options: BedrockModelOptions,
    spec: BedrockModelSpec | undefined,
    features: LitellmParamsWithoutModel<BedrockLitellmParams>,
  ): void {
    const parsed = parseBedrockModel(options.model);
    declareModel({
      group,
      options,
      parsed,
      ...(spec ? { spec } : {}),
      ...(options.geographies ? { geographies: options.geographies } : {}),
      crossRegion: options.crossRegion ?? true,
      ...(options.globalFrom ? { globalFrom: options.globalFrom } : {}),
      ...(options.route ? { route: options.route } : {}),
      litellmParams: withoutUndefined({ rpm: options.rpm, tpm: options.tpm, ...features }),
      ...modelInfoWithoutMode(options),
      settings: (): ProviderSettings => ({ credentialSets: this.credentialSets, regions: this.regions }),
      deploy: (id, deploymentSpec) => this.addDeployment(group, id, deploymentSpec),
    });
    if (options.promptCaching === true) {
      Aspects.of(group).add(CacheControlInjection.forRoles(['system']), { priority: AspectPriority.MUTATING });
    } else if (options.promptCaching === false) {
      CacheControlInjection.optOut(group, 'promptCaching: false');
    } else if (options.promptCaching) {
      Aspects.of(group).add(new CacheControlInjection(options.promptCaching), { priority: AspectPriority.MUTATING });
    }
  }
}

/** `modelInfo` without `mode`, which the group writes (as resolved by `modeToWrite`), so the two cannot disagree. */
function modelInfoWithoutMode(options: BedrockModelOptions): { modelInfo?: ModelInfo } {
  const { mode: _mode, ...rest } = options.modelInfo ?? {};
  return Object.keys(rest).length > 0 ? { modelInfo: rest } : {};
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
