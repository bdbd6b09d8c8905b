import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SynthJson } from '../../src/output/json-shapes.js';
import { createProject, removeTemporaryDirectories, runCli, snapshotDirectory, type CliRun } from './_harness.js';

describe('litellm-cdk synth', { timeout: 60_000 }, () => {
  let project: string;
  let first: CliRun;

  beforeAll(() => {
    project = createProject({ app: 'valid-app' });
    first = runCli(['synth'], project);
  });
  afterAll(removeTemporaryDirectories);

  it('writes the assembly to the output directory and exits 0', () => {
    expect(first.status).toBe(0);
    expect(fs.readdirSync(path.join(project, 'litellm.out')).sort()).toEqual([
      'dev.env.example',
      'dev.yaml',
      'manifest.json',
      'prod.env.example',
      'prod.yaml',
      'tree.json',
      'validation-report.json',
    ]);
  });

  it('summarizes each config: file, groups, deployments, providers and environment variables', () => {
    expect(first.stdout).toMatch(/^✔ Synthesized 2 configs to litellm\.out in \d+\.\ds$/m);
    expect(first.stdout).toMatch(
      /litellm\.out\/prod\.yaml +3 +3 +bedrock, gemini, openai +AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, GEMINI_API_KEY, OPENAI_API_KEY/,
    );
    expect(first.stdout).toMatch(/litellm\.out\/dev\.yaml +1 +1 +ollama +-/);
  });

  it('names the files besides the configs that the assembly holds (custom modules, extension artifacts, reports)', () => {
    expect(first.stdout).not.toContain('Also wrote');
    const withModule = createProject();
    fs.mkdirSync(path.join(withModule, 'hooks'));
    fs.writeFileSync(path.join(withModule, 'hooks', 'auth.py'), 'def user_api_key_auth(request, api_key): ...\n');
    fs.writeFileSync(
      path.join(withModule, 'main.ts'),
      [
        "import { App, CustomModule, GeneralSettings, ModelGroup, ProxyConfig, Secret } from '@litellm-cdk/core';",
        'const app = new App();',
        "const config = new ProxyConfig(app, 'prod');",
        "new ModelGroup(config, 'gpt-4o').addDeployment('openai', { litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), rpm: 10 } });",
        "new GeneralSettings(config, 'general', { custom_auth: CustomModule.fromFile('./hooks/auth.py', 'user_api_key_auth', { module: 'hooks.auth' }) });",
        'app.synth();',
        '',
      ].join('\n'),
    );

    const run = runCli(['synth'], withModule);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Also wrote litellm.out/hooks/auth.py (custom module).');
  });

  it('lists every warning in full, and acknowledged findings as one line per rule, acknowledging construct and reason', () => {
    const findings = first.stdout.slice(first.stdout.indexOf('  LEVEL'));
    expect(findings).toMatchInlineSnapshot(`
      "  LEVEL    CONSTRUCT PATH  ID                 MESSAGE
        warning  prod/legacy     demo/legacy-model  This group serves a model scheduled for removal.
                                                    fix: Move its users to claude.

        acknowledged  1 × demo/preview-model at prod: Preview models are fine for this proxy.
        acknowledged  2 × demo/no-rpm at prod: The provider enforces the quotas.

      Found 1 warning and 3 acknowledged findings; --verbose also lists each acknowledged finding on its own row.
      "
    `);
  });

  it('lists acknowledged findings one by one, each with its construct path, message and reason, under --verbose', () => {
    const run = runCli(['synth', '--verbose', '--output', 'out-verbose'], project);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /warning +prod\/legacy +demo\/legacy-model +This group serves a model scheduled for removal\./,
    );
    expect(run.stdout).toMatch(
      /acknowledged +prod\/gemini-flash +demo\/preview-model +Gemini Flash is a preview model here\./,
    );
    expect(run.stdout).toMatch(
      /acknowledged +prod\/gemini-flash\/key1 +demo\/no-rpm +This deployment has no rpm limit\./,
    );
    expect(run.stdout).toMatch(/acknowledged +prod\/legacy\/main +demo\/no-rpm +This deployment has no rpm limit\./);
    expect(run.stdout.match(/acknowledged warning at prod: The provider enforces the quotas\./g)).toHaveLength(2);
    expect(run.stdout).not.toContain(' × ');
    expect(run.stdout).toMatch(/^Found 1 warning and 3 acknowledged findings\.$/m);
    // The time of each phase, from the app's phase events, which never show in its echoed output.
    expect(run.stdout).toMatch(
      /^Phases: tree \d+\.\d\ds, aspects \d+\.\d\ds, render \d+\.\d\ds, validation \d+\.\d\ds, write \d+\.\d\ds\.$/m,
    );
    expect(run.stderr).not.toContain('::litellm-cdk-phase::');
    // stderr is a pipe here: no live progress line.
    expect(run.stderr).not.toContain('\r');
  });

  it("echoes the app's own output on stderr, keeping stdout for the summary", () => {
    expect(first.stderr).toContain('app: built the tree');
    expect(first.stdout).not.toContain('app: built the tree');
  });

  it('prints one JSON object with configs, findings and the conclusion under --json', () => {
    const run = runCli(['synth', '--json', '--output', 'out-json', '--context', 'variant=b'], project);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as SynthJson;
    expect(result).toMatchObject({
      version: 1,
      command: 'synth',
      conclusion: 'passed',
      strict: false,
      outdir: path.join(project, 'out-json'),
    });
    expect(result.configs.map((c) => [c.file, c.groups, c.deployments, c.providers])).toEqual([
      ['prod.yaml', 3, 3, ['bedrock', 'gemini']],
      ['dev.yaml', 1, 1, ['ollama']],
    ]);
    // --context reached the app: variant b has a haiku group and no legacy warning.
    expect(result.configs[0].environmentVariables).toContain('HAIKU_KEY');
    // Every finding, one by one: the JSON output does not group acknowledged ones.
    expect(result.findings.map((f) => [f.id, f.path, f.blocking, f.acknowledged?.by])).toEqual([
      ['demo/preview-model', 'prod/gemini-flash', false, 'prod'],
      ['demo/no-rpm', 'prod/gemini-flash/key1', false, 'prod'],
      ['demo/no-rpm', 'prod/haiku/us', false, 'prod'],
    ]);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, info: 0, acknowledged: 3 });
    // --output overrides litellm-cdk.json's output.
    expect(fs.existsSync(path.join(project, 'out-json', 'prod.yaml'))).toBe(true);
  });

  it('prints only the problems under --quiet, and fails on unacknowledged warnings under --strict', () => {
    const before = snapshotDirectory(path.join(project, 'litellm.out'));
    const run = runCli(['synth', '--quiet', '--strict'], project);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "✖ Synthesis failed (strict): 1 unacknowledged warning. Nothing was written.

        LEVEL    CONSTRUCT PATH  ID                 MESSAGE
        warning  prod/legacy     demo/legacy-model  This group serves a model scheduled for removal.
                                                    fix: Move its users to claude.
      "
    `);
    expect(snapshotDirectory(path.join(project, 'litellm.out'))).toEqual(before);
  });

  it('exits 1 on validation errors, shows them, and leaves the previous output untouched', () => {
    const before = snapshotDirectory(path.join(project, 'litellm.out'));
    const run = runCli(['synth', '--app', 'node --import tsx invalid-app.ts'], project);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✖ Synthesis failed: 1 error. Nothing was written; litellm.out is unchanged.');
    expect(run.stdout).toMatch(
      /error +prod\/claude\/eu +demo\/thinking-budget +The thinking budget is below the minimum of 1024 tokens\./,
    );
    expect(run.stderr).not.toContain('SynthesisError');
    expect(snapshotDirectory(path.join(project, 'litellm.out'))).toEqual(before);
  });

  it('writes nothing at all when validation fails before any output exists', () => {
    const run = runCli(['synth', '--json', '--app', 'node --import tsx invalid-app.ts', '--output', 'never'], project);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as SynthJson;
    expect(result.conclusion).toBe('failed');
    expect(result.configs).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'prod/claude/eu',
        id: 'demo/thinking-budget',
        blocking: true,
      }),
    ]);
    expect(fs.existsSync(path.join(project, 'never'))).toBe(false);
  });

  it('says the output directory was not created when validation fails before it exists', () => {
    const run = runCli(['synth', '--app', 'node --import tsx invalid-app.ts', '--output', 'never-text'], project);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Nothing was written; never-text was not created.');
  });

  it('ignores LITELLM_CDK_STRICT=1 left in the shell: only --strict makes synth strict', () => {
    const run = runCli(['synth', '--quiet', '--output', 'shell-strict'], project, {
      LITELLM_CDK_STRICT: '1',
      LITELLM_CDK_FAILURE_REPORT: '/dev/null',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demo/legacy-model');
    expect(fs.existsSync(path.join(project, 'shell-strict', 'manifest.json'))).toBe(true);
  });

  it('exits 1 naming the path for an --output that is a file or a folder of other files, without running the app', () => {
    fs.mkdirSync(path.join(project, 'src'));
    fs.writeFileSync(path.join(project, 'src', 'keep.ts'), '// mine\n');
    const folder = runCli(['synth', '--json', '-o', 'src'], project);
    expect(folder.status).toBe(1);
    expect(JSON.parse(folder.stdout)).toMatchObject({
      conclusion: 'error',
      error: {
        kind: 'output',
        message: expect.stringContaining('The output directory src is not a litellm-cdk assembly'),
        hint: expect.stringContaining('Pass --output another directory'),
      },
    });
    expect(fs.readdirSync(path.join(project, 'src'))).toEqual(['keep.ts']);

    const file = runCli(['synth', '-o', 'main.ts'], project);
    expect(file.status).toBe(1);
    expect(file.stderr).toContain('The output path main.ts is a file, not a directory.');
    expect(file.stderr).not.toContain('app');
  });

  it('exits 2 and shows the stack when the app throws', () => {
    const run = runCli(['synth', '--app', 'node --import tsx throwing-app.ts'], project);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Error: The app exited with code 1 before it finished synthesis');
    expect(run.stderr).toContain('Error: boom: the app could not read its model list');
    expect(run.stderr).toMatch(/at buildModels \(.*throwing-app\.ts:\d+:\d+\)/);
  });

  it('exits 2 when the app never calls app.synth(), saying so; with --json the error is a JSON object', () => {
    const run = runCli(['synth', '--json', '--app', 'node --import tsx silent-app.ts', '--output', 'silent'], project);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      conclusion: 'error',
      error: { kind: 'no-output', message: expect.stringContaining('without writing an assembly') },
    });
    expect(run.stderr).toContain('End the app file with app.synth()');
  });
});
