import { ENV_REFERENCE_PREFIX, emitYaml, GENERATOR, type YamlMapping, type YamlValue } from '@litellm-cdk/core';
import type { ConfigBundle } from '../config-bundle.js';
import { CONFIG_DIRECTORY, LITELLM_IMAGE, LIVENESS_PATH, PROXY_PORT, proxyArguments } from '../proxy-container.js';

/** How the Compose file runs the proxy and the services its config needs. */
export interface ComposeOptions {
  /** @default LITELLM_IMAGE */
  readonly image?: string;
  /**
   * The port on the host the proxy is published on.
   * @default 4000
   */
  readonly port?: number;
  /**
   * The file the services read their environment from, relative to the Compose file. The assembly directory is
   * replaced by every synth, so the filled-in file lives outside it.
   * @default '../.env'
   */
  readonly envFile?: string;
  /** @default 'postgres:16-alpine' */
  readonly postgresImage?: string;
  /** @default 'redis:7-alpine' */
  readonly redisImage?: string;
}

const POSTGRES = {
  service: 'postgres',
  user: 'litellm',
  database: 'litellm',
  port: 5432,
  passwordVariable: 'POSTGRES_PASSWORD',
} as const;
const REDIS = { service: 'redis', port: 6379 } as const;

/** The variables of a config that name how to reach Redis, wherever LiteLLM reads Redis settings. */
interface RedisVariables {
  readonly host?: string;
  readonly port?: string;
  readonly password?: string;
  readonly url?: string;
}

/**
 * The Compose file of one config: the proxy (config and the files beside it mounted read-only, environment from the
 * `.env` file, a health check on LiteLLM's liveness endpoint), Postgres when the config reads `DATABASE_URL` (or
 * another variable) for its database, Redis when it has Redis settings, and `depends_on` conditions on their health.
 */
export function composeFile(bundle: ConfigBundle, fileName: string, options: ComposeOptions = {}): string {
  const envFile = options.envFile ?? '../.env';
  const database = databaseVariable(bundle);
  const redis = redisSettings(bundle.document);
  const services: Record<string, YamlValue> = {};
  const dependsOn: Record<string, YamlValue> = {};
  if (database) dependsOn[POSTGRES.service] = { condition: 'service_healthy' };
  if (redis) dependsOn[REDIS.service] = { condition: 'service_healthy' };

  // Addresses of the services started here are not secrets: they are set for the proxy, over the .env file.
  const addresses: Record<string, YamlValue> = {};
  if (redis?.host) addresses[redis.host] = REDIS.service;
  if (redis?.port) addresses[redis.port] = String(REDIS.port);

  services.litellm = {
    image: options.image ?? LITELLM_IMAGE,
    command: proxyArguments(bundle.configFile),
    ports: [`${options.port ?? PROXY_PORT}:${PROXY_PORT}`],
    env_file: [envFile],
    ...(Object.keys(addresses).length > 0 ? { environment: addresses } : {}),
    volumes: bundle.files.map((file) => ({
      type: 'bind',
      source: `./${file.path}`,
      target: `${CONFIG_DIRECTORY}/${file.path}`,
      read_only: true,
    })),
    healthcheck: {
      // The image has no curl or wget; it has Python.
      test: [
        'CMD',
        'python3',
        '-c',
        `import urllib.request; urllib.request.urlopen('http://localhost:${PROXY_PORT}${LIVENESS_PATH}')`,
      ],
      interval: '30s',
      timeout: '10s',
      retries: 3,
      start_period: '40s',
    },
    ...(Object.keys(dependsOn).length > 0 ? { depends_on: dependsOn } : {}),
    restart: 'unless-stopped',
  };
  if (database) {
    services[POSTGRES.service] = {
      image: options.postgresImage ?? 'postgres:16-alpine',
      environment: { POSTGRES_USER: POSTGRES.user, POSTGRES_DB: POSTGRES.database },
      env_file: [envFile],
      volumes: ['postgres-data:/var/lib/postgresql/data'],
      healthcheck: {
        test: ['CMD-SHELL', `pg_isready -U ${POSTGRES.user} -d ${POSTGRES.database}`],
        interval: '5s',
        timeout: '5s',
        retries: 10,
      },
      restart: 'unless-stopped',
    };
  }
  if (redis) {
    // `$$` keeps Compose from interpolating: the shell in the container expands the variable from the .env file.
    const password = redis.password ? ` -a "$$${redis.password}" --no-auth-warning` : '';
    services[REDIS.service] = {
      image: options.redisImage ?? 'redis:7-alpine',
      ...(redis.password
        ? { command: ['sh', '-c', `exec redis-server --requirepass "$$${redis.password}"`], env_file: [envFile] }
        : {}),
      healthcheck: {
        test: ['CMD-SHELL', `redis-cli${password} ping | grep -q PONG`],
        interval: '5s',
        timeout: '5s',
        retries: 10,
      },
      restart: 'unless-stopped',
    };
  }
  const document: YamlMapping = { services, ...(database ? { volumes: { 'postgres-data': {} } } : {}) };
  return emitYaml(document, { header: header(bundle, fileName, envFile, database, redis) });
}

function header(
  bundle: ConfigBundle,
  fileName: string,
  envFile: string,
  database: string | undefined,
  redis: RedisVariables | undefined,
): string[] {
  const lines = [
    `Generated by ${GENERATOR} from config '${bundle.constructPath}' (${bundle.configFile}). Do not edit: change the app and synthesize again.`,
    `Run: copy ${bundle.configFile.replace(/\.ya?ml$/, '.env.example')} to ${envFile} (beside this directory), fill it in, then`,
    `  docker compose -f <this directory>/${fileName} up`,
  ];
  const values: string[] = [];
  if (database) {
    values.push(`${POSTGRES.passwordVariable}=<a password of your choice>`);
    values.push(
      `${database}=postgresql://${POSTGRES.user}:<that password>@${POSTGRES.service}:${POSTGRES.port}/${POSTGRES.database}`,
    );
  }
  if (redis?.url)
    values.push(`${redis.url}=redis://${redis.password ? ':<the Redis password>@' : ''}${REDIS.service}:${REDIS.port}`);
  if (redis?.password) values.push(`${redis.password}=<a password of your choice; the redis service requires it>`);
  if (redis?.host || redis?.port)
    values.push(
      `(${[redis.host, redis.port].filter(Boolean).join(' and ')} ${redis.host && redis.port ? 'are' : 'is'} set here, to the redis service.)`,
    );
  if (values.length > 0)
    lines.push(`For the services this file starts, ${envFile} needs:`, ...values.map((v) => `  ${v}`));
  return lines;
}

/** The variable the proxy's database URL comes from: `general_settings.database_url`'s, else `DATABASE_URL` if referenced. */
function databaseVariable(bundle: ConfigBundle): string | undefined {
  const general = mapping(bundle.document.general_settings);
  const fromSettings = variableOf(general.database_url);
  if (fromSettings) return fromSettings;
  return bundle.environmentVariables.includes('DATABASE_URL') ? 'DATABASE_URL' : undefined;
}

/** Redis settings of the router (`redis_host`, ...) or of a Redis cache (`litellm_settings.cache_params`). */
function redisSettings(document: Readonly<Record<string, unknown>>): RedisVariables | undefined {
  const router = mapping(document.router_settings);
  const cache = mapping(mapping(document.litellm_settings).cache_params);
  const cacheIsRedis = cache.type === 'redis';
  const pick = (routerKey: string, cacheKey: string) =>
    variableOf(router[routerKey]) ?? (cacheIsRedis ? variableOf(cache[cacheKey]) : undefined);
  const settings: RedisVariables = {
    host: pick('redis_host', 'host'),
    port: pick('redis_port', 'port'),
    password: pick('redis_password', 'password'),
    url: pick('redis_url', 'url'),
  };
  const configured = router.redis_host != null || router.redis_url != null || cacheIsRedis;
  return configured ? settings : undefined;
}

function variableOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(ENV_REFERENCE_PREFIX)
    ? value.slice(ENV_REFERENCE_PREFIX.length)
    : undefined;
}

function mapping(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
