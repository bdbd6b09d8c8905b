import { isDeepStrictEqual } from 'node:util';
import { REASONING_EFFORTS } from '../config/schemas/vocabulary.js';
import { DEPLOYMENT_PARAM_KEYS } from '../models/catalog-model-provider.js';
import type {
  ExportedName,
  ImportedGroup,
  ImportProposal,
  ProposedGroup,
  ProviderImporter,
} from './provider-importer.js';

/** The `litellm_params` keys `addModel()` of a `CatalogModelProvider` writes from its options. */
const OPTION_KEYS: readonly string[] = [
  'rpm',
  'tpm',
  'reasoning_effort',
  'thinking',
  'cache_control_injection_points',
  ...DEPLOYMENT_PARAM_KEYS,
];

/** A provider built on `CatalogModelProvider`, as its importer sees it. */
export interface CatalogProviderShape {
  /** The provider class. */
  readonly construct: ExportedName;
  /** The provider's construct id in the generated app (`openai`). */
  readonly id: string;
  /** The `<provider>/` prefix of its deployments' `model`, or the prefixes it accepts; `undefined` for any. */
  readonly prefix: (model: string) => string | undefined;
  /** The `litellm_params` keys of an endpoint: credentials and address (`api_key`, `api_base`, ...). */
  readonly endpointKeys: readonly string[];
  /** The provider's props from each deployment's endpoint keys, in order; `undefined` when they do not fit. */
  props(endpoints: readonly Readonly<Record<string, unknown>>[], prefix: string): unknown;
  /**
   * `addModel()`'s first options from the model id and `model_info` (`{ model }`, or Azure's `{ deployment,
   * baseModel }`), with the `model_info` left to pass as `modelInfo`.
   * @default - `{ model: modelId }`, `model_info` as it is
   */
  modelOptions?(
    modelId: string,
    modelInfo: Readonly<Record<string, unknown>> | undefined,
  ): { options: Record<string, unknown>; modelInfo: unknown };
  /** Whether the provider's options take thinking budgets. */
  readonly thinking: boolean;
}

/** A group's deployments read as `addModel()` writes them. */
interface ReadGroup {
  readonly prefix: string;
  readonly modelId: string;
  readonly endpoints: readonly Readonly<Record<string, unknown>>[];
  /** The option keys, the same in every deployment. */
  readonly shared: Readonly<Record<string, unknown>>;
  readonly modelInfo: unknown;
}

/**
 * The importer of a provider built on `CatalogModelProvider`: a group whose deployments call one model with one
 * endpoint each and otherwise the same params becomes one `addModel()` call; the groups right after it that differ
 * only by `thinking` (`<name>-think-<budget>`) or by `reasoning_effort` (`<name>-<effort>`) become its
 * `thinkingBudgets` and `reasoningEfforts`. The check renders the proposal and keeps it only when it writes the
 * original entries.
 */
export function catalogModelImporter(shape: CatalogProviderShape): ProviderImporter {
  return {
    name: shape.construct.name,
    propose(groups, start) {
      const group = groups[start];
      const base = readGroup(shape, group);
      if (!base || base.shared.thinking !== undefined) return undefined;
      const props = shape.props(base.endpoints, base.prefix);
      if (props === undefined) return undefined;
      const proposed: ProposedGroup[] = [{ modelName: group.modelName }];
      const budgets: number[] = [];
      let next = start + 1;
      for (; shape.thinking && next < groups.length; next++) {
        const budget = variantOf(shape, base, group.modelName, groups[next], 'thinking');
        if (typeof budget !== 'number') break;
        budgets.push(budget);
        proposed.push({ modelName: groups[next].modelName, via: { method: 'thinkingVariant', args: [budget] } });
      }
      const efforts: string[] = [];
      for (; next < groups.length; next++) {
        const effort = variantOf(shape, base, group.modelName, groups[next], 'effort');
        if (typeof effort !== 'string') break;
        efforts.push(effort);
        proposed.push({ modelName: groups[next].modelName, via: { method: 'reasoningEffortVariant', args: [effort] } });
      }
      const { rpm, tpm, reasoning_effort: effort, cache_control_injection_points: points } = base.shared;
      const params = Object.fromEntries(
        Object.entries(base.shared).filter(([key]) => (DEPLOYMENT_PARAM_KEYS as readonly string[]).includes(key)),
      );
      const info = base.modelInfo as Readonly<Record<string, unknown>> | undefined;
      const first = shape.modelOptions
        ? shape.modelOptions(base.modelId, info)
        : { options: { model: base.modelId }, modelInfo: info };
      const options = withoutUndefined({
        ...first.options,
        rpm,
        tpm,
        reasoningEffort: effort,
        thinkingBudgets: budgets.length > 0 ? budgets : undefined,
        reasoningEfforts: efforts.length > 0 ? efforts : undefined,
        promptCaching: points === undefined ? undefined : isSystemPoint(points) ? true : { points },
        params: Object.keys(params).length > 0 ? params : undefined,
        modelInfo: first.modelInfo,
      });
      return {
        provider: { construct: shape.construct, id: shape.id, props },
        method: 'addModel',
        args: [group.modelName, options],
        groups: proposed,
      } satisfies ImportProposal;
    },
  };
}

function readGroup(shape: CatalogProviderShape, group: ImportedGroup): ReadGroup | undefined {
  const [first] = group.deployments;
  const model = first.litellmParams.model;
  if (typeof model !== 'string') return undefined;
  const prefix = shape.prefix(model);
  if (prefix === undefined) return undefined;
  const modelId = model.slice(prefix.length + 1);
  if (!modelId) return undefined;
  const known = new Set(['model', ...shape.endpointKeys, ...OPTION_KEYS]);
  const pick = (params: Readonly<Record<string, unknown>>, keys: readonly string[]) =>
    Object.fromEntries(Object.entries(params).filter(([key]) => keys.includes(key)));
  const shared = pick(first.litellmParams, OPTION_KEYS);
  for (const { litellmParams, modelInfo } of group.deployments) {
    if (litellmParams.model !== model || Object.keys(litellmParams).some((key) => !known.has(key))) return undefined;
    if (!isDeepStrictEqual(pick(litellmParams, OPTION_KEYS), shared) || !isDeepStrictEqual(modelInfo, first.modelInfo))
      return undefined;
  }
  return {
    prefix,
    modelId,
    endpoints: group.deployments.map((d) => pick(d.litellmParams, shape.endpointKeys)),
    shared,
    modelInfo: first.modelInfo,
  };
}

/** The budget (`thinking`) or effort (`effort`) of `candidate` when it is that variant of `base`. */
function variantOf(
  shape: CatalogProviderShape,
  base: ReadGroup,
  baseName: string,
  candidate: ImportedGroup,
  kind: 'thinking' | 'effort',
): number | string | undefined {
  const variant = readGroup(shape, candidate);
  if (!variant) return undefined;
  const { thinking, reasoning_effort: effort, ...variantRest } = variant.shared;
  const { reasoning_effort: _effort, ...baseRest } = base.shared;
  if (!isDeepStrictEqual({ ...variant, shared: variantRest }, { ...base, shared: baseRest })) return undefined;
  if (kind === 'thinking') {
    const t = thinking as { type?: unknown; budget_tokens?: unknown } | undefined;
    if (
      effort !== undefined ||
      !t ||
      t.type !== 'enabled' ||
      Object.keys(t).length !== 2 ||
      typeof t.budget_tokens !== 'number'
    )
      return undefined;
    return candidate.modelName === `${baseName}-think-${t.budget_tokens}` ? t.budget_tokens : undefined;
  }
  if (
    thinking !== undefined ||
    typeof effort !== 'string' ||
    !(REASONING_EFFORTS as readonly string[]).includes(effort)
  )
    return undefined;
  return candidate.modelName === `${baseName}-${effort}` ? effort : undefined;
}

function isSystemPoint(points: unknown): boolean {
  return isDeepStrictEqual(points, [{ location: 'message', role: 'system' }]);
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
