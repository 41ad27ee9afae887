/**
 * Entry cells as the domain reads them: the columns of a progress entry (进度填报), a raw cell value and a row
 * with its sheet row number. The workbook format (src/workbook/format.ts) lays these columns out as `WP_Entries`.
 */

/** The columns of an entry, in contract order (the header row of `WP_Entries`). */
export const ENTRY_COLUMNS = [
  '报告期',
  '填报单位',
  '序号',
  '指标编号',
  '累计完成值',
  '计量单位',
  '工作进展',
  '存在问题',
  '填报人',
  '校验状态',
] as const;

/** A column of an entry. */
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

/** A raw cell value as a workbook gives it: error values such as `#N/A` arrive as `{ error }`. */
export type CellValue = string | number | boolean | null | { error: string };

/** One row of a table as read from a workbook, with its 1-based sheet row number. */
export interface SheetRow {
  row: number;
  values: CellValue[];
}
