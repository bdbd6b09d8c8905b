import { describe, expect, it } from 'vitest';
import { ConfigView } from '../src/index.js';

const models = (...names: string[]) =>
  names.map((name) => ({ model_name: name, litellm_params: { model: 'openai/gpt-4o' } }));

describe('ConfigView fallbacks', () => {
  it('matches a rule by its own key only, never by a name every object inherits', () => {
    const view = ConfigView.fromDocument({
      model_list: models('toString'),
      router_settings: { fallbacks: [{ '*': ['backup'] }] },
    });
    expect(view.fallbacksOf('toString')).toEqual({ targets: [] });
    expect(view.effectiveFallbacksOf('toString')).toEqual({
      targets: ['backup'],
      path: ['router_settings', 'fallbacks', 0, '*'],
    });
  });

  it('uses a group\'s own rule, even an empty one, before the generic "*" rule', () => {
    const view = ConfigView.fromDocument({
      model_list: models('main', 'quiet', 'other'),
      router_settings: { fallbacks: [{ '*': ['backup'] }, { main: ['other'] }, { quiet: [] }] },
    });
    expect(view.effectiveFallbacksOf('main')).toEqual({
      targets: ['other'],
      path: ['router_settings', 'fallbacks', 1],
    });
    expect(view.effectiveFallbacksOf('quiet')).toEqual({ targets: [], path: ['router_settings', 'fallbacks', 2] });
    expect(view.effectiveFallbacksOf('other').targets).toEqual(['backup']);
  });

  it('takes default_fallbacks as the generic rule, ahead of a "*" rule, as the router appends it last', () => {
    const view = ConfigView.fromDocument({
      model_list: models('main'),
      litellm_settings: { default_fallbacks: ['backup'] },
      router_settings: { fallbacks: [{ '*': ['other'] }] },
    });
    expect(view.genericFallbacks()).toEqual({ targets: ['backup'], path: ['litellm_settings', 'default_fallbacks'] });
    expect(view.genericFallbacks('context_window_fallbacks')).toEqual({ targets: [] });
  });

  it('applies a generic rule of the last "*" key to context-window fallbacks too', () => {
    const view = ConfigView.fromDocument({
      model_list: models('main'),
      router_settings: { context_window_fallbacks: [{ '*': ['a'] }, { '*': ['b'] }] },
    });
    expect(view.effectiveFallbacksOf('main', 'context_window_fallbacks')).toEqual({
      targets: ['b'],
      path: ['router_settings', 'context_window_fallbacks', 1, '*'],
    });
  });
});
