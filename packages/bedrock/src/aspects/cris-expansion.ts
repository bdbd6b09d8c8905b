import {
  Annotations,
  CATALOG_VERSION,
  ModelGroup,
  regionMatchesGeography,
  regionsForGeography,
  type BedrockGeography,
  type IAspect,
} from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';
import { claimExpansion, declarationOf, type ModelDeclaration } from '../_declaration.js';
import type { NamedCredentialSet } from '../credentials.js';
import { BEDROCK_FINDING_IDS } from '../findings.js';
import { literalRegion, regionOf, REGIONAL_GEOGRAPHIES, type RegionalGeography } from '../regions.js';

/** Where one deployment (before crossing with credential sets) calls the model. */
interface Placement {
  /** Deployment id without credential suffix: `eu`, `global-eu`. */
  readonly id: string;
  /** The id Bedrock is called with: `eu.anthropic...`, or the base id in-region. */
  readonly modelId: string;
  /** The profile's geography; absent for an in-region call. */
  readonly geography?: BedrockGeography;
  /** Whose region the call is made from. */
  readonly source: RegionalGeography;
}

/**
 * The mutating aspect that turns each model declared with `BedrockProvider.addModel()` into deployments: one per
 * geography (profile prefix + that geography's region; a `global` profile once per source region), crossed with
 * every credential set of the provider, all in the model's group, so LiteLLM balances across regions and accounts.
 * An id that already names a profile (`eu.anthropic...`) is kept as written.
 *
 * Errors, on the group: a geography for which the catalog lists no profile of the model (naming the geographies
 * that have one; the deployment is still written, so an acknowledgement covers a catalog that lags AWS), a base id
 * without geographies, a profile id with other geographies, a global profile without a source region, a base model
 * called in-region (`crossRegion: false`) from a literal region outside its geography, and two deployments that
 * would share an id (a credential set named `gov` beside the geographies `us` and `us-gov`). A profile
 * called from a literal region outside its geography is reported by core's capability checks on the deployment
 * (`core/cris-region-mismatch`), which name the profile that fits the region.
 *
 * `BedrockProvider` adds it to itself with `AspectPriority.MUTATING`; there is nothing to add by hand.
 */
export class CrisExpansion implements IAspect {
  /** Expands `node` when it is a group declared by `addModel()` and not expanded yet; ignores everything else. */
  public visit(node: IConstruct): void {
    if (!ModelGroup.isModelGroup(node)) return;
    const declaration = declarationOf(node);
    if (!declaration || !claimExpansion(node)) return;
    const { credentialSets, regions } = declaration.settings();
    const credentials = credentialSets.length > 0 ? credentialSets : [undefined];
    const written = new Map<string, Planned>();
    for (const placement of placementsOf(declaration)) {
      const regionValue = regionOf(regions, placement.source);
      const region = literalRegion(regionValue);
      if (region !== undefined && !placement.geography) checkInRegion(declaration, placement, region);
      for (const set of credentials) {
        const planned: Planned = { id: `${placement.id}${set?.idSuffix ?? ''}`, placement, ...(set ? { set } : {}) };
        const earlier = written.get(planned.id);
        if (earlier) {
          reportIdCollision(declaration, earlier, planned);
          continue;
        }
        written.set(planned.id, planned);
        declaration.deploy(planned.id, {
          modelId: placement.modelId,
          ...(declaration.route ? { route: declaration.route } : {}),
          litellmParams: { aws_region_name: regionValue, ...set?.params, ...declaration.litellmParams },
          ...(declaration.modelInfo ? { modelInfo: declaration.modelInfo } : {}),
          facts: {
            baseModelId: declaration.parsed.baseId,
            regionValue,
            ...(region !== undefined ? { region } : {}),
            ...(placement.geography ? { geography: placement.geography } : {}),
            ...(set ? { credentialSet: set.name } : {}),
          },
        });
      }
    }
  }
}

/** One deployment to write: a placement crossed with a credential set (none for the proxy's own credentials). */
interface Planned {
  readonly id: string;
  readonly placement: Placement;
  readonly set?: NamedCredentialSet;
}

/**
 * A base model called in-region (`crossRegion: false`) from a literal region outside the geography it was given
 * for. No profile is involved, so core's `core/cris-region-mismatch` does not see it; the region map is wrong.
 */
function checkInRegion(declaration: ModelDeclaration, placement: Placement, region: string): void {
  if (regionMatchesGeography(region, placement.source)) return;
  const fitting = regionsForGeography(placement.source);
  Annotations.of(declaration.group).addError(
    BEDROCK_FINDING_IDS.regionOutsideGeography,
    `${declaration.parsed.baseId} is called in region ${region} for geography '${placement.source}' ` +
      `(crossRegion: false), but ${region} is not in '${placement.source}'.`,
    `Set regions.${placement.source} to a region of '${placement.source}' (${fitting.join(', ')}), or list the ` +
      `geography ${region} belongs to in geographies instead.`,
  );
}

/**
 * Two deployments of the group would get the same id, because a credential set's name completes a geography
 * into another one (`us` with the set `gov` reads `us-gov`). The first is written; the other is reported.
 */
function reportIdCollision(declaration: ModelDeclaration, earlier: Planned, later: Planned): void {
  const describe = (planned: Planned): string =>
    `'${planned.placement.id}'` + (planned.set ? ` with credential set '${planned.set.name}'` : '');
  const culprit = [earlier, later].find((planned) => planned.set && planned.set.idSuffix !== '')?.set;
  Annotations.of(declaration.group).addError(
    BEDROCK_FINDING_IDS.deploymentIdCollision,
    `Two deployments of ${declaration.parsed.modelId} would both have the id '${later.id}': ${describe(earlier)} ` +
      `and ${describe(later)}; only the first is written.`,
    culprit
      ? `Rename credential set '${culprit.name}': deployment ids are <geography>-<set name>, so pick a name that ` +
          `does not complete a geography (e.g. '${culprit.name}-account').`
      : 'Rename the credential sets so that no geography followed by a set name spells another deployment id.',
  );
}

/** The placements of a declared model; reports (and leaves out) what cannot be placed at all. */
function placementsOf(declaration: ModelDeclaration): Placement[] {
  const { group, parsed, crossRegion } = declaration;
  const annotations = Annotations.of(group);
  const geographies = [...new Set(declaration.geographies ?? [])];
  if (parsed.geography) {
    if (geographies.some((geography) => geography !== parsed.geography)) {
      annotations.addError(
        BEDROCK_FINDING_IDS.geographyConflict,
        `model ${parsed.modelId} is the '${parsed.geography}' cross-region profile, but geographies is ` +
          `[${geographies.join(', ')}].`,
        `Give the base id ${parsed.baseId} to call it in several geographies, or leave geographies out.`,
      );
      return [];
    }
    return profilePlacements(declaration, parsed.geography);
  }
  if (geographies.length === 0) {
    annotations.addError(
      BEDROCK_FINDING_IDS.geographiesRequired,
      `model ${parsed.baseId} is a base model id, but no geographies say where to call it.`,
      `Set geographies (${describeProfiles(declaration)}), or crossRegion: false with geographies to call the base ` +
        'model in those regions.',
    );
    return [];
  }
  if (!crossRegion) {
    return geographies.flatMap((geography): Placement[] => {
      if (geography !== 'global') return [{ id: geography, modelId: parsed.baseId, source: geography }];
      annotations.addError(
        BEDROCK_FINDING_IDS.geographyConflict,
        `geography 'global' is a cross-region profile, but crossRegion is false for ${parsed.baseId}.`,
        "Remove 'global' from geographies, or set crossRegion: true.",
      );
      return [];
    });
  }
  return geographies.flatMap((geography) => profilePlacements(declaration, geography));
}

function profilePlacements(declaration: ModelDeclaration, geography: BedrockGeography): Placement[] {
  const { group, parsed, spec } = declaration;
  const modelId = `${geography}.${parsed.baseId}`;
  if (spec && !spec.profiles.includes(geography)) {
    Annotations.of(group).addError(
      BEDROCK_FINDING_IDS.profileNotAvailable,
      `${parsed.baseId} has no '${geography}' cross-region inference profile in the catalog (LiteLLM model map ` +
        `${CATALOG_VERSION}); ${describeProfiles(declaration)}.`,
      'Use a geography that has a profile. If AWS has added the profile since, acknowledge this finding with a reason.',
    );
  }
  if (geography !== 'global') return [{ id: geography, modelId, geography, source: geography }];
  const sources = declaration.globalFrom ?? globalSourcesOf(declaration);
  if (sources.length === 0) {
    Annotations.of(group).addError(
      BEDROCK_FINDING_IDS.globalWithoutSourceRegion,
      `${modelId} is a global profile, but no region to call it from is known.`,
      "Set globalFrom (e.g. ['eu']) on the model, add a commercial geography (e.g. 'eu') to its geographies, or " +
        "give the provider a region map (regions: { eu: 'eu-central-1' }).",
    );
  }
  return sources.map((source) => ({ id: `global-${source}`, modelId, geography, source }));
}

/**
 * Where a `global` profile is called from without `globalFrom`: the commercial geographies (all but GovCloud) of the
 * provider's region map, else those among the model's own geographies, whose regions come from their default
 * variables (`AWS_REGION_NAME_EU`) like the model's other deployments.
 */
function globalSourcesOf(declaration: ModelDeclaration): RegionalGeography[] {
  const { regions } = declaration.settings();
  const commercial = (geography: RegionalGeography): boolean => geography !== 'us-gov';
  const mapped = REGIONAL_GEOGRAPHIES.filter((geography) => commercial(geography) && regions[geography] !== undefined);
  if (mapped.length > 0) return mapped;
  const own = new Set<string>(declaration.geographies ?? []);
  return REGIONAL_GEOGRAPHIES.filter((geography) => commercial(geography) && own.has(geography));
}

function describeProfiles(declaration: ModelDeclaration): string {
  const { spec, parsed } = declaration;
  if (!spec) return `${parsed.baseId} is not in the catalog, so its profiles are unknown`;
  return spec.profiles.length > 0
    ? `the geographies with a profile of ${parsed.baseId} are: ${spec.profiles.join(', ')}`
    : `${parsed.baseId} has no cross-region profile in the catalog`;
}
