// The acceptance test of the validator, on two corpora: the product's own fixtures (configs shaped like LiteLLM's
// examples) and, when the shared material is beside the checkout, 37 real config.yaml files from LiteLLM's own
// repository (see the corpus README). The files LiteLLM accepts must pass; the broken ones must fail for exactly
// the reason LiteLLM fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type ConfigCorpus, FIXTURE_CONFIGS, realConfigs } from '../../../test-support/config-corpus.js';
import { type ConfigDocument, type ConfigFinding, validateConfig } from '../src/validation/index.js';

/** Parsed as LiteLLM's PyYAML `safe_load` parses: YAML 1.1, merge keys, and the last of duplicate keys wins. */
function load(dir: string, file: string): unknown {
  return parse(readFileSync(join(dir, file), 'utf8'), { version: '1.1', merge: true, uniqueKeys: false });
}

/** The file's findings, with the documents it includes when they exist beside it. */
function findingsOf(dir: string, file: string): ConfigFinding[] {
  const content = load(dir, file);
  const names = (content as { include?: unknown } | null)?.include;
  const includes: ConfigDocument[] = (Array.isArray(names) ? names : [])
    .filter((name): name is string => typeof name === 'string' && existsSync(join(dir, name)))
    .map((name) => ({ file: name, content: load(dir, name) }));
  return validateConfig({ file, content }, { includes });
}

const where = (finding: ConfigFinding) => [
  finding.id,
  `${finding.file ? `${finding.file}:` : ''}${finding.path.join('.')}`,
];

/** What a corpus must show: its broken files' one error each, the notes and the plaintext secrets of every file. */
interface Expectations {
  readonly count: number;
  /** The broken files, with the one error (besides plaintext secrets) each must fail with. */
  readonly broken: Record<string, { id: string; path: string; names: string }>;
  readonly notes: Record<string, string[][]>;
  readonly plaintextSecrets: Record<string, string[]>;
}

const FIXTURES: Expectations = {
  count: 14,
  broken: {
    'missing-litellm-params.yaml': {
      id: 'core/missing-field',
      path: 'model_list.0.litellm_params',
      names: 'litellm_params',
    },
    'load-balancer.yaml': {
      id: 'core/unknown-provider',
      path: 'model_list.3.litellm_params.model',
      names: 'mistralai/mistral-7b-instruct',
    },
  },
  notes: {
    'custom-logger.yaml': [['core/deprecated-key', 'litellm_settings.set_verbose']],
    'pass-through.yaml': [['core/duplicate-deployment', 'model_list.2']],
  },
  plaintextSecrets: {
    'enterprise.yaml': ['model_list.0.litellm_params.api_key'],
    'load-balancer.yaml': ['model_list.0.litellm_params.api_key', 'model_list.1.litellm_params.api_key'],
    'metadata-tags.yaml': ['general_settings.master_key', 'general_settings.database_url'],
    'pass-through.yaml': ['model_list.0.litellm_params.api_key', 'general_settings.master_key'],
  },
};

/** The broken files of LiteLLM's corpus. */
const BROKEN: Record<string, { id: string; path: string; names: string }> = {
  // No litellm_params: the proxy crashes at start-up with KeyError.
  'litellm_proxy_example_config_yaml_langfuse_config.yaml': {
    id: 'core/missing-field',
    path: 'model_list.0.litellm_params',
    names: 'litellm_params',
  },
  'tests_local_testing_example_config_yaml_langfuse_config.yaml': {
    id: 'core/missing-field',
    path: 'model_list.0.litellm_params',
    names: 'litellm_params',
  },
  // No provider LiteLLM knows: the proxy silently skips the deployment.
  'litellm_proxy_example_config_yaml_load_balancer.yaml': {
    id: 'core/unknown-provider',
    path: 'model_list.3.litellm_params.model',
    names: 'mistralai/mistral-7b-instruct',
  },
  'tests_local_testing_example_config_yaml_load_balancer.yaml': {
    id: 'core/unknown-provider',
    path: 'model_list.3.litellm_params.model',
    names: 'mistralai/mistral-7b-instruct',
  },
};

/**
 * Notes (info findings) the files LiteLLM accepts must carry: real oddities that LiteLLM lets pass.
 * - `litellm_settings.set_verbose` is deprecated (LiteLLM still honours it);
 * - the pass-through example lists one deployment twice, identically (LiteLLM derives the same id for both and
 *   counts the deployment twice); synth turns this note into an error for generated configs.
 */
const NOTES: Record<string, string[][]> = {
  'litellm_proxy_example_config_yaml__health_check_test_config.yaml': [
    ['core/deprecated-key', 'litellm_settings.set_verbose'],
  ],
  'tests_local_testing_test_configs_test_cloudflare_azure_with_cache_config.yaml': [
    ['core/deprecated-key', 'litellm_settings.set_verbose'],
  ],
  'tests_local_testing_test_configs_test_config_custom_auth.yaml': [
    ['core/deprecated-key', 'litellm_settings.set_verbose'],
  ],
  'tests_local_testing_test_configs_test_custom_logger.yaml': [['core/deprecated-key', 'litellm_settings.set_verbose']],
  'litellm_proxy_example_config_yaml_pass_through_config.yaml': [['core/duplicate-deployment', 'model_list.3']],
};

const NOTES_IDS = new Set(['core/deprecated-key', 'core/duplicate-deployment']);

/** Every literal credential in the corpus (`api_key: fake-key`, `master_key: sk-1234`, a database_url with a password). */
const PLAINTEXT_SECRETS: Record<string, string[]> = {
  'litellm_proxy_example_config_yaml_disable_schema_update.yaml': [
    'model_list.0.litellm_params.api_key',
    'model_list.1.litellm_params.api_key',
  ],
  'litellm_proxy_example_config_yaml_enterprise_config.yaml': ['model_list.0.litellm_params.api_key'],
  'litellm_proxy_example_config_yaml_load_balancer.yaml': [
    'model_list.0.litellm_params.api_key',
    'model_list.1.litellm_params.api_key',
  ],
  'tests_local_testing_example_config_yaml_load_balancer.yaml': [
    'model_list.0.litellm_params.api_key',
    'model_list.1.litellm_params.api_key',
  ],
  'litellm_proxy_example_config_yaml_multi_instance_simple_config.yaml': ['model_list.0.litellm_params.api_key'],
  'litellm_proxy_example_config_yaml_oai_misc_config.yaml': ['general_settings.master_key'],
  'litellm_proxy_example_config_yaml_otel_test_config.yaml': [
    'model_list.0.litellm_params.api_key',
    'model_list.1.litellm_params.api_key',
    'model_list.3.litellm_params.api_key',
    'model_list.4.litellm_params.api_key',
  ],
  'litellm_proxy_example_config_yaml_pass_through_config.yaml': [
    'model_list.0.litellm_params.api_key',
    'general_settings.master_key',
  ],
  'litellm_proxy_example_config_yaml_reject_clientside_metadata_tags_config.yaml': [
    'general_settings.master_key',
    'general_settings.database_url',
  ],
  'litellm_proxy_example_config_yaml_spend_tracking_config.yaml': ['model_list.0.litellm_params.api_key'],
  'litellm_proxy_example_config_yaml_store_model_db_config.yaml': ['model_list.0.litellm_params.api_key'],
  'litellm_proxy_example_config_yaml_test_pipeline_config.yaml': [
    'model_list.0.litellm_params.api_key',
    'model_list.1.litellm_params.api_key',
  ],
  'litellm_proxy_example_config_yaml_tool_permission_example.yaml': ['general_settings.master_key'],
  'litellm_proxy_proxy_config.yaml': ['general_settings.master_key'],
  'proxy_server_config.yaml': [
    'model_list.9.litellm_params.api_key',
    'model_list.10.litellm_params.api_key',
    'model_list.11.litellm_params.api_key',
    'model_list.12.litellm_params.api_key',
    'model_list.13.litellm_params.api_key',
    'model_list.24.litellm_params.api_key',
    'model_list.25.litellm_params.api_key',
    'general_settings.master_key',
  ],
  'tests_local_testing_test_configs_test_bad_config.yaml': [
    'model_list.0.litellm_params.api_key',
    'model_list.2.litellm_params.api_key',
    'model_list.3.litellm_params.api_key',
  ],
};

const REAL: Expectations = { count: 37, broken: BROKEN, notes: NOTES, plaintextSecrets: PLAINTEXT_SECRETS };

/**
 * Warnings about what the proxy's environment needs (LiteLLM Enterprise code or licence, Python packages): these
 * configs start where that environment is given, as in LiteLLM's own test setup.
 */
const ENVIRONMENT_NEEDS = new Set(['core/enterprise-integration', 'core/integration-needs-package']);

function describeCorpus(corpus: ConfigCorpus, expected: Expectations): void {
  const { dir, files } = corpus;
  const correct = files.filter((file) => !(file in expected.broken));

  describe(`the ${corpus.name} of LiteLLM configs`, () => {
    it(`holds ${expected.count} files, among them every file named here`, () => {
      expect(files).toHaveLength(expected.count);
      expect(Object.keys(expected.broken).sort()).toEqual([...corpus.broken].sort());
      for (const file of [...Object.keys(expected.notes), ...Object.keys(expected.plaintextSecrets)]) {
        expect(files).toContain(file);
      }
    });

    describe.each(correct)('%s, which LiteLLM accepts', (file) => {
      it('has no error or warning other than plaintext secrets', () => {
        const unexpected = findingsOf(dir, file).filter(
          (f) => f.severity !== 'info' && f.id !== 'core/plaintext-secret' && !ENVIRONMENT_NEEDS.has(f.id),
        );
        expect(unexpected.map(where)).toEqual([]);
      });

      it('carries exactly the notes listed for it', () => {
        const notes = findingsOf(dir, file).filter((f) => f.severity === 'info' && NOTES_IDS.has(f.id));
        expect(notes.map(where)).toEqual(expected.notes[file] ?? []);
      });
    });

    describe.each(Object.entries(expected.broken))('%s, which LiteLLM rejects', (file, broken) => {
      it(`fails with ${broken.id} at ${broken.path}, and with nothing else`, () => {
        const errors = findingsOf(dir, file).filter((f) => f.severity === 'error' && f.id !== 'core/plaintext-secret');
        expect(errors.map(where)).toEqual([[broken.id, broken.path]]);
        expect(errors[0].message).toContain(broken.names);
      });
    });

    it.each(files)('%s has plaintext-secret findings exactly where it holds literal credentials', (file) => {
      const secrets = findingsOf(dir, file).filter((f) => f.id === 'core/plaintext-secret');
      expect(secrets.map((f) => f.path.join('.'))).toEqual(expected.plaintextSecrets[file] ?? []);
      expect(secrets.every((f) => f.severity === 'error')).toBe(true);
    });
  });
}

describeCorpus(FIXTURE_CONFIGS, FIXTURES);
const real = realConfigs("acceptance of validateConfig on LiteLLM's real configs");
if (real) describeCorpus(real, REAL);
