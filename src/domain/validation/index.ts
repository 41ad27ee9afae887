/** Entry validation: rules, messages, per-unit reports and one-click fixes. */
export { validateEntries } from './validate';
export { applyFixes } from './fixes';
export {
  groupCounts,
  groupName,
  issueGroup,
  ISSUE_GROUPS,
  ruleTitle,
  unitsInReadingOrder,
  type IssueGroup,
} from './groups';
export { RULE_IDS } from './types';
export type {
  CellChange,
  CellFix,
  IssueSeverity,
  RuleId,
  UnitReport,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from './types';
export { parseNumberText, readNumberCell } from './numbers';
export { compareMeasures } from './measures';
export { PeriodReader } from './periodReader';
export { UnitResolver } from './unitResolver';
