import { isSecretReference } from '../../config-view.js';
import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

const DATABASE_URL = ['general_settings', 'database_url'] as const;

/**
 * `general_settings.database_url`, when set, is a secret reference. A URL with a password is core's
 * `core/plaintext-secret` (an error); a literal URL without one is this rule's warning.
 */
export const DatabaseUrlFromSecret = definePolicyRule({
  id: 'best-practices/database-url-from-secret',
  severity: 'warning',
  appliesTo: 'config',
  description: 'general_settings.database_url comes from a secret, never a literal.',
  explanation:
    'The database holds every virtual key and all spend; its URL usually carries the password, and even without ' +
    "one it ties the config to one environment. Fix: database_url: Secret.env('DATABASE_URL') in the app " +
    '(os.environ/DATABASE_URL in YAML), or leave it out: LiteLLM reads DATABASE_URL from the environment itself.',
  coreFindingIds: ['core/plaintext-secret'],
  check(subject) {
    const value = subject.config.setting(...DATABASE_URL);
    if (value === undefined || value === null) return Compliance.notApplicable;
    const core = coreFindingsOf(
      subject,
      ['core/plaintext-secret'],
      (p) => p.length === 2 && p[0] === DATABASE_URL[0] && p[1] === DATABASE_URL[1],
    );
    if (core.length > 0 || isSecretReference(value)) return Compliance.of(core);
    return Compliance.of([
      {
        message: 'general_settings.database_url is written out literally instead of coming from a secret.',
        path: [...DATABASE_URL],
      },
    ]);
  },
});
