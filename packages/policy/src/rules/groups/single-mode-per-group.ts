import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

/** All deployments of a model group have one mode (chat, embedding, ...). Core's `core/mixed-modes` decides. */
export const SingleModePerGroup = definePolicyRule({
  id: 'best-practices/single-mode-per-group',
  severity: 'error',
  appliesTo: 'group',
  description: 'No model group mixes modes.',
  explanation:
    'The router sends a request for a group to any of its deployments, so a group mixing chat and embedding models ' +
    'sends some requests to a model that cannot serve them. Fix: one model group per mode; if the catalog has a ' +
    "deployment's mode wrong, set model_info.mode. Findings carry core's id; acknowledge that id.",
  coreFindingIds: ['core/mixed-modes'],
  check(group) {
    if (group.deployments.length < 2) return Compliance.notApplicable;
    return Compliance.of(coreFindingsOf(group, ['core/mixed-modes']));
  },
});
