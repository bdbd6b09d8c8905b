import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledSources, cachedBundle, isFresh } from '../src/bundle/cached-bundle.js';
import { directoryWith, removeTemporaryDirectories } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

const sources = (files: Record<string, string>) => directoryWith(files, 'litellm-cdk-bundle-');

const FILES = {
  'main.ts': [
    "import { where as helperWhere, App as HelperApp } from './lib/helper.ts';",
    "import cjs from './lib/old.cjs';",
    'class App {}',
    'export const seen = {',
    '  url: import.meta.url,',
    '  dirname: import.meta.dirname,',
    '  helper: helperWhere,',
    '  cjs,',
    '  names: [App.name, HelperApp.name],',
    '};',
    'export function fail(): never {',
    "  throw new Error('boom');",
    '}',
    '',
  ].join('\n'),
  'lib/helper.ts': 'export const where: string = import.meta.filename;\nexport class App {}\n',
  'lib/old.cjs': 'module.exports = { dirname: __dirname, filename: __filename };\n',
};

describe('cachedBundle', () => {
  it('keeps what each module sees of itself: its own file, its class names', async () => {
    const dir = sources(FILES);
    const bundle = await cachedBundle({
      entries: { main: path.join(dir, 'main.ts') },
      directory: path.join(dir, 'cache'),
      cwd: dir,
    });
    const { seen } = (await import(bundle.urls.main)) as { seen: Record<string, unknown> };
    expect(seen).toEqual({
      url: pathToFileURL(path.join(dir, 'main.ts')).href,
      dirname: dir,
      helper: path.join(dir, 'lib', 'helper.ts'),
      cjs: { dirname: path.join(dir, 'lib'), filename: path.join(dir, 'lib', 'old.cjs') },
      names: ['App', 'App'],
    });
  });

  it("maps an error's stack to the lines of the source files", async () => {
    const dir = sources(FILES);
    const bundle = await cachedBundle({
      entries: { main: path.join(dir, 'main.ts') },
      directory: path.join(dir, 'cache'),
      cwd: dir,
    });
    const { fail } = (await import(bundle.urls.main)) as { fail: () => never };
    let stack = '';
    try {
      fail();
    } catch (error) {
      stack = bundle.mapStack((error as Error).stack ?? '');
    }
    expect(stack).toContain(`${path.join(dir, 'main.ts')}:12:9`);
  });

  it('is built again when one of its files changes, and only then; and says which sources each module holds', async () => {
    const dir = sources(FILES);
    const directory = path.join(dir, 'cache');
    const options = { entries: { main: path.join(dir, 'main.ts') }, directory, cwd: dir };
    await cachedBundle(options);
    expect(isFresh(directory)).toBe(true);
    const built = fs.statSync(path.join(directory, 'main.mjs')).ino;
    await cachedBundle(options);
    expect(fs.statSync(path.join(directory, 'main.mjs')).ino).toBe(built);
    fs.appendFileSync(path.join(dir, 'lib', 'helper.ts'), 'export const more = 1;\n');
    expect(isFresh(directory)).toBe(false);
    await cachedBundle(options);
    expect(isFresh(directory)).toBe(true);
    const held = bundledSources(directory).get(pathToFileURL(path.join(directory, 'main.mjs')).href);
    expect(held).toEqual(
      expect.arrayContaining([
        path.join(dir, 'main.ts'),
        path.join(dir, 'lib', 'helper.ts'),
        path.join(dir, 'lib', 'old.cjs'),
      ]),
    );
  });
});
