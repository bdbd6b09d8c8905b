import type { IConstruct } from 'constructs';
import { constructState } from '../tree/_construct-state.js';
import { ASSEMBLY_OWN_FILES } from './_assembly-files.js';
import type { ReportedFinding, ValidationReport } from './validation-report.js';

/** Produces one section of `validation-report.json` from the final findings (acknowledgements applied). */
export type ReportSectionProducer = (findings: readonly ReportedFinding[]) => unknown;

/** Produces the text of a report file written beside `validation-report.json`, from the finished report. */
export type ReportFileProducer = (report: ValidationReport) => string;

/** What a report file may be called: a plain file name that does not clash with the assembly's own files. */
const REPORT_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(csv|json|md|txt)$/;

/**
 * Extra sections of the validation report, such as a policy pack's per-rule results. Registered on the app
 * (any construct's root) by extensions; produced after validation, in name order.
 */
export class ReportSections {
  /** The report sections of the app `scope` belongs to. */
  public static of(scope: IConstruct): ReportSections {
    return new ReportSections(scope.node.root);
  }

  // Kept on the app's root construct, so that every loaded copy of core sees the same sections.
  private readonly sections: Map<string, ReportSectionProducer>;
  private readonly files: Map<string, ReportFileProducer>;

  private constructor(root: IConstruct) {
    this.sections = constructState(root, 'ReportSections.sections', () => new Map());
    this.files = constructState(root, 'ReportSections.files', () => new Map());
  }

  /** Adds (or replaces) the section `name`. */
  public add(name: string, producer: ReportSectionProducer): void {
    this.sections.set(name, producer);
  }

  /**
   * Adds (or replaces) a file written into the assembly beside `validation-report.json`, such as a CSV of a
   * policy pack's findings. Listed in `manifest.json` under `reports`.
   */
  public addFile(fileName: string, producer: ReportFileProducer): void {
    if (!REPORT_FILE_NAME.test(fileName) || ASSEMBLY_OWN_FILES.has(fileName)) {
      throw new Error(
        `Report file name '${fileName}' must be a plain .csv, .json, .md or .txt file name other than the assembly's own files.`,
      );
    }
    this.files.set(fileName, producer);
  }

  /** @internal Produces every report file, in name order. */
  public _produceFiles(report: ValidationReport): { readonly name: string; readonly content: string }[] {
    const files = this.files;
    return [...files.keys()].sort().map((name) => ({ name, content: files.get(name)!(report) }));
  }

  /** @internal Produces every section. */
  public _produce(findings: readonly ReportedFinding[]): Record<string, unknown> {
    const sections = this.sections;
    return Object.fromEntries([...sections.keys()].sort().map((name) => [name, sections.get(name)!(findings)]));
  }
}
