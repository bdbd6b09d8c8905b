// Checks of the strings of a document as LiteLLM resolves them: `os.environ/` references and literal credentials.
import { credentialKeyAt, isPlaintextSecret } from './_credential-keys.js';
import { formatPath, isMapping, maskSecret, withFile } from './_paths.js';
import type { ConfigFinding, ConfigPath } from './finding.js';

const ENV_REFERENCE = 'os.environ/';
const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every finding about secrets and environment references in one document, in document order. */
export function secretFindings(content: unknown, file?: string): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  visit(content, [], false, (finding) => findings.push(withFile(finding, file)));
  return findings;
}

// One mutable path for the walk, copied only where a string needs a closer look: documents may be large.
function visit(value: unknown, path: (string | number)[], isListItem: boolean, report: (finding: ConfigFinding) => void): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visit(value[index], path, true, report);
      path.pop();
    }
  } else if (isMapping(value)) {
    for (const key of Object.keys(value)) {
      path.push(key);
      visit(value[key], path, false, report);
      path.pop();
    }
  } else if (typeof value === 'string') {
    if (value.startsWith(ENV_REFERENCE)) referenceFindings(value, path, isListItem).forEach(report);
    else if (!isListItem) plaintextFinding(value, path).forEach(report);
  }
}

function referenceFindings(value: string, walkPath: ConfigPath, isListItem: boolean): ConfigFinding[] {
  const name = value.slice(ENV_REFERENCE.length);
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
      message: `${where} is the list item '${value}': LiteLLM resolves os.environ/ references only in mapping values, so the list keeps the literal string.`,
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
        'Reference an environment variable instead: os.environ/NAME (Secret.env(\'NAME\') in an app). ' +
        'If the value is not secret (a local dummy key), acknowledge the finding with a reason.',
    },
  ];
}

/** `model_list[i].litellm_params.model` */
function isDeploymentModel(path: ConfigPath): boolean {
  return path.length === 4 && path[0] === 'model_list' && path[2] === 'litellm_params' && path[3] === 'model';
}
