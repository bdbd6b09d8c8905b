import type { IConstruct } from 'constructs';
import { constructState, existingConstructState } from '../tree/_construct-state.js';
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

/**
 * How a finding id is spelled: `<scope>/<kebab-name>`, both parts kebab-case, e.g. `bedrock/unknown-region`.
 * The scope names the library or pack that reports the finding; reports and acknowledgements refer to the whole id.
 */
export const FINDING_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether `id` is spelled as {@link FINDING_ID_PATTERN} asks. */
export function isFindingId(id: unknown): id is string {
  return typeof id === 'string' && FINDING_ID_PATTERN.test(id);
}

/** What core keeps on each annotated construct (under `Symbol.for('@litellm-cdk/core.Annotations')`). */
interface AnnotationState {
  readonly annotations: Annotation[];
  readonly acknowledgements: Acknowledgement[];
}

const STATE = 'Annotations';

/**
 * Errors, warnings and info attached to a construct, and acknowledgements of findings below it.
 *
 * Like CDK's `Annotations.of(scope)`: a facade, so the state stays off the construct's own surface. Every method
 * takes the finding's id first (`addWarningV2(id, message)` in aws-cdk-lib), spelled `<scope>/<kebab-name>`.
 * Errors fail synth; warnings fail synth only in strict mode unless acknowledged.
 */
export class Annotations {
  /** The annotations of `scope`. */
  public static of(scope: IConstruct): Annotations {
    return new Annotations(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Adds an error with a stable id: synth fails and reports it with this construct's path. */
  public addError(id: string, message: string, hint?: string): void {
    this.add({ severity: 'error', id: this.checkedId('addError', id), message, hint });
  }

  /** Adds a warning with a stable id; `acknowledge(id, reason)` on this construct or an ancestor accepts it. */
  public addWarning(id: string, message: string, hint?: string): void {
    this.add({ severity: 'warning', id: this.checkedId('addWarning', id), message, hint });
  }

  /** Adds an informational message with a stable id, kept in the validation report. */
  public addInfo(id: string, message: string, hint?: string): void {
    this.add({ severity: 'info', id: this.checkedId('addInfo', id), message, hint });
  }

  /**
   * Accepts every finding with `id` on this construct and below it, for the stated reason.
   *
   * The reason is recorded in the validation report; an acknowledgement that matches nothing is reported as stale.
   */
  public acknowledge(id: string, reason: string): void {
    if (typeof id !== 'string' || !id.trim())
      throw new Error(`[${pathOf(this.scope)}] acknowledge() needs the id of the finding to accept.`);
    this.checkedId('acknowledge', id);
    if (GENERIC_IDS.has(id)) {
      throw new Error(
        `[${pathOf(this.scope)}] '${id}' is shared by unrelated findings and cannot be acknowledged: fix the problem, or give it an id of its own.`,
      );
    }
    if (!reason?.trim()) {
      throw new Error(
        `[${pathOf(this.scope)}] acknowledge('${id}') needs a reason: say why this finding is acceptable here.`,
      );
    }
    const list = this.state().acknowledgements;
    if (!list.some((a) => a.id === id)) list.push({ id, reason: reason.trim() });
  }

  /** The annotations added to this construct (not its children). */
  public get all(): readonly Annotation[] {
    return existingConstructState<AnnotationState>(this.scope, STATE)?.annotations ?? [];
  }

  /** The acknowledgements recorded on this construct (not its ancestors). */
  public get acknowledgements(): readonly Acknowledgement[] {
    return existingConstructState<AnnotationState>(this.scope, STATE)?.acknowledgements ?? [];
  }

  /** The acknowledgement of `id` that applies here: on this construct or the nearest ancestor that has one. */
  public findAcknowledgement(
    id: string,
  ): { readonly scope: IConstruct; readonly acknowledgement: Acknowledgement } | undefined {
    for (const scope of [...this.scope.node.scopes].reverse()) {
      const found = Annotations.of(scope).acknowledgements.find((a) => a.id === id);
      if (found) return { scope, acknowledgement: found };
    }
    return undefined;
  }

  private add(annotation: Annotation): void {
    const list = this.state().annotations;
    // The same message twice (an aspect re-run, a check called from two places) is one finding.
    if (list.some((a) => a.id === annotation.id && a.message === annotation.message)) return;
    list.push(annotation);
  }

  private state(): AnnotationState {
    return constructState<AnnotationState>(this.scope, STATE, () => ({ annotations: [], acknowledgements: [] }));
  }

  /** `id` if it is spelled `<scope>/<kebab-name>`; otherwise an error naming the call, the id and the form. */
  private checkedId(method: string, id: unknown): string {
    if (isFindingId(id)) return id;
    const shown = typeof id === 'string' ? `'${id}'` : String(id);
    throw new Error(
      `[${pathOf(this.scope)}] ${method}() was given the id ${shown}, which is not of the form '<scope>/<kebab-name>' ` +
        `(lowercase letters, digits and single dashes on both sides of one '/', e.g. 'my-lib/no-rate-limit'). ` +
        `The id comes first: ${method}(id, ${method === 'acknowledge' ? 'reason' : 'message'}).`,
    );
  }
}

/** A construct's path for messages; the root is named by its id, or `App`. */
export function pathOf(scope: IConstruct): string {
  return scope.node.path || scope.node.id || 'App';
}
