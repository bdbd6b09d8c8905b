import type { PlannedConstruct } from './app-plan.js';
import type { ConfigPlanBuilder } from './config-plan-builder.js';
import { planConfigSection, planSettings } from './plan-sections.js';
import { isMapping } from './provider-mapping.js';
import { routerPropsOf } from './router-props.js';
import { tsString } from './ts-source.js';

/** Finds the model group named `name`: in the config being planned first, then in the other configs of the app. */
export type GroupLookup = (name: string) => PlannedConstruct | undefined;

const FALLBACK_METHODS = {
  fallbacks: 'fallbackTo',
  context_window_fallbacks: 'contextWindowFallbackTo',
  content_policy_fallbacks: 'contentPolicyFallbackTo',
} as const;

/**
 * Plans `router_settings`: fallback rules and aliases whose groups exist become `fallbackTo()`/`addAlias()` calls
 * on the groups (written to `routing`, run once every group exists); the other keys become an L2 `Router` when its
 * props say them exactly, else an L1 `RouterSettings`. Rules that name a missing group stay as written, so the
 * config keeps its behaviour (and its findings, which the caller acknowledges).
 */
export function planRouterSettings(
  builder: ConfigPlanBuilder,
  value: unknown,
  findGroup: GroupLookup,
  routing: string[],
): void {
  if (!isMapping(value)) {
    builder.blank();
    planConfigSection(builder, 'router_settings', value);
    return;
  }
  const residual: Record<string, unknown> = { ...value };
  const before = routing.length;
  for (const kind of Object.keys(FALLBACK_METHODS) as (keyof typeof FALLBACK_METHODS)[]) {
    if (Array.isArray(value[kind])) planFallbacks(builder, kind, value[kind], residual, findGroup, routing);
  }
  if (isMapping(value.model_group_alias)) planAliases(builder, value.model_group_alias, residual, routing);
  const movedToGroups = routing.length > before;
  if (Object.keys(residual).length === 0 && movedToGroups) return;

  builder.blank();
  const router = routerPropsOf(builder, residual, findGroup);
  if (!router) {
    planSettings(builder, 'router_settings', residual);
    return;
  }
  const construct = builder.construct('router');
  builder.add(construct, builder.newChild('Router', builder.childId('Router', 'Router'), router.props), [
    ['router_settings'],
    ...Object.keys(residual).map((key) => ['router_settings', key]),
  ]);
  if (router.defaultFallbacks.length > 0) {
    routing.push(...router.defaultFallbacks.map((group) => `${construct.ref()}.addDefaultFallback(${group.ref()});`));
  }
}

/**
 * The longest tail of the rules that group calls reproduce: synth writes the groups' rules after any written
 * as they are, one rule per group, in the order the groups were created.
 */
function planFallbacks(
  builder: ConfigPlanBuilder,
  kind: keyof typeof FALLBACK_METHODS,
  rules: readonly unknown[],
  residual: Record<string, unknown>,
  findGroup: GroupLookup,
  routing: string[],
): void {
  const order = [...builder.plan.groups.keys()];
  const calls: { index: number; source: PlannedConstruct; targets: PlannedConstruct[] }[] = [];
  let lastPosition = Infinity;
  for (let index = rules.length - 1; index >= 0; index--) {
    const rule = rules[index];
    if (!isMapping(rule) || Object.keys(rule).length !== 1) break;
    const [[name, targetNames]] = Object.entries(rule);
    const source = builder.plan.groups.get(name);
    const position = order.indexOf(name);
    if (!source || position >= lastPosition || !Array.isArray(targetNames) || targetNames.length === 0) break;
    if (new Set(targetNames).size !== targetNames.length || !targetNames.every((t) => typeof t === 'string')) break;
    const targets = targetNames.map((t) => findGroup(t as string));
    if (targets.some((t) => t === undefined)) break;
    calls.unshift({ index, source, targets: targets as PlannedConstruct[] });
    lastPosition = position;
  }
  if (calls.length === 0) return;
  const kept = rules.slice(0, calls[0].index);
  if (kept.length > 0) residual[kind] = kept;
  else delete residual[kind];
  for (const { index, source, targets } of calls) {
    builder.own(source, [['router_settings', kind, index]]);
    routing.push(`${source.ref()}.${FALLBACK_METHODS[kind]}(${targets.map((t) => t.ref()).join(', ')});`);
  }
}

/** Aliases of groups of this config become `addAlias()` calls; `{model, hidden: false}` has no call and stays. */
function planAliases(
  builder: ConfigPlanBuilder,
  aliases: Record<string, unknown>,
  residual: Record<string, unknown>,
  routing: string[],
): void {
  const kept: Record<string, unknown> = {};
  for (const [alias, target] of Object.entries(aliases)) {
    const hidden =
      isMapping(target) &&
      target.hidden === true &&
      Object.keys(target).length === 2 &&
      typeof target.model === 'string';
    const group =
      typeof target === 'string'
        ? builder.plan.groups.get(target)
        : hidden
          ? builder.plan.groups.get(target.model as string)
          : undefined;
    if (!group || !alias.trim()) {
      kept[alias] = target;
      continue;
    }
    builder.own(group, [['router_settings', 'model_group_alias', alias]]);
    routing.push(`${group.ref()}.addAlias(${tsString(alias)}${hidden ? ', { hidden: true }' : ''});`);
  }
  if (Object.keys(kept).length === Object.keys(aliases).length) return;
  if (Object.keys(kept).length > 0) residual.model_group_alias = kept;
  else delete residual.model_group_alias;
}
