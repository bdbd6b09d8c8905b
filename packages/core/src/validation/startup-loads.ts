// What LiteLLM's proxy loads by name at start-up (litellm/proxy/proxy_server.py `ProxyConfig.load_config`): callback
// names, custom module references, and the integrations that need more than the config. A name it cannot load, or
// a module file that is missing, stops the proxy before it serves a request.
import {
  callbackRequirement,
  guardrailRequirement,
  type IntegrationRequirement,
  isRemoteModuleReference,
  type ModuleLoader,
  parseModuleReference,
} from '../callbacks/index.js';
import { CALLBACK_NAMES, isCallbackName } from '../callbacks/callback-names.js';
import { closestMatches, didYouMean } from '../suggestions/did-you-mean.js';
import { formatPath, isMapping, listAt, mappingAt } from './document-paths.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

/** The module files beside the main config: paths relative to its directory, with `/` (`hooks/custom_auth.py`). */
export interface ModuleFiles {
  has(file: string): boolean;
}

/** One place where the config names Python code LiteLLM loads at start-up. */
export interface ModuleReferenceSite {
  readonly path: ConfigPath;
  readonly value: string;
  readonly loader: ModuleLoader;
}

/** `general_settings` keys LiteLLM passes to `get_instance_fn` with the config's path. */
const GENERAL_SETTINGS_MODULES = ['custom_auth', 'custom_key_generate', 'custom_sso'] as const;

/** The findings about what the (merged) config makes LiteLLM load at start-up. */
export function startupLoadFindings(content: unknown, moduleFiles?: ModuleFiles): ConfigFinding[] {
  return [
    ...callbackNameFindings(content),
    ...moduleReferenceFindings(content, moduleFiles),
    ...requirementFindings(content),
  ];
}

/** Every module reference of the config, in document order. */
export function moduleReferenceSites(content: unknown): ModuleReferenceSite[] {
  const sites: ModuleReferenceSite[] = [];
  const general = mappingAt(content, 'general_settings');
  for (const key of GENERAL_SETTINGS_MODULES) {
    if (typeof general?.[key] === 'string')
      sites.push({ path: ['general_settings', key], value: general[key] as string, loader: 'config-directory' });
  }
  const settings = mappingAt(content, 'litellm_settings');
  if (typeof settings?.post_call_rules === 'string') {
    sites.push({
      path: ['litellm_settings', 'post_call_rules'],
      value: settings.post_call_rules,
      loader: 'config-directory',
    });
  }
  listAt(settings, 'custom_provider_map').forEach((item, i) => {
    if (isMapping(item) && typeof item.custom_handler === 'string') {
      sites.push({
        path: ['litellm_settings', 'custom_provider_map', i, 'custom_handler'],
        value: item.custom_handler,
        loader: 'config-directory',
      });
    }
  });
  for (const { path, value } of callbackEntries(content)) {
    if (!isCallbackName(value) && value.includes('.') && !isRemoteModuleReference(value))
      sites.push({ path, value, loader: 'config-directory' });
  }
  for (const list of ['success_callback', 'failure_callback'] as const) {
    listAt(settings, list).forEach((value, i) => {
      if (typeof value === 'string' && value.includes('.'))
        sites.push({ path: ['litellm_settings', list, i], value, loader: 'python-path' });
    });
  }
  listAt(content, 'guardrails').forEach((entry, i) => {
    const type = mappingAt(entry, 'litellm_params')?.guardrail;
    if (typeof type === 'string' && type.includes('.'))
      sites.push({ path: ['guardrails', i, 'litellm_params', 'guardrail'], value: type, loader: 'guardrail-file' });
  });
  return sites;
}

/**
 * The strings `initialize_callbacks_on_proxy` reads: `litellm_settings.callbacks` (a list, or one string) and the
 * `callbacks` of each legacy `litellm_settings.guardrails` entry.
 */
function callbackEntries(content: unknown): { readonly path: ConfigPath; readonly value: string }[] {
  const settings = mappingAt(content, 'litellm_settings');
  const entries: { path: ConfigPath; value: string }[] = [];
  const callbacks = settings?.callbacks;
  if (typeof callbacks === 'string') entries.push({ path: ['litellm_settings', 'callbacks'], value: callbacks });
  else if (Array.isArray(callbacks)) {
    callbacks.forEach((value, i) => {
      if (typeof value === 'string') entries.push({ path: ['litellm_settings', 'callbacks', i], value });
    });
  }
  listAt(settings, 'guardrails').forEach((guardrail, i) => {
    if (!isMapping(guardrail)) return;
    for (const [name, spec] of Object.entries(guardrail)) {
      listAt(spec, 'callbacks').forEach((value, j) => {
        if (typeof value === 'string')
          entries.push({ path: ['litellm_settings', 'guardrails', i, name, 'callbacks', j], value });
      });
    }
  });
  return entries;
}

/** `callback_settings` entries of `callback_type: generic_api`, whose names `callbacks` accepts too. */
function genericApiNames(content: unknown): Set<string> {
  const settings = mappingAt(content, 'callback_settings');
  return new Set(
    Object.entries(settings ?? {}).flatMap(([name, value]) =>
      isMapping(value) && value.callback_type === 'generic_api' ? [name] : [],
    ),
  );
}

function callbackNameFindings(content: unknown): ConfigFinding[] {
  const generic = genericApiNames(content);
  return callbackEntries(content)
    .filter(
      ({ value }) =>
        !isCallbackName(value) && !generic.has(value) && !value.includes('.') && !isRemoteModuleReference(value),
    )
    .map(({ path, value }) => {
      // A success_callback logger name often has a different name here (s3 -> s3_v2): offer those too.
      const renamed = CALLBACK_NAMES.filter((name) => name.startsWith(`${value}_`));
      const suggestion =
        closestMatches(value, CALLBACK_NAMES).length > 0
          ? didYouMean(value, CALLBACK_NAMES)
          : didYouMean(value, renamed, { maxDistance: Number.MAX_SAFE_INTEGER });
      return {
        severity: 'error' as const,
        id: 'core/unknown-callback',
        message: `${formatPath(path)} is '${value}', which is not a callback LiteLLM knows: it loads the string as a custom module and fails at start-up (Could not find module file).${suggestion}`,
        path,
        hint: `Use one of LiteLLM's callback names (litellm-cdk lists them in docs/litellm-startup.md), or a custom module '<file>.<attribute>' with <file>.py beside the config.`,
      };
    });
}

function moduleReferenceFindings(content: unknown, moduleFiles: ModuleFiles | undefined): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const settings = mappingAt(content, 'litellm_settings');
  if (settings && Object.hasOwn(settings, 'post_call_rules') && typeof settings.post_call_rules !== 'string') {
    findings.push({
      severity: 'error',
      id: 'core/invalid-module-reference',
      message:
        'litellm_settings.post_call_rules must be one module reference (a string): LiteLLM passes the value to its module loader as it is and fails at start-up.',
      path: ['litellm_settings', 'post_call_rules'],
      hint: "Write one '<file>.<function>' reference; the function may check several rules.",
    });
  }
  listAt(settings, 'custom_provider_map').forEach((item, i) => {
    for (const key of ['provider', 'custom_handler']) {
      if (!isMapping(item) || typeof item[key] !== 'string') {
        findings.push({
          severity: 'error',
          id: 'core/invalid-module-reference',
          message: `litellm_settings.custom_provider_map[${i}] has no ${key} string: LiteLLM reads item['${key}'] at start-up and fails.`,
          path: ['litellm_settings', 'custom_provider_map', i],
          hint: "Give each entry a provider name and a custom_handler '<file>.<instance>'.",
        });
      }
    }
  });
  for (const site of moduleReferenceSites(content)) {
    const reference = parseModuleReference(site.value, site.loader);
    if ('problem' in reference) {
      findings.push({
        severity: 'error',
        id: 'core/invalid-module-reference',
        message: `${formatPath(site.path)}: ${reference.problem}.`,
        path: site.path,
        hint: "Write '<module>.<attribute>', with <module>.py beside the config (dots in <module> are folders).",
      });
      continue;
    }
    if (!moduleFiles) continue;
    if (site.loader === 'python-path') {
      const asPackage = `${reference.file.replace(/\.py$/, '')}/__init__.py`;
      if (moduleFiles.has(reference.file) || moduleFiles.has(asPackage)) continue;
      findings.push({
        severity: 'warning',
        id: 'core/custom-module-not-found',
        message: `${formatPath(site.path)} is '${site.value}': LiteLLM imports the module '${reference.module}' from the proxy's working directory or PYTHONPATH at start-up, and there is no ${reference.file} beside the config.`,
        path: site.path,
        hint: 'Put the file beside the config and start the proxy in that directory (in an app: CustomModule.fromFile), or make sure the module is installed where the proxy runs.',
      });
    } else if (!moduleFiles.has(reference.file)) {
      findings.push({
        severity: 'error',
        id: 'core/missing-custom-module',
        message: `${formatPath(site.path)} is '${site.value}', but there is no ${reference.file} beside the config: LiteLLM fails at start-up (${site.loader === 'guardrail-file' ? 'FileNotFoundError' : 'Could not find module file'}).`,
        path: site.path,
        hint: `Put ${reference.file} beside the config (in an app: CustomModule.fromFile('<path>', '${reference.attribute}') copies it into the assembly).`,
      });
    }
  }
  return findings;
}

function requirementFindings(content: unknown): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const settings = mappingAt(content, 'litellm_settings');
  const named: { path: ConfigPath; name: string; requirement: IntegrationRequirement; kind: string }[] = [];
  for (const { path, value } of callbackEntries(content)) {
    const requirement = callbackRequirement(value);
    if (requirement) named.push({ path, name: value, requirement, kind: 'callback' });
  }
  for (const list of ['success_callback', 'failure_callback'] as const) {
    listAt(settings, list).forEach((value, i) => {
      const requirement = typeof value === 'string' ? callbackRequirement(value) : undefined;
      if (requirement)
        named.push({ path: ['litellm_settings', list, i], name: value as string, requirement, kind: 'callback' });
    });
  }
  listAt(content, 'guardrails').forEach((entry, i) => {
    const type = mappingAt(entry, 'litellm_params')?.guardrail;
    const requirement = typeof type === 'string' ? guardrailRequirement(type) : undefined;
    if (requirement)
      named.push({
        path: ['guardrails', i, 'litellm_params', 'guardrail'],
        name: type as string,
        requirement,
        kind: 'guardrail',
      });
  });
  for (const { path, name, requirement, kind } of named) {
    if (requirement.enterprise) {
      const licence = requirement.licence === 'fails' ? ' and a LiteLLM Enterprise licence (LITELLM_LICENSE)' : '';
      findings.push({
        severity: 'warning',
        id: 'core/enterprise-integration',
        message: `The ${kind} '${name}' needs LiteLLM Enterprise code (the ${requirement.enterprise})${licence}: without it the proxy fails at start-up.`,
        path,
        hint: `Run the proxy with the ${requirement.enterprise}${licence}, or remove '${name}'. Acknowledge this warning once that is so.`,
      });
    } else if (requirement.licence === 'degrades') {
      findings.push({
        severity: 'warning',
        id: 'core/enterprise-integration',
        message: `The ${kind} '${name}' needs a LiteLLM Enterprise licence (LITELLM_LICENSE): without one the proxy starts, but '${name}' does not work (it only logs that it is an Enterprise feature).`,
        path,
        hint: `Set LITELLM_LICENSE where the proxy runs, or remove '${name}'. Acknowledge this warning once that is so.`,
      });
    }
    if (requirement.pythonPackages) {
      findings.push({
        severity: 'warning',
        id: 'core/integration-needs-package',
        message: `The ${kind} '${name}' needs Python packages the litellm package does not install: ${requirement.pythonPackages.join(', ')}${requirement.inDockerImage ? " (LiteLLM's Docker image has them)" : ''}; without them the proxy fails at start-up.`,
        path,
        hint: `Run the proxy where they are installed (pip install ${requirement.pythonPackages.join(' ')}${requirement.inDockerImage ? ", or LiteLLM's Docker image" : ''}), and acknowledge this warning saying so.`,
      });
    }
    for (const key of requirement.settings ?? []) {
      if (settings && Object.hasOwn(settings, key)) continue;
      findings.push({
        severity: 'error',
        id: 'core/integration-missing-setting',
        message: `The ${kind} '${name}' reads litellm_settings.${key} at start-up, which is not set: the proxy fails (KeyError).`,
        path,
        hint: `Set litellm_settings.${key}, or remove '${name}'.`,
      });
    }
  }
  return findings;
}
