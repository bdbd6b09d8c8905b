import { isRecord, isSecretReference } from '../documents/config-document.js';
import type { DeploymentRefJson } from '../output/json-shapes.js';

/** The `litellm_params` keys that say where a deployment runs, in the order they are read. */
const REGION_KEYS = ['aws_region_name', 'region_name', 'vertex_location'] as const;

/**
 * How a reader tells deployments apart: group (`model_name`), model, region (`-` when it has none), `api_base`
 * (when set) and credential references (every `os.environ/`/`oidc/` value of `litellm_params` but the region, and
 * `litellm_credential_name`). Two deployments of one model in two regions, behind two endpoints or with two sets of
 * keys stay apart, while their limits and settings may change.
 */
export function readerIdentity(entry: Record<string, unknown>): string {
  const params = paramsOf(entry);
  const apiBase = typeof params.api_base === 'string' ? [`api_base=${params.api_base}`] : [];
  return [
    text(entry.model_name),
    text(params.model),
    regionOf(params) ?? '-',
    ...apiBase,
    ...credentialsOf(params),
  ].join(' | ');
}

/** LiteLLM's own identity of a deployment, `model_info.id`, when the entry has one. */
export function modelInfoId(entry: Record<string, unknown>): string | undefined {
  const info = isRecord(entry.model_info) ? entry.model_info : {};
  return typeof info.id === 'string' || typeof info.id === 'number' ? String(info.id) : undefined;
}

/** The identity a diff shows for a deployment: `id:<model_info.id>` when it has one, else its {@link readerIdentity}. */
export function deploymentIdentity(entry: Record<string, unknown>): string {
  const id = modelInfoId(entry);
  return id !== undefined ? `id:${id}` : readerIdentity(entry);
}

/** The credential references of `litellm_params`, as sorted `key=reference` pairs. */
function credentialsOf(params: Record<string, unknown>): string[] {
  return Object.entries(params)
    .filter(
      ([key, value]) =>
        !(REGION_KEYS as readonly string[]).includes(key) &&
        (isSecretReference(value) || key === 'litellm_credential_name'),
    )
    .map(([key, value]) => `${key}=${String(value)}`)
    .sort();
}

/** How a diff names a deployment: the `model_list` entry and its position in the list. */
export function deploymentRef(entry: Record<string, unknown>, index: number): DeploymentRefJson {
  const params = paramsOf(entry);
  const region = regionOf(params);
  return {
    modelName: text(entry.model_name),
    model: text(params.model),
    ...(region !== undefined ? { region } : {}),
    credentials: credentialsOf(params),
    identity: deploymentIdentity(entry),
    index,
  };
}

function paramsOf(entry: Record<string, unknown>): Record<string, unknown> {
  return isRecord(entry.litellm_params) ? entry.litellm_params : {};
}

/** The deployment's region as written (a literal or a reference), if it has one. */
function regionOf(params: Record<string, unknown>): string | undefined {
  for (const key of REGION_KEYS) {
    if (typeof params[key] === 'string') return params[key];
  }
  return undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}
