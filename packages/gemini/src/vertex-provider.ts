import { Secret, type SecretOr } from '@litellm-cdk/core';
import type { Construct } from 'constructs';
import { GEMINI_CATALOG, GoogleModelProvider, VERTEX_CATALOG, type DeploymentTarget } from './google-model-provider.js';
import type { GoogleProviderProps } from './model-options.js';
import type { VertexModelId } from './models.js';

const VERTEX_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/gemini.VertexProvider');

/** Props of a `VertexProvider`. */
export interface VertexProviderProps extends GoogleProviderProps {
  /** The Google Cloud project (`vertex_project`). */
  readonly project: SecretOr<string>;
  /**
   * The Vertex AI location (`vertex_location`): a region such as `europe-west4`, or `global`.
   * Given literally it becomes the deployments' region, which policy rules can check.
   */
  readonly location: SecretOr<string>;
  /**
   * Service account credentials (`vertex_credentials`): a path to a key file, or the key file's JSON. Prefer
   * `Secret.env('VERTEX_CREDENTIALS')`; a literal is reported by synth as a plaintext secret.
   * @default - none: LiteLLM uses the proxy's application default credentials
   */
  readonly credentials?: SecretOr<string>;
}

/**
 * Vertex AI (LiteLLM's `vertex_ai/` provider): Google's models in one project and location.
 *
 * ```ts
 * const vertex = new VertexProvider(config, 'vertex', {
 *   project: 'acme-prod',
 *   location: 'europe-west4',
 *   credentials: Secret.env('VERTEX_CREDENTIALS'),
 * });
 * vertex.addModel('pro', { model: 'gemini-2.5-pro', reasoningEffort: 'low' });
 * ```
 *
 * Each model gets one deployment, whose id is the location when it is literal and `Default` otherwise.
 */
export class VertexProvider extends GoogleModelProvider<VertexModelId> {
  /** Whether `x` is a `VertexProvider`, from this or any other copy of the library. */
  public static isVertexProvider(x: unknown): x is VertexProvider {
    return typeof x === 'object' && x !== null && VERTEX_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'vertex_ai';
  /** The project, as given. */
  public readonly project: SecretOr<string>;
  /** The location, as given. */
  public readonly location: SecretOr<string>;
  protected readonly catalog = VERTEX_CATALOG;
  protected readonly relatedCatalog = GEMINI_CATALOG;
  private readonly target: DeploymentTarget;

  public constructor(scope: Construct, id: string, props: VertexProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, VERTEX_PROVIDER_SYMBOL, { value: true });
    for (const [name, value] of [
      ['project', props.project],
      ['location', props.location],
    ] as const) {
      if (!Secret.isSecret(value) && !value.trim()) throw new Error(`[${this.node.path}] ${name} must not be empty.`);
    }
    this.project = props.project;
    this.location = props.location;
    const region = Secret.isSecret(props.location) ? undefined : props.location;
    this.target = {
      id: region ?? 'Default',
      litellmParams: {
        vertex_project: props.project,
        vertex_location: props.location,
        ...(props.credentials !== undefined ? { vertex_credentials: props.credentials } : {}),
      },
      facts: { regionValue: props.location, ...(region ? { region } : {}) },
    };
  }

  protected deploymentTargets(): readonly DeploymentTarget[] {
    return [this.target];
  }
}
