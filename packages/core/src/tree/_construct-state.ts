import type { IConstruct } from 'constructs';

/**
 * State core keeps for a construct (its annotations, aspects, an app's assembly), stored on the construct itself
 * under `Symbol.for('@litellm-cdk/core.<name>')`, as aws-cdk-lib's `Aspects.of` does: two loaded copies of core
 * (an app's and the CLI's) then read and write the same state, where module-level maps would each see only their own.
 * The property is not enumerable, so it stays off the construct's visible surface.
 */
export function constructState<T>(scope: IConstruct, name: string, create: () => T): T {
  const key = stateKey(name);
  const host = scope as unknown as Record<symbol, T | undefined>;
  const existing = host[key];
  if (existing !== undefined) return existing;
  const created = create();
  Object.defineProperty(host, key, { value: created, enumerable: false, configurable: true, writable: true });
  return created;
}

/** The state `name` of `scope` if it has any, without creating it. */
export function existingConstructState<T>(scope: IConstruct, name: string): T | undefined {
  return (scope as unknown as Record<symbol, T | undefined>)[stateKey(name)];
}

/** Replaces the state `name` of `scope` (`undefined` removes it). */
export function setConstructState<T>(scope: IConstruct, name: string, value: T | undefined): void {
  Object.defineProperty(scope, stateKey(name), { value, enumerable: false, configurable: true, writable: true });
}

function stateKey(name: string): symbol {
  return Symbol.for(`@litellm-cdk/core.${name}`);
}
