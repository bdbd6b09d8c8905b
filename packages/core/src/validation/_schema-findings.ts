// A document checked against the zod schema of the whole config, each issue turned into a finding that names the
// value and says what LiteLLM does with it.
import type * as z from 'zod';
import { LiteLLMConfigSchema } from '../config/schemas/index.js';
import { formatPath, formatValue, isMapping, withFile } from './document-paths.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

type Issue = z.core.$ZodIssue;

/** The schema findings of one document: an empty document, a non-mapping, or each zod issue. */
export function schemaFindings(content: unknown, file?: string): ConfigFinding[] {
  if (content === null || content === undefined) {
    return [
      withFile(
        {
          severity: 'error',
          id: 'core/empty-document',
          message: 'The config document is empty: LiteLLM refuses to start with an empty config file.',
          path: [],
          hint: 'Add at least a model_list, or remove the file (and its include entry).',
        },
        file,
      ),
    ];
  }
  const result = LiteLLMConfigSchema.safeParse(content, { jitless: !manyDeployments(content) });
  if (result.success) return [];
  return result.error.issues
    .flatMap((issue) => issueFindings(issue, [], content))
    .map((finding) => withFile(finding, file));
}

/**
 * Whether zod's compiled fast path pays for itself: on first use it generates and compiles a function per object
 * schema, which costs more than it saves unless many objects of one shape (deployments) follow. A config of a few
 * dozen deployments, validated once by a short-lived CLI, parses faster without it.
 */
function manyDeployments(content: unknown): boolean {
  const modelList = isMapping(content) ? content.model_list : undefined;
  return Array.isArray(modelList) && modelList.length >= JIT_MIN_DEPLOYMENTS;
}

// Measured: 21 and 200 deployments parse faster without it, 2,000 about the same, 20,000 faster with it.
const JIT_MIN_DEPLOYMENTS = 1000;

function issueFindings(issue: Issue, prefix: ConfigPath, content: unknown): ConfigFinding[] {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  if (issue.code === 'invalid_union') {
    const deeper = mostSpecificBranch(issue.errors);
    if (deeper) return deeper.flatMap((inner) => issueFindings(inner, path, content));
  }
  const { parent, present, value } = lookup(content, path);
  if (issue.code === 'invalid_type' && isMapping(parent) && !present) return [missingField(path, parent, content)];
  return [
    {
      severity: 'error',
      id: 'core/schema',
      message: `${formatPath(path)} is ${formatValue(value)}: ${readable(issue.message)}${consequence(path)}.`,
      path,
      hint: hintFor(issue),
    },
  ];
}

/**
 * The issues of the union branch that got furthest into the value (a mapping whose key is wrong, rather than
 * "not a string"), or undefined when every branch failed at the value itself.
 */
function mostSpecificBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestDepth = 0;
  for (const branch of branches) {
    const depth = Math.min(...branch.map((issue) => issue.path.length));
    if (branch.length > 0 && depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

/** A required key that is absent; for a deployment, LiteLLM crashes at start-up. */
function missingField(path: ConfigPath, parent: Record<string, unknown>, content: unknown): ConfigFinding {
  const key = String(path[path.length - 1]);
  if (isDeploymentKey(path)) {
    const entry = lookup(content, path.slice(0, 2)).value;
    const modelName = isMapping(entry) ? entry.model_name : undefined;
    const name = typeof modelName === 'string' ? ` (model_name '${modelName}')` : '';
    const owner = `${formatPath(path.slice(0, -1))}${name}`;
    return {
      severity: 'error',
      id: 'core/missing-field',
      message: `${owner} has no ${key}: LiteLLM crashes at start-up with KeyError: '${key}'.`,
      path,
      hint: MISSING_DEPLOYMENT_KEY_HINTS[key] ?? `Add ${key}.`,
    };
  }
  const owner = path.length > 1 ? formatPath(path.slice(0, -1)) : 'The document';
  return {
    severity: 'error',
    id: 'core/missing-field',
    message: `${owner} has no ${key}, which LiteLLM requires there${Object.keys(parent).length === 0 ? ' (the mapping is empty)' : ''}.`,
    path,
    hint: `Add ${key}.`,
  };
}

const MISSING_DEPLOYMENT_KEY_HINTS: Record<string, string> = {
  model_name: 'Add model_name: the model group clients request.',
  litellm_params: 'Add litellm_params with at least `model: <provider>/<model id>`, e.g. `model: openai/gpt-4o`.',
  model: 'Add `model: <provider>/<model id>`, e.g. `model: openai/gpt-4o`.',
};

/** `model_list[i].<key>` or `model_list[i].litellm_params.model`: keys whose absence crashes the proxy. */
function isDeploymentKey(path: ConfigPath): boolean {
  if (path[0] !== 'model_list' || typeof path[1] !== 'number') return false;
  return path.length === 3 || (path.length === 4 && path[2] === 'litellm_params' && path[3] === 'model');
}

/** What LiteLLM does with a bad value, where it is worth saying. */
function consequence(path: ConfigPath): string {
  const key = path[path.length - 1];
  const inDeployment = path[0] === 'model_list' && typeof path[1] === 'number';
  if (inDeployment && (key === 'rpm' || key === 'tpm'))
    return '; LiteLLM would skip this deployment with only a log line';
  return '';
}

function hintFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'invalid_type':
      return `Write ${describeType(issue.expected)} here.`;
    case 'invalid_union':
      return `LiteLLM expects ${issue.message.replace(/^expected /, '')} here.`;
    default:
      return "Fix the value to match what LiteLLM expects for this key (see the key's description in the JSON Schema).";
  }
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    int: 'an integer',
    number: 'a number',
    string: 'a string (quote it if YAML reads it as something else)',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return names[expected] ?? `a value of type ${expected}`;
}

function lookup(content: unknown, path: ConfigPath): { parent: unknown; present: boolean; value: unknown } {
  let parent: unknown;
  let value: unknown = content;
  let present = true;
  for (const part of path) {
    parent = value;
    if (Array.isArray(parent) && typeof part === 'number') {
      present = part < parent.length;
      value = parent[part];
    } else if (isMapping(parent) && typeof part === 'string') {
      present = Object.hasOwn(parent, part);
      value = parent[part];
    } else {
      present = false;
      value = undefined;
    }
  }
  return { parent, present, value };
}

/** zod's message without its generic "Invalid input:" opening, starting in lower case. */
function readable(message: string): string {
  const text = message.replace(/^Invalid input: /, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
