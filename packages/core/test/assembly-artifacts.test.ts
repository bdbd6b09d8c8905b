import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Annotations,
  App,
  AssemblyArtifacts,
  isProxyConfigArtifact,
  ModelGroup,
  ProxyConfig,
  Secret,
  SynthesisError,
  Testing,
} from '../src/index.js';

const tempRoots: string[] = [];
afterAll(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

function appWithConfig(): { app: App; prod: ProxyConfig } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-artifacts-'));
  tempRoots.push(root);
  const app = new App({ outdir: path.join(root, 'litellm.out'), name: 'demo' });
  const prod = new ProxyConfig(app, 'prod');
  new ModelGroup(prod, 'gpt-4o').addDeployment('openai', {
    litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY') },
  });
  return { app, prod };
}

/** A construct that writes the sha256 of its config into a file of its own, as a deployment extension would. */
function addDigest(scope: Construct, file: string): Construct {
  const owner = new Construct(scope, 'digest');
  AssemblyArtifacts.of(owner).add(owner, file, ({ getConfig }) => {
    const config = getConfig(ProxyConfig.of(owner).node.path);
    return { type: 'test:digest', content: `${config.sha256}\n`, config: config.file };
  });
  return owner;
}

describe('assembly artifacts', () => {
  it('writes an extension file in a subdirectory and lists it in the manifest after the configs', () => {
    const { app, prod } = appWithConfig();
    addDigest(prod, 'digests/prod.txt');
    const assembly = app.synth();
    const written = fs.readFileSync(path.join(app.outdir, 'digests/prod.txt'), 'utf8');
    expect(written).toBe(`${assembly.getConfig('prod').sha256}\n`);
    expect(assembly.manifest.artifacts.map((a) => [a.type, a.file])).toEqual([
      ['litellm:proxy-config', 'prod.yaml'],
      ['test:digest', 'digests/prod.txt'],
    ]);
    expect(assembly.manifest.artifacts[1]).toEqual({
      id: 'prod-digest',
      type: 'test:digest',
      file: 'digests/prod.txt',
      constructPath: 'prod/digest',
      sha256: createHash('sha256').update(written).digest('hex'),
      config: 'prod.yaml',
    });
    expect(assembly.manifest.artifacts.filter(isProxyConfigArtifact).map((a) => a.file)).toEqual(['prod.yaml']);
  });

  it('replaces a previous assembly that has an artifact subdirectory, as its own output', () => {
    const first = appWithConfig();
    addDigest(first.prod, 'digests/prod.txt');
    first.app.synth();
    const again = new App({ outdir: first.app.outdir, name: 'demo' });
    const prod = new ProxyConfig(again, 'prod');
    new ModelGroup(prod, 'gpt-4o-mini').addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o-mini', api_key: Secret.env('OPENAI_API_KEY') },
    });
    addDigest(prod, 'digests/prod.txt');
    const assembly = again.synth();
    expect(fs.readFileSync(path.join(again.outdir, 'digests/prod.txt'), 'utf8')).toBe(
      `${assembly.getConfig('prod').sha256}\n`,
    );
  });

  it('produces nothing when validation fails, and leaves the previous output as it was', () => {
    const { app, prod } = appWithConfig();
    let produced = 0;
    AssemblyArtifacts.of(prod).add(prod, 'x.txt', () => {
      produced++;
      return { type: 'test:x', content: 'x', config: 'prod.yaml' };
    });
    Annotations.of(prod).addError('test/broken', 'broken on purpose');
    expect(() => app.synth()).toThrow(SynthesisError);
    expect(produced).toBe(0);
    expect(fs.existsSync(app.outdir)).toBe(false);
  });

  it('refuses file names that leave the assembly, clash with its own files, or are taken by another artifact', () => {
    const { prod } = appWithConfig();
    for (const bad of ['../escape.yaml', '/abs.yaml', 'a/../b.yaml', 'manifest.json', 'dir/', '']) {
      expect(() =>
        AssemblyArtifacts.of(prod).add(prod, bad, () => ({ type: 't', content: '', config: 'prod.yaml' })),
      ).toThrow(/\[prod\] Artifact file/);
    }
    addDigest(prod, 'compose.yaml');
    expect(() =>
      AssemblyArtifacts.of(prod).add(prod, 'compose.yaml', () => ({ type: 't', content: '', config: 'prod.yaml' })),
    ).toThrow("[prod] Artifact file 'compose.yaml' is already written by 'prod/digest'");
  });

  it("refuses an artifact over a config's own file", () => {
    const { prod } = appWithConfig();
    addDigest(prod, 'prod.env.example');
    expect(() => Testing.synthApp(prod)).toThrow(
      "[prod/digest] Artifact file 'prod.env.example' is already a file of the assembly",
    );
  });
});
