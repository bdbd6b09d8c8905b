import type { Construct, IConstruct } from 'constructs';
import { lookupModel, type CatalogEntry } from '../catalog/index.js';
import { inferProvider } from '../catalog/index.js';
import { Secret, type SecretOr } from '../secrets/secret.js';
import { ConfigElement, type Contribution } from './config-element.js';
import { requirePlainString } from './_plain-string.js';

const MODEL_DEPLOYMENT_SYMBOL = Symbol.for('@litellm-cdk/core.ModelDeployment');

/** `litellm_params` of a deployment: LiteLLM's keys; credentials may be secrets. Unknown keys pass through. */
export interface LitellmParams {
  /** `<provider>/<model id>`, e.g. `bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0`. */
  readonly model: string;
  readonly api_key?: SecretOr<string>;
  readonly api_base?: SecretOr<string>;
  readonly api_version?: SecretOr<string>;
  readonly aws_access_key_id?: SecretOr<string>;
  readonly aws_secret_access_key?: SecretOr<string>;
  readonly aws_session_token?: SecretOr<string>;
  readonly aws_region_name?: SecretOr<string>;
  readonly vertex_project?: SecretOr<string>;
  readonly vertex_location?: SecretOr<string>;
  readonly vertex_credentials?: SecretOr<string> | Record<string, unknown>;
  readonly rpm?: number;
  readonly tpm?: number;
  readonly weight?: number;
  readonly order?: number;
  readonly tags?: readonly string[];
  readonly thinking?: { readonly type: 'enabled' | 'adaptive' | 'disabled'; readonly budget_tokens?: number };
  readonly reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high' | 'none';
  readonly cache_control_injection_points?: readonly CacheControlInjectionPoint[];
  readonly [key: string]: unknown;
}

/** One `cache_control_injection_points` item. */
export interface CacheControlInjectionPoint {
  readonly location: 'message' | 'tool_config';
  readonly role?: 'system' | 'user' | 'assistant';
  readonly index?: number;
  readonly control?: { readonly type: 'ephemeral'; readonly ttl?: '5m' | '1h' };
}

/** `model_info` of a deployment. Unknown keys pass through. */
export interface ModelInfo {
  /** Unique per deployment; LiteLLM silently keeps the last of two equal ids. */
  readonly id?: string;
  readonly mode?: string;
  readonly base_model?: string;
  readonly max_tokens?: number;
  readonly max_input_tokens?: number;
  readonly max_output_tokens?: number;
  readonly [key: string]: unknown;
}

/**
 * What the code that created a deployment knows about it, so aspects and policy rules need not parse strings.
 * Provider libraries fill it in; for a bare L1 deployment it is derived from `litellm_params.model`.
 */
export interface DeploymentFacts {
  /** LiteLLM's provider name (`bedrock`, `gemini`, `vertex_ai`, `openai`, ...). */
  readonly provider: string;
  /** The model id without provider prefix and route, as the provider knows it (`eu.anthropic.claude-...`). */
  readonly modelId: string;
  /** The model id without a cross-region profile prefix, when different (`anthropic.claude-...`). */
  readonly baseModelId?: string;
  /** The region the deployment calls, when it is known at synth (a literal, not a secret). */
  readonly region?: string;
  /** The region as configured, literal or secret. */
  readonly regionValue?: SecretOr<string>;
  /** The geography of a cross-region profile (`eu`, `us`, `global`, ...). */
  readonly geography?: string;
  /** Which credential set of the provider the deployment uses, when the provider has several. */
  readonly credentialSet?: string;
  /** The model's catalog entry, when the catalog lists it. */
  readonly catalogEntry?: CatalogEntry;
  /** The provider construct that created the deployment. */
  readonly providerConstruct?: IConstruct;
}

/** Props of a `ModelDeployment`: one `model_list` entry, with LiteLLM's keys. */
export interface ModelDeploymentProps {
  /** The model group (`model_name`) the deployment serves. */
  readonly model_name: string;
  readonly litellm_params: LitellmParams;
  /** @default - no model_info */
  readonly model_info?: ModelInfo;
  /**
   * What is known about the deployment.
   * @default - derived from `litellm_params.model` and the model catalog
   */
  readonly facts?: DeploymentFacts;
}

/** L1: one `model_list` entry. Usually created by a `ModelGroup` or a `Provider`, not directly. */
export class ModelDeployment extends ConfigElement {
  /** Whether `x` is a `ModelDeployment`, from this or any other copy of the library. */
  public static isModelDeployment(x: unknown): x is ModelDeployment {
    return typeof x === 'object' && x !== null && MODEL_DEPLOYMENT_SYMBOL in x;
  }

  /** Every deployment at or below `scope`, in tree order. */
  public static all(scope: IConstruct): ModelDeployment[] {
    return scope.node.findAll().filter(ModelDeployment.isModelDeployment);
  }

  /** The model group this deployment serves. */
  public readonly modelName: string;
  private params: Record<string, unknown>;
  private info: Record<string, unknown> | undefined;
  private readonly givenFacts: DeploymentFacts | undefined;

  public constructor(scope: Construct, id: string, props: ModelDeploymentProps) {
    super(scope, id);
    Object.defineProperty(this, MODEL_DEPLOYMENT_SYMBOL, { value: true });
    requirePlainString(this, 'model_name', props.model_name);
    requirePlainString(this, 'litellm_params.model', props.litellm_params?.model);
    this.modelName = props.model_name;
    this.params = { ...props.litellm_params };
    this.info = props.model_info ? { ...props.model_info } : undefined;
    this.givenFacts = props.facts;
  }

  /** `litellm_params` as it stands (a copy; change it with `setParam`). */
  public get litellmParams(): LitellmParams {
    return { ...this.params } as LitellmParams;
  }

  /** `model_info` as it stands (a copy; change it with `setModelInfo`). */
  public get modelInfo(): ModelInfo | undefined {
    return this.info ? { ...this.info } : undefined;
  }

  /** The `litellm_params.model` string. */
  public get model(): string {
    return this.params.model as string;
  }

  /** What is known about the deployment: given by its provider, or derived from its model string. */
  public get facts(): DeploymentFacts {
    if (this.givenFacts) return this.givenFacts;
    const model = this.model;
    const customProvider = typeof this.params.custom_llm_provider === 'string' ? this.params.custom_llm_provider : undefined;
    const region = this.params.aws_region_name ?? this.params.vertex_location;
    return {
      provider: inferProvider(model, customProvider) ?? 'unknown',
      modelId: model.includes('/') ? model.slice(model.indexOf('/') + 1) : model,
      region: typeof region === 'string' ? region : undefined,
      regionValue: typeof region === 'string' || Secret.isSecret(region) ? region : undefined,
      catalogEntry: lookupModel(model, customProvider),
    };
  }

  /** Sets (or, with `undefined`, removes) one `litellm_params` key. */
  public setParam(key: string, value: unknown): void {
    this.assertMutable('setParam');
    if (key === 'model') {
      if (value === undefined) throw new Error(`[${this.node.path}] litellm_params.model cannot be removed: every deployment names its model.`);
      requirePlainString(this, 'litellm_params.model', value);
    }
    this.params = withKey(this.params, key, value);
  }

  /** Sets (or, with `undefined`, removes) one `model_info` key. */
  public setModelInfo(key: string, value: unknown): void {
    this.assertMutable('setModelInfo');
    this.info = withKey(this.info ?? {}, key, value);
  }

  protected contribute(): Contribution {
    const value: Record<string, unknown> = { model_name: this.modelName, litellm_params: this.params };
    if (this.info && Object.keys(this.info).length > 0) value.model_info = this.info;
    return { kind: 'item', section: 'model_list', value };
  }
}

function withKey(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...record };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
