import { describe, expect, it } from 'vitest';
import { Compliance, definePolicyRule, isPolicyRule, PolicyPack, applyPackToDocument } from '../src/index.js';

const valid = {
  id: 'acme/valid-rule',
  severity: 'warning' as const,
  appliesTo: 'config' as const,
  description: 'A rule.',
  explanation: 'Why, and the fix.',
  check: () => Compliance.compliant,
};

describe('definePolicyRule', () => {
  it('returns a frozen rule recognised by its brand', () => {
    const rule = definePolicyRule(valid);
    expect(isPolicyRule(rule)).toBe(true);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(rule.coreFindingIds).toEqual([]);
  });

  it('rejects ids, severities, descriptions and core ids that do not follow the conventions, naming each problem', () => {
    expect(() => definePolicyRule({ ...valid, id: 'NoNamespace' })).toThrow(/id must look like 'my-pack\/my-rule'/);
    expect(() => definePolicyRule({ ...valid, severity: 'fatal' as never })).toThrow(/severity must be/);
    expect(() => definePolicyRule({ ...valid, description: 'two\nlines' })).toThrow(
      /description must be one non-empty line/,
    );
    expect(() => definePolicyRule({ ...valid, explanation: ' ' })).toThrow(/explanation must say why/);
    expect(() => definePolicyRule({ ...valid, coreFindingIds: ['acme/other'] })).toThrow(
      /coreFindingIds must be ids of core findings/,
    );
  });

  it('refuses a finding under an id the rule does not declare', () => {
    const rule = definePolicyRule({
      ...valid,
      check: () => Compliance.of([{ id: 'core/unknown-key', message: 'borrowed' }]),
    });
    const pack = PolicyPack.of({ name: 'acme', rules: [rule] });
    expect(() => applyPackToDocument(pack, { file: 'config.yaml', content: {} })).toThrow(
      /returned a finding with id 'core\/unknown-key'; list it in coreFindingIds/,
    );
  });

  it('names the rule and the subject when a check throws', () => {
    const rule = definePolicyRule({
      ...valid,
      appliesTo: 'group',
      check: () => {
        throw new Error('boom');
      },
    });
    const content = { model_list: [{ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } }] };
    expect(() =>
      applyPackToDocument(PolicyPack.of({ name: 'acme', rules: [rule] }), { file: 'config.yaml', content }),
    ).toThrow("Policy rule 'acme/valid-rule' failed on model group 'gpt': boom");
  });
});
