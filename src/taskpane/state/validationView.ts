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

/** What a unit still owes in the period, from its missing-report findings: item numbers and target ids. */
export function owedBy(row: UnitRowView): { items: string[]; targets: string[] } {
  const items: string[] = [];
  const targets: string[] = [];
  for (const issue of row.missing) {
    // The id ends with `:item:<no>` or `:target:<id>` (src/domain/validation/rules/completeness.ts).
    const owes = /:(item|target):([^:]+?)(?:#\d+)?$/.exec(issue.id);
    if (owes) (owes[1] === 'item' ? items : targets).push(owes[2] ?? '');
  }
  return { items, targets };
}

/** The unit's suggested fixes grouped by the name they suggest: confirm once for all its rows. */
export function suggestionsOf(row: UnitRowView): { written: string; name: string; ids: string[] }[] {
  const byName = new Map<string, { written: string; name: string; ids: string[] }>();
  for (const issue of row.issues) {
    if (!isSuggestion(issue) || !issue.fix) continue;
    const name = String(issue.fix.to);
    const entry = byName.get(name) ?? { written: String(issue.fix.from).trim(), name, ids: [] };
    entry.ids.push(issue.id);
    byName.set(name, entry);
  }
  return [...byName.values()];
}

/**
 * The not-reported list as plain text, one unit per line (工作任务 1、4；目标指标 T18.2) — what a clerk pastes into
 * a 催报 reminder. `t` words it in the pane's language; unit names stay as written.
 */
export function missingListText(
  rows: readonly UnitRowView[],
  locale: Locale,
  t: (
    key: 'validate.missingItem' | 'validate.missingTarget' | 'validate.missingList',
    params: Record<string, string>,
  ) => string,
): string {
  const join = locale === 'en-US' ? ', ' : '、';
  const lines: string[] = [];
  for (const row of rows) {
    const owed = owedBy(row);
    if (owed.items.length === 0 && owed.targets.length === 0) continue;
    const parts = [
      owed.items.length > 0 ? t('validate.missingItem', { no: owed.items.join(join) }) : '',
      owed.targets.length > 0 ? t('validate.missingTarget', { id: owed.targets.join(join) }) : '',
    ].filter((p) => p !== '');
    lines.push(
      t('validate.missingList', {
        unit: row.report.unit,
        owed: parts.join(locale === 'en-US' ? '; ' : '；'),
      }),
    );
  }
  return lines.join('\n');
}
