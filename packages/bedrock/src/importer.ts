import { isDeepStrictEqual } from 'node:util';
import {
  type ExportedName,
  ImportCall,
  type ImportedGroup,
  type ImportProposal,
  type ProposedGroup,
  type ProposedProvider,
  type ProviderImporter,
  importedSecret,
  parseBedrockModel,
} from '@litellm-cdk/core';
import { BedrockCredentials, CREDENTIAL_PARAM_KEYS, REQUIRED_CREDENTIAL_PROPS } from './credentials.js';
import { BedrockProvider } from './provider.js';
import { isRegionalGeography, type RegionalGeography } from './regions.js';

const PACKAGE = '@litellm-cdk/bedrock';
const PROVIDER: ExportedName = { packageName: PACKAGE, name: 'BedrockProvider', value: BedrockProvider };
const CREDENTIALS: ExportedName = { packageName: PACKAGE, name: 'BedrockCredentials', value: BedrockCredentials };

type CredentialKind = keyof typeof CREDENTIAL_PARAM_KEYS;
const CREDENTIAL_KEYS = new Set<string>(Object.values(CREDENTIAL_PARAM_KEYS).flatMap((keys) => Object.values(keys)));
/** The `litellm_params` keys `addModel()` options say, besides credentials and region. */
const MODEL_KEYS = new Set([
  'model',
  'aws_region_name',
  'rpm',
  'tpm',
  'reasoning_effort',
  'thinking',
  'cache_control_injection_points',
]);

/** A group's deployments read as `addModel()` writes them: geographies crossed with credential sets. */
interface BedrockGroup {
  readonly baseId: string;
  readonly route?: string;
  readonly geographies: readonly RegionalGeography[];
  readonly regions: Readonly<Partial<Record<RegionalGeography, unknown>>>;
  /** One call per credential set, or none for the proxy's own credentials. */
  readonly credentials: readonly ImportCall[];
  /** The `litellm_params` every deployment shares besides model, region and credentials. */
  readonly shared: Readonly<Record<string, unknown>>;
  readonly modelInfo: unknown;
}

/**
 * `BedrockProvider`'s importer: a group whose deployments call the cross-region profiles of one model, one
 * deployment per geography and credential set in that order, becomes one `addModel()` call with its geographies;
 * the groups right after it that differ only by `thinking` (named `<name>-think-<budget>`) become its
 * `thinkingBudgets`.
 */
export const bedrockImporter: ProviderImporter = {
  name: 'BedrockProvider',
  propose(groups, start) {
    const group = groups[start];
    const base = readGroup(group);
    if (!base || base.shared.thinking !== undefined) return undefined;
    const budgets: number[] = [];
    const proposed: ProposedGroup[] = [{ modelName: group.modelName }];
    for (let next = start + 1; next < groups.length; next++) {
      const budget = thinkingVariantBudget(base, group.modelName, groups[next]);
      if (budget === undefined) break;
      budgets.push(budget);
      proposed.push({ modelName: groups[next].modelName, via: { method: 'thinkingVariant', args: [budget] } });
    }
    const { rpm, tpm, reasoning_effort: effort, cache_control_injection_points: points } = base.shared;
    const options = withoutUndefined({
      model: base.baseId,
      geographies: base.geographies,
      route: base.route,
      rpm,
      tpm,
      reasoningEffort: effort,
      thinkingBudgets: budgets.length > 0 ? budgets : undefined,
      promptCaching: points !== undefined ? { points } : undefined,
      modelInfo: base.modelInfo,
    });
    const props = withoutUndefined({
      credentials: base.credentials.length > 0 ? base.credentials : undefined,
      regions: base.regions,
    });
    return {
      provider: { construct: PROVIDER, id: 'bedrock', props },
      method: 'addModel',
      args: [group.modelName, options],
      groups: proposed,
    } satisfies ImportProposal;
  },
  shareProvider(a, b) {
    const [first, second] = [a.props, b.props] as { credentials?: unknown; regions: Record<string, unknown> }[];
    if (!isDeepStrictEqual(first.credentials, second.credentials)) return undefined;
    const regions = { ...first.regions };
    for (const [geography, region] of Object.entries(second.regions)) {
      if (regions[geography] !== undefined && !isDeepStrictEqual(regions[geography], region)) return undefined;
      regions[geography] = region;
    }
    return { ...a, props: { ...first, regions } } satisfies ProposedProvider;
  },
};

/** The provider package's importers, which `litellm-cdk import` discovers. */
export const importers: readonly ProviderImporter[] = [bedrockImporter];

/** Reads a group as `addModel()` writes it; `undefined` when its deployments do not have that shape. */
function readGroup(group: ImportedGroup): BedrockGroup | undefined {
  const { deployments } = group;
  const parsed = deployments.map((d) =>
    typeof d.litellmParams.model === 'string' ? parseBedrockModel(d.litellmParams.model) : undefined,
  );
  const [first] = parsed;
  if (!first || !String(deployments[0].litellmParams.model).startsWith('bedrock/') || first.arn) return undefined;
  if (
    parsed.some(
      (p) =>
        !p ||
        p.arn ||
        p.baseId !== first.baseId ||
        p.route !== first.route ||
        !p.geography ||
        !isRegionalGeography(p.geography),
    )
  ) {
    return undefined;
  }
  if (
    deployments.some((d) =>
      Object.keys(d.litellmParams).some((key) => !MODEL_KEYS.has(key) && !CREDENTIAL_KEYS.has(key)),
    )
  )
    return undefined;
  const geographies = [...new Set(parsed.map((p) => p!.geography as RegionalGeography))];
  const perGeography = deployments.length / geographies.length;
  if (!Number.isInteger(perGeography)) return undefined;

  const credentialsOf = (index: number) => credentialParams(deployments[index].litellmParams);
  const regions: Partial<Record<RegionalGeography, unknown>> = {};
  for (const [g, geography] of geographies.entries()) {
    for (let s = 0; s < perGeography; s++) {
      const index = g * perGeography + s;
      if (parsed[index]!.geography !== geography || !isDeepStrictEqual(credentialsOf(index), credentialsOf(s)))
        return undefined;
      const region = deployments[index].litellmParams.aws_region_name;
      if (typeof region !== 'string' || (regions[geography] !== undefined && regions[geography] !== region))
        return undefined;
      regions[geography] = region;
    }
  }
  const shared = sharedParams(deployments[0].litellmParams);
  if (
    !deployments.every(
      (d) =>
        isDeepStrictEqual(sharedParams(d.litellmParams), shared) &&
        isDeepStrictEqual(d.modelInfo, deployments[0].modelInfo),
    )
  ) {
    return undefined;
  }
  const sets = Array.from({ length: perGeography }, (_, s) => credentialsOf(s));
  if (sets.length === 1 && Object.keys(sets[0]).length === 0) {
    return {
      ...(first.route ? { route: first.route } : {}),
      baseId: first.baseId,
      geographies,
      regions: secrets(regions),
      credentials: [],
      shared,
      modelInfo: deployments[0].modelInfo,
    };
  }
  const credentials = sets.map(credentialCall);
  if (credentials.some((call) => call === undefined)) return undefined;
  return {
    baseId: first.baseId,
    ...(first.route ? { route: first.route } : {}),
    geographies,
    regions: secrets(regions),
    credentials: credentials as ImportCall[],
    shared,
    modelInfo: deployments[0].modelInfo,
  };
}

/** The budget of a group that is `base`'s thinking variant under the default name; `undefined` otherwise. */
function thinkingVariantBudget(base: BedrockGroup, baseName: string, candidate: ImportedGroup): number | undefined {
  const variant = readGroup(candidate);
  const thinking = variant?.shared.thinking as { type?: unknown; budget_tokens?: unknown } | undefined;
  if (!variant || !thinking || thinking.type !== 'enabled' || Object.keys(thinking).length !== 2) return undefined;
  const budget = thinking.budget_tokens;
  if (typeof budget !== 'number' || candidate.modelName !== `${baseName}-think-${budget}`) return undefined;
  const { thinking: _thinking, ...variantShared } = variant.shared;
  const { reasoning_effort: _effort, ...baseShared } = base.shared;
  const same = { ...base, shared: baseShared };
  return isDeepStrictEqual({ ...variant, shared: variantShared }, same) ? budget : undefined;
}

function sharedParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).filter(([key]) => MODEL_KEYS.has(key) && key !== 'model' && key !== 'aws_region_name'),
  );
}

function credentialParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => CREDENTIAL_KEYS.has(key)));
}

/** `BedrockCredentials.<kind>({...})` for the one kind whose keys the params hold; `undefined` if none fits. */
function credentialCall(params: Readonly<Record<string, unknown>>): ImportCall | undefined {
  if (!Object.values(params).every((value) => typeof value === 'string')) return undefined;
  for (const kind of Object.keys(CREDENTIAL_PARAM_KEYS) as CredentialKind[]) {
    const keys: Readonly<Record<string, string>> = CREDENTIAL_PARAM_KEYS[kind];
    const props = Object.fromEntries(
      Object.entries(keys)
        .filter(([, key]) => key in params)
        .map(([prop, key]) => [prop, importedSecret(params[key])]),
    );
    if (Object.keys(props).length !== Object.keys(params).length) continue;
    if (REQUIRED_CREDENTIAL_PROPS[kind].every((prop) => prop in props))
      return new ImportCall(CREDENTIALS, kind, [props]);
  }
  return undefined;
}

function secrets<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, importedSecret(value)])) as T;
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
