import { Annotations } from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';

/** The shortest reason an acknowledgement may give: long enough to say why, not just "ok" or "n/a". */
export const MIN_ACKNOWLEDGEMENT_REASON_LENGTH = 10;

/**
 * The id of the error a policy pack adds on a construct that acknowledges one of the pack's findings, through core's
 * `Annotations.of(scope).acknowledge()`, with a reason shorter than {@link MIN_ACKNOWLEDGEMENT_REASON_LENGTH}.
 */
export const SHORT_ACKNOWLEDGEMENT_REASON_ID = 'policy/short-acknowledgement-reason';

/** Why a policy finding acknowledged with a too-short reason is reported as not acknowledged. */
export const SHORT_ACKNOWLEDGEMENT_REASON_NOTE = `acknowledgement reason shorter than ${MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters`;

/** Whether an acknowledgement's reason is too short to accept a policy finding. */
export function isAcknowledgementReasonTooShort(reason: string): boolean {
  return reason.trim().length < MIN_ACKNOWLEDGEMENT_REASON_LENGTH;
}

/**
 * Acknowledges policy findings: accepts every finding of one rule on a subtree, with a reason that is recorded in
 * the validation report (cdk-nag's suppressions).
 *
 * It checks the reason and then records the acknowledgement with core's `Annotations.of(scope).acknowledge()`,
 * so it applies to policy and core findings alike, never reaches outside `scope`, and is reported as the warning
 * `core/unused-acknowledgement` when it matches no finding.
 */
export class Acknowledge {
  /**
   * Accepts the findings with id `ruleId` on `scope` and every construct below it.
   * @param reason why the finding is acceptable here, at least {@link MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters
   */
  public static rule(scope: IConstruct, ruleId: string, reason: string): void {
    const where = scope.node.path || 'App';
    if (typeof ruleId !== 'string' || !ruleId.trim())
      throw new Error(`[${where}] Acknowledge.rule() needs the id of the rule to acknowledge.`);
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text.length < MIN_ACKNOWLEDGEMENT_REASON_LENGTH) {
      throw new Error(
        `[${where}] The acknowledgement of '${ruleId}' needs a reason of at least ${MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters ` +
          `(got ${JSON.stringify(text)}): say why the finding is acceptable here, for whoever reads the report next.`,
      );
    }
    Annotations.of(scope).acknowledge(ruleId.trim(), text);
  }
}
