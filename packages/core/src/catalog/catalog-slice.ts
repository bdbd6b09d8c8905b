import type { CatalogModelIds } from './_generated/model-ids.js';
import { type CatalogEntry, catalogEntries } from './model-catalog.js';
import { routedProviderOf } from './provider-inference.js';

/**
 * The catalog's model ids of one provider (the model map's `litellm_provider`), without the `<provider>/` prefix:
 * what a provider library offers for autocompletion. Any other string is accepted too (`(string & {})`).
 * @example CatalogModelId<'anthropic'> // 'claude-sonnet-4-5' | 'claude-opus-4-1' | ...
 */
export type CatalogModelId<TProvider extends string> = TProvider extends keyof CatalogModelIds
  ? CatalogModelIds[TProvider]
  : never;

const slices = new Map<string, CatalogSlice>();

/**
 * The part of the one catalog that a provider serves, keyed by the id a deployment writes after `<provider>/`:
 * `gpt-4o` for OpenAI, `gpt-4o` for Azure (the map's `azure/gpt-4o`), `mistral-large-latest` for Mistral. It holds
 * the entries whose `litellm_provider` is the provider or one of its families (`fireworks_ai-embedding-models`,
 * `vertex_ai-language-models`), and those LiteLLM routes to it by bare name (`bedrock_converse` -> `bedrock`).
 */
export class CatalogSlice {
  /** The slice of `provider` (LiteLLM's provider name), built on first use. */
  public static of(provider: string): CatalogSlice {
    let slice = slices.get(provider);
    if (!slice) {
      slice = new CatalogSlice(provider);
      slices.set(provider, slice);
    }
    return slice;
  }

  private readonly entries: ReadonlyMap<string, CatalogEntry>;

  private constructor(public readonly provider: string) {
    const entries = new Map<string, CatalogEntry>();
    for (const entry of catalogEntries()) {
      const family =
        entry.provider === provider ||
        entry.provider.startsWith(`${provider}-`) ||
        routedProviderOf(entry.provider) === provider;
      if (!family) continue;
      const id = entry.id.startsWith(`${provider}/`) ? entry.id.slice(provider.length + 1) : entry.id;
      // An id listed both bare and prefixed keeps the prefixed entry, which is the provider's own.
      if (!entries.has(id) || entry.id !== id) entries.set(id, entry);
    }
    this.entries = entries;
  }

  /** What the catalog says about `id` (without `<provider>/`); `undefined` when the slice does not list it. */
  public find(id: string): CatalogEntry | undefined {
    return this.entries.get(id);
  }

  /** Every id of the slice, sorted. */
  public ids(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** Whether the catalog lists no model of the provider at all (then nothing can be checked against it). */
  public get isEmpty(): boolean {
    return this.entries.size === 0;
  }
}
