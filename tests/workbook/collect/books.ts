/** Returned books built in code for the recogniser's tests: a form's sheet as rows of cells. */
import type { CellValue } from '../../../src/domain/entryCells';
import { RETURN_COLUMNS } from '../../../src/workbook/returnFormFormat';
import type { ReturnedBook, ReturnedSheet } from '../../../src/workbook/collect/returnedBook';
import { returnRecordCells, returnRecord, type ReturnRecord } from '../../../src/workbook/returnFormMeta';

/** The WP_Return header, in contract order. */
export const HEADER: string[] = [...RETURN_COLUMNS.rows];

/** A row of the form by column name (the rest blank), laid out under `header`. */
export function formRow(header: readonly string[], values: Record<string, CellValue>): CellValue[] {
  return header.map((h) => values[h] ?? null);
}

/** A sheet. */
export function sheet(
  name: string,
  rows: CellValue[][],
  visibility: ReturnedSheet['visibility'] = 'visible',
): ReturnedSheet {
  return { name, visibility, rows, formulas: [] };
}

/** The `_wp_return` sheet holding a record. */
export function recordSheet(fields: Omit<ReturnRecord, 'format' | 'version'>): ReturnedSheet {
  const rows: CellValue[][] = [];
  for (const cell of returnRecordCells(returnRecord(fields))) {
    const m = /^([A-Z])(\d+)$/.exec(cell.address);
    if (!m) continue;
    const r = Number(m[2]) - 1;
    const c = (m[1] ?? 'A').charCodeAt(0) - 65;
    (rows[r] ??= [])[c] = cell.value ?? null;
  }
  return sheet('_wp_return', rows, 'veryHidden');
}

/** A book of sheets. */
export function bookOf(sheets: ReturnedSheet[], properties: Record<string, string> = {}): ReturnedBook {
  return { kind: 'xlsx', sheets, properties, modified: null };
}
