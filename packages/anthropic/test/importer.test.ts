import { Secret } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { AnthropicProvider, importers } from '../src/index.js';
import { prodConfig } from './_fixtures.js';
import { roundTrip } from './_round-trip.js';

describe('the importer of @litellm-cdk/anthropic', () => {
  it('gives back one addModel per Claude model, thinking variants and prompt caching included', () => {
    const config = prodConfig();
    const anthropic = new AnthropicProvider(config, 'anthropic', {
      apiKeys: [Secret.env('ANTHROPIC_API_KEY_1'), Secret.env('ANTHROPIC_API_KEY_2')],
    });
    anthropic.addModel('claude-sonnet', {
      model: 'claude-sonnet-4-5',
      rpm: 50,
      thinkingBudgets: [4096, 16_384],
      promptCaching: true,
    });
    anthropic.addModel('claude-haiku', {
      model: 'claude-haiku-4-5',
      promptCaching: { points: [{ location: 'message', index: -1 }] },
    });
    const results = roundTrip(importers, config);
    expect(results.map((r) => [r.importer, r.groups, r.difference])).toEqual([
      ['AnthropicProvider', ['claude-sonnet', 'claude-sonnet-think-4096', 'claude-sonnet-think-16384'], undefined],
      ['AnthropicProvider', ['claude-haiku'], undefined],
    ]);
    expect(results[0].args).toEqual([
      'claude-sonnet',
      { model: 'claude-sonnet-4-5', rpm: 50, thinkingBudgets: [4096, 16_384], promptCaching: true },
    ]);
  });
});
