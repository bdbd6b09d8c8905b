// What addModel() records about a group, for the CrisExpansion aspect to turn into deployments at synth.
import type {
  BedrockGeography,
  BedrockModel,
  BedrockLitellmParams,
  LitellmParamsWithoutModel,
  ModelDeployment,
  ModelGroup,
  ModelInfo,
  ProviderDeploymentSpec,
} from '@litellm-cdk/core';
import type { NamedCredentialSet } from './credentials.js';
import type { BedrockApiRoute, BedrockModelOptions } from './model-options.js';
import type { BedrockModelSpec } from './models.js';
import type { BedrockRegions, RegionalGeography } from './regions.js';

/** The provider's credentials and regions as they stand when the aspect runs. */
export interface ProviderSettings {
  /** The credential sets, or an empty list for the credentials of the proxy's environment. */
  readonly credentialSets: readonly NamedCredentialSet[];
  readonly regions: BedrockRegions;
}

/** One group's model, as declared with addModel() (a thinking variant has a declaration of its own). */
export interface ModelDeclaration {
  readonly group: ModelGroup;
  /** The options given to addModel(), kept for addRegionalFallback(). */
  readonly options: BedrockModelOptions;
  /** The model id taken apart (profile geography, base id). */
  readonly parsed: BedrockModel;
  readonly spec?: BedrockModelSpec;
  readonly geographies?: readonly BedrockGeography[];
  readonly crossRegion: boolean;
  readonly globalFrom?: readonly RegionalGeography[];
  readonly route?: BedrockApiRoute;
  /** Limits and features of every deployment of the group: rpm, tpm, thinking or reasoning_effort. */
  readonly litellmParams: LitellmParamsWithoutModel<BedrockLitellmParams>;
  readonly modelInfo?: ModelInfo;
  /** Reads the provider's settings (at synth, so that later changes count). */
  readonly settings: () => ProviderSettings;
  /** Creates a deployment of the group through the provider, which records its facts. */
  readonly deploy: (id: string, spec: ProviderDeploymentSpec) => ModelDeployment;
}

// Kept on the group itself (not in a module-level map), so that two loaded copies of this package see each other's.
const DECLARATION = Symbol.for('@litellm-cdk/bedrock.ModelDeclaration');
const EXPANDED = Symbol.for('@litellm-cdk/bedrock.expanded');

type Marked = ModelGroup & { [DECLARATION]?: ModelDeclaration; [EXPANDED]?: true };

/** Records the declaration of a group. */
export function declareModel(declaration: ModelDeclaration): void {
  Object.defineProperty(declaration.group, DECLARATION, { value: declaration, enumerable: false, configurable: true });
}

/** The declaration of a group that addModel() created, if it is one. */
export function declarationOf(group: ModelGroup): ModelDeclaration | undefined {
  return (group as Marked)[DECLARATION];
}

/** Marks a group as expanded; false when it already was (an aspect visits a node once, but two aspects may exist). */
export function claimExpansion(group: ModelGroup): boolean {
  if ((group as Marked)[EXPANDED]) return false;
  Object.defineProperty(group, EXPANDED, { value: true, enumerable: false, configurable: true });
  return true;
}
