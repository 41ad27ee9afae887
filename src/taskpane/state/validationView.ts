/**
 * The Validate screen's model: units worst first, each unit's issues, and which issues carry a fix the user
 * can pick. Pure functions over a ValidationResult.
 */
import type { UnitReport, ValidationIssue, ValidationResult } from '../../domain/validation/types';
import type { Locale } from '../i18n';

/** A unit row of the list. */
export interface UnitRowView {
  report: UnitReport;
  /** Items and targets due in the period with no report. */
  missing: number;
  issues: ValidationIssue[];
}

/** Items and targets due but not reported. */
export function missingCount(report: UnitReport): number {
  return (
    Math.max(0, report.itemsDue - report.itemsReported) +
    Math.max(0, report.targetsDue - report.targetsReported)
  );
}

/**
 * Units worst first: most errors, then most warnings, then most missing reports; ties keep the result's
 * order (schema order), so the list does not jump between runs.
 */
export function unitsWorstFirst(result: ValidationResult): UnitRowView[] {
  const byUnit = new Map<string, ValidationIssue[]>();
  for (const issue of result.issues) {
    const list = byUnit.get(issue.unit) ?? [];
    list.push(issue);
    byUnit.set(issue.unit, list);
  }
  return result.byUnit
    .map((report, order) => ({
      report,
      missing: missingCount(report),
      issues: byUnit.get(report.unit) ?? [],
      order,
    }))
    .sort(
      (a, b) =>
        b.report.errors - a.report.errors ||
        b.report.warnings - a.report.warnings ||
        b.missing - a.missing ||
        a.order - b.order,
    )
    .map(({ report, missing, issues }) => ({ report, missing, issues }));
}

/** Whether a unit has nothing to look at. */
export function isClean(row: UnitRowView): boolean {
  return row.report.errors === 0 && row.report.warnings === 0 && row.missing === 0;
}

/** Ids of the issues that carry a one-click fix. */
export function fixableIds(issues: readonly ValidationIssue[]): string[] {
  return issues.filter((i) => i.fix !== undefined && i.row !== null).map((i) => i.id);
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

/** Totals over all units, for the line above the list. */
export function totals(result: ValidationResult): { errors: number; warnings: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  for (const issue of result.issues) {
    if (issue.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, fixable: fixableIds(result.issues).length };
}
