import { modelInfoId, readerIdentity } from './deployment-identity.js';

/** A `model_list` entry and its position in the list. */
export interface IndexedEntry {
  readonly entry: Record<string, unknown>;
  readonly index: number;
}

/** Which entries of two `model_list`s are the same deployment, and which exist on one side only. */
export interface DeploymentMatching {
  /** Pairs in the order of the `after` list. */
  readonly pairs: readonly { readonly before: IndexedEntry; readonly after: IndexedEntry }[];
  /** Entries of `after` without a partner, in list order. */
  readonly added: readonly IndexedEntry[];
  /** Entries of `before` without a partner, in list order. */
  readonly removed: readonly IndexedEntry[];
}

/**
 * Pairs the deployments of two `model_list`s the way a reader would, in two passes:
 * 1. entries that both carry a `model_info.id` pair when the ids are equal (LiteLLM's own identity); two different
 *    ids are two deployments, whatever else they share;
 * 2. the rest pair by group, model, region, `api_base` and credential references (`readerIdentity`), so an id added
 *    to or dropped from one side does not hide the deployment's real changes behind a removal and an addition.
 * Equal keys pair up in list order, so two identical entries on each side match one to one.
 */
export function matchDeployments(
  before: readonly Record<string, unknown>[],
  after: readonly Record<string, unknown>[],
): DeploymentMatching {
  const left = before.map((entry, index) => ({ entry, index }));
  const right = after.map((entry, index) => ({ entry, index }));
  const partner = new Map<IndexedEntry, IndexedEntry>();

  pairBy(
    left,
    right,
    partner,
    (item) => modelInfoId(item.entry),
    () => true,
  );
  pairBy(
    left,
    right,
    partner,
    (item) => readerIdentity(item.entry),
    (a, b) => modelInfoId(a.entry) === undefined || modelInfoId(b.entry) === undefined,
  );

  const paired = new Set(partner.values());
  return {
    pairs: right
      .filter((item) => partner.has(item))
      .map((item) => ({ before: partner.get(item) as IndexedEntry, after: item })),
    added: right.filter((item) => !partner.has(item)),
    removed: left.filter((item) => !paired.has(item)),
  };
}

/** Pairs the unpaired entries of `right` with unpaired entries of `left` of the same key, first come first served. */
function pairBy(
  left: readonly IndexedEntry[],
  right: readonly IndexedEntry[],
  partner: Map<IndexedEntry, IndexedEntry>,
  keyOf: (item: IndexedEntry) => string | undefined,
  compatible: (a: IndexedEntry, b: IndexedEntry) => boolean,
): void {
  const taken = new Set(partner.values());
  const waiting = new Map<string, IndexedEntry[]>();
  for (const item of left) {
    const key = keyOf(item);
    if (key === undefined || taken.has(item)) continue;
    waiting.set(key, [...(waiting.get(key) ?? []), item]);
  }
  for (const item of right) {
    const key = keyOf(item);
    if (key === undefined || partner.has(item)) continue;
    const candidates = waiting.get(key) ?? [];
    const found = candidates.findIndex((candidate) => compatible(candidate, item));
    if (found === -1) continue;
    partner.set(item, candidates[found]);
    candidates.splice(found, 1);
  }
}
