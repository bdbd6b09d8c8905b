// The model groups of a (merged) config: its deployments by `model_name`, and which names a request can reach.
import { formatPath, isMapping, listAt, type Mapping } from './document-paths.js';
import type { ConfigPath } from './finding.js';

/** One well-formed `model_list` entry. */
export interface Deployment {
  /** Index in the merged `model_list`. */
  readonly index: number;
  /** How messages name the entry: `model_list[2]`, or `model_list[0] of models.yaml` for an included one. */
  readonly label: string;
  readonly modelName: string;
  /** `litellm_params`, when it is a mapping. */
  readonly params?: Mapping;
  /** `model_info`, when it is a mapping. */
  readonly info?: Mapping;
}

/** The model groups of a config. */
export class ModelGroups {
  /**
   * The groups of `content.model_list` (entries without a string `model_name` are left to the schema findings).
   * @param locate maps a merged path to the document it came from, for the labels of included entries
   */
  static of(
    content: Mapping,
    locate?: (path: ConfigPath) => { readonly path: ConfigPath; readonly file?: string },
  ): ModelGroups {
    const deployments: Deployment[] = [];
    listAt(content, 'model_list').forEach((entry, index) => {
      if (!isMapping(entry) || typeof entry.model_name !== 'string') return;
      const origin = locate?.(['model_list', index]) ?? { path: ['model_list', index] };
      deployments.push({
        index,
        label: origin.file === undefined ? formatPath(origin.path) : `${formatPath(origin.path)} of ${origin.file}`,
        modelName: entry.model_name,
        params: isMapping(entry.litellm_params) ? entry.litellm_params : undefined,
        info: isMapping(entry.model_info) ? entry.model_info : undefined,
      });
    });
    return new ModelGroups(deployments);
  }

  /** The deployments of each group, groups in order of their first deployment. */
  readonly byName: ReadonlyMap<string, readonly Deployment[]>;
  private readonly wildcards: readonly RegExp[];

  private constructor(readonly deployments: readonly Deployment[]) {
    const byName = new Map<string, Deployment[]>();
    for (const deployment of deployments)
      byName.set(deployment.modelName, [...(byName.get(deployment.modelName) ?? []), deployment]);
    this.byName = byName;
    this.wildcards = [...byName.keys()].filter((name) => name.includes('*')).map(wildcardPattern);
  }

  /**
   * Whether a request for `name` reaches a group: a group of that name, or a wildcard group (`*`, `openai/*`)
   * whose pattern matches it, as LiteLLM's pattern router matches.
   */
  serves(name: string): boolean {
    return this.byName.has(name) || this.wildcards.some((pattern) => pattern.test(name));
  }

  /** ` (one of 'a', 'b', ...)`: a few group names for a hint; empty without groups. */
  suggestion(): string {
    const names = [...this.byName.keys()];
    if (names.length === 0) return '';
    const shown = names
      .slice(0, 5)
      .map((name) => `'${name}'`)
      .join(', ');
    return ` (one of ${shown}${names.length > 5 ? ', ...' : ''})`;
  }
}

// LiteLLM's PatternMatchRouter: the name escaped, each `*` matching any text, the whole name matched.
function wildcardPattern(name: string): RegExp {
  const escaped = name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '(.*)');
  return new RegExp(`^${escaped}$`);
}
