import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPackToDocument,
  evaluatePackOnDocument,
  LiteLLMBestPractices,
  PolicyPack,
  DeploymentRateLimits,
  MasterKeyFromSecret,
} from '../src/index.js';

const handWritten = {
  model_list: [{ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_API_KEY' } }],
  general_settings: { master_key: 'sk-1234' },
};

describe('applyPackToDocument', () => {
  it("leaves out findings that core's validateConfig reports, unless asked for them", () => {
    const pack = PolicyPack.of({ name: 'mixed', rules: [DeploymentRateLimits, MasterKeyFromSecret] });
    const document = { file: 'config.yaml', content: handWritten };
    expect(applyPackToDocument(pack, document).map((f) => f.id)).toEqual([DeploymentRateLimits.id]);
    expect(applyPackToDocument(pack, document, { includeCoreFindings: true }).map((f) => [f.id, f.path])).toEqual([
      [DeploymentRateLimits.id, ['model_list', 0]],
      ['core/plaintext-secret', ['general_settings', 'master_key']],
    ]);
  });

  it('gives findings about an included file that file and the path inside it', () => {
    const main = {
      file: 'config.yaml',
      content: {
        include: ['models.yaml'],
        model_list: [{ model_name: 'a', litellm_params: { model: 'openai/gpt-4o', rpm: 5 } }],
      },
    };
    const models = {
      file: 'models.yaml',
      content: { model_list: [{ model_name: 'b', litellm_params: { model: 'openai/gpt-4o-mini' } }] },
    };
    const findings = applyPackToDocument(PolicyPack.of({ name: 'limits', rules: [DeploymentRateLimits] }), main, {
      includes: [models],
    });
    expect(findings.map((f) => [f.file, f.path])).toEqual([['models.yaml', ['model_list', 0]]]);
  });

  it('counts the subjects of each rule', () => {
    const result = evaluatePackOnDocument(PolicyPack.of({ name: 'limits', rules: [DeploymentRateLimits] }), {
      file: 'config.yaml',
      content: {
        model_list: [
          { model_name: 'a', litellm_params: { model: 'openai/gpt-4o', rpm: 5 } },
          { model_name: 'b', litellm_params: { model: 'openai/gpt-4o' } },
        ],
      },
    });
    expect(result.rules[0].subjects).toEqual({ compliant: 1, nonCompliant: 1, notApplicable: 0 });
  });

  it('runs the built-in pack on any document without throwing, reporting only ids the pack knows', () => {
    const known = new Set(LiteLLMBestPractices.rules.flatMap((r) => [r.id, ...r.coreFindingIds]));
    const scalar = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('os.environ/KEY', 'sk-abcdefghijklmnopqrstuvwx', 'openai/gpt-4o'),
    );
    const key = fc.constantFrom(
      'model_list',
      'model_name',
      'litellm_params',
      'model',
      'rpm',
      'router_settings',
      'fallbacks',
      'general_settings',
      'master_key',
      'api_key',
      'x',
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (content) => {
        const findings = applyPackToDocument(
          LiteLLMBestPractices,
          { file: 'config.yaml', content },
          { includeCoreFindings: true },
        );
        return findings.every((f) => known.has(f.id));
      }),
      { numRuns: 200 },
    );
  });
});
