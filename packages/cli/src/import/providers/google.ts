import { lookupModel } from '@litellm-cdk/core';
import type { ProviderMapping, ProviderMatch } from '../provider-mapping.js';
import { code, tsCall } from '../ts-source.js';
import { commonModelOptions, providerKeepsModelInfo, reasoningFits, secretName, sharedOptionsOf } from './_shared.js';

const PACKAGE = '@litellm-cdk/gemini';
const SHARED_PARAMS = ['model', 'rpm', 'tpm', 'reasoning_effort'];

/**
 * Google AI Studio: a group whose deployments call one `gemini/<id>` with one API key each (distinct keys, the
 * same limits and `model_info`) is what `GeminiProvider.addModel()` writes for a provider with those keys.
 */
export const geminiMapping: ProviderMapping = (run) => {
  const modelId = sameModelId(run.entries.map((e) => e.params.model), 'gemini/');
  const options = sharedOptionsOf(run, [...SHARED_PARAMS, 'api_key']);
  if (modelId === undefined || !options) return undefined;
  const keys = run.entries.map((e) => e.params.api_key);
  if (!keys.every((key) => typeof key === 'string' && key !== '')) return undefined;
  const names = keys.map(secretName);
  if (new Set(keys).size !== keys.length || new Set(names).size !== names.length) return undefined;
  const catalog = lookupModel(`gemini/${modelId}`);
  if (!providerKeepsModelInfo(catalog, options) || !reasoningFits(catalog, options)) return undefined;
  return {
    packageName: PACKAGE,
    instanceKey: JSON.stringify(keys),
    providerId: 'Gemini',
    providerExpression: (ctx, scope, id, lead) => {
      const apiKeys = keys.map((key, index) => ctx.withSecrets(key, run.file, `model_list[${run.entries[index].index}].litellm_params.api_key`));
      return tsCall(`new ${ctx.use(PACKAGE, 'GeminiProvider')}`, [code(scope), id, { apiKeys }], lead);
    },
    groupExpression: (ctx, provider, lead) => addModel(ctx, run, provider, modelId, options, lead),
  } satisfies ProviderMatch;
};

/**
 * Vertex AI: a group of one deployment of `vertex_ai/<id>` with a project and a location (and optionally string
 * credentials) is what `VertexProvider.addModel()` writes.
 */
export const vertexMapping: ProviderMapping = (run) => {
  if (run.entries.length !== 1) return undefined;
  const [entry] = run.entries;
  const modelId = sameModelId([entry.params.model], 'vertex_ai/');
  const options = sharedOptionsOf(run, [...SHARED_PARAMS, 'vertex_project', 'vertex_location', 'vertex_credentials']);
  if (modelId === undefined || !options) return undefined;
  const { vertex_project: project, vertex_location: location, vertex_credentials: credentials } = entry.params;
  if (typeof project !== 'string' || !project.trim() || typeof location !== 'string' || !location.trim()) return undefined;
  if (credentials !== undefined && typeof credentials !== 'string') return undefined;
  const catalog = lookupModel(`vertex_ai/${modelId}`);
  if (!providerKeepsModelInfo(catalog, options) || !reasoningFits(catalog, options)) return undefined;
  const settings = { project, location, ...(credentials !== undefined ? { credentials } : {}) };
  return {
    packageName: PACKAGE,
    instanceKey: JSON.stringify(settings),
    providerId: 'Vertex',
    providerExpression: (ctx, scope, id, lead) =>
      tsCall(`new ${ctx.use(PACKAGE, 'VertexProvider')}`, [code(scope), id, ctx.withSecrets(settings, run.file, `model_list[${entry.index}].litellm_params`)], lead),
    groupExpression: (ctx, provider, lead) => addModel(ctx, run, provider, modelId, options, lead),
  } satisfies ProviderMatch;
};

function addModel(
  ctx: Parameters<ProviderMatch['groupExpression']>[0],
  run: Parameters<ProviderMapping>[0],
  provider: string,
  modelId: string,
  options: NonNullable<ReturnType<typeof sharedOptionsOf>>,
  lead: number,
): string {
  const props = ctx.withSecrets({ model: modelId, ...commonModelOptions(options) }, run.file, `model_list[${run.entries[0].index}]`);
  return tsCall(`${provider}.addModel`, [run.modelName, props], lead);
}

/** The model id after `prefix` when every model is the same `<prefix><id>` with a plain id; else `undefined`. */
function sameModelId(models: readonly unknown[], prefix: string): string | undefined {
  const [first] = models;
  if (typeof first !== 'string' || !first.startsWith(prefix) || !models.every((m) => m === first)) return undefined;
  const id = first.slice(prefix.length);
  return id && !id.includes('/') ? id : undefined;
}
