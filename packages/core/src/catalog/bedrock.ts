import { catalogEntries } from './model-catalog.js';

/**
 * The geography prefixes of Bedrock cross-region inference profiles that LiteLLM recognises
 * (`get_bedrock_cross_region_inference_regions` in `litellm/llms/bedrock/common_utils.py`).
 */
export const BEDROCK_GEOGRAPHIES = ['global', 'us', 'eu', 'apac', 'jp', 'au', 'us-gov'] as const;

/** One of {@link BEDROCK_GEOGRAPHIES}. */
export type BedrockGeography = (typeof BEDROCK_GEOGRAPHIES)[number];

/** The explicit routes LiteLLM accepts between `bedrock/` and the model id (`bedrock/converse/<id>`). */
export const BEDROCK_ROUTES = ['converse', 'invoke', 'converse_like', 'agent', 'async_invoke'] as const;

/** One of {@link BEDROCK_ROUTES}. */
export type BedrockRoute = (typeof BEDROCK_ROUTES)[number];

/** A Bedrock `litellm_params.model` taken apart. */
export interface BedrockModel {
  /** The explicit route, when the model names one; without it LiteLLM picks converse or invoke by the base id. */
  readonly route?: BedrockRoute;
  /** The cross-region inference profile's geography, when the id is a profile (`eu.anthropic...` -> `eu`). */
  readonly geography?: BedrockGeography;
  /** The model id without route and geography: `anthropic.claude-3-7-sonnet-20250219-v1:0`. */
  readonly baseId: string;
  /** The id Bedrock is called with: the profile id when there is a geography, else {@link baseId}. */
  readonly modelId: string;
  /** The ARN the model was given as, when it was one (the ids above are then read from its last segment). */
  readonly arn?: string;
}

const GEOGRAPHY_SET: ReadonlySet<string> = new Set(BEDROCK_GEOGRAPHIES);
const ROUTE_SET: ReadonlySet<string> = new Set(BEDROCK_ROUTES);

/** Whether `prefix` is one of {@link BEDROCK_GEOGRAPHIES}. */
export function isBedrockGeography(prefix: string): prefix is BedrockGeography {
  return GEOGRAPHY_SET.has(prefix);
}

/**
 * Takes a Bedrock model apart; accepts it with or without the `bedrock/` prefix.
 * @example parseBedrockModel('bedrock/converse/eu.anthropic.claude-3-7-sonnet-20250219-v1:0')
 *   // { route: 'converse', geography: 'eu', baseId: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
 *   //   modelId: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0' }
 */
export function parseBedrockModel(model: string): BedrockModel {
  let rest = model.startsWith('bedrock/') ? model.slice('bedrock/'.length) : model;
  let route: BedrockRoute | undefined;
  const slash = rest.indexOf('/');
  const firstSegment = slash > 0 ? rest.slice(0, slash) : undefined;
  if (firstSegment !== undefined && ROUTE_SET.has(firstSegment)) {
    route = firstSegment as BedrockRoute;
    rest = rest.slice(slash + 1);
  }
  let arn: string | undefined;
  if (rest.startsWith('arn:')) {
    // Like LiteLLM, read the model or profile id from the ARN's last segment.
    arn = rest;
    rest = rest.slice(rest.lastIndexOf('/') + 1);
  }
  const dot = rest.indexOf('.');
  const prefix = dot > 0 ? rest.slice(0, dot) : undefined;
  const geography = prefix !== undefined && isBedrockGeography(prefix) ? prefix : undefined;
  return {
    ...(route ? { route } : {}),
    ...(geography ? { geography } : {}),
    baseId: geography ? rest.slice(dot + 1) : rest,
    modelId: rest,
    ...(arn ? { arn } : {}),
  };
}

/** Tokyo and Osaka: the regions a `jp.` profile is called from. */
const JAPAN_REGIONS: ReadonlySet<string> = new Set(['ap-northeast-1', 'ap-northeast-3']);
/** Sydney and Melbourne: the regions an `au.` profile is called from. */
const AUSTRALIA_REGIONS: ReadonlySet<string> = new Set(['ap-southeast-2', 'ap-southeast-4']);

/** The shape of an AWS region code: `eu-central-1`, `us-gov-west-1`, `ap-southeast-4`. */
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** False for GovCloud, China and the isolated partitions, which `global.` and `us.` profiles do not reach. */
function isCommercialRegion(region: string): boolean {
  return !/^(us-gov|us-iso[a-z]*|eu-isoe|cn)-/.test(region);
}

/**
 * Whether a cross-region inference profile of `geography` may be called from `region` (the deployment's
 * `aws_region_name`): `eu.*` from `eu-*`, `us.*` from `us-*` (not GovCloud), `apac.*` from `ap-*`, `jp.*` from
 * ap-northeast-1/3, `au.*` from ap-southeast-2/4, `us-gov.*` from `us-gov-*`, `global.*` from any commercial region.
 * Unknown geographies and strings that are not region codes never match.
 */
export function regionMatchesGeography(region: string, geography: string): boolean {
  if (!REGION_PATTERN.test(region)) return false;
  switch (geography) {
    case 'global':
      return isCommercialRegion(region);
    case 'us':
      return region.startsWith('us-') && isCommercialRegion(region);
    case 'eu':
      return region.startsWith('eu-');
    case 'apac':
      return region.startsWith('ap-');
    case 'jp':
      return JAPAN_REGIONS.has(region);
    case 'au':
      return AUSTRALIA_REGIONS.has(region);
    case 'us-gov':
      return region.startsWith('us-gov-');
    default:
      return false;
  }
}

/**
 * Every AWS region by code: commercial, GovCloud and China, from AWS's list of regions
 * (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html). A literal region that is not
 * here is reported as unknown (`core/unknown-aws-region`); which regions offer a given Bedrock model is not known here.
 */
export const AWS_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'cn-north-1',
  'cn-northwest-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-gov-east-1',
  'us-gov-west-1',
  'us-west-1',
  'us-west-2',
] as const;

const KNOWN_REGIONS: ReadonlySet<string> = new Set(AWS_REGIONS);

/** Whether `region` is one of {@link AWS_REGIONS}. */
export function isAwsRegion(region: string): boolean {
  return KNOWN_REGIONS.has(region);
}

/** The regions of {@link AWS_REGIONS} a profile of `geography` may be called from. */
export function regionsForGeography(geography: string): string[] {
  return AWS_REGIONS.filter((region) => regionMatchesGeography(region, geography));
}

let profilesByBaseId: ReadonlyMap<string, readonly BedrockGeography[]> | undefined;

function profileIndex(): ReadonlyMap<string, readonly BedrockGeography[]> {
  if (profilesByBaseId) return profilesByBaseId;
  const index = new Map<string, BedrockGeography[]>();
  for (const entry of catalogEntries()) {
    if (!entry.provider.startsWith('bedrock')) continue;
    const { geography, baseId } = parseBedrockModel(entry.id);
    if (!geography) continue;
    const geographies = index.get(baseId) ?? [];
    // The map may list one profile twice (`us.X` and `bedrock/us.X`).
    if (!geographies.includes(geography)) geographies.push(geography);
    index.set(baseId, geographies);
  }
  for (const geographies of index.values()) {
    geographies.sort((a, b) => BEDROCK_GEOGRAPHIES.indexOf(a) - BEDROCK_GEOGRAPHIES.indexOf(b));
  }
  profilesByBaseId = index;
  return index;
}

/**
 * The geographies for which the model map lists a cross-region inference profile of `baseId`, in
 * {@link BEDROCK_GEOGRAPHIES} order; empty when it lists none. The map can lag AWS: a missing profile may exist.
 * @example crossRegionProfiles('anthropic.claude-3-7-sonnet-20250219-v1:0') // ['us', 'eu']
 */
export function crossRegionProfiles(baseId: string): BedrockGeography[] {
  return [...(profileIndex().get(baseId) ?? [])];
}
