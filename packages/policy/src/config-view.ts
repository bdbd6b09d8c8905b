import {
  isMapping,
  isSecretReference,
  lookupModel,
  validateConfig,
  type ConfigFinding,
  type ConfigPath,
  type DeploymentFacts,
} from '@litellm-cdk/core';
import type { DeploymentSubject, GroupSubject } from './subject.js';

/** The three kinds of fallback list LiteLLM reads. */
export type FallbackKind = 'fallbacks' | 'context_window_fallbacks' | 'content_policy_fallbacks';

/** The key of the fallback rule LiteLLM's router applies to every group without a rule of its own. */
export const GENERIC_FALLBACK_KEY = '*';

/** One fallback rule: the groups it names, in order, and where it is declared. */
export interface FallbackRule {
  /** The target groups, in order. */
  readonly targets: readonly string[];
  /**
   * The path of the rule in the document.
   * @default - none: no such rule
   */
  readonly path?: ConfigPath;
}

/** LiteLLM's `max_fallbacks` when a config sets none. */
export const DEFAULT_MAX_FALLBACKS = 5;

// Rules have used these from this package since its first release; they are core's.
export { isMapping, isSecretReference };

/**
 * A read model over one config document, as LiteLLM loads it (a main file merged with its includes): the sections,
 * the deployments and groups, and where fallbacks are declared. Rules read configs only through subjects and this
 * view, so a rule is written once for synth and for hand-written files.
 */
export class ConfigView {
  /**
   * A view of a plain config document.
   * @param factsOf what synth knows about the deployment at a `model_list` index
   */
  public static fromDocument(
    document: Readonly<Record<string, unknown>>,
    factsOf: (index: number) => DeploymentFacts | undefined = () => undefined,
  ): ConfigView {
    return new ConfigView(document, factsOf);
  }

  /** Every `model_list` entry that is a mapping, in document order. */
  public readonly deployments: readonly DeploymentSubject[];
  /** Every model group, in order of first appearance. */
  public readonly groups: readonly GroupSubject[];
  private core: readonly ConfigFinding[] | undefined;

  private constructor(
    /** The document: plain data, secrets as references. */
    public readonly document: Readonly<Record<string, unknown>>,
    factsOf: (index: number) => DeploymentFacts | undefined,
  ) {
    const list = Array.isArray(document.model_list) ? document.model_list : [];
    const deployments: DeploymentSubject[] = [];
    list.forEach((entry, index) => {
      if (isMapping(entry)) deployments.push(deploymentSubject(this, entry, index, factsOf(index)));
    });
    this.deployments = deployments;
    const byName = new Map<string, DeploymentSubject[]>();
    for (const deployment of deployments)
      byName.set(deployment.modelName, [...(byName.get(deployment.modelName) ?? []), deployment]);
    this.groups = [...byName].map(([name, members]) => ({
      kind: 'group',
      name,
      path: members[0].path,
      deployments: members,
      config: this,
    }));
  }

  /**
   * What core's `validateConfig` reports on this document (paths in this view's document), computed once: rules
   * that ask the same question as a core check take core's answer instead of checking a second time.
   */
  public get coreFindings(): readonly ConfigFinding[] {
    this.core ??= validateConfig({ file: 'config.yaml', content: this.document });
    return this.core;
  }

  /** A top-level section; an empty mapping when absent or not a mapping. */
  public section(name: string): Readonly<Record<string, unknown>> {
    const value = this.document[name];
    return isMapping(value) ? value : {};
  }

  /** One key of a section; `undefined` when absent. */
  public setting(section: string, key: string): unknown {
    return this.section(section)[key];
  }

  /** The group named `name`, if the config has one. */
  public group(name: string): GroupSubject | undefined {
    return this.groups.find((g) => g.name === name);
  }

  /**
   * Where a fallback list is read from: `router_settings` when it sets the key (it wins), else `litellm_settings`.
   * @returns the section, or `undefined` when neither sets it
   */
  public fallbackSection(kind: FallbackKind | 'default_fallbacks'): 'router_settings' | 'litellm_settings' | undefined {
    if (this.setting('router_settings', kind) !== undefined) return 'router_settings';
    if (this.setting('litellm_settings', kind) !== undefined) return 'litellm_settings';
    return undefined;
  }

  /**
   * The groups `group`'s own rule names for one kind of failure, in order, with the path of that rule; no `path`
   * when the group has no rule of its own. Only own keys match, as LiteLLM compares rule keys to the group name.
   */
  public fallbacksOf(group: string, kind: FallbackKind = 'fallbacks'): FallbackRule {
    const section = this.fallbackSection(kind);
    const list = section ? this.setting(section, kind) : undefined;
    if (!Array.isArray(list)) return { targets: [] };
    const index = list.findIndex((rule) => isMapping(rule) && Object.hasOwn(rule, group));
    if (index < 0) return { targets: [] };
    return { targets: groupNames((list[index] as Record<string, unknown>)[group]), path: [section!, kind, index] };
  }

  /**
   * The generic rule LiteLLM's router applies to every group without a rule of its own: the last `"*"` rule of the
   * list, and for general fallbacks `default_fallbacks`, which the router appends as a `"*"` rule (so it wins).
   * @returns no `path` when there is no generic rule
   */
  public genericFallbacks(kind: FallbackKind = 'fallbacks'): FallbackRule {
    if (kind === 'fallbacks') {
      const section = this.fallbackSection('default_fallbacks');
      const list = section ? this.setting(section, 'default_fallbacks') : undefined;
      if (Array.isArray(list) && list.length > 0)
        return { targets: groupNames(list), path: [section!, 'default_fallbacks'] };
    }
    const section = this.fallbackSection(kind);
    const list = section ? this.setting(section, kind) : undefined;
    if (!Array.isArray(list)) return { targets: [] };
    // The router keeps the index of the last "*" rule it passes.
    let index = -1;
    list.forEach((rule, i) => {
      if (isMapping(rule) && Object.hasOwn(rule, GENERIC_FALLBACK_KEY)) index = i;
    });
    if (index < 0) return { targets: [] };
    return {
      targets: groupNames((list[index] as Record<string, unknown>)[GENERIC_FALLBACK_KEY]),
      path: [section!, kind, index, GENERIC_FALLBACK_KEY],
    };
  }

  /**
   * The groups a failed request for `group` is passed to, as LiteLLM's router picks them: the group's own rule when
   * it has one (even an empty one), else the generic rule (`"*"`, `default_fallbacks`).
   */
  public effectiveFallbacksOf(group: string, kind: FallbackKind = 'fallbacks'): FallbackRule {
    const own = this.fallbacksOf(group, kind);
    return own.path ? own : this.genericFallbacks(kind);
  }

  /** `default_fallbacks`: the groups every group without a rule of its own falls back to. */
  public get defaultFallbacks(): readonly string[] {
    const section = this.fallbackSection('default_fallbacks');
    const list = section ? this.setting(section, 'default_fallbacks') : undefined;
    return groupNames(list);
  }

  /** `max_fallbacks` from `router_settings`, else `litellm_settings`, else LiteLLM's default 5. */
  public get maxFallbacks(): number {
    for (const section of ['router_settings', 'litellm_settings']) {
      const value = this.setting(section, 'max_fallbacks');
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    }
    return DEFAULT_MAX_FALLBACKS;
  }

  /** The smallest context window among a group's deployments; `undefined` when any of them is unknown. */
  public contextWindowOf(group: string): number | undefined {
    const windows = this.group(group)?.deployments.map((d) => d.maxInputTokens) ?? [];
    if (windows.length === 0 || windows.some((w) => w === undefined)) return undefined;
    return Math.min(...(windows as number[]));
  }
}

function deploymentSubject(
  config: ConfigView,
  entry: Record<string, unknown>,
  index: number,
  facts: DeploymentFacts | undefined,
): DeploymentSubject {
  const params = isMapping(entry.litellm_params) ? entry.litellm_params : {};
  const modelInfo = isMapping(entry.model_info) ? entry.model_info : {};
  const model = literal(params.model);
  const customProvider = literal(params.custom_llm_provider);
  const baseModel = literal(modelInfo.base_model);
  const catalogEntry =
    (model && lookupModel(model, customProvider)) || (baseModel ? lookupModel(baseModel, customProvider) : undefined);
  const declaredWindow = modelInfo.max_input_tokens;
  return {
    kind: 'deployment',
    path: ['model_list', index],
    index,
    modelName: typeof entry.model_name === 'string' ? entry.model_name : '',
    entry,
    params,
    modelInfo,
    model,
    catalogEntry,
    mode: literal(modelInfo.mode) ?? catalogEntry?.mode,
    maxInputTokens:
      typeof declaredWindow === 'number' && declaredWindow > 0 ? declaredWindow : catalogEntry?.maxInputTokens,
    facts,
    config,
  };
}

/** The group names of a fallback list; anything else in it is ignored. */
function groupNames(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string') : [];
}

/** A string the config states itself: references are only known when the proxy starts. */
function literal(value: unknown): string | undefined {
  return typeof value === 'string' && !isSecretReference(value) ? value : undefined;
}
