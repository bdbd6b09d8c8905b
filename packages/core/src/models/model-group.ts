import { Construct, type IConstruct } from 'constructs';
import {
  ModelDeployment,
  type DeploymentFacts,
  type LitellmParams,
  type ModelInfo,
} from '../config/model-deployment.js';
import type { MODEL_MODES } from '../config/schemas/vocabulary.js';
import { checkedId } from '../tree/construct-id.js';
import { requirePlainString } from '../config/_plain-string.js';

const MODEL_GROUP_SYMBOL = Symbol.for('@litellm-cdk/core.ModelGroup');

/** What LiteLLM calls a model's `mode` (`model_info.mode`). */
export type ModelMode = (typeof MODEL_MODES)[number] | (string & {});

/** Props of a `ModelGroup`. */
export interface ModelGroupProps {
  /**
   * The `model_name` clients ask for.
   * @default - the construct id
   */
  readonly modelName?: string;
  /**
   * The mode of every deployment, written to `model_info.mode` of deployments that do not set one.
   * @default - not written; the catalog's mode is used for checks
   */
  readonly mode?: ModelMode;
}

/** Props of `ModelGroup.addDeployment()`. */
export interface DeploymentOptions {
  readonly litellmParams: LitellmParams;
  /** @default - none, apart from `mode` when the group has one */
  readonly modelInfo?: ModelInfo;
  /** @default - derived from the model string */
  readonly facts?: DeploymentFacts;
}

/** Options of `ModelGroup.addAlias()`. */
export interface AliasOptions {
  /**
   * Hide the alias from `/models` listings.
   * @default false
   */
  readonly hidden?: boolean;
}

/** An alias of a group: another `model_name` clients may ask for. */
export interface GroupAlias {
  readonly name: string;
  readonly hidden: boolean;
}

/**
 * L2: one model group — a `model_name` and the deployments LiteLLM load-balances across — with its fallbacks and
 * aliases. Fallbacks refer to other groups by object, so a renamed or missing group is a compile or synth error,
 * never a silent runtime failure.
 */
export class ModelGroup extends Construct {
  /** Whether `x` is a `ModelGroup`, from this or any other copy of the library. */
  public static isModelGroup(x: unknown): x is ModelGroup {
    return typeof x === 'object' && x !== null && MODEL_GROUP_SYMBOL in x;
  }

  /** Every group at or below `scope`, in tree order. */
  public static all(scope: IConstruct): ModelGroup[] {
    return scope.node.findAll().filter(ModelGroup.isModelGroup);
  }

  /** The group a deployment belongs to: its nearest `ModelGroup` ancestor, if any. */
  public static of(deployment: IConstruct): ModelGroup | undefined {
    for (const scope of [...deployment.node.scopes].reverse().slice(1)) {
      if (ModelGroup.isModelGroup(scope)) return scope;
    }
    return undefined;
  }

  /** The `model_name` of every deployment of the group. */
  public readonly modelName: string;
  /** The mode the group declares, if any. */
  public readonly mode: ModelMode | undefined;
  private readonly general: ModelGroup[] = [];
  private readonly contextWindow: ModelGroup[] = [];
  private readonly contentPolicy: ModelGroup[] = [];
  private readonly aliasList: GroupAlias[] = [];

  public constructor(scope: Construct, id: string, props: ModelGroupProps = {}) {
    super(scope, checkedId(scope, id, 'ModelGroup'));
    Object.defineProperty(this, MODEL_GROUP_SYMBOL, { value: true });
    requirePlainString(this, 'modelName', props.modelName);
    this.modelName = props.modelName ?? id;
    this.mode = props.mode;
    if (!this.modelName.trim()) throw new Error(`[${this.node.path}] modelName must not be empty.`);
    this.node.addValidation({
      validate: () =>
        this.deployments.length === 0
          ? [
              `Model group '${this.modelName}' has no deployments; LiteLLM knows a group only by its model_list entries, so requests and fallbacks to it fail. Add a deployment or remove the group.`,
            ]
          : [],
    });
  }

  /** Adds a deployment (a `model_list` entry) to the group. */
  public addDeployment(id: string, options: DeploymentOptions): ModelDeployment {
    const modelInfo =
      this.mode && !options.modelInfo?.mode ? { ...options.modelInfo, mode: this.mode } : options.modelInfo;
    return new ModelDeployment(this, id, {
      model_name: this.modelName,
      litellm_params: options.litellmParams,
      model_info: modelInfo,
      facts: options.facts,
    });
  }

  /** The group's deployments in tree order (not those of groups nested inside it). */
  public get deployments(): ModelDeployment[] {
    const found: ModelDeployment[] = [];
    const visit = (node: IConstruct): void => {
      for (const child of node.node.children) {
        if (ModelDeployment.isModelDeployment(child)) found.push(child);
        if (!ModelGroup.isModelGroup(child)) visit(child);
      }
    };
    visit(this);
    return found;
  }

  /**
   * When a request to this group fails, LiteLLM tries `targets` in order (`router_settings.fallbacks`).
   * Calls add to the chain.
   */
  public fallbackTo(...targets: ModelGroup[]): this {
    return this.addTargets('fallbackTo', this.general, targets);
  }

  /** When a request exceeds this group's context window, LiteLLM tries `targets` (`context_window_fallbacks`). */
  public contextWindowFallbackTo(...targets: ModelGroup[]): this {
    return this.addTargets('contextWindowFallbackTo', this.contextWindow, targets);
  }

  /** When this group's provider refuses a request on content policy, LiteLLM tries `targets` (`content_policy_fallbacks`). */
  public contentPolicyFallbackTo(...targets: ModelGroup[]): this {
    return this.addTargets('contentPolicyFallbackTo', this.contentPolicy, targets);
  }

  /** Adds another name clients may use for this group (`router_settings.model_group_alias`). */
  public addAlias(name: string, options: AliasOptions = {}): this {
    this.assertMutable('addAlias');
    if (!name.trim()) throw new Error(`[${this.node.path}] An alias needs a name.`);
    if (!this.aliasList.some((a) => a.name === name)) this.aliasList.push({ name, hidden: options.hidden ?? false });
    return this;
  }

  /** General fallbacks, in order. */
  public get fallbacks(): readonly ModelGroup[] {
    return this.general;
  }

  /** Context-window fallbacks, in order. */
  public get contextWindowFallbacks(): readonly ModelGroup[] {
    return this.contextWindow;
  }

  /** Content-policy fallbacks, in order. */
  public get contentPolicyFallbacks(): readonly ModelGroup[] {
    return this.contentPolicy;
  }

  /** Aliases, in the order they were added. */
  public get aliases(): readonly GroupAlias[] {
    return this.aliasList;
  }

  private addTargets(method: string, list: ModelGroup[], targets: ModelGroup[]): this {
    this.assertMutable(method);
    for (const target of targets) {
      if (!ModelGroup.isModelGroup(target)) {
        throw new Error(
          `[${this.node.path}] ${method}() takes ModelGroup objects; got ${JSON.stringify(target)}. Refer to the group itself, not its name.`,
        );
      }
      if (!list.includes(target)) list.push(target);
    }
    return this;
  }

  private assertMutable(method: string): void {
    if (this.node.locked)
      throw new Error(
        `[${this.node.path}] Cannot call ${method}() after the tree is locked: change groups in a mutating aspect or before synth.`,
      );
  }
}
