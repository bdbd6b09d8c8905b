import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_MAP, sharedMaterial } from '../../../test-support/shared-material.js';
import { DEFAULT_OUT_DIR, GENERATED_FILE, generateCatalog, renderCatalogSource } from '../scripts/generate-catalog.js';

const REAL_MODEL_MAP = sharedMaterial(MODEL_MAP, "the committed Gemini catalog compared with LiteLLM's model map");

describe('generate-catalog', () => {
  it.skipIf(!REAL_MODEL_MAP)('reproduces the committed catalog from the data file', () => {
    const written = generateCatalog({ modelMapPath: REAL_MODEL_MAP!, outDir: mkdtempSync(join(tmpdir(), 'gemini-catalog-')) });
    const committed = readFileSync(join(DEFAULT_OUT_DIR, GENERATED_FILE), 'utf8');
    expect(readFileSync(written, 'utf8'), 'run scripts/generate-catalog.ts to refresh src/_generated/models.ts').toBe(committed);
  });

  it('writes the same text whatever the order of the map', () => {
    const map = {
      'gemini/b': { litellm_provider: 'gemini', mode: 'chat' },
      'gemini/a': { litellm_provider: 'gemini', mode: 'chat' },
    };
    const reversed = Object.fromEntries(Object.entries(map).reverse());
    expect(renderCatalogSource(reversed)).toBe(renderCatalogSource(map));
  });

  it('keeps the prefixed entry of an id the map lists twice, and drops entries of other providers', () => {
    const source = renderCatalogSource({
      'gemini-x': { litellm_provider: 'gemini', max_tokens: 10 },
      'gemini/gemini-x': { litellm_provider: 'gemini', max_output_tokens: 20, supports_reasoning: true },
      'gemini/not-gemini': { litellm_provider: 'vertex_ai-language-models' },
      'claude-3': { litellm_provider: 'vertex_ai-anthropic_models' },
      'text-embedding-9': { litellm_provider: 'vertex_ai-embedding-models', mode: 'embedding', max_input_tokens: 2048.0 },
      'gemini-pro-vision': { litellm_provider: 'vertex_ai-vision-models' },
      sample_spec: { litellm_provider: 'one of https://docs.litellm.ai/docs/providers' },
    });
    expect(source).toContain(
      "  'gemini-x': { key: 'gemini/gemini-x', maxOutputTokens: 20, supportsReasoning: true, supportsPromptCaching: false, supportsVision: false },",
    );
    expect(source).toContain("  'text-embedding-9': { key: 'text-embedding-9', mode: 'embedding', maxInputTokens: 2048,");
    expect(source).toContain("  'gemini-pro-vision': { key: 'gemini-pro-vision',");
    expect(source).not.toContain('not-gemini');
    expect(source).not.toContain('claude');
    expect(source).not.toContain('sample_spec');
  });

  it('refuses a model map that is not an object', () => {
    expect(() => renderCatalogSource([])).toThrow('The model map must be a JSON object');
  });
});
