import { ApiObject, Names } from 'cdk8s';
import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import type { ConfigBundle } from '../config-bundle.js';
import { checkDeployment, podSpecFindings, type DeploymentFinding } from '../deployment-checks.js';
import {
  CONFIG_DIRECTORY,
  LITELLM_IMAGE,
  LIVENESS_PATH,
  PROXY_PORT,
  READINESS_PATH,
  proxyArguments,
} from '../proxy-container.js';
import { ProxyEnvironment } from '../proxy-environment.js';

/** The proxy container's name in the pod. */
export const PROXY_CONTAINER = 'litellm';

/** The pod annotation holding the sha256 of everything in the ConfigMap: a changed config rolls the pods. */
export const CONFIG_CHECKSUM_ANNOTATION = 'litellm-cdk.dev/config-sha256';

/** Resource requests and limits of the proxy container, as Kubernetes quantities (`'500m'`, `'2Gi'`). */
export interface ProxyResources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu?: string; readonly memory: string };
}

/** A HorizontalPodAutoscaler on CPU utilisation. */
export interface ProxyAutoscaling {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /**
   * Average CPU utilisation, in percent of the request, that the autoscaler keeps.
   * @default 70
   */
  readonly targetCpuUtilization?: number;
}

/** A PodDisruptionBudget: set one of the two. */
export interface ProxyDisruptionBudget {
  readonly minAvailable?: number | string;
  readonly maxUnavailable?: number | string;
}

/** How the proxy runs on Kubernetes; shared by `LiteLLMProxy` (cdk8s) and `KubernetesDeployment` (litellm-cdk). */
export interface ProxyDeploymentOptions {
  /**
   * The name of the Deployment and Service (and the prefix of the ConfigMap's): the proxy's address in the
   * namespace is `http://<name>:4000`.
   * @default - a name cdk8s derives from the construct path
   */
  readonly name?: string;
  /**
   * The proxy image.
   * @default LITELLM_IMAGE, the image of the LiteLLM release this library's data targets
   */
  readonly image?: string;
  /**
   * Pods to run. Ignored when `autoscaling` is set: the autoscaler owns the count.
   * @default 1
   */
  readonly replicas?: number;
  /** @default - no autoscaler */
  readonly autoscaling?: ProxyAutoscaling;
  /** @default - no PodDisruptionBudget */
  readonly podDisruptionBudget?: ProxyDisruptionBudget;
  /**
   * Where the config's environment variables come from.
   * @default ProxyEnvironment.fromSecret(`<name>-env`)
   */
  readonly environment?: ProxyEnvironment;
  /** @default DEFAULT_RESOURCES */
  readonly resources?: ProxyResources;
  /** @default 'ClusterIP' */
  readonly serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
}

/** Props of a `LiteLLMProxy`. */
export interface LiteLLMProxyProps extends ProxyDeploymentOptions {
  /** The config to run, with its included files, custom modules and variables. */
  readonly config: ConfigBundle;
}

/** What a LiteLLM proxy needs to start and serve a moderate load; raise them for heavy traffic. */
export const DEFAULT_RESOURCES: ProxyResources = {
  requests: { cpu: '500m', memory: '1Gi' },
  limits: { cpu: '2', memory: '2Gi' },
};

/**
 * A LiteLLM proxy on Kubernetes, for a cdk8s `Chart`: a ConfigMap with the config (and its included files and
 * custom modules), a Deployment of the pinned proxy image reading it with `--config`, environment variables from
 * Secrets, probes on LiteLLM's health endpoints, resources, a Service, and optionally a HorizontalPodAutoscaler and
 * a PodDisruptionBudget. A checksum of the config on the pod template rolls the pods when the config changes.
 *
 * ```ts
 * const chart = new Chart(app, 'gateway');
 * new LiteLLMProxy(chart, 'litellm', { config: ConfigBundle.fromDirectory('litellm.out', 'prod'), replicas: 3 });
 * ```
 *
 * Its checks (Redis for several replicas, a database for virtual keys, Secrets covering every variable, probes and
 * resources) are in `findings`; errors fail `app.synth()` as validation errors.
 */
export class LiteLLMProxy extends Construct {
  public readonly configMap: k8s.KubeConfigMap;
  public readonly deployment: k8s.KubeDeployment;
  public readonly service: k8s.KubeService;
  public readonly autoscaler?: k8s.KubeHorizontalPodAutoscalerV2;
  public readonly disruptionBudget?: k8s.KubePodDisruptionBudget;
  /** The name of the Deployment and Service. */
  public readonly name: string;
  private readonly subjectFindings: readonly DeploymentFinding[];

  public constructor(scope: Construct, id: string, props: LiteLLMProxyProps) {
    super(scope, id);
    assertOptions(this, props);
    this.name = props.name ?? Names.toDnsLabel(this);
    const config = props.config;
    const environment = props.environment ?? ProxyEnvironment.fromSecret(`${this.name}-env`);
    const selector = { 'app.kubernetes.io/name': 'litellm', 'app.kubernetes.io/instance': this.name };
    const labels = { ...selector, 'app.kubernetes.io/managed-by': 'litellm-cdk' };
    const files = configMapFiles(this, config);

    this.configMap = new k8s.KubeConfigMap(this, 'config', {
      metadata: { name: `${this.name}-config`, labels },
      data: Object.fromEntries(files.map((f) => [f.key, f.content])),
    });

    const resources = props.resources ?? DEFAULT_RESOURCES;
    this.deployment = new k8s.KubeDeployment(this, 'deployment', {
      metadata: { name: this.name, labels },
      spec: {
        replicas: props.autoscaling ? undefined : (props.replicas ?? 1),
        selector: { matchLabels: selector },
        template: {
          metadata: { labels, annotations: { [CONFIG_CHECKSUM_ANNOTATION]: config.sha256 } },
          spec: {
            containers: [
              {
                name: PROXY_CONTAINER,
                image: props.image ?? LITELLM_IMAGE,
                args: proxyArguments(config.configFile),
                ports: [{ name: 'http', containerPort: PROXY_PORT, protocol: 'TCP' }],
                env: environment.references(config.environmentVariables).map((ref) => ({
                  name: ref.name,
                  valueFrom: { secretKeyRef: { name: ref.secretName, key: ref.key } },
                })),
                // The proxy loads its config and connects to its database before it answers: up to five minutes.
                startupProbe: httpProbe(READINESS_PATH, { periodSeconds: 10, failureThreshold: 30 }),
                readinessProbe: httpProbe(READINESS_PATH, { periodSeconds: 10, failureThreshold: 3 }),
                livenessProbe: httpProbe(LIVENESS_PATH, { periodSeconds: 15, failureThreshold: 5 }),
                resources: {
                  requests: quantities(resources.requests),
                  limits: quantities(resources.limits),
                },
                volumeMounts: [{ name: 'config', mountPath: CONFIG_DIRECTORY, readOnly: true }],
              },
            ],
            volumes: [
              {
                name: 'config',
                configMap: { name: this.configMap.name, items: files.map((f) => ({ key: f.key, path: f.path })) },
              },
            ],
          },
        },
      },
    });

    this.service = new k8s.KubeService(this, 'service', {
      metadata: { name: this.name, labels },
      spec: {
        type: props.serviceType ?? 'ClusterIP',
        selector,
        ports: [{ name: 'http', port: PROXY_PORT, targetPort: k8s.IntOrString.fromString('http'), protocol: 'TCP' }],
      },
    });

    if (props.autoscaling) {
      this.autoscaler = new k8s.KubeHorizontalPodAutoscalerV2(this, 'autoscaler', {
        metadata: { name: this.name, labels },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: this.deployment.name },
          minReplicas: props.autoscaling.minReplicas,
          maxReplicas: props.autoscaling.maxReplicas,
          metrics: [
            {
              type: 'Resource',
              resource: {
                name: 'cpu',
                target: { type: 'Utilization', averageUtilization: props.autoscaling.targetCpuUtilization ?? 70 },
              },
            },
          ],
        },
      });
    }
    if (props.podDisruptionBudget) {
      const { minAvailable, maxUnavailable } = props.podDisruptionBudget;
      this.disruptionBudget = new k8s.KubePodDisruptionBudget(this, 'disruption-budget', {
        metadata: { name: this.name, labels },
        spec: {
          selector: { matchLabels: selector },
          minAvailable: intOrString(minAvailable),
          maxUnavailable: intOrString(maxUnavailable),
        },
      });
    }

    const maxInstances = props.autoscaling ? props.autoscaling.maxReplicas : (props.replicas ?? 1);
    this.subjectFindings = [
      ...checkDeployment({
        document: config.document,
        environmentVariables: config.environmentVariables,
        maxInstances,
        instancesDescription: props.autoscaling
          ? `up to ${maxInstances} autoscaled replicas`
          : `${maxInstances} replicas`,
        environment,
      }),
      ...disruptionBudgetFindings(props),
      ...configMapSizeFindings(files),
    ];
    this.node.addValidation({
      validate: () =>
        this.findings.filter((f) => f.severity === 'error').map((f) => `[${f.id}] ${f.message} ${f.hint}`),
    });
  }

  /** The checks' findings on the deployment as it stands (escape-hatch changes to the Deployment included). */
  public get findings(): readonly DeploymentFinding[] {
    return [...this.subjectFindings, ...podSpecFindings(ApiObject.of(this.deployment).toJson(), PROXY_CONTAINER)];
  }
}

/** ConfigMap keys are flat; files in folders (custom modules) get a key without slashes and keep their path. */
function configMapFiles(scope: Construct, config: ConfigBundle): { key: string; path: string; content: string }[] {
  const byKey = new Map<string, string>();
  return config.files.map((file) => {
    const key = file.path.replace(/\//g, '__');
    const other = byKey.get(key);
    if (other)
      throw new Error(
        `[${scope.node.path}] ${file.path} and ${other} would share the ConfigMap key '${key}'; rename one of them.`,
      );
    byKey.set(key, file.path);
    return { key, path: file.path, content: file.content };
  });
}

function httpProbe(path: string, timing: { periodSeconds: number; failureThreshold: number }): k8s.Probe {
  return { httpGet: { path, port: k8s.IntOrString.fromString('http') }, timeoutSeconds: 5, ...timing };
}

function quantities(values: Readonly<Record<string, string | undefined>>): Record<string, k8s.Quantity> {
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value]) => [key, k8s.Quantity.fromString(value)]),
  );
}

function intOrString(value: number | string | undefined): k8s.IntOrString | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? k8s.IntOrString.fromNumber(value) : k8s.IntOrString.fromString(value);
}

/** Options that no cluster would accept are API misuse: refused where they are given. */
function assertOptions(scope: Construct, props: ProxyDeploymentOptions): void {
  const where = `[${scope.node.path}]`;
  const count = (name: string, value: number | undefined, min: number) => {
    if (value !== undefined && (!Number.isInteger(value) || value < min))
      throw new Error(`${where} ${name} must be a whole number of at least ${min}; got ${value}.`);
  };
  count('replicas', props.replicas, 1);
  if (props.autoscaling) {
    count('autoscaling.minReplicas', props.autoscaling.minReplicas, 1);
    count('autoscaling.maxReplicas', props.autoscaling.maxReplicas, 1);
    if (props.autoscaling.minReplicas > props.autoscaling.maxReplicas) {
      throw new Error(
        `${where} autoscaling.minReplicas (${props.autoscaling.minReplicas}) is above maxReplicas (${props.autoscaling.maxReplicas}).`,
      );
    }
    if (props.replicas !== undefined)
      throw new Error(
        `${where} Set either replicas or autoscaling: with an autoscaler, it decides the number of replicas.`,
      );
  }
  const budget = props.podDisruptionBudget;
  if (budget && (budget.minAvailable === undefined) === (budget.maxUnavailable === undefined)) {
    throw new Error(`${where} podDisruptionBudget takes exactly one of minAvailable and maxUnavailable.`);
  }
  if (props.name !== undefined && !/^[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?$/.test(props.name)) {
    throw new Error(
      `${where} name '${props.name}' must be a DNS label of at most 52 characters: lower-case letters, digits and '-'.`,
    );
  }
}

/** Kubernetes stores a ConfigMap in etcd, which refuses objects over 1 MiB. */
const MAX_CONFIG_MAP_BYTES = 1024 * 1024;

function configMapSizeFindings(files: readonly { key: string; content: string }[]): DeploymentFinding[] {
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.key) + Buffer.byteLength(f.content), 0);
  if (bytes <= MAX_CONFIG_MAP_BYTES) return [];
  return [
    {
      severity: 'error',
      id: 'kubernetes/config-too-large',
      message: `The config and the files beside it take ${bytes} bytes; a ConfigMap holds at most ${MAX_CONFIG_MAP_BYTES} (1 MiB), so the cluster would refuse it.`,
      hint: 'Split the models into included configs deployed apart, or build an image that contains the config.',
    },
  ];
}

/** A budget that allows no voluntary eviction blocks node drains and cluster upgrades. */
function disruptionBudgetFindings(props: ProxyDeploymentOptions): DeploymentFinding[] {
  const budget = props.podDisruptionBudget;
  if (!budget) return [];
  const fewest = props.autoscaling ? props.autoscaling.minReplicas : (props.replicas ?? 1);
  const blocks =
    budget.maxUnavailable === 0 ||
    budget.maxUnavailable === '0%' ||
    budget.minAvailable === '100%' ||
    (typeof budget.minAvailable === 'number' && budget.minAvailable >= fewest);
  if (!blocks) return [];
  return [
    {
      severity: 'warning',
      id: 'kubernetes/disruption-budget-blocks-drains',
      message: `The PodDisruptionBudget allows no pod of ${fewest} to be evicted, so node drains and cluster upgrades wait forever.`,
      hint: 'Allow one pod to go (maxUnavailable: 1), or run more replicas than minAvailable.',
    },
  ];
}
