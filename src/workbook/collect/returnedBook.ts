/**
 * A returned file as the collect step sees it, whatever program saved it (Excel, WPS, LibreOffice, a generator
 * library) and whatever reader took it apart (src/xlsx/readReturnedFile.ts): its sheets as grids of plain values,
 * which cells held formulas, hidden states, custom document properties and when it was saved. Pure data.
 */
import type { CellValue } from '../../domain/entryCells';
import type { Message } from '../../domain/messages';
import type { Visibility } from '../plan';

/** A cell by its 1-based sheet row and column. */
export interface GridCell {
  row: number;
  column: number;
}

/** One sheet: values from A1 (a formula cell holds the value the file cached for it; missing cells are blank). */
export interface ReturnedSheet {
  name: string;
  visibility: Visibility;
  /** Rows from row 1; a row may be shorter than the widest one (the rest is blank). */
  rows: CellValue[][];
  /** Cells that held a formula (their value is the result the file cached, never the formula). */
  formulas: GridCell[];
}

/** What kind of file it was. */
export type ReturnedFileKind = 'xlsx' | 'xls' | 'other';

/** A readable returned file. */
export interface ReturnedBook {
  kind: ReturnedFileKind;
  sheets: ReturnedSheet[];
  /** Custom document properties as text (`docProps/custom.xml`, or the user-defined properties of an .xls). */
  properties: Readonly<Record<string, string>>;
  /** When the saving program says it saved the file (dcterms:modified), ISO 8601; null when it does not say. */
  modified: string | null;
}

/** Why a file could not be read. */
export type UnreadableReason = 'unreadable' | 'password-protected';

/** A file as read: the book, or why there is none (with a sentence saying what to do). */
export type ReturnedFileReading =
  { ok: true; book: ReturnedBook } | { ok: false; reason: UnreadableReason; problem: Message };

/** The value of a cell of a sheet (1-based row and column), null when blank or outside the grid. */
export function gridValue(sheet: ReturnedSheet, row: number, column: number): CellValue {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}
