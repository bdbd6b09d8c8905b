import { Construct, type IConstruct } from 'constructs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { App, AspectPriority, Aspects, type IAspect } from '../src/index.js';
import { invokeAspects, MIN_ADDED_NODES_BUDGET } from '../src/aspects/_invoke-aspects.js';

class Recorder implements IAspect {
  public readonly visits: string[] = [];
  public constructor(
    private readonly log?: string[],
    private readonly name = 'r',
  ) {}
  public visit(node: IConstruct): void {
    this.visits.push(node.node.path);
    this.log?.push(`${this.name}:${node.node.path}`);
  }
}

function tree(): { app: App; a: Construct; b: Construct; a1: Construct } {
  const app = new App({ outdir: '/tmp/unused', name: 't' });
  const a = new Construct(app, 'a');
  const b = new Construct(app, 'b');
  const a1 = new Construct(a, 'a1');
  return { app, a, b, a1 };
}

describe('aspects', () => {
  it('visits the scope it is added to and everything below it, in tree order', () => {
    const { app, a } = tree();
    const recorder = new Recorder();
    Aspects.of(a).add(recorder);
    invokeAspects(app);
    expect(recorder.visits).toEqual(['a', 'a/a1']);
  });

  it('runs lower priorities first, whatever the order they were added in', () => {
    const { app } = tree();
    const log: string[] = [];
    Aspects.of(app).add(new Recorder(log, 'readonly'), { priority: AspectPriority.READONLY });
    Aspects.of(app).add(new Recorder(log, 'mutating'), { priority: AspectPriority.MUTATING });
    invokeAspects(app);
    const paths = ['', 'a', 'a/a1', 'b'];
    expect(log).toEqual([...paths.map((p) => `mutating:${p}`), ...paths.map((p) => `readonly:${p}`)]);
  });

  it('applies aspects inherited from ancestors before those of the node itself at equal priority', () => {
    const { app, a } = tree();
    const log: string[] = [];
    Aspects.of(a).add(new Recorder(log, 'own'));
    Aspects.of(app).add(new Recorder(log, 'inherited'));
    invokeAspects(app);
    expect(log.filter((l) => l.endsWith(':a'))).toEqual(['inherited:a', 'own:a']);
  });

  it('visits constructs that an aspect adds, with every aspect that applies to them', () => {
    const { app, a } = tree();
    const seen = new Recorder();
    Aspects.of(app).add(
      {
        visit(node) {
          if (node === a && !a.node.tryFindChild('added')) new Construct(a, 'added');
        },
      },
      { priority: AspectPriority.MUTATING },
    );
    Aspects.of(app).add(seen);
    invokeAspects(app);
    expect(seen.visits).toContain('a/added');
  });

  it('lets an aspect add another aspect of a priority that has not finished', () => {
    const { app, b } = tree();
    const late = new Recorder();
    Aspects.of(app).add(
      {
        visit(node) {
          if (node === b) Aspects.of(b).add(late, { priority: AspectPriority.READONLY });
        },
      },
      { priority: AspectPriority.MUTATING },
    );
    invokeAspects(app);
    expect(late.visits).toEqual(['b']);
  });

  it('names both aspects when one adds an aspect whose priority has already run', () => {
    const { app } = tree();
    class TooLate implements IAspect {
      public visit(): void {}
    }
    class Adder implements IAspect {
      public visit(node: IConstruct): void {
        Aspects.of(node).add(new TooLate(), { priority: AspectPriority.MUTATING });
      }
    }
    Aspects.of(app).add(new Adder(), { priority: AspectPriority.DEFAULT });
    expect(() => invokeAspects(app)).toThrow(/TooLate \(priority 200\) was added by aspect Adder \(priority 500\)/);
  });

  it('stops a loop that never settles and names the aspect that keeps adding constructs', () => {
    const { app } = tree();
    let n = 0;
    class Multiplier implements IAspect {
      public visit(node: IConstruct): void {
        if (node.node.children.length === 0) new Construct(node, `c${n++}`);
      }
    }
    Aspects.of(app).add(new Multiplier(), { priority: AspectPriority.MUTATING });
    expect(() => invokeAspects(app)).toThrow(/Multiplier keeps adding constructs/);
  });

  it('stops an aspect that doubles the tree on every pass within seconds, naming it', () => {
    const { app } = tree();
    let n = 0;
    class Doubler implements IAspect {
      public visit(node: IConstruct): void {
        if (node.node.children.length === 0) {
          new Construct(node, `l${n++}`);
          new Construct(node, `r${n++}`);
        }
      }
    }
    Aspects.of(app).add(new Doubler(), { priority: AspectPriority.MUTATING });
    expect(() => invokeAspects(app)).toThrow(
      /^Aspects added \d+ constructs, more than the 50000 allowed: Doubler keeps adding constructs/,
    );
    // Stopped at the first pass past the budget: the tree never grew far beyond it.
    expect(app.node.findAll().length).toBeLessThan(4 * MIN_ADDED_NODES_BUDGET);
  });

  it('locks the tree before read-only aspects run', () => {
    const { app, a } = tree();
    Aspects.of(app).add(
      {
        visit(node) {
          if (node === a) new Construct(a, 'sneaky');
        },
      },
      { priority: AspectPriority.READONLY },
    );
    expect(() => invokeAspects(app)).toThrow(/Cannot add children/);
  });

  it('keeps the tree open for mutating aspects', () => {
    const { app, a } = tree();
    Aspects.of(app).add(
      { visit: (node) => void (node === a && !a.node.tryFindChild('x') && new Construct(a, 'x')) },
      { priority: AspectPriority.MUTATING },
    );
    invokeAspects(app);
    expect(app.node.locked).toBe(false);
    expect(a.node.tryFindChild('x')).toBeDefined();
  });

  it('rejects a priority that is not a finite number', () => {
    const { app } = tree();
    expect(() => Aspects.of(app).add(new Recorder(), { priority: Number.NaN })).toThrow(/finite number/);
  });

  it('invokes each aspect once on each construct of its subtree, for any tree and any placement (property)', () => {
    // A tree is a list of parent indexes; aspects are placed on random nodes with random priorities.
    const arbitraryTree = fc.array(fc.nat(), { maxLength: 30 });
    const placements = fc.array(fc.record({ at: fc.nat(), priority: fc.constantFrom(200, 500, 1000, 700) }), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(arbitraryTree, placements, (parents, aspects) => {
        const app = new App({ outdir: '/tmp/unused', name: 't' });
        const nodes: IConstruct[] = [app];
        parents.forEach((p, i) => {
          nodes.push(new Construct(nodes[p % nodes.length], `n${i}`));
        });
        const recorders = aspects.map(({ at, priority }) => {
          const recorder = new Recorder();
          const scope = nodes[at % nodes.length];
          Aspects.of(scope).add(recorder, { priority });
          return { recorder, scope };
        });
        invokeAspects(app);
        for (const { recorder, scope } of recorders) {
          const expected = scope.node.findAll().map((c) => c.node.path);
          expect([...recorder.visits].sort()).toEqual([...expected].sort());
          expect(new Set(recorder.visits).size).toBe(recorder.visits.length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
