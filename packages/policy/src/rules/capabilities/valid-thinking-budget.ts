import { isMapping } from '../../config-view.js';
import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

/** The ids of core's reasoning checks (`checkReasoning`), which this rule reports as its result. */
const REASONING_FINDINGS = [
  'core/thinking-budget-too-small',
  'core/thinking-unsupported',
  'core/thinking-budget-exceeds-max-output',
  'core/reasoning-effort-unsupported',
];

/**
 * Extended thinking and reasoning effort are valid for the model: the model supports reasoning, and
 * `thinking.budget_tokens` is at least 1024 and below the model's max output tokens. Core's capability checks decide.
 */
export const ValidThinkingBudget = definePolicyRule({
  id: 'best-practices/valid-thinking-budget',
  severity: 'error',
  appliesTo: 'deployment',
  description: 'Thinking budgets and reasoning effort are valid for the model.',
  explanation:
    'Anthropic rejects a thinking budget below 1024 tokens or not below max_tokens, and models without reasoning ' +
    'support reject thinking altogether: every request to such a deployment fails. Fix: set budget_tokens between ' +
    "1024 and the model's max output tokens, or remove thinking/reasoning_effort from models that lack reasoning. " +
    "Findings carry core's ids; acknowledge those ids.",
  coreFindingIds: REASONING_FINDINGS,
  check(deployment) {
    const thinking = deployment.params.thinking;
    const thinks = isMapping(thinking) && (thinking.type === 'enabled' || thinking.type === 'adaptive');
    const effort = deployment.params.reasoning_effort;
    if (!thinks && (effort == null || effort === 'none')) return Compliance.notApplicable;
    return Compliance.of(coreFindingsOf(deployment, REASONING_FINDINGS));
  },
});
