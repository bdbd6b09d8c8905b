import { Construct, type IConstruct } from 'constructs';
import { checkedId } from './construct-id.js';

const PROXY_CONFIG_SYMBOL = Symbol.for('@litellm-cdk/core.ProxyConfig');

/**
 * What a config's file name may be: a plain file name (letters, digits, '.', '_', '-') ending in `.yaml` or `.yml`,
 * which `ProxyConfig` writes and an `include:` entry can name.
 */
export const CONFIG_FILE_NAME_PATTERN = /^[A-Za-z0-9._-]+\.ya?ml$/;

/** Whether `name` is a file name a `ProxyConfig` can have (see {@link CONFIG_FILE_NAME_PATTERN}). */
export function isConfigFileName(name: string): boolean {
  return CONFIG_FILE_NAME_PATTERN.test(name);
}

/** Props of a `ProxyConfig`. */
export interface ProxyConfigProps {
  /**
   * The file the config is written to, inside the assembly directory.
   * @default `<id>.yaml`
   */
  readonly fileName?: string;
  /**
   * Configs whose files this one `include`s (models-only files, for instance); see `include()`.
   * @default - none
   */
  readonly include?: readonly ProxyConfig[];
}

/**
 * A scope that becomes one LiteLLM `config.yaml` (like a CDK Stack or a cdk8s Chart).
 *
 * Everything below it (model groups, deployments, settings) renders into its file; a nested `ProxyConfig`
 * renders into a file of its own.
 */
export class ProxyConfig extends Construct {
  /** Whether `x` is a `ProxyConfig`, from this or any other copy of the library. */
  public static isProxyConfig(x: unknown): x is ProxyConfig {
    return typeof x === 'object' && x !== null && PROXY_CONFIG_SYMBOL in x;
  }

  /** The config `construct` belongs to: itself or its nearest `ProxyConfig` ancestor. */
  public static of(construct: IConstruct): ProxyConfig {
    for (const scope of [...construct.node.scopes].reverse()) {
      if (ProxyConfig.isProxyConfig(scope)) return scope;
    }
    throw new Error(
      `[${construct.node.path || 'App'}] is not inside a ProxyConfig: create it with a ProxyConfig (or a construct below one) as its scope.`,
    );
  }

  /** The file name of the rendered config inside the assembly. */
  public readonly fileName: string;
  private readonly included: ProxyConfig[] = [];

  public constructor(scope: Construct, id: string, props: ProxyConfigProps = {}) {
    super(scope, checkedId(scope, id, 'ProxyConfig'));
    Object.defineProperty(this, PROXY_CONFIG_SYMBOL, { value: true });
    this.fileName = props.fileName ?? `${id}.yaml`;
    if (!isConfigFileName(this.fileName)) {
      throw new Error(
        `[${this.node.path}] fileName '${this.fileName}' must be a plain file name ending in .yaml (letters, digits, '.', '_', '-').`,
      );
    }
    for (const config of props.include ?? []) this.include(config);
  }

  /**
   * Adds `config`'s file to this config's `include:` list. LiteLLM loads it beside this file: its lists extend
   * this config's (so `model_list`s concatenate) and its other sections replace this config's.
   * Fallbacks and aliases may then refer to groups of either config.
   */
  public include(config: ProxyConfig): void {
    if (this.node.locked)
      throw new Error(`[${this.node.path}] Cannot include '${config.node.path}' after the tree is locked.`);
    if (config === this) throw new Error(`[${this.node.path}] A config cannot include itself.`);
    if (!this.included.includes(config)) this.included.push(config);
  }

  /** The configs this one includes, in the order they were added. */
  public get includes(): readonly ProxyConfig[] {
    return this.included;
  }
}
