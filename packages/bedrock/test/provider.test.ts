import { ModelDeployment, ModelGroup, Provider, ProxyConfig, Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { BedrockCredentials, BedrockProvider } from '../src/index.js';
import { findingsWithId, setup, SONNET_3_7 } from './_fixtures.js';

const TITAN_EMBED = 'amazon.titan-embed-text-v2:0';

describe('credentials', () => {
  it('renders an access key pair with a session token as secrets', () => {
    const { config, bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      credentials: [
        BedrockCredentials.keys({
          accessKeyId: Secret.env('AWS_ACCESS_KEY_ID'),
          secretAccessKey: Secret.env('AWS_SECRET_ACCESS_KEY'),
          sessionToken: Secret.env('AWS_SESSION_TOKEN'),
        }),
      ],
    });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    expect(Testing.template(config).deploymentsOf('claude')[0].litellm_params).toMatchObject({
      aws_access_key_id: 'os.environ/AWS_ACCESS_KEY_ID',
      aws_secret_access_key: 'os.environ/AWS_SECRET_ACCESS_KEY',
      aws_session_token: 'os.environ/AWS_SESSION_TOKEN',
    });
  });

  it('renders the role, profile and web identity forms to LiteLLM aws_* keys', () => {
    const { config, bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      credentials: [
        BedrockCredentials.role({
          roleName: Secret.env('BEDROCK_ROLE_ARN'),
          sessionName: 'litellm',
          externalId: Secret.env('BEDROCK_EXTERNAL_ID'),
          stsEndpoint: 'https://sts.eu-central-1.amazonaws.com',
        }),
        { kind: 'profile', profileName: 'bedrock-prod' },
        BedrockCredentials.webIdentity({
          webIdentityToken: Secret.oidc('example', 'sts.amazonaws.com'),
          roleName: Secret.env('BEDROCK_WEB_ROLE_ARN'),
          name: 'web',
        }),
      ],
    });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    const params = Testing.template(config)
      .deploymentsOf('claude')
      .map((d) => d.litellm_params);
    expect(params[0]).toMatchObject({
      aws_role_name: 'os.environ/BEDROCK_ROLE_ARN',
      aws_session_name: 'litellm',
      aws_external_id: 'os.environ/BEDROCK_EXTERNAL_ID',
      aws_sts_endpoint: 'https://sts.eu-central-1.amazonaws.com',
    });
    expect(params[1]).toMatchObject({ aws_profile_name: 'bedrock-prod' });
    expect(params[2]).toMatchObject({
      aws_web_identity_token: 'oidc/example/sts.amazonaws.com',
      aws_role_name: 'os.environ/BEDROCK_WEB_ROLE_ARN',
    });
    expect(params[0]).not.toHaveProperty('aws_access_key_id');
  });

  it('gives web identity credentials the session name litellm-cdk unless they name one, as LiteLLM needs all three', () => {
    const token = Secret.env('AWS_WEB_IDENTITY_TOKEN');
    const { config, bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      credentials: [
        BedrockCredentials.webIdentity({ webIdentityToken: token, roleName: Secret.env('ROLE_ARN') }),
        BedrockCredentials.webIdentity({
          webIdentityToken: token,
          roleName: Secret.env('ROLE_ARN'),
          sessionName: 'proxy',
          name: 'named',
        }),
      ],
    });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    const params = Testing.template(config)
      .deploymentsOf('claude')
      .map((d) => d.litellm_params);
    expect(params).toEqual([
      {
        model: `bedrock/eu.${SONNET_3_7}`,
        aws_region_name: 'eu-central-1',
        aws_web_identity_token: 'os.environ/AWS_WEB_IDENTITY_TOKEN',
        aws_role_name: 'os.environ/ROLE_ARN',
        aws_session_name: 'litellm-cdk',
      },
      {
        model: `bedrock/eu.${SONNET_3_7}`,
        aws_region_name: 'eu-central-1',
        aws_web_identity_token: 'os.environ/AWS_WEB_IDENTITY_TOKEN',
        aws_role_name: 'os.environ/ROLE_ARN',
        aws_session_name: 'proxy',
      },
    ]);
  });

  it('names deployments after the credential set: the first set adds nothing, later ones creds<N> or their name', () => {
    const { bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      credentials: [
        BedrockCredentials.fromEnvironment(),
        BedrockCredentials.fromEnvironment({ prefix: 'B_' }),
        BedrockCredentials.fromEnvironment({ prefix: 'C_', name: 'audit' }),
      ],
    });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    Testing.synthApp(group);
    expect(group.deployments.map((d) => d.node.id)).toEqual(['eu', 'eu-creds2', 'eu-audit']);
    expect(group.deployments.map((d) => d.facts.credentialSet)).toEqual(['creds1', 'creds2', 'audit']);
  });

  it('uses the credentials of the proxy environment when none are given', () => {
    const { config, bedrock } = setup({ regions: { eu: 'eu-central-1' } });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    const [params] = Testing.template(config)
      .deploymentsOf('claude')
      .map((d) => d.litellm_params);
    expect(Object.keys(params).filter((key) => key.startsWith('aws_'))).toEqual(['aws_region_name']);
    expect(group.deployments[0].facts.credentialSet).toBeUndefined();
  });

  it('crosses models added before a credential set with that set too', () => {
    const { config, bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      credentials: [BedrockCredentials.fromEnvironment()],
    });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    bedrock.addCredentialSet(BedrockCredentials.fromEnvironment({ prefix: 'SECOND_', name: 'second' }));
    const keys = Testing.template(config)
      .deploymentsOf('claude')
      .map((d) => d.litellm_params.aws_access_key_id);
    expect(keys).toEqual(['os.environ/AWS_ACCESS_KEY_ID', 'os.environ/SECOND_AWS_ACCESS_KEY_ID']);
  });

  it('rejects two credential sets with the same name', () => {
    const { bedrock } = setup({ credentials: [BedrockCredentials.fromEnvironment({ name: 'main' })] });
    expect(() => bedrock.addCredentialSet(BedrockCredentials.fromEnvironment({ prefix: 'X_', name: 'main' }))).toThrow(
      "[prod/bedrock] Two credential sets are named 'main'",
    );
  });

  it('reports a plaintext credential through core, never emitting it silently', () => {
    const { config, bedrock } = setup({
      regions: { eu: 'eu-central-1' },
      credentials: [
        {
          kind: 'keys',
          accessKeyId: Secret.env('AWS_ACCESS_KEY_ID'),
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      ],
    });
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    expect(findingsWithId(config, 'core/plaintext-secret').map((f) => f.path)).toEqual(['prod/bedrock/claude/eu']);
  });
});

describe('regions', () => {
  it('renders a literal region and records it as a fact', () => {
    const { bedrock } = setup({ regions: { eu: 'eu-west-1' } });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    Testing.synthApp(group);
    const [deployment] = group.deployments;
    expect(deployment.litellmParams.aws_region_name).toBe('eu-west-1');
    expect(deployment.facts).toMatchObject({
      provider: 'bedrock',
      region: 'eu-west-1',
      regionValue: 'eu-west-1',
      geography: 'eu',
    });
  });

  it('renders a secret region as an environment reference, with no literal region fact', () => {
    const { config, bedrock } = setup({ regions: { us: Secret.env('BEDROCK_US_REGION') } });
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['us'] });
    expect(Testing.template(config).deploymentsOf('claude')[0].litellm_params.aws_region_name).toBe(
      'os.environ/BEDROCK_US_REGION',
    );
    expect(group.deployments[0].facts.region).toBeUndefined();
    expect(Secret.isSecret(group.deployments[0].facts.regionValue)).toBe(true);
  });

  it('reads the region of a geography the map does not name from AWS_REGION_NAME_<GEOGRAPHY>', () => {
    const { config, bedrock } = setup({});
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'us'] });
    const regions = Testing.template(config)
      .deploymentsOf('claude')
      .map((d) => d.litellm_params.aws_region_name);
    expect(regions).toEqual(['os.environ/AWS_REGION_NAME_EU', 'os.environ/AWS_REGION_NAME_US']);
    expect(
      Testing.synthApp(config)
        .getConfig('prod')
        .environmentVariables.map((v) => v.name),
    ).toEqual(['AWS_REGION_NAME_EU', 'AWS_REGION_NAME_US']);
  });

  it('rejects a region map key that is not a geography', () => {
    const config = new ProxyConfig(Testing.app(), 'prod');
    expect(() => new BedrockProvider(config, 'bedrock', { regions: { global: 'us-east-1' } as never })).toThrow(
      /regions has the key 'global'.*globalFrom/,
    );
  });
});

describe('addModel', () => {
  it('is a core Provider whose deployments carry the Bedrock facts', () => {
    const { bedrock } = setup();
    const group = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'] });
    Testing.synthApp(group);
    const [deployment] = group.deployments;
    expect(Provider.isProvider(bedrock) && BedrockProvider.isBedrockProvider(bedrock)).toBe(true);
    expect(Provider.of(deployment)).toBe(bedrock);
    expect(ModelGroup.of(deployment)).toBe(group);
    expect(deployment.facts).toMatchObject({
      provider: 'bedrock',
      modelId: `eu.${SONNET_3_7}`,
      baseModelId: SONNET_3_7,
      catalogEntry: expect.objectContaining({ id: `eu.${SONNET_3_7}`, supportsReasoning: true }),
    });
    expect(bedrock.deployments).toEqual(ModelDeployment.all(bedrock));
  });

  it('renders rpm, tpm, the converse route and reasoning effort on every deployment', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu', 'us'],
      rpm: 60,
      tpm: 200_000,
      route: 'converse',
      reasoningEffort: 'low',
    });
    const deployments = Testing.template(config).deploymentsOf('claude');
    expect(deployments).toHaveLength(2);
    for (const deployment of deployments) {
      expect(deployment.litellm_params).toMatchObject({ rpm: 60, tpm: 200_000, reasoning_effort: 'low' });
      expect(deployment.litellm_params.model).toMatch(/^bedrock\/converse\/(eu|us)\.anthropic\.claude-3-7-sonnet/);
    }
  });

  it('writes the catalog mode of a model that is not a chat model, and model_info overrides', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('embed', { model: TITAN_EMBED, geographies: ['eu'], crossRegion: false });
    bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu'],
      modelInfo: { base_model: 'claude-3-7-sonnet', max_output_tokens: 64_000 },
    });
    const template = Testing.template(config);
    expect(template.deploymentsOf('embed')[0].model_info).toEqual({ mode: 'embedding' });
    expect(template.deploymentsOf('claude')[0].model_info).toEqual({
      base_model: 'claude-3-7-sonnet',
      max_output_tokens: 64_000,
    });
  });

  it('writes the mode given to addModel, which wins over modelInfo.mode', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('rerank', {
      model: 'cohere.rerank-v4:0',
      geographies: ['eu'],
      crossRegion: false,
      mode: 'rerank',
      modelInfo: { mode: 'chat' },
    });
    expect(Testing.template(config).deploymentsOf('rerank')[0].model_info).toEqual({ mode: 'rerank' });
  });

  it("reports a rate limit of 0 and one that is not a whole number on each deployment, by core's own checks", () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu', 'us'], rpm: 0, tpm: 1.5 });
    expect(findingsWithId(config, 'core/invalid-rate-limit').map((f) => [f.path, f.location])).toEqual([
      ['prod/bedrock/claude/eu', 'model_list[0].litellm_params.rpm'],
      ['prod/bedrock/claude/us', 'model_list[1].litellm_params.rpm'],
    ]);
    expect(findingsWithId(config, 'core/schema').map((f) => [f.path, f.location])).toEqual([
      ['prod/bedrock/claude/eu', 'model_list[0].litellm_params.tpm'],
      ['prod/bedrock/claude/us', 'model_list[1].litellm_params.tpm'],
    ]);
  });

  it('reports reasoning effort on a model that does not reason on each deployment', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('haiku', {
      model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
      geographies: ['eu'],
      reasoningEffort: 'high',
    });
    const [finding] = findingsWithId(config, 'core/reasoning-effort-unsupported');
    expect(finding).toMatchObject({ severity: 'error', path: 'prod/bedrock/haiku/eu' });
    expect(finding.message).toContain("reasoning_effort is 'high'");
  });

  it('rejects a model given with the bedrock/ prefix, a route or an ARN', () => {
    const { bedrock } = setup();
    expect(() => bedrock.addModel('a', { model: `bedrock/${SONNET_3_7}` })).toThrow(/without 'bedrock\/'/);
    expect(() => bedrock.addModel('b', { model: `converse/${SONNET_3_7}` })).toThrow(/use the route option/);
    expect(() =>
      bedrock.addModel('c', { model: 'arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.x' }),
    ).toThrow(/ARN/);
  });

  it('rejects a geography that does not exist', () => {
    const { bedrock } = setup();
    expect(() => bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['europe' as never] })).toThrow(
      "[prod/bedrock/claude] 'europe' is not a geography",
    );
  });
});
