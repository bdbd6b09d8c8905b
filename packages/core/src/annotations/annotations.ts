import type { IConstruct } from 'constructs';
import type { Severity } from '../validation/finding.js';

/** A message attached to a construct by code (a construct's own checks, an aspect, a policy rule). */
export interface Annotation {
  readonly severity: Severity;
  /** Stable identifier; warnings must have one so they can be acknowledged. */
  readonly id: string;
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
}

/** A decision, recorded on a subtree, that findings with one id are known and accepted there. */
export interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
}

/** Ids shared by unrelated findings: acknowledging one would silence every other, so they cannot be acknowledged. */
const GENERIC_IDS = new Set(['core/error', 'core/info', 'core/construct-validation']);

const annotationsByConstruct = new WeakMap<IConstruct, Annotation[]>();
const acknowledgementsByConstruct = new WeakMap<IConstruct, Acknowledgement[]>();

/**
 * Errors, warnings and info attached to a construct, and acknowledgements of findings below it.
 *
 * Like CDK's `Annotations.of(scope)`: a facade, so the state stays off the construct's own surface.
 * Errors fail synth; warnings fail synth only in strict mode unless acknowledged.
 */
export class Annotations {
  /** The annotations of `scope`. */
  public static of(scope: IConstruct): Annotations {
    return new Annotations(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Adds an error: synth fails and reports it with this construct's path. */
  public addError(message: string, id = 'core/error', hint?: string): void {
    this.add({ severity: 'error', id, message, hint });
  }

  /** Adds a warning with a stable id; `acknowledge(id, reason)` on this construct or an ancestor accepts it. */
  public addWarning(id: string, message: string, hint?: string): void {
    this.add({ severity: 'warning', id, message, hint });
  }

  /** Adds an informational message, kept in the validation report. */
  public addInfo(message: string, id = 'core/info'): void {
    this.add({ severity: 'info', id, message });
  }

  /**
   * Accepts every finding with `id` on this construct and below it, for the stated reason.
   *
   * The reason is recorded in the validation report; an acknowledgement that matches nothing is reported as stale.
   */
  public acknowledge(id: string, reason: string): void {
    if (!id.trim()) throw new Error(`[${pathOf(this.scope)}] acknowledge() needs the id of the finding to accept.`);
    if (GENERIC_IDS.has(id)) {
      throw new Error(`[${pathOf(this.scope)}] '${id}' is shared by unrelated findings and cannot be acknowledged: fix the problem, or give it an id of its own.`);
    }
    if (!reason || !reason.trim()) {
      throw new Error(`[${pathOf(this.scope)}] acknowledge('${id}') needs a reason: say why this finding is acceptable here.`);
    }
    const list = acknowledgementsByConstruct.get(this.scope) ?? [];
    if (!list.some((a) => a.id === id)) list.push({ id, reason: reason.trim() });
    acknowledgementsByConstruct.set(this.scope, list);
  }

  /** The annotations added to this construct (not its children). */
  public get all(): readonly Annotation[] {
    return annotationsByConstruct.get(this.scope) ?? [];
  }

  /** The acknowledgements recorded on this construct (not its ancestors). */
  public get acknowledgements(): readonly Acknowledgement[] {
    return acknowledgementsByConstruct.get(this.scope) ?? [];
  }

  /** The acknowledgement of `id` that applies here: on this construct or the nearest ancestor that has one. */
  public findAcknowledgement(id: string): { readonly scope: IConstruct; readonly acknowledgement: Acknowledgement } | undefined {
    for (const scope of [...this.scope.node.scopes].reverse()) {
      const found = acknowledgementsByConstruct.get(scope)?.find((a) => a.id === id);
      if (found) return { scope, acknowledgement: found };
    }
    return undefined;
  }

  private add(annotation: Annotation): void {
    const list = annotationsByConstruct.get(this.scope) ?? [];
    // The same message twice (an aspect re-run, a check called from two places) is one finding.
    if (list.some((a) => a.id === annotation.id && a.message === annotation.message)) return;
    list.push(annotation);
    annotationsByConstruct.set(this.scope, list);
  }
}

/** A construct's path for messages; the root is named by its id, or `App`. */
export function pathOf(scope: IConstruct): string {
  return scope.node.path || scope.node.id || 'App';
}
