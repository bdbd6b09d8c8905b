import type { IConstruct } from 'constructs';
import { Secret } from '../secrets/secret.js';

/**
 * Throws, naming the construct and the key, when a value that must be a plain string is something else: most often
 * a `Secret`, which only credential fields accept (LiteLLM needs `model` and `model_name` as written to route).
 * `undefined` passes: whether the key is required is the schema's business.
 */
export function requirePlainString(construct: IConstruct, key: string, value: unknown): void {
  if (value === undefined || typeof value === 'string') return;
  const given = Secret.isSecret(value)
    ? `a Secret (${value.render()})`
    : value === null
      ? 'null'
      : `a ${Array.isArray(value) ? 'list' : typeof value}`;
  const fix = Secret.isSecret(value)
    ? 'write the value itself; Secrets belong in credential fields such as api_key'
    : 'pass a string';
  throw new Error(`[${construct.node.path}] ${key} must be a plain string, but ${given} was given: ${fix}.`);
}
