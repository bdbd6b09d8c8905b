import { CATALOG_VERSION, catalogEntry, Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { GOOGLE_FINDING_IDS, VertexProvider } from '../src/index.js';
import { findingLines, prodConfig } from './_synth-findings.js';

describe('VertexProvider', () => {
  it('renders vertex_ai/<id> with project, location and credentials', () => {
    const config = prodConfig();
    const vertex = new VertexProvider(config, 'vertex', {
      project: 'acme-prod',
      location: 'europe-west4',
      credentials: Secret.env('VERTEX_CREDENTIALS'),
    });
    vertex.addModel('pro', { model: 'gemini-2.5-pro', rpm: 60 });

    expect(Testing.template(config).deploymentsOf('pro')).toEqual([
      {
        model_name: 'pro',
        litellm_params: {
          vertex_project: 'acme-prod',
          vertex_location: 'europe-west4',
          vertex_credentials: 'os.environ/VERTEX_CREDENTIALS',
          rpm: 60,
          model: 'vertex_ai/gemini-2.5-pro',
        },
      },
    ]);
  });

  it('leaves vertex_credentials out when none are given, so LiteLLM uses application default credentials', () => {
    const config = prodConfig();
    new VertexProvider(config, 'vertex', { project: 'acme-prod', location: 'us-central1' }).addModel('flash', {
      model: 'gemini-2.5-flash',
    });
    expect(Testing.template(config).deploymentsOf('flash')[0].litellm_params).not.toHaveProperty('vertex_credentials');
  });

  it('records a literal location as the region of its deployments and names them after it', () => {
    const config = prodConfig();
    const vertex = new VertexProvider(config, 'vertex', { project: 'acme-prod', location: 'europe-west4' });
    const [deployment] = vertex.addModel('flash', { model: 'gemini-2.5-flash' }).deployments;

    expect(deployment.node.path).toBe('prod/vertex/flash/europe-west4');
    expect(deployment.facts).toMatchObject({
      provider: 'vertex_ai',
      modelId: 'gemini-2.5-flash',
      region: 'europe-west4',
      regionValue: 'europe-west4',
    });
    expect(deployment.facts.catalogEntry).toEqual(catalogEntry('gemini-2.5-flash'));
  });

  it('takes project and location from the environment, leaving the region unknown at synth', () => {
    const config = prodConfig();
    const location = Secret.env('VERTEX_LOCATION');
    const vertex = new VertexProvider(config, 'vertex', { project: Secret.env('VERTEX_PROJECT'), location });
    const [deployment] = vertex.addModel('flash', { model: 'gemini-2.5-flash' }).deployments;

    expect(deployment.node.id).toBe('Default');
    expect(deployment.facts.region).toBeUndefined();
    expect(deployment.facts.regionValue).toBe(location);
    expect(Testing.template(config).deploymentsOf('flash')[0].litellm_params).toMatchObject({
      vertex_project: 'os.environ/VERTEX_PROJECT',
      vertex_location: 'os.environ/VERTEX_LOCATION',
    });
  });

  it('gives Vertex embedding models their catalog mode', () => {
    const config = prodConfig();
    const vertex = new VertexProvider(config, 'vertex', { project: 'acme-prod', location: 'us-central1' });
    vertex.addModel('embed', { model: 'text-embedding-004' });

    expect(Testing.template(config).deploymentsOf('embed')[0].model_info).toEqual({ mode: 'embedding' });
    expect(findingLines(config, GOOGLE_FINDING_IDS.modelNotInCatalog)).toEqual([]);
  });

  it('offers the same thinking variants and reasoning effort as Google AI Studio', () => {
    const config = prodConfig();
    const vertex = new VertexProvider(config, 'vertex', { project: 'acme-prod', location: 'global' });
    const pro = vertex.addModel('pro', { model: 'gemini-2.5-pro', reasoningEffort: 'low', thinkingBudgets: [8192] });

    const template = Testing.template(config);
    expect(template.groups).toEqual(['pro', 'pro-think-8192']);
    expect(template.deploymentsOf('pro')[0].litellm_params.reasoning_effort).toBe('low');
    expect(template.deploymentsOf('pro-think-8192')[0].litellm_params.thinking).toEqual({
      type: 'enabled',
      budget_tokens: 8192,
    });
    expect(vertex.thinkingVariantsOf(pro).map((v) => v.group.modelName)).toEqual(['pro-think-8192']);
  });

  it('rejects thinking for a Vertex model whose catalog entry does not reason', () => {
    const config = prodConfig();
    new VertexProvider(config, 'vertex', { project: 'acme-prod', location: 'us-central1' }).addModel('lite', {
      model: 'gemini-2.0-flash',
      thinkingBudgets: [2048],
    });

    expect(findingLines(config, 'core/thinking-unsupported')).toEqual([
      "[prod/vertex/lite-think-2048/us-central1] vertex_ai/gemini-2.0-flash does not support extended thinking (catalog entry 'gemini-2.0-flash', " +
        `LiteLLM model map ${CATALOG_VERSION}), but thinking is enabled.`,
    ]);
  });

  it('refuses an empty project or location', () => {
    const config = prodConfig();
    expect(() => new VertexProvider(config, 'a', { project: ' ', location: 'us-central1' })).toThrow(
      '[prod/a] project must not be empty.',
    );
    expect(() => new VertexProvider(config, 'b', { project: 'acme', location: '' })).toThrow(
      '[prod/b] location must not be empty.',
    );
  });

  it('refuses a model id with a provider prefix, naming the construct and the id to write', () => {
    const vertex = new VertexProvider(prodConfig(), 'vertex', { project: 'acme', location: 'us-central1' });
    for (const model of ['vertex_ai/gemini-2.5-pro', 'gemini/gemini-2.5-pro']) {
      expect(() => vertex.addModel('pro', { model })).toThrow(
        `[prod/vertex/pro] model '${model}' must be a model id without a provider prefix: write model: 'gemini-2.5-pro' ` +
          "(the provider adds 'vertex_ai/' itself).",
      );
    }
  });

  it('is recognised by its brand check', () => {
    const vertex = new VertexProvider(prodConfig(), 'vertex', { project: 'acme', location: 'us-central1' });
    expect(VertexProvider.isVertexProvider(vertex)).toBe(true);
    expect(VertexProvider.isVertexProvider({})).toBe(false);
  });
});
