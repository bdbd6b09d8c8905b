// The config a proxy runs, and where its variables come from
export { type BundleFile, ConfigBundle } from './config-bundle.js';
export {
  type EnvironmentCoverage,
  type FromSecretOptions,
  ProxyEnvironment,
  type SecretKeyReference,
} from './proxy-environment.js';
export {
  CONFIG_DIRECTORY,
  LITELLM_IMAGE,
  LITELLM_IMAGE_REPOSITORY,
  LIVENESS_PATH,
  PROXY_PORT,
  proxyArguments,
  READINESS_PATH,
} from './proxy-container.js';
export {
  checkDeployment,
  type DeploymentFinding,
  type DeploymentSubject,
  podSpecFindings,
} from './deployment-checks.js';

// Kubernetes, through cdk8s
export {
  CONFIG_CHECKSUM_ANNOTATION,
  DEFAULT_RESOURCES,
  LiteLLMProxy,
  type LiteLLMProxyProps,
  PROXY_CONTAINER,
  type ProxyAutoscaling,
  type ProxyDeploymentOptions,
  type ProxyDisruptionBudget,
  type ProxyResources,
} from './kubernetes/litellm-proxy.js';
export {
  KUBERNETES_ARTIFACT_TYPE,
  KubernetesDeployment,
  type KubernetesDeploymentProps,
} from './kubernetes/kubernetes-deployment.js';

// Docker Compose, for one machine
export { composeFile, type ComposeOptions } from './compose/compose-file.js';
export { COMPOSE_ARTIFACT_TYPE, ComposeDeployment, type ComposeDeploymentProps } from './compose/compose-deployment.js';
