import type { PlannedConstruct } from './app-plan.js';
import { type ConfigPlanBuilder, escapeOverridePath } from './config-plan-builder.js';
import { isMapping, type GroupEntry, type GroupRun, type ProviderMapping, type ProviderMatch } from './provider-mapping.js';
import { tsCall, tsString } from './ts-source.js';
import { untypedKeys, without } from './typed-props.js';
import { camelCase } from './names.js';

const ENTRY_KEYS = new Set(['model_name', 'litellm_params', 'model_info']);

/** What {@link planModelList} needs beyond the builder. */
export interface ModelListOptions {
  /** Provider libraries' mappings, tried in order on each group's first run of entries. */
  readonly providers: readonly ProviderMapping[];
  /** Whether a document check reports an error or warning inside `model_list[index]` (such runs stay L1). */
  readonly hasFindings: (index: number) => boolean;
}

/** The provider construct consecutive runs may share. */
interface OpenProvider {
  readonly match: ProviderMatch;
  readonly construct: PlannedConstruct;
}

/**
 * Plans `model_list`: each model group as a `ModelGroup` (or a provider library's construct, when it renders the
 * entries exactly) created where the group first appears, with its consecutive entries as deployments. Entries of
 * a group that come back later, and entries a group cannot hold, become L1 `ModelDeployment`s in place, so the
 * list keeps its order.
 */
export function planModelList(builder: ConfigPlanBuilder, list: readonly unknown[], options: ModelListOptions): void {
  let provider: OpenProvider | undefined;
  for (let index = 0; index < list.length; ) {
    const entry = groupEntryOf(list[index], index);
    if (!entry) {
      planStandaloneEntry(builder, list[index], index);
      provider = undefined;
      index++;
      continue;
    }
    const run = runFrom(list, index, entry, builder.plan.sourceName);
    index += run.entries.length;
    if (builder.plan.groups.has(run.modelName)) {
      builder.comment(`More deployments of '${run.modelName}', kept at their place in model_list.`);
      for (const later of run.entries) planStandaloneEntry(builder, list[later.index], later.index);
      provider = undefined;
      continue;
    }
    const match = run.entries.some((e) => options.hasFindings(e.index) || e.extraKeys.length > 0)
      ? undefined
      : firstMatch(options.providers, run, builder);
    if (match) provider = planProviderGroup(builder, run, match, provider);
    else {
      planModelGroup(builder, run);
      provider = undefined;
    }
  }
}

function firstMatch(providers: readonly ProviderMapping[], run: GroupRun, builder: ConfigPlanBuilder): ProviderMatch | undefined {
  for (const mapping of providers) {
    const match = mapping(run, builder.context);
    if (match) return match;
  }
  return undefined;
}

/** The entry as a group can hold it: a non-blank `model_name` and `litellm_params` with a string `model`. */
function groupEntryOf(value: unknown, index: number): GroupEntry | undefined {
  if (!isMapping(value)) return undefined;
  const { model_name: modelName, litellm_params: params } = value;
  if (typeof modelName !== 'string' || !modelName.trim() || !isMapping(params) || typeof params.model !== 'string') return undefined;
  return { index, modelName, params, modelInfo: value.model_info, extraKeys: Object.keys(value).filter((key) => !ENTRY_KEYS.has(key)) };
}

function runFrom(list: readonly unknown[], start: number, first: GroupEntry, file: string): GroupRun {
  const entries = [first];
  for (let index = start + 1; index < list.length; index++) {
    const next = groupEntryOf(list[index], index);
    if (!next || next.modelName !== first.modelName) break;
    entries.push(next);
  }
  return { modelName: first.modelName, entries, file };
}

function planModelGroup(builder: ConfigPlanBuilder, run: GroupRun): void {
  const id = builder.childId(run.modelName, 'Model');
  const group = builder.construct(run.modelName);
  builder.plan.groups.set(run.modelName, group);
  const variable = group.ref();
  const deploymentIds = new Map<string, number>();
  const then = run.entries.flatMap((entry) => {
    const base = deploymentIdOf(entry.params.model as string);
    const count = (deploymentIds.get(base) ?? 0) + 1;
    deploymentIds.set(base, count);
    const deploymentId = count === 1 ? base : `${base}-${count}`;
    builder.own(builder.childOf(group), [['model_list', entry.index]]);
    return deploymentStatements(builder, variable, deploymentId, entry);
  });
  builder.blank();
  builder.add(group, builder.newChild('ModelGroup', id, { modelName: run.modelName }), [], then);
}

/** `group.addDeployment(...)`, and the overrides that restore what the props cannot say. */
function deploymentStatements(builder: ConfigPlanBuilder, group: string, id: string, entry: GroupEntry): string[] {
  const location = `model_list[${entry.index}]`;
  const source = (builder.plan.document.model_list as Record<string, unknown>[])[entry.index];
  const untypedParams = untypedKeys('litellmParams', entry.params);
  const props: Record<string, unknown> = {
    litellmParams: builder.secrets(without(entry.params, untypedParams), `${location}.litellm_params`),
  };
  const calls = untypedParams.map((key) => nestedOverride(builder, 'litellm_params', key, entry.params[key], location));
  if (isMapping(entry.modelInfo) && Object.keys(entry.modelInfo).length > 0) {
    const untypedInfo = untypedKeys('modelInfo', entry.modelInfo);
    props.modelInfo = builder.secrets(without(entry.modelInfo, untypedInfo), `${location}.model_info`);
    if (Object.keys(props.modelInfo as object).length === 0) delete props.modelInfo;
    const info = entry.modelInfo;
    calls.push(...untypedInfo.map((key) => nestedOverride(builder, 'model_info', key, info[key], location)));
  } else if (entry.modelInfo !== undefined) {
    calls.push(...builder.overrideCalls(source, ['model_info'], location));
  }
  calls.push(...builder.overrideCalls(source, entry.extraKeys, location));
  const call = tsCall(`${group}.addDeployment`, [id, props]);
  if (calls.length === 0) return [`${call};`];
  if (calls.length === 1) return [`${call}${calls[0]};`];
  const variable = builder.context.variables.claim(camelCase(`${group} ${id}`, 'deployment'));
  return [`const ${variable} = ${call};`, ...calls.map((suffix) => `${variable}${suffix};`)];
}

/** `.addOverride('litellm_params.key', value)` for one key of a deployment's part. */
function nestedOverride(builder: ConfigPlanBuilder, part: string, key: string, value: unknown, location: string): string {
  return `.addOverride(${tsString(`${part}.${escapeOverridePath(key)}`)}, ${builder.value(value, `${location}.${part}.${key}`)})`;
}

/**
 * A `model_list` entry as an L1 `ModelDeployment` in the config, with overrides for every part its props cannot
 * hold (a missing `litellm_params`, a `model_name` that is not a string, extra keys).
 */
function planStandaloneEntry(builder: ConfigPlanBuilder, value: unknown, index: number): void {
  const location = `model_list[${index}]`;
  const entry = isMapping(value) ? value : undefined;
  const name = typeof entry?.model_name === 'string' ? entry.model_name : '';
  const construct = builder.construct(`${name || 'model'} entry ${index}`);
  const params = entry && isMapping(entry.litellm_params) ? entry.litellm_params : undefined;
  const fixes: string[] = [];
  const props: Record<string, unknown> = { model_name: name };
  if (params) {
    const untyped = untypedKeys('litellmParams', params);
    props.litellm_params = builder.secrets({ ...without(params, untyped), model: typeof params.model === 'string' ? params.model : '' }, `${location}.litellm_params`);
    const restored = params.model === undefined ? [...untyped, 'model'] : untyped;
    for (const key of restored) fixes.push(overrideLine(builder, construct, `litellm_params.${escapeOverridePath(key)}`, params[key], `${location}.litellm_params.${key}`));
  } else {
    props.litellm_params = { model: '' };
  }
  if (entry && isMapping(entry.model_info) && Object.keys(entry.model_info).length > 0) {
    const info = entry.model_info;
    const untyped = untypedKeys('modelInfo', info);
    if (untyped.length < Object.keys(info).length) props.model_info = builder.secrets(without(info, untyped), `${location}.model_info`);
    for (const key of untyped) fixes.push(overrideLine(builder, construct, `model_info.${escapeOverridePath(key)}`, info[key], `${location}.model_info.${key}`));
  }
  if (!entry) {
    fixes.push(`${construct.ref()}.addDeletionOverride('model_name');`, `${construct.ref()}.addDeletionOverride('litellm_params');`);
    builder.comment(`model_list[${index}] is not a mapping in the original; kept as it is.`);
  } else {
    if (typeof entry.model_name !== 'string') fixes.push(overrideLine(builder, construct, 'model_name', entry.model_name, `${location}.model_name`));
    if (!params) fixes.push(overrideLine(builder, construct, 'litellm_params', entry.litellm_params, `${location}.litellm_params`));
    const modelInfoKept = isMapping(entry.model_info) && Object.keys(entry.model_info).length > 0;
    if (entry.model_info !== undefined && !modelInfoKept) {
      fixes.push(overrideLine(builder, construct, 'model_info', entry.model_info, `${location}.model_info`));
    }
    for (const key of Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k))) {
      fixes.push(overrideLine(builder, construct, escapeOverridePath(key), entry[key], `${location}.${key}`));
    }
  }
  const id = builder.childId(`${name || 'Entry'} ${deploymentIdOf(typeof params?.model === 'string' ? params.model : '')}`, 'Entry');
  builder.add(construct, builder.newChild('ModelDeployment', id, props), [['model_list', index]], fixes);
}

/** An override line; `undefined` (a key the original lacks) becomes a deletion. */
function overrideLine(builder: ConfigPlanBuilder, construct: PlannedConstruct, path: string, value: unknown, location: string): string {
  const target = construct.ref();
  return value === undefined
    ? `${target}.addDeletionOverride(${tsString(path)});`
    : `${target}.addOverride(${tsString(path)}, ${builder.value(value, location)});`;
}

function planProviderGroup(builder: ConfigPlanBuilder, run: GroupRun, match: ProviderMatch, open: OpenProvider | undefined): OpenProvider {
  let provider = open;
  if (!provider || provider.match.instanceKey !== match.instanceKey || provider.match.packageName !== match.packageName) {
    const id = builder.childId(match.providerId, 'Provider');
    const construct = builder.construct(id);
    construct.referenced = true;
    builder.blank();
    builder.add(construct, (lead) => match.providerExpression(builder.context, builder.scope, id, lead), []);
    provider = { match, construct };
  }
  const group = builder.construct(run.modelName);
  builder.plan.groups.set(run.modelName, group);
  for (const entry of run.entries) builder.own(builder.childOf(group), [['model_list', entry.index]]);
  const providerVariable = provider.construct.variable;
  builder.add(group, (lead) => match.groupExpression(builder.context, providerVariable, lead), []);
  return provider;
}

/** A deployment id from its model: `azure/gpt-35-turbo` -> `AzureGpt35Turbo`. */
function deploymentIdOf(model: string): string {
  const words = model.replace(/\*/g, ' all ').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('') || 'Deployment';
}
