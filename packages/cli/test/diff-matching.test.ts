import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffConfig, hasDifferences } from '../src/diff/diff-config.js';
import { compactCounts, countDifferences } from '../src/diff/diff-summary.js';
import { diffSummaryLine, renderDiff } from '../src/diff/render-diff.js';
import { colorsFor } from '../src/output/colors.js';
import type { ConfigDiffJson, DiffJson } from '../src/output/json-shapes.js';

const plain = colorsFor({ isTTY: false } as NodeJS.WriteStream);

type Entry = Record<string, unknown>;

const deployment = (group: string, params: Entry = {}, info?: Entry): Entry => ({
  model_name: group,
  litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_API_KEY', ...params },
  ...(info ? { model_info: info } : {}),
});

const counts = (diff: ConfigDiffJson) => [
  diff.deployments.added.length,
  diff.deployments.removed.length,
  diff.deployments.changed.length,
];

describe('matching deployments as a reader would', () => {
  it('shows a real change on a deployment that gained a model_info.id, instead of a removal and an addition', () => {
    const diff = diffConfig(
      'c.yaml',
      { model_list: [deployment('gpt', { rpm: 500 })] },
      { model_list: [deployment('gpt', { rpm: 400 }, { id: 'gpt-eu' })] },
    );
    expect(counts(diff)).toEqual([0, 0, 1]);
    expect(diff.deployments.changed[0].changes).toEqual([
      { key: 'litellm_params.rpm', before: 500, after: 400 },
      { key: 'model_info', after: { id: 'gpt-eu' } },
    ]);
  });

  it('shows a dropped model_info.id as a change too', () => {
    const diff = diffConfig(
      'c.yaml',
      { model_list: [deployment('gpt', {}, { id: 'a', mode: 'chat' })] },
      { model_list: [deployment('gpt', {}, { mode: 'chat' })] },
    );
    expect(diff.deployments.changed.map((d) => d.changedKeys)).toEqual([['model_info.id']]);
  });

  it('pairs deployments whose ids are equal whatever else changed, and keeps two different ids apart', () => {
    const moved = diffConfig(
      'c.yaml',
      { model_list: [deployment('gpt', {}, { id: 'x' })] },
      { model_list: [deployment('gpt', { api_base: 'https://eu' }, { id: 'x' })] },
    );
    expect(counts(moved)).toEqual([0, 0, 1]);
    const renamed = diffConfig(
      'c.yaml',
      { model_list: [deployment('gpt', {}, { id: 'x' })] },
      { model_list: [deployment('gpt', {}, { id: 'y' })] },
    );
    expect(counts(renamed)).toEqual([1, 1, 0]);
  });

  it('keeps deployments behind two api_bases apart, and pairs each with its own', () => {
    const before = [
      deployment('gpt', { api_base: 'https://a', rpm: 1 }),
      deployment('gpt', { api_base: 'https://b', rpm: 1 }),
    ];
    const after = [
      deployment('gpt', { api_base: 'https://b', rpm: 2 }),
      deployment('gpt', { api_base: 'https://a', rpm: 1 }),
    ];
    const diff = diffConfig('c.yaml', { model_list: before }, { model_list: after });
    expect(diff.deployments.changed.map((d) => [d.index, d.changedKeys])).toEqual([[0, ['litellm_params.rpm']]]);
    expect(counts(diff)).toEqual([0, 0, 1]);
  });

  it('does not pair an entry with an id with an entry of another id through the reader identity', () => {
    // Same group, model and key: only the ids tell them apart, and ids win.
    const diff = diffConfig(
      'c.yaml',
      { model_list: [deployment('gpt', {}, { id: 'a' }), deployment('gpt')] },
      { model_list: [deployment('gpt', {}, { id: 'b' })] },
    );
    expect(counts(diff)).toEqual([0, 1, 1]);
    expect(diff.deployments.removed[0].identity).toBe('id:a');
  });
});

describe('every way two configs can differ', () => {
  const base = {
    model_list: [
      deployment('gpt'),
      deployment('flash', { model: 'gemini/gemini-2.5-flash', api_key: 'os.environ/GEMINI_API_KEY' }),
    ],
    router_settings: { num_retries: 2 },
    litellm_settings: { drop_params: true },
  };
  const cases: [string, Entry, (diff: ConfigDiffJson) => void][] = [
    [
      'a group added',
      { ...base, model_list: [...base.model_list, deployment('mini', { model: 'openai/gpt-4o-mini' })] },
      (d) => {
        expect(d.groups.added).toEqual(['mini']);
        expect(counts(d)).toEqual([1, 0, 0]);
      },
    ],
    [
      'a group removed',
      { ...base, model_list: [base.model_list[0]] },
      (d) => {
        expect(d.groups.removed).toEqual(['flash']);
        expect(d.environmentVariables.removed).toEqual(['GEMINI_API_KEY']);
      },
    ],
    [
      'a deployment added to a group',
      { ...base, model_list: [...base.model_list, deployment('gpt', { api_key: 'os.environ/OPENAI_KEY_2' })] },
      (d) => {
        expect([d.groups.added, counts(d), d.environmentVariables.added]).toEqual([[], [1, 0, 0], ['OPENAI_KEY_2']]);
      },
    ],
    [
      'a deployment field changed',
      { ...base, model_list: [deployment('gpt', { timeout: 30 }), base.model_list[1]] },
      (d) => {
        expect(d.deployments.changed[0].changes).toEqual([{ key: 'litellm_params.timeout', after: 30 }]);
      },
    ],
    [
      'a model_info field added',
      { ...base, model_list: [deployment('gpt', {}, { mode: 'chat' }), base.model_list[1]] },
      (d) => {
        expect(d.deployments.changed.map((c) => c.changes)).toEqual([[{ key: 'model_info', after: { mode: 'chat' } }]]);
      },
    ],
    [
      'a deployment moved to another key',
      { ...base, model_list: [deployment('gpt', { api_key: 'os.environ/OTHER' }), base.model_list[1]] },
      (d) => {
        expect([counts(d), d.environmentVariables]).toEqual([
          [1, 1, 0],
          { added: ['OTHER'], removed: ['OPENAI_API_KEY'] },
        ]);
      },
    ],
    [
      'a setting changed',
      { ...base, router_settings: { num_retries: 3 } },
      (d) => {
        expect(d.settings).toEqual([
          { section: 'router_settings', key: 'num_retries', change: 'changed', before: 2, after: 3 },
        ]);
      },
    ],
    [
      'a section added',
      { ...base, general_settings: { master_key: 'os.environ/MASTER_KEY' } },
      (d) => {
        expect(d.settings).toEqual([
          { section: 'general_settings', key: 'master_key', change: 'added', after: 'os.environ/MASTER_KEY' },
        ]);
        expect(d.environmentVariables.added).toEqual(['MASTER_KEY']);
      },
    ],
    [
      'a section removed',
      { model_list: base.model_list, router_settings: base.router_settings },
      (d) => {
        expect(d.settings).toEqual([
          { section: 'litellm_settings', key: 'drop_params', change: 'removed', before: true },
        ]);
      },
    ],
    [
      'the order of model_list changed',
      { ...base, model_list: [...base.model_list].reverse() },
      (d) => expect(hasDifferences(d)).toBe(false),
    ],
  ];
  it.each(cases)('reports %s', (_name, after, check) => {
    const diff = diffConfig('c.yaml', base, after);
    check(diff);
    expect(diff.status).toBe(hasDifferences(diff) ? 'changed' : 'unchanged');
  });
});

describe('diffs of random configs', () => {
  // Deployments with distinct reader identities (one per group and key), so each mutation has one right answer.
  const config = fc
    .uniqueArray(fc.record({ group: fc.constantFrom('a', 'b', 'c', 'd'), key: fc.constantFrom('K1', 'K2', 'K3') }), {
      minLength: 1,
      maxLength: 6,
      selector: (d) => `${d.group}/${d.key}`,
    })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: ids.length, maxLength: ids.length }),
      ),
    )
    .map(([ids, rpms]) =>
      ids.map(({ group, key }, i) => deployment(group, { api_key: `os.environ/${key}`, rpm: rpms[i] })),
    );

  it('reports exactly the one change made to a deployment, wherever it is and whatever the list order', () => {
    fc.assert(
      fc.property(
        config,
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.boolean(),
        (entries, pick, rpm, withId, reverse) => {
          const index = pick % entries.length;
          const old = entries[index] as { litellm_params: Entry };
          fc.pre(old.litellm_params.rpm !== rpm);
          const changed = deployment(
            String(entries[index].model_name),
            { ...old.litellm_params, rpm },
            withId ? { id: 'new-id' } : undefined,
          );
          const after = entries.map((entry, i) => (i === index ? changed : entry));
          const diff = diffConfig('c.yaml', { model_list: entries }, { model_list: reverse ? after.reverse() : after });
          expect(counts(diff)).toEqual([0, 0, 1]);
          expect(diff.deployments.changed[0].changedKeys).toEqual([
            'litellm_params.rpm',
            ...(withId ? ['model_info'] : []),
          ]);
        },
      ),
    );
  });

  it('reports a removed deployment as removed, and the others as untouched', () => {
    fc.assert(
      fc.property(config, fc.nat(), (entries, pick) => {
        const index = pick % entries.length;
        const diff = diffConfig(
          'c.yaml',
          { model_list: entries },
          { model_list: entries.filter((_, i) => i !== index) },
        );
        expect(counts(diff)).toEqual([0, 1, 0]);
        expect(diff.deployments.removed[0].index).toBe(index);
        const backwards = diffConfig(
          'c.yaml',
          { model_list: entries.filter((_, i) => i !== index) },
          { model_list: entries },
        );
        expect(counts(backwards)).toEqual([1, 0, 0]);
      }),
    );
  });
});

describe('the summary of a diff', () => {
  const diff = diffConfig(
    'prod.yaml',
    { model_list: [deployment('gpt', { rpm: 1 }), deployment('old')], router_settings: { num_retries: 2 } },
    {
      model_list: [deployment('gpt', { rpm: 2 }), deployment('new', { api_key: 'os.environ/NEW_KEY' })],
      router_settings: { num_retries: 3 },
    },
  );
  const same = diffConfig('dev.yaml', { model_list: [deployment('gpt')] }, { model_list: [deployment('gpt')] });

  it('counts groups, deployments, settings and variables added, removed and changed', () => {
    expect(compactCounts(countDifferences([diff]))).toBe(
      'groups +1 -1, deployments +1 -1 ~1, settings ~1, variables +1',
    );
  });

  it('closes with one sentence over every config', () => {
    expect(diffSummaryLine([diff, same], plain)).toBe(
      '1 of 2 configs differs: groups 1 added, 1 removed; deployments 1 added, 1 removed, 1 changed; settings 1 changed; environment variables 1 added.',
    );
    expect(diffSummaryLine([same], plain)).toBe('No differences in 1 config.');
  });

  it('puts the counts on the heading of each config, and colours only when asked to', () => {
    const document = {
      version: 1,
      command: 'diff',
      conclusion: 'different',
      against: { kind: 'file', path: 'x' },
      configs: [diff],
      findings: [],
    } as DiffJson;
    expect(renderDiff(document, 'x', plain)[2]).toBe(
      'prod.yaml  changed  (groups +1 -1, deployments +1 -1 ~1, settings ~1, variables +1)',
    );
    const coloured = renderDiff(document, 'x', colorsFor({ isTTY: true } as NodeJS.WriteStream));
    expect(coloured.join('\n')).toMatch(/\u001b\[3[12]m/);
    expect(renderDiff(document, 'x', plain).join('\n')).not.toContain('\u001b[');
  });
});
