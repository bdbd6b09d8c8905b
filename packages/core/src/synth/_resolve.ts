import { CustomModule } from '../config/custom-module.js';
import { Lazy } from '../config/lazy.js';
import { Secret } from '../secrets/secret.js';
import { formatPath } from '../validation/document-paths.js';
import type { ConfigPath } from '../validation/finding.js';

/**
 * Turns construct values into plain YAML data: secrets and custom modules become their reference strings, lazy
 * values are computed, `undefined` keys are dropped. `path` is where the value sits in the document, for error
 * messages; each custom module met is added to `modules`.
 */
export function resolveValue(value: unknown, path: ConfigPath, modules?: Set<CustomModule>): unknown {
  return resolveAt(value, [...path], modules);
}

/** Walks with one mutable path, so that the bulk of the values costs no allocation. */
function resolveAt(value: unknown, path: (string | number)[], modules: Set<CustomModule> | undefined): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new TypeError(
        `Cannot render a ${typeof value} at ${formatPath(path)}: config values are strings, numbers, booleans, lists and mappings.`,
      );
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError(`${value} at ${formatPath(path)} is not a number YAML can carry; use a finite number.`);
    }
    return value;
  }
  if (Secret.isSecret(value)) {
    return value.render();
  }
  if (CustomModule.isCustomModule(value)) {
    modules?.add(value);
    return value.render();
  }
  if (Lazy.isLazy(value)) return resolveAt(value.produce(), path, modules);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const item = resolveAt(value[i], path, modules);
      path.pop();
      out.push(item === undefined ? null : item);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(
      `Cannot render a ${proto?.constructor?.name ?? 'class instance'} at ${formatPath(path)}: use plain objects, or a Secret for credentials.`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    path.push(key);
    const resolved = resolveAt((value as Record<string, unknown>)[key], path, modules);
    path.pop();
    if (resolved !== undefined) out[key] = resolved;
  }
  return out;
}
