import { lookupModel } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { GoogleModels, type GeminiModelId, type VertexModelId } from '../src/index.js';

describe('GoogleModels', () => {
  it('finds a model by the id that follows the provider prefix', () => {
    expect(GoogleModels.gemini('gemini-2.5-pro')).toMatchObject({
      id: 'gemini/gemini-2.5-pro',
      mode: 'chat',
      supportsReasoning: true,
    });
    expect(GoogleModels.vertex('gemini-2.5-pro')).toMatchObject({
      id: 'gemini-2.5-pro',
      mode: 'chat',
      supportsReasoning: true,
    });
    expect(GoogleModels.gemini('gemini-embedding-001')).toMatchObject({ mode: 'embedding', maxInputTokens: 2048 });
  });

  it('answers undefined for ids it does not list, including names of object members', () => {
    expect(GoogleModels.gemini('gemini-9-ultra')).toBeUndefined();
    expect(GoogleModels.gemini('constructor')).toBeUndefined();
    expect(GoogleModels.vertex('toString')).toBeUndefined();
  });

  it('prefers the vertex_ai/ entry where the map lists an id with and without the prefix', () => {
    expect(GoogleModels.vertex('gemini-3-pro-preview')?.id).toBe('vertex_ai/gemini-3-pro-preview');
  });

  it('keeps Vertex AI to Google models', () => {
    expect(GoogleModels.vertex('text-embedding-004')?.mode).toBe('embedding');
    expect(GoogleModels.vertexIds().some((id) => id.startsWith('claude'))).toBe(false);
  });

  it("agrees with core's lookup on the catalog entry of every Gemini model", () => {
    for (const id of GoogleModels.geminiIds())
      expect([id, lookupModel(`gemini/${id}`)?.id]).toEqual([id, GoogleModels.gemini(id)?.id]);
  });

  it("agrees with core's lookup on the catalog entry of every Vertex AI model", () => {
    for (const id of GoogleModels.vertexIds())
      expect([id, lookupModel(`vertex_ai/${id}`)?.id]).toEqual([id, GoogleModels.vertex(id)?.id]);
  });

  it('types catalog ids as literals, for autocompletion', () => {
    const gemini: GeminiModelId = 'gemini-2.5-flash';
    const vertex: VertexModelId = 'text-embedding-004';
    // @ts-expect-error not a Gemini catalog id
    const unknown: GeminiModelId = 'gemini-9-ultra';
    expect([gemini, vertex, unknown]).toHaveLength(3);
  });
});
