import type { ConfigPath } from '@litellm-cdk/core';
import { isMapping, isSecretReference } from '../../config-view.js';

/** A kind of credential recognisable from its value alone, whatever key holds it. */
interface KeyShape {
  readonly name: string;
  readonly pattern: RegExp;
}

// Shapes with a fixed, documented prefix (or structure), so that ordinary text is not mistaken for a key.
const KEY_SHAPES: readonly KeyShape[] = [
  { name: 'an OpenAI, Anthropic or LiteLLM style API key (sk-...)', pattern: /^sk-[A-Za-z0-9_-]{16,}$/ },
  { name: 'an AWS access key id (AKIA.../ASIA...)', pattern: /^(AKIA|ASIA)[0-9A-Z]{16}$/ },
  { name: 'a Google API key (AIza...)', pattern: /^AIza[0-9A-Za-z_-]{35}$/ },
  { name: 'a GitHub token', pattern: /^(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})$/ },
  { name: 'a GitLab token (glpat-...)', pattern: /^glpat-[A-Za-z0-9_-]{20,}$/ },
  { name: 'a Slack token (xox...)', pattern: /^xox[abposr]-[A-Za-z0-9-]{10,}$/ },
  { name: 'a Hugging Face token (hf_...)', pattern: /^hf_[A-Za-z0-9]{30,}$/ },
  { name: 'a JSON Web Token', pattern: /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/ },
  { name: 'a bearer token', pattern: /^Bearer\s+[A-Za-z0-9._~+/=-]{16,}$/ },
  { name: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: 'a URL with a password', pattern: /^[a-z][a-z0-9+.-]*:\/\/[^/?#@:\s]*:[^/?#@\s]+@/i },
];

/** A string of a config that looks like a credential. */
export interface KeyShapedValue {
  readonly path: ConfigPath;
  /** What it looks like, e.g. `a Google API key (AIza...)`; never the value itself. */
  readonly looksLike: string;
}

/** Every string of `value` (mapping values and list items, at any depth) shaped like a credential. */
export function keyShapedValues(value: unknown, path: ConfigPath = []): KeyShapedValue[] {
  if (typeof value === 'string') {
    if (isSecretReference(value)) return [];
    const shape = KEY_SHAPES.find((s) => s.pattern.test(value.trim()));
    return shape ? [{ path, looksLike: shape.name }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => keyShapedValues(item, [...path, index]));
  if (isMapping(value)) return Object.entries(value).flatMap(([key, item]) => keyShapedValues(item, [...path, key]));
  return [];
}

/** Whether the document references any secret (`os.environ/`, `oidc/`) anywhere. */
export function referencesSecrets(value: unknown): boolean {
  if (isSecretReference(value)) return true;
  if (Array.isArray(value)) return value.some(referencesSecrets);
  if (isMapping(value)) return Object.values(value).some(referencesSecrets);
  return false;
}
