import type { ConfigPath } from '@litellm-cdk/core';

/**
 * A construct of the generated app that renders part of a config document, so that findings about that part can
 * be acknowledged on it. Its variable is declared only when something refers to it.
 */
export class PlannedConstruct {
  /** Whether a statement refers to the variable; decides between `const x = new ...` and `new ...`. */
  public referenced = false;
  /** Acknowledgements to write after the construct: finding id -> reason. */
  public readonly acknowledgements = new Map<string, string>();

  public constructor(
    /** The variable the construct is assigned to, when referenced. */
    public readonly variable: string,
    /**
     * The construct acknowledgements go on: itself, or the group a deployment was added to (acknowledgements
     * cover the subtree, and a group is what the reader sees).
     */
    private readonly acknowledgeOn?: PlannedConstruct,
    /** A construct whose variable this one's expression uses (a thinking variant's group). */
    private readonly requires?: PlannedConstruct,
  ) {}

  /** The variable, marked as referenced (and with it the construct its expression uses). */
  public ref(): string {
    this.referenced = true;
    this.requires?.ref();
    return this.variable;
  }

  /** Where acknowledgements of findings this construct owns are written. */
  public get acknowledgementTarget(): PlannedConstruct {
    return this.acknowledgeOn?.acknowledgementTarget ?? this;
  }
}

/** A comment, a paragraph break, or a construct creation with the lines that belong to it. */
export type Statement =
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'construct';
      readonly construct: PlannedConstruct;
      /**
       * The expression that creates it, e.g. `new ModelGroup(config, 'Gpt4', { modelName: 'gpt-4' })`, laid out
       * for a line that holds `lead` characters before it.
       */
      readonly expression: (lead: number) => string;
      /** Lines that use its variable, written right after it (deployments of a group, overrides). */
      readonly then: readonly string[];
      /** Written only when its variable is referenced (a group that an earlier statement created already). */
      readonly optional?: boolean;
    };

/** What one config file becomes: a `ProxyConfig` and the statements that fill it. */
export interface ConfigPlan {
  /** The original file, as messages name it. */
  readonly sourceName: string;
  /** The file name the `ProxyConfig` writes (also how `include:` lists and findings name it). */
  readonly fileName: string;
  /** The `ProxyConfig` construct. */
  readonly config: PlannedConstruct;
  /** The `new ProxyConfig(...)` expression. */
  readonly expression: string;
  /** The statements that fill the config, in order. */
  readonly statements: Statement[];
  /** Which construct renders which part of the document (as synth's source map records it). */
  readonly owners: { readonly path: ConfigPath; readonly construct: PlannedConstruct }[];
  /** The model groups of the config by `model_name`. */
  readonly groups: Map<string, PlannedConstruct>;
  /** The original document. */
  readonly document: Record<string, unknown>;
}

/**
 * The construct that renders `path` of a config: the owner of its longest recorded prefix (the later of two equal
 * ones, as in synth's source map), else the config.
 */
export function ownerOf(plan: ConfigPlan, path: ConfigPath): PlannedConstruct {
  let best: { length: number; construct: PlannedConstruct } | undefined;
  for (const { path: owned, construct } of plan.owners) {
    if (owned.length > path.length || (best && owned.length < best.length)) continue;
    if (owned.every((segment, index) => segment === path[index])) best = { length: owned.length, construct };
  }
  return best?.construct ?? plan.config;
}
