import { isDeepStrictEqual } from 'node:util';
import {
  type ExportedName,
  type ImportedGroup,
  type ImportProposal,
  type ProposedGroup,
  type ProviderImporter,
  importedSecret,
} from '@litellm-cdk/core';
import { GeminiProvider } from './gemini-provider.js';
import { VertexProvider } from './vertex-provider.js';

const PACKAGE = '@litellm-cdk/gemini';

/** The `litellm_params` keys `addModel()` options say, besides the provider's own. */
const MODEL_KEYS = ['rpm', 'tpm', 'reasoning_effort', 'thinking'];

/** A Google provider as the importer sees it: its prefix, its keys, and how its props come from them. */
interface GoogleProviderShape {
  readonly construct: ExportedName;
  readonly id: string;
  readonly prefix: string;
  /** The provider's own `litellm_params` keys. */
  readonly keys: readonly string[];
  /** The provider's props from each deployment's own keys; `undefined` when they do not fit. */
  props(targets: readonly Readonly<Record<string, unknown>>[]): Record<string, unknown> | undefined;
}

/** A group's deployments read as `addModel()` writes them. */
interface GoogleGroup {
  readonly modelId: string;
  readonly targets: readonly Readonly<Record<string, unknown>>[];
  readonly shared: Readonly<Record<string, unknown>>;
  readonly modelInfo: unknown;
}

const GEMINI: GoogleProviderShape = {
  construct: { packageName: PACKAGE, name: 'GeminiProvider', value: GeminiProvider },
  id: 'gemini',
  prefix: 'gemini/',
  keys: ['api_key'],
  props: (targets) =>
    targets.every((t) => typeof t.api_key === 'string' && t.api_key !== '')
      ? { apiKeys: targets.map((t) => importedSecret(t.api_key)) }
      : undefined,
};

const VERTEX: GoogleProviderShape = {
  construct: { packageName: PACKAGE, name: 'VertexProvider', value: VertexProvider },
  id: 'vertex',
  prefix: 'vertex_ai/',
  keys: ['vertex_project', 'vertex_location', 'vertex_credentials'],
  props: (targets) => {
    if (targets.length !== 1) return undefined;
    const { vertex_project: project, vertex_location: location, vertex_credentials: credentials } = targets[0];
    if (
      typeof project !== 'string' ||
      typeof location !== 'string' ||
      !(credentials === undefined || typeof credentials === 'string')
    )
      return undefined;
    const props = { project: importedSecret(project), location: importedSecret(location) };
    return credentials === undefined ? props : { ...props, credentials: importedSecret(credentials) };
  },
};

/**
 * An importer of one Google provider: a group whose deployments call one `<prefix><id>` with the provider's
 * credentials (one API key each for AI Studio; one project and location for Vertex AI), and otherwise the same
 * params, becomes one `addModel()` call; the groups right after it that differ only by `thinking` (named
 * `<name>-think-<budget>`) become its `thinkingBudgets`.
 */
function googleImporter(shape: GoogleProviderShape): ProviderImporter {
  return {
    name: shape.construct.name,
    propose(groups, start) {
      const group = groups[start];
      const base = readGroup(shape, group);
      if (!base || base.shared.thinking !== undefined) return undefined;
      const props = shape.props(base.targets);
      if (!props) return undefined;
      const budgets: number[] = [];
      const proposed: ProposedGroup[] = [{ modelName: group.modelName }];
      for (let next = start + 1; next < groups.length; next++) {
        const budget = thinkingVariantBudget(shape, base, group.modelName, groups[next]);
        if (budget === undefined) break;
        budgets.push(budget);
        proposed.push({ modelName: groups[next].modelName, via: { method: 'thinkingVariant', args: [budget] } });
      }
      const { rpm, tpm, reasoning_effort: effort } = base.shared;
      const options = Object.fromEntries(
        Object.entries({
          model: base.modelId,
          rpm,
          tpm,
          reasoningEffort: effort,
          thinkingBudgets: budgets.length > 0 ? budgets : undefined,
          modelInfo: base.modelInfo,
        }).filter(([, value]) => value !== undefined),
      );
      return {
        provider: { construct: shape.construct, id: shape.id, props },
        method: 'addModel',
        args: [group.modelName, options],
        groups: proposed,
      } satisfies ImportProposal;
    },
  };
}

/** Google AI Studio's importer (`GeminiProvider`). */
export const geminiImporter: ProviderImporter = googleImporter(GEMINI);
/** Vertex AI's importer (`VertexProvider`). */
export const vertexImporter: ProviderImporter = googleImporter(VERTEX);

/** The provider package's importers, which `litellm-cdk import` discovers. */
export const importers: readonly ProviderImporter[] = [geminiImporter, vertexImporter];

function readGroup(shape: GoogleProviderShape, group: ImportedGroup): GoogleGroup | undefined {
  const [first] = group.deployments;
  const model = first.litellmParams.model;
  if (typeof model !== 'string' || !model.startsWith(shape.prefix)) return undefined;
  const modelId = model.slice(shape.prefix.length);
  if (!modelId || modelId.includes('/')) return undefined;
  const known = new Set(['model', ...shape.keys, ...MODEL_KEYS]);
  const pick = (params: Readonly<Record<string, unknown>>, keys: readonly string[]) =>
    Object.fromEntries(Object.entries(params).filter(([key]) => keys.includes(key)));
  const shared = pick(first.litellmParams, MODEL_KEYS);
  for (const { litellmParams, modelInfo } of group.deployments) {
    if (litellmParams.model !== model || Object.keys(litellmParams).some((key) => !known.has(key))) return undefined;
    if (!isDeepStrictEqual(pick(litellmParams, MODEL_KEYS), shared) || !isDeepStrictEqual(modelInfo, first.modelInfo))
      return undefined;
  }
  return {
    modelId,
    targets: group.deployments.map((d) => pick(d.litellmParams, shape.keys)),
    shared,
    modelInfo: first.modelInfo,
  };
}

function thinkingVariantBudget(
  shape: GoogleProviderShape,
  base: GoogleGroup,
  baseName: string,
  candidate: ImportedGroup,
): number | undefined {
  const variant = readGroup(shape, candidate);
  const thinking = variant?.shared.thinking as { type?: unknown; budget_tokens?: unknown } | undefined;
  if (!variant || !thinking || thinking.type !== 'enabled' || Object.keys(thinking).length !== 2) return undefined;
  const budget = thinking.budget_tokens;
  if (typeof budget !== 'number' || candidate.modelName !== `${baseName}-think-${budget}`) return undefined;
  const { thinking: _thinking, ...variantShared } = variant.shared;
  const { reasoning_effort: _effort, ...baseShared } = base.shared;
  return isDeepStrictEqual({ ...variant, shared: variantShared }, { ...base, shared: baseShared }) ? budget : undefined;
}
