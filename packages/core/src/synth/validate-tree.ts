import type { IConstruct } from 'constructs';
import { Annotations, pathOf, type Acknowledgement } from '../annotations/annotations.js';
import { Include } from '../config/include.js';
import { validateConfig } from '../validation/validate-config.js';
import type { ConfigFinding, Severity } from '../validation/finding.js';
import { formatPath } from '../validation/document-paths.js';
import type { RenderedConfig } from './render-config.js';
import { ReportSections } from './report-sections.js';
import {
  isBlocking,
  type ReportedAcknowledgement,
  type ReportedFinding,
  type ValidationReport,
} from './validation-report.js';
import { ASSEMBLY_VERSION } from '../version.js';

interface PendingFinding {
  readonly owner: IConstruct;
  readonly severity: Severity;
  readonly id: string;
  readonly message: string;
  readonly hint?: string;
  readonly config?: string;
  readonly location?: string;
  readonly source: string;
}

/**
 * The validation phase: each construct's own validations, the annotations code attached, and every check of the
 * rendered documents (schemas, secrets, cross-checks across included configs, capabilities). Acknowledgements
 * are applied here; nothing is thrown — the caller decides from the report.
 */
export function validateTree(root: IConstruct, rendered: readonly RenderedConfig[], strict: boolean): ValidationReport {
  const pending: PendingFinding[] = [];
  const all = root.node.findAll();

  for (const construct of all) {
    for (const message of construct.node.validate()) {
      pending.push({ owner: construct, severity: 'error', id: 'core/construct-validation', message, source: 'core' });
    }
  }
  for (const construct of all) {
    for (const a of Annotations.of(construct).all) {
      pending.push({
        owner: construct,
        severity: a.severity,
        id: a.id,
        message: a.message,
        hint: a.hint,
        source: sourceOf(a.id),
      });
    }
  }
  pending.push(...documentFindings(rendered));

  const { findings, acknowledgements } = applyAcknowledgements(all, dedupe(pending));
  const blocking = findings.filter((f) => isBlocking(f, strict)).length;
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity && !f.acknowledged).length;
  return {
    version: ASSEMBLY_VERSION,
    strict,
    conclusion: blocking > 0 ? 'failed' : 'passed',
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      info: count('info'),
      acknowledged: findings.filter((f) => f.acknowledged).length,
    },
    findings,
    acknowledgements,
    sections: ReportSections.of(root)._produce(findings),
  };
}

/** Checks each config that no other config includes, merged with the configs it includes, as LiteLLM loads them. */
function documentFindings(rendered: readonly RenderedConfig[]): PendingFinding[] {
  const byFile = new Map(rendered.map((r) => [r.file, r]));
  const included = new Set(rendered.flatMap((r) => r.config.includes.map((c) => c.fileName)));
  // Every config is written to the same directory, so the modules of all of them sit beside each one.
  const moduleFiles = new Set(rendered.flatMap((r) => r.modules.map((m) => m.file)));
  const out: PendingFinding[] = [...moduleConflicts(rendered)];
  for (const main of rendered.filter((r) => !included.has(r.file))) {
    const includes = main.config.includes
      .map((c) => byFile.get(c.fileName))
      .filter((r): r is RenderedConfig => r !== undefined);
    const findings = validateConfig(
      { file: main.file, content: main.document },
      { includes: includes.map((r) => ({ file: r.file, content: r.document })), moduleFiles },
    );
    for (const finding of findings) out.push(toPending(finding, byFile.get(finding.file ?? main.file) ?? main));
  }
  return out;
}

/** Two different files that would be copied to the same place beside the configs. */
function moduleConflicts(rendered: readonly RenderedConfig[]): PendingFinding[] {
  const sources = new Map<string, string>();
  const out: PendingFinding[] = [];
  for (const r of rendered) {
    for (const module of r.modules) {
      const earlier = sources.get(module.file);
      if (earlier === undefined) sources.set(module.file, module.source);
      else if (earlier !== module.source) {
        out.push({
          owner: r.config,
          severity: 'error',
          id: 'core/custom-module-conflict',
          message: `Two custom modules would be written to ${module.file}: ${earlier} and ${module.source}.`,
          hint: "Give one of them another module name: CustomModule.fromFile(file, attribute, { module: 'other_name' }).",
          config: r.file,
          source: 'core',
        });
      }
    }
  }
  return out;
}

/**
 * Findings that LiteLLM tolerates in a hand-written file but that a generated config never has a reason for:
 * synth reports them as errors.
 */
export const ERRORS_IN_GENERATED_CONFIGS: ReadonlySet<string> = new Set(['core/duplicate-deployment']);

function toPending(finding: ConfigFinding, source: RenderedConfig): PendingFinding {
  const owner = source.sources.ownerOf(finding.path);
  if (finding.id === 'core/missing-include' && Include.isInclude(owner)) return externalInclude(finding, owner, source);
  return {
    owner,
    severity: ERRORS_IN_GENERATED_CONFIGS.has(finding.id) ? 'error' : finding.severity,
    id: finding.id,
    message: finding.message,
    hint: finding.hint,
    config: source.file,
    location: formatPath(finding.path),
    source: 'core',
  };
}

/** A file an `Include` names on purpose is outside the app: say that it goes unchecked, rather than missing. */
function externalInclude(finding: ConfigFinding, owner: IConstruct, source: RenderedConfig): PendingFinding {
  const file = (source.document.include as unknown[])[finding.path[1] as number];
  return {
    owner,
    severity: 'warning',
    id: 'core/external-include',
    message: `include '${String(file)}' names a file this app does not write, so synth cannot check it or the references into it.`,
    hint: 'Acknowledge this with the reason the file is kept outside the app, or build it as a ProxyConfig and use config.include().',
    config: source.file,
    location: formatPath(finding.path),
    source: 'core',
  };
}

/** A config included by two others is checked twice; report each finding once. */
function dedupe(findings: readonly PendingFinding[]): PendingFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.owner.node.path, f.id, f.message, f.config, f.location].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function applyAcknowledgements(all: readonly IConstruct[], pending: readonly PendingFinding[]) {
  const used = new Map<Acknowledgement, number>();
  const findings: ReportedFinding[] = pending.map(({ owner, ...rest }) => {
    const found = Annotations.of(owner).findAcknowledgement(rest.id);
    if (found) used.set(found.acknowledgement, (used.get(found.acknowledgement) ?? 0) + 1);
    const finding: ReportedFinding = { ...rest, path: pathOf(owner) };
    return found
      ? { ...finding, acknowledged: { reason: found.acknowledgement.reason, by: pathOf(found.scope) } }
      : finding;
  });
  const acknowledgements: ReportedAcknowledgement[] = [];
  for (const construct of all) {
    for (const ack of Annotations.of(construct).acknowledgements) {
      const matched = used.get(ack) ?? 0;
      acknowledgements.push({ path: pathOf(construct), id: ack.id, reason: ack.reason, matched });
      if (matched === 0) {
        findings.push({
          severity: 'warning',
          id: 'core/unused-acknowledgement',
          message: `Acknowledgement of '${ack.id}' matches no finding on this construct or below it.`,
          hint: 'Remove the acknowledgement: a suppression that matches nothing hides the next real finding.',
          path: pathOf(construct),
          source: 'core',
        });
      }
    }
  }
  return { findings, acknowledgements };
}

/** `policy-pack/rule` ids come from that pack; ids without a known prefix count as core's. */
function sourceOf(id: string): string {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : 'core';
}
