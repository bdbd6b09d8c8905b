import { Annotations, CATALOG_VERSION, type ModelGroup, type ModelMode } from '@litellm-cdk/core';
import { GOOGLE_FINDING_IDS } from './findings.js';
import type { GoogleModelOptions } from './model-options.js';
import type { GoogleModelSpec } from './models.js';

/** What the checks know about the model a group serves. */
export interface ServedModel {
  /** The model as LiteLLM sees it, `<provider>/<id>`, for messages. */
  readonly model: string;
  /** The model's catalog entry, if listed. */
  readonly spec?: GoogleModelSpec;
}

/**
 * The `model_info.mode` to write: the one given, else the catalog's when it is not `chat`, LiteLLM's default
 * (writing `chat` everywhere would only add noise).
 */
export function modeToWrite(options: GoogleModelOptions<string>, spec: GoogleModelSpec | undefined): ModelMode | undefined {
  const given = options.mode ?? (typeof options.modelInfo?.mode === 'string' ? options.modelInfo.mode : undefined);
  if (given) return given;
  return spec?.mode && spec.mode !== 'chat' ? spec.mode : undefined;
}

/**
 * Warns about a model the catalog does not list; `elsewhere` is what another Google catalog says about the same
 * id, which usually tells the mode to set.
 */
export function checkCatalogCoverage(
  group: ModelGroup,
  served: ServedModel,
  catalogName: string,
  elsewhere: { readonly catalogName: string; readonly spec: GoogleModelSpec | undefined },
  modeGiven: boolean,
): void {
  if (served.spec) return;
  const modeHint = modeGiven
    ? ''
    : elsewhere.spec?.mode && elsewhere.spec.mode !== 'chat'
      ? ` The ${elsewhere.catalogName} catalog lists it with mode '${elsewhere.spec.mode}': if that holds here too, set mode: '${elsewhere.spec.mode}'.`
      : ' If it is not a chat model, set mode.';
  Annotations.of(group).addWarning(
    GOOGLE_FINDING_IDS.modelNotInCatalog,
    `${served.model} is not in the ${catalogName} model catalog (LiteLLM model map ${CATALOG_VERSION}), so its mode, ` +
      'limits and reasoning support are not checked.',
    `Check the model id for typos; if the provider serves it, acknowledge this finding with a reason.${modeHint}`,
  );
}
