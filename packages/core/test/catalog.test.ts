import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULT_OUT_DIR,
  GENERATED_FILES,
  generateCatalog,
  renderCatalogSources,
} from '../scripts/generate-catalog.js';
import {
  BEDROCK_GEOGRAPHIES,
  CATALOG_VERSION,
  catalogEntries,
  catalogEntry,
  crossRegionProfiles,
  inferProvider,
  LITELLM_PROVIDERS,
  lookupModel,
  parseBedrockModel,
  regionMatchesGeography,
  regionsForGeography,
} from '../src/catalog/index.js';

import { configCorpora } from '../../../test-support/config-corpus.js';
import {
  FIXTURE_MODEL_MAP,
  FIXTURE_PROVIDER_NAMES,
  MODEL_MAP,
  PROVIDER_NAMES,
  sharedMaterial,
} from '../../../test-support/shared-material.js';

const SONNET_3_7 = 'anthropic.claude-3-7-sonnet-20250219-v1:0';
const REAL_MODEL_MAP = sharedMaterial(MODEL_MAP, "the committed catalog compared with LiteLLM's model map");
const REAL_PROVIDERS = sharedMaterial(PROVIDER_NAMES, "the committed provider names compared with LiteLLM's enum");
const REAL_DATA =
  REAL_MODEL_MAP && REAL_PROVIDERS ? { modelMapPath: REAL_MODEL_MAP, providersPath: REAL_PROVIDERS } : undefined;
const FIXTURE_DATA = { modelMapPath: FIXTURE_MODEL_MAP, providersPath: FIXTURE_PROVIDER_NAMES };

describe('the generated catalog', () => {
  it.skipIf(!REAL_MODEL_MAP)('holds every model map entry except sample_spec', () => {
    const modelMap = JSON.parse(readFileSync(REAL_MODEL_MAP!, 'utf8')) as Record<string, unknown>;
    expect([...catalogEntries()]).toHaveLength(Object.keys(modelMap).length - 1);
    expect(catalogEntry('sample_spec')).toBeUndefined();
  });

  it('names the LiteLLM version it was generated from', () => {
    expect(CATALOG_VERSION).toBe('v1.81.13');
  });

  it('keeps provider, mode, token limits and capability flags', () => {
    expect(catalogEntry('eu.anthropic.claude-3-7-sonnet-20250219-v1:0')).toEqual({
      id: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
      provider: 'bedrock',
      mode: 'chat',
      maxInputTokens: 200000,
      maxOutputTokens: 8192,
      supportsReasoning: true,
      supportsPromptCaching: true,
      supportsVision: true,
      supportsFunctionCalling: true,
    });
  });

  it('falls back to max_tokens when the map gives no max_output_tokens', () => {
    expect(catalogEntry('azure/mistral-large-2402')?.maxOutputTokens).toBe(32000);
  });

  it('stores float token limits as whole numbers', () => {
    expect(catalogEntry('xai/grok-4-1-fast')?.maxOutputTokens).toBe(2000000);
  });

  it('leaves out numbers the map does not give', () => {
    const entry = catalogEntry('fireworks-ai-default');
    expect(entry).toBeDefined();
    expect(entry).not.toHaveProperty('mode');
    expect(entry).not.toHaveProperty('maxOutputTokens');
  });
});

describe('the catalog generator', () => {
  const tempDirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'litellm-catalog-'));
    tempDirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('writes identical bytes on every run', () => {
    const [first, second] = [tempDir(), tempDir()];
    generateCatalog({ ...(REAL_DATA ?? FIXTURE_DATA), outDir: first });
    generateCatalog({ ...(REAL_DATA ?? FIXTURE_DATA), outDir: second });
    for (const name of GENERATED_FILES) {
      expect(readFileSync(join(second, name))).toEqual(readFileSync(join(first, name)));
    }
    // Two full runs over the real model map: seconds on a loaded machine.
  }, 30_000);

  it.skipIf(!REAL_DATA)('matches the committed generated files', () => {
    const fresh = tempDir();
    generateCatalog({ ...REAL_DATA!, outDir: fresh });
    for (const name of GENERATED_FILES) {
      expect(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8')).toBe(readFileSync(join(fresh, name), 'utf8'));
    }
  });

  it('does not depend on the order of the model map', () => {
    const { modelMapPath, providersPath } = REAL_DATA ?? FIXTURE_DATA;
    const modelMap = JSON.parse(readFileSync(modelMapPath, 'utf8')) as Record<string, unknown>;
    const providers = JSON.parse(readFileSync(providersPath, 'utf8')) as unknown;
    const reversed = Object.fromEntries(Object.entries(modelMap).reverse());
    expect(renderCatalogSources(reversed, providers)).toEqual(renderCatalogSources(modelMap, providers));
  });

  it('names the source version in a header comment', () => {
    const sources = renderCatalogSources({}, { source: 'LiteLLM v1.81.13 (commit abcdef1)', providers: ['openai'] });
    expect(sources['model-map.ts'].split('\n')[0]).toBe(
      '// Generated from LiteLLM model map v1.81.13, BerriAI/litellm commit abcdef1; MIT licence.',
    );
  });

  it('takes the version from an argument when the providers file names none', () => {
    expect(() => renderCatalogSources({}, { providers: [] })).toThrow(/--version/);
    const sources = renderCatalogSources({}, { providers: [] }, 'v9.9.9');
    expect(sources['providers.ts']).toContain("LITELLM_VERSION: string = 'v9.9.9'");
  });

  it('records the openai_like providers outside the enum, or takes them from the real providers.json', () => {
    const enumFile = { source: 'v1.81.13', providers: ['publicai', 'openai'] };
    const recorded = renderCatalogSources({}, enumFile)['providers.ts'];
    expect(recorded).toContain("export const OPENAI_LIKE_PROVIDER_NAMES = [\n  'abliteration',\n  'gmi',");
    expect(recorded).toContain('as recorded in the generator');
    const fromFile = renderCatalogSources({}, enumFile, undefined, { publicai: {}, scaleway: {}, crusoe: {} })[
      'providers.ts'
    ];
    // publicai is in the enum already, so only the others are added.
    expect(fromFile).toContain("export const OPENAI_LIKE_PROVIDER_NAMES = [\n  'crusoe',\n  'scaleway',\n] as const;");
    expect(() => renderCatalogSources({}, enumFile, undefined, ['scaleway'])).toThrow(/slug -> config/);
  });

  it('refuses a model id that would break the row format', () => {
    const providers = { source: 'v1.0.0', providers: [] };
    expect(() => renderCatalogSources({ 'bad id': { litellm_provider: 'openai' } }, providers)).toThrow(/bad id/);
  });
});

describe('lookupModel', () => {
  it.each([
    ['gpt-4o', undefined, 'gpt-4o'],
    ['openai/gpt-4o', undefined, 'gpt-4o'],
    ['anthropic/claude-3-haiku-20240307', undefined, 'claude-3-haiku-20240307'],
    ['gemini/gemini-2.0-flash', undefined, 'gemini/gemini-2.0-flash'],
    ['vertex_ai/gemini-2.5-pro', undefined, 'gemini-2.5-pro'],
    ['bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0', undefined, 'anthropic.claude-3-7-sonnet-20250219-v1:0'],
    [`bedrock/converse/eu.${SONNET_3_7}`, undefined, `eu.${SONNET_3_7}`],
    [`bedrock/invoke/us.${SONNET_3_7}`, undefined, `us.${SONNET_3_7}`],
    ['gpt-4o', 'azure', 'azure/gpt-4o'],
    ['eu.anthropic.claude-3-7-sonnet-20250219-v1:0', 'bedrock', 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0'],
  ])('finds %s (custom_llm_provider %s) as %s', (model, customLlmProvider, id) => {
    expect(lookupModel(model, customLlmProvider)?.id).toBe(id);
  });

  it('falls back from an unlisted cross-region profile to its base model', () => {
    expect(catalogEntry('jp.anthropic.claude-3-7-sonnet-20250219-v1:0')).toBeUndefined();
    expect(lookupModel('bedrock/converse/jp.anthropic.claude-3-7-sonnet-20250219-v1:0')?.id).toBe(
      'anthropic.claude-3-7-sonnet-20250219-v1:0',
    );
  });

  it("does not borrow another provider's entry", () => {
    expect(lookupModel('vertex_ai/gpt-4o')).toBeUndefined();
  });

  it('finds nothing for a model the map does not list', () => {
    expect(lookupModel('openai/my-fake-model')).toBeUndefined();
    expect(lookupModel('mistralai/mistral-7b-instruct')).toBeUndefined();
  });
});

describe('inferProvider', () => {
  it('infers anthropic for a bare claude-3-haiku-20240307', () => {
    expect(inferProvider('claude-3-haiku-20240307')).toBe('anthropic');
  });

  it('infers openai for a bare gpt-4o', () => {
    expect(inferProvider('gpt-4o')).toBe('openai');
  });

  it('takes an explicit custom_llm_provider over everything else', () => {
    expect(inferProvider('claude-3-haiku-20240307', 'bedrock')).toBe('bedrock');
  });

  it('takes a known provider prefix', () => {
    expect(inferProvider('azure/my-deployment')).toBe('azure');
    expect(inferProvider('hosted_vllm/any/thing')).toBe('hosted_vllm');
  });

  it('takes the openai_like providers of providers.json as prefixes (scaleway/, gmi/)', () => {
    expect(inferProvider('scaleway/qwen3-235b-a22b-instruct-2507')).toBe('scaleway');
    expect(inferProvider('gmi/deepseek-ai/DeepSeek-V3.2')).toBe('gmi');
  });

  it('takes the providers a config declares in custom_provider_map as prefixes', () => {
    expect(inferProvider('my-custom-llm/my-fake-model')).toBeUndefined();
    expect(inferProvider('my-custom-llm/my-fake-model', undefined, new Set(['my-custom-llm']))).toBe('my-custom-llm');
  });

  it('finds no provider for mistralai/mistral-7b-instruct', () => {
    expect(inferProvider('mistralai/mistral-7b-instruct')).toBeUndefined();
  });

  it('routes bare Bedrock ids to bedrock whichever bedrock family the map names', () => {
    expect(catalogEntry('anthropic.claude-3-7-sonnet-20250219-v1:0')?.provider).toBe('bedrock_converse');
    expect(inferProvider('anthropic.claude-3-7-sonnet-20250219-v1:0')).toBe('bedrock');
    expect(inferProvider('eu.anthropic.claude-3-7-sonnet-20250219-v1:0')).toBe('bedrock');
  });

  it('routes bare Gemini names of the vertex families to vertex_ai', () => {
    expect(inferProvider('gemini-2.0-flash')).toBe('vertex_ai');
  });

  it("applies LiteLLM's own provider corrections", () => {
    expect(inferProvider('jamba-1.5')).toBe('ai21_chat');
    expect(inferProvider('cohere/command-r')).toBe('cohere_chat');
    expect(inferProvider('command-r', 'cohere')).toBe('cohere_chat');
    expect(inferProvider('anthropic/claude-2')).toBe('anthropic_text');
    expect(inferProvider('ft:gpt-4o-mini-2024-07-18:my-org::abc123')).toBe('openai');
  });

  it('finds no provider for a bare name LiteLLM has no bare-name route for', () => {
    expect(catalogEntry('deepseek-chat')?.provider).toBe('deepseek');
    expect(inferProvider('deepseek-chat')).toBeUndefined();
  });

  it.each(configCorpora("inferProvider on LiteLLM's real configs"))(
    'finds the provider of every deployment in the $name except mistralai/mistral-7b-instruct',
    (corpus) => {
      const withoutProvider: string[] = [];
      let deployments = 0;
      for (const name of corpus.files) {
        const config = parse(readFileSync(join(corpus.dir, name), 'utf8'), { uniqueKeys: false }) as {
          model_list?: { litellm_params?: { model?: unknown; custom_llm_provider?: string } }[];
        } | null;
        for (const entry of config?.model_list ?? []) {
          const model = entry?.litellm_params?.model;
          if (typeof model !== 'string') continue;
          deployments++;
          if (!inferProvider(model, entry.litellm_params?.custom_llm_provider)) withoutProvider.push(model);
        }
      }
      expect(deployments).toBeGreaterThan(corpus.name === 'fixtures' ? 30 : 100);
      expect([...new Set(withoutProvider)]).toEqual(['mistralai/mistral-7b-instruct']);
    },
  );
});

describe('LITELLM_PROVIDERS', () => {
  it('lists the 126 names of the LlmProviders enum and the 6 openai_like providers of the reference version, sorted', () => {
    expect(LITELLM_PROVIDERS).toHaveLength(132);
    expect(LITELLM_PROVIDERS).toEqual(
      expect.arrayContaining(['scaleway', 'gmi', 'llamagate', 'sarvam', 'veniceai', 'abliteration']),
    );
    expect(LITELLM_PROVIDERS).toContain('bedrock');
    expect([...LITELLM_PROVIDERS].sort()).toEqual(LITELLM_PROVIDERS);
  });
});

describe('parseBedrockModel', () => {
  it('reads route, geography and base id', () => {
    expect(parseBedrockModel('bedrock/converse/eu.anthropic.claude-3-7-sonnet-20250219-v1:0')).toEqual({
      route: 'converse',
      geography: 'eu',
      baseId: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
      modelId: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    });
  });

  it('accepts a model without the bedrock/ prefix or a route', () => {
    expect(parseBedrockModel('anthropic.claude-3-haiku-20240307-v1:0')).toEqual({
      baseId: 'anthropic.claude-3-haiku-20240307-v1:0',
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
    });
  });

  it('recognises every geography LiteLLM does, us-gov included', () => {
    for (const geography of BEDROCK_GEOGRAPHIES) {
      expect(parseBedrockModel(`bedrock/invoke/${geography}.meta.llama3-70b-instruct-v1:0`)).toMatchObject({
        route: 'invoke',
        geography,
        baseId: 'meta.llama3-70b-instruct-v1:0',
      });
    }
  });

  it('does not take an unknown prefix for a geography', () => {
    const parsed = parseBedrockModel('bedrock/ca.anthropic.x');
    expect(parsed).toEqual({ baseId: 'ca.anthropic.x', modelId: 'ca.anthropic.x' });
  });

  it('reads the profile id from an inference profile ARN', () => {
    const arn = 'arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-3-7-sonnet-20250219-v1:0';
    expect(parseBedrockModel(`bedrock/converse/${arn}`)).toMatchObject({ route: 'converse', geography: 'eu', arn });
  });
});

describe('regionMatchesGeography', () => {
  const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 10 });
  const regionOf = (area: string) =>
    fc.tuple(letters, fc.integer({ min: 1, max: 20 })).map(([x, n]) => `${area}-${x}-${n}`);

  it('matches any eu region with the eu geography', () => {
    fc.assert(fc.property(regionOf('eu'), (region) => regionMatchesGeography(region, 'eu')));
  });

  it('never matches a us region with the eu geography', () => {
    fc.assert(fc.property(regionOf('us'), (region) => !regionMatchesGeography(region, 'eu')));
  });

  it('keeps GovCloud regions for us-gov profiles', () => {
    expect(regionMatchesGeography('us-gov-west-1', 'us-gov')).toBe(true);
    expect(regionMatchesGeography('us-gov-west-1', 'us')).toBe(false);
    expect(regionMatchesGeography('us-gov-west-1', 'global')).toBe(false);
    expect(regionMatchesGeography('us-east-1', 'us-gov')).toBe(false);
  });

  it('calls jp profiles from Tokyo and Osaka, au profiles from Sydney and Melbourne', () => {
    expect(regionsForGeography('jp')).toEqual(['ap-northeast-1', 'ap-northeast-3']);
    expect(regionsForGeography('au')).toEqual(['ap-southeast-2', 'ap-southeast-4']);
    expect(regionMatchesGeography('ap-northeast-2', 'jp')).toBe(false);
  });

  it('calls apac profiles from any ap- region and global ones from any commercial region', () => {
    expect(regionMatchesGeography('ap-south-1', 'apac')).toBe(true);
    expect(regionMatchesGeography('eu-west-1', 'apac')).toBe(false);
    expect(regionMatchesGeography('sa-east-1', 'global')).toBe(true);
    expect(regionMatchesGeography('cn-north-1', 'global')).toBe(false);
  });

  it('matches nothing for an unknown geography or a string that is not a region', () => {
    expect(regionMatchesGeography('eu-west-1', 'ca')).toBe(false);
    expect(regionMatchesGeography('europe', 'eu')).toBe(false);
  });
});

describe('crossRegionProfiles', () => {
  it('lists the geographies the map has profiles for, in BEDROCK_GEOGRAPHIES order', () => {
    expect(crossRegionProfiles('anthropic.claude-3-7-sonnet-20250219-v1:0')).toEqual(['us', 'eu']);
    const sonnet45 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
    expect(crossRegionProfiles(sonnet45)).toEqual(['global', 'us', 'eu', 'jp', 'au']);
  });

  it('lists nothing for a model without profiles', () => {
    expect(crossRegionProfiles('amazon.titan-embed-text-v1')).toEqual([]);
  });
});

describe('crossRegionProfiles of a profile the map lists twice', () => {
  it('names each geography once', () => {
    const geographies = crossRegionProfiles('anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(geographies).toEqual([...new Set(geographies)]);
    expect(geographies).toContain('us');
  });
});
