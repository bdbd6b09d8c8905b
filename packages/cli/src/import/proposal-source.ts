import { ImportCall, Secret } from '@litellm-cdk/core';
import type { ImportContext } from './import-context.js';
import { code, tsInlineValue, tsString } from './ts-source.js';

/**
 * A proposal's value for the generated app: `Secret`s as `Secret.env('NAME')`, calls as `Name.method(...)` (their
 * names imported), plain data as is.
 */
export function proposalSource(context: ImportContext, value: unknown): unknown {
  if (Secret.isSecret(value)) {
    if (value.kind !== 'env')
      throw new TypeError(`Cannot write the ${value.kind} secret ${value.render()} as TypeScript.`);
    return code(`${context.core('Secret')}.env(${tsString(value.name)})`);
  }
  if (ImportCall.isImportCall(value)) {
    const name = context.use(value.target.packageName, value.target.name);
    const callee = value.method === undefined ? name : `${name}.${value.method}`;
    return code(`${callee}(${value.args.map((arg) => tsInlineValue(proposalSource(context, arg))).join(', ')})`);
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => proposalSource(context, item));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, proposalSource(context, item)]));
}
