import * as path from 'node:path';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { discoverImporters } from '../src/import/discover-importers.js';
import { importConfig } from '../src/import/import-config.js';
import { configCorpora, ImportWorkspace } from './_import-workspace.js';
import { removeTemporaryDirectories, WORKSPACE_ROOT } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

const importers = await discoverImporters();

it('writes apps that compile under the workspace compiler settings, for every corpus config', {
  timeout: 60_000,
}, () => {
  const workspace = new ImportWorkspace();
  const files = configCorpora("typechecking apps imported from LiteLLM's real configs").flatMap((corpus) =>
    corpus.files.map((name) =>
      workspace.write(
        `${corpus.name}/${name.replace(/\.yaml$/, '.ts')}`,
        importConfig(path.join(corpus.dir, name), { importers }).source,
      ),
    ),
  );
  const { config } = ts.readConfigFile(path.join(WORKSPACE_ROOT, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, WORKSPACE_ROOT);

  const program = ts.createProgram(files, {
    ...options,
    noEmit: true,
    typeRoots: [path.join(WORKSPACE_ROOT, 'node_modules', '@types')],
  });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => `${path.basename(d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);

  expect(problems).toEqual([]);
});
