/** Turns what Office.js returns (`values` + `valueTypes`) into the workbook layer's CellValue. */
import type { CellValue } from '../domain/entryCells';

/** One cell: empty → null, error → `{ error }`, else the value. */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** Whether every cell of a row is empty. */
export function isBlankRow(row: CellValue[]): boolean {
  return row.every((v) => v === null);
}
