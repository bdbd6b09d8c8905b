import type { IConstruct } from 'constructs';
import { Secret } from '../secrets/secret.js';

/**
 * Checks a construct id before the construct is created, so that a bad one is reported with the path it would have
 * and the value given, not as the tree library's "Only root constructs may have an empty ID" or a TypeError.
 * An id is a non-empty string of printable characters without '/' (the path separator, which the tree would
 * silently rewrite to '--').
 * @returns `id`, for use in a `super(scope, checkedId(scope, id, 'ModelGroup'))` call
 */
export function checkedId(scope: IConstruct | undefined, id: unknown, kind: string): string {
  const where = scope?.node?.path ? `${scope.node.path}/` : '';
  const problem = idProblem(id);
  if (problem) throw new Error(`[${where}${printable(id)}] Invalid ${kind} id ${printable(id)}: ${problem}.`);
  return id as string;
}

function idProblem(id: unknown): string | undefined {
  if (Secret.isSecret(id)) return 'a Secret cannot be an id; ids are plain strings that name the construct in the tree';
  if (typeof id !== 'string') return `an id must be a string, not ${id === null ? 'null' : typeof id}`;
  if (id.trim() === '') return "an id must not be empty or blank; give the construct a name such as 'prod' or 'gpt-4o'";
  if (id.includes('/'))
    return "an id must not contain '/', which separates the parts of a construct path; use '-' instead";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id)) return 'an id must not contain control characters (newlines, tabs)';
  return undefined;
}

/** The value as messages quote it: strings in quotes (at most 40 characters, escapes visible), others by type. */
function printable(id: unknown): string {
  if (Secret.isSecret(id)) return `Secret(${id.render()})`;
  if (typeof id !== 'string') return String(id);
  const shown = JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id);
  return `'${shown.slice(1, -1)}'`;
}
