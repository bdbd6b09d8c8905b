/** A `model_list` entry as synthesized. */
export interface DeploymentEntry {
  readonly model_name: string;
  readonly litellm_params: Record<string, unknown> & { readonly model: string };
  readonly model_info?: Record<string, unknown>;
}

type FallbackKind = 'fallbacks' | 'context_window_fallbacks' | 'content_policy_fallbacks';

/**
 * Reads a synthesized config the way tests talk about it (CDK's `Template`):
 * `template.deploymentsOf('claude')`, `template.fallbacksOf('claude')`, `template.setting('router_settings', 'timeout')`.
 * Lookups of things that do not exist throw, naming what does.
 */
export class ConfigTemplate {
  /** Wraps a config document (parsed YAML or `Testing.synth` output). */
  public static fromDocument(document: Record<string, unknown>): ConfigTemplate {
    return new ConfigTemplate(document);
  }

  private constructor(public readonly document: Record<string, unknown>) {}

  /** Every `model_list` entry, in order. */
  public get deployments(): readonly DeploymentEntry[] {
    return (this.document.model_list as DeploymentEntry[] | undefined) ?? [];
  }

  /** The model group names, in order of first appearance. */
  public get groups(): readonly string[] {
    return [...new Set(this.deployments.map((d) => d.model_name))];
  }

  /** Whether a group of that name exists. */
  public hasGroup(name: string): boolean {
    return this.groups.includes(name);
  }

  /** The deployments of one group; throws when the group does not exist. */
  public deploymentsOf(group: string): readonly DeploymentEntry[] {
    const found = this.deployments.filter((d) => d.model_name === group);
    if (found.length === 0)
      throw new Error(`No model group '${group}'; the config has: ${this.groups.join(', ') || 'none'}.`);
    return found;
  }

  /** The groups `group` falls back to (from `router_settings`, else `litellm_settings`), in order. */
  public fallbacksOf(group: string, kind: FallbackKind = 'fallbacks'): readonly string[] {
    const list = (this.section('router_settings')[kind] ?? this.section('litellm_settings')[kind]) as
      | Record<string, string[]>[]
      | undefined;
    return list?.find((entry) => Object.hasOwn(entry, group))?.[group] ?? [];
  }

  /** The aliases that point at `group`. */
  public aliasesOf(group: string): readonly string[] {
    const aliases = (this.section('router_settings').model_group_alias ?? {}) as Record<
      string,
      string | { model: string }
    >;
    return Object.entries(aliases)
      .filter(([, target]) => (typeof target === 'string' ? target : target.model) === group)
      .map(([alias]) => alias);
  }

  /** One top-level section (an empty object when absent). */
  public section(name: string): Record<string, unknown> {
    return (this.document[name] as Record<string, unknown> | undefined) ?? {};
  }

  /** One key of a section; `undefined` when absent. */
  public setting(section: string, key: string): unknown {
    return this.section(section)[key];
  }
}
