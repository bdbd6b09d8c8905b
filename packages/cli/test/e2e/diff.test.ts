import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffJson } from '../../src/output/json-shapes.js';
import { FIXTURES } from '../_import-workspace.js';
import { createProject, removeTemporaryDirectories, runCli, snapshotDirectory } from './_harness.js';

describe('litellm-cdk diff', { timeout: 60_000 }, () => {
  let project: string;
  let output: Record<string, string>;

  beforeAll(() => {
    project = createProject({ app: 'valid-app' });
    expect(runCli(['synth'], project).status).toBe(0);
    output = snapshotDirectory(path.join(project, 'litellm.out'));
  });
  afterAll(removeTemporaryDirectories);

  it('reports no differences between an unchanged app and its output, exiting 0 even with --fail', () => {
    const run = runCli(['diff', '--fail'], project);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "Comparing a fresh synth with litellm.out

      prod.yaml  unchanged

      dev.yaml  unchanged

      No differences in 2 configs.
      "
    `);
  });

  it('reports groups, deployments with changed keys, settings and environment variables, never touching the output', () => {
    const run = runCli(['diff', '--context', 'variant=b'], project);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "Comparing a fresh synth with litellm.out

      prod.yaml  changed  (groups +1 -1, deployments +1 -1 ~1, settings ~1, variables +1 -1)
        Groups
          + haiku
          - legacy
        Deployments
          + [2] haiku   bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0 (us-east-1)  [HAIKU_KEY]
          - [2] legacy  gpt-4o  [OPENAI_API_KEY]
          ~ [0] claude  bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0 (eu-central-1)  [AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY]
              litellm_params.rpm: 100 → 200
        Settings
          ~ router_settings.num_retries: 2 → 3
        Environment variables
          + HAIKU_KEY
          - OPENAI_API_KEY

      dev.yaml  unchanged

      1 of 2 configs differs: groups 1 added, 1 removed; deployments 1 added, 1 removed, 1 changed; settings 1 changed; environment variables 1 added, 1 removed.
      "
    `);
    expect(snapshotDirectory(path.join(project, 'litellm.out'))).toEqual(output);
  });

  it('exits 1 under --fail when anything differs, and prints one JSON object under --json', () => {
    const run = runCli(['diff', '--context', 'variant=b', '--fail', '--json', '--config', 'prod'], project);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as DiffJson;
    expect(result).toMatchObject({
      version: 1,
      command: 'diff',
      conclusion: 'different',
      against: { kind: 'assembly', path: path.join(project, 'litellm.out') },
    });
    expect(result.configs.map((c) => c.file)).toEqual(['prod.yaml']);
    const [prod] = result.configs;
    expect(prod.groups).toEqual({ added: ['haiku'], removed: ['legacy'] });
    expect(prod.deployments.changed).toEqual([
      expect.objectContaining({
        modelName: 'claude',
        changedKeys: ['litellm_params.rpm'],
        changes: [{ key: 'litellm_params.rpm', before: 100, after: 200 }],
      }),
    ]);
    expect(prod.settings).toEqual([
      { section: 'router_settings', key: 'num_retries', change: 'changed', before: 2, after: 3 },
    ]);
    expect(prod.environmentVariables).toEqual({ added: ['HAIKU_KEY'], removed: ['OPENAI_API_KEY'] });
  });

  it('compares with a hand-written config file, its includes merged in, masking plain-text secrets', () => {
    fs.writeFileSync(
      path.join(project, 'prod.yaml'),
      [
        'include: [models.yaml]',
        'model_list:',
        '  - model_name: claude',
        '    litellm_params:',
        '      model: bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
        '      aws_region_name: eu-central-1',
        '      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID',
        '      aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY',
        '      rpm: 100',
        'general_settings:',
        '  master_key: sk-plain-text',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(project, 'models.yaml'),
      'model_list:\n  - model_name: gemini-flash\n    litellm_params:\n      model: gemini/gemini-2.5-flash\n      api_key: os.environ/GEMINI_API_KEY\n',
    );
    const run = runCli(['diff', '--against', 'prod.yaml', '--json'], project);
    expect(run.status).toBe(0);
    const [prod] = (JSON.parse(run.stdout) as DiffJson).configs;
    expect(prod.file).toBe('prod.yaml');
    expect(prod.groups).toEqual({ added: ['legacy'], removed: [] });
    expect(prod.deployments.changed).toEqual([]);
    expect(prod.settings).toEqual([
      { section: 'general_settings', key: 'master_key', change: 'removed', before: '***' },
      { section: 'litellm_settings', key: 'drop_params', change: 'added', after: true },
      { section: 'router_settings', key: 'num_retries', change: 'added', after: 2 },
      { section: 'router_settings', key: 'fallbacks', change: 'added', after: [{ claude: ['gemini-flash'] }] },
    ]);
    expect(run.stdout).not.toContain('sk-plain-text');
  });

  it('reads an --against file as LiteLLM does: duplicate keys (the last wins) and y as a string', () => {
    const corpus = path.join(FIXTURES, 'env-vars.yaml');
    const duplicated = runCli(['diff', '--against', corpus, '--json', '--config', 'prod.yaml'], project);
    expect(duplicated.status).toBe(0);
    expect((JSON.parse(duplicated.stdout) as DiffJson).conclusion).toBe('different');

    fs.writeFileSync(
      path.join(project, 'y.yaml'),
      'model_list:\n  - model_name: y\n    litellm_params: {model: openai/gpt-4o}\n',
    );
    const yes = runCli(['diff', '--against', 'y.yaml', '--json', '--config', 'prod.yaml'], project);
    expect(yes.status).toBe(0);
    const [prod] = (JSON.parse(yes.stdout) as DiffJson).configs;
    expect(prod.groups.removed).toEqual(['y']);
    expect(prod.deployments.removed).toEqual([expect.objectContaining({ modelName: 'y', index: 0 })]);
  });

  it('treats a missing output directory as empty, and exits 2 for an --against path that does not exist', () => {
    const fresh = createProject({
      app: 'valid-app',
      projectFile: { app: 'node --import tsx main.ts', output: 'not-yet' },
    });
    const run = runCli(['diff', '--json'], fresh);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as DiffJson;
    expect(result.against.kind).toBe('none');
    expect(result.configs.map((c) => c.status)).toEqual(['added', 'added']);
    expect(fs.existsSync(path.join(fresh, 'not-yet'))).toBe(false);

    const missing = runCli(['diff', '--against', 'nowhere.yaml'], fresh);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml: no such file or directory');
  });

  it('exits 1 with the findings when the fresh synth fails validation', () => {
    const run = runCli(['diff', '--app', 'node --import tsx invalid-app.ts'], project);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✖ The app failed validation: 1 error.');
    expect(run.stdout).toMatch(/error +prod\/claude\/eu +demo\/thinking-budget/);
  });
});
