import {
  defaultThinkingVariantName,
  Provider,
  type DeploymentFacts,
  type GeminiLitellmParams,
  type LitellmParamsWithoutModel,
  type VertexLitellmParams,
  type ModelGroup,
  type ThinkingVariantNaming,
} from '@litellm-cdk/core';
import type { Construct } from 'constructs';
import { GOOGLE_FINDING_IDS } from './findings.js';
import type { GoogleModelOptions, GoogleProviderProps } from './model-options.js';
import { GoogleModels, type GoogleModelSpec } from './models.js';

/** One deployment every model of a provider gets: one per API key (AI Studio), one per project (Vertex AI). */
export interface DeploymentTarget {
  /** The deployment's construct id below each group; stable and readable (`GEMINI_API_KEY_1`, `us-central1`). */
  readonly id: string;
  /** Credentials and location of the deployment. */
  readonly litellmParams: LitellmParamsWithoutModel<GeminiLitellmParams | VertexLitellmParams>;
  /** Region and credential set, as far as known. */
  readonly facts?: Pick<DeploymentFacts, 'region' | 'regionValue' | 'credentialSet'>;
}

/** A model catalog of one provider, under the name messages use for it. */
export interface ModelCatalogView {
  readonly name: string;
  find(id: string): GoogleModelSpec | undefined;
  /** Every id the catalog lists. */
  ids(): readonly string[];
}

/** The LiteLLM prefixes of Google's providers, which a model id given to `addModel()` must not start with. */
const GOOGLE_PROVIDER_PREFIXES = ['gemini', 'vertex_ai'] as const;

/** The Google AI Studio catalog (`gemini/`). */
export const GEMINI_CATALOG: ModelCatalogView = {
  name: 'Google AI Studio',
  find: (id) => GoogleModels.gemini(id),
  ids: () => GoogleModels.geminiIds(),
};

/** The Vertex AI catalog (`vertex_ai/`). */
export const VERTEX_CATALOG: ModelCatalogView = {
  name: 'Vertex AI',
  find: (id) => GoogleModels.vertex(id),
  ids: () => GoogleModels.vertexIds(),
};

/**
 * What Google AI Studio and Vertex AI share: `addModel()` with rate limits, embedding mode, reasoning effort and
 * thinking variants, checked against the catalog. A subclass says which catalog applies and which deployments
 * (keys, projects) every model gets.
 */
export abstract class GoogleModelProvider<TModelId extends string> extends Provider {
  /** The catalog the provider's model ids are checked against. */
  protected abstract readonly catalog: ModelCatalogView;
  /** The other Google catalog, consulted for hints about ids this one does not list. */
  protected abstract readonly relatedCatalog: ModelCatalogView;
  private readonly thinkingVariantName: ThinkingVariantNaming;

  protected constructor(scope: Construct, id: string, props: GoogleProviderProps) {
    super(scope, id);
    this.thinkingVariantName = props.thinkingVariantName ?? defaultThinkingVariantName;
  }

  /**
   * Serves `options.model` as the model group `name`: one deployment per credential set of the provider, plus one
   * group per thinking budget (see `thinkingVariantsOf`).
   * @returns the group named `name`
   */
  public addModel(name: string, options: GoogleModelOptions<TModelId>): ModelGroup {
    this.assertUnprefixed(name, options.model);
    const spec = this.catalog.find(options.model);
    const mode = this.modeToWrite(options, spec?.mode);
    const group = this.createGroup(name, { modelName: name, mode });
    if (!spec) {
      const elsewhere = this.relatedCatalog.find(options.model);
      const modeHint =
        mode !== undefined
          ? '.'
          : elsewhere?.mode && elsewhere.mode !== 'chat'
            ? `. The ${this.relatedCatalog.name} catalog lists it with mode '${elsewhere.mode}': if that holds here too, set mode: '${elsewhere.mode}'.`
            : '. If it is not a chat model, set mode.';
      this.warnModelNotInCatalog(group, {
        findingId: GOOGLE_FINDING_IDS.modelNotInCatalog,
        model: `${this.providerName}/${options.model}`,
        modelId: options.model,
        catalogName: this.catalog.name,
        listedIds: this.catalog.ids(),
        modeHint,
      });
    }
    this.addDeployments(group, options, spec, mode, { reasoning_effort: options.reasoningEffort });
    const naming = options.thinkingVariantName ?? this.thinkingVariantName;
    this.addThinkingVariants(
      group,
      options.thinkingBudgets ?? [],
      naming,
      (variant, budgetTokens) =>
        this.addDeployments(variant, options, spec, mode, {
          thinking: { type: 'enabled', budget_tokens: budgetTokens },
        }),
      { mode },
    );
    return group;
  }

  /** The deployments every model gets, in order. */
  protected abstract deploymentTargets(): readonly DeploymentTarget[];

  /** The provider adds its own prefix (`gemini/`, `vertex_ai/`); one written by hand would be doubled. */
  private assertUnprefixed(name: string, model: string): void {
    const prefix = [...new Set([this.providerName, ...GOOGLE_PROVIDER_PREFIXES])].find((p) =>
      model.startsWith(`${p}/`),
    );
    if (prefix === undefined) return;
    const bare = model.slice(prefix.length + 1);
    throw new Error(
      `[${this.node.path}/${name}] model '${model}' must be a model id without a provider prefix: write ` +
        `model: '${bare}' (the provider adds '${this.providerName}/' itself).`,
    );
  }

  private addDeployments(
    group: ModelGroup,
    options: GoogleModelOptions<TModelId>,
    spec: GoogleModelSpec | undefined,
    mode: string | undefined,
    features: LitellmParamsWithoutModel<GeminiLitellmParams | VertexLitellmParams>,
  ): void {
    // The resolved mode wins over modelInfo.mode, so the group and its deployments agree.
    const modelInfo = withoutUndefined({ ...options.modelInfo, mode });
    for (const target of this.deploymentTargets()) {
      this.addDeployment(group, target.id, {
        modelId: options.model,
        litellmParams: withoutUndefined({ ...target.litellmParams, rpm: options.rpm, tpm: options.tpm, ...features }),
        modelInfo: Object.keys(modelInfo).length > 0 ? modelInfo : undefined,
        facts: { ...target.facts, ...(spec ? { catalogEntry: spec } : {}) },
      });
    }
  }
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
