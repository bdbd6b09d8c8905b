import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';

/** Props of a `ConfigSection`. */
export interface ConfigSectionProps {
  /** The top-level key, e.g. `callback_settings`, `search_tools`, `vector_store_registry`. */
  readonly key: string;
  readonly value: unknown;
}

/**
 * L1: any top-level section written as given. For the sections that have no typed construct yet; LiteLLM
 * ignores top-level keys it does not read, and synth warns about them.
 */
export class ConfigSection extends ConfigElement {
  public readonly key: string;

  public constructor(
    scope: Construct,
    id: string,
    private readonly props: ConfigSectionProps,
  ) {
    super(scope, id);
    this.key = props.key;
  }

  protected contribute(): Contribution {
    return { kind: 'value', section: this.props.key, value: this.props.value };
  }
}
