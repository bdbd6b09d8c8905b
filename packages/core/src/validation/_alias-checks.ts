// `router_settings.model_group_alias`: LiteLLM never checks that an alias leads to a group.
import type { ModelGroups } from './_model-groups.js';
import { isMapping, mappingAt, type Mapping } from './document-paths.js';
import type { ConfigFinding } from './finding.js';

/** The aliases of `router_settings.model_group_alias`, by name, with their target group (when well-formed). */
export function modelGroupAliases(content: Mapping): ReadonlyMap<string, string | undefined> {
  const aliases = mappingAt(mappingAt(content, 'router_settings'), 'model_group_alias') ?? {};
  return new Map(
    Object.entries(aliases).map(([alias, target]) => {
      const name =
        typeof target === 'string'
          ? target
          : isMapping(target) && typeof target.model === 'string'
            ? target.model
            : undefined;
      return [alias, name] as const;
    }),
  );
}

/** Aliases whose target is no group, and aliases named like a group (merged view paths). */
export function aliasFindings(content: Mapping, groups: ModelGroups): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  for (const [alias, target] of modelGroupAliases(content)) {
    const path = ['router_settings', 'model_group_alias', alias];
    if (groups.byName.has(alias)) {
      findings.push({
        severity: 'error',
        id: 'core/alias-shadows-group',
        message: `model_group_alias '${alias}' has the name of a model group: the router resolves the alias first, so the group's own deployments are never used.`,
        path,
        hint: `Rename the alias or the model group '${alias}'.`,
      });
    }
    if (target !== undefined && !groups.serves(target)) {
      findings.push({
        severity: 'error',
        id: 'core/unknown-alias-target',
        message: `model_group_alias '${alias}' points to '${target}', but no model group is named '${target}' (and no wildcard group matches it): requests for '${alias}' fail.`,
        path,
        hint: `Point the alias at an existing model_name${groups.suggestion()}, or add deployments with model_name '${target}'.`,
      });
    }
  }
  return findings;
}
