import type { IConstruct } from 'constructs';
import type { ReportedFinding, ValidationReport } from './validation-report.js';

/** Produces one section of `validation-report.json` from the final findings (acknowledgements applied). */
export type ReportSectionProducer = (findings: readonly ReportedFinding[]) => unknown;

/** Produces the text of a report file written beside `validation-report.json`, from the finished report. */
export type ReportFileProducer = (report: ValidationReport) => string;

const sectionsByRoot = new WeakMap<IConstruct, Map<string, ReportSectionProducer>>();
const filesByRoot = new WeakMap<IConstruct, Map<string, ReportFileProducer>>();

/** What a report file may be called: a plain file name that does not clash with the assembly's own files. */
const REPORT_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(csv|json|md|txt)$/;
const RESERVED_FILES = new Set(['manifest.json', 'tree.json', 'validation-report.json']);

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

  /**
   * Adds (or replaces) a file written into the assembly beside `validation-report.json`, such as a CSV of a
   * policy pack's findings. Listed in `manifest.json` under `reports`.
   */
  public addFile(fileName: string, producer: ReportFileProducer): void {
    if (!REPORT_FILE_NAME.test(fileName) || RESERVED_FILES.has(fileName)) {
      throw new Error(`Report file name '${fileName}' must be a plain .csv, .json, .md or .txt file name other than the assembly's own files.`);
    }
    const files = filesByRoot.get(this.root) ?? new Map<string, ReportFileProducer>();
    files.set(fileName, producer);
    filesByRoot.set(this.root, files);
  }

  /** @internal Produces every report file, in name order. */
  public _produceFiles(report: ValidationReport): { readonly name: string; readonly content: string }[] {
    const files = filesByRoot.get(this.root);
    if (!files) return [];
    return [...files.keys()].sort().map((name) => ({ name, content: files.get(name)!(report) }));
  }

  /** @internal Produces every section. */
  public _produce(findings: readonly ReportedFinding[]): Record<string, unknown> {
    const sections = sectionsByRoot.get(this.root);
    if (!sections) return {};
    return Object.fromEntries([...sections.keys()].sort().map((name) => [name, sections.get(name)!(findings)]));
  }
}
