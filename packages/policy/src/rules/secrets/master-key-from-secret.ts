import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

/**
 * `general_settings.master_key`, when set, is a secret reference. A literal master key is core's
 * `core/plaintext-secret` finding at that key, reported here as this rule's result.
 */
export const MasterKeyFromSecret = definePolicyRule({
  id: 'best-practices/master-key-from-secret',
  severity: 'error',
  appliesTo: 'config',
  description: 'general_settings.master_key comes from a secret, never a literal.',
  explanation:
    'The master key is the admin key of the proxy: whoever reads it can create keys, read spend and change models. ' +
    "Fix: master_key: Secret.env('LITELLM_MASTER_KEY') in the app (os.environ/LITELLM_MASTER_KEY in YAML), or " +
    'leave master_key out: LiteLLM then reads LITELLM_MASTER_KEY from the environment itself.',
  coreFindingIds: ['core/plaintext-secret'],
  check(subject) {
    const value = subject.config.setting('general_settings', 'master_key');
    if (value === undefined || value === null) return Compliance.notApplicable;
    const path = ['general_settings', 'master_key'];
    return Compliance.of(
      coreFindingsOf(subject, ['core/plaintext-secret'], (p) => p.length === 2 && p[0] === path[0] && p[1] === path[1]),
    );
  },
});
