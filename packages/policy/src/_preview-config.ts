import { ConfigElement, Lazy, ModelGroup, ProxyConfig, SECTION_ORDER, Secret, type ConfigPath, type Contribution } from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';

/** A config as it will render, built while aspects run, with the construct behind each part. */
export interface ConfigPreview {
  readonly config: ProxyConfig;
  /** Plain data: secrets as their references, lazy values produced, `undefined` keys dropped. */
  readonly document: Record<string, unknown>;
  /** The construct that renders `path` (in this config's own document): the owner of its longest recorded prefix. */
  ownerOf(path: ConfigPath): IConstruct;
}

/**
 * Previews what `config` renders to, from its L1 elements in tree order and its groups' fallbacks and aliases —
 * what core's renderer does after the aspects. Policy rules run as an aspect, before rendering, yet must judge the
 * final document; reading each element's contribution (rather than its typed getters) is what makes overrides,
 * credentials, guardrails and free-form sections visible to them. Conflicts are core's to report, so a key set
 * twice keeps its first value here, as it does there.
 */
export function previewConfig(config: ProxyConfig): ConfigPreview {
  const owners = new Map<string, IConstruct>();
  const record = (path: ConfigPath, owner: IConstruct) => owners.set(key(path), owner);
  const sections = new Map<string, unknown>();
  const elements: ConfigElement[] = [];
  const groups: ModelGroup[] = [];
  collect(config, elements, groups);

  if (config.includes.length > 0) sections.set('include', config.includes.map((c) => c.fileName));
  for (const element of elements) {
    const contribution: Contribution = element.renderContribution();
    const { section } = contribution;
    if (contribution.kind === 'item') {
      const list = (sections.get(section) as unknown[] | undefined) ?? [];
      record([section, list.length], element);
      list.push(plain(contribution.value));
      sections.set(section, list);
    } else if (contribution.kind === 'value') {
      if (sections.has(section)) continue;
      sections.set(section, plain(contribution.value));
      record([section], element);
    } else {
      const mapping = (sections.get(section) as Record<string, unknown> | undefined) ?? {};
      if (!sections.has(section)) record([section], element);
      const entries = contribution.kind === 'entry' ? { [contribution.key]: contribution.value } : contribution.value;
      for (const [name, raw] of Object.entries(entries)) {
        const value = plain(raw);
        if (value === undefined || name in mapping) continue;
        mapping[name] = value;
        record([section, name], element);
      }
      sections.set(section, mapping);
    }
  }
  addGroupRouting(groups, sections, record);

  const document: Record<string, unknown> = {};
  const known = new Set<string>(SECTION_ORDER);
  for (const section of SECTION_ORDER) if (sections.has(section)) document[section] = sections.get(section);
  for (const section of [...sections.keys()].filter((s) => !known.has(s)).sort()) document[section] = sections.get(section);
  return {
    config,
    document,
    ownerOf(path: ConfigPath): IConstruct {
      for (let length = path.length; length >= 0; length--) {
        const owner = owners.get(key(path.slice(0, length)));
        if (owner) return owner;
      }
      return config;
    },
  };
}

function collect(scope: IConstruct, elements: ConfigElement[], groups: ModelGroup[]): void {
  for (const child of scope.node.children) {
    if (ProxyConfig.isProxyConfig(child)) continue;
    if (ConfigElement.isConfigElement(child)) elements.push(child);
    if (ModelGroup.isModelGroup(child)) groups.push(child);
    collect(child, elements, groups);
  }
}

type Recorder = (path: ConfigPath, owner: IConstruct) => void;

/** The groups' fallbacks and aliases, appended to `router_settings` after the keys its elements set. */
function addGroupRouting(groups: readonly ModelGroup[], sections: Map<string, unknown>, record: Recorder): void {
  const router = (): Record<string, unknown> => {
    if (!sections.has('router_settings')) sections.set('router_settings', {});
    return sections.get('router_settings') as Record<string, unknown>;
  };
  const kinds = [
    ['fallbacks', (g: ModelGroup) => g.fallbacks],
    ['context_window_fallbacks', (g: ModelGroup) => g.contextWindowFallbacks],
    ['content_policy_fallbacks', (g: ModelGroup) => g.contentPolicyFallbacks],
  ] as const;
  for (const [kind, targetsOf] of kinds) {
    const declaring = groups.filter((g) => targetsOf(g).length > 0);
    if (declaring.length === 0) continue;
    const settings = router();
    const list = Array.isArray(settings[kind]) ? [...(settings[kind] as unknown[])] : [];
    for (const group of declaring) {
      record(['router_settings', kind, list.length], group);
      list.push({ [group.modelName]: targetsOf(group).map((t) => t.modelName) });
    }
    settings[kind] = list;
  }
  const aliased = groups.filter((g) => g.aliases.length > 0);
  if (aliased.length === 0) return;
  const settings = router();
  const aliases = { ...((settings.model_group_alias as Record<string, unknown> | undefined) ?? {}) };
  for (const group of aliased) {
    for (const alias of group.aliases) {
      if (alias.name in aliases) continue;
      aliases[alias.name] = alias.hidden ? { model: group.modelName, hidden: true } : group.modelName;
      record(['router_settings', 'model_group_alias', alias.name], group);
    }
  }
  settings.model_group_alias = aliases;
}

/** Construct values as YAML data, like core's renderer: secrets become references, lazies are produced. */
function plain(value: unknown): unknown {
  if (Secret.isSecret(value)) return value.render();
  if (Lazy.isLazy(value)) return plain(value.produce());
  if (Array.isArray(value)) return value.map((item) => plain(item) ?? null);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      const resolved = plain(item);
      if (resolved !== undefined) out[name] = resolved;
    }
    return out;
  }
  return value;
}

function key(path: ConfigPath): string {
  return path.join('\u0000');
}
