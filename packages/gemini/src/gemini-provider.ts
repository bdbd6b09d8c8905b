import { Secret, type SecretOr } from '@litellm-cdk/core';
import type { Construct } from 'constructs';
import { GEMINI_CATALOG, GoogleModelProvider, VERTEX_CATALOG, type DeploymentTarget } from './google-model-provider.js';
import type { GoogleProviderProps } from './model-options.js';
import type { GeminiModelId } from './models.js';

const GEMINI_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/gemini.GeminiProvider');

/** Props of a `GeminiProvider`. */
export interface GeminiProviderProps extends GoogleProviderProps {
  /**
   * Google AI Studio API keys, at least one. Every model gets one deployment per key, in this order, and LiteLLM
   * balances requests across them. Give secrets (`Secret.env('GEMINI_API_KEY_1')`): a plain string is accepted
   * by the types but reported by synth as a plaintext secret.
   */
  readonly apiKeys: readonly SecretOr<string>[];
}

/**
 * Google AI Studio (LiteLLM's `gemini/` provider): every model served with each of several API keys.
 *
 * ```ts
 * const gemini = new GeminiProvider(config, 'gemini', {
 *   apiKeys: [Secret.env('GEMINI_API_KEY_1'), Secret.env('GEMINI_API_KEY_2')],
 * });
 * gemini.addModel('flash', { model: 'gemini-2.5-flash', rpm: 15, thinkingBudgets: [4096] });
 * ```
 *
 * A deployment's id, and its credential set in the deployment facts, is the key's environment variable name
 * (`GEMINI_API_KEY_1`), or `key<N>` (1-based position) for a key that is not an environment variable.
 */
export class GeminiProvider extends GoogleModelProvider<GeminiModelId> {
  /** Whether `x` is a `GeminiProvider`, from this or any other copy of the library. */
  public static isGeminiProvider(x: unknown): x is GeminiProvider {
    return typeof x === 'object' && x !== null && GEMINI_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'gemini';
  /** The name of each API key, in the order given: its deployments' id and credential set. */
  public readonly keyNames: readonly string[];
  protected readonly catalog = GEMINI_CATALOG;
  protected readonly relatedCatalog = VERTEX_CATALOG;
  private readonly targets: readonly DeploymentTarget[];

  public constructor(scope: Construct, id: string, props: GeminiProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, GEMINI_PROVIDER_SYMBOL, { value: true });
    if (props.apiKeys.length === 0) {
      throw new Error(
        `[${this.node.path}] apiKeys is empty; give at least one key, e.g. Secret.env('GEMINI_API_KEY').`,
      );
    }
    this.assertDistinct(props.apiKeys);
    this.keyNames = props.apiKeys.map(keyName);
    this.targets = props.apiKeys.map((apiKey, index) => ({
      id: this.keyNames[index],
      litellmParams: { api_key: apiKey },
      facts: { credentialSet: this.keyNames[index] },
    }));
  }

  protected deploymentTargets(): readonly DeploymentTarget[] {
    return this.targets;
  }

  private assertDistinct(apiKeys: readonly SecretOr<string>[]): void {
    const names = apiKeys.map(keyName);
    const values = apiKeys.map((key) => (Secret.isSecret(key) ? key.render() : key));
    for (let later = 1; later < apiKeys.length; later++) {
      const earlier = values.indexOf(values[later]);
      if (earlier !== later) {
        // Never print the value: it may be a plaintext key.
        throw new Error(
          `[${this.node.path}] apiKeys lists the same key at positions ${earlier + 1} and ${later + 1}; list each key once.`,
        );
      }
      if (names.indexOf(names[later]) !== later) {
        throw new Error(
          `[${this.node.path}] Two apiKeys are both named '${names[later]}'; rename the environment variable.`,
        );
      }
    }
  }
}

/** A key's name: its environment variable's name, else `key<N>` by 1-based position. */
function keyName(apiKey: SecretOr<string>, index: number): string {
  return Secret.isSecret(apiKey) && apiKey.kind === 'env' ? apiKey.name : `key${index + 1}`;
}
