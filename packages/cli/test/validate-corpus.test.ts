import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfigFiles } from '../src/validate/validate-config-files.js';
import { BROKEN_CORPUS_FILES, CORPUS, corpusFiles } from './_import-workspace.js';

const correct = corpusFiles().filter((name) => !BROKEN_CORPUS_FILES.includes(name));

/**
 * Findings about the proxy's surroundings rather than the YAML: the corpus holds only LiteLLM's config files, not
 * the Python modules beside them in LiteLLM's repository, nor LiteLLM Enterprise or the packages of its integrations.
 */
const SURROUNDINGS = new Set(['core/missing-custom-module', 'core/custom-module-not-found', 'core/enterprise-integration', 'core/integration-needs-package']);

async function validateCorpusFile(name: string) {
  return validateConfigFiles(path.join(CORPUS, name), { cwd: CORPUS });
}

describe('validate on the corpus', () => {
  it.each(correct)('finds nothing in %s but plaintext secrets and info', async (name) => {
    const validation = await validateCorpusFile(name);

    const problems = validation.findings.filter((f) => f.severity !== 'info' && f.id !== 'core/plaintext-secret' && !SURROUNDINGS.has(f.id));
    expect(problems).toEqual([]);
  });

  it('reports the custom auth module that LiteLLM keeps beside its test config, which the corpus does not carry', async () => {
    const validation = await validateCorpusFile('tests_local_testing_test_configs_test_config_custom_auth.yaml');

    expect(validation.findings.filter((f) => f.severity !== 'info')).toEqual([
      expect.objectContaining({ line: 11, severity: 'error', id: 'core/missing-custom-module', message: expect.stringContaining('no custom_auth.py beside the config') }),
    ]);
  });

  it('reports plaintext secrets exactly where the corpus has literal credentials', async () => {
    const validation = await validateCorpusFile('litellm_proxy_example_config_yaml_reject_clientside_metadata_tags_config.yaml');

    expect(validation.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.id} ${f.path.join('.')}`)).toEqual([
      '8:15 error core/plaintext-secret general_settings.master_key',
      '9:17 error core/plaintext-secret general_settings.database_url',
    ]);
  });

  it.each(['litellm_proxy_example_config_yaml_langfuse_config.yaml', 'tests_local_testing_example_config_yaml_langfuse_config.yaml'])(
    'rejects %s: its model entry has no litellm_params, a KeyError at start-up',
    async (name) => {
      const validation = await validateCorpusFile(name);

      expect(validation.summary.failed).toBe(true);
      expect(validation.findings.filter((f) => !SURROUNDINGS.has(f.id))).toEqual([
        expect.objectContaining({
          file: name,
          line: 2,
          column: 5,
          severity: 'error',
          id: 'core/missing-field',
          message: expect.stringContaining("model_list[0] (model_name 'gpt-3.5-turbo') has no litellm_params: LiteLLM crashes at start-up with KeyError"),
          path: ['model_list', 0, 'litellm_params'],
        }),
      ]);
    },
  );

  it.each(['litellm_proxy_example_config_yaml_load_balancer.yaml', 'tests_local_testing_example_config_yaml_load_balancer.yaml'])(
    'reports in %s the deployment LiteLLM skips: mistralai/mistral-7b-instruct has no provider',
    async (name) => {
      const validation = await validateCorpusFile(name);

      const problems = validation.findings.filter((f) => f.severity !== 'info' && f.id !== 'core/plaintext-secret');
      expect(problems).toEqual([
        expect.objectContaining({
          line: 23,
          column: 14,
          severity: 'error',
          id: 'core/unknown-provider',
          message: expect.stringMatching(/cannot infer a provider for model 'mistralai\/mistral-7b-instruct'.*silently skips this deployment/),
          path: ['model_list', 3, 'litellm_params', 'model'],
        }),
      ]);
    },
  );
});
