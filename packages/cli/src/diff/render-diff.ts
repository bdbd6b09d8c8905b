import type { Colors } from '../output/colors.js';
import { compactCounts, countDifferences, countsInWords } from './diff-summary.js';
import type { ConfigDiffJson, DeploymentRefJson, DiffJson, SettingChangeJson } from '../output/json-shapes.js';

const MAX_VALUE_LENGTH = 80;

/**
 * A diff for the terminal: per config file its status, then groups, deployments (with the changed keys and their old
 * and new values), settings and environment variables, each line marked `+` added, `-` removed, `~` changed.
 */
export function renderDiff(diff: DiffJson, againstLabel: string, colors: Colors): string[] {
  const lines = [colors.bold(`Comparing a fresh synth with ${againstLabel}`), ''];
  for (const config of diff.configs) lines.push(...renderConfigDiff(config, colors), '');
  lines.push(diffSummaryLine(diff.configs, colors));
  return lines;
}

/**
 * One sentence over every config: `No differences in 2 configs.`, or how many configs differ and, in words, how many
 * groups, deployments, settings and environment variables were added, removed or changed.
 */
export function diffSummaryLine(configs: readonly ConfigDiffJson[], colors: Colors): string {
  const changed = configs.filter((c) => c.status !== 'unchanged').length;
  const total = `${configs.length} config${configs.length === 1 ? '' : 's'}`;
  if (changed === 0) return colors.green(`No differences in ${total}.`);
  const words = countsInWords(countDifferences(configs));
  return colors.yellow(`${changed} of ${total} ${changed === 1 ? 'differs' : 'differ'}${words ? `: ${words}` : ''}.`);
}

function renderConfigDiff(config: ConfigDiffJson, c: Colors): string[] {
  const status = {
    added: c.green('added'),
    removed: c.red('removed'),
    changed: c.yellow('changed'),
    unchanged: c.dim('unchanged'),
  }[config.status];
  const counts = compactCounts(countDifferences([config]));
  const lines = [`${c.bold(c.cyan(config.file))}  ${status}${counts ? c.dim(`  (${counts})`) : ''}`];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`  ${title}`, ...items.map((item) => `    ${item}`));
  };
  const plus = (text: string) => c.green(`+ ${text}`);
  const minus = (text: string) => c.red(`- ${text}`);
  const tilde = (text: string) => c.yellow(`~ ${text}`);

  section('Groups', [...config.groups.added.map(plus), ...config.groups.removed.map(minus)]);
  const { added, removed, changed } = config.deployments;
  const nameWidth = Math.max(0, ...[...added, ...removed, ...changed].map((d) => d.modelName.length));
  const indexWidth = Math.max(0, ...[...added, ...removed, ...changed].map((d) => String(d.index).length));
  // The model_list index first: deployments of one identity (the same entry twice) are otherwise indistinguishable.
  const describe = (d: DeploymentRefJson) =>
    `${`[${d.index}]`.padEnd(indexWidth + 2)} ${d.modelName.padEnd(nameWidth)}  ${d.model}${d.region ? ` (${d.region})` : ''}${credentialNames(d)}`;
  section('Deployments', [
    ...added.map((d) => plus(describe(d))),
    ...removed.map((d) => minus(describe(d))),
    ...changed.flatMap((d) => [
      tilde(describe(d)),
      ...d.changes.map((ch) => `    ${c.dim(`${ch.key}:`)} ${transition(ch.before, ch.after, c)}`),
    ]),
  ]);
  section(
    'Settings',
    config.settings.map((s) => settingLine(s, c)),
  );
  section('Environment variables', [
    ...config.environmentVariables.added.map(plus),
    ...config.environmentVariables.removed.map(minus),
  ]);
  return lines;
}

function settingLine(setting: SettingChangeJson, c: Colors): string {
  const name = setting.key === null ? setting.section : `${setting.section}.${setting.key}`;
  if (setting.change === 'added') return c.green(`+ ${name}: ${formatValue(setting.after)}`);
  if (setting.change === 'removed') return c.red(`- ${name}: ${formatValue(setting.before)}`);
  return `${c.yellow(`~ ${name}:`)} ${transition(setting.before, setting.after, c)}`;
}

/** The environment variables (or credential names) a deployment authenticates with, so two keys of one model differ. */
function credentialNames(deployment: DeploymentRefJson): string {
  const names = deployment.credentials.map((pair) => pair.slice(pair.indexOf('=') + 1).replace(/^os\.environ\//, ''));
  return names.length > 0 ? `  [${names.join(', ')}]` : '';
}

/** `old → new`, the old value red and the new one green; `(unset)` for a missing side. */
function transition(before: unknown, after: unknown, c: Colors): string {
  const old = before === undefined ? c.dim('(unset)') : c.red(formatValue(before));
  const now = after === undefined ? c.dim('(unset)') : c.green(formatValue(after));
  return `${old} → ${now}`;
}

/** A value on one line: strings as they are, anything else as compact JSON, cut at 80 characters. */
export function formatValue(value: unknown): string {
  const text = typeof value === 'string' && value !== '' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}
