// Runs and compiles the code of documentation pages, as a reader who copies it into this app would.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { DocPage } from './_doc-pages.js';

/** apps/example: the examples resolve packages as a file of this app does. */
export const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKSPACE_ROOT = path.resolve(APP_ROOT, '../..');
const resolveFromApp = createRequire(path.join(APP_ROOT, 'package.json')).resolve;

/** The vitest functions a page's test files get; `it` collects instead of registering. */
export interface VitestStandIn {
  readonly describe: (name: string, body: () => void) => void;
  readonly it: (name: string, body: () => unknown) => void;
  readonly test: (name: string, body: () => unknown) => void;
  readonly expect: unknown;
}

const STAND_IN = Symbol.for('@litellm-cdk/example.docs.vitest');
const STAND_IN_FILE = '_vitest-stand-in.ts';

/**
 * Writes the page's runnable files into `dir` (which may be outside the workspace): package imports point at the
 * files this app resolves them to, `vitest` at a stand-in that `runTests` fills.
 */
export function writePage(page: DocPage, dir: string): void {
  const standIn = path.join(dir, STAND_IN_FILE);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    standIn,
    `const api = (globalThis as Record<symbol, any>)[Symbol.for('${STAND_IN.description}')];\nexport const { describe, it, test, expect } = api;\n`,
  );
  for (const [file, { code }] of page.files) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(
      target,
      code.replace(
        /(\bfrom |\bimport )'([^'.][^']*)'/g,
        (_, keyword: string, specifier: string) => `${keyword}'${moduleUrl(specifier, standIn)}'`,
      ),
    );
  }
}

function moduleUrl(specifier: string, standIn: string): string {
  if (specifier.startsWith('node:')) return specifier;
  return pathToFileURL(specifier === 'vitest' ? standIn : resolveFromApp(specifier)).href;
}

/**
 * Runs the app `file` of a written page with `$LITELLM_CDK_OUTDIR` set to `outdir`.
 * @returns what it threw, or `undefined`
 */
export async function runApp(dir: string, file: string, outdir: string): Promise<unknown> {
  const previous = process.env.LITELLM_CDK_OUTDIR;
  process.env.LITELLM_CDK_OUTDIR = outdir;
  try {
    await import(pathToFileURL(path.join(dir, file)).href);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    if (previous === undefined) delete process.env.LITELLM_CDK_OUTDIR;
    else process.env.LITELLM_CDK_OUTDIR = previous;
  }
}

/**
 * Runs the test files of a written page: `describe` bodies at once, then every `it` body in order.
 * @returns the name of each test and what it threw, if anything
 */
export async function runTests(
  dir: string,
  files: readonly string[],
  expect: unknown,
): Promise<{ name: string; error?: unknown }[]> {
  const collected: { name: string; body: () => unknown }[] = [];
  const prefix: string[] = [];
  const it = (name: string, body: () => unknown) => void collected.push({ name: [...prefix, name].join(' '), body });
  const describe = (name: string, body: () => void) => {
    prefix.push(name);
    try {
      body();
    } finally {
      prefix.pop();
    }
  };
  (globalThis as Record<symbol, VitestStandIn>)[STAND_IN] = { describe, it, test: it, expect };
  for (const file of files) await import(pathToFileURL(path.join(dir, file)).href);
  const results: { name: string; error?: unknown }[] = [];
  for (const { name, body } of collected) {
    try {
      await body();
      results.push({ name });
    } catch (error) {
      results.push({ name, error });
    }
  }
  return results;
}

/**
 * Type-checks the runnable files of several pages with the workspace's compiler settings, as if each page's files
 * were in a folder of this app (they are never written there).
 * @returns one line per problem: the page and its line, the file, and the message
 */
export function typeErrors(pages: ReadonlyMap<string, DocPage>): string[] {
  const virtual = new Map<string, { page: string; file: string; code: string; line: number }>();
  const virtualDirs = new Set<string>();
  for (const [name, page] of pages) {
    const root = path.join(APP_ROOT, `.docs-${name.replace(/\W+/g, '-')}`);
    for (const [file, { code, line }] of page.files) {
      const fileName = path.join(root, file);
      virtual.set(fileName, { page: name, file, code, line });
      for (let dir = path.dirname(fileName); dir.startsWith(root); dir = path.dirname(dir)) virtualDirs.add(dir);
    }
  }

  const { config } = ts.readConfigFile(path.join(WORKSPACE_ROOT, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, WORKSPACE_ROOT);
  const compilerOptions = {
    ...options,
    noEmit: true,
    declaration: false,
    sourceMap: false,
    typeRoots: [path.join(WORKSPACE_ROOT, 'node_modules', '@types')],
  };
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const directoryExists = host.directoryExists?.bind(host) ?? ts.sys.directoryExists;
  Object.assign(host, {
    fileExists: (fileName: string) => virtual.has(fileName) || fileExists(fileName),
    readFile: (fileName: string) => virtual.get(fileName)?.code ?? readFile(fileName),
    directoryExists: (dir: string) => virtualDirs.has(dir) || directoryExists(dir),
    getSourceFile: (
      fileName: string,
      language: ts.ScriptTarget | ts.CreateSourceFileOptions,
      ...rest: [((message: string) => void)?, boolean?]
    ) => {
      const shown = virtual.get(fileName);
      return shown ? ts.createSourceFile(fileName, shown.code, language) : getSourceFile(fileName, language, ...rest);
    },
  });

  const program = ts.createProgram([...virtual.keys()], compilerOptions, host);
  return ts.getPreEmitDiagnostics(program).flatMap((diagnostic) => {
    const shown = diagnostic.file && virtual.get(diagnostic.file.fileName);
    if (!shown) return [];
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return [
      `${shown.page}:${shown.line + line + 1} (${shown.file}): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    ];
  });
}
