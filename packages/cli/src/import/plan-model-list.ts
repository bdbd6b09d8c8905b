import {
  type ImportedGroup,
  type ImportProposal,
  type ProposalWarning,
  type ProposedCall,
  type ProposedProvider,
  type ProviderImporter,
  verifyImportProposal,
} from '@litellm-cdk/core';
import { isDeepStrictEqual } from 'node:util';
import type { PlannedConstruct } from './app-plan.js';
import { type ConfigPlanBuilder, escapeOverridePath } from './config-plan-builder.js';
import { isMapping, type GroupEntry, type GroupRun } from './provider-mapping.js';
import { camelCase, kebabCase } from './names.js';
import { proposalSource } from './proposal-source.js';
import { code, tsCall, tsString } from './ts-source.js';
import { untypedKeys, without } from './typed-props.js';

const ENTRY_KEYS = new Set(['model_name', 'litellm_params', 'model_info']);

/** What {@link planModelList} needs beyond the builder. */
export interface ModelListOptions {
  /** Provider packages' importers, asked in order about each group's first run of entries. */
  readonly importers: readonly ProviderImporter[];
  /** Whether a document check reports an error or warning inside `model_list[index]` (such runs stay L1). */
  readonly hasFindings: (index: number) => boolean;
}

/** The provider construct consecutive runs may share, with the calls it serves so far. */
interface OpenProvider {
  readonly importer: ProviderImporter;
  /** Its props may grow as later groups share it (a region map, say); the statement reads them when written. */
  provider: ProposedProvider;
  readonly calls: ProposedCall[];
  readonly construct: PlannedConstruct;
}

/** A proposal that renders the original, and the provider construct it shares, if any. */
interface VerifiedProposal {
  readonly importer: ProviderImporter;
  readonly proposal: ImportProposal;
  readonly runs: readonly GroupRun[];
  /** The provider it was verified with: shared with `open` when `shared` is true. */
  readonly provider: ProposedProvider;
  readonly shared: boolean;
  /** The call as verified, for verifying later groups that share the provider. */
  readonly call: ProposedCall;
  /** Warnings the constructs report although they render the original; acknowledged in the app. */
  readonly warnings: readonly ProposalWarning[];
}

/**
 * Plans `model_list` (a list of mappings): each model group as a `ModelGroup` (or a provider library's construct, when it renders the
 * entries exactly) created where the group first appears, with its consecutive entries as deployments. Entries of
 * a group that come back later, and entries a group cannot hold, become L1 `ModelDeployment`s in place, so the
 * list keeps its order.
 */
export function planModelList(builder: ConfigPlanBuilder, list: readonly unknown[], options: ModelListOptions): void {
  const segments = segmentsOf(list, builder.plan.sourceName);
  let provider: OpenProvider | undefined;
  for (let position = 0; position < segments.length; ) {
    const segment = segments[position];
    if (!('entries' in segment)) {
      planStandaloneEntry(builder, list[segment.index] as Record<string, unknown>, segment.index);
      provider = undefined;
      position++;
      continue;
    }
    if (builder.plan.groups.has(segment.modelName)) {
      builder.comment(`More deployments of '${segment.modelName}', kept at their place in model_list.`);
      for (const later of segment.entries)
        planStandaloneEntry(builder, list[later.index] as Record<string, unknown>, later.index);
      provider = undefined;
      position++;
      continue;
    }
    const following = followingRuns(segments, position, builder, options);
    const verified = following.length > 0 ? firstVerified(builder, options.importers, following, provider) : undefined;
    if (verified && 'proposal' in verified) {
      provider = planProviderGroups(builder, verified, provider);
      position += verified.runs.length;
    } else {
      if (verified) {
        builder.blank();
        builder.comment(`Not imported as ${verified.importer}, which would differ: ${verified.reason}.`);
        builder.context.notImported.push({
          file: builder.plan.fileName,
          modelName: segment.modelName,
          importer: verified.importer,
          reason: verified.reason,
        });
      }
      planModelGroup(builder, segment);
      provider = undefined;
      position++;
    }
  }
}

/** A standalone entry (one a group cannot hold), or a run of one group's entries. */
type Segment = { readonly index: number } | GroupRun;

function segmentsOf(list: readonly unknown[], file: string): Segment[] {
  const segments: Segment[] = [];
  for (let index = 0; index < list.length; ) {
    const entry = groupEntryOf(list[index], index);
    if (!entry) {
      segments.push({ index });
      index++;
      continue;
    }
    const run = runFrom(list, index, entry, file);
    segments.push(run);
    index += run.entries.length;
  }
  return segments;
}

/**
 * The runs from `position` on that an importer may take: consecutive runs of groups not planned yet, without
 * findings (those stay L1, where the acknowledgements go) and without keys beside the three of an entry.
 */
function followingRuns(
  segments: readonly Segment[],
  position: number,
  builder: ConfigPlanBuilder,
  options: ModelListOptions,
): GroupRun[] {
  const runs: GroupRun[] = [];
  const names = new Set<string>();
  for (const segment of segments.slice(position)) {
    if (!('entries' in segment) || builder.plan.groups.has(segment.modelName) || names.has(segment.modelName)) break;
    if (segment.entries.some((e) => options.hasFindings(e.index) || e.extraKeys.length > 0)) break;
    names.add(segment.modelName);
    runs.push(segment);
  }
  return runs;
}

/**
 * The first importer's proposal that renders the runs it claims exactly, sharing the open provider construct when
 * the importer can; else why the first proposal made was not used (`undefined` when no importer proposed anything).
 */
function firstVerified(
  builder: ConfigPlanBuilder,
  importers: readonly ProviderImporter[],
  runs: readonly GroupRun[],
  open: OpenProvider | undefined,
): VerifiedProposal | { readonly importer: string; readonly reason: string } | undefined {
  const groups: ImportedGroup[] = runs.map((run) => ({
    modelName: run.modelName,
    deployments: run.entries.map((e) => ({
      index: e.index,
      litellmParams: e.params,
      ...(e.modelInfo !== undefined ? { modelInfo: e.modelInfo } : {}),
    })),
  }));
  let rejected: { readonly importer: string; readonly reason: string } | undefined;
  for (const importer of importers) {
    let proposal: ImportProposal | undefined;
    try {
      proposal = importer.propose(groups, 0);
    } catch {
      proposal = undefined;
    }
    if (!proposal) continue;
    const count = proposal.groups.length;
    if (
      count === 0 ||
      count > groups.length ||
      proposal.groups.some((g, i) => g.modelName !== groups[i].modelName) ||
      !writable(builder, proposal)
    ) {
      rejected ??= { importer: importer.name, reason: 'its proposal does not match the groups of the original' };
      continue;
    }
    const call: ProposedCall = { proposal, groups: groups.slice(0, count) };
    const sharing =
      open && open.importer === importer ? shareWith(importer, open.provider, proposal.provider) : undefined;
    const shared = open && sharing ? verifyImportProposal(sharing, [...open.calls, call]) : undefined;
    if (sharing && shared && shared.difference === undefined) {
      const warnings = shared.warnings.filter((w) => proposal.groups.some((g) => g.modelName === w.modelName));
      return { importer, proposal, runs: runs.slice(0, count), provider: sharing, shared: true, call, warnings };
    }
    const alone = verifyImportProposal(proposal.provider, [call]);
    if (alone.difference === undefined) {
      return {
        importer,
        proposal,
        runs: runs.slice(0, count),
        provider: proposal.provider,
        shared: false,
        call,
        warnings: alone.warnings,
      };
    }
    rejected ??= { importer: importer.name, reason: alone.difference };
  }
  return rejected;
}

/** Whether every value of the proposal has a TypeScript literal. */
function writable(builder: ConfigPlanBuilder, proposal: ImportProposal): boolean {
  try {
    tsCall('x', [
      proposalSource(builder.context, proposal.provider.props),
      ...proposal.args.map((arg) => proposalSource(builder.context, arg)),
    ]);
    return true;
  } catch {
    return false;
  }
}

function shareWith(importer: ProviderImporter, a: ProposedProvider, b: ProposedProvider): ProposedProvider | undefined {
  if (importer.shareProvider) return importer.shareProvider(a, b);
  return a.construct.value === b.construct.value && isDeepStrictEqual(a.props, b.props) ? a : undefined;
}

/** Plans the verified proposal's groups: its provider construct (new, or the open one), the call, its other groups. */
function planProviderGroups(
  builder: ConfigPlanBuilder,
  verified: VerifiedProposal,
  open: OpenProvider | undefined,
): OpenProvider {
  const { proposal, runs } = verified;
  let provider = open;
  if (provider && verified.shared) {
    provider.provider = verified.provider;
  } else {
    const id = builder.childId(proposal.provider.id, 'provider');
    const construct = builder.construct(id);
    construct.referenced = true;
    const opened: OpenProvider = {
      importer: verified.importer,
      provider: { ...verified.provider, id },
      calls: [],
      construct,
    };
    const className = builder.context.use(proposal.provider.construct.packageName, proposal.provider.construct.name);
    builder.blank();
    builder.add(
      construct,
      (lead) =>
        tsCall(
          `new ${className}`,
          [code(builder.scope), id, proposalSource(builder.context, opened.provider.props)],
          lead,
        ),
      [],
    );
    provider = opened;
  }
  provider.calls.push(verified.call);
  const providerVariable = provider.construct.variable;
  const [first] = proposal.groups;
  const group = builder.construct(first.modelName);
  builder.plan.groups.set(first.modelName, group);
  for (const entry of runs[0].entries) builder.own(builder.childOf(group), [['model_list', entry.index]]);
  const args = proposal.args.map((arg) => proposalSource(builder.context, arg));
  builder.add(group, (lead) => tsCall(`${providerVariable}.${proposal.method}`, args, lead), []);
  const acknowledge = (construct: PlannedConstruct, modelName: string | undefined) => {
    for (const warning of verified.warnings.filter((w) => w.modelName === modelName)) {
      construct.acknowledgements.set(
        warning.id,
        `imported as-is from ${builder.plan.sourceName.split(/[\\/]/).pop()}, which serves this model although ${warning.message.replace(/\.+$/, '')}; ` +
          'check that it should, and remove this acknowledgement',
      );
      builder.context.acknowledgedOnImport.push({
        file: builder.plan.fileName,
        construct: construct.ref(),
        id: warning.id,
        reason: construct.acknowledgements.get(warning.id)!,
      });
    }
  };
  acknowledge(group, first.modelName);
  acknowledge(provider.construct, undefined);
  for (const [index, other] of proposal.groups.entries()) {
    if (index === 0 || !other.via) continue;
    const variant = builder.construct(other.modelName, undefined, group);
    acknowledge(variant, other.modelName);
    builder.plan.groups.set(other.modelName, variant);
    for (const entry of runs[index].entries) builder.own(builder.childOf(variant), [['model_list', entry.index]]);
    const via = other.via;
    const viaArgs = via.args.map((arg) => proposalSource(builder.context, arg));
    builder.add(
      variant,
      (lead) => tsCall(`${providerVariable}.${via.method}`, [code(group.variable), ...viaArgs], lead),
      [],
      [],
      true,
    );
  }
  return provider;
}

/** The entry as a group can hold it: a non-blank `model_name` and `litellm_params` with a string `model`. */
function groupEntryOf(value: unknown, index: number): GroupEntry | undefined {
  if (!isMapping(value)) return undefined;
  const { model_name: modelName, litellm_params: params } = value;
  if (typeof modelName !== 'string' || !modelName.trim() || !isMapping(params) || typeof params.model !== 'string')
    return undefined;
  return {
    index,
    modelName,
    params,
    modelInfo: value.model_info,
    extraKeys: Object.keys(value).filter((key) => !ENTRY_KEYS.has(key)),
  };
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
  const id = builder.childId(run.modelName, 'model');
  const group = builder.construct(run.modelName);
  builder.plan.groups.set(run.modelName, group);
  const variable = group.ref();
  const deploymentIds = new Map<string, number>();
  const then = run.entries.flatMap((entry) => {
    const base = kebabCase(entry.params.model as string, 'deployment');
    const count = (deploymentIds.get(base) ?? 0) + 1;
    deploymentIds.set(base, count);
    const deploymentId = count === 1 ? base : `${base}-${count}`;
    builder.own(builder.childOf(group), [['model_list', entry.index]]);
    return deploymentStatements(builder, variable, deploymentId, entry);
  });
  builder.blank();
  builder.add(
    group,
    builder.newChild('ModelGroup', id, id === run.modelName ? undefined : { modelName: run.modelName }),
    [],
    then,
  );
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
function nestedOverride(
  builder: ConfigPlanBuilder,
  part: string,
  key: string,
  value: unknown,
  location: string,
): string {
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
    for (const key of untypedKeys('litellmParams', params))
      restored.push([`litellm_params.${escapeOverridePath(key)}`, params[key]]);
    if (params.model === undefined) restored.push(['litellm_params.model', undefined]);
  }
  if (info)
    for (const key of untypedKeys('modelInfo', info))
      restored.push([`model_info.${escapeOverridePath(key)}`, info[key]]);
  else if (entry.model_info !== undefined) restored.push(['model_info', entry.model_info]);
  for (const key of Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k)))
    restored.push([escapeOverridePath(key), entry[key]]);

  const location = `model_list[${index}]`;
  const props: Record<string, unknown> = {
    model_name: name,
    litellm_params: builder.secrets(
      { ...without(params ?? {}, untypedKeys('litellmParams', params ?? {})), model },
      `${location}.litellm_params`,
    ),
  };
  const typedInfo = info ? without(info, untypedKeys('modelInfo', info)) : {};
  if (Object.keys(typedInfo).length > 0) props.model_info = builder.secrets(typedInfo, `${location}.model_info`);

  const construct = builder.construct(`${name || 'model'} entry ${index}`);
  const fixes = restored.map(([path, value]) =>
    value === undefined
      ? `${construct.ref()}.addDeletionOverride(${tsString(path)});`
      : `${construct.ref()}.addOverride(${tsString(path)}, ${builder.value(value, `${location}.${path.replace(/\\\./g, '.')}`)});`,
  );
  const id = builder.childId(`${name || 'entry'} ${model}`, 'entry');
  builder.add(construct, builder.newChild('ModelDeployment', id, props), [['model_list', index]], fixes);
}
