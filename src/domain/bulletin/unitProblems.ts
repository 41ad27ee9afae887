/**
 * The 存在问题 texts of a period, read from the entry rows alongside their validation: a row counts when it is
 * of the period and not marked 错误 (the rows the 汇总 sheet counts), so a stale duplicate's text is left out.
 */
import { ENTRY_COLUMNS, type SheetRow } from '../entryCells';
import type { NormalizedEntry } from '../entries';
import type { UnitProblem } from './types';

const PROBLEM_COLUMN = ENTRY_COLUMNS.indexOf('存在问题');

/** Texts of `period` from rows in contract column order, matched to validation's entries by sheet row. */
export function unitProblems(
  rows: readonly SheetRow[],
  normalized: readonly NormalizedEntry[],
  period: string,
): UnitProblem[] {
  const texts = new Map<number, string>();
  for (const row of rows) {
    const value = row.values[PROBLEM_COLUMN];
    if (typeof value === 'string' && value.trim() !== '') texts.set(row.row, value.trim());
  }
  const problems: UnitProblem[] = [];
  for (const entry of normalized) {
    const text = texts.get(entry.row);
    if (text === undefined || entry.status === 'error' || entry.period !== period) continue;
    problems.push({ unit: entry.unit, item: entry.item, target: entry.target, text });
  }
  return problems;
}
