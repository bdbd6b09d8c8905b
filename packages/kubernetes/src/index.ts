// The config a proxy runs, and where its variables come from
export * from './config-bundle.js';
export * from './proxy-environment.js';
export * from './proxy-container.js';
export * from './deployment-checks.js';

// Kubernetes, through cdk8s
export * from './kubernetes/litellm-proxy.js';
export * from './kubernetes/kubernetes-deployment.js';

// Docker Compose, for one machine
export * from './compose/compose-file.js';
export * from './compose/compose-deployment.js';
