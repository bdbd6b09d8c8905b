import {
  Annotations,
  formatPath,
  ModelDeployment,
  ModelGroup,
  ProxyConfig,
  ReportSections,
  mergeIncludes,
  pathOf,
  previewConfig,
  type ConfigPreview,
  type MergedConfig,
} from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';
import {
  isAcknowledgementReasonTooShort,
  MIN_ACKNOWLEDGEMENT_REASON_LENGTH,
  SHORT_ACKNOWLEDGEMENT_REASON_ID,
} from './acknowledge.js';
import { ConfigView } from './config-view.js';
import { evaluateRule, subjectsOfKind, type EvaluatedFinding, type SubjectStatus } from './_evaluate.js';
import type { PolicyPack } from './pack.js';
import { buildPolicyReport, POLICY_REPORT_SECTION, type RecordedFinding } from './policy-report.js';
import type { PolicySubject } from './subject.js';

/** A main config merged with its includes, with the construct behind every subject and path. */
interface SynthModel {
  readonly view: ConfigView;
  readonly merged: MergedConfig;
  readonly mainFile: string;
  /** The subjects each construct owns: a deployment its L1, a group its `ModelGroup`, the config its main config. */
  readonly subjectsByOwner: Map<IConstruct, PolicySubject[]>;
  ownerOf(mergedPath: readonly (string | number)[]): IConstruct;
}

/** What one pack found at synth: per rule, the status of each subject and the findings it recorded. */
export interface PackRecord {
  readonly pack: PolicyPack;
  readonly statuses: Map<string, SubjectStatus[]>;
  readonly findings: RecordedFinding[];
  readonly visited: WeakSet<IConstruct>;
}

// Kept on the app's root construct (not in a module-level map), so that two loaded copies of this package share it.
const POLICY_RUN = Symbol.for('@litellm-cdk/policy.PolicyRun');

/**
 * The policy packs' work during one synth of one app: builds each config's read model once (the tree is locked
 * by then), runs each pack's rules on the subjects a visited construct owns, annotates findings, and produces the
 * report section from the final findings.
 */
export class PolicyRun {
  /** The run of the app `scope` belongs to; the first call registers the report section. */
  public static of(scope: IConstruct): PolicyRun {
    const root = scope.node.root;
    let run = (root as IConstruct & { [POLICY_RUN]?: PolicyRun })[POLICY_RUN];
    if (!run) {
      run = new PolicyRun(root);
      Object.defineProperty(root, POLICY_RUN, { value: run, enumerable: false, configurable: true });
      const created = run;
      ReportSections.of(root).add(POLICY_REPORT_SECTION, (findings) =>
        buildPolicyReport([...created.packs.values()], findings),
      );
    }
    return run;
  }

  private readonly models = new Map<ProxyConfig, SynthModel>();
  private readonly packs = new Map<PolicyPack, PackRecord>();

  private constructor(private readonly root: IConstruct) {}

  /** Runs `pack`'s rules on the subjects `node` owns, once even when the pack reaches `node` from two scopes. */
  public visit(pack: PolicyPack, node: IConstruct): void {
    const record = this.recordOf(pack);
    if (record.visited.has(node)) return;
    record.visited.add(node);
    this.checkAcknowledgements(pack, node);
    for (const model of this.modelsContaining(node)) {
      for (const subject of model.subjectsByOwner.get(node) ?? []) {
        for (const rule of pack.rules) {
          if (rule.appliesTo !== subject.kind) continue;
          const result = evaluateRule(rule, subject);
          const statuses = record.statuses.get(rule.id) ?? [];
          statuses.push(result.status);
          record.statuses.set(rule.id, statuses);
          for (const finding of result.findings) record.findings.push(this.emit(model, subject, node, finding));
        }
      }
    }
  }

  /**
   * Core's `Annotations.acknowledge()` accepts any non-empty reason; for the pack's findings one shorter than the
   * minimum does not count (the report shows them unacknowledged), and is an error on the acknowledging construct.
   */
  private checkAcknowledgements(pack: PolicyPack, node: IConstruct): void {
    const known = new Set(pack.rules.flatMap((r) => [r.id, ...r.coreFindingIds]));
    for (const { id, reason } of Annotations.of(node).acknowledgements) {
      if (!known.has(id) || !isAcknowledgementReasonTooShort(reason)) continue;
      Annotations.of(node).addError(
        SHORT_ACKNOWLEDGEMENT_REASON_ID,
        `The acknowledgement of '${id}' gives the reason ${JSON.stringify(reason)}, shorter than ${MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters, so policy pack '${pack.name}' does not accept it.`,
        `Say why the finding is acceptable here, in at least ${MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters: Acknowledge.rule(scope, '${id}', reason).`,
      );
    }
  }

  private recordOf(pack: PolicyPack): PackRecord {
    let record = this.packs.get(pack);
    if (!record) {
      record = { pack, statuses: new Map(), findings: [], visited: new WeakSet() };
      this.packs.set(pack, record);
    }
    return record;
  }

  /**
   * Annotates a finding on the construct that renders its path (a finding about the subject itself on the
   * subject's owner); core-reported findings are only recorded, on the construct core will report them on.
   */
  private emit(
    model: SynthModel,
    subject: PolicySubject,
    owner: IConstruct,
    finding: EvaluatedFinding,
  ): RecordedFinding {
    const target =
      !finding.reportedByCore && samePath(finding.path, subject.path) ? owner : model.ownerOf(finding.path);
    if (!finding.reportedByCore) {
      const annotations = Annotations.of(target);
      if (finding.severity === 'error') annotations.addError(finding.id, finding.message, finding.hint);
      else if (finding.severity === 'warning') annotations.addWarning(finding.id, finding.message, finding.hint);
      else annotations.addInfo(finding.id, finding.message);
    }
    const location = model.merged.locate(finding.path);
    const config = location.file ?? model.mainFile;
    return { ...finding, constructPath: pathOf(target), config, location: formatPath(location.path) };
  }

  /** The models of the main configs whose documents `node` contributes to (its own config, or those including it). */
  private modelsContaining(node: IConstruct): SynthModel[] {
    const config = nearestConfig(node);
    if (!config) return [];
    const mains = this.root.node.findAll().filter((c): c is ProxyConfig => ProxyConfig.isProxyConfig(c));
    const included = new Set(mains.flatMap((m) => m.includes));
    return mains
      .filter((main) => !included.has(main) && (main === config || main.includes.includes(config)))
      .map((main) => this.modelOf(main));
  }

  private modelOf(main: ProxyConfig): SynthModel {
    const existing = this.models.get(main);
    if (existing) return existing;
    const previews = new Map<string, ConfigPreview>(
      [main, ...main.includes].map((c) => [c.fileName, previewConfig(c as ProxyConfig)]),
    );
    const merged = mergeIncludes(
      { file: main.fileName, content: previews.get(main.fileName)!.document },
      main.includes.map((c) => ({ file: c.fileName, content: previews.get(c.fileName)?.document ?? {} })),
    );
    const ownerOf = (path: readonly (string | number)[]): IConstruct => {
      const { file, path: inFile } = merged.locate(path);
      return previews.get(file ?? main.fileName)?.ownerOf(inFile) ?? main;
    };
    const view = ConfigView.fromDocument(merged.content, (index) => {
      const owner = ownerOf(['model_list', index]);
      return ModelDeployment.isModelDeployment(owner) ? owner.facts : undefined;
    });
    const model: SynthModel = { view, merged, mainFile: main.fileName, subjectsByOwner: new Map(), ownerOf };
    const own = (subject: PolicySubject, owner: IConstruct) => {
      model.subjectsByOwner.set(owner, [...(model.subjectsByOwner.get(owner) ?? []), subject]);
    };
    for (const subject of subjectsOfKind(view, 'config')) own(subject, main);
    for (const deployment of view.deployments) own(deployment, ownerOf(deployment.path));
    for (const group of view.groups) {
      const constructs = new Set(group.deployments.map((d) => ModelGroup.of(ownerOf(d.path))));
      const [only] = constructs;
      own(group, constructs.size === 1 && only ? only : main);
    }
    this.models.set(main, model);
    return model;
  }
}

function nearestConfig(node: IConstruct): ProxyConfig | undefined {
  for (const scope of [...node.node.scopes].reverse()) if (ProxyConfig.isProxyConfig(scope)) return scope;
  return undefined;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
