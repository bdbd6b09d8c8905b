import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type App, GeneralSettings, LitellmSettings, ModelGroup, ProxyConfig, Secret, Testing } from '../src/index.js';

/** Strings YAML 1.1 or 1.2 would read as something else when written plain. */
const TRICKY = [
  'yes',
  'No',
  'off',
  'ON',
  'y',
  'null',
  '~',
  '1e3',
  '0x1F',
  '0o17',
  '017',
  '1_000',
  '1:30',
  '2024-01-01',
  '.inf',
  '-.NaN',
  ' lead',
  'trail ',
  '# hash',
  'a: b',
  'x #y',
  '- dash',
  '[a]',
  '{b}',
  '*star',
  '&amp',
  '!tag',
  '|pipe',
  '>fold',
  "'q'",
  '"dq"',
  '%pct',
  '@at',
  '`tick',
  '=',
  '<<',
  'tab\there',
  'line\nbreak',
  '',
];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string(), fc.string({ unit: 'grapheme' }));
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const extras = fc.dictionary(
  text.filter((k) => k.trim() !== '' && !k.includes('.')),
  scalar,
  { maxKeys: 4 },
);

const groupSpec = fc.record({
  name: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
  deployments: fc.array(
    fc.record({
      apiBase: text,
      rpm: fc.integer({ min: 1, max: 1_000_000 }),
      info: extras,
      tags: fc.array(text, { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

function build(
  groups: {
    name: string;
    deployments: { apiBase: string; rpm: number; info: Record<string, unknown>; tags: string[] }[];
  }[],
  settings: Record<string, unknown>,
): { app: App; config: ProxyConfig } {
  const app = Testing.app();
  const config = new ProxyConfig(app, 'prod');
  const names = new Set<string>();
  groups.forEach((spec, g) => {
    if (names.has(spec.name)) return;
    names.add(spec.name);
    const group = new ModelGroup(config, `g${g}`, { modelName: spec.name });
    spec.deployments.forEach((d, i) => {
      group.addDeployment(`d${i}`, {
        litellmParams: {
          model: `openai/model-${g}-${i}`,
          api_key: Secret.env(`KEY_${g}`),
          api_base: d.apiBase,
          rpm: d.rpm,
          tags: d.tags,
        },
        modelInfo: { ...d.info, id: `${g}-${i}` },
      });
    });
  });
  new LitellmSettings(config, 'litellm', { drop_params: true });
  new GeneralSettings(config, 'general', { master_key: Secret.env('MASTER_KEY'), alerting: Object.keys(settings) });
  return { app, config };
}

function pyyamlAvailable(): boolean {
  try {
    execFileSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('rendering synthesized trees', () => {
  it('gives back exactly the synthesized object when the YAML is parsed, for random trees (property)', () => {
    fc.assert(
      fc.property(fc.array(groupSpec, { minLength: 1, maxLength: 5 }), extras, (groups, settings) => {
        const { config } = build(groups, settings);
        const assembly = Testing.synthApp(config);
        const rendered = assembly.getConfig('prod.yaml');
        expect(parse(rendered.yaml, { version: '1.1' })).toEqual(rendered.document);
        expect(parse(rendered.yaml)).toEqual(rendered.document);
      }),
      { numRuns: 60 },
    );
  });

  it.skipIf(!pyyamlAvailable() && process.env.LITELLM_CDK_REQUIRE_PYYAML !== '1')(
    'is read back by PyYAML, the parser LiteLLM uses, as exactly the synthesized object',
    () => {
      const samples = fc.sample(fc.tuple(fc.array(groupSpec, { minLength: 1, maxLength: 4 }), extras), {
        numRuns: 40,
        seed: 42,
      });
      const configs = samples.map(([groups, settings]) =>
        Testing.synthApp(build(groups, settings).config).getConfig('prod.yaml'),
      );
      const script =
        'import sys, json, yaml\nfor doc in json.load(sys.stdin):\n    print(json.dumps(yaml.safe_load(doc)))';
      const output = execFileSync('python3', ['-c', script], {
        input: JSON.stringify(configs.map((c) => c.yaml)),
        encoding: 'utf8',
      });
      const loaded = output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      // JSON cannot carry -0; compare through JSON on both sides.
      expect(loaded).toEqual(configs.map((c) => JSON.parse(JSON.stringify(c.document))));
    },
  );

  it('writes the same bytes for the same tree built twice', () => {
    const [groups, settings] = fc.sample(fc.tuple(fc.array(groupSpec, { minLength: 1, maxLength: 5 }), extras), {
      numRuns: 1,
      seed: 7,
    })[0];
    const first = Testing.synthYaml(build(groups, settings).config);
    const second = Testing.synthYaml(build(groups, settings).config);
    expect(second).toBe(first);
  });
});
