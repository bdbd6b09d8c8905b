import { describe, expect, it } from 'vitest';
import { containsFragment, excerptMismatch, readDocPage, unwrapped } from './_doc-pages.js';

const fence = '```';

describe('readDocPage', () => {
  it('runs every ts block, names a block by its first-line comment, and leaves out fragments and other ts blocks', () => {
    const page = readDocPage(
      [
        `${fence}ts\nnew App();\n${fence}`,
        `${fence}ts\n// src/proxy.ts\nexport const x = 1;\n${fence}`,
        `${fence}ts\n// main.ts\nimport './src/proxy.js';\n${fence}`,
        `${fence}ts\n// test/proxy.test.ts\nit('works', () => {});\n${fence}`,
        `${fence}ts fragment\nexport const x = 1;\n${fence}`,
        `${fence}ts signatures\nApp.synth(): Assembly;\n${fence}`,
      ].join('\n\n'),
    );
    expect([...page.files.keys()]).toEqual(['example-1.ts', 'src/proxy.ts', 'main.ts', 'test/proxy.test.ts']);
    expect(page.apps.map((app) => app.file)).toEqual(['example-1.ts', 'main.ts']);
    expect(page.tests).toEqual(['test/proxy.test.ts']);
    expect(page.fragments.map((f) => f.code)).toEqual(['export const x = 1;\n']);
  });

  it('gives an app the outputs and the error shown after it, and a bare yaml block right after an app as its only config', () => {
    const page = readDocPage(
      [
        `${fence}ts\na();\n${fence}`,
        `${fence}yaml\nmodel_list: []\n${fence}`,
        '<!-- output: config.env.example (excerpt) -->',
        `${fence}sh\nKEY=\n${fence}`,
        `${fence}ts\nb();\n${fence}`,
        'Some prose.',
        '<!-- error -->',
        `${fence}text\nSynthesis failed\n${fence}`,
      ].join('\n'),
    );
    expect(page.apps[0].outputs.map(({ file, excerpt }) => ({ file, excerpt }))).toEqual([
      { file: undefined, excerpt: false },
      { file: 'config.env.example', excerpt: true },
    ]);
    expect(page.apps[1].error?.text).toBe('Synthesis failed\n');
  });

  it('refuses comments that are not right before a block, misspelt comments and files shown twice', () => {
    expect(() => readDocPage(`${fence}ts\na();\n${fence}\n<!-- error -->\nprose\n${fence}text\nx\n${fence}`)).toThrow(
      /line 5: .* right before a code block/,
    );
    expect(() =>
      readDocPage(`${fence}ts\na();\n${fence}\n<!-- output config.yaml -->\n${fence}yaml\nx\n${fence}`),
    ).toThrow(/line 4: write <!-- output/);
    expect(() => readDocPage(`${fence}ts\n// main.ts\n${fence}\n${fence}ts\n// main.ts\n${fence}`)).toThrow(
      /main.ts is shown twice/,
    );
    expect(() => readDocPage(`${fence}yaml\nx\n${fence}\n<!-- error -->\n${fence}text\nx\n${fence}`)).toThrow(
      /before any app/,
    );
  });
});

describe('excerptMismatch', () => {
  const file = 'a: 1\nb:\n  c: 2\nd: 3\ne: 4\n';

  it('accepts pieces of the file in order, separated by ... lines', () => {
    expect(excerptMismatch(file, 'a: 1\n# ...\n  c: 2\n...\ne: 4\n')).toBeUndefined();
  });

  it('names a piece the file does not have, or has elsewhere', () => {
    expect(excerptMismatch(file, 'a: 1\n# ...\n  c: 3\n')).toMatch(/no such piece:\n {2}c: 3/);
    expect(excerptMismatch(file, 'd: 3\n...\na: 1\n')).toMatch(/out of order:\na: 1/);
    expect(excerptMismatch(file, '...\n')).toBe('the excerpt shows nothing');
  });
});

describe('containsFragment', () => {
  it('finds consecutive lines whatever their indentation, and nothing else', () => {
    const code = 'function f() {\n  const a = 1;\n  const b = 2;\n}\n';
    expect(containsFragment(code, 'const a = 1;\nconst b = 2;\n')).toBe(true);
    expect(containsFragment(code, 'const a = 1;\n}\n')).toBe(false);
  });
});

describe('unwrapped', () => {
  it('folds line breaks and indentation into single spaces', () => {
    expect(unwrapped('Synthesis failed:\n  [a] id: one\n  two\n')).toBe('Synthesis failed: [a] id: one two');
  });
});
