import { inferProvider, Testing, validateConfig, type ProxyConfig } from '@litellm-cdk/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { platformTeam } from '../src/platform-team.js';

interface Entry {
  readonly model_name: string;
  readonly litellm_params: Record<string, unknown>;
  readonly model_info?: Record<string, unknown>;
}

/** The keys each provider family needs in every deployment for the proxy to call anything. */
const REQUIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  openai: ['api_key'],
  azure: ['api_base', 'api_version', 'api_key'],
  anthropic: ['api_key'],
  hosted_vllm: ['api_base'],
  bedrock: ['aws_region_name'],
  gemini: ['api_key'],
};

function synth() {
  const app = Testing.app({ name: 'platform-team', strict: true });
  const [dev, prod] = platformTeam(app);
  const assembly = Testing.synthApp(app, { strict: true });
  return { dev, prod, assembly };
}

function modelList(config: ProxyConfig): Entry[] {
  return Testing.synth(config).model_list as Entry[];
}

describe('the platform team app', () => {
  it('synthesizes dev and prod in strict mode without errors or warnings', () => {
    const { assembly } = synth();
    expect(assembly.report.conclusion).toBe('passed');
    expect(assembly.report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('writes only deployments the proxy loads: provider inferred, required keys present', () => {
    const { dev, prod } = synth();
    for (const config of [dev, prod]) {
      const entries = modelList(config);
      expect(entries.length).toBe(12);
      for (const entry of entries) {
        const model = String(entry.litellm_params.model);
        const provider = inferProvider(model);
        expect(provider, model).toBeDefined();
        expect(Object.keys(REQUIRED_KEYS)).toContain(provider);
        for (const key of REQUIRED_KEYS[provider!])
          expect(entry.litellm_params, `${entry.model_name}: ${key}`).toHaveProperty(key);
      }
    }
  });

  it('passes validate on the YAML it writes, as a hand-written config would be checked', () => {
    const { assembly } = synth();
    expect(assembly.configs.map((config) => config.file)).toEqual(['dev.yaml', 'prod.yaml']);
    for (const config of assembly.configs) {
      const findings = validateConfig({ file: config.file, content: parse(config.yaml) });
      expect(
        findings.filter((f) => f.severity !== 'info'),
        config.file,
      ).toEqual([]);
    }
  });

  it('serves every provider family the team uses', () => {
    const { prod } = synth();
    const providers = new Set(modelList(prod).map((entry) => inferProvider(String(entry.litellm_params.model))));
    expect([...providers].sort()).toEqual(['anthropic', 'azure', 'bedrock', 'gemini', 'hosted_vllm', 'openai']);
  });

  it('gives dev and prod different limits, budgets, routing and storage', () => {
    const { dev, prod } = synth();
    const gpt4o = (config: ProxyConfig) =>
      modelList(config).find((entry) => entry.model_name === 'gpt-4o')!.litellm_params;
    expect([gpt4o(dev).rpm, gpt4o(prod).rpm]).toEqual([60, 500]);
    expect([gpt4o(dev).max_budget, gpt4o(prod).max_budget]).toEqual([200, 5000]);
    const settings = (config: ProxyConfig) => Testing.template(config);
    expect(settings(dev).section('router_settings')).toMatchObject({
      routing_strategy: 'simple-shuffle',
      redis_url: 'os.environ/REDIS_URL',
    });
    expect(settings(prod).section('router_settings')).toMatchObject({
      routing_strategy: 'usage-based-routing-v2',
      redis_url: 'os.environ/REDIS_URL',
    });
    expect(settings(dev).section('general_settings')).toEqual({ master_key: 'os.environ/LITELLM_MASTER_KEY' });
    expect(settings(prod).section('general_settings')).toMatchObject({
      database_url: 'os.environ/DATABASE_URL',
      store_model_in_db: true,
    });
  });

  it('falls back across providers, ending at Gemini', () => {
    const { prod } = synth();
    const fallbacks = Testing.template(prod).section('router_settings')?.fallbacks as Record<string, string[]>[];
    expect(fallbacks).toContainEqual({ 'gpt-4o': ['azure-gpt-4o', 'claude-sonnet'] });
    expect(fallbacks).toContainEqual({ 'bedrock-claude-sonnet': ['gemini-flash'] });
    expect(fallbacks.some((item) => 'gemini-flash' in item)).toBe(false);
  });

  it('calls Bedrock from two AWS accounts and Gemini with two keys', () => {
    const { prod } = synth();
    const entries = modelList(prod);
    expect(
      entries
        .filter((e) => e.model_name === 'bedrock-claude-sonnet')
        .map((e) => e.litellm_params.aws_role_name ?? e.litellm_params.aws_access_key_id),
    ).toEqual(['os.environ/AWS_ACCESS_KEY_ID', 'os.environ/AWS_ROLE_ARN_RESEARCH']);
    expect(entries.filter((e) => e.model_name === 'gemini-flash').map((e) => e.litellm_params.api_key)).toEqual([
      'os.environ/GEMINI_API_KEY_1',
      'os.environ/GEMINI_API_KEY_2',
    ]);
  });

  it('writes the same YAML on every run', () => {
    const yaml = () => {
      const app = Testing.app({ name: 'platform-team' });
      return platformTeam(app).map((config) => Testing.synthYaml(config));
    };
    const [first, second] = [yaml(), yaml()];
    expect(second).toEqual(first);
    expect(first[0]).not.toEqual(first[1]);
  });
});
