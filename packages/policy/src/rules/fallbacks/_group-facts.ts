import type { GroupSubject } from '../../subject.js';

/**
 * The mode of a group: the first mode its deployments declare or the catalog knows, else `chat` — what LiteLLM
 * assumes for a model it knows nothing about.
 */
export function groupMode(group: GroupSubject): string {
  return group.deployments.find((d) => d.mode !== undefined)?.mode ?? 'chat';
}

/** The groups a request for `group` can be passed to by general fallbacks, transitively, each once, in order. */
export function reachableFallbacks(group: GroupSubject): string[] {
  const { config } = group;
  const reached: string[] = [];
  const queue = [...config.effectiveFallbacksOf(group.name).targets];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (name === group.name || reached.includes(name)) continue;
    reached.push(name);
    queue.push(...config.effectiveFallbacksOf(name).targets);
  }
  return reached;
}

/**
 * The groups LiteLLM's router actually tries for a failed request to `group`, following its fallback loop: a
 * fallback level starts only while the depth it is called with is below `max_fallbacks`; within a level every
 * listed group is tried (itself skipped), each called with the level's depth plus its position, which is the depth
 * its own fallback level then starts at.
 */
export function triedFallbacks(group: GroupSubject, maxFallbacks: number): Set<string> {
  const { config } = group;
  const tried = new Set<string>();
  // The lowest depth each group has been called with: a call at a higher depth cannot reach further.
  const calledAt = new Map<string, number>([[group.name, 0]]);
  const fallBack = (name: string, depth: number): void => {
    if (depth >= maxFallbacks) return;
    let called = depth;
    for (const target of config.effectiveFallbacksOf(name).targets) {
      if (target === name) continue;
      called++;
      tried.add(target);
      if ((calledAt.get(target) ?? Infinity) <= called) continue;
      calledAt.set(target, called);
      fallBack(target, called);
    }
  };
  fallBack(group.name, 0);
  return tried;
}
