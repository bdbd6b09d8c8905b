// Unknown keys: the schemas keep them (LiteLLM grows faster than any schema); here each key that an object made by
// `section()` does not know becomes a warning that names the key and the section, and each key that a Python
// constructor would refuse (`constructorArguments()`) an error. Every one suggests the closest known keys.
import * as z from 'zod';
import { constructorOf, reportsUnknownKeys } from '../config/schemas/_values.js';
import { LiteLLMConfigSchema } from '../config/schemas/index.js';
import { didYouMean } from '../suggestions/did-you-mean.js';
import { hasKeyRule } from './_key-rules.js';
import { formatPath, isMapping, withFile } from './document-paths.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

/** A warning for each unknown key of a section in one document, in document order. */
export function unknownKeyFindings(content: unknown, file?: string): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  visit(LiteLLMConfigSchema, content, [], (finding) => findings.push(withFile(finding, file)));
  return findings;
}

// One mutable path for the walk (copied only into findings): documents may hold 100,000 deployments.
function visit(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[],
  report: (finding: ConfigFinding) => void,
): void {
  // Only mappings can have unknown keys; scalars need no schema lookup at all.
  if (typeof value !== 'object' || value === null) return;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    if (!isMapping(value)) return;
    const shape: Record<string, z.ZodType> = inner.shape;
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key)) {
        path.push(key);
        visit(shape[key], value[key], path, report);
        path.pop();
      } else if (reportsUnknownKeys(inner) && !(path.length === 1 && hasKeyRule(String(path[0]), key))) {
        report(unknownKey([...path], key, Object.keys(shape), constructorOf(inner)));
      }
    }
  } else if (inner instanceof z.ZodArray) {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visit(inner.element as z.ZodType, value[index], path, report);
      path.pop();
    }
  } else if (inner instanceof z.ZodRecord) {
    if (!isMapping(value)) return;
    for (const key of Object.keys(value)) {
      path.push(key);
      visit(inner.valueType as z.ZodType, value[key], path, report);
      path.pop();
    }
  } else if (inner instanceof z.ZodUnion) {
    const options = inner.options as readonly z.ZodType[];
    const option = options.find((o) => o.safeParse(value).success) ?? options.find((o) => sameKind(unwrap(o), value));
    if (option) visit(option, value, path, report);
  }
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function sameKind(schema: z.ZodType, value: unknown): boolean {
  if (Array.isArray(value)) return schema instanceof z.ZodArray;
  if (isMapping(value)) return schema instanceof z.ZodObject || schema instanceof z.ZodRecord;
  return false;
}

function unknownKey(
  path: ConfigPath,
  key: string,
  known: readonly string[],
  pythonConstructor: string | undefined,
): ConfigFinding {
  const finding = describeUnknownKey(path, key, known, pythonConstructor);
  // A Python constructor has a handful of arguments, so a looser match is still a likely fix (`key` for `api_key`).
  const suggestion = didYouMean(key, known, pythonConstructor === undefined ? {} : { maxDistance: 4 });
  return suggestion ? { ...finding, hint: `${suggestion.trim()} ${finding.hint}` } : finding;
}

function describeUnknownKey(
  path: ConfigPath,
  key: string,
  known: readonly string[],
  pythonConstructor: string | undefined,
): ConfigFinding & { hint: string } {
  const at = [...path, key];
  const base = { severity: 'warning', id: 'core/unknown-key', path: at } as const;
  const section = path[0];
  if (pythonConstructor !== undefined) {
    return {
      severity: 'error',
      id: 'core/unknown-argument',
      path: at,
      message: `${formatPath(path)} has the key '${key}', but LiteLLM passes these keys to ${pythonConstructor}: the proxy fails at start-up with a TypeError (unexpected keyword argument '${key}').`,
      hint: `Use only ${known.join(', ')}.`,
    };
  }
  if (path.length === 0) {
    return {
      ...base,
      message: `Unknown top-level key '${key}': LiteLLM ignores it without a word.`,
      hint: "Check the spelling against LiteLLM's sections (model_list, litellm_settings, router_settings, general_settings, ...); remove the key if nothing reads it.",
    };
  }
  if (path.length === 1 && section === 'litellm_settings') {
    return {
      ...base,
      message: `litellm_settings has no known key '${key}': LiteLLM sets any key here as an attribute of the litellm module, so a misspelling is silently accepted and does nothing.`,
      hint: "Check the spelling against LiteLLM's settings reference; if the key is newer than this schema, acknowledge the warning.",
    };
  }
  if (path.length === 1 && section === 'router_settings') {
    return {
      ...base,
      message: `router_settings has no key '${key}': LiteLLM drops keys that are not arguments of its Router, with only a log line.`,
      hint: 'Check the spelling; settings of the litellm module belong in litellm_settings, proxy settings in general_settings.',
    };
  }
  if (path.length === 1 && section === 'general_settings') {
    return {
      ...base,
      message: `general_settings has no known key '${key}': the proxy reads its keys one by one and ignores any other.`,
      hint: "Check the spelling against LiteLLM's settings reference; if the key is newer than this schema, acknowledge the warning.",
    };
  }
  if (path.length === 2 && section === 'model_list') {
    return {
      ...base,
      message: `${formatPath(path)} has an unknown key '${key}': the router ignores it.`,
      hint: 'Provider parameters belong in litellm_params, facts about the deployment in model_info.',
    };
  }
  return {
    ...base,
    message: `${formatPath(path)} has no key '${key}': LiteLLM ignores it.`,
    hint: `Check the spelling; the known keys are ${known.join(', ')}.`,
  };
}
