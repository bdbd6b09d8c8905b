import type { Construct, IConstruct } from 'constructs';
import { lookupModel, type CatalogEntry } from '../catalog/index.js';
import { inferProvider } from '../catalog/index.js';
import { Secret, type SecretOr } from '../secrets/secret.js';
import type { AWS_LITELLM_PARAM_KEYS, AZURE_LITELLM_PARAM_KEYS } from './schemas/litellm-params-keys.js';
import type { LitellmParamsSchema } from './schemas/model-list.js';
import type {
  CACHE_CONTROL_TYPES,
  CacheControlLocation,
  CacheControlRole,
  CacheControlTtl,
} from './schemas/vocabulary.js';
import type { SchemaProps } from './schema-props.js';
import { ConfigElement, type Contribution } from './config-element.js';
import { requirePlainString } from './_plain-string.js';

const MODEL_DEPLOYMENT_SYMBOL = Symbol.for('@litellm-cdk/core.ModelDeployment');

/** The derived keys; `model` is a plain string, and the injection points keep their own readable type. */
type DerivedLitellmParams = SchemaProps<typeof LitellmParamsSchema, 'model' | 'cache_control_injection_points'>;

/**
 * `litellm_params` of a deployment, as core's schema types them (`LitellmParamsSchema`): the keys LiteLLM reads for
 * every provider, a secret wherever the file may hold a string; `model` is a plain string. Other keys pass through;
 * synth warns about one that looks like a key the provider reads (`core/unknown-litellm-param`). The keys of one
 * provider are typed by its own interface ({@link BedrockLitellmParams}, {@link VertexLitellmParams},
 * {@link AzureLitellmParams}).
 */
export interface LitellmParams extends DerivedLitellmParams {
  /** `<provider>/<model id>`, e.g. `bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0`. */
  readonly model: string;
  readonly cache_control_injection_points?: readonly CacheControlInjectionPoint[];
}

/**
 * `litellm_params` without `model`, which the provider writes: what a provider's endpoint or credential set adds.
 * (`Omit<LitellmParams, 'model'>` would keep only the index signature and lose every typed key.)
 */
export type LitellmParamsWithoutModel<TParams extends LitellmParams = LitellmParams> = {
  readonly [K in keyof TParams as K extends 'model' ? never : K]: TParams[K];
};

/** Keys whose value is a string or a secret, by name. */
type SecretStrings<K extends string> = { readonly [P in K]?: SecretOr<string> };

/** The AWS credentials LiteLLM's AWS providers read (`AWS_LITELLM_PARAM_KEYS`). */
export interface AwsCredentialLitellmParams
  extends SecretStrings<Exclude<(typeof AWS_LITELLM_PARAM_KEYS)[number], 'aws_session_tags'>> {
  /** Tags of the assumed role's session. */
  readonly aws_session_tags?: readonly { readonly Key: string; readonly Value: string }[];
}

/** `litellm_params` of a Bedrock deployment (`PROVIDER_LITELLM_PARAM_KEYS.bedrock`). */
export interface BedrockLitellmParams extends LitellmParams, AwsCredentialLitellmParams {
  /** An ARN or inference profile to call instead of the model id. */
  readonly model_id?: SecretOr<string>;
}

/** `litellm_params` of a Vertex AI deployment (`VERTEX_LITELLM_PARAM_KEYS`). */
export interface VertexLitellmParams extends LitellmParams, SecretStrings<'vertex_project' | 'vertex_location'> {
  /** A service account: the path of its `.json` file, its JSON as a string, or an object. */
  readonly vertex_credentials?: SecretOr<string> | Record<string, unknown>;
  /** Gemini's safety settings, `[{category, threshold}]`. */
  readonly safety_settings?: readonly Readonly<Record<string, unknown>>[];
}

/** `litellm_params` of a Google AI Studio deployment (`PROVIDER_LITELLM_PARAM_KEYS.gemini`). */
export interface GeminiLitellmParams extends LitellmParams {
  /** Gemini's safety settings, `[{category, threshold}]`. */
  readonly safety_settings?: readonly Readonly<Record<string, unknown>>[];
}

/** `litellm_params` of an Azure OpenAI or Azure AI deployment, with Entra ID sign-in (`AZURE_LITELLM_PARAM_KEYS`). */
export interface AzureLitellmParams extends LitellmParams, SecretStrings<(typeof AZURE_LITELLM_PARAM_KEYS)[number]> {}

/** One `cache_control_injection_points` item. */
export interface CacheControlInjectionPoint {
  readonly location: CacheControlLocation;
  readonly role?: CacheControlRole;
  readonly index?: number;
  readonly control?: { readonly type: (typeof CACHE_CONTROL_TYPES)[number]; readonly ttl?: CacheControlTtl };
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

/** The provider of a deployment whose model string names none LiteLLM knows. */
export const UNKNOWN_PROVIDER = 'unknown';

/**
 * What the code that created a deployment knows about it, so aspects and policy rules need not parse strings.
 * Provider libraries fill it in; for a bare L1 deployment it is derived from `litellm_params.model`.
 */
export interface DeploymentFacts {
  /** LiteLLM's provider name (`bedrock`, `gemini`, `vertex_ai`, `openai`, ...), else {@link UNKNOWN_PROVIDER}. */
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
  /** How to call the deployment: the provider's model, credentials, limits (see {@link LitellmParams}). */
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
    const customProvider =
      typeof this.params.custom_llm_provider === 'string' ? this.params.custom_llm_provider : undefined;
    const region = this.params.aws_region_name ?? this.params.vertex_location;
    return {
      provider: inferProvider(model, customProvider) ?? UNKNOWN_PROVIDER,
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
      if (value === undefined)
        throw new Error(
          `[${this.node.path}] litellm_params.model cannot be removed: every deployment names its model.`,
        );
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
