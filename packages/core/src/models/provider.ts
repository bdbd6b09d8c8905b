import { Construct } from 'constructs';
import { ModelDeployment, type DeploymentFacts, type LitellmParams, type ModelInfo } from '../config/model-deployment.js';
import { lookupModel } from '../catalog/index.js';
import { ModelGroup, type ModelGroupProps } from './model-group.js';
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
  readonly litellmParams?: Omit<LitellmParams, 'model'>;
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

  protected constructor(scope: Construct, id: string) {
    super(scope, checkedId(scope, id, new.target.name));
    Object.defineProperty(this, PROVIDER_SYMBOL, { value: true });
  }

  /** Every deployment this provider created, wherever its group is, in tree order. */
  public get deployments(): ModelDeployment[] {
    return this.node.root.node.findAll().filter((c): c is ModelDeployment => ModelDeployment.isModelDeployment(c) && c.facts.providerConstruct === this);
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
    return group.addDeployment(id, { litellmParams: { model, ...spec.litellmParams }, modelInfo: spec.modelInfo, facts });
  }
}

