import { Annotations, CATALOG_VERSION, type ModelGroup } from '@litellm-cdk/core';
import { BEDROCK_FINDING_IDS } from './findings.js';
import { BedrockModels, type BedrockModelSpec } from './models.js';

/** What the checks know about the model a group serves. */
export interface ServedModel {
  /** The model id as given, for messages. */
  readonly model: string;
  /** The model's catalog row, if listed. */
  readonly spec?: BedrockModelSpec;
}

/** Warns about a model the catalog does not list, naming listed ids that look alike. */
export function checkCatalogCoverage(group: ModelGroup, served: ServedModel, baseId: string): void {
  if (served.spec) return;
  const lookalikes = similarIds(baseId);
  const suggestion = lookalikes.length > 0 ? ` Listed ids that look alike: ${lookalikes.join(', ')}.` : '';
  Annotations.of(group).addWarning(
    BEDROCK_FINDING_IDS.modelNotInCatalog,
    `${served.model} is not in the Bedrock model catalog (LiteLLM model map ${CATALOG_VERSION}), so its ` +
      `cross-region profiles, mode, limits and reasoning support are not checked.${suggestion}`,
    'Check the model id for typos; if Bedrock serves it, acknowledge this finding with a reason (and set mode ' +
      'when it is not a chat model).',
  );
}

/** Up to three catalog ids of the same vendor sharing the longest prefix with `id`: the likely typo fixes. */
function similarIds(id: string): string[] {
  const vendor = id.slice(0, id.indexOf('.') + 1);
  if (!vendor) return [];
  const scored = BedrockModels.ids()
    .filter((candidate) => candidate.startsWith(vendor))
    .map((candidate) => ({ candidate, shared: sharedPrefixLength(candidate, id) }))
    .filter(({ shared }) => shared > vendor.length + 3);
  const best = Math.max(0, ...scored.map(({ shared }) => shared));
  return scored
    .filter(({ shared }) => shared === best)
    .map(({ candidate }) => candidate)
    .slice(0, 3);
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
