import { Compliance, definePolicyRule } from '../../rule.js';

/** `general_settings.store_prompts_in_spend_logs: true` is flagged: it stores every prompt and response. */
export const NoPromptsInSpendLogs = definePolicyRule({
  id: 'best-practices/no-prompts-in-spend-logs',
  severity: 'warning',
  appliesTo: 'config',
  description: 'Prompts and responses are not stored in the spend logs.',
  explanation:
    'With store_prompts_in_spend_logs: true the proxy writes every prompt and response into its database, where ' +
    'anyone with access to the admin UI or the database reads them: personal data and secrets users paste end up ' +
    'in a log that is kept for the spend retention period. Fix: remove the key (it defaults to false); if the ' +
    'prompts must be kept for a documented purpose, acknowledge this rule saying which purpose and retention. ' +
    'Not applicable when spend logs are disabled.',
  check(subject) {
    const general = subject.config.section('general_settings');
    if (general.disable_spend_logs === true) return Compliance.notApplicable;
    if (general.store_prompts_in_spend_logs !== true) return Compliance.compliant;
    return Compliance.of([
      {
        message:
          'general_settings.store_prompts_in_spend_logs is true: every prompt and response is stored in the spend logs.',
        path: ['general_settings', 'store_prompts_in_spend_logs'],
      },
    ]);
  },
});
