/** Positions of the WP_Entries columns and A1 cell references. */
import { ENTRY_COLUMNS, type EntryColumn } from '../entryCells';

/** 0-based index of each WP_Entries column. */
export const COL = {
  period: 0,
  unit: 1,
  item: 2,
  target: 3,
  value: 4,
  measure: 5,
  progress: 6,
  problems: 7,
  reporter: 8,
  status: 9,
} as const;

/** Columns users fill in; a row blank in all of them is a blank row (校验状态 is ours, not theirs). */
export const INPUT_COLUMN_COUNT = COL.status;

/** The header of a column index. */
export function columnName(index: number): EntryColumn {
  return ENTRY_COLUMNS[index] ?? ENTRY_COLUMNS[0];
}

/** The index of a header in ENTRY_COLUMNS, or -1. */
export function columnIndex(column: string): number {
  return (ENTRY_COLUMNS as readonly string[]).indexOf(column);
}

/** The A1 reference of a cell, assuming the table starts in column A (as the workbook plan places it). */
export function cellRef(index: number, row: number): string {
  return `${String.fromCharCode(65 + index)}${row}`;
}
