import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';
import type { ModuleOr } from './custom-module.js';

/** Props of a `Guardrail`: one `guardrails` entry. Passed through; the shape is checked by its schema. */
export interface GuardrailProps {
  /** The name requests and policies refer to; entries sharing it are load-balanced. */
  readonly guardrail_name: string;
  /**
   * The implementation (a built-in name such as `aporia`, or a custom module), when it runs (`pre_call`,
   * `during_call`, `post_call`, or a list of them) and its own settings.
   */
  readonly litellm_params: {
    readonly guardrail: ModuleOr;
    readonly mode?: string | readonly string[];
    readonly [key: string]: unknown;
  };
  /** Facts about the guardrail, written as given. @default - none */
  readonly guardrail_info?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** L1: one `guardrails` entry. */
export class Guardrail extends ConfigElement {
  public constructor(
    scope: Construct,
    id: string,
    private readonly props: GuardrailProps,
  ) {
    super(scope, id);
  }

  protected contribute(): Contribution {
    return { kind: 'item', section: 'guardrails', value: { ...this.props } };
  }
}
