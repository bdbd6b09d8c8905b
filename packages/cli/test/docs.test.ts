import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script of the repository, in JavaScript without declarations
import { examples } from '../../../scripts/cli-doc-examples.mjs';
import { WORKSPACE_ROOT } from './e2e/_harness.js';

const DOC = fs.readFileSync(path.join(WORKSPACE_ROOT, 'docs', 'cli.md'), 'utf8');

interface Example {
  readonly args: string;
  readonly shown: string;
  readonly code: number;
  readonly now: { readonly output: string; readonly code: number };
}

describe('docs/cli.md', () => {
  it("reads nothing outside the repository: its examples run on the repository's own files", () => {
    expect(DOC).not.toMatch(/\.\.\/shared\b|\/shared\/corpus/);
  });

  it('shows the real output of each validate and import example on test-support/ (node scripts/cli-doc-examples.mjs rewrites them)', {
    timeout: 120_000,
  }, () => {
    const found = examples(DOC) as Example[];
    expect(found.length).toBeGreaterThanOrEqual(7);
    for (const example of found) {
      expect({ args: example.args, output: example.now.output, code: example.now.code }).toEqual({
        args: example.args,
        output: example.shown,
        code: example.code,
      });
    }
  });
});
