// Policy rule packs for litellm-cdk: rules checked on every synth as a read-only aspect (like cdk-nag), and on
// hand-written configs by `litellm-cdk validate --policy`.
export * from './rule.js';
export * from './subject.js';
export * from './config-view.js';
export * from './pack.js';
export * from './acknowledge.js';
export * from './apply-to-document.js';
export * from './load-policy-pack.js';
export {
  POLICY_REPORT_SECTION,
  policyReportToCsv,
  type PolicyReport,
  type PolicyReportPack,
  type PolicyReportRule,
  type PolicyReportFinding,
  type PolicyRuleStatus,
} from './policy-report.js';
export * from './built-in-pack.js';
export * from './rules/index.js';
