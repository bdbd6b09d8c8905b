// LiteLLM resolves `os.environ/` references before it exports `environment_variables`, so a reference to a
// variable defined only there reads the proxy's real environment, where it is usually unset (null, silently).
import { formatPath, isMapping } from './document-paths.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import type { ConfigFinding } from './finding.js';

/** A warning for each reference to a variable that the same (merged) config defines under `environment_variables`. */
export function environmentFindings(content: unknown): ConfigFinding[] {
  if (!isMapping(content) || !isMapping(content.environment_variables)) return [];
  const defined = new Set(Object.keys(content.environment_variables));
  if (defined.size === 0) return [];
  const findings: ConfigFinding[] = [];
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const name = value.startsWith(ENV_REFERENCE_PREFIX) ? value.slice(ENV_REFERENCE_PREFIX.length) : undefined;
      if (name !== undefined && defined.has(name) && path[0] !== 'environment_variables') {
        findings.push({
          severity: 'warning',
          id: 'core/env-var-defined-in-same-file',
          message: `${formatPath(path)} refers to ${name}, which this config sets under environment_variables; LiteLLM resolves references before it exports those, so it reads the proxy's own environment (null when unset).`,
          path: [...path],
          hint: `Set ${name} in the proxy's environment, or write the value here instead of the reference.`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
    } else if (isMapping(value)) {
      for (const key of Object.keys(value)) {
        path.push(key);
        visit(value[key]);
        path.pop();
      }
    }
  };
  visit(content);
  return findings;
}
