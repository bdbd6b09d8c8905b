import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  containsFragment,
  excerptMismatch,
  readDocPage,
  unwrapped,
  withoutHeader,
  type DocApp,
  type DocPage,
} from './_doc-pages.js';
import { APP_ROOT, runApp, runTests, typeErrors, writePage } from './_doc-runner.js';

/** The pages whose code this test runs, with the least each must show (so a page cannot lose its examples unseen). */
const PAGES: Readonly<
  Record<string, { readonly apps: number; readonly outputs: number; readonly errors: number; readonly tests: number }>
> = {
  'docs/getting-started.md': { apps: 3, outputs: 2, errors: 1, tests: 1 },
  'docs/migrating-from-the-builder-api.md': { apps: 4, outputs: 3, errors: 1, tests: 0 },
  'docs/concepts.md': { apps: 2, outputs: 0, errors: 0, tests: 0 },
  'docs/deploying.md': { apps: 2, outputs: 2, errors: 1, tests: 0 },
  'docs/providers/openai.md': { apps: 6, outputs: 6, errors: 0, tests: 0 },
  'docs/providers/anthropic.md': { apps: 3, outputs: 2, errors: 1, tests: 0 },
};

const workDir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'litellm-cdk-docs-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

const pages = new Map<string, DocPage>(
  Object.keys(PAGES).map((page) => [page, readDocPage(fs.readFileSync(path.join(APP_ROOT, '../..', page), 'utf8'))]),
);

function describeApp(app: DocApp): string {
  const claims = [
    ...(app.outputs.length > 0 ? ['writes the output shown'] : []),
    ...(app.error ? ['fails with the error shown'] : []),
  ];
  return `runs ${app.file} (${app.section}, line ${app.line})${claims.length > 0 ? ` and ${claims.join(' and ')}` : ''}`;
}

for (const [name, page] of pages) {
  describe(name, () => {
    const dir = path.join(workDir, name.replace(/\W+/g, '-'));
    writePage(page, dir);

    it('shows runnable apps, the output they write, the errors they fail with and tests', () => {
      const least = PAGES[name];
      expect(page.apps.length).toBeGreaterThanOrEqual(least.apps);
      expect(page.apps.flatMap((app) => app.outputs).length).toBeGreaterThanOrEqual(least.outputs);
      expect(page.apps.filter((app) => app.error).length).toBeGreaterThanOrEqual(least.errors);
      expect(page.tests.length).toBeGreaterThanOrEqual(least.tests);
    });

    if (page.fragments.length > 0) {
      it('shows fragments that are parts of its runnable code', () => {
        const runnable = [...page.files.values()].map((file) => file.code);
        for (const fragment of page.fragments) {
          expect(
            runnable.some((code) => containsFragment(code, fragment.code)),
            `fragment at line ${fragment.line}:\n${fragment.code}`,
          ).toBe(true);
        }
      });
    }

    page.apps.forEach((app, index) => {
      // The first app of a page loads its packages (cdk8s among them): seconds on a loaded machine.
      it(describeApp(app), { timeout: 60_000 }, async () => {
        const outdir = path.join(dir, `out-${index + 1}`);
        const thrown = await runApp(dir, app.file, outdir);
        if (app.error) {
          expect((thrown as Error | undefined)?.name, `line ${app.error.line}: the app should fail synth`).toBe(
            'SynthesisError',
          );
          expect(unwrapped((thrown as Error).message)).toBe(unwrapped(app.error.text));
        } else if (thrown !== undefined) {
          throw thrown;
        }
        for (const output of app.outputs) {
          const file = output.file ?? onlyConfigOf(outdir);
          const written = fs.readFileSync(path.join(outdir, file), 'utf8');
          const actual = file.endsWith('.yaml') ? withoutHeader(written) : written;
          if (output.excerpt)
            expect(excerptMismatch(actual, output.text), `line ${output.line}: ${file}`).toBeUndefined();
          else expect(actual, `line ${output.line}: ${file}`).toBe(output.text);
        }
      });
    });

    if (page.tests.length > 0) {
      it(`passes the tests it shows (${page.tests.join(', ')})`, async () => {
        const results = await runTests(dir, page.tests, expect);
        expect(results.length).toBeGreaterThan(0);
        for (const result of results)
          if (result.error) throw new Error(`${result.name}: ${String(result.error)}`, { cause: result.error });
      });
    }
  });
}

describe('the code of every page', () => {
  it('compiles with the workspace compiler settings', { timeout: 120_000 }, () => {
    expect(typeErrors(pages)).toEqual([]);
  });
});

/** The file name of the one config an app wrote, from its manifest. */
function onlyConfigOf(outdir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    artifacts: { type: string; file: string }[];
  };
  const configs = manifest.artifacts.filter((a) => a.type === 'litellm:proxy-config');
  expect(configs, 'a YAML block without an <!-- output: file --> comment is the only config').toHaveLength(1);
  return configs[0].file;
}
