import type { IConstruct } from 'constructs';
import { Annotations } from '../annotations/annotations.js';
import { CATALOG_VERSION, lookupModel, type CatalogEntry } from '../catalog/index.js';
import { ModelDeployment, type CacheControlInjectionPoint } from '../config/model-deployment.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import {
  CACHE_CONTROL_LOCATIONS,
  CACHE_CONTROL_ROLES,
  CACHE_CONTROL_TTLS,
  CACHE_CONTROL_TYPES,
  type CacheControlRole,
  type CacheControlTtl,
} from '../config/schemas/vocabulary.js';
import { Aspects, type IAspect } from './aspect.js';

const CACHE_CONTROL_INJECTION_SYMBOL = Symbol.for('@litellm-cdk/core.CacheControlInjection');
const OPT_OUT_SYMBOL = Symbol.for('@litellm-cdk/core.CacheControlInjection.optOut');

/** The id of the info finding on deployments the aspect leaves without cache points, and on scopes that opted out. */
export const CACHE_CONTROL_SKIPPED = 'core/cache-control-skipped';

export type { CacheControlRole, CacheControlTtl };

/** Options shared by the `CacheControlInjection.forRoles()` / `forIndexes()` shorthands. */
export interface CacheControlOptions {
  /**
   * `control.ttl` of every point.
   * @default - no `control`: LiteLLM's ephemeral cache with the provider's default lifetime
   */
  readonly ttl?: CacheControlTtl;
}

/** Props of a `CacheControlInjection`. */
export interface CacheControlInjectionProps {
  /** The points to inject, in order; at least one. */
  readonly points: readonly CacheControlInjectionPoint[];
}

/** Why a scope opted out, as recorded by `CacheControlInjection.optOut()`. */
export interface CacheControlOptOut {
  readonly scope: IConstruct;
  readonly reason?: string;
}

/**
 * A mutating aspect that sets `cache_control_injection_points` on every deployment below the scope it is added to
 * whose model caches prompts, so that LiteLLM marks those messages as cache points:
 *
 * ```ts
 * Aspects.of(config).add(CacheControlInjection.forRoles(['system'], { ttl: '5m' }), { priority: AspectPriority.MUTATING });
 * CacheControlInjection.optOut(embeddings, 'embeddings never cache');
 * ```
 *
 * Support is read from the deployment: `model_info.supports_prompt_caching` when set, else the catalog entry in its
 * facts, else the catalog entry of `model_info.base_model` (an application inference profile ARN names no model; its
 * `base_model` does), the way core's capability checks look models up. Embedding models, models that do not cache prompts and models the catalog does not list are skipped with an
 * info finding (`core/cache-control-skipped`). The nearest scope decides: a deployment below a scope that opted out
 * gets no points from an injection added above that scope, and of two injections the one added nearer the
 * deployment wins. A deployment that already has cache points keeps its own.
 */
export class CacheControlInjection implements IAspect {
  /** Whether `x` is a `CacheControlInjection`, from this or any other copy of the library. */
  public static isCacheControlInjection(x: unknown): x is CacheControlInjection {
    return typeof x === 'object' && x !== null && CACHE_CONTROL_INJECTION_SYMBOL in x;
  }

  /** Cache points on the messages of each role, e.g. `forRoles(['system'], { ttl: '1h' })`. */
  public static forRoles(roles: readonly CacheControlRole[], options: CacheControlOptions = {}): CacheControlInjection {
    return new CacheControlInjection({
      points: roles.map((role) => ({ location: 'message', role, ...control(options) })),
    });
  }

  /**
   * The bounded pattern for Claude: the system prompt and the last message, two `cache_control` blocks whatever the
   * conversation's length (role points on `user` or `assistant` mark every such message, and Claude refuses more
   * than four).
   */
  public static systemAndLastMessage(options: CacheControlOptions = {}): CacheControlInjection {
    return new CacheControlInjection({
      points: [
        { location: 'message', role: 'system', ...control(options) },
        { location: 'message', index: -1, ...control(options) },
      ],
    });
  }

  /** Cache points on the messages at each index; negative indexes count from the end (`-1` is the last message). */
  public static forIndexes(indexes: readonly number[], options: CacheControlOptions = {}): CacheControlInjection {
    return new CacheControlInjection({
      points: indexes.map((index) => ({ location: 'message', index, ...control(options) })),
    });
  }

  /**
   * Keeps `CacheControlInjection`s added above `scope` away from the deployments at or below it (a group, a
   * provider, a config): for groups whose requests should never be cached, say because every prompt is unique.
   */
  public static optOut(scope: IConstruct, reason?: string): void {
    Object.defineProperty(scope, OPT_OUT_SYMBOL, {
      value: { reason: reason?.trim() || undefined },
      configurable: true,
    });
  }

  /** The opt-out that applies to `construct`: its own or its nearest ancestor's. */
  public static optOutOf(construct: IConstruct): CacheControlOptOut | undefined {
    for (const scope of [...construct.node.scopes].reverse()) {
      const marker = (scope as { [OPT_OUT_SYMBOL]?: { reason?: string } })[OPT_OUT_SYMBOL];
      if (marker) return { scope, ...(marker.reason ? { reason: marker.reason } : {}) };
    }
    return undefined;
  }

  /** The points every supporting deployment gets. */
  public readonly points: readonly CacheControlInjectionPoint[];

  public constructor(props: CacheControlInjectionProps) {
    Object.defineProperty(this, CACHE_CONTROL_INJECTION_SYMBOL, { value: true });
    if (props.points.length === 0) throw new Error('CacheControlInjection needs at least one injection point.');
    props.points.forEach(assertValidPoint);
    this.points = props.points.map((point) => ({
      ...point,
      ...(point.control ? { control: { ...point.control } } : {}),
    }));
  }

  /** Injects the points into `node` when it is a deployment this injection decides for and its model caches prompts. */
  public visit(node: IConstruct): void {
    if (!ModelDeployment.isModelDeployment(node)) return;
    if (node.litellmParams.cache_control_injection_points !== undefined) return;
    const decision = nearestDecision(node);
    if (decision?.optOut) {
      const why = decision.optOut.reason ? `: ${decision.optOut.reason}` : '';
      Annotations.of(decision.optOut.scope).addInfo(
        CACHE_CONTROL_SKIPPED,
        `Cache control injection skipped: opted out${why}.`,
      );
      return;
    }
    if (decision?.injection && decision.injection !== this) return;
    const unsupported = whyNotCaching(node);
    if (unsupported) {
      Annotations.of(node).addInfo(
        CACHE_CONTROL_SKIPPED,
        `Cache control injection skipped: ${node.model} ${unsupported}.`,
      );
      return;
    }
    node.setParam(
      'cache_control_injection_points',
      this.points.map((point) => ({ ...point })),
    );
  }
}

/**
 * What the scope nearest to the deployment says: an opt-out, or the injection added there. `undefined` when no scope
 * says anything (the aspect was invoked directly rather than through `Aspects`).
 */
function nearestDecision(node: IConstruct): { optOut?: CacheControlOptOut; injection?: IAspect } | undefined {
  for (const scope of [...node.node.scopes].reverse()) {
    const optOut = CacheControlInjection.optOutOf(scope);
    if (optOut?.scope === scope) return { optOut };
    const added = Aspects.of(scope).applied.filter((a) => CacheControlInjection.isCacheControlInjection(a.aspect));
    // Of two injections on one scope, the one added last wins, like a later call overriding an earlier one.
    if (added.length > 0) return { injection: added[added.length - 1].aspect };
  }
  return undefined;
}

/** Why a deployment's model cannot take cache points, or `undefined` when it can. */
function whyNotCaching(deployment: ModelDeployment): string | undefined {
  const info = deployment.modelInfo ?? {};
  const entry = catalogEntryOf(deployment);
  const mode = typeof info.mode === 'string' ? info.mode : entry?.mode;
  if (mode === 'embedding') return 'is an embedding model';
  if (typeof info.supports_prompt_caching === 'boolean') {
    return info.supports_prompt_caching
      ? undefined
      : 'does not cache prompts (model_info.supports_prompt_caching is false)';
  }
  if (!entry) {
    return (
      `is not in the model catalog (LiteLLM model map ${CATALOG_VERSION}), so its prompt caching support is unknown; ` +
      'set model_info.supports_prompt_caching: true if it caches prompts'
    );
  }
  return entry.supportsPromptCaching
    ? undefined
    : `does not cache prompts (catalog entry '${entry.id}', LiteLLM model map ${CATALOG_VERSION})`;
}

/**
 * The deployment's catalog entry: the one its facts name, else the entry of `model_info.base_model`, looked up with
 * the deployment's `custom_llm_provider` like the capability checks do, so both agree on what the model is.
 */
function catalogEntryOf(deployment: ModelDeployment): CatalogEntry | undefined {
  const known = deployment.facts.catalogEntry;
  if (known) return known;
  const baseModel = deployment.modelInfo?.base_model;
  if (typeof baseModel !== 'string' || baseModel === '') return undefined;
  const custom: unknown = deployment.litellmParams.custom_llm_provider;
  if (custom === undefined) return lookupModel(baseModel);
  // A provider read from the environment could be anything, so nothing can be said about the model.
  return typeof custom === 'string' && !custom.startsWith(ENV_REFERENCE_PREFIX)
    ? lookupModel(baseModel, custom)
    : undefined;
}

function control(options: CacheControlOptions): Pick<CacheControlInjectionPoint, 'control'> {
  return options.ttl ? { control: { type: 'ephemeral', ttl: options.ttl } } : {};
}

function assertValidPoint(point: CacheControlInjectionPoint, position: number): void {
  const where = `CacheControlInjection point ${position + 1}`;
  if (!isOneOf(CACHE_CONTROL_LOCATIONS, point.location)) {
    throw new Error(`${where}: location must be ${listed(CACHE_CONTROL_LOCATIONS)}, not '${String(point.location)}'.`);
  }
  if (point.role !== undefined && !isOneOf(CACHE_CONTROL_ROLES, point.role)) {
    throw new Error(`${where}: role must be ${listed(CACHE_CONTROL_ROLES)}, not '${String(point.role)}'.`);
  }
  if (point.index !== undefined && !Number.isInteger(point.index)) {
    throw new Error(`${where}: index must be a whole number (negative counts from the end), not ${point.index}.`);
  }
  if (point.location === 'message' && point.role === undefined && point.index === undefined) {
    throw new Error(`${where}: a message point needs a role or an index.`);
  }
  if (point.control !== undefined && !isOneOf(CACHE_CONTROL_TYPES, point.control.type)) {
    throw new Error(
      `${where}: control.type must be ${listed(CACHE_CONTROL_TYPES)}, not '${String(point.control.type)}'.`,
    );
  }
  const ttl = point.control?.ttl;
  if (ttl !== undefined && !isOneOf(CACHE_CONTROL_TTLS, ttl)) {
    throw new Error(`${where}: ttl must be ${listed(CACHE_CONTROL_TTLS)}, not '${String(ttl)}'.`);
  }
}

function isOneOf(values: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && values.includes(value);
}

/** `'a', 'b' or 'c'`. */
function listed(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
