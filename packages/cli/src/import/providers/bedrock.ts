import { crossRegionProfiles, lookupModel, parseBedrockModel, regionMatchesGeography } from '@litellm-cdk/core';
import type { ImportContext } from '../import-context.js';
import { sameData, type GroupRun, type ProviderMapping, type ProviderMatch } from '../provider-mapping.js';
import { code, tsCall, tsValue } from '../ts-source.js';
import { commonModelOptions, providerKeepsModelInfo, reasoningFits, sharedOptionsOf } from './_shared.js';

const PACKAGE = '@litellm-cdk/bedrock';

/**
 * The credential sets of the Bedrock provider: the `litellm_params` keys each kind writes (required ones first),
 * and the `BedrockCredentials` factory and prop of each key.
 */
const CREDENTIAL_KINDS = [
  {
    factory: 'keys',
    required: ['aws_access_key_id', 'aws_secret_access_key'],
    optional: ['aws_session_token'],
    props: { aws_access_key_id: 'accessKeyId', aws_secret_access_key: 'secretAccessKey', aws_session_token: 'sessionToken' },
  },
  {
    factory: 'webIdentity',
    required: ['aws_web_identity_token', 'aws_role_name'],
    optional: ['aws_session_name', 'aws_sts_endpoint'],
    props: { aws_web_identity_token: 'webIdentityToken', aws_role_name: 'roleName', aws_session_name: 'sessionName', aws_sts_endpoint: 'stsEndpoint' },
  },
  {
    factory: 'role',
    required: ['aws_role_name'],
    optional: ['aws_session_name', 'aws_external_id', 'aws_sts_endpoint'],
    props: { aws_role_name: 'roleName', aws_session_name: 'sessionName', aws_external_id: 'externalId', aws_sts_endpoint: 'stsEndpoint' },
  },
  { factory: 'profile', required: ['aws_profile_name'], optional: [], props: { aws_profile_name: 'profileName' } },
] as const;

const CREDENTIAL_KEYS: readonly string[] = [...new Set(CREDENTIAL_KINDS.flatMap((kind) => [...kind.required, ...kind.optional]))];
const MODEL_PARAMS = ['model', 'aws_region_name', 'rpm', 'tpm', 'reasoning_effort'];

/** One credential set as found in a deployment's params. */
interface FoundCredentials {
  readonly factory: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * AWS Bedrock: a group whose deployments call one cross-region inference profile (`bedrock/[route/]<geo>.<id>`)
 * from one region of its geography, one deployment per credential set (or a single one with the proxy's own
 * credentials), is what `BedrockProvider.addModel()` writes for a provider with that region and those sets.
 */
export const bedrockMapping: ProviderMapping = (run) => {
  const [first] = run.entries;
  const model = first.params.model as string;
  if (!model.startsWith('bedrock/') || !run.entries.every((e) => e.params.model === model)) return undefined;
  const parsed = parseBedrockModel(model);
  if (parsed.arn || !parsed.geography || parsed.geography === 'global') return undefined;
  if (parsed.route !== undefined && parsed.route !== 'converse' && parsed.route !== 'invoke') return undefined;
  const options = sharedOptionsOf(run, [...MODEL_PARAMS, ...CREDENTIAL_KEYS]);
  if (!options || options.modelInfo?.id !== undefined) return undefined;

  const region = first.params.aws_region_name;
  if (typeof region !== 'string' || !run.entries.every((e) => e.params.aws_region_name === region)) return undefined;
  if (!region.startsWith('os.environ/') && !regionMatchesGeography(region, parsed.geography)) return undefined;

  const credentials = credentialSetsOf(run);
  if (!credentials) return undefined;

  const catalog = lookupModel(model);
  if (!crossRegionProfiles(parsed.baseId).includes(parsed.geography)) return undefined;
  if (!providerKeepsModelInfo(catalog, options) || !reasoningFits(catalog, options)) return undefined;

  const geography = parsed.geography;
  return {
    packageName: PACKAGE,
    instanceKey: JSON.stringify({ geography, region, credentials }),
    providerId: 'Bedrock',
    providerExpression: (ctx, scope, id, lead) => providerExpression(ctx, run, scope, id, lead, { [geography]: region }, credentials),
    groupExpression: (ctx, provider, lead) => {
      const props = ctx.withSecrets(
        { model: parsed.modelId, ...(parsed.route ? { route: parsed.route } : {}), ...commonModelOptions(options) },
        run.file,
        `model_list[${first.index}]`,
      );
      return tsCall(`${provider}.addModel`, [run.modelName, props], lead);
    },
  } satisfies ProviderMatch;
};

/**
 * The credential set of each deployment, in order: none for a single deployment without credential keys (the
 * proxy's own credentials); otherwise one recognised, distinct set per deployment.
 */
function credentialSetsOf(run: GroupRun): FoundCredentials[] | undefined {
  const found = run.entries.map((entry) => credentialsOf(entry.params));
  if (found.length === 1 && found[0] === null) return [];
  if (found.some((set) => set === null || set === undefined)) return undefined;
  const sets = found as FoundCredentials[];
  const distinct = sets.every((set, index) => sets.findIndex((other) => sameData(other.values, set.values)) === index);
  return distinct ? sets : undefined;
}

/** The credential set a deployment's params hold: `null` for none, `undefined` for keys no single kind writes. */
function credentialsOf(params: Readonly<Record<string, unknown>>): FoundCredentials | null | undefined {
  const present = Object.keys(params).filter((key) => CREDENTIAL_KEYS.includes(key));
  if (present.length === 0) return null;
  for (const kind of CREDENTIAL_KINDS) {
    const allowed: readonly string[] = [...kind.required, ...kind.optional];
    if (kind.required.every((key) => present.includes(key)) && present.every((key) => allowed.includes(key))) {
      if (!present.every((key) => typeof params[key] === 'string')) return undefined;
      return { factory: kind.factory, values: Object.fromEntries(present.map((key) => [key, params[key]])) };
    }
  }
  return undefined;
}

function providerExpression(
  ctx: ImportContext,
  run: GroupRun,
  scope: string,
  id: string,
  lead: number,
  regions: Record<string, string>,
  credentials: readonly FoundCredentials[],
): string {
  const location = `model_list[${run.entries[0].index}].litellm_params`;
  const regionMap = Object.fromEntries(Object.entries(regions).map(([geography, value]) => [geography, ctx.withSecrets(value, run.file, `${location}.aws_region_name`)]));
  const props: Record<string, unknown> = { regions: regionMap };
  if (credentials.length > 0) {
    const builder = ctx.use(PACKAGE, 'BedrockCredentials');
    props.credentials = credentials.map((set) => {
      const kind = CREDENTIAL_KINDS.find((k) => k.factory === set.factory)!;
      const names = kind.props as Readonly<Record<string, string>>;
      const args = Object.fromEntries(Object.entries(set.values).map(([key, value]) => [names[key], ctx.withSecrets(value, run.file, `${location}.${key}`)]));
      return code(`${builder}.${set.factory}(${tsValue(args)})`);
    });
  }
  return tsCall(`new ${ctx.use(PACKAGE, 'BedrockProvider')}`, [code(scope), id, props], lead);
}
