import type { PlannedConstruct } from './app-plan.js';
import { type ConfigPlanBuilder, escapeOverridePath } from './config-plan-builder.js';
import { isMapping, type GroupEntry, type GroupRun, type ProviderMapping, type ProviderMatch } from './provider-mapping.js';
import { camelCase, pascalCase } from './names.js';
import { tsCall, tsString } from './ts-source.js';
import { untypedKeys, without } from './typed-props.js';

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
 * Plans `model_list` (a list of mappings): each model group as a `ModelGroup` (or a provider library's construct, when it renders the
 * entries exactly) created where the group first appears, with its consecutive entries as deployments. Entries of
 * a group that come back later, and entries a group cannot hold, become L1 `ModelDeployment`s in place, so the
 * list keeps its order.
 */
export function planModelList(builder: ConfigPlanBuilder, list: readonly unknown[], options: ModelListOptions): void {
  let provider: OpenProvider | undefined;
  for (let index = 0; index < list.length; ) {
    const entry = groupEntryOf(list[index], index);
    if (!entry) {
      planStandaloneEntry(builder, list[index] as Record<string, unknown>, index);
      provider = undefined;
      index++;
      continue;
    }
    const run = runFrom(list, index, entry, builder.plan.sourceName);
    index += run.entries.length;
    if (builder.plan.groups.has(run.modelName)) {
      builder.comment(`More deployments of '${run.modelName}', kept at their place in model_list.`);
      for (const later of run.entries) planStandaloneEntry(builder, list[later.index] as Record<string, unknown>, later.index);
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
    const base = pascalCase(entry.params.model as string, 'Deployment');
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
 * hold (a missing `litellm_params`, a `model_name` that is not a string, values of other types, extra keys).
 */
function planStandaloneEntry(builder: ConfigPlanBuilder, entry: Record<string, unknown>, index: number): void {
  const name = typeof entry.model_name === 'string' ? entry.model_name : '';
  const params = isMapping(entry.litellm_params) ? entry.litellm_params : undefined;
  const info = isMapping(entry.model_info) && Object.keys(entry.model_info).length > 0 ? entry.model_info : undefined;
  const model = typeof params?.model === 'string' ? params.model : '';
  const restored: [path: string, value: unknown][] = [];
  if (typeof entry.model_name !== 'string') restored.push(['model_name', entry.model_name]);
  if (!params) restored.push(['litellm_params', entry.litellm_params]);
  else {
    for (const key of untypedKeys('litellmParams', params)) restored.push([`litellm_params.${escapeOverridePath(key)}`, params[key]]);
    if (params.model === undefined) restored.push(['litellm_params.model', undefined]);
  }
  if (info) for (const key of untypedKeys('modelInfo', info)) restored.push([`model_info.${escapeOverridePath(key)}`, info[key]]);
  else if (entry.model_info !== undefined) restored.push(['model_info', entry.model_info]);
  for (const key of Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k))) restored.push([escapeOverridePath(key), entry[key]]);

  const location = `model_list[${index}]`;
  const props: Record<string, unknown> = {
    model_name: name,
    litellm_params: builder.secrets({ ...without(params ?? {}, untypedKeys('litellmParams', params ?? {})), model }, `${location}.litellm_params`),
  };
  const typedInfo = info ? without(info, untypedKeys('modelInfo', info)) : {};
  if (Object.keys(typedInfo).length > 0) props.model_info = builder.secrets(typedInfo, `${location}.model_info`);

  const construct = builder.construct(`${name || 'model'} entry ${index}`);
  const fixes = restored.map(([path, value]) =>
    value === undefined
      ? `${construct.ref()}.addDeletionOverride(${tsString(path)});`
      : `${construct.ref()}.addOverride(${tsString(path)}, ${builder.value(value, `${location}.${path.replace(/\\\./g, '.')}`)});`,
  );
  const id = builder.childId(`${name || 'Entry'} ${pascalCase(model, '')}`, 'Entry');
  builder.add(construct, builder.newChild('ModelDeployment', id, props), [['model_list', index]], fixes);
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

