import type { ConfigPlanBuilder } from './config-plan-builder.js';
import { isMapping } from './provider-mapping.js';
import { tsString } from './ts-source.js';
import { moduleReference, type TypedProps, untypedKeys, without } from './typed-props.js';

/** The L1 constructs of the mapping sections, by section. */
const SETTINGS_CONSTRUCTS: Readonly<Record<string, string>> = {
  litellm_settings: 'LitellmSettings',
  general_settings: 'GeneralSettings',
  environment_variables: 'EnvironmentVariables',
  router_settings: 'RouterSettings',
};

/** Plans one top-level section other than `model_list`, `router_settings` and `include`. */
export function planSection(builder: ConfigPlanBuilder, key: string, value: unknown): void {
  builder.blank();
  if (key in SETTINGS_CONSTRUCTS && isMapping(value)) planSettings(builder, key, value);
  else if (key === 'credential_list' && isList(value, isCredential))
    planItems(builder, key, value, 'Credential', (item) => String(item.credential_name));
  else if (key === 'guardrails' && isList(value, isGuardrail))
    planItems(builder, key, value, 'Guardrail', (item) => String(item.guardrail_name));
  else if (key === 'prompts' && isList(value, isPrompt))
    planItems(builder, key, value, 'Prompt', (item) => String(item.prompt_id));
  else if (
    key === 'mcp_servers' &&
    isMapping(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every(isMcpServer)
  ) {
    planMcpServers(builder, value);
  } else planConfigSection(builder, key, value);
}

/**
 * `new LitellmSettings(config, 'LitellmSettings', {...})` and its kin: every key as written; a value the props' type
 * does not admit is set with `set()` after it, so the app compiles.
 */
export function planSettings(builder: ConfigPlanBuilder, key: string, value: Record<string, unknown>): void {
  const type = SETTINGS_CONSTRUCTS[key];
  const construct = builder.construct(type);
  const untyped = untypedKeys(type as TypedProps, value);
  const expression = builder.newChild(type, builder.childId(type, type), builder.secrets(without(value, untyped), key));
  const then = untyped.map((k) => `${construct.ref()}.set(${tsString(k)}, ${builder.value(value[k], `${key}.${k}`)});`);
  builder.add(construct, expression, [[key], ...Object.keys(value).map((k) => [key, k])], then);
}

/** Any section as written: `new ConfigSection(config, 'Policies', { key: 'policies', value: ... })`. */
export function planConfigSection(builder: ConfigPlanBuilder, key: string, value: unknown): void {
  const construct = builder.construct(key);
  const expression = builder.newChild('ConfigSection', builder.childId(key, 'Section'), {
    key,
    value: builder.secrets(value, key),
  });
  builder.add(construct, expression, [[key]]);
}

function planItems(
  builder: ConfigPlanBuilder,
  section: string,
  items: readonly Record<string, unknown>[],
  type: string,
  nameOf: (item: Record<string, unknown>) => string,
): void {
  items.forEach((item, index) => {
    const construct = builder.construct(`${nameOf(item)} ${type}`);
    const id = builder.childId(`${nameOf(item)} ${type}`, type);
    builder.add(construct, builder.newChild(type, id, builder.secrets(item, `${section}[${index}]`)), [
      [section, index],
    ]);
  });
}

function planMcpServers(builder: ConfigPlanBuilder, servers: Record<string, unknown>): void {
  Object.entries(servers).forEach(([name, settings], index) => {
    const construct = builder.construct(`${name} mcp server`);
    const id = builder.childId(`${name} mcp server`, 'McpServer');
    const props = builder.secrets({ name, ...(settings as Record<string, unknown>) }, `mcp_servers.${name}`);
    builder.add(construct, builder.newChild('McpServer', id, props), [
      ...(index === 0 ? [['mcp_servers']] : []),
      ['mcp_servers', name],
    ]);
  });
}

function isList(value: unknown, isItem: (item: unknown) => boolean): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isItem);
}

/** A `credential_list` item that `Credential` renders exactly: name, values, and optional info, nothing else. */
function isCredential(item: unknown): boolean {
  if (!isMapping(item) || typeof item.credential_name !== 'string' || !isMapping(item.credential_values)) return false;
  if (item.credential_info !== undefined && !isMapping(item.credential_info)) return false;
  return Object.keys(item).every((key) => ['credential_name', 'credential_values', 'credential_info'].includes(key));
}

/** A `guardrails` item with the keys `Guardrail` requires, of the types its props declare. */
function isGuardrail(item: unknown): boolean {
  if (!isMapping(item) || typeof item.guardrail_name !== 'string' || !isMapping(item.litellm_params)) return false;
  const { guardrail, mode } = item.litellm_params;
  const modeFits =
    mode === undefined || typeof mode === 'string' || (Array.isArray(mode) && mode.every((m) => typeof m === 'string'));
  return (
    moduleReference(guardrail) && modeFits && (item.guardrail_info === undefined || isMapping(item.guardrail_info))
  );
}

/** A `prompts` item with the keys `Prompt` requires, of the types its props declare. */
function isPrompt(item: unknown): boolean {
  if (!isMapping(item) || typeof item.prompt_id !== 'string' || !isMapping(item.litellm_params)) return false;
  const { prompt_integration: integration, prompt_file: file, prompt_id: id } = item.litellm_params;
  const info = item.prompt_info;
  const infoFits =
    info === undefined ||
    (isMapping(info) && (info.prompt_type === undefined || info.prompt_type === 'config' || info.prompt_type === 'db'));
  return (
    typeof integration === 'string' &&
    (file === undefined || typeof file === 'string') &&
    (id === undefined || typeof id === 'string') &&
    infoFits &&
    (item.version === undefined || typeof item.version === 'number')
  );
}

/**
 * An `mcp_servers` entry that `McpServer` renders exactly: a mapping without a `name` key (the props use it),
 * with values of the types its props declare.
 */
function isMcpServer(settings: unknown): boolean {
  if (!isMapping(settings) || 'name' in settings) return false;
  const { url, transport, command, args, env, auth_type: authType } = settings;
  const strings = [url, transport, command, authType].every((v) => v === undefined || typeof v === 'string');
  const list = args === undefined || (Array.isArray(args) && args.every((a) => typeof a === 'string'));
  return strings && list && (env === undefined || isMapping(env));
}
