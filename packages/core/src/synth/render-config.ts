import type { IConstruct } from 'constructs';
import { Annotations } from '../annotations/annotations.js';
import { ConfigElement } from '../config/config-element.js';
import type { CustomModule } from '../config/custom-module.js';
import { ModelDeployment, UNKNOWN_PROVIDER } from '../config/model-deployment.js';
import { ModelGroup } from '../models/model-group.js';
import { ProxyConfig } from '../tree/proxy-config.js';
import type { ConfigPath } from '../validation/finding.js';
import { customProviderNames } from '../validation/_custom-providers.js';
import { inferProvider } from '../catalog/provider-inference.js';
import { resolveValue } from './_resolve.js';
import { SourceMap } from './source-map.js';

/** The top-level sections in the order every config is written; other sections follow, sorted by key. */
export const SECTION_ORDER = [
  'include',
  'model_list',
  'credential_list',
  'litellm_settings',
  'router_settings',
  'general_settings',
  'environment_variables',
  'guardrails',
  'mcp_servers',
] as const;

/** A `ProxyConfig` turned into plain YAML data, with what synth needs to check and write it. */
export interface RenderedConfig {
  readonly config: ProxyConfig;
  /** The file name inside the assembly. */
  readonly file: string;
  /** The config document: plain data, secrets as references. */
  readonly document: Record<string, unknown>;
  /** Which construct rendered which part of the document. */
  readonly sources: SourceMap;
  /** Comment lines to write before `model_list` items, by item index (deployments grouped by provider and region). */
  readonly modelListComments: ReadonlyMap<number, string>;
  /** The custom modules the document references, to copy beside it. */
  readonly modules: readonly CustomModule[];
}

type FallbackKind = 'fallbacks' | 'context_window_fallbacks' | 'content_policy_fallbacks';

/** Options of `renderConfig()`. */
export interface RenderOptions {
  /**
   * Attach errors to constructs that set a key another construct already set, or hold a value that cannot be
   * written. Off for previews, which must not leave annotations behind; synth's own render reports them.
   * @default true
   */
  readonly reportConflicts?: boolean;
}

/** Renders one config: its L1 elements in tree order, then what its model groups say about fallbacks and aliases. */
export function renderConfig(config: ProxyConfig, options: RenderOptions = {}): RenderedConfig {
  const reportConflicts = options.reportConflicts ?? true;
  const sources = new SourceMap(config);
  const sections = new Map<string, unknown>();
  const modules = new Set<CustomModule>();
  const elements: ConfigElement[] = [];
  const groups: ModelGroup[] = [];
  collect(config, elements, groups);
  const routingGroups = groupsRoutedBy(config, groups);

  if (config.includes.length > 0) {
    sections.set(
      'include',
      config.includes.map((c) => c.fileName),
    );
    config.includes.forEach((c, i) => {
      sources.record(['include', i], c);
    });
  }

  for (const element of elements) {
    try {
      renderElement(element);
    } catch (error) {
      // A value synth cannot write (a class instance, NaN, a Lazy that throws): report it on its construct.
      if (reportConflicts)
        Annotations.of(element).addError(
          'core/unrenderable-value',
          `Cannot render this construct: ${(error as Error).message}`,
          'Use plain objects, finite numbers, strings, booleans and Secrets.',
        );
    }
  }

  function renderElement(element: ConfigElement): void {
    const contribution = element.renderContribution();
    const { section } = contribution;
    switch (contribution.kind) {
      case 'item': {
        const list = (sections.get(section) as unknown[] | undefined) ?? [];
        const path: ConfigPath = [section, list.length];
        list.push(resolveValue(contribution.value, path, modules));
        sections.set(section, list);
        sources.record(path, element);
        break;
      }
      case 'list': {
        const list = (sections.get(section) as unknown[] | undefined) ?? [];
        for (const item of contribution.values) {
          sources.record([section, list.length], element);
          list.push(resolveValue(item, [section, list.length], modules));
        }
        sections.set(section, list);
        break;
      }
      case 'mapping':
      case 'entry': {
        const mapping = (sections.get(section) as Record<string, unknown> | undefined) ?? {};
        const entries = contribution.kind === 'entry' ? { [contribution.key]: contribution.value } : contribution.value;
        for (const [key, raw] of Object.entries(entries)) {
          const value = resolveValue(raw, [section, key], modules);
          if (value === undefined) continue;
          if (Object.hasOwn(mapping, key)) {
            if (reportConflicts)
              Annotations.of(element).addError(
                'core/duplicate-setting',
                `${section}.${key} is already set by ${sources.ownerOf([section, key]).node.path}; a key may be set once per config.`,
                'Set it in one construct, or change it there with addOverride().',
              );
            continue;
          }
          mapping[key] = value;
          sources.record([section, key], element);
        }
        if (!sections.has(section)) sources.record([section], element);
        sections.set(section, mapping);
        break;
      }
      case 'value': {
        if (sections.has(section)) {
          if (reportConflicts)
            Annotations.of(element).addError(
              'core/duplicate-setting',
              `Section '${section}' is already set by ${sources.ownerOf([section]).node.path}.`,
            );
          break;
        }
        sections.set(section, resolveValue(contribution.value, [section], modules));
        sources.record([section], element);
        break;
      }
    }
  }

  renderGroupRouting(routingGroups, sections, sources, reportConflicts);

  const document: Record<string, unknown> = {};
  const known = new Set<string>(SECTION_ORDER);
  for (const section of SECTION_ORDER) if (sections.has(section)) document[section] = sections.get(section);
  for (const section of [...sections.keys()].filter((s) => !known.has(s)).sort())
    document[section] = sections.get(section);

  return {
    config,
    file: config.fileName,
    document,
    sources,
    modelListComments: groupingComments(elements, customProviderNames(document)),
    modules: [...modules],
  };
}

/**
 * The groups whose fallbacks and aliases go into `config`'s `router_settings`: its own, followed by those of the
 * configs it includes. A config that another includes writes none: LiteLLM lets an included file's
 * `router_settings` replace the main file's whole section.
 */
function groupsRoutedBy(config: ProxyConfig, own: readonly ModelGroup[]): ModelGroup[] {
  const configs = config.node.root.node.findAll().filter(ProxyConfig.isProxyConfig);
  if (configs.some((other) => other.includes.includes(config))) return [];
  const included = config.includes.flatMap((c) => {
    const groups: ModelGroup[] = [];
    collect(c, [], groups);
    return groups;
  });
  return [...own, ...included];
}

/** The L1 elements and model groups of `config`, in tree order, leaving nested configs to themselves. */
function collect(scope: IConstruct, elements: ConfigElement[], groups: ModelGroup[]): void {
  for (const child of scope.node.children) {
    if (ProxyConfig.isProxyConfig(child)) continue;
    if (ConfigElement.isConfigElement(child)) elements.push(child);
    if (ModelGroup.isModelGroup(child)) groups.push(child);
    collect(child, elements, groups);
  }
}

/** Adds the groups' fallbacks and aliases to `router_settings`, after any the L1 elements set. */
function renderGroupRouting(
  groups: readonly ModelGroup[],
  sections: Map<string, unknown>,
  sources: SourceMap,
  reportConflicts: boolean,
): void {
  const kinds: [FallbackKind, (g: ModelGroup) => readonly ModelGroup[]][] = [
    ['fallbacks', (g) => g.fallbacks],
    ['context_window_fallbacks', (g) => g.contextWindowFallbacks],
    ['content_policy_fallbacks', (g) => g.contentPolicyFallbacks],
  ];
  const router = () => {
    if (!sections.has('router_settings')) sections.set('router_settings', {});
    return sections.get('router_settings') as Record<string, unknown>;
  };
  for (const [kind, targetsOf] of kinds) {
    const declaring = groups.filter((g) => targetsOf(g).length > 0);
    if (declaring.length === 0) continue;
    const settings = router();
    const list = Array.isArray(settings[kind]) ? (settings[kind] as unknown[]) : [];
    for (const group of declaring) {
      sources.record(['router_settings', kind, list.length], group);
      list.push({ [group.modelName]: targetsOf(group).map((t) => t.modelName) });
    }
    settings[kind] = list;
  }
  const aliased = groups.filter((g) => g.aliases.length > 0);
  if (aliased.length > 0) {
    const settings = router();
    const aliases = (settings.model_group_alias as Record<string, unknown> | undefined) ?? {};
    for (const group of aliased) {
      for (const alias of group.aliases) {
        sources.record(['router_settings', 'model_group_alias', alias.name], group);
        if (Object.hasOwn(aliases, alias.name)) {
          if (reportConflicts)
            Annotations.of(group).addError(
              'core/duplicate-alias',
              `Alias '${alias.name}' is declared twice in this config.`,
              'Give each alias to one group.',
            );
          continue;
        }
        aliases[alias.name] = alias.hidden ? { model: group.modelName, hidden: true } : group.modelName;
      }
    }
    settings.model_group_alias = aliases;
  }
}

/**
 * One comment before each run of deployments that share provider and region, e.g. `bedrock · eu · $AWS_REGION_NAME_EU`.
 * @param customProviders the providers the config declares in `custom_provider_map`, which name their deployments' prefix
 */
function groupingComments(
  elements: readonly ConfigElement[],
  customProviders: ReadonlySet<string>,
): Map<number, string> {
  const comments = new Map<number, string>();
  let index = 0;
  let previous: string | undefined;
  for (const element of elements) {
    if (!ModelDeployment.isModelDeployment(element)) continue;
    const facts = element.facts;
    const region =
      typeof facts.regionValue === 'string'
        ? facts.regionValue
        : facts.regionValue
          ? `$${facts.regionValue.name}`
          : undefined;
    // A deployment does not know its config's custom_provider_map; the config does.
    const provider =
      facts.provider === UNKNOWN_PROVIDER
        ? (inferProvider(element.model, undefined, customProviders) ?? facts.provider)
        : facts.provider;
    const label = [provider, facts.geography, region].filter(Boolean).join(' · ');
    if (label !== previous) comments.set(index, label);
    previous = label;
    index++;
  }
  return comments;
}
