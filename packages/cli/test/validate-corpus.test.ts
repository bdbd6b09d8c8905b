import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfigFiles } from '../src/validate/validate-config-files.js';
import { acceptedFiles, configCorpora, FIXTURES } from './_import-workspace.js';

const correct = acceptedFiles(configCorpora("validate on LiteLLM's real configs"));

/**
 * Findings about the proxy's surroundings rather than the YAML: the corpus holds only LiteLLM's config files, not
 * the Python modules beside them in LiteLLM's repository, nor LiteLLM Enterprise or the packages of its integrations.
 */
const SURROUNDINGS = new Set([
  'core/missing-custom-module',
  'core/custom-module-not-found',
  'core/enterprise-integration',
  'core/integration-needs-package',
]);

async function validateCorpusFile(name: string, dir = FIXTURES) {
  return validateConfigFiles(path.join(dir, name), { cwd: dir });
}

describe('validate on the corpus', () => {
  it.each(correct)('finds nothing in %# but plaintext secrets and info', async (corpus, name) => {
    const validation = await validateCorpusFile(name, corpus.dir);

    const problems = validation.findings.filter(
      (f) => f.severity !== 'info' && f.id !== 'core/plaintext-secret' && !SURROUNDINGS.has(f.id),
    );
    expect(problems).toEqual([]);
  });

  it('reports the custom auth module that is not beside the config', async () => {
    const validation = await validateCorpusFile('custom-auth.yaml');

    expect(validation.findings.filter((f) => f.severity !== 'info')).toEqual([
      expect.objectContaining({
        line: 11,
        severity: 'error',
        id: 'core/missing-custom-module',
        message: expect.stringContaining('no custom_auth.py beside the config'),
      }),
    ]);
  });

  it('reports plaintext secrets exactly where the corpus has literal credentials', async () => {
    const validation = await validateCorpusFile('metadata-tags.yaml');

    expect(validation.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.id} ${f.path.join('.')}`)).toEqual([
      '8:15 error core/plaintext-secret general_settings.master_key',
      '9:17 error core/plaintext-secret general_settings.database_url',
    ]);
  });

  it.each(['missing-litellm-params.yaml'])(
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
          message: expect.stringContaining(
            "model_list[0] (model_name 'gpt-4o-mini') has no litellm_params: LiteLLM crashes at start-up with KeyError",
          ),
          path: ['model_list', 0, 'litellm_params'],
        }),
      ]);
    },
  );

  it.each(['load-balancer.yaml'])(
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
          message: expect.stringMatching(
            /cannot infer a provider for model 'mistralai\/mistral-7b-instruct'.*silently skips this deployment/,
          ),
          path: ['model_list', 3, 'litellm_params', 'model'],
        }),
      ]);
    },
  );
});
