// The configs acceptance tests run over: the product's own fixtures always, LiteLLM's real configs when present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REAL_CONFIGS, sharedMaterial } from './shared-material.js';

/** A directory of LiteLLM config.yaml files, with the ones LiteLLM refuses or partly skips. */
export interface ConfigCorpus {
  readonly name: string;
  readonly dir: string;
  /** Every `.yaml` file, sorted. */
  readonly files: readonly string[];
  /** Files LiteLLM refuses (no litellm_params) or partly skips (a model without a provider). */
  readonly broken: readonly string[];
}

/** The product's own fixtures: configs shaped like LiteLLM's examples, written for these tests. */
export const FIXTURE_CONFIGS: ConfigCorpus = corpus('fixtures', path.join(import.meta.dirname, 'litellm-configs'), [
  'load-balancer.yaml',
  'missing-litellm-params.yaml',
]);

/** LiteLLM's real configs, or undefined (printing why) when the shared material is absent. */
export function realConfigs(skipped: string): ConfigCorpus | undefined {
  const dir = sharedMaterial(REAL_CONFIGS, skipped);
  return dir
    ? corpus('LiteLLM corpus', dir, [
        'litellm_proxy_example_config_yaml_langfuse_config.yaml',
        'tests_local_testing_example_config_yaml_langfuse_config.yaml',
        'litellm_proxy_example_config_yaml_load_balancer.yaml',
        'tests_local_testing_example_config_yaml_load_balancer.yaml',
      ])
    : undefined;
}

/** The fixtures, then the real configs when they are there. */
export function configCorpora(skipped: string): ConfigCorpus[] {
  const real = realConfigs(skipped);
  return real ? [FIXTURE_CONFIGS, real] : [FIXTURE_CONFIGS];
}

/** Every accepted file of the given corpora, as [corpus, file] rows for `it.each`. */
export function acceptedFiles(corpora: readonly ConfigCorpus[]): [ConfigCorpus, string][] {
  return corpora.flatMap((c) =>
    c.files.filter((file) => !c.broken.includes(file)).map((file): [ConfigCorpus, string] => [c, file]),
  );
}

function corpus(name: string, dir: string, broken: string[]): ConfigCorpus {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
  return { name, dir, files, broken };
}
