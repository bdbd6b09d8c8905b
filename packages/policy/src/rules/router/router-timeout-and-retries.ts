import { Compliance, definePolicyRule, type RuleFinding } from '../../rule.js';

/**
 * The router's request timeout and retries are set explicitly: `router_settings.timeout` (or
 * `litellm_settings.request_timeout`) and `router_settings.num_retries` (or `litellm_settings.num_retries`).
 */
export const RouterTimeoutAndRetries = definePolicyRule({
  id: 'best-practices/router-timeout-and-retries',
  severity: 'warning',
  appliesTo: 'config',
  description: 'The router sets a request timeout and a number of retries.',
  explanation:
    "Without them LiteLLM's defaults apply: a long module-wide request timeout, so a hung provider holds the client " +
    'for minutes before a fallback can run, and retries that change with the LiteLLM version. Fix: new Router(config, ' +
    "'Router', { timeout, numRetries }) in the app (router_settings.timeout and num_retries in YAML). Configs without " +
    'deployments are not checked.',
  check(subject) {
    const { config } = subject;
    if (config.deployments.length === 0) return Compliance.notApplicable;
    const findings: RuleFinding[] = [];
    if (
      config.setting('router_settings', 'timeout') == null &&
      config.setting('litellm_settings', 'request_timeout') == null
    ) {
      findings.push({
        message:
          "No request timeout is set (router_settings.timeout): a hung provider holds requests for LiteLLM's long default timeout.",
        path: ['router_settings'],
      });
    }
    if (
      config.setting('router_settings', 'num_retries') == null &&
      config.setting('litellm_settings', 'num_retries') == null
    ) {
      findings.push({
        message:
          'No number of retries is set (router_settings.num_retries): failed requests are retried as the LiteLLM version decides.',
        path: ['router_settings'],
      });
    }
    return Compliance.of(findings);
  },
});
