import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeneralSettings, LitellmSettings, ModelGroup, ProxyConfig, Router, Secret, Testing } from '../src/index.js';
import { checkEnvironment, describeShape, shapeProblem, type Environment } from '../src/preflight/index.js';
import type { ConfigDocument } from '../src/validation/index.js';

const bedrock = (geography: string, region: string) => ({
  model_name: `claude-${geography}`,
  litellm_params: {
    model: `bedrock/${geography}.anthropic.claude-3-7-sonnet-20250219-v1:0`,
    aws_region_name: `os.environ/${region}`,
  },
});

const CONFIG = {
  model_list: [bedrock('eu', 'AWS_REGION_NAME_EU'), bedrock('us', 'AWS_REGION_NAME_US')],
  router_settings: {
    redis_host: 'os.environ/REDIS_HOST',
    redis_port: 'os.environ/REDIS_PORT',
    redis_password: 'os.environ/REDIS_PASSWORD',
  },
  general_settings: { master_key: 'os.environ/LITELLM_MASTER_KEY', database_url: 'os.environ/DATABASE_URL' },
};

const GOOD: Environment = {
  AWS_REGION_NAME_EU: 'eu-central-1',
  AWS_REGION_NAME_US: 'us-east-1',
  REDIS_HOST: 'redis.internal',
  REDIS_PORT: '6379',
  REDIS_PASSWORD: 'hunter2-very-secret',
  LITELLM_MASTER_KEY: 'sk-1234567890',
  DATABASE_URL: 'postgresql://litellm:pw@db.internal:5432/litellm',
};

const check = (env: Environment, content: object = CONFIG, includes: ConfigDocument[] = []) =>
  checkEnvironment({ file: 'config.yaml', content }, { env, includes });

describe('checkEnvironment', () => {
  it('finds nothing when every variable is set and well-formed', () => {
    expect(check(GOOD)).toEqual([]);
  });

  it('names an unset variable and every path that uses it, and what it leaves incomplete', () => {
    const { REDIS_PORT: _, ...env } = GOOD;
    expect(check(env)).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'preflight/unset-variable',
        path: ['router_settings', 'redis_port'],
        message: expect.stringContaining('REDIS_PORT is not set (used by router_settings.redis_port)'),
      }),
      expect.objectContaining({
        severity: 'error',
        id: 'preflight/incomplete-redis',
        path: ['router_settings', 'redis_host'],
      }),
    ]);
    const twice = { model_list: [bedrock('eu', 'REGION'), bedrock('eu', 'REGION')] };
    expect(check({}, twice)[0].message).toContain(
      'REGION is not set (used by model_list[0].litellm_params.aws_region_name, model_list[1].litellm_params.aws_region_name)',
    );
  });

  it('reports a region outside the deployment geography, and a string that is no region', () => {
    const findings = check({ ...GOOD, AWS_REGION_NAME_EU: 'us-east-1', AWS_REGION_NAME_US: 'us-east-9' });
    expect(findings.map((f) => [f.id, f.path.join('.')])).toEqual([
      ['preflight/malformed-variable', 'model_list.0.litellm_params.aws_region_name'],
      ['preflight/malformed-variable', 'model_list.1.litellm_params.aws_region_name'],
    ]);
    expect(findings[0].message).toContain(
      "outside the deployment's geography: a eu. profile needs an AWS region in eu-*",
    );
    expect(findings[1].message).toContain('is not an AWS region code');
  });

  it('reports a port that is not a number and a database URL that is not PostgreSQL', () => {
    const findings = check({ ...GOOD, REDIS_PORT: 'six', DATABASE_URL: 'mysql://db/litellm' });
    expect(findings.map((f) => f.message)).toEqual([
      'REDIS_PORT (used by router_settings.redis_port) is not a port number (1-65535).',
      'DATABASE_URL (used by general_settings.database_url) is not a PostgreSQL URL (postgresql://...): its scheme is mysql.',
    ]);
  });

  it('never prints a value, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6 }).filter((s) => /[A-Za-z]{6}/.test(s)),
        (value) => {
          const env = Object.fromEntries(Object.keys(GOOD).map((name) => [name, value]));
          for (const finding of check(env)) expect(`${finding.message} ${finding.hint}`).not.toContain(value);
        },
      ),
    );
  });

  it('maps findings about included files back to them', () => {
    const include: ConfigDocument = { file: 'models.yaml', content: { model_list: [bedrock('eu', 'REGION_EU')] } };
    const findings = check(GOOD, { ...CONFIG, include: ['models.yaml'] }, [include]);
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'preflight/unset-variable',
        file: 'models.yaml',
        path: ['model_list', 0, 'litellm_params', 'aws_region_name'],
      }),
    ]);
  });

  it('says the proxy stops when the model itself is unset', () => {
    const [finding] = check({}, { model_list: [{ model_name: 'x', litellm_params: { model: 'os.environ/MODEL' } }] });
    expect(finding.message).toContain('a model of null stops the proxy at start-up');
  });

  it('requires a Redis server for cache: true, from cache_params or REDIS_HOST / REDIS_URL', () => {
    const cached = { litellm_settings: { cache: true } };
    expect(check({}, cached)).toEqual([
      expect.objectContaining({ id: 'preflight/cache-without-redis', path: ['litellm_settings', 'cache'] }),
    ]);
    expect(check({ REDIS_URL: 'redis://cache:6379' }, cached)).toEqual([]);
    expect(check({}, { litellm_settings: { cache: true, cache_params: { type: 'local' } } })).toEqual([]);
  });

  it('reports a router redis_host without a port, which leaves the router without Redis', () => {
    const findings = check({ REDIS_HOST: 'redis' }, { router_settings: { redis_host: 'os.environ/REDIS_HOST' } });
    expect(findings).toEqual([expect.objectContaining({ id: 'preflight/incomplete-redis' })]);
  });

  it('checks what callbacks and guardrails read from the environment, unless their params give it', () => {
    const presidio = { litellm_settings: { callbacks: ['presidio'] } };
    expect(check({}, presidio).map((f) => [f.id, f.severity, f.message.match(/PRESIDIO_\w+/)?.[0]])).toEqual([
      ['preflight/integration-variable', 'error', 'PRESIDIO_ANALYZER_API_BASE'],
      ['preflight/integration-variable', 'error', 'PRESIDIO_ANONYMIZER_API_BASE'],
    ]);
    const guardrail = {
      guardrails: [
        {
          guardrail_name: 'pii',
          litellm_params: {
            guardrail: 'presidio',
            mode: 'pre_call',
            presidio_analyzer_api_base: 'http://a',
            presidio_anonymizer_api_base: 'http://b',
          },
        },
      ],
    };
    expect(check({}, guardrail)).toEqual([]);
    expect(check({}, { litellm_settings: { success_callback: ['langfuse'] } }).map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  it('requires a licence for enterprise callbacks', () => {
    const config = { litellm_settings: { callbacks: ['hide_secrets'] } };
    expect(check({}, config)).toEqual([expect.objectContaining({ id: 'preflight/missing-licence' })]);
    expect(check({ LITELLM_LICENSE: 'key' }, config)).toEqual([]);
  });

  it('checks DATABASE_URL and REDIS_URL that LiteLLM reads by itself when they are set', () => {
    expect(check({ DATABASE_URL: 'file:./dev.db' }, {})).toEqual([
      expect.objectContaining({ id: 'preflight/malformed-variable', path: [] }),
    ]);
  });

  it('describes each shape in words for .env.example comments', () => {
    expect(describeShape({ kind: 'aws-region', geography: 'eu' })).toBe('an AWS region in eu-* (e.g. eu-central-1)');
    expect(shapeProblem('6379', { kind: 'port' })).toBeUndefined();
    expect(shapeProblem(' 6379', { kind: 'port' })).toContain('white space');
  });
});

describe('Testing.checkEnvironment', () => {
  it('lets an app assert that its staging .env fits the config', () => {
    const app = Testing.app();
    const prod = new ProxyConfig(app, 'prod');
    new ModelGroup(prod, 'gpt-4o').addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), rpm: 10 },
    });
    new Router(prod, 'router', { redis: { host: Secret.env('REDIS_HOST'), port: Secret.env('REDIS_PORT') } });
    new GeneralSettings(prod, 'general', { master_key: Secret.env('LITELLM_MASTER_KEY') });
    new LitellmSettings(prod, 'settings', { drop_params: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'env-'));
    const envFile = path.join(dir, '.env.staging');
    fs.writeFileSync(envFile, 'OPENAI_API_KEY=sk-abc\nREDIS_HOST=redis\nREDIS_PORT=6379\n# no master key yet\n');

    expect(Testing.checkEnvironment(prod, { envFile }).map((f) => f.message)).toEqual([
      expect.stringContaining('LITELLM_MASTER_KEY is not set (used by general_settings.master_key)'),
    ]);
    expect(Testing.checkEnvironment(prod, { envFile, env: { LITELLM_MASTER_KEY: 'sk-master' } })).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
