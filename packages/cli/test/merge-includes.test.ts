import { describe, expect, it } from 'vitest';
import { mergeIncludes } from '../src/documents/merge-includes.js';

describe('mergeIncludes', () => {
  it('extends lists with the included ones and replaces every other value, as LiteLLM loads includes', () => {
    const merged = mergeIncludes(
      { include: ['models.yaml'], model_list: [{ model_name: 'a' }], router_settings: { num_retries: 2 } },
      [{ model_list: [{ model_name: 'b' }], router_settings: { timeout: 30 }, guardrails: [{ guardrail_name: 'g' }] }],
    );
    expect(merged).toEqual({
      model_list: [{ model_name: 'a' }, { model_name: 'b' }],
      router_settings: { timeout: 30 },
      guardrails: [{ guardrail_name: 'g' }],
    });
  });
});
