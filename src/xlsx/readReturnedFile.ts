/**
 * Reads a returned file into the collect step's reader-independent model (src/workbook/collect/returnedBook.ts)
 * with SheetJS: .xlsx and .xlsm from Excel, WPS, LibreOffice or generator libraries (also packages whose parts are
 * named absolutely, `/xl/worksheets/sheet1.xml`), .xls (BIFF8, as WPS and older Excel save) and, best effort, .et.
 * Formula cells give the value the file cached, never the formula. Encrypted files are told apart from damaged
 * ones by their structure. Never throws: a file that cannot be read says why.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellValue } from '../domain/entryCells';
import { message } from '../domain/messages';
import type { Visibility } from '../workbook/plan';
import type {
  GridCell,
  ReturnedBook,
  ReturnedFileKind,
  ReturnedFileReading,
  ReturnedSheet,
} from '../workbook/collect/returnedBook';
import { isCompoundFile, isPasswordProtected, isZip } from './fileProtection';
import { compoundFiles, loadSheetJs } from './loadSheetJs';
import { readPackageProperties } from './packageProperties';

/** Bounds on what is read of one sheet: a form has tens of rows; a whole-column format must not cost a million. */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;

/** Excel's error codes as BIFF and SheetJS number them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function valueOf(cell: CellObject): CellValue {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'e':
      return { error: typeof cell.w === 'string' ? cell.w : (ERRORS[Number(cell.v)] ?? '#VALUE!') };
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString() : null;
    default:
      return null;
  }
}

/** A dense SheetJS sheet as rows of plain values, noting formula cells. */
function sheetOf(name: string, visibility: Visibility, ws: WorkSheet): ReturnedSheet {
  const data = ((ws as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? []).slice(0, MAX_ROWS);
  const formulas: GridCell[] = [];
  const rows = Array.from(data, (line, r): CellValue[] => {
    const cells = line ?? [];
    const width = Math.min(cells.length, MAX_COLUMNS);
    const values: CellValue[] = new Array<CellValue>(width).fill(null);
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (!cell) continue;
      values[c] = valueOf(cell);
      if (typeof cell.f === 'string' && cell.f !== '') formulas.push({ row: r + 1, column: c + 1 });
    }
    return values;
  });
  return { name, visibility, rows, formulas };
}

function visibilityOf(hidden: unknown): Visibility {
  return hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible';
}

/** When the file says it was saved, ISO 8601; null when it does not (or says nonsense). */
function modifiedOf(wb: WorkBook): string | null {
  const value: unknown = wb.Props?.ModifiedDate;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980) return null;
  return date.toISOString();
}

/** The custom properties SheetJS read from an .xls (text values only). */
function biffProperties(wb: WorkBook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((wb.Custprops ?? {}) as Record<string, unknown>))
    if (typeof value === 'string') out[name] = value;
  return out;
}

/** Reads a returned file; never throws. */
export async function readReturnedFile(bytes: Uint8Array): Promise<ReturnedFileReading> {
  if (bytes.length === 0) return { ok: false, reason: 'unreadable', problem: message('collect.read.empty') };
  const XLSX = await loadSheetJs();
  const kind: ReturnedFileKind = isZip(bytes) ? 'xlsx' : isCompoundFile(bytes) ? 'xls' : 'other';
  try {
    if (kind === 'xls' && isPasswordProtected(bytes, compoundFiles(XLSX)))
      return { ok: false, reason: 'password-protected', problem: message('collect.read.password') };
  } catch {
    return { ok: false, reason: 'unreadable', problem: message('collect.read.damaged') };
  }
  let wb: WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: true,
      // A formula the file cached no value for is still a cell: it is noted (and reads as blank).
      sheetStubs: true,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellText: false,
      bookVBA: false,
    });
  } catch {
    return {
      ok: false,
      reason: 'unreadable',
      problem: message(kind === 'other' ? 'collect.read.notSpreadsheet' : 'collect.read.damaged'),
    };
  }
  const states = wb.Workbook?.Sheets ?? [];
  const sheets = wb.SheetNames.flatMap((name, i) => {
    const ws = wb.Sheets[name];
    return ws ? [sheetOf(name, visibilityOf(states[i]?.Hidden), ws)] : [];
  });
  const book: ReturnedBook = {
    kind,
    sheets,
    properties: kind === 'xlsx' ? readPackageProperties(bytes) : biffProperties(wb),
    modified: modifiedOf(wb),
  };
  return { ok: true, book };
}
