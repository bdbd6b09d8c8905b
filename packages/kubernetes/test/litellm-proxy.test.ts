import { ApiObject, Chart, JsonPatch, Testing as K8sTesting } from 'cdk8s';
import { type ModelGroup, Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_CHECKSUM_ANNOTATION,
  ConfigBundle,
  LITELLM_IMAGE,
  LiteLLMProxy,
  ProxyEnvironment,
} from '../src/index.js';
import { testConfig, type TestConfigOptions } from './_apps.js';
import { validateKubernetesObject } from './_schemas.js';

function bundleOf(options: TestConfigOptions = {}): ConfigBundle {
  const { prod } = testConfig(options);
  return ConfigBundle.fromAssembly(Testing.synthApp(prod), 'prod');
}

type K8sObject = { kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string> };

function objectsOf(chart: Chart): K8sObject[] {
  const objects = K8sTesting.synth(chart) as K8sObject[];
  for (const object of objects) validateKubernetesObject(object as unknown as Record<string, unknown>);
  return objects;
}

const byKind = (objects: K8sObject[], kind: string) => objects.find((o) => o.kind === kind)!;
const containerOf = (objects: K8sObject[]) => byKind(objects, 'Deployment').spec.template.spec.containers[0];

describe('LiteLLMProxy in a cdk8s chart', () => {
  it("deploys the config next to the chart's other objects, every object valid against the Kubernetes API", () => {
    const app = K8sTesting.app();
    const chart = new Chart(app, 'gateway');
    new ApiObject(chart, 'namespace', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'unrelated' },
      data: { a: 'b' },
    });
    new LiteLLMProxy(chart, 'litellm', { name: 'litellm', config: bundleOf({ masterKey: true, database: true }) });
    const objects = objectsOf(chart);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'ConfigMap/unrelated',
      'ConfigMap/litellm-config',
      'Deployment/litellm',
      'Service/litellm',
    ]);
  });

  it("runs the pinned image with --config on the mounted file, and takes exactly the config's variables from the Secret", () => {
    const bundle = bundleOf({ masterKey: true, database: true });
    const chart = new Chart(K8sTesting.app(), 'gateway');
    new LiteLLMProxy(chart, 'litellm', {
      name: 'litellm',
      config: bundle,
      environment: ProxyEnvironment.fromSecret('litellm-secrets'),
    });
    const objects = objectsOf(chart);
    const container = containerOf(objects);
    expect(LITELLM_IMAGE).toBe('ghcr.io/berriai/litellm:main-v1.81.13');
    expect(container.image).toBe(LITELLM_IMAGE);
    expect(container.args).toEqual(['--config', '/etc/litellm/prod.yaml', '--port', '4000']);
    expect(container.volumeMounts).toEqual([{ name: 'config', mountPath: '/etc/litellm', readOnly: true }]);
    expect(bundle.environmentVariables).toEqual(['DATABASE_URL', 'LITELLM_MASTER_KEY', 'OPENAI_API_KEY']);
    expect(container.env).toEqual(
      bundle.environmentVariables.map((name) => ({
        name,
        valueFrom: { secretKeyRef: { name: 'litellm-secrets', key: name } },
      })),
    );
    expect(JSON.stringify(objects)).not.toMatch(/sk-|password=/i);
    expect(byKind(objects, 'ConfigMap').data).toEqual({ 'prod.yaml': bundle.files[0].content });
  });

  it("probes LiteLLM's readiness and liveness endpoints and sets resource requests and limits", () => {
    const chart = new Chart(K8sTesting.app(), 'gateway');
    new LiteLLMProxy(chart, 'litellm', { config: bundleOf() });
    const container = containerOf(objectsOf(chart));
    expect(container.readinessProbe.httpGet).toEqual({ path: '/health/readiness', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health/liveliness', port: 'http' });
    expect(container.startupProbe.httpGet.path).toBe('/health/readiness');
    expect(container.resources).toEqual({
      requests: { cpu: '500m', memory: '1Gi' },
      limits: { cpu: '2', memory: '2Gi' },
    });
  });

  it('rolls the pods when the config changes: the checksum annotation follows the config, and only it', () => {
    const checksum = (rpm: number) => {
      const chart = new Chart(K8sTesting.app(), 'gateway');
      new LiteLLMProxy(chart, 'litellm', { config: bundleOf({ rpm }) });
      return byKind(objectsOf(chart), 'Deployment').spec.template.metadata.annotations[CONFIG_CHECKSUM_ANNOTATION];
    };
    expect(checksum(100)).toBe(checksum(100));
    expect(checksum(100)).not.toBe(checksum(101));
    expect(checksum(100)).toBe(bundleOf({ rpm: 100 }).sha256);
  });

  it('mounts included files and custom modules beside the config, at their paths', () => {
    const bundle = bundleOf({ include: true, customAuth: true });
    const chart = new Chart(K8sTesting.app(), 'gateway');
    new LiteLLMProxy(chart, 'litellm', { name: 'litellm', config: bundle });
    const objects = objectsOf(chart);
    expect(bundle.files.map((f) => f.path)).toEqual(['hooks/custom_auth.py', 'models.yaml', 'prod.yaml']);
    expect(Object.keys(byKind(objects, 'ConfigMap').data!)).toEqual([
      'hooks__custom_auth.py',
      'models.yaml',
      'prod.yaml',
    ]);
    expect(byKind(objects, 'Deployment').spec.template.spec.volumes[0].configMap.items).toEqual([
      { key: 'hooks__custom_auth.py', path: 'hooks/custom_auth.py' },
      { key: 'models.yaml', path: 'models.yaml' },
      { key: 'prod.yaml', path: 'prod.yaml' },
    ]);
    // The included config's variables are the proxy's too.
    expect(containerOf(objects).env.map((e: { name: string }) => e.name)).toEqual([
      'ANTHROPIC_API_KEY',
      'OPENAI_API_KEY',
    ]);
  });

  it('adds an autoscaler that owns the replica count, and a disruption budget', () => {
    const chart = new Chart(K8sTesting.app(), 'gateway');
    new LiteLLMProxy(chart, 'litellm', {
      name: 'litellm',
      config: bundleOf({ redis: true }),
      autoscaling: { minReplicas: 2, maxReplicas: 6 },
      podDisruptionBudget: { maxUnavailable: 1 },
    });
    const objects = objectsOf(chart);
    expect(byKind(objects, 'Deployment').spec.replicas).toBeUndefined();
    expect(byKind(objects, 'HorizontalPodAutoscaler').spec).toMatchObject({
      minReplicas: 2,
      maxReplicas: 6,
      scaleTargetRef: { kind: 'Deployment', name: 'litellm' },
    });
    expect(byKind(objects, 'PodDisruptionBudget').spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: byKind(objects, 'Deployment').spec.selector.matchLabels },
    });
  });

  it('fails the cdk8s synth when several replicas would keep rate limits apart, naming the check', () => {
    const app = K8sTesting.app();
    const chart = new Chart(app, 'gateway');
    new LiteLLMProxy(chart, 'litellm', {
      config: bundleOf({ router: { routingStrategy: 'usage-based-routing-v2' } }),
      replicas: 3,
    });
    expect(() => app.synthYaml()).toThrow(
      /kubernetes\/replicas-need-redis.*3 replicas share no state: routing_strategy usage-based-routing-v2/s,
    );
  });

  it('reports probes or resources removed through an escape hatch', () => {
    const chart = new Chart(K8sTesting.app(), 'gateway');
    const proxy = new LiteLLMProxy(chart, 'litellm', { config: bundleOf() });
    expect(proxy.findings).toEqual([]);
    proxy.deployment.addJsonPatch(
      JsonPatch.remove('/spec/template/spec/containers/0/readinessProbe'),
      JsonPatch.remove('/spec/template/spec/containers/0/resources/limits'),
    );
    expect(proxy.findings.map((f) => [f.id, f.message])).toEqual([
      ['kubernetes/probes-and-resources', 'The proxy container has no readinessProbe and resources.limits.memory.'],
    ]);
  });

  it('reports variables no Secret provides, and Secrets for variables the config does not use, with a suggestion', () => {
    const chart = new Chart(K8sTesting.app(), 'gateway');
    const proxy = new LiteLLMProxy(chart, 'litellm', {
      config: bundleOf({ masterKey: true }),
      environment: ProxyEnvironment.fromSecrets({
        LITELLM_MASTERKEY: { secretName: 'master' },
        DATABASE_URL: { secretName: 'db', key: 'url' },
      }),
    });
    const coverage = proxy.findings.filter((f) => f.id === 'kubernetes/secret-coverage');
    expect(coverage.map((f) => f.message)).toEqual([
      'No Secret provides LITELLM_MASTER_KEY and OPENAI_API_KEY, which the config references: the proxy could not start without them.',
      'ProxyEnvironment.fromSecrets names DATABASE_URL, which the config does not reference.',
      "ProxyEnvironment.fromSecrets names LITELLM_MASTERKEY, which the config does not reference. Did you mean 'LITELLM_MASTER_KEY'?",
    ]);
    expect(coverage.every((f) => f.severity === 'error')).toBe(true);
  });

  it('reports a config too large for a ConfigMap', () => {
    const { prod } = testConfig();
    // 9,000 deployments of ~150 bytes each: beyond the 1 MiB a ConfigMap may hold.
    const group = prod.node.findChild('gpt-4o') as ModelGroup;
    for (let i = 0; i < 9000; i++)
      group.addDeployment(`d${i}`, {
        litellmParams: {
          model: 'openai/gpt-4o',
          api_key: Secret.env('OPENAI_API_KEY'),
          api_base: `https://example-${i}.invalid/v1`,
        },
      });
    const chart = new Chart(K8sTesting.app(), 'gateway');
    const proxy = new LiteLLMProxy(chart, 'litellm', {
      config: ConfigBundle.fromAssembly(Testing.synthApp(prod), 'prod'),
    });
    expect(proxy.findings.map((f) => f.id)).toEqual(['kubernetes/config-too-large']);
  });

  it('reports the variables a Secret of known keys lacks, and ignores keys the config does not use', () => {
    const chart = new Chart(K8sTesting.app(), 'gateway');
    const proxy = new LiteLLMProxy(chart, 'litellm', {
      config: bundleOf({ database: true }),
      environment: ProxyEnvironment.fromSecret('litellm-secrets', { keys: ['OPENAI_API_KEY', 'UNUSED_KEY'] }),
    });
    expect(proxy.findings.map((f) => [f.id, f.message])).toEqual([
      [
        'kubernetes/secret-coverage',
        'No Secret provides DATABASE_URL, which the config references: the proxy could not start without it.',
      ],
    ]);
  });

  it('refuses options no cluster accepts, naming the construct', () => {
    const config = bundleOf();
    const chart = new Chart(K8sTesting.app(), 'gateway');
    expect(() => new LiteLLMProxy(chart, 'a', { config, replicas: 0 })).toThrow(
      '[gateway/a] replicas must be a whole number of at least 1; got 0.',
    );
    expect(() => new LiteLLMProxy(chart, 'b', { config, autoscaling: { minReplicas: 4, maxReplicas: 2 } })).toThrow(
      '[gateway/b] autoscaling.minReplicas (4) is above maxReplicas (2).',
    );
    expect(
      () => new LiteLLMProxy(chart, 'c', { config, replicas: 2, autoscaling: { minReplicas: 1, maxReplicas: 2 } }),
    ).toThrow(/Set either replicas or autoscaling/);
    expect(() => new LiteLLMProxy(chart, 'd', { config, podDisruptionBudget: {} })).toThrow(
      /exactly one of minAvailable and maxUnavailable/,
    );
    expect(() => new LiteLLMProxy(chart, 'e', { config, name: 'Proxy_1' })).toThrow(
      /name 'Proxy_1' must be a DNS label/,
    );
    expect(() => ProxyEnvironment.fromSecret('My Secret')).toThrow(/'My Secret' is not a Kubernetes Secret name/);
  });
});
