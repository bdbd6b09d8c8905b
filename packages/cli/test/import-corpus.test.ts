import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverImporters } from '../src/import/discover-importers.js';
import { importConfig } from '../src/import/import-config.js';
import { loadConfigYaml } from '../src/validate/pyyaml-parse.js';
import { BROKEN_CORPUS_FILES, CORPUS, corpusFiles, ImportWorkspace, loadCorpusFile } from './_import-workspace.js';
import { removeTemporaryDirectories, runCli } from './e2e/_harness.js';

const importers = await discoverImporters();

const accepted = corpusFiles().filter((name) => !BROKEN_CORPUS_FILES.includes(name));

afterAll(removeTemporaryDirectories);

describe('import round trips the corpus', () => {
  const workspace = new ImportWorkspace();

  it('covers every config LiteLLM accepts', () => {
    expect(accepted).toHaveLength(33);
  });

  it.each(accepted)('synthesizes %s exactly as written, in strict mode', async (name) => {
    const imported = importConfig(path.join(CORPUS, name), { importers });
    const { documents, report } = await workspace.synthesize(imported);

    expect(Object.keys(documents)).toEqual([name]);
    expect(documents[name]).toEqual(loadCorpusFile(name));
    expect(report.conclusion).toBe('passed');
    expect(report.acknowledgements.filter((ack) => ack.matched === 0)).toEqual([]);
  });
});

describe('import of corpus configs with problems', () => {
  const workspace = new ImportWorkspace();

  it('acknowledges the plaintext secrets of the original, saying where they were and what to do', () => {
    const imported = importConfig(path.join(CORPUS, 'litellm_proxy_example_config_yaml_reject_clientside_metadata_tags_config.yaml'), { importers });

    expect(imported.acknowledgements).toEqual([
      {
        file: 'litellm_proxy_example_config_yaml_reject_clientside_metadata_tags_config.yaml',
        construct: 'generalSettings',
        id: 'core/plaintext-secret',
        reason:
          'imported as-is from litellm_proxy_example_config_yaml_reject_clientside_metadata_tags_config.yaml, where ' +
          'general_settings.master_key and general_settings.database_url held plaintext secrets; move them to ' +
          'environment variables, refer to them with Secret.env(), and remove this acknowledgement',
      },
    ]);
  });

  it('keeps a fallback to a missing group, with an acknowledgement that names it', async () => {
    const original = fs.readFileSync(path.join(CORPUS, 'litellm_proxy_example_config_yaml_simple_config.yaml'), 'utf8');
    const config = workspace.write('broken/config.yaml', `${original}\nrouter_settings:\n  fallbacks: [{gpt-3.5-turbo: [gpt-4-missing]}]\n`);

    const imported = importConfig(config, { importers });
    const { documents, report } = await workspace.synthesize(imported);

    expect(documents['config.yaml']).toEqual(loadConfigYaml(fs.readFileSync(config, 'utf8')));
    const [ack] = imported.acknowledgements;
    expect(ack.id).toBe('core/unknown-fallback-target');
    expect(ack.reason).toMatch(/^imported as-is from config\.yaml, which has this problem: .*'gpt-4-missing'/);
    expect(imported.source).toContain(`fallbacks: [{ 'gpt-3.5-turbo': ['gpt-4-missing'] }]`);
    expect(report.findings.find((f) => f.id === 'core/unknown-fallback-target')?.acknowledged?.reason).toBe(ack.reason);
  });

  it('imports a config LiteLLM rejects, so that its problem can be fixed in the app', async () => {
    const name = 'litellm_proxy_example_config_yaml_load_balancer.yaml';
    const imported = importConfig(path.join(CORPUS, name), { importers });
    const { documents } = await workspace.synthesize(imported);

    expect(documents[name]).toEqual(loadCorpusFile(name));
    expect(imported.acknowledgements.map((a) => a.id)).toContain('core/unknown-provider');
  });
});

describe('litellm-cdk import (the binary)', () => {
  it('writes an app and its main.ts, which synthesizes the corpus file it was given', { timeout: 60_000 }, () => {
    const workspace = new ImportWorkspace();
    const name = 'litellm_proxy_proxy_config.yaml';
    workspace.write(name, fs.readFileSync(path.join(CORPUS, name), 'utf8'));
    fs.writeFileSync(path.join(workspace.dir, 'litellm-cdk.json'), JSON.stringify({ app: 'node --import tsx main.ts' }));

    const imported = runCli(['import', name, '-o', 'app.ts'], workspace.dir);
    const synth = runCli(['synth', '--strict'], workspace.dir);

    expect(imported).toMatchObject({ status: 0, stdout: '' });
    expect(imported.stderr).toContain('Wrote app.ts');
    expect(imported.stderr).toContain('Wrote main.ts, which runs it');
    expect(synth.status, synth.stderr).toBe(0);
    const written = fs.readFileSync(path.join(workspace.dir, 'litellm.out', name), 'utf8');
    expect(loadConfigYaml(written)).toEqual(loadCorpusFile(name));
  });
});
