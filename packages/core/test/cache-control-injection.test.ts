import { Construct, type IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  Annotations,
  AspectPriority,
  Aspects,
  CACHE_CONTROL_SKIPPED,
  CacheControlInjection,
  ModelDeployment,
  ModelGroup,
  ProxyConfig,
  Secret,
  Testing,
  type CacheControlInjectionPoint,
} from '../src/index.js';

const CLAUDE = 'anthropic/claude-3-7-sonnet-20250219';
const SYSTEM_POINT = { location: 'message', role: 'system' } as const;

function fixture() {
  const config = new ProxyConfig(Testing.app(), 'prod');
  const group = (id: string, model: string, modelInfo?: Record<string, unknown>) => {
    const created = new ModelGroup(config, id);
    created.addDeployment('a', {
      litellmParams: { model, api_key: Secret.env('API_KEY') },
      ...(modelInfo ? { modelInfo } : {}),
    });
    return created;
  };
  const inject = (scope: IConstruct, aspect: CacheControlInjection) =>
    Aspects.of(scope).add(aspect, { priority: AspectPriority.MUTATING });
  return { config, group, inject };
}

function pointsOf(config: ProxyConfig, group: string): unknown {
  return Testing.template(config).deploymentsOf(group)[0].litellm_params.cache_control_injection_points;
}

function skipInfos(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((c) =>
    Annotations.of(c)
      .all.filter((a) => a.id === CACHE_CONTROL_SKIPPED)
      .map((a) => `[${c.node.path}] ${a.message}`),
  );
}

describe('CacheControlInjection', () => {
  it('adds the points to every deployment below the scope whose model caches prompts', () => {
    const { config, group, inject } = fixture();
    group('claude', CLAUDE);
    group('gpt', 'gpt-4o');
    inject(config, CacheControlInjection.forRoles(['system', 'user'], { ttl: '5m' }));
    const expected = [
      { location: 'message', role: 'system', control: { type: 'ephemeral', ttl: '5m' } },
      { location: 'message', role: 'user', control: { type: 'ephemeral', ttl: '5m' } },
    ];
    expect(pointsOf(config, 'claude')).toEqual(expected);
    expect(pointsOf(config, 'gpt')).toEqual(expected);
  });

  it('injects index points, without control when no ttl is given', () => {
    const { config, group, inject } = fixture();
    group('claude', CLAUDE);
    inject(config, CacheControlInjection.forIndexes([0, -1]));
    expect(pointsOf(config, 'claude')).toEqual([
      { location: 'message', index: 0 },
      { location: 'message', index: -1 },
    ]);
  });

  it('leaves deployments outside the scope alone', () => {
    const { config, group, inject } = fixture();
    const inside = group('claude', CLAUDE);
    group('other', CLAUDE);
    inject(inside, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'claude')).toEqual([SYSTEM_POINT]);
    expect(pointsOf(config, 'other')).toBeUndefined();
  });

  it('skips embedding models and models that do not cache prompts, with an info finding', () => {
    const { config, group, inject } = fixture();
    group('embed', 'text-embedding-3-small');
    group('llama', 'bedrock/meta.llama3-70b-instruct-v1:0');
    inject(config, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'embed')).toBeUndefined();
    expect(pointsOf(config, 'llama')).toBeUndefined();
    expect(skipInfos(config)).toEqual([
      '[prod/embed/a] Cache control injection skipped: text-embedding-3-small is an embedding model.',
      "[prod/llama/a] Cache control injection skipped: bedrock/meta.llama3-70b-instruct-v1:0 does not cache prompts (catalog entry 'meta.llama3-70b-instruct-v1:0', LiteLLM model map v1.81.13).",
    ]);
    const report = Testing.synthApp(config).report;
    expect(report.findings.filter((f) => f.id === CACHE_CONTROL_SKIPPED).map((f) => f.severity)).toEqual([
      'info',
      'info',
    ]);
  });

  it('skips a model the catalog does not list, saying so, unless model_info says it caches prompts', () => {
    const { config, group, inject } = fixture();
    group('unknown', 'anthropic/claude-opus-9');
    group('declared', 'anthropic/claude-opus-9', { supports_prompt_caching: true });
    inject(config, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'unknown')).toBeUndefined();
    expect(pointsOf(config, 'declared')).toEqual([SYSTEM_POINT]);
    expect(skipInfos(config)).toEqual([
      '[prod/unknown/a] Cache control injection skipped: anthropic/claude-opus-9 is not in the model catalog (LiteLLM model map ' +
        'v1.81.13), so its prompt caching support is unknown; set model_info.supports_prompt_caching: true if it caches prompts.',
    ]);
  });

  it('looks a model up through model_info.base_model, as for an application inference profile ARN', () => {
    const { config, group, inject } = fixture();
    const arn = 'bedrock/converse/arn:aws:bedrock:eu-central-1:123456789012:application-inference-profile/abc123';
    group('claude-aip', arn, { base_model: 'anthropic.claude-3-7-sonnet-20250219-v1:0' });
    group('llama-aip', arn, { base_model: 'meta.llama3-70b-instruct-v1:0' });
    inject(config, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'claude-aip')).toEqual([SYSTEM_POINT]);
    expect(pointsOf(config, 'llama-aip')).toBeUndefined();
    expect(skipInfos(config)).toEqual([
      `[prod/llama-aip/a] Cache control injection skipped: ${arn} does not cache prompts (catalog entry ` +
        "'meta.llama3-70b-instruct-v1:0', LiteLLM model map v1.81.13).",
    ]);
  });

  it('lets a group opt out, with the reason in an info finding on the group', () => {
    const { config, group, inject } = fixture();
    const batch = group('batch', CLAUDE);
    group('chat', CLAUDE);
    CacheControlInjection.optOut(batch, 'every prompt is unique');
    inject(config, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'batch')).toBeUndefined();
    expect(pointsOf(config, 'chat')).toEqual([SYSTEM_POINT]);
    expect(CacheControlInjection.optOutOf(batch.deployments[0])).toEqual({
      scope: batch,
      reason: 'every prompt is unique',
    });
    expect(skipInfos(config)).toEqual([
      '[prod/batch] Cache control injection skipped: opted out: every prompt is unique.',
    ]);
  });

  it('lets the injection nearest to a deployment win over one added higher up', () => {
    const { config, group, inject } = fixture();
    const special = group('special', CLAUDE);
    group('plain', CLAUDE);
    inject(config, CacheControlInjection.forRoles(['system']));
    inject(special, CacheControlInjection.forIndexes([-1], { ttl: '1h' }));
    expect(pointsOf(config, 'plain')).toEqual([SYSTEM_POINT]);
    expect(pointsOf(config, 'special')).toEqual([
      { location: 'message', index: -1, control: { type: 'ephemeral', ttl: '1h' } },
    ]);
  });

  it('lets an injection below an opted-out scope inject again', () => {
    const { config, group, inject } = fixture();
    const claude = group('claude', CLAUDE);
    CacheControlInjection.optOut(config);
    inject(config, CacheControlInjection.forRoles(['system']));
    inject(claude, CacheControlInjection.forRoles(['user']));
    expect(pointsOf(config, 'claude')).toEqual([{ location: 'message', role: 'user' }]);
  });

  it('keeps the points a deployment already has', () => {
    const { config, inject } = fixture();
    const own: CacheControlInjectionPoint[] = [{ location: 'message', index: 2 }];
    new ModelGroup(config, 'claude').addDeployment('a', {
      litellmParams: { model: CLAUDE, api_key: Secret.env('API_KEY'), cache_control_injection_points: own },
    });
    inject(config, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'claude')).toEqual(own);
  });

  it('reaches deployments that another mutating aspect adds during synth', () => {
    const { config, inject } = fixture();
    const late = new ModelGroup(config, 'late');
    Aspects.of(config).add(
      {
        visit: (node: IConstruct) =>
          void (
            node === late &&
            late.addDeployment('added', { litellmParams: { model: CLAUDE, api_key: Secret.env('API_KEY') } })
          ),
      },
      { priority: AspectPriority.MUTATING },
    );
    inject(config, CacheControlInjection.forRoles(['system']));
    expect(pointsOf(config, 'late')).toEqual([SYSTEM_POINT]);
  });

  it('rejects points LiteLLM cannot use', () => {
    expect(() => new CacheControlInjection({ points: [] })).toThrow('at least one injection point');
    expect(() => new CacheControlInjection({ points: [{ location: 'message' }] })).toThrow(
      'point 1: a message point needs a role or an index',
    );
    expect(() => CacheControlInjection.forIndexes([1.5])).toThrow('index must be a whole number');
    expect(() => CacheControlInjection.forRoles(['system'], { ttl: '10m' as never })).toThrow(
      "ttl must be '5m' or '1h'",
    );
    expect(() => CacheControlInjection.forRoles(['tool' as never])).toThrow(
      "role must be 'system', 'user' or 'assistant'",
    );
  });

  it('is recognised by its brand and ignores constructs that are not deployments', () => {
    const aspect = CacheControlInjection.forRoles(['system']);
    expect(CacheControlInjection.isCacheControlInjection(aspect)).toBe(true);
    expect(CacheControlInjection.isCacheControlInjection({ points: [] })).toBe(false);
    const config = new ProxyConfig(Testing.app(), 'prod');
    expect(() => aspect.visit(new Construct(config, 'plain'))).not.toThrow();
    expect(ModelDeployment.all(config)).toEqual([]);
  });
});
