import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Annotations,
  App,
  GeneralSettings,
  Include,
  ModelGroup,
  ProxyConfig,
  ReportSections,
  Router,
  Secret,
  SynthesisError,
} from '../src/index.js';

const tempRoots: string[] = [];

function tempOutdir(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-synth-'));
  tempRoots.push(root);
  return path.join(root, 'litellm.out');
}

afterAll(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

function smallApp(outdir = tempOutdir(), options: { broken?: boolean; extraGroup?: boolean } = {}): App {
  const app = new App({ outdir, name: 'demo' });
  const prod = new ProxyConfig(app, 'prod');
  const big = new ModelGroup(prod, 'gpt-4o');
  big.addDeployment('openai', {
    litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), rpm: 100 },
  });
  const small = new ModelGroup(prod, 'gpt-4o-mini');
  small.addDeployment('openai', {
    litellmParams: { model: 'openai/gpt-4o-mini', api_key: Secret.env('OPENAI_API_KEY'), rpm: 500 },
  });
  big.fallbackTo(small);
  new Router(prod, 'router', { numRetries: 1, timeout: 100 });
  new GeneralSettings(prod, 'general', { master_key: Secret.env('LITELLM_MASTER_KEY') });
  if (options.extraGroup) {
    new ModelGroup(prod, 'claude').addDeployment('anthropic', {
      litellmParams: { model: 'anthropic/claude-3-haiku-20240307', api_key: Secret.env('ANTHROPIC_API_KEY') },
    });
  }
  if (options.broken) Annotations.of(big).addError('test/broken', 'deliberately broken for the test');
  return app;
}

function snapshotDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

describe('synthesis', () => {
  it('writes the assembly layout: manifest, config, env example, tree and validation report', () => {
    const app = smallApp();
    app.synth();
    expect(fs.readdirSync(app.outdir).sort()).toEqual([
      'manifest.json',
      'prod.env.example',
      'prod.yaml',
      'tree.json',
      'validation-report.json',
    ]);
  });

  it('records each config in the manifest with its construct path and the sha256 of its bytes', () => {
    const app = smallApp();
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    const yamlBytes = fs.readFileSync(path.join(app.outdir, 'prod.yaml'));
    expect(manifest.generator.name).toBe('litellm-cdk');
    expect(manifest.artifacts).toEqual([
      expect.objectContaining({
        file: 'prod.yaml',
        constructPath: 'prod',
        sha256: createHash('sha256').update(yamlBytes).digest('hex'),
        environmentFile: 'prod.env.example',
      }),
    ]);
  });

  it('returns the assembly with each config parsed, equal to what the file parses to', () => {
    const app = smallApp();
    const assembly = app.synth();
    const config = assembly.getConfig('prod.yaml');
    expect(parse(fs.readFileSync(config.path, 'utf8'))).toEqual(config.document);
    expect(assembly.getConfig('prod')).toBe(config);
    expect(() => assembly.getConfig('nope.yaml')).toThrow(/has no config 'nope.yaml'; it has: prod.yaml/);
  });

  it('writes the same bytes for the same app, every time', () => {
    const first = smallApp();
    first.synth();
    const second = smallApp();
    second.synth();
    expect(snapshotDir(second.outdir)).toEqual(snapshotDir(first.outdir));
  });

  it('lists every referenced environment variable with the constructs that use it', () => {
    const app = smallApp();
    const env = fs.readFileSync(path.join(app.synth().directory, 'prod.env.example'), 'utf8');
    expect(env).toContain(
      '# used by prod/gpt-4o/openai (model_list[0].litellm_params.api_key)\n# used by prod/gpt-4o-mini/openai (model_list[1].litellm_params.api_key)\nOPENAI_API_KEY=\n',
    );
    expect(env.match(/^[A-Z_]+=$/gm)).toEqual(['LITELLM_MASTER_KEY=', 'OPENAI_API_KEY=']);
  });

  it('returns the same assembly from a second synth() call', () => {
    const app = smallApp();
    expect(app.synth()).toBe(app.synth());
  });

  it('refuses changes to the tree after synth', () => {
    const app = smallApp();
    app.synth();
    const prod = app.node.findChild('prod') as ProxyConfig;
    expect(() => new ModelGroup(prod, 'late')).toThrow(/Cannot add children/);
    const group = prod.node.findChild('gpt-4o') as ModelGroup;
    expect(() => group.fallbackTo(group)).toThrow(/after the tree is locked/);
  });

  it('leaves the previous output byte for byte untouched when synth fails', () => {
    const outdir = tempOutdir();
    smallApp(outdir).synth();
    const before = snapshotDir(outdir);
    expect(() => smallApp(outdir, { broken: true, extraGroup: true }).synth()).toThrow(SynthesisError);
    expect(snapshotDir(outdir)).toEqual(before);
    expect(fs.readdirSync(path.dirname(outdir))).toEqual(['litellm.out']);
  });

  it('lists every blocking problem with its construct path in one error', () => {
    const app = smallApp(tempOutdir(), { broken: true });
    const prod = app.node.findChild('prod') as ProxyConfig;
    Annotations.of(prod.node.findChild('gpt-4o-mini')).addError('test/second', 'second problem', 'fix it like this');
    let error: unknown;
    try {
      app.synth();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SynthesisError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Synthesis failed with 2 errors; nothing was written:/);
    expect(message).toContain('[prod/gpt-4o] test/broken: deliberately broken for the test');
    expect(message).toContain('[prod/gpt-4o-mini] test/second: second problem\n    fix: fix it like this');
  });

  it('removes files of an earlier synth that the new one does not write', () => {
    const outdir = tempOutdir();
    const first = new App({ outdir, name: 'demo' });
    new ProxyConfig(first, 'old');
    first.synth();
    const second = new App({ outdir, name: 'demo' });
    new ProxyConfig(second, 'new');
    second.synth();
    expect(fs.readdirSync(outdir)).not.toContain('old.yaml');
    expect(fs.readdirSync(outdir)).toContain('new.yaml');
  });

  it('refuses to replace a directory that is not an assembly', () => {
    const outdir = tempOutdir();
    fs.mkdirSync(outdir, { recursive: true });
    fs.writeFileSync(path.join(outdir, 'precious.txt'), 'keep me');
    expect(() => smallApp(outdir).synth()).toThrow(/is not a litellm-cdk assembly/);
    expect(fs.readFileSync(path.join(outdir, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('fails in strict mode on a warning nobody acknowledged, and passes once it is acknowledged', () => {
    const strictApp = (acknowledge: boolean) => {
      const app = new App({ outdir: tempOutdir(), name: 'demo', strict: true });
      const prod = new ProxyConfig(app, 'prod');
      Annotations.of(prod).addWarning('test/warned', 'something to look at');
      if (acknowledge) Annotations.of(app).acknowledge('test/warned', 'looked at it, fine for the test');
      return app;
    };
    expect(() => strictApp(false).synth()).toThrow(/1 unacknowledged warning \(strict mode\)/);
    const report = strictApp(true).synth().report;
    expect(report.conclusion).toBe('passed');
    expect(report.findings).toEqual([
      expect.objectContaining({
        id: 'test/warned',
        path: 'prod',
        acknowledged: { reason: 'looked at it, fine for the test', by: 'App' },
      }),
    ]);
  });

  it('reports an acknowledgement that matches nothing as a warning', () => {
    const app = smallApp();
    Annotations.of(app.node.findChild('prod')).acknowledge('test/never', 'nothing will match this');
    const report = app.synth().report;
    expect(report.findings).toContainEqual(
      expect.objectContaining({ id: 'core/unused-acknowledgement', path: 'prod', severity: 'warning' }),
    );
    expect(report.acknowledgements).toEqual([
      { path: 'prod', id: 'test/never', reason: 'nothing will match this', matched: 0 },
    ]);
  });

  it('never lets an acknowledgement hide a finding outside its subtree', () => {
    const app = smallApp(tempOutdir(), { broken: true });
    const prod = app.node.findChild('prod');
    Annotations.of(prod.node.findChild('gpt-4o-mini')).acknowledge('test/broken', 'only the small model is accepted');
    expect(() => app.synth()).toThrow(/\[prod\/gpt-4o\] test\/broken/);
  });

  it('writes an include as a path relative to the including file and checks fallbacks across both', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const models = new ProxyConfig(app, 'models');
    const main = new ProxyConfig(app, 'main', { include: [models] });
    const shared = new ModelGroup(models, 'shared');
    shared.addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY') },
    });
    const local = new ModelGroup(main, 'local');
    local.addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o-mini', api_key: Secret.env('OPENAI_API_KEY') },
    });
    local.fallbackTo(shared);
    const assembly = app.synth();
    expect(assembly.getConfig('main.yaml').document.include).toEqual(['models.yaml']);
    expect(assembly.manifest.artifacts.map((a) => a.file)).toEqual(['models.yaml', 'main.yaml']);
  });

  it('rejects two configs with the same file name', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    new ProxyConfig(app, 'a', { fileName: 'config.yaml' });
    new ProxyConfig(app, 'b', { fileName: 'config.yaml' });
    expect(() => app.synth()).toThrow(
      /\[b\] core\/duplicate-file-name: Config 'b' would write 'config.yaml', which config 'a' also writes/,
    );
  });

  it('rejects a key set by two settings constructs of one config, naming both', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const prod = new ProxyConfig(app, 'prod');
    new GeneralSettings(prod, 'one', { store_model_in_db: true });
    new GeneralSettings(prod, 'two', { store_model_in_db: false });
    expect(() => app.synth()).toThrow(
      /\[prod\/two\] core\/duplicate-setting: general_settings.store_model_in_db is already set by prod\/one/,
    );
  });

  it('takes the output directory from LITELLM_CDK_OUTDIR when no outdir is given', () => {
    const outdir = tempOutdir();
    process.env.LITELLM_CDK_OUTDIR = outdir;
    try {
      expect(new App().outdir).toBe(outdir);
    } finally {
      delete process.env.LITELLM_CDK_OUTDIR;
    }
    expect(new App().outdir).toBe(path.resolve('litellm.out'));
  });

  it('writes the construct tree with each node type', () => {
    const app = smallApp();
    const tree = JSON.parse(fs.readFileSync(path.join(app.synth().directory, 'tree.json'), 'utf8')).tree;
    expect(tree.type).toBe('App');
    const prod = tree.children[0];
    expect(prod).toMatchObject({ id: 'prod', path: 'prod', type: 'ProxyConfig' });
    expect(prod.children.map((c: { type: string }) => c.type)).toEqual([
      'ModelGroup',
      'ModelGroup',
      'Router',
      'GeneralSettings',
    ]);
  });
});

describe('Include', () => {
  it('writes files outside the app after the configs of the app, and warns that they go unchecked', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const models = new ProxyConfig(app, 'models');
    new ModelGroup(models, 'shared').addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') },
    });
    const main = new ProxyConfig(app, 'main', { include: [models] });
    new Include(main, 'team', { files: ['team-models.yaml'] });
    const assembly = app.synth();
    expect(assembly.getConfig('main.yaml').document.include).toEqual(['models.yaml', 'team-models.yaml']);
    expect(assembly.report.findings).toContainEqual(
      expect.objectContaining({
        id: 'core/external-include',
        severity: 'warning',
        path: 'main/team',
        location: 'include[1]',
      }),
    );
  });

  it('passes strict mode once the unchecked file is acknowledged with a reason', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo', strict: true });
    const main = new ProxyConfig(app, 'main');
    new ModelGroup(main, 'a').addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') },
    });
    const team = new Include(main, 'team', { files: ['team-models.yaml'] });
    Annotations.of(team).acknowledge('core/external-include', 'kept by the data team in their own repository');
    expect(app.synth().report.conclusion).toBe('passed');
  });
});

describe('report files', () => {
  it('writes files extensions add beside the validation report, and lists them in the manifest', () => {
    const app = smallApp();
    ReportSections.of(app).addFile(
      'findings.csv',
      (report) => `id,path\n${report.findings.map((f) => `${f.id},${f.path}`).join('\n')}\n`,
    );
    const assembly = app.synth();
    expect(assembly.manifest.reports).toEqual(['findings.csv']);
    expect(fs.readFileSync(path.join(assembly.directory, 'findings.csv'), 'utf8')).toMatch(/^id,path\n/);
  });

  it("refuses a report file name that would clash with the assembly's own files", () => {
    const app = smallApp();
    expect(() => ReportSections.of(app).addFile('manifest.json', () => '')).toThrow(
      /other than the assembly's own files/,
    );
    expect(() => ReportSections.of(app).addFile('../escape.csv', () => '')).toThrow(/plain .csv/);
  });
});

describe('review regressions', () => {
  it("writes the fallbacks of an included config's groups into the main config, so its router_settings survive", () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const models = new ProxyConfig(app, 'models');
    const [a, b] = ['a', 'b'].map((name) => {
      const group = new ModelGroup(models, name);
      group.addDeployment('openai', {
        litellmParams: { model: `openai/gpt-4o${name === 'a' ? '' : '-mini'}`, api_key: Secret.env('K') },
      });
      return group;
    });
    a.fallbackTo(b);
    const main = new ProxyConfig(app, 'main', { include: [models] });
    new Router(main, 'router', { routingStrategy: 'usage-based-routing-v2', redis: { url: Secret.env('REDIS_URL') } });
    const assembly = app.synth();
    expect(assembly.getConfig('models.yaml').document.router_settings).toBeUndefined();
    expect(assembly.getConfig('main.yaml').document.router_settings).toEqual({
      routing_strategy: 'usage-based-routing-v2',
      redis_url: 'os.environ/REDIS_URL',
      fallbacks: [{ a: ['b'] }],
    });
  });

  it('warns when an included config sets a section the main config sets, which LiteLLM would replace', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const models = new ProxyConfig(app, 'models');
    new ModelGroup(models, 'a').addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') },
    });
    new GeneralSettings(models, 'general', { store_model_in_db: true });
    const main = new ProxyConfig(app, 'main', { include: [models] });
    new GeneralSettings(main, 'general', { master_key: Secret.env('MASTER_KEY') });
    expect(app.synth().report.findings).toContainEqual(
      expect.objectContaining({ id: 'core/include-replaces-section', path: 'models/general', severity: 'warning' }),
    );
  });

  it('reports a value synth cannot write as an error on its construct, with every other problem', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const prod = new ProxyConfig(app, 'prod');
    const group = new ModelGroup(prod, 'a');
    group.addDeployment('nan', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K'), temperature: Number.NaN },
    });
    group.addDeployment('date', {
      litellmParams: { model: 'openai/gpt-4o-mini', api_key: Secret.env('K'), since: new Date(0) },
    });
    expect(() => app.synth()).toThrow(
      /\[prod\/a\/nan\] core\/unrenderable-value: .*NaN at model_list\[0\]\.litellm_params\.temperature[\s\S]*\[prod\/a\/date\] core\/unrenderable-value: .*Date/,
    );
  });

  it('throws the same error from a second synth after a failed one', () => {
    const app = smallApp(tempOutdir(), { broken: true });
    let first: unknown;
    try {
      app.synth();
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(SynthesisError);
    expect(() => app.synth()).toThrow(first as Error);
  });

  it('refuses to acknowledge an id that unrelated findings share', () => {
    const app = smallApp();
    expect(() => Annotations.of(app).acknowledge('core/construct-validation', 'silence everything')).toThrow(
      /cannot be acknowledged/,
    );
  });
});
