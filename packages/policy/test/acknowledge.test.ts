import { Annotations, ModelGroup, GeneralSettings, ProxyConfig, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import {
  Acknowledge,
  DeploymentRateLimits,
  LiteLLMBestPractices,
  MasterKeyFromSecret,
  PolicyPack,
  policyReportToCsv,
} from '../src/index.js';
import { policySection, synthReport } from './_helpers.js';

const rpmPack = PolicyPack.of({ name: 'limits', rules: [DeploymentRateLimits] });

function twoGroups() {
  const app = Testing.app();
  const config = new ProxyConfig(app, 'prod');
  const batch = new ModelGroup(config, 'batch');
  batch.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
  const chat = new ModelGroup(config, 'chat');
  chat.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o-mini' } });
  rpmPack.applyTo(app);
  return { app, config, batch, chat };
}

describe('Acknowledge', () => {
  it('rejects a reason shorter than 10 characters', () => {
    const { batch } = twoGroups();
    expect(() => Acknowledge.rule(batch, DeploymentRateLimits.id, 'ok')).toThrow(
      /needs a reason of at least 10 characters \(got "ok"\)/,
    );
    expect(() => Acknowledge.rule(batch, DeploymentRateLimits.id, '   short   ')).toThrow(/at least 10 characters/);
    expect(() => rpmPack.acknowledge(batch, DeploymentRateLimits.id, 'n/a')).toThrow(/at least 10 characters/);
  });

  it('shows an acknowledged finding as acknowledged, with its reason, in the report and the policy section', () => {
    const { app, batch } = twoGroups();
    Acknowledge.rule(batch, DeploymentRateLimits.id, 'Batch traffic is throttled by the queue in front of the proxy.');

    const report = synthReport(app);
    const [finding] = policySection(report).packs[0].rules[0].findings.filter((f) => f.path === 'prod/batch/a');
    expect(finding).toMatchObject({
      acknowledged: true,
      reason: 'Batch traffic is throttled by the queue in front of the proxy.',
      acknowledgedBy: 'prod/batch',
    });
    expect(report.findings.find((f) => f.path === 'prod/batch/a')?.acknowledged?.reason).toBe(
      'Batch traffic is throttled by the queue in front of the proxy.',
    );
  });

  it('never hides a finding outside the subtree it was recorded on', () => {
    const { app, batch } = twoGroups();
    rpmPack.acknowledge(
      batch,
      DeploymentRateLimits.id,
      'Batch traffic is throttled by the queue in front of the proxy.',
    );

    const rule = policySection(synthReport(app)).packs[0].rules[0];
    expect(rule.findings.map((f) => [f.path, f.acknowledged])).toEqual([
      ['prod/batch/a', true],
      ['prod/chat/a', false],
    ]);
    expect(rule.status).toBe('non-compliant');
  });

  it('turns the rule acknowledged, and the pack passed, when every finding is acknowledged', () => {
    const { app, config } = twoGroups();
    Acknowledge.rule(config, DeploymentRateLimits.id, 'Limits are enforced by the upstream gateway for every group.');
    const pack = policySection(synthReport(app)).packs[0];
    expect([pack.conclusion, pack.rules[0].status]).toEqual(['passed', 'acknowledged']);
  });

  it('reports an acknowledgement that matches nothing as a stale warning', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o', rpm: 100 } });
    rpmPack.applyTo(app);
    Acknowledge.rule(config, DeploymentRateLimits.id, 'Left over from when gpt had no limits.');

    const stale = synthReport(app).findings.filter((f) => f.id === 'core/unused-acknowledgement');
    expect(stale).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'prod',
        message: expect.stringContaining(DeploymentRateLimits.id),
      }),
    ]);
  });

  it('lets a pack acknowledge only ids it knows, including the core ids its rules report', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    const general = new GeneralSettings(config, 'General', { master_key: 'sk-local-dev' });
    LiteLLMBestPractices.applyTo(app);
    expect(() =>
      LiteLLMBestPractices.acknowledge(general, 'best-practices/no-such-rule', 'A reason long enough.'),
    ).toThrow(/has no rule or finding/);
    LiteLLMBestPractices.acknowledge(
      general,
      'core/plaintext-secret',
      'Local development proxy; the key opens nothing.',
    );

    const rule = policySection(synthReport(app)).packs[0].rules.find((r) => r.id === MasterKeyFromSecret.id)!;
    expect(rule.findings).toEqual([
      expect.objectContaining({
        id: 'core/plaintext-secret',
        acknowledged: true,
        reason: 'Local development proxy; the key opens nothing.',
      }),
    ]);
    expect(rule.status).toBe('acknowledged');
  });
});

describe("core's acknowledge() with a reason shorter than 10 characters", () => {
  function acknowledgedWithOk() {
    const { app, config } = twoGroups();
    Annotations.of(config).acknowledge(DeploymentRateLimits.id, 'ok');
    return { app, report: synthReport(app) };
  }

  it('does not acknowledge a policy finding, and says why in the finding', () => {
    const { report } = acknowledgedWithOk();
    const pack = policySection(report).packs[0];
    expect(pack.rules[0].findings.map((f) => [f.path, f.acknowledged, f.notAcknowledgedBecause])).toEqual([
      ['prod/batch/a', false, 'acknowledgement reason shorter than 10 characters ("ok" on prod)'],
      ['prod/chat/a', false, 'acknowledgement reason shorter than 10 characters ("ok" on prod)'],
    ]);
    expect(pack.rules[0].findings[0]).not.toHaveProperty('reason');
    expect([pack.conclusion, pack.rules[0].status]).toEqual(['failed', 'non-compliant']);
  });

  it('is an error on the acknowledging construct, so synth fails', () => {
    const { report } = acknowledgedWithOk();
    expect(report.findings.filter((f) => f.id === 'policy/short-acknowledgement-reason')).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'prod',
        message: expect.stringMatching(
          /acknowledgement of 'best-practices\/deployment-rate-limits' gives the reason "ok"/,
        ),
      }),
    ]);
    expect(report.conclusion).toBe('failed');
  });

  it('writes why in the reason column of the CSV', () => {
    const { report } = acknowledgedWithOk();
    expect(policyReportToCsv(policySection(report))).toContain(
      'false,"acknowledgement reason shorter than 10 characters (""ok"" on prod)"',
    );
  });

  it('still accepts a reason of 10 characters or more given through core', () => {
    const { app, config } = twoGroups();
    Annotations.of(config).acknowledge(DeploymentRateLimits.id, 'Throttled upstream.');
    const report = synthReport(app);
    expect(policySection(report).packs[0].conclusion).toBe('passed');
    expect(report.findings.some((f) => f.id === 'policy/short-acknowledgement-reason')).toBe(false);
  });

  it('leaves a short acknowledgement of an id no pack knows to core', () => {
    const { app, config } = twoGroups();
    Annotations.of(config).acknowledge('core/unknown-key', 'ok');
    expect(synthReport(app).findings.some((f) => f.id === 'policy/short-acknowledgement-reason')).toBe(false);
  });
});
