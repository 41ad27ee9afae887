/** exceljs cell values → the raw values a workbook reader hands on (what Excel's `values` would show). */
import type { Cell } from 'exceljs';
import type { CellValue } from '../../../src/domain/entryCells';

import { dateToSerial } from '../../../src/workbook/excelDate';

function richTextOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return null;
}

/** A plain value from whatever exceljs holds (formula results and hyperlink texts included). */
export function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  const rich = richTextOf(value);
  if (rich !== null) return rich;
  // A formula (shared or not): the value the file cached for it; a user's formula is never carried on.
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? plainValue(value.result, date1904) : null;
  if ('text' in value) return richTextOf(value.text) ?? (typeof value.text === 'string' ? value.text : null);
  return null;
}

/** The value of one cell; the slave cells of a merge read as blank. */
export function cellValue(cell: Cell, date1904: boolean): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return plainValue(cell.value, date1904);
}
