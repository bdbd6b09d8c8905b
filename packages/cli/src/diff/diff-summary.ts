import type { ConfigDiffJson } from '../output/json-shapes.js';

/** How many things differ, by kind, over one or more config diffs. */
export interface DifferenceCounts {
  readonly groups: { readonly added: number; readonly removed: number };
  readonly deployments: { readonly added: number; readonly removed: number; readonly changed: number };
  readonly settings: { readonly added: number; readonly removed: number; readonly changed: number };
  readonly variables: { readonly added: number; readonly removed: number };
}

/** Adds up the differences of `configs`. */
export function countDifferences(configs: readonly ConfigDiffJson[]): DifferenceCounts {
  const sum = (of: (config: ConfigDiffJson) => number) => configs.reduce((total, config) => total + of(config), 0);
  const settings = (change: 'added' | 'removed' | 'changed') =>
    sum((c) => c.settings.filter((s) => s.change === change).length);
  return {
    groups: { added: sum((c) => c.groups.added.length), removed: sum((c) => c.groups.removed.length) },
    deployments: {
      added: sum((c) => c.deployments.added.length),
      removed: sum((c) => c.deployments.removed.length),
      changed: sum((c) => c.deployments.changed.length),
    },
    settings: { added: settings('added'), removed: settings('removed'), changed: settings('changed') },
    variables: {
      added: sum((c) => c.environmentVariables.added.length),
      removed: sum((c) => c.environmentVariables.removed.length),
    },
  };
}

type Changes = Partial<Record<'added' | 'removed' | 'changed', number>>;

function kindsOf(counts: DifferenceCounts, variables: string): [string, Changes][] {
  return [
    ['groups', counts.groups],
    ['deployments', counts.deployments],
    ['settings', counts.settings],
    [variables, counts.variables],
  ];
}

const CHANGES = ['added', 'removed', 'changed'] as const;

/**
 * The counts in a few characters, for a config's heading; kinds without differences are left out:
 * `groups +1 -1, deployments +2 ~1, settings ~1, variables +1` (`+` added, `-` removed, `~` changed).
 */
export function compactCounts(counts: DifferenceCounts): string {
  const marks = { added: '+', removed: '-', changed: '~' } as const;
  return kindsOf(counts, 'variables')
    .map(([kind, numbers]) => {
      const parts = CHANGES.filter((change) => (numbers[change] ?? 0) > 0).map(
        (change) => `${marks[change]}${numbers[change]}`,
      );
      return parts.length > 0 ? `${kind} ${parts.join(' ')}` : '';
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * The counts in words, for the closing sentence; kinds without differences are left out:
 * `groups 1 added, 1 removed; deployments 2 added, 1 changed; environment variables 1 added`.
 */
export function countsInWords(counts: DifferenceCounts): string {
  return kindsOf(counts, 'environment variables')
    .map(([kind, numbers]) => {
      const parts = CHANGES.filter((change) => (numbers[change] ?? 0) > 0).map(
        (change) => `${numbers[change]} ${change}`,
      );
      return parts.length > 0 ? `${kind} ${parts.join(', ')}` : '';
    })
    .filter(Boolean)
    .join('; ');
}
