import { Lazy } from '../config/lazy.js';
import { Secret } from '../secrets/secret.js';
import type { ConfigPath } from '../validation/finding.js';

/** A secret reference met while resolving, and where it sits in the document. */
export interface SecretUse {
  readonly secret: Secret;
  readonly path: ConfigPath;
}

/**
 * Turns construct values into plain YAML data: secrets become their reference strings, lazy values are computed,
 * `undefined` keys are dropped. Every secret met is reported to `onSecret` with its document path.
 */
export function resolveValue(value: unknown, path: ConfigPath, onSecret: (use: SecretUse) => void): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new TypeError(`Cannot render a ${typeof value} at ${formatPath(path)}: config values are strings, numbers, booleans, lists and mappings.`);
    }
    return value;
  }
  if (Secret.isSecret(value)) {
    onSecret({ secret: value, path });
    return value.render();
  }
  if (Lazy.isLazy(value)) return resolveValue(value.produce(), path, onSecret);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = resolveValue(value[i], [...path, i], onSecret);
      out.push(item === undefined ? null : item);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`Cannot render a ${proto?.constructor?.name ?? 'class instance'} at ${formatPath(path)}: use plain objects, or a Secret for credentials.`);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const resolved = resolveValue((value as Record<string, unknown>)[key], [...path, key], onSecret);
    if (resolved !== undefined) out[key] = resolved;
  }
  return out;
}

/** `model_list[3].litellm_params.api_key` */
export function formatPath(path: ConfigPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text || '(document)';
}
