import { BEDROCK_GEOGRAPHIES, Secret, type BedrockGeography, type SecretOr } from '@litellm-cdk/core';

/**
 * A geography with regions of its own: a key of the provider's region map (`us`, `eu`, `apac`, `jp`, `au`,
 * `us-gov`). `global` is not one: a global profile is called from the region of one of these.
 */
export type RegionalGeography = Exclude<BedrockGeography, 'global'>;

/** The regional geographies, in the order of core's `BEDROCK_GEOGRAPHIES`. */
export const REGIONAL_GEOGRAPHIES: readonly RegionalGeography[] = BEDROCK_GEOGRAPHIES.filter(
  (geography): geography is RegionalGeography => geography !== 'global',
);

/**
 * The region each geography's deployments call Bedrock in (`aws_region_name`): a literal region code, which synth
 * checks against the geography, or a secret, resolved when the proxy starts.
 *
 * ```ts
 * { eu: 'eu-central-1', us: Secret.env('AWS_REGION_NAME_US') }
 * ```
 */
export type BedrockRegions = { readonly [G in RegionalGeography]?: SecretOr<string> };

/** Whether `value` names a regional geography (`global` does not). */
export function isRegionalGeography(value: string): value is RegionalGeography {
  return (REGIONAL_GEOGRAPHIES as readonly string[]).includes(value);
}

/**
 * The environment variable a geography's region is read from when the region map does not name it:
 * `AWS_REGION_NAME_EU`, `AWS_REGION_NAME_US_GOV`, ...
 */
export function defaultRegionVariable(geography: RegionalGeography): string {
  return `AWS_REGION_NAME_${geography.toUpperCase().replace(/-/g, '_')}`;
}

/** The region of `geography`: the map's value, else `os.environ/AWS_REGION_NAME_<GEOGRAPHY>`. */
export function regionOf(regions: BedrockRegions, geography: RegionalGeography): SecretOr<string> {
  return regions[geography] ?? Secret.env(defaultRegionVariable(geography));
}

/** The region code when the value is a literal, `undefined` for a secret (known only when the proxy starts). */
export function literalRegion(value: SecretOr<string>): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
