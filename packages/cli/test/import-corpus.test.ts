import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverImporters } from '../src/import/discover-importers.js';
import { importConfig } from '../src/import/import-config.js';
import { loadConfigYaml } from '../src/validate/pyyaml-parse.js';
import {
  acceptedFiles,
  configCorpora,
  FIXTURE_CONFIGS,
  FIXTURES,
  ImportWorkspace,
  loadCorpusFile,
} from './_import-workspace.js';
import { removeTemporaryDirectories, runCli } from './e2e/_harness.js';

const importers = await discoverImporters();

const corpora = configCorpora("import round trips of LiteLLM's real configs");
const accepted = acceptedFiles(corpora);

afterAll(removeTemporaryDirectories);

describe('import round trips the corpus', () => {
  const workspace = new ImportWorkspace();

  it.each(corpora)('covers every config of the $name that LiteLLM accepts', (corpus) => {
    expect(accepted.filter(([c]) => c === corpus)).toHaveLength(corpus.name === 'fixtures' ? 12 : 33);
  });

  it.each(accepted)('synthesizes %# exactly as written, in strict mode', async (corpus, name) => {
    const imported = importConfig(path.join(corpus.dir, name), { importers });
    const { documents, report } = await workspace.synthesize(imported);

    expect(Object.keys(documents)).toEqual([name]);
    expect(documents[name]).toEqual(loadCorpusFile(corpus, name));
    expect(report.conclusion).toBe('passed');
    expect(report.acknowledgements.filter((ack) => ack.matched === 0)).toEqual([]);
  });
});

describe('import of corpus configs with problems', () => {
  const workspace = new ImportWorkspace();

  it('acknowledges the plaintext secrets of the original, saying where they were and what to do', () => {
    const imported = importConfig(path.join(FIXTURES, 'metadata-tags.yaml'), { importers });

    expect(imported.acknowledgements).toEqual([
      {
        file: 'metadata-tags.yaml',
        construct: 'generalSettings',
        id: 'core/plaintext-secret',
        reason:
          'imported as-is from metadata-tags.yaml, where ' +
          'general_settings.master_key and general_settings.database_url held plaintext secrets; move them to ' +
          'environment variables, refer to them with Secret.env(), and remove this acknowledgement',
      },
    ]);
  });

  it('keeps a fallback to a missing group, with an acknowledgement that names it', async () => {
    const original = fs.readFileSync(path.join(FIXTURES, 'simple.yaml'), 'utf8');
    const config = workspace.write(
      'broken/config.yaml',
      `${original}\nrouter_settings:\n  fallbacks: [{gpt-4o-mini: [gpt-4-missing]}]\n`,
    );

    const imported = importConfig(config, { importers });
    const { documents, report } = await workspace.synthesize(imported);

    expect(documents['config.yaml']).toEqual(loadConfigYaml(fs.readFileSync(config, 'utf8')));
    const [ack] = imported.acknowledgements;
    expect(ack.id).toBe('core/unknown-fallback-target');
    expect(ack.reason).toMatch(/^imported as-is from config\.yaml, which has this problem: .*'gpt-4-missing'/);
    expect(imported.source).toContain(`fallbacks: [{ 'gpt-4o-mini': ['gpt-4-missing'] }]`);
    expect(report.findings.find((f) => f.id === 'core/unknown-fallback-target')?.acknowledged?.reason).toBe(ack.reason);
  });

  it('imports a config LiteLLM rejects, so that its problem can be fixed in the app', async () => {
    const name = 'load-balancer.yaml';
    const imported = importConfig(path.join(FIXTURES, name), { importers });
    const { documents } = await workspace.synthesize(imported);

    expect(documents[name]).toEqual(loadCorpusFile(FIXTURE_CONFIGS, name));
    expect(imported.acknowledgements.map((a) => a.id)).toContain('core/unknown-provider');
  });
});

describe('litellm-cdk import (the binary)', () => {
  it('writes an app and its main.ts, which synthesizes the corpus file it was given', { timeout: 60_000 }, () => {
    const workspace = new ImportWorkspace();
    const name = 'bedrock-and-mcp.yaml';
    workspace.write(name, fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
    fs.writeFileSync(
      path.join(workspace.dir, 'litellm-cdk.json'),
      JSON.stringify({ app: 'node --import tsx main.ts' }),
    );

    const imported = runCli(['import', name, '-o', 'app.ts'], workspace.dir);
    const synth = runCli(['synth', '--strict'], workspace.dir);

    expect(imported).toMatchObject({ status: 0, stdout: '' });
    expect(imported.stderr).toContain('Wrote app.ts');
    expect(imported.stderr).toContain('Wrote main.ts, which runs it');
    expect(synth.status, synth.stderr).toBe(0);
    const written = fs.readFileSync(path.join(workspace.dir, 'litellm.out', name), 'utf8');
    expect(loadConfigYaml(written)).toEqual(loadCorpusFile(FIXTURE_CONFIGS, name));
  });
});
