// Round trips through a provider package's importers: what the constructs synthesize, proposed back and verified.
import {
  type ImportedGroup,
  type ProviderImporter,
  type ProxyConfig,
  Testing,
  verifyImportProposal,
} from '@litellm-cdk/core';

/** `model_list` entries as consecutive groups, the way `litellm-cdk import` reads them. */
export function groupsOf(modelList: readonly Record<string, unknown>[]): ImportedGroup[] {
  const groups: { modelName: string; deployments: ImportedGroup['deployments'][number][] }[] = [];
  modelList.forEach((entry, index) => {
    const modelName = String(entry.model_name);
    const deployment = {
      index,
      litellmParams: entry.litellm_params as Record<string, unknown>,
      ...(entry.model_info !== undefined ? { modelInfo: entry.model_info } : {}),
    };
    const last = groups[groups.length - 1];
    if (last?.modelName === modelName) last.deployments.push(deployment);
    else groups.push({ modelName, deployments: [deployment] });
  });
  return groups;
}

/** What `importers` make of `groups`: per proposal, the method's arguments and why verification rejected it, if it did. */
export function importGroups(importers: readonly ProviderImporter[], groups: readonly ImportedGroup[]) {
  const results: {
    importer?: string;
    args?: readonly unknown[];
    props?: unknown;
    groups: string[];
    difference?: string;
  }[] = [];
  for (let start = 0; start < groups.length; ) {
    const found = importers
      .map((importer) => ({ importer, proposal: importer.propose(groups, start) }))
      .find((p) => p.proposal);
    if (!found?.proposal) {
      results.push({ groups: [groups[start].modelName] });
      start += 1;
      continue;
    }
    const { proposal } = found;
    const covered = groups.slice(start, start + proposal.groups.length);
    const { difference } = verifyImportProposal(proposal.provider, [{ proposal, groups: covered }]);
    results.push({
      importer: found.importer.name,
      args: proposal.args,
      props: proposal.provider.props,
      groups: covered.map((g) => g.modelName),
      ...(difference ? { difference } : {}),
    });
    start += proposal.groups.length;
  }
  return results;
}

/** Synthesizes `config` and imports its `model_list` back. */
export function roundTrip(importers: readonly ProviderImporter[], config: ProxyConfig) {
  return importGroups(importers, groupsOf(Testing.synth(config).model_list as Record<string, unknown>[]));
}
