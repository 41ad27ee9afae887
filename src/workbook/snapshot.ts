/**
 * What a reader takes out of a workbook (an .xlsx file or the live Excel workbook): the tables with their
 * headers and raw rows, the sheets, and the `_wp_meta` grid. Pure data, produced by src/xlsx and src/excel.
 */
import type { CellValue, SheetRow } from './format';
import type { Visibility } from './plan';

/** One Excel table as read: headers from its header row, data rows with their sheet row numbers. */
export interface TableSnapshot {
  name: string;
  sheet: string;
  /** A1 address of the header row's first cell. */
  topLeft: string;
  headers: string[];
  rows: SheetRow[];
  /** Number format of each column's first non-blank data cell (null when General or unknown). */
  numberFormats: (string | null)[];
}

/** A workbook as read by one of the readers. */
export interface WorkbookSnapshot {
  sheets: { name: string; visibility: Visibility }[];
  tables: TableSnapshot[];
  /** Used range of the `_wp_meta` sheet (rows of cells from A1), or null when the sheet is absent. */
  meta: CellValue[][] | null;
}
