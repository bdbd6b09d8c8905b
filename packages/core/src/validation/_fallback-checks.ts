// Fallback lists: LiteLLM checks only their shape, so a fallback to a group that does not exist, to itself, or
// round a cycle passes start-up and fails (or loops) at request time.
import { modelGroupAliases } from './_alias-checks.js';
import type { ModelGroups } from './_model-groups.js';
import { formatPath, isMapping, mappingAt, type Mapping } from './document-paths.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

const SETTINGS = ['router_settings', 'litellm_settings'] as const;
const RULE_LISTS = ['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks'] as const;

/** Every finding about the fallback lists of a merged config (merged view paths). */
export function fallbackFindings(content: Mapping, groups: ModelGroups): ConfigFinding[] {
  const aliases = modelGroupAliases(content);
  const reaches = (name: string) => groups.serves(name) || aliases.has(name);
  const findings: ConfigFinding[] = [];
  for (const section of SETTINGS) {
    const settings = mappingAt(content, section);
    if (!settings) continue;
    for (const list of RULE_LISTS) {
      const rules = settings[list];
      if (Array.isArray(rules)) findings.push(...ruleListFindings(rules, [section, list], reaches, groups));
    }
    const defaults = settings.default_fallbacks;
    if (Array.isArray(defaults)) {
      defaults.forEach((target, index) => {
        if (typeof target === 'string' && !reaches(target))
          findings.push(unknownTarget([section, 'default_fallbacks', index], target, groups));
      });
    }
  }
  return [...findings, ...setInBoth(content)];
}

interface Edge {
  readonly targets: readonly string[];
  /** Where the rule of the source is. */
  readonly path: ConfigPath;
}

function ruleListFindings(
  rules: readonly unknown[],
  listPath: ConfigPath,
  reaches: (name: string) => boolean,
  groups: ModelGroups,
): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const graph = new Map<string, Edge>();
  rules.forEach((rule, index) => {
    if (!isMapping(rule)) return;
    for (const [source, targets] of Object.entries(rule)) {
      const path = [...listPath, index, source];
      if (!reaches(source)) findings.push(unknownSource(path, source, groups));
      if (!Array.isArray(targets)) continue;
      const names = targets.filter((target): target is string => typeof target === 'string');
      targets.forEach((target, position) => {
        if (typeof target !== 'string') return;
        if (target === source) findings.push(selfFallback([...path, position], source));
        else if (!reaches(target)) findings.push(unknownTarget([...path, position], target, groups));
      });
      const known = graph.get(source);
      if (known) {
        findings.push(duplicateRule(path, source, known.path));
        continue;
      }
      graph.set(source, { targets: names.filter((n) => n !== source), path });
    }
  });
  for (const cycle of findCycles(graph)) findings.push(cycleFinding(listPath, cycle, graph.get(cycle[0])!.path));
  return findings;
}

/**
 * The cycles of the fallback graph, each once, starting at its node that comes first in the document. A depth-first
 * search reports a cycle for each edge back into the path it is on: at least one for every set of groups that can
 * reach each other.
 */
function findCycles(graph: ReadonlyMap<string, Edge>): string[][] {
  const order = new Map([...graph.keys()].map((name, i) => [name, i]));
  const rank = (name: string) => order.get(name) ?? order.size;
  const state = new Map<string, 'open' | 'done'>();
  const cycles = new Map<string, string[]>();
  // An explicit stack instead of recursion: a chain of fallbacks may be tens of thousands of groups long.
  const path: string[] = [];
  const position = new Map<string, number>();
  const frames: { node: string; next: number }[] = [];
  const enter = (node: string) => {
    state.set(node, 'open');
    position.set(node, path.length);
    path.push(node);
    frames.push({ node, next: 0 });
  };
  for (const root of order.keys()) {
    if (state.has(root)) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const targets = graph.get(frame.node)?.targets ?? [];
      if (frame.next < targets.length) {
        const next = targets[frame.next++];
        if (state.get(next) === 'open') {
          const cycle = path.slice(position.get(next));
          const start = cycle.reduce((best, name, i) => (rank(name) < rank(cycle[best]) ? i : best), 0);
          const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
          cycles.set(rotated.join('\u0000'), rotated);
        } else if (!state.has(next)) {
          enter(next);
        }
      } else {
        frames.pop();
        path.pop();
        position.delete(frame.node);
        state.set(frame.node, 'done');
      }
    }
  }
  return [...cycles.values()].sort((a, b) => rank(a[0]) - rank(b[0]));
}

function cycleFinding(listPath: ConfigPath, cycle: readonly string[], path: ConfigPath): ConfigFinding {
  const shown = [...cycle, cycle[0]].map((name) => `'${name}'`).join(' -> ');
  return {
    severity: 'error',
    id: 'core/fallback-cycle',
    message: `The rules of ${formatPath(listPath)} form a cycle: ${shown}. A request failing in these groups is passed round the cycle until max_fallbacks runs out.`,
    path,
    hint: `Make the fallbacks a chain that ends: remove the fallback from '${cycle[cycle.length - 1]}' to '${cycle[0]}' (or another edge of the cycle).`,
  };
}

function duplicateRule(path: ConfigPath, group: string, first: ConfigPath): ConfigFinding {
  return {
    severity: 'error',
    id: 'core/duplicate-fallback-rule',
    message: `${formatPath(path)} is a second rule for '${group}', after ${formatPath(first)}: LiteLLM uses the first rule that names a group, so this one is never used.`,
    path,
    hint: `Merge the fallbacks of '${group}' into one rule (in an app: one fallbackTo() call list, not L1 settings as well).`,
  };
}

function selfFallback(path: ConfigPath, group: string): ConfigFinding {
  return {
    severity: 'error',
    id: 'core/self-fallback',
    message: `${formatPath(path)} makes '${group}' its own fallback: the failing group is simply called again.`,
    path,
    hint: `Remove '${group}' from its own fallback list; retries within a group are num_retries.`,
  };
}

function unknownTarget(path: ConfigPath, target: string, groups: ModelGroups): ConfigFinding {
  return {
    severity: 'error',
    id: 'core/unknown-fallback-target',
    message: `${formatPath(path)} falls back to '${target}', but no model group is named '${target}' (and no wildcard group matches it): LiteLLM accepts this at start-up and the fallback fails at request time.`,
    path,
    hint: `Name an existing model_name${groups.suggestion()}, or add deployments with model_name '${target}'.`,
  };
}

function unknownSource(path: ConfigPath, source: string, groups: ModelGroups): ConfigFinding {
  return {
    severity: 'error',
    id: 'core/unknown-fallback-source',
    message: `${formatPath(path)} sets fallbacks for '${source}', but no model group is named '${source}' (and no wildcard group matches it): the rule never applies.`,
    path,
    hint: `Use the model_name of an existing group${groups.suggestion()}.`,
  };
}

/** A fallback list set in both sections: router_settings wins and the litellm_settings one is ignored. */
function setInBoth(content: Mapping): ConfigFinding[] {
  const router = mappingAt(content, 'router_settings');
  const litellm = mappingAt(content, 'litellm_settings');
  if (!router || !litellm) return [];
  return [...RULE_LISTS, 'default_fallbacks']
    .filter((list) => router[list] != null && litellm[list] != null)
    .map((list) => ({
      severity: 'warning',
      id: 'core/fallbacks-in-both',
      message: `${list} is set in both router_settings and litellm_settings: router_settings wins, so litellm_settings.${list} is ignored.`,
      path: ['litellm_settings', list],
      hint: `Keep ${list} in router_settings only.`,
    }));
}
