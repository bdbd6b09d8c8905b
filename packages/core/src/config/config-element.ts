import { Construct } from 'constructs';
import { checkedId } from '../tree/construct-id.js';

const CONFIG_ELEMENT_SYMBOL = Symbol.for('@litellm-cdk/core.ConfigElement');

/**
 * What an L1 element puts into its config document:
 * - `item`: one item of a list section (`model_list`, `credential_list`, `guardrails`);
 * - `mapping`: keys merged into a mapping section (`router_settings`, `litellm_settings`, ...);
 * - `entry`: one named entry of a mapping section (`mcp_servers.<name>`);
 * - `list`: items appended to a list section (`include`);
 * - `value`: a whole top-level value (any other section).
 */
export type Contribution =
  | { readonly kind: 'item'; readonly section: string; readonly value: Record<string, unknown> }
  | { readonly kind: 'list'; readonly section: string; readonly values: readonly unknown[] }
  | { readonly kind: 'mapping'; readonly section: string; readonly value: Record<string, unknown> }
  | { readonly kind: 'entry'; readonly section: string; readonly key: string; readonly value: unknown }
  | { readonly kind: 'value'; readonly section: string; readonly value: unknown };

interface Override {
  readonly path: readonly string[];
  readonly value: unknown;
  readonly remove: boolean;
}

/**
 * Base of every L1 construct: a piece of LiteLLM's YAML, written with LiteLLM's own snake_case keys.
 *
 * Like CDK's `CfnElement`, it offers an escape hatch: `addOverride('litellm_params.api_base', ...)` changes any
 * rendered key, including ones the typed props do not know.
 */
export abstract class ConfigElement extends Construct {
  /** Whether `x` is an L1 config element, from this or any other copy of the library. */
  public static isConfigElement(x: unknown): x is ConfigElement {
    return typeof x === 'object' && x !== null && CONFIG_ELEMENT_SYMBOL in x;
  }

  private readonly overrides: Override[] = [];

  protected constructor(scope: Construct, id: string) {
    super(scope, checkedId(scope, id, new.target.name));
    Object.defineProperty(this, CONFIG_ELEMENT_SYMBOL, { value: true });
  }

  /**
   * Sets a key of the rendered element, whatever the props say. `path` is dot-separated, relative to this element
   * (`litellm_params.thinking.budget_tokens`); write a literal dot as `\.`. Later overrides win.
   */
  public addOverride(path: string, value: unknown): void {
    this.assertMutable('addOverride');
    this.overrides.push({ path: splitPath(path), value, remove: false });
  }

  /** Removes a key from the rendered element. */
  public addDeletionOverride(path: string): void {
    this.assertMutable('addDeletionOverride');
    this.overrides.push({ path: splitPath(path), value: undefined, remove: true });
  }

  /**
   * What this element puts into its config document, overrides applied. Values may still hold `Secret`s and
   * `Lazy` values; synth resolves them. For aspects and policy rules that need to see the value as it will render.
   */
  public renderContribution(): Contribution {
    const contribution = this.contribute();
    if (this.overrides.length === 0) return contribution;
    if (contribution.kind === 'list') {
      throw new Error(
        `[${this.node.path}] ${contribution.section} is a list: overrides need a mapping; change the construct's props instead.`,
      );
    }
    const value = structuredCloneLoose(contribution.value);
    for (const override of this.overrides) applyOverride(value, override);
    return { ...contribution, value } as Contribution;
  }

  /** What this element renders, before overrides. */
  protected abstract contribute(): Contribution;

  /** Throws when the tree is locked (synth has reached read-only aspects or finished). */
  protected assertMutable(operation: string): void {
    if (this.node.locked) {
      throw new Error(
        `[${this.node.path}] Cannot call ${operation}() after the tree is locked: change constructs in a mutating aspect or before synth.`,
      );
    }
  }
}

function splitPath(path: string): string[] {
  const parts = path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
  if (parts.some((p) => p === ''))
    throw new Error(`Override path '${path}' has an empty segment; write keys separated by single dots.`);
  return parts;
}

function applyOverride(target: unknown, { path, value, remove }: Override): void {
  let current = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      if (remove) return;
      current[key] = {};
    }
    current = current[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete current[last];
  else current[last] = value;
}

/** Copies plain objects and arrays, keeping every other value (secrets included) as it is. */
function structuredCloneLoose<T>(value: T): T {
  if (Array.isArray(value)) return value.map(structuredCloneLoose) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = structuredCloneLoose(v);
    return out as T;
  }
  return value;
}
