import { didYouMean } from '@litellm-cdk/core';
import { ConfigView, routerHasRedis, sharedStateNeeds } from '@litellm-cdk/policy';
import type { ProxyEnvironment } from './proxy-environment.js';

/** A problem with how a config is deployed, reported on the deployment's construct. */
export interface DeploymentFinding {
  readonly severity: 'error' | 'warning';
  readonly id: string;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** What the checks read: the config as LiteLLM loads it, its variables, and how the proxy is run. */
export interface DeploymentSubject {
  /** The main config merged with its includes. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The config's environment variables (its `.env.example`). */
  readonly environmentVariables: readonly string[];
  /** How many proxy instances may run at once: the replicas, or the autoscaler's maximum. */
  readonly maxInstances: number;
  /** Says how the instances come about, for messages: `3 replicas`, `up to 10 autoscaled replicas`. */
  readonly instancesDescription: string;
  readonly environment?: ProxyEnvironment;
}

/** Router settings that make LiteLLM keep cooldowns, which live in the router's cache: per instance without Redis. */
const COOLDOWN_SETTINGS = ['cooldown_time', 'allowed_fails', 'allowed_fails_policy'];

/** The checks of a deployment of one config, in a fixed order. */
export function checkDeployment(subject: DeploymentSubject): DeploymentFinding[] {
  return [...sharedStateFindings(subject), ...databaseFindings(subject), ...environmentFindings(subject)];
}

/**
 * More than one instance needs Redis for whatever LiteLLM counts or remembers per instance: rate limits, usage-based
 * routing and budgets (the same question the policy rule asks), and cooldowns the config sets.
 */
function sharedStateFindings(subject: DeploymentSubject): DeploymentFinding[] {
  if (subject.maxInstances <= 1) return [];
  const view = ConfigView.fromDocument(subject.document);
  if (routerHasRedis(view)) return [];
  const router = view.section('router_settings');
  const reasons = sharedStateNeeds(view).map((need) => need.why);
  const cooldowns = COOLDOWN_SETTINGS.filter((key) => router[key] != null);
  if (cooldowns.length > 0 && router.disable_cooldowns !== true)
    reasons.push(`cooldowns (${cooldowns.map((k) => `router_settings.${k}`).join(', ')})`);
  if (reasons.length === 0) return [];
  return [
    {
      severity: 'error',
      id: 'kubernetes/replicas-need-redis',
      message:
        `${capitalized(subject.instancesDescription)} share no state: ${reasons.join(', ')} ${reasons.length === 1 ? 'is' : 'are'} kept per proxy instance ` +
        `without Redis in router_settings, so each replica lets the full limit through and cools deployments down on its own.`,
      hint: "Give the Router Redis (new Router(config, 'router', { redis: { host, port, password } })), or run a single replica.",
    },
  ];
}

/** Virtual keys live in the database: a proxy with a master key but no DATABASE_URL cannot issue or check them. */
function databaseFindings(subject: DeploymentSubject): DeploymentFinding[] {
  const general = new Map(Object.entries(sectionOf(subject.document, 'general_settings')));
  if (general.get('master_key') == null) return [];
  if (general.get('database_url') != null || subject.environmentVariables.includes('DATABASE_URL')) return [];
  return [
    {
      severity: 'warning',
      id: 'kubernetes/virtual-keys-need-database',
      message:
        'general_settings.master_key is set, but neither general_settings.database_url nor DATABASE_URL is: the proxy cannot issue or ' +
        'check virtual keys without a database, so every client would share the master key' +
        (subject.maxInstances > 1
          ? `, and ${subject.instancesDescription} would not share keys, budgets or spend.`
          : '.'),
      hint: "Set GeneralSettings' database_url: Secret.env('DATABASE_URL'), or acknowledge this when the master key is the only key.",
    },
  ];
}

function environmentFindings(subject: DeploymentSubject): DeploymentFinding[] {
  if (!subject.environment) return [];
  const { missing, unreferenced } = subject.environment.coverage(subject.environmentVariables);
  const findings: DeploymentFinding[] = [];
  if (missing.length > 0) {
    findings.push({
      severity: 'error',
      id: 'kubernetes/secret-coverage',
      message: `No Secret provides ${listOf(missing)}, which the config references: the proxy could not start without ${missing.length === 1 ? 'it' : 'them'}.`,
      hint: `Add ${missing.length === 1 ? 'it' : 'them'} to the Secret (and to the keys or the map given to ProxyEnvironment).`,
    });
  }
  for (const name of unreferenced) {
    findings.push({
      severity: 'error',
      id: 'kubernetes/secret-coverage',
      message: `ProxyEnvironment.fromSecrets names ${name}, which the config does not reference.${didYouMean(name, subject.environmentVariables)}`,
      hint: `Remove it: the container gets exactly the config's variables (${listOf(subject.environmentVariables) || 'none'}).`,
    });
  }
  return findings;
}

/**
 * The pod spec a proxy needs on a shared cluster: probes on LiteLLM's health endpoints (traffic only to a proxy that
 * loaded its config, restarts of one that hangs) and resource requests and limits (scheduling, and a bound on memory).
 * Checks the final object, so overrides that removed them are caught.
 */
export function podSpecFindings(deployment: unknown, containerName: string): DeploymentFinding[] {
  const containers =
    (deployment as { spec?: { template?: { spec?: { containers?: Record<string, unknown>[] } } } })?.spec?.template
      ?.spec?.containers ?? [];
  const container = containers.find((c) => c.name === containerName);
  if (!container) {
    return [
      {
        severity: 'error',
        id: 'kubernetes/probes-and-resources',
        message: `The Deployment has no container '${containerName}'.`,
        hint: 'Keep the proxy container when overriding the Deployment.',
      },
    ];
  }
  const missing: string[] = [];
  if (container.readinessProbe == null) missing.push('readinessProbe');
  if (container.livenessProbe == null) missing.push('livenessProbe');
  const resources = (container.resources ?? {}) as {
    requests?: Record<string, unknown>;
    limits?: Record<string, unknown>;
  };
  for (const key of ['cpu', 'memory']) if (resources.requests?.[key] == null) missing.push(`resources.requests.${key}`);
  if (resources.limits?.memory == null) missing.push('resources.limits.memory');
  if (missing.length === 0) return [];
  return [
    {
      severity: 'error',
      id: 'kubernetes/probes-and-resources',
      message: `The proxy container has no ${listOf(missing)}.`,
      hint: 'Keep the probes on /health/readiness and /health/liveliness, and give resources requests for cpu and memory and a memory limit.',
    },
  ];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sectionOf(document: Readonly<Record<string, unknown>>, section: string): Record<string, unknown> {
  const value = document[section];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
