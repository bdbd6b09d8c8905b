import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const DOC = fileURLToPath(new URL('../../../docs/providers/gemini.md', import.meta.url));
/** The examples import the packages by name; the test points the names at the sources this workspace runs. */
const PACKAGE_SOURCES: Record<string, string> = {
  '@litellm-cdk/core': fileURLToPath(new URL('../../core/src/index.ts', import.meta.url)),
  '@litellm-cdk/gemini': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
};

interface Example {
  readonly section: string;
  readonly code: string;
  /** The YAML block that follows the example, if any: what it synthesizes, without the header comment. */
  readonly yaml?: string;
}

/** The page's ```ts blocks (not ```ts signatures), each with its section and the ```yaml block right after it. */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  let section = '';
  const blocks = /^(#{2,3}) (.+)$|^```([^\n]*)\n([\s\S]*?)^```$/gm;
  let pending: { section: string; code: string } | undefined;
  for (const match of markdown.matchAll(blocks)) {
    if (match[2] !== undefined) {
      section = match[2];
      continue;
    }
    const [info, body] = [match[3], match[4]];
    if (pending) found.push(info === 'yaml' ? { ...pending, yaml: body } : pending);
    pending = info === 'ts' ? { section, code: body } : undefined;
  }
  if (pending) found.push(pending);
  return found;
}

const workDir = mkdtempSync(join(tmpdir(), 'gemini-docs-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('docs/providers/gemini.md', () => {
  const all = examples(readFileSync(DOC, 'utf8'));

  it('has runnable examples, most of them with the YAML they synthesize', () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.filter((e) => e.yaml !== undefined).length).toBeGreaterThanOrEqual(4);
  });

  all.forEach((example, index) => {
    it(`runs example ${index + 1} (${example.section})${example.yaml ? ' and synthesizes the YAML shown' : ''}`, async () => {
      const file = join(workDir, `example-${index + 1}.ts`);
      const outdir = join(workDir, `out-${index + 1}`);
      writeFileSync(
        file,
        example.code.replace(
          /from '(@litellm-cdk\/\w+)'/g,
          (_, name: string) => `from '${pathToFileURL(PACKAGE_SOURCES[name]).href}'`,
        ),
      );
      const previous = process.env.LITELLM_CDK_OUTDIR;
      process.env.LITELLM_CDK_OUTDIR = outdir;
      try {
        await import(pathToFileURL(file).href);
      } finally {
        if (previous === undefined) delete process.env.LITELLM_CDK_OUTDIR;
        else process.env.LITELLM_CDK_OUTDIR = previous;
      }
      if (example.yaml !== undefined) {
        const written = readFileSync(join(outdir, 'prod.yaml'), 'utf8').replace(/^(#[^\n]*\n)+/, '');
        expect(written).toBe(example.yaml);
      }
    });
  });
});
