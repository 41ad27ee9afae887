/**
 * Excel refuses a cell holding more than 32,767 characters: Excel truncates or will not open such a file, and
 * LibreOffice cuts it silently. A writer checks what it is about to write first and refuses the whole write,
 * naming the sheet and cell, rather than lose the end of a user's text.
 */
import { LedgerError } from '../domain/messages';
import { indexToLetters, parseAddress } from './address';
import type { PlanValue, WorkbookPlan } from './plan';

/** Most characters (UTF-16 code units, as Excel counts them) one cell may hold. */
export const EXCEL_CELL_LIMIT = 32767;

/** One cell a writer is about to write. */
export interface CellWrite {
  sheet: string;
  /** A1 address, e.g. `F12`. */
  address: string;
  value: PlanValue | undefined;
}

/** A cell whose text is over the limit. */
export interface OverLongCell {
  sheet: string;
  address: string;
  length: number;
}

/** The cells among `writes` whose text is over Excel's limit, in the order given. */
export function overLongCells(writes: Iterable<CellWrite>): OverLongCell[] {
  const found: OverLongCell[] = [];
  for (const write of writes) {
    if (typeof write.value === 'string' && write.value.length > EXCEL_CELL_LIMIT)
      found.push({ sheet: write.sheet, address: write.address, length: write.value.length });
  }
  return found;
}

/** Every literal cell a plan writes: loose cells, table headers and table rows (formula columns excluded). */
export function* planCellWrites(plan: WorkbookPlan): Generator<CellWrite> {
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) yield { sheet: sheet.name, address: cell.address, value: cell.value };
    for (const table of sheet.tables) {
      const { row: top, col: left } = parseAddress(table.topLeft);
      for (const [j, column] of table.columns.entries()) {
        yield { sheet: sheet.name, address: `${indexToLetters(left + j)}${top}`, value: column.header };
      }
      for (const [i, values] of table.rows.entries()) {
        for (const [j, value] of values.entries()) {
          if (table.columns[j]?.formula) continue;
          yield { sheet: sheet.name, address: `${indexToLetters(left + j)}${top + 1 + i}`, value };
        }
      }
    }
  }
}

/** The refusal for cells over the limit (naming the first and how many), or null when there is none. */
export function overLongError(found: readonly OverLongCell[]): LedgerError | null {
  const [first] = found;
  if (!first) return null;
  const params = { sheet: first.sheet, cell: first.address, length: first.length, limit: EXCEL_CELL_LIMIT };
  return found.length === 1
    ? new LedgerError('cells.tooLong', params)
    : new LedgerError('cells.tooLongMany', { ...params, count: found.length });
}

/** Throws the refusal when any cell of the plan or of the extra writes is over Excel's limit. */
export function assertCellsFit(plan: WorkbookPlan | null, extra: Iterable<CellWrite> = []): void {
  const error = overLongError([...overLongCells(plan ? planCellWrites(plan) : []), ...overLongCells(extra)]);
  if (error) throw error;
}
