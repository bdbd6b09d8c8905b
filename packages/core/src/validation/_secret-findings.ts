// Checks of the strings of a document as LiteLLM resolves them: `os.environ/` references and literal credentials.
import { credentialKeyAt, isPlaintextSecret } from './credential-keys.js';
import { formatPath, isMapping, maskSecret, withFile } from './document-paths.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * How LiteLLM treats a string at some place of the document. The proxy's `_check_for_os_environ_vars` replaces
 * references in mapping values and recurses into mappings, and into list items only when they are mappings: a
 * string list item is kept as written, and nothing inside a list nested in a list is reached at all.
 */
type Resolution = 'resolved' | 'list-item' | 'unreached';

/**
 * Lists whose string items LiteLLM resolves itself, beyond the generic pass: the webhook URLs of each alert type
 * (`process_slack_alerting_variables` in litellm/integrations/SlackAlerting/utils.py calls `get_secret` on every
 * item of `general_settings.alert_to_webhook_url.<alert type>`).
 */
function resolvesItems(listPath: ConfigPath): boolean {
  return listPath.length === 3 && listPath[0] === 'general_settings' && listPath[1] === 'alert_to_webhook_url';
}

/** Every finding about secrets and environment references in one document, in document order. */
export function secretFindings(content: unknown, file?: string): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  visit(content, [], 'resolved', (finding) => findings.push(withFile(finding, file)));
  return findings;
}

// One mutable path for the walk, copied only where a string needs a closer look: documents may be large.
function visit(
  value: unknown,
  path: (string | number)[],
  resolution: Resolution,
  report: (finding: ConfigFinding) => void,
): void {
  if (Array.isArray(value)) {
    const items: Resolution = resolution !== 'resolved' ? 'unreached' : resolvesItems(path) ? 'resolved' : 'list-item';
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visit(value[index], path, items, report);
      path.pop();
    }
  } else if (isMapping(value)) {
    const values: Resolution = resolution === 'unreached' ? 'unreached' : 'resolved';
    for (const key of Object.keys(value)) {
      path.push(key);
      visit(value[key], path, values, report);
      path.pop();
    }
  } else if (typeof value === 'string') {
    if (value.startsWith(ENV_REFERENCE_PREFIX)) referenceFindings(value, path, resolution).forEach(report);
    else if (resolution === 'resolved') plaintextFinding(value, path).forEach(report);
  }
}

function referenceFindings(value: string, walkPath: ConfigPath, resolution: Resolution): ConfigFinding[] {
  const isListItem = resolution !== 'resolved';
  const name = value.slice(ENV_REFERENCE_PREFIX.length);
  const isModel = isDeploymentModel(walkPath);
  // The common case, a well-formed reference in a mapping value, allocates nothing.
  if (ENV_VAR_NAME.test(name) && !isListItem && !isModel) return [];
  const findings: ConfigFinding[] = [];
  const path = [...walkPath];
  const where = formatPath(path);
  if (!ENV_VAR_NAME.test(name)) {
    findings.push({
      severity: 'error',
      id: 'core/invalid-env-var-name',
      message: `${where} refers to '${value}', but '${name}' is not a valid environment variable name.`,
      path,
      hint: 'Use letters, digits and underscores, not starting with a digit, e.g. os.environ/OPENAI_API_KEY.',
    });
  }
  if (isListItem) {
    findings.push({
      severity: 'error',
      id: 'core/secret-in-list',
      message:
        resolution === 'list-item'
          ? `${where} is the list item '${value}': LiteLLM resolves os.environ/ references only in mapping values, so the list keeps the literal string.`
          : `${where} is '${value}' inside a list nested in a list: LiteLLM never looks there for os.environ/ references, so it keeps the literal string.`,
      path,
      hint: 'Move the value under a mapping key, or write it out if it is not secret.',
    });
  }
  if (isModel) {
    findings.push({
      severity: 'error',
      id: 'core/model-from-env',
      message: `${where} takes the model from the environment ('${value}'): the proxy crashes at start-up when the variable is unset.`,
      path,
      hint: 'Write the model in the config (`<provider>/<model id>`); keep only credentials in the environment.',
    });
  }
  return findings;
}

function plaintextFinding(value: string, walkPath: ConfigPath): ConfigFinding[] {
  const rule = credentialKeyAt(walkPath);
  if (!rule || !isPlaintextSecret(rule, value)) return [];
  const path = [...walkPath];
  return [
    {
      severity: 'error',
      id: 'core/plaintext-secret',
      message: `${formatPath(path)} holds a plaintext credential (${maskSecret(value)}).`,
      path,
      hint:
        "Reference an environment variable instead: os.environ/NAME (Secret.env('NAME') in an app). " +
        'If the value is not secret (a local dummy key), acknowledge the finding with a reason.',
    },
  ];
}

/** `model_list[i].litellm_params.model` */
function isDeploymentModel(path: ConfigPath): boolean {
  return path.length === 4 && path[0] === 'model_list' && path[2] === 'litellm_params' && path[3] === 'model';
}
