import { Annotations, catalogEntry, ModelDeployment, ModelGroup, Provider, Secret, Testing } from '@litellm-cdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeminiProvider, GoogleModels, GOOGLE_FINDING_IDS } from '../src/index.js';
import { findingLines, prodConfig } from './_synth-findings.js';

const THREE_KEYS = [
  Secret.env('GEMINI_API_KEY_1'),
  Secret.env('GEMINI_API_KEY_2'),
  Secret.env('GEMINI_API_KEY_FALLBACK'),
];

describe('GeminiProvider', () => {
  it('serves a model with one deployment per API key, all in one group', () => {
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS }).addModel('flash', { model: 'gemini-2.0-flash' });

    const template = Testing.template(config);
    expect(template.groups).toEqual(['flash']);
    expect(template.deploymentsOf('flash').map((d) => d.litellm_params)).toEqual([
      { api_key: 'os.environ/GEMINI_API_KEY_1', model: 'gemini/gemini-2.0-flash' },
      { api_key: 'os.environ/GEMINI_API_KEY_2', model: 'gemini/gemini-2.0-flash' },
      { api_key: 'os.environ/GEMINI_API_KEY_FALLBACK', model: 'gemini/gemini-2.0-flash' },
    ]);
  });

  it('returns the group, so that fallbacks and aliases refer to it by object', () => {
    const config = prodConfig();
    const gemini = new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS });
    const pro = gemini.addModel('pro', { model: 'gemini-2.5-pro' });
    const flash = gemini.addModel('flash', { model: 'gemini-2.5-flash' });
    pro.fallbackTo(flash).addAlias('smart');

    expect(ModelGroup.isModelGroup(pro)).toBe(true);
    expect(Testing.template(config).fallbacksOf('pro')).toEqual(['flash']);
    expect(Testing.template(config).aliasesOf('pro')).toEqual(['smart']);
  });

  it('names each deployment after its key: the environment variable, else key<N> by position', () => {
    const config = prodConfig();
    const gemini = new GeminiProvider(config, 'gemini', {
      apiKeys: [Secret.env('GEMINI_KEY_EU'), 'AIza-plain', Secret.oidc('google', 'litellm')],
    });
    const group = gemini.addModel('flash', { model: 'gemini-2.0-flash' });

    expect(gemini.keyNames).toEqual(['GEMINI_KEY_EU', 'key2', 'key3']);
    expect(group.deployments.map((d) => d.node.path)).toEqual([
      'prod/gemini/flash/GEMINI_KEY_EU',
      'prod/gemini/flash/key2',
      'prod/gemini/flash/key3',
    ]);
  });

  it('applies rpm and tpm to every deployment, that is per key', () => {
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS }).addModel('flash', {
      model: 'gemini-2.0-flash',
      rpm: 15,
      tpm: 1_000_000,
    });

    const params = Testing.template(config)
      .deploymentsOf('flash')
      .map((d) => d.litellm_params);
    expect(params.map((p) => [p.rpm, p.tpm])).toEqual([
      [15, 1_000_000],
      [15, 1_000_000],
      [15, 1_000_000],
    ]);
  });

  it("rejects a limit of 0 and a fractional one on every deployment, by core's own checks", () => {
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS }).addModel('flash', {
      model: 'gemini-2.0-flash',
      rpm: 7.5,
      tpm: 0,
    });

    expect(() => Testing.synth(config)).toThrow(
      /\[prod\/gemini\/flash\/GEMINI_API_KEY_1\] core\/invalid-rate-limit: tpm 0 of model_list\[0\] .*is not above 0/,
    );
    expect(findingLines(config, 'core/invalid-rate-limit')).toHaveLength(3);
    expect(findingLines(config, 'core/schema')).toEqual([
      expect.stringMatching(/^\[prod\/gemini\/flash\/GEMINI_API_KEY_1\] model_list\[0\]\.litellm_params\.rpm is 7\.5/),
      expect.stringMatching(/^\[prod\/gemini\/flash\/GEMINI_API_KEY_2\] /),
      expect.stringMatching(/^\[prod\/gemini\/flash\/GEMINI_API_KEY_FALLBACK\] /),
    ]);
  });

  it('accepts a plaintext key by type, and synth reports it as core/plaintext-secret', () => {
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: [Secret.env('GEMINI_API_KEY_1'), 'AIzaSyPlaintextKey'] }).addModel(
      'flash',
      { model: 'gemini-2.0-flash' },
    );

    const lines = findingLines(config, 'core/plaintext-secret');
    expect(lines).toEqual([
      expect.stringMatching(
        /^\[prod\/gemini\/flash\/key2\] model_list\[1\]\.litellm_params\.api_key holds a plaintext credential/,
      ),
    ]);
    expect(lines[0]).not.toContain('AIzaSyPlaintextKey');
  });

  it('records provider, model id, credential set and catalog entry as facts of each deployment', () => {
    const config = prodConfig();
    const gemini = new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS });
    const [first, , last] = gemini.addModel('flash', { model: 'gemini-2.5-flash' }).deployments;

    expect(first.facts).toMatchObject({
      provider: 'gemini',
      modelId: 'gemini-2.5-flash',
      credentialSet: 'GEMINI_API_KEY_1',
    });
    expect(first.facts.region).toBeUndefined();
    expect(last.facts.credentialSet).toBe('GEMINI_API_KEY_FALLBACK');
    expect(first.facts.catalogEntry).toEqual(catalogEntry('gemini/gemini-2.5-flash'));
    expect(Provider.of(first)).toBe(gemini);
    expect(gemini.deployments).toHaveLength(3);
  });

  it('refuses an empty list of keys and a key listed twice, without printing the key', () => {
    const config = prodConfig();
    expect(() => new GeminiProvider(config, 'none', { apiKeys: [] })).toThrow('[prod/none] apiKeys is empty');
    expect(() => new GeminiProvider(config, 'twice', { apiKeys: [Secret.env('K'), Secret.env('K')] })).toThrow(
      '[prod/twice] apiKeys lists the same key at positions 1 and 2',
    );
    // A message that names the positions and not the (plaintext) key.
    expect(() => new GeminiProvider(config, 'plain', { apiKeys: ['AIza-secret', 'AIza-secret'] })).toThrow(
      /^(?!.*AIza-secret).*positions 1 and 2/,
    );
  });

  it('refuses a model id with a provider prefix, naming the construct and the id to write', () => {
    const gemini = new GeminiProvider(prodConfig(), 'gemini', { apiKeys: THREE_KEYS });
    expect(() => gemini.addModel('prefixed', { model: 'gemini/gemini-2.5-flash' })).toThrow(
      "[prod/gemini/prefixed] model 'gemini/gemini-2.5-flash' must be a model id without a provider prefix: write " +
        "model: 'gemini-2.5-flash' (the provider adds 'gemini/' itself).",
    );
    expect(() => gemini.addModel('vertex', { model: 'vertex_ai/gemini-2.5-pro' })).toThrow(
      "[prod/gemini/vertex] model 'vertex_ai/gemini-2.5-pro' must be a model id without a provider prefix: write model: 'gemini-2.5-pro'",
    );
    expect(gemini.node.tryFindChild('prefixed')).toBeUndefined();
  });

  it('writes the catalog mode of an embedding model to model_info', () => {
    const config = prodConfig();
    const gemini = new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS });
    const embed = gemini.addModel('embed', { model: 'gemini-embedding-001' });

    expect(embed.mode).toBe('embedding');
    expect(
      Testing.template(config)
        .deploymentsOf('embed')
        .map((d) => d.model_info),
    ).toEqual([{ mode: 'embedding' }, { mode: 'embedding' }, { mode: 'embedding' }]);
  });

  it('leaves chat models without model_info, chat being LiteLLM default', () => {
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS }).addModel('flash', { model: 'gemini-2.0-flash' });
    expect(
      Testing.template(config)
        .deploymentsOf('flash')
        .every((d) => d.model_info === undefined),
    ).toBe(true);
  });

  it('takes the mode from props for text-embedding-004, which the catalog lists for Vertex AI only', () => {
    expect(GoogleModels.gemini('text-embedding-004')).toBeUndefined();
    expect(GoogleModels.vertex('text-embedding-004')?.mode).toBe('embedding');
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS }).addModel('embed', {
      model: 'text-embedding-004',
      mode: 'embedding',
    });

    expect(
      Testing.template(config)
        .deploymentsOf('embed')
        .map((d) => d.model_info?.mode),
    ).toEqual(['embedding', 'embedding', 'embedding']);
  });

  it('warns about a model outside the catalog, pointing at the mode the other Google catalog gives it', () => {
    const config = prodConfig();
    new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS }).addModel('embed', { model: 'text-embedding-004' });

    const [warning] = findingLines(config, GOOGLE_FINDING_IDS.modelNotInCatalog);
    expect(warning).toMatch(
      /^\[prod\/gemini\/embed\] gemini\/text-embedding-004 is not in the Google AI Studio model catalog/,
    );
    const synthesized = Testing.synthApp(config).report.findings.find(
      (f) => f.id === GOOGLE_FINDING_IDS.modelNotInCatalog,
    );
    expect(synthesized?.hint).toContain(
      "The Vertex AI catalog lists it with mode 'embedding': if that holds here too, set mode: 'embedding'.",
    );
  });

  it('allows a model id outside the catalog, with a warning that an acknowledgement accepts', () => {
    const config = prodConfig({ strict: true });
    const gemini = new GeminiProvider(config, 'gemini', { apiKeys: THREE_KEYS });
    const group = gemini.addModel('next', { model: 'gemini-9-ultra' });
    expect(() => Testing.synth(config)).toThrow(
      /\[prod\/gemini\/next\] gemini\/model-not-in-catalog: gemini\/gemini-9-ultra is not in/,
    );

    const acknowledged = prodConfig({ strict: true });
    const again = new GeminiProvider(acknowledged, 'gemini', { apiKeys: THREE_KEYS });
    again.addModel('next', { model: 'gemini-9-ultra' });
    Annotations.of(again).acknowledge(
      GOOGLE_FINDING_IDS.modelNotInCatalog,
      'Released after the catalog was generated.',
    );
    expect(Testing.template(acknowledged).deploymentsOf('next')[0].litellm_params.model).toBe('gemini/gemini-9-ultra');
    expect(group.deployments[0].facts.catalogEntry).toBeUndefined();
  });

  it('renders a small config as this YAML', () => {
    const config = prodConfig();
    const gemini = new GeminiProvider(config, 'gemini', {
      apiKeys: [Secret.env('GEMINI_API_KEY_1'), Secret.env('GEMINI_API_KEY_2')],
    });
    gemini.addModel('flash', { model: 'gemini-2.5-flash', rpm: 15, thinkingBudgets: [4096] });
    gemini.addModel('embed', { model: 'gemini-embedding-001', tpm: 100_000 });

    expect(Testing.synthYaml(config)).toMatchInlineSnapshot(`
      "# Generated by litellm-cdk 0.1.0 from app 'test', config 'prod'.
      # Do not edit: change the app and synthesize again.
      model_list:
        # gemini
        - model_name: flash
          litellm_params:
            model: gemini/gemini-2.5-flash
            api_key: os.environ/GEMINI_API_KEY_1
            rpm: 15
        - model_name: flash
          litellm_params:
            model: gemini/gemini-2.5-flash
            api_key: os.environ/GEMINI_API_KEY_2
            rpm: 15
        - model_name: flash-think-4096
          litellm_params:
            model: gemini/gemini-2.5-flash
            api_key: os.environ/GEMINI_API_KEY_1
            rpm: 15
            thinking:
              type: enabled
              budget_tokens: 4096
        - model_name: flash-think-4096
          litellm_params:
            model: gemini/gemini-2.5-flash
            api_key: os.environ/GEMINI_API_KEY_2
            rpm: 15
            thinking:
              type: enabled
              budget_tokens: 4096
        - model_name: embed
          litellm_params:
            model: gemini/gemini-embedding-001
            api_key: os.environ/GEMINI_API_KEY_1
            tpm: 100000
          model_info:
            mode: embedding
        - model_name: embed
          litellm_params:
            model: gemini/gemini-embedding-001
            api_key: os.environ/GEMINI_API_KEY_2
            tpm: 100000
          model_info:
            mode: embedding
      "
    `);
  });

  it('creates n x m deployments for n keys and m models, every api_key an environment reference', () => {
    const envName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,15}$/);
    const modelIds = GoogleModels.geminiIds();
    fc.assert(
      fc.property(
        fc.uniqueArray(envName, { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.constantFrom(...modelIds), { minLength: 1, maxLength: 4 }),
        (keys, models) => {
          const config = prodConfig();
          const gemini = new GeminiProvider(config, 'gemini', { apiKeys: keys.map((k) => Secret.env(k)) });
          models.forEach((model, index) => {
            gemini.addModel(`m${index}`, { model });
          });

          const deployments = Testing.template(config).deployments;
          expect(deployments).toHaveLength(keys.length * models.length);
          expect(ModelDeployment.all(config)).toHaveLength(keys.length * models.length);
          for (const deployment of deployments)
            expect(deployment.litellm_params.api_key).toMatch(/^os\.environ\/[A-Z][A-Z0-9_]*$/);
          expect(new Set(deployments.map((d) => `${d.model_name} ${String(d.litellm_params.api_key)}`)).size).toBe(
            deployments.length,
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
