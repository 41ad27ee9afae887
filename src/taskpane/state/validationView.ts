/**
 * The Validate screen's model: units in reading order (names that are not units first, then most errors, then
 * most missing reports), each unit's findings in three groups never added together (错误, 未报送, 警告), and
 * which findings carry a fix — certain ones to tick, suggested ones (a guessed unit name) to confirm one by one.
 * Pure functions over a ValidationResult.
 */
import { groupCounts, issueGroup, unitsInReadingOrder } from '../../domain/validation/groups';
import type { UnitReport, ValidationIssue, ValidationResult } from '../../domain/validation/types';
import type { Locale } from '../i18n';

/** A unit row of the list. */
export interface UnitRowView {
  report: UnitReport;
  /** Its errors and warnings (cells to look at), in table order. */
  issues: ValidationIssue[];
  /** Its missing reports (items and targets due in the period with no row). */
  missing: ValidationIssue[];
}

/** Units in reading order, each with its own findings. */
export function unitsWorstFirst(result: ValidationResult): UnitRowView[] {
  const byUnit = new Map<string, { issues: ValidationIssue[]; missing: ValidationIssue[] }>();
  for (const issue of result.issues) {
    const own = byUnit.get(issue.unit) ?? { issues: [], missing: [] };
    (issueGroup(issue) === 'missing' ? own.missing : own.issues).push(issue);
    byUnit.set(issue.unit, own);
  }
  return unitsInReadingOrder(
    result.byUnit.map((report) => ({
      report,
      issues: byUnit.get(report.unit)?.issues ?? [],
      missing: byUnit.get(report.unit)?.missing ?? [],
    })),
  );
}

/** Whether a unit has nothing to look at. */
export function isClean(row: UnitRowView): boolean {
  return row.report.errors === 0 && row.report.warnings === 0 && row.report.missing === 0;
}

/** Ids of the findings whose fix is certain (a respelling): these can be ticked and applied together. */
export function fixableIds(issues: readonly ValidationIssue[]): string[] {
  return issues.filter((i) => i.fix?.certain === true && i.row !== null).map((i) => i.id);
}

/** Whether a finding carries a suggested fix (a guess a person confirms on its own). */
export function isSuggestion(issue: ValidationIssue): boolean {
  return issue.fix !== undefined && !issue.fix.certain && issue.row !== null;
}

/** Toggles one id in a selection (a new Set, so React sees the change). */
export function toggle(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Keeps only selected ids that are still fixable in a new result (a re-run may have solved or changed them). */
export function keepFixable(selection: ReadonlySet<string>, result: ValidationResult): Set<string> {
  const fixable = new Set(fixableIds(result.issues));
  return new Set([...selection].filter((id) => fixable.has(id)));
}

/** The issue's sentence and advice in the pane's language. */
export function issueText(issue: ValidationIssue, locale: Locale): { message: string; advice: string } {
  return locale === 'en-US'
    ? { message: issue.messageEn, advice: issue.adviceEn }
    : { message: issue.message, advice: issue.advice };
}

/** Counts for the line above the list: each group on its own, then what can be fixed. */
export function totals(result: ValidationResult): {
  errors: number;
  missing: number;
  warnings: number;
  fixable: number;
  suggested: number;
} {
  const counts = groupCounts(result.issues);
  return {
    errors: counts.error,
    missing: counts.missing,
    warnings: counts.warning,
    fixable: fixableIds(result.issues).length,
    suggested: result.issues.filter(isSuggestion).length,
  };
}
