import {
  Annotations,
  CAPABILITY_FINDING_IDS,
  regionMatchesGeography,
  regionsForGeography,
  Secret,
  Testing,
} from '@litellm-cdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEDROCK_FINDING_IDS, BedrockCredentials, BedrockModels, type RegionalGeography } from '../src/index.js';
import { findingsWithId, modelsOf, setup, SONNET_3_7 } from './_fixtures.js';

const HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const TWO_ACCOUNTS = [BedrockCredentials.fromEnvironment(), BedrockCredentials.fromEnvironment({ prefix: 'SECOND_' })];

describe('CrisExpansion', () => {
  it('expands a base model into one deployment per geography, each calling its profile from its region', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1', us: 'us-east-1' } });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'us'] });
    expect(group.deployments).toEqual([]);
    const deployments = Testing.template(config).deploymentsOf('claude');
    expect(deployments.map((d) => [d.litellm_params.model, d.litellm_params.aws_region_name])).toEqual([
      [`bedrock/eu.${SONNET_3_7}`, 'eu-central-1'],
      [`bedrock/us.${SONNET_3_7}`, 'us-east-1'],
    ]);
    expect(group.deployments.map((d) => d.node.path)).toEqual(['prod/bedrock/claude/eu', 'prod/bedrock/claude/us']);
    expect(group.deployments.map((d) => d.facts.geography)).toEqual(['eu', 'us']);
  });

  it('crosses every geography with every credential set, in geography order', () => {
    const { bedrock } = setup({ regions: { eu: 'eu-central-1', us: 'us-east-1' }, credentials: TWO_ACCOUNTS });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'us'] });
    Testing.synthApp(group);
    expect(group.deployments.map((d) => d.node.id)).toEqual(['eu', 'eu-creds2', 'us', 'us-creds2']);
    expect(group.deployments.map((d) => `${d.facts.geography}/${d.facts.credentialSet}`)).toEqual([
      'eu/creds1',
      'eu/creds2',
      'us/creds1',
      'us/creds2',
    ]);
  });

  it('keeps an id that already names a profile as written, once per credential set', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-west-3' }, credentials: TWO_ACCOUNTS });
    const group = bedrock.addModel('claude-eu', { model: `eu.${SONNET_3_7}` });
    expect(modelsOf(config, 'claude-eu')).toEqual([`bedrock/eu.${SONNET_3_7}`, `bedrock/eu.${SONNET_3_7}`]);
    expect(group.deployments[0].facts).toMatchObject({
      modelId: `eu.${SONNET_3_7}`,
      baseModelId: SONNET_3_7,
      geography: 'eu',
      region: 'eu-west-3',
    });
  });

  it('calls a global profile from every commercial region of the map, or from the regions of globalFrom', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1', us: 'us-west-2', 'us-gov': 'us-gov-west-1' } });
    const everywhere = bedrock.addModel('haiku', { model: HAIKU_4_5, geographies: ['global'] });
    bedrock.addModel('haiku-eu-source', { model: HAIKU_4_5, geographies: ['global'], globalFrom: ['eu'] });
    const template = Testing.template(config);
    expect(everywhere.deployments.map((d) => d.node.id)).toEqual(['global-us', 'global-eu']);
    expect(template.deploymentsOf('haiku').map((d) => d.litellm_params.aws_region_name)).toEqual([
      'us-west-2',
      'eu-central-1',
    ]);
    expect(modelsOf(config, 'haiku-eu-source')).toEqual([`bedrock/global.${HAIKU_4_5}`]);
  });

  it('calls the base model in each region when crossRegion is false', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1', us: 'us-east-1' } });
    const group = bedrock.addModel('embed', {
      model: 'amazon.titan-embed-text-v2:0',
      geographies: ['eu', 'us'],
      crossRegion: false,
    });
    expect(modelsOf(config, 'embed')).toEqual([
      'bedrock/amazon.titan-embed-text-v2:0',
      'bedrock/amazon.titan-embed-text-v2:0',
    ]);
    expect(group.deployments.map((d) => [d.node.id, d.facts.region, d.facts.geography])).toEqual([
      ['eu', 'eu-central-1', undefined],
      ['us', 'us-east-1', undefined],
    ]);
  });

  it("calls a global profile from the default region variables of the model's own geographies without a region map", () => {
    const { config, bedrock } = setup({});
    const group = bedrock.addModel('haiku', { model: HAIKU_4_5, geographies: ['eu', 'global'] });
    const deployments = Testing.template(config).deploymentsOf('haiku');
    expect(deployments.map((d) => [d.litellm_params.model, d.litellm_params.aws_region_name])).toEqual([
      [`bedrock/eu.${HAIKU_4_5}`, 'os.environ/AWS_REGION_NAME_EU'],
      [`bedrock/global.${HAIKU_4_5}`, 'os.environ/AWS_REGION_NAME_EU'],
    ]);
    expect(group.deployments.map((d) => d.node.id)).toEqual(['eu', 'global-eu']);
  });

  it('trusts the geographies of a model outside the catalog', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('future', { model: 'anthropic.claude-sonnet-9-v1:0', geographies: ['eu', 'us'] });
    expect(modelsOf(config, 'future')).toEqual([
      'bedrock/eu.anthropic.claude-sonnet-9-v1:0',
      'bedrock/us.anthropic.claude-sonnet-9-v1:0',
    ]);
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.profileNotAvailable)).toEqual([]);
  });
});

describe('CrisExpansion errors', () => {
  it('reports a geography without a profile of the model, naming the geographies that have one', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1', jp: 'ap-northeast-1' } });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'jp'] });
    const errors = findingsWithId(config, BEDROCK_FINDING_IDS.profileNotAvailable);
    expect(errors).toEqual([expect.objectContaining({ severity: 'error', path: 'prod/bedrock/claude' })]);
    expect(errors[0].message).toBe(
      `${SONNET_3_7} has no 'jp' cross-region inference profile in the catalog (LiteLLM model map v1.81.13); ` +
        `the geographies with a profile of ${SONNET_3_7} are: us, eu.`,
    );
  });

  it('still writes the profile when the missing-profile error is acknowledged, for a catalog that lags AWS', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1', jp: 'ap-northeast-1' } });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'jp'] });
    Annotations.of(group).acknowledge(
      BEDROCK_FINDING_IDS.profileNotAvailable,
      'AWS launched the jp profile after the catalog',
    );
    expect(modelsOf(config, 'claude')).toEqual([`bedrock/eu.${SONNET_3_7}`, `bedrock/jp.${SONNET_3_7}`]);
  });

  it('reports a profile called from a literal region outside its geography on the deployment, naming the profile that fits', () => {
    const { config, bedrock } = setup({ regions: { eu: 'us-east-1' } });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    const errors = findingsWithId(config, CAPABILITY_FINDING_IDS.crisRegionMismatch);
    expect(errors.map((f) => [f.severity, f.path])).toEqual([['error', 'prod/bedrock/claude/eu']]);
    expect(errors[0].message).toContain(
      `eu.${SONNET_3_7} cannot be called from aws_region_name us-east-1: 'eu' profiles are called from eu-central-1`,
    );
    expect(errors[0].hint).toContain(`or call us.${SONNET_3_7} from us-east-1`);
  });

  it('reports a base model called in-region from a literal region outside its geography, naming the regions that fit', () => {
    const { config, bedrock } = setup({ regions: { eu: 'us-east-1' } });
    bedrock.addModel('embed', {
      model: 'amazon.titan-embed-text-v2:0',
      geographies: ['eu'],
      crossRegion: false,
      rpm: 1,
    });
    const errors = findingsWithId(config, BEDROCK_FINDING_IDS.regionOutsideGeography);
    expect(errors.map((f) => [f.severity, f.path])).toEqual([['error', 'prod/bedrock/embed']]);
    expect(errors[0].message).toBe(
      "amazon.titan-embed-text-v2:0 is called in region us-east-1 for geography 'eu' (crossRegion: false), but us-east-1 is not in 'eu'.",
    );
    expect(errors[0].hint).toContain(`Set regions.eu to a region of 'eu' (${regionsForGeography('eu').join(', ')})`);
  });

  it('accepts in-region calls from regions within their geography, and regions given as secrets', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-west-1', us: Secret.env('US_REGION') } });
    bedrock.addModel('embed', {
      model: 'amazon.titan-embed-text-v2:0',
      geographies: ['eu', 'us'],
      crossRegion: false,
      rpm: 1,
    });
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.regionOutsideGeography)).toEqual([]);
  });

  it('reports deployment ids that collide when a credential set name completes a geography, instead of crashing', () => {
    const { config, bedrock } = setup({
      regions: { us: 'us-east-1', 'us-gov': 'us-gov-west-1' },
      credentials: [
        BedrockCredentials.fromEnvironment(),
        BedrockCredentials.fromEnvironment({ prefix: 'GOV_', name: 'gov' }),
      ],
    });
    const group = bedrock.addModel('embed', {
      model: 'amazon.titan-embed-text-v2:0',
      geographies: ['us', 'us-gov'],
      crossRegion: false,
      rpm: 1,
    });
    const errors = findingsWithId(config, BEDROCK_FINDING_IDS.deploymentIdCollision);
    expect(errors.map((f) => [f.severity, f.path])).toEqual([['error', 'prod/bedrock/embed']]);
    expect(errors[0].message).toBe(
      "Two deployments of amazon.titan-embed-text-v2:0 would both have the id 'us-gov': 'us' with credential set 'gov' " +
        "and 'us-gov' with credential set 'creds1'; only the first is written.",
    );
    expect(errors[0].hint).toContain("Rename credential set 'gov'");
    expect(group.deployments.map((d) => d.node.id)).toEqual(['us', 'us-gov', 'us-gov-gov']);
  });

  it('does not check a region given as a secret', () => {
    const { config, bedrock } = setup({ regions: { eu: Secret.env('AWS_REGION_NAME_EU') } });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    expect(findingsWithId(config, CAPABILITY_FINDING_IDS.crisRegionMismatch)).toEqual([]);
  });

  it('reports a base model id without geographies, naming its profiles', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', { model: SONNET_3_7 });
    const [error] = findingsWithId(config, BEDROCK_FINDING_IDS.geographiesRequired);
    expect(error).toMatchObject({ path: 'prod/bedrock/claude', severity: 'error' });
    expect(error.hint).toContain(
      'the geographies with a profile of anthropic.claude-3-7-sonnet-20250219-v1:0 are: us, eu',
    );
  });

  it('reports a profile id combined with other geographies', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', { model: `eu.${SONNET_3_7}`, geographies: ['us'] });
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.geographyConflict)).toEqual([
      expect.objectContaining({
        path: 'prod/bedrock/claude',
        message: expect.stringContaining("is the 'eu' cross-region profile"),
      }),
    ]);
  });

  it('reports a global profile with no region to call it from', () => {
    const { config, bedrock } = setup({});
    bedrock.addModel('haiku', { model: HAIKU_4_5, geographies: ['global'] });
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.globalWithoutSourceRegion).map((f) => f.path)).toEqual([
      'prod/bedrock/haiku',
    ]);
  });

  it('reports every problem of a synth together, each with its construct path', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1' } });
    bedrock.addModel('a', { model: SONNET_3_7, geographies: ['apac'] });
    bedrock.addModel('b', { model: SONNET_3_7 });
    expect(() => Testing.synthApp(config)).toThrow(
      /\[prod\/bedrock\/a\] bedrock\/profile-not-available[\s\S]*\[prod\/bedrock\/b\] bedrock\/geographies-required/,
    );
  });
});

describe('CrisExpansion properties', () => {
  const regionalModels = BedrockModels.ids().filter((id) => BedrockModels.profiles(id).some((g) => g !== 'global'));

  const scenario = fc.constantFrom(...regionalModels).chain((model) => {
    const geographies = BedrockModels.profiles(model).filter((g): g is RegionalGeography => g !== 'global');
    return fc.record({
      model: fc.constant(model),
      geographies: fc.subarray(geographies, { minLength: 1 }),
      credentialCount: fc.integer({ min: 1, max: 3 }),
      regionPick: fc.nat(),
    });
  });

  it('gives a group exactly |geographies| x |credential sets| deployments, each region within its geography', () => {
    fc.assert(
      fc.property(scenario, ({ model, geographies, credentialCount, regionPick }) => {
        const regions = Object.fromEntries(
          geographies.map((g) => {
            const fitting = regionsForGeography(g);
            return [g, fitting[regionPick % fitting.length]];
          }),
        );
        const credentials = Array.from({ length: credentialCount }, (_, i) =>
          BedrockCredentials.fromEnvironment({ prefix: `ACCOUNT${i}_` }),
        );
        const { bedrock } = setup({ regions, credentials });
        const group = bedrock.addModel('model', { model, geographies });
        Testing.synthApp(group);
        const deployments = group.deployments;
        expect(deployments).toHaveLength(geographies.length * credentialCount);
        expect(new Set(deployments.map((d) => d.node.id)).size).toBe(deployments.length);
        for (const deployment of deployments) {
          const { geography, region, modelId, credentialSet } = deployment.facts;
          expect(regionMatchesGeography(region!, geography!)).toBe(true);
          expect(modelId).toBe(`${geography}.${model}`);
          // Sets are named creds<N> by position; set N reads its keys from ACCOUNT<N-1>_*.
          const account = Number(/^creds(\d+)$/.exec(credentialSet ?? '')?.[1]) - 1;
          expect(account).toBeGreaterThanOrEqual(0);
          const keyId = deployment.litellmParams.aws_access_key_id;
          expect(Secret.isSecret(keyId) ? keyId.render() : keyId).toBe(
            `os.environ/ACCOUNT${account}_AWS_ACCESS_KEY_ID`,
          );
          const secretKey = deployment.litellmParams.aws_secret_access_key;
          expect(Secret.isSecret(secretKey) ? secretKey.render() : secretKey).toBe(
            `os.environ/ACCOUNT${account}_AWS_SECRET_ACCESS_KEY`,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
