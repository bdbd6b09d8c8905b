import type { IConstruct } from 'constructs';
import {
  AspectPriority,
  Aspects,
  _setRunningAspect,
  aspectName,
  type AspectApplication,
  type IAspect,
} from './aspect.js';

/** How many passes over the tree the aspects may take before the engine calls it a loop that never settles. */
export const MAX_ASPECT_PASSES = 100;

/**
 * How many constructs aspects may add in all: this many, or `ADDED_NODES_PER_NODE` times the tree they started
 * from, whichever is larger. An aspect that adds two children per visit doubles the tree each pass and would exhaust
 * memory long before `MAX_ASPECT_PASSES`; legitimate expansions (a deployment per region) stay far below it.
 */
export const MIN_ADDED_NODES_BUDGET = 50_000;
export const ADDED_NODES_PER_NODE = 20;

interface PendingInvocation {
  readonly node: IConstruct;
  readonly aspect: IAspect;
  readonly priority: number;
}

/**
 * Runs every aspect on every construct of its subtree, once per (aspect, construct) pair, lowest priority first.
 *
 * Each pass walks the tree, collects the invocations not yet made and runs those of the lowest pending priority,
 * so constructs that aspects add are visited in the next pass by every aspect that applies to them.
 * The tree is locked before the first read-only aspect (priority >= `AspectPriority.READONLY`) runs.
 */
export function invokeAspects(root: IConstruct): void {
  const invoked = new WeakMap<IConstruct, Set<IAspect>>();
  let lastPass: readonly PendingInvocation[] = [];
  let budget = 0;
  let initialNodes = 0;

  for (let pass = 0; ; pass++) {
    const { pending, nodes } = collectPending(root, invoked);
    if (pass === 0) {
      initialNodes = nodes;
      budget = Math.max(MIN_ADDED_NODES_BUDGET, ADDED_NODES_PER_NODE * nodes);
    } else if (nodes - initialNodes > budget) {
      throw new Error(describeGrowth(lastPass, pending, nodes - initialNodes, budget));
    }
    if (pending.length === 0) return;
    if (pass >= MAX_ASPECT_PASSES) throw new Error(describeLoop(lastPass, pending));

    const priority = Math.min(...new Set(pending.map((p) => p.priority)));
    if (priority >= AspectPriority.READONLY && !root.node.locked) root.node.lock();

    const thisPass = pending.filter((p) => p.priority === priority);
    for (const { node, aspect } of thisPass) {
      let done = invoked.get(node);
      if (!done) {
        done = new Set();
        invoked.set(node, done);
      }
      done.add(aspect);
      _setRunningAspect(root.node.root, { aspect, priority, finishedBelow: priority });
      try {
        aspect.visit(node);
      } finally {
        _setRunningAspect(root.node.root, undefined);
      }
    }
    lastPass = thisPass;
  }
}

/**
 * Every (construct, aspect) pair not yet invoked, in tree order (aspects inherited from ancestors first), and how
 * many constructs the tree has.
 */
function collectPending(
  root: IConstruct,
  invoked: WeakMap<IConstruct, Set<IAspect>>,
): { pending: PendingInvocation[]; nodes: number } {
  const pending: PendingInvocation[] = [];
  let nodes = 0;
  const visit = (node: IConstruct, inherited: readonly AspectApplication[]): void => {
    nodes++;
    const own = Aspects.of(node).applied;
    // Most constructs add no aspects: share the parent's list instead of copying it.
    const effective = own.length === 0 ? inherited : [...inherited, ...own];
    if (effective.length > 0) {
      const done = invoked.get(node);
      const ordered = effective.length > 1 ? [...effective].sort((a, b) => a.priority - b.priority) : effective;
      for (const { aspect, priority } of ordered) {
        if (!done?.has(aspect)) pending.push({ node, aspect, priority });
      }
    }
    for (const child of node.node.children) visit(child, effective);
  };
  visit(root, []);
  return { pending, nodes };
}

function describeGrowth(
  lastPass: readonly PendingInvocation[],
  pending: readonly PendingInvocation[],
  added: number,
  budget: number,
): string {
  const { culprits, examples } = describeCulprits(lastPass, pending);
  return (
    `Aspects added ${added} constructs, more than the ${budget} allowed: ${culprits} keeps adding constructs faster than ` +
    `it visits them (newest: ${examples}). An aspect must not add constructs every time it visits one; ` +
    `check that it skips constructs it has already handled.`
  );
}

function describeCulprits(
  lastPass: readonly PendingInvocation[],
  pending: readonly PendingInvocation[],
): { culprits: string; examples: string } {
  const culprits = [...new Set(lastPass.map((p) => aspectName(p.aspect)))].join(', ');
  const examples = [...new Set(pending.map((p) => p.node.node.path))].slice(0, 3).join(', ');
  return { culprits, examples };
}

function describeLoop(lastPass: readonly PendingInvocation[], pending: readonly PendingInvocation[]): string {
  const { culprits, examples } = describeCulprits(lastPass, pending);
  return (
    `Aspects did not settle after ${MAX_ASPECT_PASSES} passes: ${culprits} keeps adding constructs that aspects must ` +
    `visit again (newest: ${examples}). An aspect must not add a construct every time it visits one; ` +
    `check that it skips constructs it has already handled.`
  );
}
