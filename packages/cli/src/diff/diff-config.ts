import { isDeepStrictEqual } from 'node:util';
import {
  environmentReferencesOf,
  groupNamesOf,
  isRecord,
  modelListOf,
  type ConfigDocument,
} from '../documents/config-document.js';
import type { ConfigDiffJson, SettingChangeJson } from '../output/json-shapes.js';
import { change, leafChanges } from './_values.js';
import { deploymentRef } from './deployment-identity.js';
import { matchDeployments } from './match-deployments.js';

/** Sections whose values are never printed: any of them may be a credential. */
const MASKED_SECTIONS = ['environment_variables', 'credential_list'];

/**
 * The semantic difference between two versions of one config: groups (model names) added and removed, deployments
 * added, removed and changed (matched by `matchDeployments`, with the keys that changed), settings changed per
 * section key, and environment variable references added and removed. `before` or `after` is undefined when the
 * file exists on one side only. List order inside `model_list` is not a difference.
 */
export function diffConfig(
  file: string,
  before: ConfigDocument | undefined,
  after: ConfigDocument | undefined,
): ConfigDiffJson {
  const old = before ?? {};
  const now = after ?? {};
  const diff: ConfigDiffJson = {
    file,
    status: 'unchanged',
    groups: added(groupNamesOf(old), groupNamesOf(now)),
    deployments: diffDeployments(modelListOf(old), modelListOf(now)),
    settings: diffSettings(old, now),
    environmentVariables: added(environmentReferencesOf(old), environmentReferencesOf(now)),
  };
  const status =
    before === undefined ? 'added' : after === undefined ? 'removed' : hasDifferences(diff) ? 'changed' : 'unchanged';
  return { ...diff, status };
}

/** Whether a config diff reports anything. */
export function hasDifferences(diff: ConfigDiffJson): boolean {
  return (
    diff.status === 'added' ||
    diff.status === 'removed' ||
    diff.groups.added.length + diff.groups.removed.length > 0 ||
    diff.deployments.added.length + diff.deployments.removed.length + diff.deployments.changed.length > 0 ||
    diff.settings.length > 0 ||
    diff.environmentVariables.added.length + diff.environmentVariables.removed.length > 0
  );
}

function diffDeployments(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
): ConfigDiffJson['deployments'] {
  const matching = matchDeployments(before, after);
  const changed = matching.pairs.flatMap(({ before: old, after: now }) => {
    const changes = leafChanges(old.entry, now.entry, '');
    return changes.length > 0
      ? [{ ...deploymentRef(now.entry, now.index), changedKeys: changes.map((c) => c.key), changes }]
      : [];
  });
  return {
    added: matching.added.map(({ entry, index }) => deploymentRef(entry, index)),
    removed: matching.removed.map(({ entry, index }) => deploymentRef(entry, index)),
    changed,
  };
}

function diffSettings(before: ConfigDocument, after: ConfigDocument): SettingChangeJson[] {
  const sections = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))].filter(
    (key) => key !== 'model_list',
  );
  return sections.flatMap((section) => {
    const old = before[section];
    const now = after[section];
    if (isDeepStrictEqual(old, now)) return [];
    const masked = MASKED_SECTIONS.includes(section);
    if (!isRecord(old) && !isRecord(now)) return [setting(section, null, old, now, masked)];
    const oldMap = isRecord(old) ? old : {};
    const nowMap = isRecord(now) ? now : {};
    const keys = [...Object.keys(oldMap), ...Object.keys(nowMap).filter((key) => !(key in oldMap))];
    return keys
      .filter((key) => !isDeepStrictEqual(oldMap[key], nowMap[key]))
      .map((key) => setting(section, key, oldMap[key], nowMap[key], masked));
  });
}

function setting(
  section: string,
  key: string | null,
  before: unknown,
  after: unknown,
  masked: boolean,
): SettingChangeJson {
  const { before: b, after: a } = change(key ?? section, before, after, masked);
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return {
    section,
    key,
    change: kind,
    ...(b !== undefined ? { before: b } : {}),
    ...(a !== undefined ? { after: a } : {}),
  };
}

function added(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return {
    added: after.filter((name) => !before.includes(name)),
    removed: before.filter((name) => !after.includes(name)),
  };
}
