/** Positions of the WP_Entries columns (0-based indexes; where they sit on a sheet is src/workbook's business). */
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
