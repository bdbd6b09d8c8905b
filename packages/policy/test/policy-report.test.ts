import { ModelGroup, ProxyConfig, Router, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { Acknowledge, DeploymentRateLimits, PolicyPack, policyReportToCsv, RedisForSharedState } from '../src/index.js';
import { policySection, synthReport } from './_helpers.js';

function smallApp() {
  const app = Testing.app();
  const config = new ProxyConfig(app, 'prod');
  const gpt = new ModelGroup(config, 'gpt');
  gpt.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o', rpm: 100 } });
  gpt.addDeployment('b', { litellmParams: { model: 'openai/gpt-4o-mini' } });
  new Router(config, 'Router', { routingStrategy: 'simple-shuffle' });
  Acknowledge.rule(gpt.node.findChild('b'), DeploymentRateLimits.id, 'Shares the quota of deployment a.');
  PolicyPack.of({
    name: 'platform',
    description: 'Limits and shared state.',
    rules: [DeploymentRateLimits, RedisForSharedState],
  }).applyTo(app);
  return app;
}

describe('the policy section of validation-report.json', () => {
  it('lists per pack and per rule the status, subject counts and findings with their acknowledgement', () => {
    expect(policySection(synthReport(smallApp()))).toMatchInlineSnapshot(`
      {
        "packs": [
          {
            "conclusion": "passed",
            "description": "Limits and shared state.",
            "name": "platform",
            "rules": [
              {
                "description": "Every deployment has an rpm or tpm limit.",
                "findings": [
                  {
                    "acknowledged": true,
                    "acknowledgedBy": "prod/gpt/b",
                    "config": "prod.yaml",
                    "hint": "set rpm and/or tpm in litellm_params (the provider quota of that model, account and region).",
                    "id": "best-practices/deployment-rate-limits",
                    "location": "model_list[1]",
                    "message": "Deployment model_list[1] of 'gpt' (openai/gpt-4o-mini) has neither rpm nor tpm.",
                    "path": "prod/gpt/b",
                    "reason": "Shares the quota of deployment a.",
                    "severity": "warning",
                  },
                ],
                "id": "best-practices/deployment-rate-limits",
                "severity": "warning",
                "status": "acknowledged",
                "subjects": {
                  "compliant": 1,
                  "nonCompliant": 1,
                  "notApplicable": 0,
                },
              },
              {
                "description": "Redis is configured when routing or rate limits need state shared across proxy instances.",
                "findings": [],
                "id": "best-practices/redis-for-shared-state",
                "severity": "warning",
                "status": "not-applicable",
                "subjects": {
                  "compliant": 0,
                  "nonCompliant": 0,
                  "notApplicable": 1,
                },
              },
            ],
          },
        ],
      }
    `);
  });

  it('is written into the assembly with the rest of the report', () => {
    const assembly = Testing.synthApp(smallApp());
    const file = assembly.files.find((f) => f.name === 'validation-report.json')!;
    expect(JSON.parse(file.content).sections.policy.packs[0].name).toBe('platform');
  });

  it('converts to CSV, one row per finding and one per rule without findings', () => {
    expect(policyReportToCsv(policySection(synthReport(smallApp())))).toMatchInlineSnapshot(`
      "pack,rule,severity,status,path,config,location,message,acknowledged,reason
      platform,best-practices/deployment-rate-limits,warning,acknowledged,prod/gpt/b,prod.yaml,model_list[1],Deployment model_list[1] of 'gpt' (openai/gpt-4o-mini) has neither rpm nor tpm.,true,Shares the quota of deployment a.
      platform,best-practices/redis-for-shared-state,warning,not-applicable,,,,,,
      "
    `);
  });
});

describe('the CSV report', () => {
  it('is written beside validation-report.json when the pack is applied with csv, and listed in the manifest', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
    PolicyPack.of({ name: 'platform', rules: [DeploymentRateLimits] }).applyTo(app, { csv: true });
    const assembly = Testing.synthApp(app);
    expect(assembly.manifest.reports).toEqual(['policy-report.csv']);
    const csv = assembly.files.find((f) => f.name === 'policy-report.csv')!.content;
    expect(csv).toBe(policyReportToCsv(policySection(assembly.report)));
    expect(csv.split('\n')[1]).toMatch(
      /^platform,best-practices\/deployment-rate-limits,warning,non-compliant,prod\/gpt\/a,/,
    );
  });

  it('is not written unless asked for', () => {
    expect(Testing.synthApp(smallApp()).manifest.reports).toEqual([]);
  });
});
