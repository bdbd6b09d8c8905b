import { describe, expect, it } from 'vitest';
import { ModelDeployment, ModelGroup, ProxyConfig, Secret, Testing } from '../src/index.js';

function config() {
  return new ProxyConfig(Testing.app(), 'prod');
}

function openai(group: ModelGroup, model: string) {
  return group.addDeployment('openai', {
    litellmParams: { model: `openai/${model}`, api_key: Secret.env('OPENAI_API_KEY') },
  });
}

describe('ModelGroup', () => {
  it('names its deployments after the group', () => {
    const prod = config();
    openai(new ModelGroup(prod, 'fast', { modelName: 'gpt-4o-mini' }), 'gpt-4o-mini');
    expect(Testing.template(prod).deploymentsOf('gpt-4o-mini')).toEqual([
      {
        model_name: 'gpt-4o-mini',
        litellm_params: { model: 'openai/gpt-4o-mini', api_key: 'os.environ/OPENAI_API_KEY' },
      },
    ]);
  });

  it('writes the group mode into model_info of deployments that do not set one', () => {
    const prod = config();
    const group = new ModelGroup(prod, 'embed', { mode: 'embedding' });
    group.addDeployment('a', {
      litellmParams: { model: 'openai/text-embedding-3-small', api_key: Secret.env('OPENAI_API_KEY') },
    });
    expect(Testing.template(prod).deploymentsOf('embed')[0].model_info).toEqual({ mode: 'embedding' });
  });

  it('renders general, context-window and content-policy fallbacks by group name, in order', () => {
    const prod = config();
    const [a, b, c] = ['a', 'b', 'c'].map((name) => new ModelGroup(prod, name));
    for (const g of [a, b, c]) openai(g, 'gpt-4o');
    a.fallbackTo(b, c);
    a.contextWindowFallbackTo(c);
    b.contentPolicyFallbackTo(a);
    const template = Testing.template(prod);
    expect(template.fallbacksOf('a')).toEqual(['b', 'c']);
    expect(template.fallbacksOf('a', 'context_window_fallbacks')).toEqual(['c']);
    expect(template.fallbacksOf('b', 'content_policy_fallbacks')).toEqual(['a']);
    expect(template.fallbacksOf('c')).toEqual([]);
  });

  it('adds each fallback target once even when given twice', () => {
    const prod = config();
    const [a, b] = ['a', 'b'].map((name) => new ModelGroup(prod, name));
    a.fallbackTo(b).fallbackTo(b);
    expect(a.fallbacks).toEqual([b]);
  });

  it('refuses a group name where a group object belongs', () => {
    const a = new ModelGroup(config(), 'a');
    expect(() => a.fallbackTo('b' as unknown as ModelGroup)).toThrow(/takes ModelGroup objects; got "b"/);
  });

  it('renders aliases, hidden ones as a mapping', () => {
    const prod = config();
    const group = new ModelGroup(prod, 'claude');
    openai(group, 'gpt-4o');
    group.addAlias('default').addAlias('internal', { hidden: true });
    expect(Testing.template(prod).setting('router_settings', 'model_group_alias')).toEqual({
      default: 'claude',
      internal: { model: 'claude', hidden: true },
    });
  });

  it('lists its own deployments but not those of a group nested in it', () => {
    const prod = config();
    const outer = new ModelGroup(prod, 'outer');
    openai(outer, 'gpt-4o');
    openai(new ModelGroup(outer, 'inner'), 'gpt-4o-mini');
    expect(outer.deployments.map((d) => d.node.path)).toEqual(['prod/outer/openai']);
    expect(ModelGroup.of(outer.deployments[0])).toBe(outer);
  });

  it('derives facts of a bare deployment from its model string', () => {
    const deployment = openai(new ModelGroup(config(), 'a'), 'gpt-4o');
    expect(deployment.facts).toMatchObject({ modelId: 'gpt-4o' });
    expect(ModelDeployment.isModelDeployment(deployment)).toBe(true);
  });
});

describe('ModelDeployment escape hatches', () => {
  it('overrides and deletes any rendered key', () => {
    const prod = config();
    const deployment = openai(new ModelGroup(prod, 'a'), 'gpt-4o');
    deployment.addOverride('litellm_params.api_base', 'https://proxy.internal/v1');
    deployment.addOverride('model_info.id', 'a-1');
    deployment.addDeletionOverride('litellm_params.api_key');
    expect(Testing.template(prod).deploymentsOf('a')[0]).toEqual({
      model_name: 'a',
      litellm_params: { model: 'openai/gpt-4o', api_base: 'https://proxy.internal/v1' },
      model_info: { id: 'a-1' },
    });
  });

  it('writes a literal dot in an override key when escaped', () => {
    const prod = config();
    const deployment = openai(new ModelGroup(prod, 'a'), 'gpt-4o');
    deployment.addOverride('model_info.tier\\.name', 'gold');
    expect(Testing.template(prod).deploymentsOf('a')[0].model_info).toEqual({ 'tier.name': 'gold' });
  });

  it('changes params through setParam, and removes them with undefined', () => {
    const prod = config();
    const deployment = openai(new ModelGroup(prod, 'a'), 'gpt-4o');
    deployment.setParam('rpm', 10);
    deployment.setParam('api_key', undefined);
    expect(deployment.litellmParams).toEqual({ model: 'openai/gpt-4o', rpm: 10 });
  });
});

describe('ModelGroup validation', () => {
  it('rejects a group without deployments, which LiteLLM would not know', () => {
    const prod = config();
    new ModelGroup(prod, 'empty');
    expect(() => Testing.synth(prod)).toThrow(
      /\[prod\/empty\] core\/construct-validation: Model group 'empty' has no deployments/,
    );
  });
});

describe('duplicate deployments', () => {
  it('fails synth when a group repeats a deployment, which a hand-written file only gets a note for', () => {
    const prod = config();
    const group = new ModelGroup(prod, 'a');
    group.addDeployment('one', { litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') } });
    group.addDeployment('two', { litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') } });
    expect(() => Testing.synth(prod)).toThrow(/\[prod\/a\/two\] core\/duplicate-deployment/);
  });

  it('warns, at the deployment, about a litellm_params key its provider does not read', () => {
    const prod = config();
    const group = new ModelGroup(prod, 'fast', { modelName: 'gpt-4o-mini' });
    group.addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o-mini', api_kye: Secret.env('OPENAI_API_KEY') },
    });
    const finding = Testing.synthApp(prod).report.findings.find((f) => f.id === 'core/unknown-litellm-param');
    expect(finding).toMatchObject({ severity: 'warning', path: 'prod/fast/openai' });
    expect(finding?.message).toContain("Did you mean 'api_key'?");
  });
});
