import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffConfig, hasDifferences } from '../src/diff/diff-config.js';
import { deploymentIdentity } from '../src/diff/deployment-identity.js';
import { renderDiff } from '../src/diff/render-diff.js';
import { colorsFor } from '../src/output/colors.js';
import type { DiffJson } from '../src/output/json-shapes.js';

const plainColors = colorsFor({ isTTY: false } as NodeJS.WriteStream);

const claude = (params: Record<string, unknown> = {}, info?: Record<string, unknown>) => ({
  model_name: 'claude',
  litellm_params: {
    model: 'bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    aws_region_name: 'eu-central-1',
    aws_access_key_id: 'os.environ/AWS_ACCESS_KEY_ID',
    ...params,
  },
  ...(info ? { model_info: info } : {}),
});

describe('diffConfig', () => {
  it('names each deployment with its model_list index, so two entries of one identity stay apart', () => {
    const diff = diffConfig(
      'prod.yaml',
      { model_list: [claude(), claude(), claude()] },
      { model_list: [claude({ rpm: 1 })] },
    );
    expect(diff.deployments.changed.map((d) => d.index)).toEqual([0]);
    expect(diff.deployments.removed.map((d) => d.index)).toEqual([1, 2]);
    const lines = renderDiff(
      {
        version: 1,
        command: 'diff',
        conclusion: 'different',
        against: { kind: 'file', path: 'x' },
        configs: [diff],
      } as unknown as DiffJson,
      'x',
      plainColors,
    );
    expect(lines.filter((line) => line.includes('claude'))).toEqual([
      '    - [1] claude  bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0 (eu-central-1)  [AWS_ACCESS_KEY_ID]',
      '    - [2] claude  bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0 (eu-central-1)  [AWS_ACCESS_KEY_ID]',
      '    ~ [0] claude  bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0 (eu-central-1)  [AWS_ACCESS_KEY_ID]',
    ]);
  });

  it('reports a deployment whose limits changed as changed, with the changed keys and values', () => {
    const diff = diffConfig(
      'prod.yaml',
      { model_list: [claude({ rpm: 100 })] },
      { model_list: [claude({ rpm: 200, tpm: 5000 })] },
    );
    expect(diff.status).toBe('changed');
    expect(diff.deployments.changed).toEqual([
      expect.objectContaining({
        modelName: 'claude',
        region: 'eu-central-1',
        changedKeys: ['litellm_params.rpm', 'litellm_params.tpm'],
        changes: [
          { key: 'litellm_params.rpm', before: 100, after: 200 },
          { key: 'litellm_params.tpm', after: 5000 },
        ],
      }),
    ]);
    expect(diff.deployments.added).toEqual([]);
  });

  it('names nested keys down to the leaf and compares lists whole', () => {
    const before = claude({ thinking: { type: 'enabled', budget_tokens: 1024 }, tags: ['a'] });
    const after = claude({ thinking: { type: 'enabled', budget_tokens: 4096 }, tags: ['a', 'b'] });
    expect(
      diffConfig('c.yaml', { model_list: [before] }, { model_list: [after] }).deployments.changed[0].changedKeys,
    ).toEqual(['litellm_params.thinking.budget_tokens', 'litellm_params.tags']);
  });

  it('treats a deployment moved to another region or credential as one removed and one added', () => {
    const moved = diffConfig(
      'c.yaml',
      { model_list: [claude()] },
      { model_list: [claude({ aws_region_name: 'eu-west-1' })] },
    );
    expect([
      moved.deployments.added.length,
      moved.deployments.removed.length,
      moved.deployments.changed.length,
    ]).toEqual([1, 1, 0]);
    const rekeyed = diffConfig(
      'c.yaml',
      { model_list: [claude()] },
      { model_list: [claude({ aws_access_key_id: 'os.environ/OTHER_KEY' })] },
    );
    expect([rekeyed.deployments.added.length, rekeyed.deployments.removed.length]).toEqual([1, 1]);
    expect(rekeyed.environmentVariables).toEqual({ added: ['OTHER_KEY'], removed: ['AWS_ACCESS_KEY_ID'] });
  });

  it('matches deployments by model_info.id when they have one, whatever else changed', () => {
    const diff = diffConfig(
      'c.yaml',
      { model_list: [claude({}, { id: 'claude-eu' })] },
      { model_list: [claude({ aws_region_name: 'eu-west-1' }, { id: 'claude-eu' })] },
    );
    expect(diff.deployments.changed.map((d) => [d.identity, d.changedKeys])).toEqual([
      ['id:claude-eu', ['litellm_params.aws_region_name']],
    ]);
  });

  it('pairs identical deployments one to one, so a duplicate added is one added deployment', () => {
    const diff = diffConfig('c.yaml', { model_list: [claude()] }, { model_list: [claude(), claude()] });
    expect([diff.deployments.added.length, diff.deployments.changed.length, diff.groups.added.length]).toEqual([
      1, 0, 0,
    ]);
  });

  it('ignores the order of model_list and of mapping keys', () => {
    const gemini = {
      model_name: 'flash',
      litellm_params: { api_key: 'os.environ/K', model: 'gemini/gemini-2.5-flash' },
    };
    const reordered = {
      model_name: 'flash',
      litellm_params: { model: 'gemini/gemini-2.5-flash', api_key: 'os.environ/K' },
    };
    const diff = diffConfig('c.yaml', { model_list: [claude(), gemini] }, { model_list: [reordered, claude()] });
    expect(diff.status).toBe('unchanged');
    expect(hasDifferences(diff)).toBe(false);
  });

  it('reports settings per section key, and sections that are not mappings as a whole', () => {
    const diff = diffConfig(
      'c.yaml',
      { router_settings: { num_retries: 2, timeout: 30 }, include: ['a.yaml'] },
      { router_settings: { num_retries: 3, routing_strategy: 'least-busy' }, include: ['a.yaml', 'b.yaml'] },
    );
    expect(diff.settings).toEqual([
      { section: 'router_settings', key: 'num_retries', change: 'changed', before: 2, after: 3 },
      { section: 'router_settings', key: 'timeout', change: 'removed', before: 30 },
      { section: 'router_settings', key: 'routing_strategy', change: 'added', after: 'least-busy' },
      { section: 'include', key: null, change: 'changed', before: ['a.yaml'], after: ['a.yaml', 'b.yaml'] },
    ]);
  });

  it('never prints a plain-text credential: secret-like keys and credential sections are masked, references are not', () => {
    const diff = diffConfig(
      'c.yaml',
      {
        general_settings: { master_key: 'sk-old', database_url: 'os.environ/DATABASE_URL' },
        environment_variables: { SLACK: 'xoxb-1' },
      },
      {
        general_settings: { master_key: 'sk-new', database_url: 'postgres://u:p@h/db' },
        environment_variables: { SLACK: 'xoxb-2' },
        credential_list: [{ credential_name: 'azure', credential_values: { api_key: 'abc' } }],
      },
    );
    const printed = JSON.stringify(diff);
    for (const secret of ['sk-old', 'sk-new', 'postgres://', 'xoxb-', 'abc']) expect(printed).not.toContain(secret);
    expect(diff.settings[1]).toEqual({
      section: 'general_settings',
      key: 'database_url',
      change: 'changed',
      before: 'os.environ/DATABASE_URL',
      after: '***',
    });
  });

  it('marks a file that exists on one side only as added or removed, everything in it added or removed', () => {
    const doc = { model_list: [claude()], router_settings: { num_retries: 2 } };
    const added = diffConfig('new.yaml', undefined, doc);
    expect([
      added.status,
      added.groups.added,
      added.deployments.added.length,
      added.environmentVariables.added,
    ]).toEqual(['added', ['claude'], 1, ['AWS_ACCESS_KEY_ID']]);
    expect(diffConfig('old.yaml', doc, undefined).status).toBe('removed');
  });

  it('finds nothing between a config and itself, and mirrors added and removed when the sides swap', () => {
    const entry = fc.record({
      model_name: fc.constantFrom('a', 'b', 'c'),
      litellm_params: fc.record({
        model: fc.constantFrom('openai/gpt-4o', 'gemini/gemini-2.5-flash'),
        rpm: fc.integer({ min: 1, max: 3 }),
        api_key: fc.constantFrom('os.environ/K1', 'os.environ/K2'),
      }),
    });
    const config = fc.record({
      model_list: fc.array(entry, { maxLength: 5 }),
      router_settings: fc.record({ num_retries: fc.integer({ min: 0, max: 3 }) }),
    });
    fc.assert(
      fc.property(config, config, (a, b) => {
        expect(hasDifferences(diffConfig('c.yaml', a, a))).toBe(false);
        const forward = diffConfig('c.yaml', a, b);
        const backward = diffConfig('c.yaml', b, a);
        expect(forward.groups).toEqual({ added: backward.groups.removed, removed: backward.groups.added });
        expect(forward.deployments.added.length).toBe(backward.deployments.removed.length);
        expect(forward.deployments.changed.length).toBe(backward.deployments.changed.length);
      }),
    );
  });
});

describe('deploymentIdentity', () => {
  it('is model name, model, region, api_base and credential references, or the model_info.id', () => {
    expect(deploymentIdentity(claude({ rpm: 5, api_base: 'https://x' }))).toBe(
      'claude | bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0 | eu-central-1 | api_base=https://x | aws_access_key_id=os.environ/AWS_ACCESS_KEY_ID',
    );
    expect(
      deploymentIdentity({ model_name: 'm', litellm_params: { model: 'gpt-4o', litellm_credential_name: 'azure' } }),
    ).toBe('m | gpt-4o | - | litellm_credential_name=azure');
    expect(deploymentIdentity(claude({}, { id: 7 }))).toBe('id:7');
  });
});
