import {
  AspectPriority,
  Aspects,
  ModelDeployment,
  ModelGroup,
  ProxyConfig,
  Router,
  SynthesisError,
  Testing,
} from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { DeploymentRateLimits, LiteLLMBestPractices, PolicyPack, RouterTimeoutAndRetries } from '../src/index.js';
import { policySection, synthReport } from './_helpers.js';

const rpmPack = PolicyPack.of({ name: 'limits', rules: [DeploymentRateLimits] });

/** A mutating aspect like a provider's region expansion: adds an `-eu` copy of each deployment, without limits. */
class AddRegionCopy {
  public visit(node: IConstruct): void {
    if (!ModelDeployment.isModelDeployment(node) || node.node.id.endsWith('-eu')) return;
    const group = ModelGroup.of(node)!;
    if (group.node.tryFindChild(`${node.node.id}-eu`)) return;
    group.addDeployment(`${node.node.id}-eu`, { litellmParams: { model: node.model, aws_region_name: 'eu-west-1' } });
  }
}

describe('PolicyPack', () => {
  it('sees deployments that mutating aspects add, because it runs on the final tree', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    new ModelGroup(config, 'claude').addDeployment('us', {
      litellmParams: { model: 'bedrock/anthropic.claude-3-haiku-20240307-v1:0', rpm: 10 },
    });
    rpmPack.applyTo(app);
    Aspects.of(app).add(new AddRegionCopy(), { priority: AspectPriority.MUTATING });

    const rule = policySection(synthReport(app)).packs[0].rules[0];
    expect(rule.findings.map((f) => f.path)).toEqual(['prod/claude/us-eu']);
    expect(rule.subjects).toEqual({ compliant: 1, nonCompliant: 1, notApplicable: 0 });
  });

  it('checks each subject once when applied to a scope and to one inside it', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
    rpmPack.applyTo(app);
    rpmPack.applyTo(config);

    const rule = policySection(synthReport(app)).packs[0].rules[0];
    expect(rule.subjects).toEqual({ compliant: 0, nonCompliant: 1, notApplicable: 0 });
    expect(rule.findings).toHaveLength(1);
  });

  it('refuses to run before the tree is locked, naming the fix', () => {
    const app = Testing.app();
    new ModelGroup(new ProxyConfig(app, 'prod'), 'gpt').addDeployment('a', {
      litellmParams: { model: 'openai/gpt-4o' },
    });
    Aspects.of(app).add(rpmPack);
    expect(() => Testing.synthApp(app)).toThrow(
      /Policy pack 'limits' ran before the tree was locked.*pack\.applyTo\(scope\)/,
    );
  });

  it('checks only the subjects owned by constructs in the scope it is applied to', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    const checked = new ModelGroup(config, 'checked');
    checked.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
    new ModelGroup(config, 'other').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o-mini' } });
    rpmPack.applyTo(checked);

    const report = synthReport(app);
    expect(report.findings.filter((f) => f.id === DeploymentRateLimits.id).map((f) => f.path)).toEqual([
      'prod/checked/a',
    ]);
  });

  it('annotates config-level findings on the construct that renders the section, else on the config', () => {
    const build = (withRouter: boolean) => {
      const app = Testing.app();
      const config = new ProxyConfig(app, 'prod');
      new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
      if (withRouter) new Router(config, 'Router', { timeout: 30 });
      PolicyPack.of({ name: 'routing', rules: [RouterTimeoutAndRetries] }).applyTo(app);
      return synthReport(app)
        .findings.filter((f) => f.id === RouterTimeoutAndRetries.id)
        .map((f) => [f.path, f.source, f.severity]);
    };
    expect(build(true)).toEqual([['prod/Router/Resource', 'best-practices', 'warning']]);
    expect(build(false)).toEqual([
      ['prod', 'best-practices', 'warning'],
      ['prod', 'best-practices', 'warning'],
    ]);
  });

  it('fails strict synth on an unacknowledged policy warning and passes without strict mode', () => {
    const build = () => {
      const app = Testing.app();
      new ModelGroup(new ProxyConfig(app, 'prod'), 'gpt').addDeployment('a', {
        litellmParams: { model: 'openai/gpt-4o' },
      });
      rpmPack.applyTo(app);
      return app;
    };
    expect(Testing.synthApp(build()).report.conclusion).toBe('passed');
    const strict = (() => {
      try {
        Testing.synthApp(build(), { strict: true });
      } catch (error) {
        return error;
      }
    })();
    expect(strict).toBeInstanceOf(SynthesisError);
    expect((strict as SynthesisError).blocking.map((f) => [f.id, f.path])).toEqual([
      [DeploymentRateLimits.id, 'prod/gpt/a'],
    ]);
  });

  it('concludes failed when a warning is unacknowledged and passed when nothing is', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
    rpmPack.applyTo(app);
    PolicyPack.of({ name: 'empty-handed', rules: [RouterTimeoutAndRetries] }).applyTo(new ProxyConfig(app, 'empty'));

    const packs = policySection(synthReport(app)).packs;
    expect(packs.map((p) => [p.name, p.conclusion, p.rules[0].status])).toEqual([
      ['limits', 'failed', 'non-compliant'],
      ['empty-handed', 'passed', 'not-applicable'],
    ]);
  });

  it('rejects an invalid name, a repeated rule and something that is not a rule', () => {
    expect(() => PolicyPack.of({ name: 'Acme Rules', rules: [] })).toThrow(/must be kebab-case/);
    expect(() => PolicyPack.of({ name: 'twice', rules: [DeploymentRateLimits, DeploymentRateLimits] })).toThrow(
      /lists rule 'best-practices\/deployment-rate-limits' twice/,
    );
    expect(() => PolicyPack.of({ name: 'fake', rules: [{ id: 'x/y' } as never] })).toThrow(/not a rule/);
  });

  it('builds a pack without some rules, refusing ids it does not have', () => {
    const trimmed = LiteLLMBestPractices.without(DeploymentRateLimits.id);
    expect(trimmed.name).toBe('best-practices');
    expect(trimmed.rules).toHaveLength(LiteLLMBestPractices.rules.length - 1);
    expect(trimmed.rule(DeploymentRateLimits.id)).toBeUndefined();
    expect(() => LiteLLMBestPractices.without('best-practices/nope')).toThrow(/has no rule 'best-practices\/nope'/);
  });

  it('holds at least 15 built-in rules, each with a kebab id in its namespace and a one-line description', () => {
    expect(LiteLLMBestPractices.rules.length).toBeGreaterThanOrEqual(15);
    for (const rule of LiteLLMBestPractices.rules) {
      expect(rule.id).toMatch(/^best-practices\/[a-z0-9-]+$/);
      expect(rule.description).not.toContain('\n');
      expect(rule.explanation).toMatch(/Fix:/);
    }
  });
});
