// `api_key:` written with nothing after it: LiteLLM reads None (or ''), treats the key as unset and each provider
// falls back to its own environment variable (`api_key or get_secret_str("OPENAI_API_KEY")`), so it is no error,
// but rarely what was meant.
import { formatPath, isMapping, listAt, withFile } from './document-paths.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

/** A warning for each empty `api_key` of a deployment or a credential in one document. */
export function emptyApiKeyFindings(content: unknown, file?: string): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  listAt(content, 'model_list').forEach((entry, index) => {
    const params = isMapping(entry) ? entry.litellm_params : undefined;
    if (isEmptyApiKey(params))
      findings.push(emptyApiKey(['model_list', index, 'litellm_params', 'api_key'], 'deployment'));
  });
  listAt(content, 'credential_list').forEach((entry, index) => {
    const values = isMapping(entry) ? entry.credential_values : undefined;
    if (isEmptyApiKey(values))
      findings.push(emptyApiKey(['credential_list', index, 'credential_values', 'api_key'], 'credential'));
  });
  return findings.map((finding) => withFile(finding, file));
}

function isEmptyApiKey(parent: unknown): boolean {
  return isMapping(parent) && Object.hasOwn(parent, 'api_key') && (parent.api_key === null || parent.api_key === '');
}

function emptyApiKey(path: ConfigPath, owner: 'deployment' | 'credential'): ConfigFinding {
  const users = owner === 'deployment' ? 'this deployment' : 'the deployments using this credential';
  return {
    severity: 'warning',
    id: 'core/empty-api-key',
    message: `${formatPath(path)} is empty: LiteLLM treats it as unset, so ${users} take the key from the provider's environment variable (e.g. OPENAI_API_KEY).`,
    path,
    hint: 'Reference the variable explicitly (os.environ/NAME) or remove the key; an empty value hides which credential is used.',
  };
}
