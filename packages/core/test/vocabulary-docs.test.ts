// The docs restate some of LiteLLM's enumerations (`'minimal' | 'low' | ...`) for readers; each restatement must be
// core's list, in its order, so that the docs change when the vocabulary does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as schemas from '../src/config/schemas/index.js';

const root = join(import.meta.dirname, '../../..');

/** Every `docs/**.md` page and the README, by path. */
function pages(): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file));
  return ['README.md', ...docs];
}

/** The `as const` string lists core's schemas export (`REASONING_EFFORTS`, `MODEL_MODES`, ...). */
const VOCABULARY = Object.entries(schemas as Readonly<Record<string, unknown>>).filter(
  (entry): entry is [string, readonly string[]] =>
    /^[A-Z_]+$/.test(entry[0]) &&
    Array.isArray(entry[1]) &&
    entry[1].every((value: unknown) => typeof value === 'string'),
);

/** Unions of quoted values as the docs write them: `'a' | 'b'`, or `'a' \| 'b'` inside a table. */
const UNION = /'[\w-]+'(?:\s*\\?\|\s*'[\w-]+')+/g;

describe('the vocabulary in the docs', () => {
  it('finds the lists it checks', () => {
    expect(VOCABULARY.map(([name]) => name)).toContain('REASONING_EFFORTS');
  });

  it.each(pages())('%s restates each enumeration as core lists it', (page) => {
    const text = readFileSync(join(root, page), 'utf8');
    for (const union of text.match(UNION) ?? []) {
      const values = union.split(/\s*\\?\|\s*/).map((value) => value.slice(1, -1));
      for (const [name, list] of VOCABULARY) {
        // A union of the list's values that lacks at most one of them restates the list; a shorter one is a list
        // of its own (the strategies that need Redis, say).
        const restates = values.every((value) => list.includes(value)) && values.length >= Math.max(2, list.length - 1);
        if (restates) expect({ page, name, values }).toEqual({ page, name, values: [...list] });
      }
    }
  });
});
