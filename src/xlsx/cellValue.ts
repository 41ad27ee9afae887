/** exceljs cell values → the raw values a workbook reader hands on (what Excel's `values` would show). */
import type { Cell } from 'exceljs';
import type { CellValue } from '../domain/entryCells';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 and 1904 date systems. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The serial number behind a date exceljs decoded from a date-formatted number cell. exceljs rounds to the
 * millisecond when decoding, so this is exact for dates and for times to the millisecond.
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

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
