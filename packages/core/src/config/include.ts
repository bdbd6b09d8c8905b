import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';

const INCLUDE_SYMBOL = Symbol.for('@litellm-cdk/core.Include');

/** Props of an `Include`. */
export interface IncludeProps {
  /** Paths relative to the including config file, as LiteLLM's `include:` takes them. */
  readonly files: readonly string[];
}

/**
 * L1: entries of `include` that name files this app does not write (a team's hand-kept model list, say).
 *
 * To include another config of the same app, use `ProxyConfig.include(config)`: synth then checks both together.
 * A file named here is outside the app, so synth cannot check it; it reports `core/external-include` as a warning
 * to acknowledge, and fallbacks to groups defined only there are reported as unknown.
 */
export class Include extends ConfigElement {
  /** Whether `x` is an `Include`, from this or any other copy of the library. */
  public static isInclude(x: unknown): x is Include {
    return typeof x === 'object' && x !== null && INCLUDE_SYMBOL in x;
  }

  /** The files, as written. */
  public readonly files: readonly string[];

  public constructor(scope: Construct, id: string, props: IncludeProps) {
    super(scope, id);
    Object.defineProperty(this, INCLUDE_SYMBOL, { value: true });
    this.files = [...props.files];
  }

  protected contribute(): Contribution {
    return { kind: 'list', section: 'include', values: this.files };
  }
}
