import { isDeepStrictEqual } from 'node:util';
import { isRecord, isSecretReference } from '../documents/config-document.js';
import type { ValueChangeJson } from '../output/json-shapes.js';

/** Keys whose plain-text string values are credentials, never to be printed by a diff. */
const SECRET_KEY = /(key|secret|password|token|credentials?|database_url|redis_url)$/i;
/** What a masked value prints as. */
export const MASK = '***';

/**
 * The leaf values that differ between two values, as dotted keys under `prefix`: mappings are compared key by key
 * (`litellm_params.thinking.budget_tokens`), lists and scalars as a whole.
 */
export function leafChanges(before: unknown, after: unknown, prefix: string): ValueChangeJson[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))];
    return keys.flatMap((key) => leafChanges(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return [change(prefix, before, after)];
}

/** One change, with plain-text credentials masked and missing sides left out. */
export function change(key: string, before: unknown, after: unknown, maskAll = false): ValueChangeJson {
  const lastKey = key.slice(key.lastIndexOf('.') + 1);
  const mask = (value: unknown) => maskSecrets(value, maskAll || SECRET_KEY.test(lastKey));
  return {
    key,
    ...(before !== undefined ? { before: mask(before) } : {}),
    ...(after !== undefined ? { after: mask(after) } : {}),
  };
}

/** `value` with every plain-text string under a secret-like key replaced by `***` (references stay readable). */
export function maskSecrets(value: unknown, secret = false): unknown {
  if (typeof value === 'string') return secret && !isSecretReference(value) ? MASK : value;
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, secret));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, maskSecrets(item, secret || SECRET_KEY.test(key))]),
    );
  }
  return value;
}
