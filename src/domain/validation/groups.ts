/**
 * The three groups a clerk reads validation in, each counted on its own and never added together: 错误 (a cell to
 * fix: the row is not counted), 未报送 (who still owes what in the period: the list a 催报 message is made from)
 * and 警告 (counted, but worth a look). A missing report keeps severity `error` in the data (the 校验结果 sheet
 * and `--json` contract), and is told apart by its rule.
 */
import { message, type Message, type MessageKey } from '../messages';
import type { RuleId, UnitReport, ValidationIssue } from './types';

/** The group of a finding. */
export type IssueGroup = 'error' | 'missing' | 'warning';

/** The groups in the order people read them. */
export const ISSUE_GROUPS: readonly IssueGroup[] = ['error', 'missing', 'warning'];

/** Which group a finding belongs to. */
export function issueGroup(issue: Pick<ValidationIssue, 'rule' | 'severity'>): IssueGroup {
  if (issue.rule === 'missing-report') return 'missing';
  return issue.severity === 'error' ? 'error' : 'warning';
}

/** How many findings each group holds. */
export function groupCounts(
  issues: readonly Pick<ValidationIssue, 'rule' | 'severity'>[],
): Record<IssueGroup, number> {
  const counts: Record<IssueGroup, number> = { error: 0, missing: 0, warning: 0 };
  for (const issue of issues) counts[issueGroup(issue)]++;
  return counts;
}

/** The rule's short title for people (数字格式, 未报送); the id stays for machines. */
export function ruleTitle(rule: RuleId): Message {
  return message(`rule.${rule}` as MessageKey);
}

/** The group's name (错误 / 未报送 / 警告). */
export function groupName(group: IssueGroup): Message {
  return message(`group.${group}` as MessageKey);
}

/**
 * Units in the order a clerk works through them: names that are not units of the ledger first (a typo such as
 * 工信厅 hides every row of that unit from the summary), then most errors, then most missing reports, then most
 * warnings; ties keep the result's order (schema order), so the list does not jump between runs.
 */
export function unitsInReadingOrder<T extends { report: UnitReport }>(rows: readonly T[]): T[] {
  return rows
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) =>
        Number(a.row.report.known) - Number(b.row.report.known) ||
        b.row.report.errors - a.row.report.errors ||
        b.row.report.missing - a.row.report.missing ||
        b.row.report.warnings - a.row.report.warnings ||
        a.order - b.order,
    )
    .map(({ row }) => row);
}
