import type { IConstruct } from 'constructs';
import { constructState, existingConstructState, setConstructState } from '../tree/_construct-state.js';

/** Something that visits every construct of a subtree at synth (CDK's `IAspect`). */
export interface IAspect {
  /** Called once for each construct below (and including) the scope the aspect was added to. */
  visit(node: IConstruct): void;
}

/**
 * When an aspect runs. Lower runs first; aspects of equal priority run in the order they were added.
 * Mutating aspects change the tree, read-only ones (policy checks) see it finished and locked.
 */
export const AspectPriority = {
  /** Aspects that add or change constructs: CRIS expansion, cache-control injection, thinking variants. */
  MUTATING: 200,
  /** The priority of an aspect added without one. */
  DEFAULT: 500,
  /** Aspects that only inspect: from this priority on the tree is locked. */
  READONLY: 1000,
} as const;

/** Options for `Aspects.of(scope).add()`. */
export interface AspectOptions {
  /**
   * When the aspect runs relative to others; see `AspectPriority`.
   * @default AspectPriority.DEFAULT
   */
  readonly priority?: number;
}

/** An aspect as added to one scope, with its priority. */
export interface AspectApplication {
  readonly aspect: IAspect;
  readonly priority: number;
}

/** Set by the aspect engine while an aspect runs, so that adding another aspect can be checked against it. */
export interface RunningAspect {
  readonly aspect: IAspect;
  readonly priority: number;
  readonly finishedBelow: number;
}

/** Where the running aspect is kept: on the root, so that a second loaded copy of core sees it too. */
const RUNNING_ASPECT = 'Aspects.running';

/** @internal Used by the aspect engine to tell `Aspects.add` which aspect is running in the tree of `root`. */
export function _setRunningAspect(root: IConstruct, value: RunningAspect | undefined): void {
  setConstructState(root, RUNNING_ASPECT, value);
}

/**
 * The aspects of a construct (CDK's `Aspects.of(scope)`).
 *
 * An aspect added to a scope applies to the scope and every construct below it, including constructs that other
 * aspects add during synth.
 */
export class Aspects {
  /** The aspects of `scope`. */
  public static of(scope: IConstruct): Aspects {
    return constructState(scope, 'Aspects', () => new Aspects(scope));
  }

  private readonly list: AspectApplication[] = [];

  private constructor(private readonly scope: IConstruct) {}

  /** Adds an aspect that visits this scope and everything below it at synth. */
  public add(aspect: IAspect, options: AspectOptions = {}): void {
    const priority = options.priority ?? AspectPriority.DEFAULT;
    const running = existingConstructState<RunningAspect>(this.scope.node.root, RUNNING_ASPECT);
    if (!Number.isFinite(priority)) {
      throw new Error(
        `[${this.scope.node.path || 'App'}] aspect ${aspectName(aspect)} has priority ${priority}; use a finite number (see AspectPriority).`,
      );
    }
    if (running && priority < running.finishedBelow) {
      throw new Error(
        `[${this.scope.node.path || 'App'}] aspect ${aspectName(aspect)} (priority ${priority}) was added by aspect ` +
          `${aspectName(running.aspect)} (priority ${running.priority}), but every aspect of priority ${priority} has already run. ` +
          `Add ${aspectName(aspect)} before synth, or give it a priority of at least ${running.priority}.`,
      );
    }
    if (!running && this.scope.node.locked) {
      throw new Error(
        `[${this.scope.node.path || 'App'}] Cannot add aspect ${aspectName(aspect)} after the tree is locked: add aspects before synth.`,
      );
    }
    if (this.list.some((a) => a.aspect === aspect)) return;
    this.list.push({ aspect, priority });
  }

  /** The aspects added to this scope (not its ancestors), in the order they were added. */
  public get applied(): readonly AspectApplication[] {
    return this.list;
  }
}

/** A readable name for an aspect in messages: its class name. */
export function aspectName(aspect: IAspect): string {
  return aspect.constructor?.name && aspect.constructor.name !== 'Object'
    ? aspect.constructor.name
    : 'anonymous aspect';
}
