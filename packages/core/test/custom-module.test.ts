import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  App,
  CustomModule,
  GeneralSettings,
  Guardrail,
  LitellmSettings,
  ModelGroup,
  ProxyConfig,
  Secret,
  SynthesisError,
  Testing,
} from '../src/index.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** A directory with Python files, as an app keeps them. */
function hooks(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'custom-module-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

const AUTH = 'async def user_api_key_auth(request, api_key):\n    return api_key\n';

function proxy() {
  const app = Testing.app();
  const config = new ProxyConfig(app, 'prod');
  new ModelGroup(config, 'gpt-4o').addDeployment('openai', {
    litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), rpm: 10 },
  });
  return { app, config };
}

describe('CustomModule', () => {
  it('renders the reference LiteLLM reads, copies the file beside the config and lists it in the manifest', () => {
    const dir = hooks({ 'hooks/custom_auth.py': AUTH });
    const { config } = proxy();
    new GeneralSettings(config, 'general', {
      custom_auth: CustomModule.fromFile(path.join(dir, 'hooks/custom_auth.py'), 'user_api_key_auth'),
    });

    const assembly = Testing.synthApp(config);
    expect(Testing.synth(config).general_settings).toEqual({ custom_auth: 'custom_auth.user_api_key_auth' });
    expect(assembly.files.find((f) => f.name === 'custom_auth.py')?.content).toBe(AUTH);
    expect(assembly.manifest.modules).toEqual([
      { file: 'custom_auth.py', sha256: createHash('sha256').update(AUTH).digest('hex'), usedBy: ['prod.yaml'] },
    ]);
  });

  it('places a module under folders when given a dotted module name', () => {
    const dir = hooks({ 'callbacks.py': 'handler = object()\n' });
    const { config } = proxy();
    new LitellmSettings(config, 'settings', {
      callbacks: [
        'prometheus',
        CustomModule.fromFile(path.join(dir, 'callbacks.py'), 'handler', { module: 'hooks.logging' }),
      ],
    });

    const assembly = Testing.synthApp(config);
    expect(Testing.synth(config).litellm_settings).toEqual({ callbacks: ['prometheus', 'hooks.logging.handler'] });
    expect(assembly.files.map((f) => f.name)).toContain('hooks/logging.py');
  });

  it('writes the file into the output directory with app.synth()', () => {
    const dir = hooks({ 'guard.py': 'class Guard: ...\n' });
    const { app, config } = proxy();
    new Guardrail(config, 'guard', {
      guardrail_name: 'mine',
      litellm_params: { guardrail: CustomModule.fromFile(path.join(dir, 'guard.py'), 'Guard'), mode: 'pre_call' },
    });
    app.synth();
    roots.push(app.outdir);
    expect(fs.readFileSync(path.join(app.outdir, 'guard.py'), 'utf8')).toBe('class Guard: ...\n');
  });

  it('synthesizes again into its own output, whose modules (in folders too) are files synth wrote', () => {
    const dir = hooks({ 'guard.py': 'class Guard: ...\n', 'auth.py': AUTH });
    const outdir = path.join(hooks({}), 'out');
    const synthInto = (groups: string[]) => {
      const app = new App({ outdir });
      const config = new ProxyConfig(app, 'prod');
      for (const group of groups)
        new ModelGroup(config, group).addDeployment('openai', {
          litellmParams: { model: `openai/${group}`, api_key: Secret.env('OPENAI_API_KEY') },
        });
      new Guardrail(config, 'guard', {
        guardrail_name: 'mine',
        litellm_params: { guardrail: CustomModule.fromFile(path.join(dir, 'guard.py'), 'Guard'), mode: 'pre_call' },
      });
      new GeneralSettings(config, 'general', {
        custom_auth: CustomModule.fromFile(path.join(dir, 'auth.py'), 'user_api_key_auth', { module: 'hooks.auth' }),
      });
      app.synth();
    };
    synthInto(['gpt-4o']);
    synthInto(['gpt-4o', 'gpt-4o-mini']);
    expect(fs.readFileSync(path.join(outdir, 'prod.yaml'), 'utf8')).toContain('gpt-4o-mini');
    expect(fs.readFileSync(path.join(outdir, 'hooks/auth.py'), 'utf8')).toBe(AUTH);
    fs.writeFileSync(path.join(outdir, 'notes.txt'), 'mine');
    expect(() => synthInto(['gpt-4o'])).toThrow(/holds 'notes.txt', which synth did not write/);
  });

  it('makes synth agree with validate: a hand-written reference to a module the app does not carry fails', () => {
    const { config } = proxy();
    new GeneralSettings(config, 'general', { custom_auth: 'custom_auth.user_api_key_auth' });
    try {
      Testing.synthApp(config);
      expect.unreachable('synth should fail');
    } catch (error) {
      expect(error).toBeInstanceOf(SynthesisError);
      const finding = (error as SynthesisError).report.findings.find((f) => f.id === 'core/missing-custom-module');
      expect(finding).toMatchObject({ severity: 'error', path: 'prod/general' });
    }
  });

  it('refuses two different files for one place', () => {
    const dir = hooks({ 'a/auth.py': AUTH, 'b/auth.py': '# other\n' });
    const { config } = proxy();
    new GeneralSettings(config, 'general', {
      custom_auth: CustomModule.fromFile(path.join(dir, 'a/auth.py'), 'user_api_key_auth'),
      custom_sso: CustomModule.fromFile(path.join(dir, 'b/auth.py'), 'sso'),
    });
    expect(() => Testing.synthApp(config)).toThrow(/Two custom modules would be written to auth\.py/);
  });

  it('fails early, saying what to do, for a missing file, a non-Python file and names Python cannot import', () => {
    const dir = hooks({ 'my-hooks.py': '', 'notes.txt': '' });
    expect(() => CustomModule.fromFile(path.join(dir, 'absent.py'), 'f')).toThrow(/no such file/);
    expect(() => CustomModule.fromFile(path.join(dir, 'notes.txt'), 'f')).toThrow(/\.py file/);
    expect(() => CustomModule.fromFile(path.join(dir, 'my-hooks.py'), 'f')).toThrow(
      /pass \{ module: 'a_valid_name' \}/,
    );
    expect(() =>
      CustomModule.fromFile(path.join(dir, 'my-hooks.py'), 'f', { module: 'my_hooks' }).render(),
    ).not.toThrow();
    expect(() => CustomModule.fromFile(path.join(dir, 'my-hooks.py'), 'not valid', { module: 'my_hooks' })).toThrow(
      /Python identifier/,
    );
  });
});

describe('custom providers', () => {
  it("labels the deployments of a provider the config declares in custom_provider_map with that provider's name", () => {
    const dir = hooks({ 'custom_handler.py': 'my_custom_llm = object()\n' });
    const { config } = proxy();
    new LitellmSettings(config, 'settings', {
      custom_provider_map: [
        {
          provider: 'my-custom-llm',
          custom_handler: CustomModule.fromFile(path.join(dir, 'custom_handler.py'), 'my_custom_llm'),
        },
      ],
    });
    new ModelGroup(config, 'mine').addDeployment('custom', {
      litellmParams: { model: 'my-custom-llm/my-model', rpm: 10 },
    });

    const yaml = Testing.synthYaml(config);
    expect(yaml).toContain('  # my-custom-llm\n  - model_name: mine\n');
    expect(yaml).not.toContain('unknown');
  });
});
