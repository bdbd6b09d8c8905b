import { isDeepStrictEqual } from 'node:util';
import type { IConstruct } from 'constructs';
import { Annotations } from '../annotations/annotations.js';
import { invokeAspects } from '../aspects/_invoke-aspects.js';
import { ModelGroup } from '../models/model-group.js';
import { renderConfig } from '../synth/render-config.js';
import { App } from '../tree/app.js';
import { ProxyConfig } from '../tree/proxy-config.js';
import { isMapping } from '../validation/document-paths.js';
import { type ImportedGroup, type ImportProposal, type ProposedProvider, proposalValue } from './provider-importer.js';

/** One call of a proposed provider, with the original groups it must render. */
export interface ProposedCall {
  readonly proposal: ImportProposal;
  readonly groups: readonly ImportedGroup[];
}

/** A warning the proposed constructs report although they render the original: the app acknowledges it. */
export interface ProposalWarning {
  /** The `model_name` of the group it is reported on; `undefined` for the provider itself. */
  readonly modelName?: string;
  readonly id: string;
  readonly message: string;
}

/** What rendering a proposal showed. */
export interface ImportVerification {
  /**
   * Why the proposal cannot be used, as a clause ("it writes aws_session_name: ... (the original has nothing)");
   * `undefined` when it renders the original exactly and reports no error.
   */
  readonly difference?: string;
  /** Warnings the constructs report (a model the catalog does not list, say); the app acknowledges them. */
  readonly warnings: readonly ProposalWarning[];
}

/**
 * Renders `provider` with `calls` through the real constructs (aspects included) and compares the `model_list`
 * they write with the original entries, key order aside.
 */
export function verifyImportProposal(provider: ProposedProvider, calls: readonly ProposedCall[]): ImportVerification {
  const warnings: ProposalWarning[] = [];
  const difference = compare(provider, calls, warnings);
  return difference === undefined ? { warnings } : { difference, warnings };
}

function compare(
  provider: ProposedProvider,
  calls: readonly ProposedCall[],
  warnings: ProposalWarning[],
): string | undefined {
  const app = new App({ outdir: 'import-check.out', name: 'import-check', strict: false, context: {} });
  const config = new ProxyConfig(app, 'config');
  let construct: IConstruct & Record<string, unknown>;
  try {
    const Provider = provider.construct.value as new (
      scope: IConstruct,
      id: string,
      props: unknown,
    ) => IConstruct & Record<string, unknown>;
    construct = new Provider(config, provider.id, proposalValue(provider.props));
    for (const { proposal } of calls) {
      const method = construct[proposal.method] as (...args: unknown[]) => unknown;
      const group = method.apply(construct, proposal.args.map(proposalValue));
      for (const expected of proposal.groups) {
        const reached = expected.via
          ? (construct[expected.via.method] as (...args: unknown[]) => unknown).apply(construct, [
              group,
              ...expected.via.args.map(proposalValue),
            ])
          : group;
        if (!ModelGroup.isModelGroup(reached) || reached.modelName !== expected.modelName) {
          return `${expected.via ? `${expected.via.method}()` : `${proposal.method}()`} does not give the group '${expected.modelName}'`;
        }
      }
    }
    invokeAspects(app);
  } catch (error) {
    return `it throws: ${error instanceof Error ? error.message : String(error)}`;
  }
  for (const node of construct.node.findAll()) {
    for (const annotation of Annotations.of(node).all) {
      if (annotation.severity === 'error')
        return `it reports the error ${annotation.id}: ${annotation.message.replace(/\.$/, '')}`;
      if (annotation.severity !== 'warning') continue;
      const group = ModelGroup.isModelGroup(node) ? node : undefined;
      warnings.push({
        ...(group ? { modelName: group.modelName } : {}),
        id: annotation.id,
        message: annotation.message,
      });
    }
  }
  const rendered = renderConfig(config, { reportConflicts: false }).document.model_list;
  const written = Array.isArray(rendered) ? rendered : [];
  const original = calls.flatMap(({ groups }) =>
    groups.flatMap((group) => group.deployments.map((d) => entryOf(group.modelName, d))),
  );
  if (written.length !== original.length) {
    return `it writes ${written.length} deployment${written.length === 1 ? '' : 's'} where the original has ${original.length}`;
  }
  for (const [index, entry] of original.entries()) {
    const difference = firstDifference(written[index], entry, '');
    if (difference)
      return `it writes ${difference} in the deployment of '${entry.model_name}' at model_list[${calls.flatMap((c) => c.groups.flatMap((g) => g.deployments))[index].index}]`;
  }
  return undefined;
}

function entryOf(modelName: string, deployment: ImportedGroup['deployments'][number]): Record<string, unknown> {
  return {
    model_name: modelName,
    litellm_params: deployment.litellmParams,
    ...(deployment.modelInfo !== undefined ? { model_info: deployment.modelInfo } : {}),
  };
}

/** Where `written` and `original` first differ, as `key: written (the original has ...)`; `undefined` when equal. */
function firstDifference(written: unknown, original: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(written, original)) return undefined;
  if (isMapping(written) && isMapping(original)) {
    for (const key of new Set([...Object.keys(original), ...Object.keys(written)])) {
      const found = firstDifference(written[key], original[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
  return `${path || 'the entry'}: ${show(written)} (the original has ${show(original)})`;
}
