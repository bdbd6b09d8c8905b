// What an environment variable must look like, told by the key that references it: LiteLLM passes the string on
// unchanged (a port to the Redis client, a region to boto3, a URL to Prisma), so a malformed value surfaces only
// as a failed connection or a skipped deployment once the proxy runs.
import { AWS_REGIONS, parseBedrockModel, regionMatchesGeography } from '../catalog/bedrock.js';
import { listAt, mappingAt } from '../validation/document-paths.js';
import type { ConfigPath } from '../validation/finding.js';

/** The shape a variable's value must have. */
export type VariableShape =
  | { readonly kind: 'aws-region'; readonly geography?: string }
  | { readonly kind: 'port' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'number' }
  | { readonly kind: 'postgres-url' }
  | { readonly kind: 'redis-url' }
  | { readonly kind: 'http-url' }
  | { readonly kind: 'host' }
  | { readonly kind: 'text' };

const INTEGER_KEYS = new Set([
  'rpm',
  'tpm',
  'max_tokens',
  'max_retries',
  'num_retries',
  'max_parallel_requests',
  'allowed_fails',
  'max_fallbacks',
  'health_check_interval',
  'database_connection_pool_limit',
  'global_max_parallel_requests',
  'default_max_parallel_requests',
]);
const NUMBER_KEYS = new Set([
  'timeout',
  'stream_timeout',
  'request_timeout',
  'ttl',
  'max_budget',
  'cooldown_time',
  'retry_after',
  'database_connection_timeout',
  'similarity_threshold',
]);
const URL_KEYS = new Set([
  'api_base',
  'base_url',
  'aws_bedrock_runtime_endpoint',
  'aws_sts_endpoint',
  'presidio_analyzer_api_base',
  'presidio_anonymizer_api_base',
  'langfuse_host',
]);

/** The shape LiteLLM needs for the value at `path` of `document` (the merged config). */
export function shapeAt(path: ConfigPath, document: unknown): VariableShape {
  const key = String(path[path.length - 1]);
  if (key === 'aws_region_name') return { kind: 'aws-region', ...geographyOf(path, document) };
  if (key === 'port' || key === 'redis_port') return { kind: 'port' };
  if (INTEGER_KEYS.has(key)) return { kind: 'integer' };
  if (NUMBER_KEYS.has(key)) return { kind: 'number' };
  if (key === 'database_url') return { kind: 'postgres-url' };
  if (key === 'redis_url' || (key === 'url' && path[path.length - 2] === 'cache_params')) return { kind: 'redis-url' };
  if (key === 'redis_host' || (key === 'host' && path[path.length - 2] === 'cache_params')) return { kind: 'host' };
  if (URL_KEYS.has(key)) return { kind: 'http-url' };
  return { kind: 'text' };
}

/** The shapes of variables LiteLLM reads itself, by name, when they are set. */
export const KNOWN_VARIABLE_SHAPES: Readonly<Record<string, VariableShape>> = {
  DATABASE_URL: { kind: 'postgres-url' },
  REDIS_URL: { kind: 'redis-url' },
  REDIS_HOST: { kind: 'host' },
  REDIS_PORT: { kind: 'port' },
  PRESIDIO_ANALYZER_API_BASE: { kind: 'text' },
  PRESIDIO_ANONYMIZER_API_BASE: { kind: 'text' },
  LANGFUSE_HOST: { kind: 'http-url' },
};

/** The geography of the deployment an `aws_region_name` belongs to, when its model is a Bedrock profile. */
function geographyOf(path: ConfigPath, document: unknown): { geography?: string } {
  if (path[0] !== 'model_list' || typeof path[1] !== 'number') return {};
  const model = mappingAt(listAt(document, 'model_list')[path[1]], 'litellm_params')?.model;
  if (typeof model !== 'string' || !model.startsWith('bedrock/')) return {};
  const geography = parseBedrockModel(model).geography;
  return geography ? { geography } : {};
}

const GEOGRAPHY_REGIONS: Readonly<Record<string, string>> = {
  global: 'a commercial AWS region',
  us: 'an AWS region in us-* other than GovCloud',
  eu: 'an AWS region in eu-*',
  apac: 'an AWS region in ap-*',
  jp: 'ap-northeast-1 or ap-northeast-3',
  au: 'ap-southeast-2 or ap-southeast-4',
  'us-gov': 'an AWS region in us-gov-*',
};

/** The shape in words, for messages and `.env.example` comments: "an AWS region in eu-*". */
export function describeShape(shape: VariableShape): string {
  switch (shape.kind) {
    case 'aws-region':
      return shape.geography
        ? `${GEOGRAPHY_REGIONS[shape.geography] ?? 'an AWS region code'} (e.g. ${exampleRegion(shape.geography)})`
        : 'an AWS region code (e.g. us-east-1)';
    case 'port':
      return 'a port number (1-65535)';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'postgres-url':
      return 'a PostgreSQL URL (postgresql://user:password@host:5432/database)';
    case 'redis-url':
      return 'a Redis URL (redis://[:password@]host:6379 or rediss://...)';
    case 'http-url':
      return 'an http(s) URL';
    case 'host':
      return 'a host name or IP address, without scheme or port';
    case 'text':
      return 'a non-empty value';
  }
}

function exampleRegion(geography: string): string {
  return AWS_REGIONS.find((region) => regionMatchesGeography(region, geography)) ?? 'us-east-1';
}

/**
 * Why `value` does not have `shape`, as the end of a sentence ("is not a PostgreSQL URL"), or `undefined` when it
 * has it. The value itself is never part of the answer.
 */
export function shapeProblem(value: string, shape: VariableShape): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'is empty';
  if (trimmed !== value) return 'has leading or trailing white space, which LiteLLM passes on as part of the value';
  switch (shape.kind) {
    case 'aws-region':
      if (!(AWS_REGIONS as readonly string[]).includes(value)) return 'is not an AWS region code';
      if (shape.geography && !regionMatchesGeography(value, shape.geography)) {
        return `is a region outside the deployment's geography: a ${shape.geography}. profile needs ${GEOGRAPHY_REGIONS[shape.geography]}`;
      }
      return undefined;
    case 'port': {
      const port = Number(value);
      return /^\d+$/.test(value) && port >= 1 && port <= 65535 ? undefined : 'is not a port number (1-65535)';
    }
    case 'integer':
      return /^-?\d+$/.test(value) ? undefined : 'is not a whole number';
    case 'number':
      return Number.isFinite(Number(value)) ? undefined : 'is not a number';
    case 'postgres-url':
      return urlProblem(value, ['postgresql:', 'postgres:'], 'a PostgreSQL URL (postgresql://...)');
    case 'redis-url':
      return urlProblem(value, ['redis:', 'rediss:', 'unix:'], 'a Redis URL (redis:// or rediss://)');
    case 'http-url':
      return urlProblem(value, ['http:', 'https:'], 'an http(s) URL');
    case 'host':
      return /^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:]+\]$/.test(value)
        ? undefined
        : 'is not a bare host name (no scheme, port or path)';
    case 'text':
      return undefined;
  }
}

function urlProblem(value: string, protocols: readonly string[], expected: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not ${expected}: it does not parse as a URL`;
  }
  if (!protocols.includes(url.protocol)) return `is not ${expected}: its scheme is ${url.protocol.replace(/:$/, '')}`;
  if (url.protocol !== 'unix:' && url.hostname === '') return `is not ${expected}: it names no host`;
  return undefined;
}

/**
 * A value of the shape that a loader accepts, for running LiteLLM's own loader where the real environment is not at
 * hand (`validate --litellm` without `--env-file`). Never a real credential.
 */
export function plausibleValue(shape: VariableShape): string {
  switch (shape.kind) {
    case 'aws-region':
      return exampleRegion(shape.geography ?? 'us');
    case 'port':
      return '6379';
    case 'integer':
    case 'number':
      return '1';
    case 'postgres-url':
      return 'postgresql://litellm:litellm@localhost:5432/litellm';
    case 'redis-url':
      return 'redis://localhost:6379';
    case 'http-url':
      return 'http://localhost:8080';
    case 'host':
      return 'localhost';
    case 'text':
      return 'litellm-cdk-placeholder';
  }
}
