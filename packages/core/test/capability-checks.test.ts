import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configCorpora } from '../../../test-support/config-corpus.js';
import {
  CAPABILITY_FINDING_IDS,
  checkCapabilities,
  checkCatalogCoverage,
  checkCrossRegionProfile,
  checkDeploymentCapabilities,
  checkPromptCaching,
  checkReasoning,
} from '../src/validation/capability-checks.js';
import type { ConfigFinding } from '../src/validation/finding.js';

const SONNET_EU = 'bedrock/converse/eu.anthropic.claude-3-7-sonnet-20250219-v1:0';
const CLAUDE_DIRECT = 'anthropic/claude-3-7-sonnet-20250219';

/** A `model_list` entry with the given `litellm_params` (and `model_info`). */
function deployment(litellmParams: Record<string, unknown>, modelInfo?: Record<string, unknown>) {
  return { model_name: 'group', litellm_params: litellmParams, ...(modelInfo ? { model_info: modelInfo } : {}) };
}

/** The findings of one entry placed at `model_list[0]`, without the info about catalog coverage. */
function findingsFor(litellmParams: Record<string, unknown>, modelInfo?: Record<string, unknown>): ConfigFinding[] {
  return checkCapabilities({ model_list: [deployment(litellmParams, modelInfo)] }).filter(
    (finding) => finding.id !== CAPABILITY_FINDING_IDS.modelNotInCatalog,
  );
}

const ids = (findings: readonly ConfigFinding[]) => findings.map((finding) => finding.id);

describe('thinking', () => {
  it('accepts a budget between the minimum and the max output tokens on a reasoning model', () => {
    expect(findingsFor({ model: CLAUDE_DIRECT, thinking: { type: 'enabled', budget_tokens: 4096 } })).toEqual([]);
  });

  it('rejects a budget below 1024 tokens', () => {
    const [finding] = findingsFor({ model: CLAUDE_DIRECT, thinking: { type: 'enabled', budget_tokens: 512 } });
    expect(finding).toMatchObject({
      severity: 'error',
      id: 'core/thinking-budget-too-small',
      path: ['model_list', 0, 'litellm_params', 'thinking', 'budget_tokens'],
    });
    expect(finding.message).toContain('512');
  });

  it('rejects thinking on a model whose catalog entry does not support reasoning', () => {
    const findings = findingsFor({ model: 'gpt-4o', thinking: { type: 'enabled', budget_tokens: 2048 } });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/thinking-unsupported',
        path: ['model_list', 0, 'litellm_params', 'thinking'],
      }),
    ]);
  });

  it('accepts thinking when model_info.supports_reasoning overrides a lagging catalog', () => {
    const params = { model: 'gpt-4o', thinking: { type: 'enabled', budget_tokens: 2048 } };
    expect(findingsFor(params, { supports_reasoning: true })).toEqual([]);
  });

  it('accepts disabled thinking on any model', () => {
    expect(findingsFor({ model: 'gpt-4o', thinking: { type: 'disabled' } })).toEqual([]);
  });

  it('warns when the budget is not below the max output tokens, naming both numbers', () => {
    const [finding] = findingsFor({ model: SONNET_EU, thinking: { type: 'enabled', budget_tokens: 16000 } });
    expect(finding).toMatchObject({
      severity: 'warning',
      id: 'core/thinking-budget-exceeds-max-output',
      path: ['model_list', 0, 'litellm_params', 'thinking', 'budget_tokens'],
    });
    expect(finding.message).toContain('16000');
    expect(finding.message).toContain('8192');
    expect(finding.message).toMatch(/catalog can lag/);
    expect(finding.hint).toMatch(/model_info\.max_output_tokens/);
    expect(finding.hint).toMatch(/acknowledge/);
  });

  it('measures the budget against model_info.max_output_tokens when it is set', () => {
    const params = { model: SONNET_EU, thinking: { type: 'enabled', budget_tokens: 16000 } };
    expect(findingsFor(params, { max_output_tokens: 64000 })).toEqual([]);
    expect(ids(findingsFor(params, { max_output_tokens: 16000 }))).toEqual(['core/thinking-budget-exceeds-max-output']);
  });

  it('checks the minimum budget even for a Claude model the catalog does not know', () => {
    const params = { model: 'anthropic/claude-future-9', thinking: { type: 'enabled', budget_tokens: 100 } };
    expect(ids(findingsFor(params))).toEqual(['core/thinking-budget-too-small']);
  });

  it('applies the 1024-token minimum to every Bedrock model, Claude or not', () => {
    const params = { model: 'bedrock/us.deepseek.r1-v1:0', thinking: { type: 'enabled', budget_tokens: 512 } };
    expect(ids(findingsFor(params))).toContain('core/thinking-budget-too-small');
  });

  it("applies Anthropic's 1024-token minimum to Claude only, not to Gemini", () => {
    const params = { model: 'gemini/gemini-2.5-flash', thinking: { type: 'enabled', budget_tokens: 512 } };
    expect(ids(findingsFor(params))).not.toContain('core/thinking-budget-too-small');
  });
});

describe('Gemini thinking budgets', () => {
  const budget = (model: string, budgetTokens: number) =>
    findingsFor({ model, thinking: { type: 'enabled', budget_tokens: budgetTokens } }).filter(
      (f) => f.id === 'core/thinking-budget-out-of-range',
    );

  it.each([
    ['gemini/gemini-2.5-pro', 64],
    ['gemini/gemini-2.5-pro', 0],
    ['gemini/gemini-2.5-pro', 40_000],
    ['vertex_ai/gemini-2.5-flash', 30_000],
    ['gemini/gemini-2.5-flash-lite', 256],
    ['gemini/gemini-2.5-flash-lite-preview-06-17', 25_000],
  ])('rejects %s with a budget of %d, naming the documented range', (model, tokens) => {
    expect(budget(model, tokens)).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/outside the range Google documents for it: \d+ to \d+/),
      }),
    ]);
  });

  it.each([
    ['gemini/gemini-2.5-pro', 128],
    ['gemini/gemini-2.5-pro', 32_768],
    ['gemini/gemini-2.5-flash', 0],
    ['gemini/gemini-2.5-flash', 24_576],
    ['gemini/gemini-2.5-flash-lite', 512],
    ['gemini/gemini-2.5-flash-lite', 0],
    ['gemini/gemini-2.5-pro', -1],
    ['gemini/gemini-2.0-flash-thinking-exp', 99_999],
  ])('accepts %s with a budget of %d', (model, tokens) => {
    expect(budget(model, tokens)).toEqual([]);
  });
});

describe('reasoning_effort', () => {
  it('accepts reasoning_effort on a reasoning model', () => {
    expect(findingsFor({ model: 'vertex_ai/gemini-2.5-pro', reasoning_effort: 'low' })).toEqual([]);
  });

  it('rejects reasoning_effort on a model without reasoning support', () => {
    expect(findingsFor({ model: 'anthropic/claude-3-haiku-20240307', reasoning_effort: 'high' })).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/reasoning-effort-unsupported',
        path: ['model_list', 0, 'litellm_params', 'reasoning_effort'],
      }),
    ]);
  });

  it("accepts reasoning_effort 'none' anywhere", () => {
    expect(findingsFor({ model: 'anthropic/claude-3-haiku-20240307', reasoning_effort: 'none' })).toEqual([]);
  });
});

describe('cache_control_injection_points', () => {
  const systemPoint = { location: 'message', role: 'system' };

  it('accepts injection points on a model that supports prompt caching', () => {
    expect(findingsFor({ model: CLAUDE_DIRECT, cache_control_injection_points: [systemPoint] })).toEqual([]);
  });

  it('rejects injection points on an embedding model', () => {
    const model = 'bedrock/amazon.titan-embed-text-v1';
    const findings = findingsFor({ model, cache_control_injection_points: [systemPoint] });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'core/prompt-caching-unsupported',
        path: ['model_list', 0, 'litellm_params', 'cache_control_injection_points'],
      }),
    ]);
    expect(findings[0].message).toMatch(/embedding/);
  });

  it('rejects injection points on a model without prompt caching', () => {
    const model = 'bedrock/meta.llama3-70b-instruct-v1:0';
    const findings = findingsFor({ model, cache_control_injection_points: [systemPoint] });
    expect(ids(findings)).toEqual(['core/prompt-caching-unsupported']);
  });

  it('warns that location tool_config depends on the LiteLLM version', () => {
    const points = [systemPoint, { location: 'tool_config' }];
    const findings = findingsFor({ model: CLAUDE_DIRECT, cache_control_injection_points: points });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        id: 'core/version-dependent-value',
        path: ['model_list', 0, 'litellm_params', 'cache_control_injection_points', 1, 'location'],
      }),
    ]);
    expect(findings[0].message).toContain('v1.81.13');
  });
});

describe('Bedrock cross-region profiles', () => {
  it('accepts a profile called from a region of its geography', () => {
    expect(findingsFor({ model: SONNET_EU, aws_region_name: 'eu-central-1' })).toEqual([]);
  });

  it('rejects a profile called from a region outside its geography, naming profile, region and fitting regions', () => {
    const [finding, ...rest] = findingsFor({ model: SONNET_EU, aws_region_name: 'us-east-1' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      id: 'core/cris-region-mismatch',
      path: ['model_list', 0, 'litellm_params', 'aws_region_name'],
    });
    expect(finding.message).toContain('eu.anthropic.claude-3-7-sonnet-20250219-v1:0');
    expect(finding.message).toContain('us-east-1');
    expect(finding.message).toContain('eu-central-1');
    expect(finding.hint).toContain('us.anthropic.claude-3-7-sonnet-20250219-v1:0');
  });

  it('leaves a region read from the environment alone', () => {
    expect(findingsFor({ model: SONNET_EU, aws_region_name: 'os.environ/AWS_REGION' })).toEqual([]);
  });

  it('checks region_name when aws_region_name is not set', () => {
    const findings = findingsFor({ model: SONNET_EU, region_name: 'ap-northeast-1' });
    expect(ids(findings)).toEqual(['core/cris-region-mismatch']);
  });

  it('ignores prefixes that are not one of the seven geographies', () => {
    expect(findingsFor({ model: 'bedrock/ca.anthropic.claude-x', aws_region_name: 'us-east-1' })).toEqual([]);
  });

  it('checks profiles given with custom_llm_provider bedrock', () => {
    const params = {
      model: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
      custom_llm_provider: 'bedrock',
      aws_region_name: 'ap-northeast-2',
    };
    expect(ids(findingsFor(params))).toEqual(['core/cris-region-mismatch']);
  });
});

describe('catalog coverage', () => {
  it('reports a model the catalog does not list as info', () => {
    expect(checkCapabilities({ model_list: [deployment({ model: 'openai/my-fake-model' })] })).toEqual([
      expect.objectContaining({
        severity: 'info',
        id: 'core/model-not-in-catalog',
        path: ['model_list', 0, 'litellm_params', 'model'],
      }),
    ]);
  });

  it('says nothing about a listed model, a wildcard route or a model found through model_info.base_model', () => {
    const modelList = [
      deployment({ model: 'gpt-4o' }),
      deployment({ model: 'anthropic/*' }),
      deployment({ model: 'azure/my-gpt4o-deployment' }, { base_model: 'azure/gpt-4o' }),
    ];
    expect(checkCapabilities({ model_list: modelList })).toEqual([]);
  });
});

describe('checkCapabilities', () => {
  it('skips entries that are not objects or have no literal model', () => {
    const modelList = [
      'not an entry',
      { model_name: 'no-params' },
      deployment({ model: 42 }),
      deployment({ model: 'os.environ/MODEL', thinking: { type: 'enabled', budget_tokens: 1 } }),
      deployment({ model: CLAUDE_DIRECT, custom_llm_provider: 'os.environ/PROVIDER', reasoning_effort: 'high' }),
    ];
    expect(checkCapabilities({ model_list: modelList })).toEqual([]);
    expect(checkCapabilities({})).toEqual([]);
  });

  it('points into the right entry and copies the file name onto each finding', () => {
    const modelList = [deployment({ model: 'gpt-4o' }), deployment({ model: 'gpt-4o', reasoning_effort: 'low' })];
    expect(checkCapabilities({ model_list: modelList }, 'models.yaml')).toEqual([
      expect.objectContaining({ path: ['model_list', 1, 'litellm_params', 'reasoning_effort'], file: 'models.yaml' }),
    ]);
  });

  it.each(configCorpora("capability checks on LiteLLM's real configs"))(
    'finds no errors or warnings in the $name',
    (corpus) => {
      const serious: string[] = [];
      for (const name of corpus.files) {
        const text = readFileSync(join(corpus.dir, name), 'utf8');
        const config = parse(text, { uniqueKeys: false }) as Record<string, unknown> | null;
        for (const finding of checkCapabilities(config ?? {}, name)) {
          if (finding.severity !== 'info') serious.push(`${name}: ${finding.id}`);
        }
      }
      expect(serious).toEqual([]);
    },
  );
});

describe('single checks for policy rules', () => {
  const entry = deployment({
    model: SONNET_EU,
    aws_region_name: 'us-west-2',
    thinking: { type: 'enabled', budget_tokens: 512 },
    cache_control_injection_points: [{ location: 'tool_config' }],
  });
  const path = ['model_list', 7] as const;

  it('runs each concern on its own', () => {
    expect(ids(checkReasoning(entry, path))).toEqual(['core/thinking-budget-too-small']);
    expect(ids(checkPromptCaching(entry, path))).toEqual(['core/version-dependent-value']);
    expect(ids(checkCrossRegionProfile(entry, path))).toEqual(['core/cris-region-mismatch']);
    expect(checkCatalogCoverage(entry, path)).toEqual([]);
  });

  it('runs all of them on one entry at its own path', () => {
    const findings = checkDeploymentCapabilities(entry, path);
    expect(ids(findings)).toEqual([
      'core/thinking-budget-too-small',
      'core/version-dependent-value',
      'core/cris-region-mismatch',
    ]);
    expect(findings.every((finding) => finding.path[0] === 'model_list' && finding.path[1] === 7)).toBe(true);
  });
});
