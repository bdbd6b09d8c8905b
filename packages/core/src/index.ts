// The tree
export * from './tree/app.js';
export * from './tree/proxy-config.js';

// L1: LiteLLM's sections, one to one
export * from './config/config-element.js';
export * from './config/model-deployment.js';
export * from './config/settings-section.js';
export * from './config/router-settings.js';
export * from './config/litellm-settings.js';
export * from './config/general-settings.js';
export * from './config/environment-variables.js';
export * from './config/credential.js';
export * from './config/guardrail.js';
export * from './config/prompt.js';
export * from './config/mcp-server.js';
export * from './config/config-section.js';
export * from './config/include.js';
export * from './config/custom-module.js';
export * from './config/lazy.js';
export * from './config/schemas/index.js';

// L2
export * from './models/model-group.js';
export * from './models/router.js';
export { ROUTER_ERROR_CLASSES, ROUTER_SETTING_KEYS, type SimpleRouterProp } from './models/router-keys.js';
export * from './models/provider.js';
export * from './models/thinking-variants.js';
export * from './models/reasoning-effort-variants.js';
export * from './models/catalog-model-provider.js';
export * from './models/api-key-provider.js';

// Secrets, aspects, annotations
export * from './secrets/secret.js';
export * from './aspects/aspect.js';
export { invokeAspects, MAX_ASPECT_PASSES, MIN_ADDED_NODES_BUDGET, ADDED_NODES_PER_NODE } from './aspects/_invoke-aspects.js';
export * from './aspects/cache-control-injection.js';
export * from './annotations/annotations.js';

// Checks of config documents, shared by synth and `litellm-cdk validate`
export * from './validation/index.js';
export * from './catalog/index.js';
export * from './callbacks/index.js';
export * from './preflight/index.js';

// Synthesis
export * from './synth/assembly.js';
export * from './synth/synthesize.js';
export * from './synth/synthesis-phases.js';
export * from './synth/synthesis-error.js';
export * from './synth/synthesis-failure.js';
export { OutputDirectoryError } from './synth/output/output-directory-error.js';
export { checkOutputDirectory } from './synth/output/write-assembly.js';
export * from './synth/validation-report.js';
export * from './synth/report-sections.js';
export * from './synth/assembly-artifacts.js';
export { ERRORS_IN_GENERATED_CONFIGS } from './synth/validate-tree.js';
export { emitYaml, YamlEmitError, type EmitOptions, type CommentSource, type YamlValue, type YamlMapping, type YamlPath } from './synth/yaml-emitter.js';
export { SECTION_ORDER } from './synth/render-config.js';
export * from './synth/preview-config.js';

// Suggestions for typos, for every package's hints
export * from './suggestions/did-you-mean.js';

// Testing
export * from './testing/testing.js';
export * from './testing/config-template.js';

export { GENERATOR, VERSION, ASSEMBLY_VERSION } from './version.js';

// Importing configs back into constructs: the contract provider packages implement
export {
  type ExportedName,
  ImportCall,
  type ImportedDeployment,
  type ImportedGroup,
  type ImportProposal,
  importedSecret,
  isProviderImporter,
  type ProposedGroup,
  type ProposedProvider,
  type ProviderImporter,
  proposalValue,
} from './importing/provider-importer.js';
export { type ImportVerification, type ProposalWarning, type ProposedCall, verifyImportProposal } from './importing/verify-proposal.js';
export { type CatalogProviderShape, catalogModelImporter } from './importing/catalog-model-importer.js';
export { apiKeyProviderImporter, importers } from './importing/api-key-provider-importer.js';
