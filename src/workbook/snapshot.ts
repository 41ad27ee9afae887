/**
 * What a reader takes out of a workbook (an .xlsx file or the live Excel workbook): the tables with their
 * headers and raw rows, the sheets, and the `_wp_meta` grid. Pure data, produced by src/xlsx and src/excel.
 */
import type { CellValue, SheetRow } from '../domain/entryCells';
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
  /** Data cells that held a formula (their cached result is in `rows`); absent when the reader does not tell. */
  formulaCells?: CellRef[];
  /**
   * Rows typed directly below the table within its columns (LibreOffice and WPS do not grow tables), up to the
   * last non-blank one; blank rows in between are included so row numbers stay continuous. Absent when not read.
   */
  rowsBelow?: SheetRow[];
}

/** A cell of a table: its sheet row number and its 0-based column index within the table. */
export interface CellRef {
  row: number;
  column: number;
}

/** A merged block of cells on a sheet. */
export interface MergeSnapshot {
  sheet: string;
  /** A1 range such as `B5:B7`. */
  range: string;
}

/** A workbook as read by one of the readers. */
export interface WorkbookSnapshot {
  sheets: { name: string; visibility: Visibility }[];
  tables: TableSnapshot[];
  /** Used range of the `_wp_meta` sheet (rows of cells from A1), or null when the sheet is absent. */
  meta: CellValue[][] | null;
  /** Merged cells of every sheet; absent when the reader does not tell. */
  merges?: MergeSnapshot[];
  /**
   * The 进度填报 sheet read as a plain range (header row at `topLeft`, name '') when it holds no `WP_Entries`
   * table, e.g. after "convert to range"; absent otherwise.
   */
  plainEntries?: TableSnapshot;
}
