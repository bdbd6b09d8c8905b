import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';

/**
 * Base of the L1 constructs that fill a top-level mapping (`router_settings`, `litellm_settings`, ...).
 *
 * Several elements may fill the same section of one config: their keys are merged in tree order, and a key set by
 * two of them is a synth error naming both.
 */
export abstract class SettingsSection extends ConfigElement {
  /** The top-level key this element fills. */
  public abstract readonly section: string;
  private values: Record<string, unknown>;

  protected constructor(scope: Construct, id: string, values: object) {
    super(scope, id);
    this.values = { ...(values as Record<string, unknown>) };
  }

  /** The keys as they stand (a copy; change them with `set`). */
  public get settings(): Readonly<Record<string, unknown>> {
    return { ...this.values };
  }

  /** Sets (or, with `undefined`, removes) one key of the section. */
  public set(key: string, value: unknown): void {
    this.assertMutable('set');
    const copy = { ...this.values };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    this.values = copy;
  }

  protected contribute(): Contribution {
    return { kind: 'mapping', section: this.section, value: this.values };
  }
}
