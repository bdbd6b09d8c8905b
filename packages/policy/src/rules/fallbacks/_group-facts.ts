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
  const next = (name: string): readonly string[] => {
    const own = config.fallbacksOf(name).targets;
    return own.length > 0 ? own : config.defaultFallbacks;
  };
  const reached: string[] = [];
  const queue = [...next(group.name)];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (name === group.name || reached.includes(name)) continue;
    reached.push(name);
    queue.push(...next(name));
  }
  return reached;
}
