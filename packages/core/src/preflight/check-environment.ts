// The preflight: does an environment (a .env file, the current process) give the proxy every variable its config
// reads, in the shape the reading key needs? LiteLLM itself resolves an unset `os.environ/NAME` to null without a
// word, so these problems otherwise show up as failed calls, a skipped deployment, or state kept per instance.
import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import {
  callbackRequirement,
  guardrailRequirement,
  type IntegrationRequirement,
} from '../callbacks/integration-requirements.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import { mergeIncludes } from '../validation/merge-includes.js';
import { formatPath, isMapping, listAt, mappingAt, withFile } from '../validation/document-paths.js';
import type { ConfigDocument, ConfigFinding, ConfigPath, Severity } from '../validation/finding.js';
import { describeShape, KNOWN_VARIABLE_SHAPES, shapeAt, shapeProblem, type VariableShape } from './variable-shapes.js';

/** An environment: variable name -> value (unset variables are absent or `undefined`). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Options of {@link checkEnvironment}. */
export interface CheckEnvironmentOptions {
  /** The documents the main one names under `include`, matched by `file`. */
  readonly includes?: readonly ConfigDocument[];
  /** The environment the proxy will run with. */
  readonly env: Environment;
}

/** Reads a `.env` file as `dotenv` does (`NAME=value`, quotes, `#` comments, `export` prefixes). */
export function readEnvFile(file: string): Record<string, string> {
  return parse(readFileSync(file));
}

/**
 * Checks that `env` gives the proxy what the config (merged with its includes) reads from the environment:
 * every `os.environ/NAME` is set, non-empty and shaped as its key needs (ports, numbers, AWS regions of the
 * deployment's geography, PostgreSQL and Redis URLs); Redis settings are complete; the variables that callbacks and
 * guardrails read at start-up are set. Findings name the variable and the YAML paths that use it, never its value.
 */
export function checkEnvironment(main: ConfigDocument, options: CheckEnvironmentOptions): ConfigFinding[] {
  const merged = mergeIncludes(main, options.includes ?? []);
  const content = merged.content;
  const env = options.env;
  const place = (finding: Omit<ConfigFinding, 'file'>): ConfigFinding => {
    const { path, file } = merged.locate(finding.path);
    return withFile({ ...finding, path }, file);
  };
  const where = (paths: readonly ConfigPath[]) =>
    paths.map((path) => {
      const located = merged.locate(path);
      return `${located.file ? `${located.file}: ` : ''}${formatPath(located.path)}`;
    });
  const findings: ConfigFinding[] = [];

  for (const [name, paths] of referencesOf(content)) {
    const value = env[name];
    const uses = where(paths).join(', ');
    if (value === undefined) {
      // environment_variables skips a reference that resolves to nothing; everywhere else the key becomes null.
      const onlyExported = paths.every((path) => path[0] === 'environment_variables');
      findings.push(
        place({
          severity: onlyExported ? 'warning' : 'error',
          id: 'preflight/unset-variable',
          message: `${name} is not set (used by ${uses}): LiteLLM reads it as null${paths.some(isModel) ? ', and a model of null stops the proxy at start-up' : ''}.`,
          path: paths[0],
          hint: `Set ${name} to ${describeShape(shapeAt(paths[0], content))}.`,
        }),
      );
      continue;
    }
    const problems = new Map<string, VariableShape>();
    for (const path of paths) {
      const shape = shapeAt(path, content);
      const problem = shapeProblem(value, shape);
      if (problem !== undefined && !problems.has(problem)) problems.set(problem, shape);
    }
    for (const [problem, shape] of problems) {
      findings.push(
        place({
          severity: 'error',
          id: 'preflight/malformed-variable',
          message: `${name} (used by ${uses}) ${problem}.`,
          path: paths[0],
          hint: `Set ${name} to ${describeShape(shape)}.`,
        }),
      );
    }
  }

  findings.push(...implicitVariableFindings(content, env, new Set(referencesOf(content).keys())).map(place));
  return findings;
}

function isModel(path: ConfigPath): boolean {
  return path[0] === 'model_list' && path[2] === 'litellm_params' && path[3] === 'model';
}

/**
 * Every `os.environ/NAME` of the document with the paths that use it, in document order. Like LiteLLM, only strings
 * that are mapping values count (list items are never resolved).
 */
export function referencesOf(content: unknown): Map<string, ConfigPath[]> {
  const references = new Map<string, ConfigPath[]>();
  const path: (string | number)[] = [];
  const visit = (value: unknown, inMapping: boolean): void => {
    if (typeof value === 'string') {
      if (!inMapping || !value.startsWith(ENV_REFERENCE_PREFIX)) return;
      const name = value.slice(ENV_REFERENCE_PREFIX.length);
      references.set(name, [...(references.get(name) ?? []), [...path]]);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        visit(item, false);
        path.pop();
      });
    } else if (isMapping(value)) {
      for (const key of Object.keys(value)) {
        path.push(key);
        visit(value[key], true);
        path.pop();
      }
    }
  };
  visit(content, false);
  return references;
}

/** A value as the proxy will see it: a reference resolved from `env`, other strings as written. */
function resolved(value: unknown, env: Environment): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.startsWith(ENV_REFERENCE_PREFIX) ? env[value.slice(ENV_REFERENCE_PREFIX.length)] : value;
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** What LiteLLM reads from the environment without the config naming it. */
function implicitVariableFindings(
  content: unknown,
  env: Environment,
  referenced: ReadonlySet<string>,
): Omit<ConfigFinding, 'file'>[] {
  const findings: Omit<ConfigFinding, 'file'>[] = [];
  const finding = (severity: Severity, id: string, message: string, path: ConfigPath, hint: string) =>
    findings.push({ severity, id, message, path, hint });

  // Variables LiteLLM (or its Redis and Prisma clients) reads by name whenever they are set.
  for (const [name, shape] of Object.entries(KNOWN_VARIABLE_SHAPES)) {
    const value = env[name];
    if (value === undefined || referenced.has(name)) continue;
    const problem = shapeProblem(value, shape);
    if (problem !== undefined) {
      finding(
        'error',
        'preflight/malformed-variable',
        `${name} (read by LiteLLM itself) ${problem}.`,
        [],
        `Set ${name} to ${describeShape(shape)}, or unset it.`,
      );
    }
  }

  // `cache: true` builds a Redis cache by default; without host or URL it has nowhere to connect.
  const settings = mappingAt(content, 'litellm_settings');
  const cacheParams = mappingAt(settings, 'cache_params');
  const cacheType = cacheParams?.type ?? 'redis';
  if (settings?.cache === true && (cacheType === 'redis' || cacheType === 'redis-semantic')) {
    const host =
      resolved(cacheParams?.host, env) ?? resolved(cacheParams?.url, env) ?? resolved(cacheParams?.redis_url, env);
    if (host === undefined && env.REDIS_HOST === undefined && env.REDIS_URL === undefined) {
      finding(
        'error',
        'preflight/cache-without-redis',
        `litellm_settings.cache is true with a ${cacheType} cache, but neither cache_params (host, url) nor REDIS_HOST or REDIS_URL gives it a Redis server.`,
        ['litellm_settings', 'cache'],
        'Set REDIS_HOST and REDIS_PORT (or REDIS_URL) for the proxy, or cache_params.host and port.',
      );
    }
  }

  // The router shares state through Redis only with a URL, or with both host and port.
  const router = mappingAt(content, 'router_settings');
  if (
    router &&
    resolved(router.redis_host, env) !== undefined &&
    resolved(router.redis_port, env) === undefined &&
    resolved(router.redis_url, env) === undefined
  ) {
    finding(
      'error',
      'preflight/incomplete-redis',
      "router_settings gives redis_host but no redis_port (nor redis_url): LiteLLM's router then uses no Redis at all and keeps rate limits, usage and cooldowns per instance.",
      ['router_settings', 'redis_host'],
      'Set router_settings.redis_port (e.g. os.environ/REDIS_PORT), or give redis_url instead.',
    );
  }

  // Integrations that read their own variables, and those that need a licence.
  const licensed =
    resolved(mappingAt(content, 'general_settings')?.litellm_license, env) ??
    env.LITELLM_LICENSE ??
    resolved(mappingAt(content, 'environment_variables')?.LITELLM_LICENSE, env);
  for (const use of integrationUses(content)) {
    for (const variable of use.requirement.environment ?? []) {
      if (env[variable.name] !== undefined && env[variable.name]!.trim() !== '') continue;
      if (variable.unlessParam && use.params?.[variable.unlessParam] !== undefined) continue;
      finding(
        variable.severity,
        'preflight/integration-variable',
        `The ${use.kind} '${use.name}' reads ${variable.name} from the environment at start-up, and it is not set${variable.severity === 'error' ? ': the proxy fails to start' : ': it cannot send anything'}.`,
        use.path,
        `Set ${variable.name}${variable.unlessParam ? `, or give ${variable.unlessParam} in its ${use.kind === 'guardrail' ? 'litellm_params' : `callback_settings.${use.name}`}` : ''}.`,
      );
    }
    if (use.requirement.licence === 'fails' && licensed === undefined) {
      finding(
        'error',
        'preflight/missing-licence',
        `The ${use.kind} '${use.name}' needs a LiteLLM Enterprise licence, and LITELLM_LICENSE is not set: the proxy fails at start-up.`,
        use.path,
        'Set LITELLM_LICENSE (or general_settings.litellm_license), or remove it.',
      );
    }
  }
  return findings;
}

interface IntegrationUse {
  readonly kind: 'callback' | 'guardrail';
  readonly name: string;
  readonly path: ConfigPath;
  readonly requirement: IntegrationRequirement;
  /** The parameters that can replace its variables. */
  readonly params?: Readonly<Record<string, unknown>>;
}

function integrationUses(content: unknown): IntegrationUse[] {
  const settings = mappingAt(content, 'litellm_settings');
  const callbackSettings = mappingAt(content, 'callback_settings');
  const uses: IntegrationUse[] = [];
  const seen = new Set<string>();
  const addCallback = (name: unknown, path: ConfigPath) => {
    const requirement = typeof name === 'string' ? callbackRequirement(name) : undefined;
    if (!requirement || seen.has(name as string)) return;
    seen.add(name as string);
    uses.push({
      kind: 'callback',
      name: name as string,
      path,
      requirement,
      params: mappingAt(callbackSettings, name as string),
    });
  };
  const callbacks = settings?.callbacks;
  if (Array.isArray(callbacks)) {
    callbacks.forEach((name, i) => {
      addCallback(name, ['litellm_settings', 'callbacks', i]);
    });
  }
  for (const list of ['success_callback', 'failure_callback']) {
    listAt(settings, list).forEach((name, i) => {
      addCallback(name, ['litellm_settings', list, i]);
    });
  }
  listAt(content, 'guardrails').forEach((entry, i) => {
    const params = mappingAt(entry, 'litellm_params');
    const type = params?.guardrail;
    const requirement = typeof type === 'string' ? guardrailRequirement(type) : undefined;
    if (requirement)
      uses.push({
        kind: 'guardrail',
        name: type as string,
        path: ['guardrails', i, 'litellm_params', 'guardrail'],
        requirement,
        params,
      });
  });
  return uses;
}
