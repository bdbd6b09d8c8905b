import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, CREDENTIAL_KEYS, Testing } from '@litellm-cdk/core';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { referenceDeployment } from '../src/reference-deployment.js';

function synth() {
  const app = Testing.app({ name: 'example', strict: true });
  const config = referenceDeployment(app);
  return { config, assembly: Testing.synthApp(app, { strict: true }), template: Testing.template(config) };
}

const CLAUDE = ['claude-3-7-sonnet', 'claude-sonnet-4', 'claude-opus-4'];
const GEMINI_KEYS = [
  'os.environ/GEMINI_API_KEY_1',
  'os.environ/GEMINI_API_KEY_2',
  'os.environ/GEMINI_API_KEY_FALLBACK',
];

describe('the reference deployment', () => {
  it('synthesizes in strict mode, passing the built-in policy pack', () => {
    const { assembly } = synth();
    expect(assembly.report.conclusion).toBe('passed');
    const policy = assembly.report.sections.policy as { packs: { name: string; conclusion: string }[] };
    expect(policy.packs).toEqual([expect.objectContaining({ name: 'best-practices', conclusion: 'passed' })]);
    for (const finding of assembly.report.findings.filter((f) => f.severity !== 'info')) {
      expect(finding.acknowledged?.reason.length, `${finding.path} ${finding.id}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('writes the litellm, general and router settings of the original configuration', () => {
    const { template } = synth();
    expect(template.section('litellm_settings')).toEqual({ drop_params: true, success_callback: ['langfuse'] });
    expect(template.section('general_settings')).toEqual({
      master_key: 'os.environ/LITELLM_MASTER_KEY',
      database_url: 'os.environ/DATABASE_URL',
      store_model_in_db: true,
      store_prompts_in_spend_logs: false,
    });
    expect(template.section('router_settings')).toMatchObject({
      routing_strategy: 'usage-based-routing-v2',
      num_retries: 1,
      timeout: 100,
      enable_pre_call_checks: true,
      redis_host: 'os.environ/REDIS_HOST',
      redis_port: 'os.environ/REDIS_PORT',
      redis_password: 'os.environ/REDIS_PASSWORD',
    });
  });

  it('serves Claude 3.7 Sonnet in eu and Claude Sonnet 4 and Opus 4 in us through cross-region profiles', () => {
    const { template } = synth();
    expect(
      template
        .deploymentsOf('claude-3-7-sonnet')
        .map((d) => [d.litellm_params.model, d.litellm_params.aws_region_name]),
    ).toEqual([['bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0', 'os.environ/AWS_REGION_NAME_EU']]);
    expect(template.deploymentsOf('claude-sonnet-4')[0].litellm_params).toMatchObject({
      model: 'bedrock/us.anthropic.claude-sonnet-4-20250514-v1:0',
      aws_region_name: 'os.environ/AWS_REGION_NAME_US',
      aws_access_key_id: 'os.environ/AWS_ACCESS_KEY_ID',
      aws_secret_access_key: 'os.environ/AWS_SECRET_ACCESS_KEY',
    });
    expect(template.deploymentsOf('claude-opus-4')[0].litellm_params.model).toBe(
      'bedrock/us.anthropic.claude-opus-4-20250514-v1:0',
    );
  });

  it('gives every Claude model thinking variants of 1024 and 16384 tokens', () => {
    const { template } = synth();
    for (const name of CLAUDE) {
      for (const budget of [1024, 16384]) {
        const [variant] = template.deploymentsOf(`${name}-think-${budget}`);
        expect(variant.litellm_params.thinking).toEqual({ type: 'enabled', budget_tokens: budget });
      }
      expect(template.deploymentsOf(name)[0].litellm_params.thinking).toBeUndefined();
    }
  });

  it("caches the system prompt and the last message on every Claude chat model (two blocks, within Claude's four), and nowhere else", () => {
    const { template } = synth();
    const caching = [
      { location: 'message', role: 'system' },
      { location: 'message', index: -1 },
    ];
    for (const deployment of template.deployments) {
      const expected = deployment.litellm_params.model.startsWith('bedrock/') ? caching : undefined;
      expect(deployment.litellm_params.cache_control_injection_points, deployment.model_name).toEqual(expected);
    }
  });

  it('serves each Gemini model once per API key at its rate limit, and the embedding model in embedding mode', () => {
    const { template } = synth();
    const limits = { 'gemini-2.0-flash': 15, 'gemini-2.0-flash-lite': 30, 'gemini-2.5-flash': 10 };
    for (const [name, rpm] of Object.entries(limits)) {
      const deployments = template.deploymentsOf(name);
      expect(deployments.map((d) => d.litellm_params.api_key)).toEqual(GEMINI_KEYS);
      expect(deployments.map((d) => d.litellm_params.rpm)).toEqual([rpm, rpm, rpm]);
    }
    const embedding = template.deploymentsOf('text-embedding-004');
    expect(embedding.map((d) => d.litellm_params.api_key)).toEqual(GEMINI_KEYS);
    expect(embedding.every((d) => d.model_info?.mode === 'embedding')).toBe(true);
  });

  it('has general fallback chains and context-window fallbacks between the groups', () => {
    const { template } = synth();
    expect(template.fallbacksOf('claude-opus-4')).toEqual(['claude-sonnet-4', 'claude-3-7-sonnet']);
    expect(template.fallbacksOf('gemini-2.5-flash')).toEqual(['gemini-2.0-flash', 'gemini-2.0-flash-lite']);
    for (const name of CLAUDE)
      expect(template.fallbacksOf(name, 'context_window_fallbacks')).toEqual(['gemini-2.5-flash']);
  });

  it('references exactly the twelve environment variables of the original configuration', () => {
    const { assembly } = synth();
    const config = assembly.getConfig('config.yaml');
    const expected = [
      'AWS_ACCESS_KEY_ID',
      'AWS_REGION_NAME_EU',
      'AWS_REGION_NAME_US',
      'AWS_SECRET_ACCESS_KEY',
      'DATABASE_URL',
      'GEMINI_API_KEY_1',
      'GEMINI_API_KEY_2',
      'GEMINI_API_KEY_FALLBACK',
      'LITELLM_MASTER_KEY',
      'REDIS_HOST',
      'REDIS_PASSWORD',
      'REDIS_PORT',
    ];
    expect(config.environmentVariables.map((v) => v.name)).toEqual(expected);
    const envExample = assembly.files.find((f) => f.name === 'config.env.example')!.content;
    expect(envExample.match(/^[A-Z0-9_]+=$/gm)).toEqual(expected.map((name) => `${name}=`));
  });

  it('writes every credential in the YAML as an os.environ reference', () => {
    const { assembly } = synth();
    const credentialKeys = new Set(CREDENTIAL_KEYS.map((k) => k.key));
    const visit = (value: unknown, key?: string): void => {
      if (typeof value === 'string' && key && credentialKeys.has(key))
        expect(value, key).toMatch(/^os\.environ\/[A-Z0-9_]+$/);
      if (Array.isArray(value)) for (const item of value) visit(item);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(assembly.getConfig('config.yaml').document);
  });

  it('renders exactly this YAML', async () => {
    const { assembly } = synth();
    await expect(assembly.getConfig('config.yaml').yaml).toMatchFileSnapshot('__snapshots__/config.yaml');
  });

  it('writes the assembly when run as an app', () => {
    const outdir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'example-'));
    const app = new App({ outdir: path.join(outdir, 'litellm.out'), name: 'example' });
    referenceDeployment(app);
    const assembly = app.synth();
    expect(fs.readdirSync(assembly.directory).sort()).toEqual([
      'compose.yaml',
      'config.env.example',
      'config.yaml',
      'kubernetes',
      'manifest.json',
      'policy-report.csv',
      'tree.json',
      'validation-report.json',
    ]);
    expect(fs.readdirSync(path.join(assembly.directory, 'kubernetes'))).toEqual(['config.yaml']);
  });

  it('runs locally with Compose (proxy, Postgres, Redis) and in production on Kubernetes with three replicas', () => {
    const { assembly } = synth();
    const file = (name: string) => assembly.files.find((f) => f.name === name)!.content;
    expect(assembly.manifest.artifacts.map((a) => [a.type, a.file])).toEqual([
      ['litellm:proxy-config', 'config.yaml'],
      ['compose:project', 'compose.yaml'],
      ['kubernetes:manifests', 'kubernetes/config.yaml'],
    ]);
    const compose = parse(file('compose.yaml'));
    expect(Object.keys(compose.services)).toEqual(['litellm', 'postgres', 'redis']);
    const objects = parseAllDocuments(file('kubernetes/config.yaml')).map((d) => d.toJS());
    expect(objects.map((o) => o.kind)).toEqual(['ConfigMap', 'Deployment', 'Service', 'PodDisruptionBudget']);
    const deployment = objects[1];
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.containers[0].env.map((e: { name: string }) => e.name)).toEqual(
      assembly.getConfig('config.yaml').environmentVariables.map((v) => v.name),
    );
    expect(objects[0].data['config.yaml']).toBe(assembly.getConfig('config.yaml').yaml);
  });
});
