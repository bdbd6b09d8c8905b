// Checks of config documents, shared by synth and `litellm-cdk validate`.
export * from './finding.js';
export { validateConfig, type ValidateConfigOptions } from './validate-config.js';
export { CREDENTIAL_KEYS, type CredentialKey, type SecretValueKind } from './credential-keys.js';
export { mergeIncludes, type MergedConfig, type DocumentLocation } from './merge-includes.js';
export * from './capability-checks.js';
export { moduleReferenceSites, type ModuleFiles, type ModuleReferenceSite } from './startup-loads.js';
