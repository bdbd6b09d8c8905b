// The document validator: everything LiteLLM would reject, crash on, silently skip or silently misread in a config
// and the files it includes, as findings in document order.
import { aliasFindings } from './_alias-checks.js';
import { customProviderNames } from './_custom-providers.js';
import { deploymentFindings } from './_deployment-checks.js';
import { inDocumentOrder } from './_document-order.js';
import { emptyApiKeyFindings } from './_empty-api-keys.js';
import { fallbackFindings } from './_fallback-checks.js';
import { environmentFindings } from './_environment-findings.js';
import { includeFindings, type MergedConfig, mergeIncludes } from './merge-includes.js';
import { keyRuleFindings } from './_key-rules.js';
import { ModelGroups } from './_model-groups.js';
import { promptFindings } from './_prompt-checks.js';
import { withFile } from './document-paths.js';
import { schemaFindings } from './_schema-findings.js';
import { type ModuleFiles, startupLoadFindings } from './startup-loads.js';
import { secretFindings } from './_secret-findings.js';
import { unknownKeyFindings } from './_unknown-keys.js';
import { checkCapabilities } from './capability-checks.js';
import type { ConfigDocument, ConfigFinding } from './finding.js';

/** Options of {@link validateConfig}. */
export interface ValidateConfigOptions {
  /** The documents the main one names under `include`, matched by `file`. */
  readonly includes?: readonly ConfigDocument[];
  /**
   * The files beside the main config, to check that every custom module it references exists (LiteLLM loads them
   * from the main config's directory at start-up).
   * @default - module files are not checked, only the references' shape
   */
  readonly moduleFiles?: ModuleFiles;
}

/**
 * Checks a config document, merged with the documents it includes, and returns every finding in document order:
 *
 * 1. each document against the config schema (types, required keys, unknown and misplaced keys);
 * 2. each document's strings: `os.environ/` references LiteLLM cannot resolve and literal credentials;
 * 3. the merged config: providers LiteLLM cannot infer, fallback and alias targets, fallback cycles, duplicate
 *    ids and deployments, mixed modes, missing or nested includes, callbacks and custom modules LiteLLM cannot
 *    load at start-up;
 * 4. the capability checks against the model catalog.
 *
 * Findings about an included document carry its `file` and paths inside it.
 */
export function validateConfig(main: ConfigDocument, options: ValidateConfigOptions = {}): ConfigFinding[] {
  const includes = options.includes ?? [];
  const merged = mergeIncludes(main, includes);
  const documents = [main, ...merged.included];
  const findings = [
    ...documents.flatMap((document, i) => documentFindings(document, i === 0 ? undefined : document.file)),
    ...includeFindings(main, includes),
    ...mergedFindings(merged, options.moduleFiles),
  ];
  return inDocumentOrder(findings, documents);
}

/** The findings of one document on its own. */
function documentFindings(document: ConfigDocument, file: string | undefined): ConfigFinding[] {
  const schema = schemaFindings(document.content, file);
  if (document.content === null || document.content === undefined) return schema;
  return [
    ...schema,
    ...unknownKeyFindings(document.content, file),
    ...keyRuleFindings(document.content, file),
    ...secretFindings(document.content, file),
    ...emptyApiKeyFindings(document.content, file),
  ];
}

/** The findings of the merged view, with paths mapped back to the documents they came from. */
function mergedFindings(merged: MergedConfig, moduleFiles: ModuleFiles | undefined): ConfigFinding[] {
  const groups = ModelGroups.of(merged.content, (path) => merged.locate(path));
  const located = [
    ...deploymentFindings(groups, customProviderNames(merged.content)),
    ...fallbackFindings(merged.content, groups),
    ...aliasFindings(merged.content, groups),
    ...promptFindings(merged.content),
    ...checkCapabilities(merged.content),
    ...environmentFindings(merged.content),
    ...startupLoadFindings(merged.content, moduleFiles),
  ];
  return located.map((finding) => {
    if (finding.file !== undefined) return finding;
    const { path, file } = merged.locate(finding.path);
    return withFile({ ...finding, path }, file);
  });
}
