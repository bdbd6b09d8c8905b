import type { IConstruct } from 'constructs';
import type { ReportedFinding } from './validation-report.js';

/** Produces one section of `validation-report.json` from the final findings (acknowledgements applied). */
export type ReportSectionProducer = (findings: readonly ReportedFinding[]) => unknown;

const sectionsByRoot = new WeakMap<IConstruct, Map<string, ReportSectionProducer>>();

/**
 * Extra sections of the validation report, such as a policy pack's per-rule results. Registered on the app
 * (any construct's root) by extensions; produced after validation, in name order.
 */
export class ReportSections {
  /** The report sections of the app `scope` belongs to. */
  public static of(scope: IConstruct): ReportSections {
    return new ReportSections(scope.node.root);
  }

  private constructor(private readonly root: IConstruct) {}

  /** Adds (or replaces) the section `name`. */
  public add(name: string, producer: ReportSectionProducer): void {
    const sections = sectionsByRoot.get(this.root) ?? new Map<string, ReportSectionProducer>();
    sections.set(name, producer);
    sectionsByRoot.set(this.root, sections);
  }

  /** @internal Produces every section. */
  public _produce(findings: readonly ReportedFinding[]): Record<string, unknown> {
    const sections = sectionsByRoot.get(this.root);
    if (!sections) return {};
    return Object.fromEntries([...sections.keys()].sort().map((name) => [name, sections.get(name)!(findings)]));
  }
}
