// Checks of the deployments of a merged config that LiteLLM never makes: a provider it can infer, unique ids, no
// repeated deployment, one mode per model group, rate limits above 0, AWS regions that exist.
import { AWS_REGIONS, inferProvider, isAwsRegion, lookupModel } from '../catalog/index.js';
import { litellmParamKeysOf, providersReadingParam } from '../config/schemas/litellm-params-keys.js';
import { closestMatches, didYouMean } from '../suggestions/did-you-mean.js';
import type { Deployment, ModelGroups } from './_model-groups.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import type { ConfigFinding } from './finding.js';

/** Every deployment finding of a merged config (merged view paths). */
export function deploymentFindings(groups: ModelGroups, customProviders: ReadonlySet<string>): ConfigFinding[] {
  return [
    ...groups.deployments.flatMap((deployment) => providerFinding(deployment, customProviders)),
    ...groups.deployments.flatMap(rateLimitFindings),
    ...groups.deployments.flatMap(unknownRegionFindings),
    ...groups.deployments.flatMap((deployment) => unknownParamFindings(deployment, customProviders)),
    ...duplicateIdFindings(groups),
    ...duplicateDeploymentFindings(groups),
    ...[...groups.byName.values()].flatMap(mixedModeFinding),
  ];
}

/** A deployment whose provider LiteLLM cannot infer is skipped by the proxy with only a log line. */
function providerFinding(deployment: Deployment, customProviders: ReadonlySet<string>): ConfigFinding[] {
  const model = deployment.params?.model;
  if (typeof model !== 'string' || model.startsWith(ENV_REFERENCE_PREFIX)) return [];
  const custom = deployment.params?.custom_llm_provider;
  if (inferProvider(model, typeof custom === 'string' ? custom : undefined, customProviders) !== undefined) return [];
  return [
    {
      severity: 'error',
      id: 'core/unknown-provider',
      message: `LiteLLM cannot infer a provider for model '${model}' (${deployment.label}, model_name '${deployment.modelName}'); the proxy silently skips this deployment.`,
      path: ['model_list', deployment.index, 'litellm_params', 'model'],
      hint: 'Use a provider prefix LiteLLM knows, such as openai/ or openrouter/, set litellm_params.custom_llm_provider, or declare the provider in litellm_settings.custom_provider_map.',
    },
  ];
}

/**
 * `rpm` and `tpm` must be above 0: LiteLLM accepts 0 or a negative limit, and the router then never picks the
 * deployment. (A limit that is not a whole number is a schema error: LiteLLM skips such a deployment.) Checked here,
 * once, for every deployment, whichever provider library or hand-written file it comes from.
 */
function rateLimitFindings(deployment: Deployment): ConfigFinding[] {
  return (['rpm', 'tpm'] as const).flatMap((key): ConfigFinding[] => {
    const value = deployment.params?.[key];
    if (typeof value !== 'number' || value > 0) return [];
    return [
      {
        severity: 'error',
        id: 'core/invalid-rate-limit',
        message: `${key} ${value} of ${deployment.label} is not above 0, which leaves the deployment no traffic.`,
        path: ['model_list', deployment.index, 'litellm_params', key],
        hint: `Set ${key} to a whole number of ${key === 'rpm' ? 'requests' : 'tokens'} per minute above 0, or leave it out for no limit.`,
      },
    ];
  });
}

/**
 * A literal `aws_region_name` must be a region AWS has: a typo (`eu-centrl-1`) makes every call fail at request time,
 * long after the config loaded. The hint names the regions of the same geography (`eu-`) and the closest match.
 */
function unknownRegionFindings(deployment: Deployment): ConfigFinding[] {
  const region = deployment.params?.aws_region_name;
  if (typeof region !== 'string' || region.startsWith(ENV_REFERENCE_PREFIX) || isAwsRegion(region)) return [];
  const geography = region.split('-')[0] ?? '';
  const sameGeography = AWS_REGIONS.filter((known) => known.startsWith(`${geography}-`));
  const listed = sameGeography.length > 0 ? ` AWS's '${geography}-' regions: ${sameGeography.join(', ')}.` : '';
  return [
    {
      severity: 'error',
      id: 'core/unknown-aws-region',
      message: `aws_region_name '${region}' of ${deployment.label} is not an AWS region, so every request to this deployment fails.${didYouMean(region, AWS_REGIONS, { limit: 1 })}`,
      path: ['model_list', deployment.index, 'litellm_params', 'aws_region_name'],
      hint: `Set aws_region_name to an AWS region code.${listed} If AWS opened this region after this release, acknowledge the finding with a reason.`,
    },
  ];
}

/**
 * A `litellm_params` key LiteLLM does not read for the deployment's provider is forwarded to the provider's API,
 * which rejects it or ignores it: a misspelt key (`api_kye`) silently loses its value. Reported when the key is
 * close to one the provider reads, or is another provider's own key (`vertex_project` on a Bedrock deployment).
 * Any other key is taken for one of the provider's own request parameters (`top_k`, ...), which nobody lists.
 * Deployments of a `custom_provider_map` handler read whatever their handler reads, so they are not checked.
 */
function unknownParamFindings(deployment: Deployment, customProviders: ReadonlySet<string>): ConfigFinding[] {
  const { params } = deployment;
  const model = params?.model;
  if (!params || typeof model !== 'string') return [];
  const custom = typeof params.custom_llm_provider === 'string' ? params.custom_llm_provider : undefined;
  const provider = inferProvider(model, custom, customProviders);
  if (provider === undefined || customProviders.has(provider)) return [];
  const known = litellmParamKeysOf(provider);
  return Object.keys(params).flatMap((key): ConfigFinding[] => {
    if (known.has(key)) return [];
    const readers = providersReadingParam(key);
    const suggestions = closestMatches(key, known);
    if (readers.length === 0 && suggestions.length === 0) return [];
    const message =
      readers.length > 0
        ? `litellm_params.${key} of ${deployment.label} is read for ${readers.join(', ')} deployments only; LiteLLM forwards it to the ${provider} API as it is.`
        : `litellm_params.${key} of ${deployment.label} is not a key LiteLLM reads for ${provider} deployments; LiteLLM forwards it to the ${provider} API as it is.${didYouMean(key, known)}`;
    return [
      {
        severity: 'warning',
        id: 'core/unknown-litellm-param',
        message,
        path: ['model_list', deployment.index, 'litellm_params', key],
        hint:
          readers.length > 0
            ? `Remove the key from this ${provider} deployment, or acknowledge the finding with a reason.`
            : `Rename the key to '${suggestions[0]}', or acknowledge the finding with a reason if the ${provider} API takes '${key}'.`,
      },
    ];
  });
}

/** `model_info.id` as LiteLLM compares it (it turns integer ids into strings). */
function idOf(deployment: Deployment): string | undefined {
  const id = deployment.info?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function duplicateIdFindings(groups: ModelGroups): ConfigFinding[] {
  const first = new Map<string, Deployment>();
  const findings: ConfigFinding[] = [];
  for (const deployment of groups.deployments) {
    const id = idOf(deployment);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, deployment);
      continue;
    }
    findings.push({
      severity: 'error',
      id: 'core/duplicate-model-id',
      message: `model_info.id '${id}' of ${deployment.label} is also the id of ${earlier.label}: LiteLLM silently keeps only the last of them.`,
      path: ['model_list', deployment.index, 'model_info', 'id'],
      hint: 'Give every deployment its own model_info.id, or leave it out and let LiteLLM derive one.',
    });
  }
  return findings;
}

/** Two entries of a group with equal litellm_params and no ids of their own: LiteLLM derives the same id for both. */
function duplicateDeploymentFindings(groups: ModelGroups): ConfigFinding[] {
  const seen = new Map<string, Deployment>();
  const findings: ConfigFinding[] = [];
  for (const deployment of groups.deployments) {
    if (!deployment.params || idOf(deployment) !== undefined) continue;
    const key = `${deployment.modelName}\u0000${canonicalJson(deployment.params)}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, deployment);
      continue;
    }
    // LiteLLM accepts the repeat, so a hand-written file only gets a note; synth escalates it to an error,
    // since a generated config has no reason to repeat a deployment (see synth/validate-tree.ts).
    findings.push({
      severity: 'info',
      id: 'core/duplicate-deployment',
      message: `${deployment.label} repeats ${earlier.label}: same model_name '${deployment.modelName}' and identical litellm_params, so LiteLLM gives both the same id and counts the deployment twice when it balances load.`,
      path: ['model_list', deployment.index],
      hint: 'Remove the repeated entry; if both are meant, make them differ (another api_base or region) or give each its own model_info.id.',
    });
  }
  return findings;
}

/** One mode per group: the router sends a request to any deployment of the group. */
function mixedModeFinding(deployments: readonly Deployment[]): ConfigFinding[] {
  const modes = new Map<string, Deployment[]>();
  for (const deployment of deployments) {
    const mode = modeOf(deployment);
    if (mode !== undefined) modes.set(mode, [...(modes.get(mode) ?? []), deployment]);
  }
  if (modes.size < 2) return [];
  const culprit = [...modes.values()][1][0];
  const listing = [...modes]
    .map(([mode, members]) => `${mode} (${members.map((d) => d.label).join(', ')})`)
    .join(' and ');
  return [
    {
      severity: 'error',
      id: 'core/mixed-modes',
      message: `Model group '${culprit.modelName}' mixes modes: ${listing}. The router sends a request for the group to any of its deployments, so some requests reach a model that cannot serve them.`,
      path: ['model_list', culprit.index],
      hint: 'Split the group: one model_name per mode. If the catalog mode is wrong for a deployment, set model_info.mode.',
    },
  ];
}

/** `model_info.mode`, else the catalog's mode of the model. */
function modeOf(deployment: Deployment): string | undefined {
  const declared = deployment.info?.mode;
  if (typeof declared === 'string') return declared.startsWith(ENV_REFERENCE_PREFIX) ? undefined : declared;
  const model = deployment.params?.model;
  const custom = deployment.params?.custom_llm_provider;
  if (typeof model !== 'string' || model.startsWith(ENV_REFERENCE_PREFIX)) return undefined;
  return lookupModel(model, typeof custom === 'string' ? custom : undefined)?.mode;
}

/** JSON with sorted keys, so that mappings equal in content are equal as text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
