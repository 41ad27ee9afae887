/**
 * Which entry rows the summary counts, indexed in one pass.
 * The rule is the one the sheet's SUMIFS/COUNTIFS apply: the period label, unit and target id exactly as in
 * the cells, 校验状态 not 错误, and for figures a real number in 累计完成值. Several counted figures for
 * the same reporter, target and period are added up, as SUMIFS does (validation marks all duplicates but
 * the last as 错误, so normally exactly one counts).
 */
import type { NormalizedEntry } from '../entries';

/** The counted figure of one reporter for one target. */
export interface CountedFigure {
  sum: number;
  rows: number;
}

/** Counted rows of one period, keyed for O(1) lookups. */
export interface CountedRows {
  figure(target: string, unit: string): CountedFigure | undefined;
  /** Whether the unit has any row for the item (figure, text or neither) not marked 错误. */
  hasRow(item: number, unit: string): boolean;
  /** Whether the unit has a row for the item with progress text, not marked 错误. */
  hasText(item: number, unit: string): boolean;
  /** Whether any unit sent progress text for the item, not marked 错误. */
  hasAnyText(item: number): boolean;
}

function key(a: string | number, b: string): string {
  return `${a}\u0000${b}`;
}

/** Indexes the rows of `period` that formulas can count. */
export function indexCountedRows(entries: readonly NormalizedEntry[], period: string): CountedRows {
  const figures = new Map<string, CountedFigure>();
  const rows = new Set<string>();
  const texts = new Set<string>();
  const itemTexts = new Set<number>();
  for (const entry of entries) {
    if (entry.status === 'error' || entry.period !== period) continue;
    if (entry.item !== null) {
      const itemKey = key(entry.item, entry.unit);
      rows.add(itemKey);
      if (entry.progress !== '') {
        texts.add(itemKey);
        itemTexts.add(entry.item);
      }
    }
    if (entry.target === null || entry.value === null) continue;
    const figureKey = key(entry.target, entry.unit);
    const figure = figures.get(figureKey);
    if (figure) {
      figure.sum += entry.value;
      figure.rows += 1;
    } else {
      figures.set(figureKey, { sum: entry.value, rows: 1 });
    }
  }
  return {
    figure: (target, unit) => figures.get(key(target, unit)),
    hasRow: (item, unit) => rows.has(key(item, unit)),
    hasText: (item, unit) => texts.has(key(item, unit)),
    hasAnyText: (item) => itemTexts.has(item),
  };
}
