import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { Acknowledge } from '@litellm-cdk/policy';
import { App, ModelGroup, Secret, SynthesisError, Testing } from '@litellm-cdk/core';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigBundle, KubernetesDeployment, ProxyEnvironment } from '../src/index.js';
import { testConfig } from './_apps.js';
import { validatedManifests } from './_schemas.js';

const tempRoots: string[] = [];
afterAll(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

function tempOutdir(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-k8s-'));
  tempRoots.push(root);
  return path.join(root, 'litellm.out');
}

function findingsOf(error: unknown) {
  return (error as SynthesisError).report.findings.filter((f) => f.id.startsWith('kubernetes/'));
}

function synthFailure(run: () => unknown): SynthesisError {
  try {
    run();
  } catch (error) {
    if (error instanceof SynthesisError) return error;
    throw error;
  }
  throw new Error('synth passed');
}

describe('KubernetesDeployment', () => {
  it('writes valid manifests into kubernetes/ of the assembly and lists them in manifest.json', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const { prod } = testConfig({ redis: true, database: true, masterKey: true }, app);
    new KubernetesDeployment(prod, 'kubernetes', { replicas: 3 });
    const assembly = app.synth();
    const file = path.join(app.outdir, 'kubernetes/prod.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const objects = validatedManifests(text);
    expect(objects.map((o) => `${o.kind}/${(o.metadata as { name: string }).name}`)).toEqual([
      'ConfigMap/litellm-prod-config',
      'Deployment/litellm-prod',
      'Service/litellm-prod',
    ]);
    expect(assembly.manifest.artifacts.find((a) => a.type === 'kubernetes:manifests')).toEqual({
      id: 'prod-kubernetes',
      type: 'kubernetes:manifests',
      file: 'kubernetes/prod.yaml',
      constructPath: 'prod/kubernetes',
      sha256: createHash('sha256').update(text).digest('hex'),
      config: 'prod.yaml',
    });
    // The ConfigMap holds the config byte for byte, and the pods get exactly its .env.example's variables.
    expect((objects[0].data as Record<string, string>)['prod.yaml']).toBe(
      fs.readFileSync(path.join(app.outdir, 'prod.yaml'), 'utf8'),
    );
    const envExample = fs.readFileSync(path.join(app.outdir, 'prod.env.example'), 'utf8');
    const variables = [...envExample.matchAll(/^([A-Z_]+)=$/gm)].map((m) => m[1]);
    const container = (objects[1] as any).spec.template.spec.containers[0];
    expect(container.env.map((e: { name: string }) => e.name)).toEqual(variables);
    expect(JSON.stringify(container.env)).not.toContain('"value"');
    // Nothing of this machine: the same app gives the same bytes anywhere.
    expect(text).not.toContain(path.dirname(app.outdir));
    expect(text).not.toContain(os.tmpdir());
  });

  it('writes the same bytes for the same app, and matches the snapshot', async () => {
    const manifests = () => {
      const { prod } = testConfig({ redis: true, database: true, masterKey: true });
      new KubernetesDeployment(prod, 'kubernetes', { replicas: 3, podDisruptionBudget: { maxUnavailable: 1 } });
      return Testing.synthApp(prod).files.find((f) => f.name === 'kubernetes/prod.yaml')!.content;
    };
    const first = manifests();
    expect(manifests()).toBe(first);
    await expect(first).toMatchFileSnapshot('__snapshots__/prod.k8s.yaml');
  });

  it('reports several replicas without Redis as an error on the construct, and writes nothing', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir, name: 'demo' });
    const { prod } = testConfig({ router: { routingStrategy: 'usage-based-routing-v2', cooldownTime: 30 } }, app);
    new KubernetesDeployment(prod, 'kubernetes', { replicas: 3 });
    const error = synthFailure(() => app.synth());
    expect(findingsOf(error)).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'kubernetes/replicas-need-redis',
        path: 'prod/kubernetes',
        message: expect.stringContaining(
          '3 replicas share no state: routing_strategy usage-based-routing-v2, cooldowns (router_settings.cooldown_time) are kept per proxy instance',
        ),
      }),
    ]);
    expect(fs.existsSync(outdir)).toBe(false);
  });

  it('counts an autoscaler by its maximum, and passes one replica or a router with Redis', () => {
    const limited = { router: { enablePreCallChecks: true } };
    const failing = testConfig(limited);
    new KubernetesDeployment(failing.prod, 'kubernetes', { autoscaling: { minReplicas: 1, maxReplicas: 4 } });
    expect(findingsOf(synthFailure(() => Testing.synthApp(failing.prod))).map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Up to 4 autoscaled replicas share no state: deployments' rpm\/tpm limits .* enforced by enable_pre_call_checks/,
      ),
    ]);
    for (const [options, props] of [
      [limited, { replicas: 1 }],
      [{ ...limited, redis: true }, { autoscaling: { minReplicas: 2, maxReplicas: 4 } }],
    ] as const) {
      const { prod } = testConfig(options);
      new KubernetesDeployment(prod, 'kubernetes', props);
      expect(Testing.synthApp(prod).report.findings.filter((f) => f.id.startsWith('kubernetes/'))).toEqual([]);
    }
  });

  it('warns that virtual keys need DATABASE_URL, and the warning can be acknowledged', () => {
    const { prod } = testConfig({ masterKey: true });
    const k8s = new KubernetesDeployment(prod, 'kubernetes');
    const strictFailure = synthFailure(() => Testing.synthApp(prod, { strict: true }));
    expect(findingsOf(strictFailure)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        id: 'kubernetes/virtual-keys-need-database',
        path: 'prod/kubernetes',
      }),
    ]);

    const acknowledged = testConfig({ masterKey: true });
    Acknowledge.rule(
      new KubernetesDeployment(acknowledged.prod, 'kubernetes'),
      'kubernetes/virtual-keys-need-database',
      'This proxy serves one internal team with the master key alone.',
    );
    expect(Testing.synthApp(acknowledged.prod, { strict: true }).report.conclusion).toBe('passed');
    expect(k8s.name).toBe('litellm-prod');
  });

  it('reports a Secret map that leaves a variable out as an error naming it', () => {
    const { prod } = testConfig({ database: true });
    new KubernetesDeployment(prod, 'kubernetes', {
      environment: ProxyEnvironment.fromSecrets({ OPENAI_API_KEY: { secretName: 'openai', key: 'api-key' } }),
    });
    expect(findingsOf(synthFailure(() => Testing.synthApp(prod)))).toEqual([
      expect.objectContaining({
        severity: 'error',
        id: 'kubernetes/secret-coverage',
        message: 'No Secret provides DATABASE_URL, which the config references: the proxy could not start without it.',
      }),
    ]);
  });

  it('deploys a config and its includes, read back from the directory synth wrote, as from memory', () => {
    const app = new App({ outdir: tempOutdir(), name: 'demo' });
    const { prod } = testConfig({ include: true, customAuth: true }, app);
    new KubernetesDeployment(prod, 'kubernetes', { namespace: 'llm' });
    const assembly = app.synth();
    const fromDisk = ConfigBundle.fromDirectory(app.outdir, 'prod.yaml');
    const inMemory = ConfigBundle.fromAssembly(assembly, 'prod');
    expect(fromDisk.files).toEqual(inMemory.files);
    expect(fromDisk.environmentVariables).toEqual(['ANTHROPIC_API_KEY', 'OPENAI_API_KEY']);
    expect(fromDisk.sha256).toBe(inMemory.sha256);
    const objects = validatedManifests(fs.readFileSync(path.join(app.outdir, 'kubernetes/prod.yaml'), 'utf8'));
    expect(objects.every((o) => (o.metadata as { namespace?: string }).namespace === 'llm')).toBe(true);
    expect(() => ConfigBundle.fromDirectory(app.outdir, 'staging')).toThrow(
      `has no config 'staging'; it has: prod.yaml, models.yaml.`,
    );
    expect(() => ConfigBundle.fromDirectory(path.dirname(app.outdir), 'prod')).toThrow(
      /holds no litellm-cdk assembly \(no manifest.json\)/,
    );
  });

  it('must sit inside a ProxyConfig, and refuses a second artifact at the same file', () => {
    const { app, prod } = testConfig();
    expect(() => new KubernetesDeployment(app, 'kubernetes')).toThrow(/is not inside a ProxyConfig/);
    new KubernetesDeployment(prod, 'a');
    expect(() => new KubernetesDeployment(prod, 'b')).toThrow(
      "[prod/b] Artifact file 'kubernetes/prod.yaml' is already written by 'prod/a'",
    );
  });

  it('gives the pods exactly the variables of the config, whatever it references and however it scales', () => {
    const name = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,11}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (keys, replicas, autoscale) => {
          const { prod } = testConfig({ redis: true });
          // One more deployment per key, each referencing its own variable.
          keys.forEach((key, index) => {
            new ModelGroup(prod, `group-${index}`).addDeployment('openai', {
              litellmParams: { model: 'openai/gpt-4o-mini', api_key: Secret.env(key), rpm: 10 },
            });
          });
          new KubernetesDeployment(
            prod,
            'kubernetes',
            autoscale ? { autoscaling: { minReplicas: 1, maxReplicas: replicas } } : { replicas },
          );
          const assembly = Testing.synthApp(prod);
          const objects = validatedManifests(assembly.files.find((f) => f.name === 'kubernetes/prod.yaml')!.content);
          const env = (objects[1] as any).spec.template.spec.containers[0].env.map((e: { name: string }) => e.name);
          expect(env).toEqual(assembly.getConfig('prod').environmentVariables.map((v) => v.name));
        },
      ),
      { numRuns: 25 },
    );
  });
});
