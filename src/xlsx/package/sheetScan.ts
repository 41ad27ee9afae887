/**
 * One pass of saxes over a worksheet part, keeping only the cells that exist in the XML (never the declared
 * `dimension`): their values as a reader hands them on, whether they hold a formula, their style; the row
 * styles, column styles, merged ranges and table relationship ids. A stray value in row 1,048,576 is one cell.
 *
 * Values follow src/xlsx/cellValue.ts: shared and inline strings (runs joined, `_xHHHH_` decoded), numbers,
 * booleans, errors as `{ error }`, date-formatted numbers as the serial exceljs would give (millisecond
 * resolution), a formula as its cached value.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { dateToSerial } from '../cellValue';
import type { CellValue } from '../../domain/entryCells';
import type { StyleFormats } from './numberFormats';
import { runSax } from './saxStream';
import { decodeXlsxText } from './text';
import { localName } from './xml';

/** A cell present in the sheet XML. */
export interface ScannedCell {
  col: number;
  value: CellValue;
  /** The cell holds a formula (its cached value is `value`). */
  formula: boolean;
  /** The XML carries a value or formula (exceljs: a cell of a type other than Null). */
  valued: boolean;
  style: number | undefined;
}

/** A row present in the sheet XML, its cells in column order. */
export interface ScannedRow {
  r: number;
  style: number | undefined;
  cells: ScannedCell[];
}

/** A `<col>` range with its style. */
export interface ColumnStyle {
  min: number;
  max: number;
  style: number | undefined;
}

/** What one pass over a worksheet keeps. */
export interface ScannedSheet {
  /** Rows in ascending order. */
  rows: ScannedRow[];
  /** `mergeCell` refs as written, in document order. */
  merges: string[];
  /** Relationship ids of `tablePart`s, in document order. */
  tableRelationshipIds: string[];
  columns: ColumnStyle[];
}

/** What the scan needs from the rest of the package. */
export interface ScanContext {
  sharedString(index: number): string | null;
  formats: StyleFormats;
  date1904: boolean;
}

/** 1-based column number of the letters of an A1 reference (`AB12` → 28); 0 when there are none. */
export function columnOfReference(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else if (c !== 36) break; // `$`
  }
  return n;
}

/** The serial exceljs reports for a date-formatted number: decoded to a Date at 1 ms, then back. */
function dateSerial(value: number, date1904: boolean): number {
  const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? value : dateToSerial(date, date1904);
}

function numberValue(text: string, style: number | undefined, context: ScanContext): number {
  const n = parseFloat(text);
  return context.formats.isDate(style) ? dateSerial(n, context.date1904) : n;
}

/** The value of a cell from its type attribute and text (`<v>` or inline string). */
function plainCellValue(
  type: string | undefined,
  text: string,
  style: number | undefined,
  context: ScanContext,
): CellValue {
  switch (type) {
    case 's':
      return context.sharedString(parseInt(text, 10));
    case 'str':
      return text;
    case 'inlineStr':
      return decodeXlsxText(text);
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 'd': {
      // ISO 8601 date cells (rare; Excel never writes them): the serial of the instant, in UTC.
      const ms = Date.parse(
        text.length === 10 ? `${text}T00:00:00Z` : /Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`,
      );
      return Number.isNaN(ms) ? text : dateToSerial(new Date(ms), context.date1904);
    }
    default:
      return numberValue(text, style, context);
  }
}

/** The cached result of a formula cell. */
function formulaResult(
  type: string | undefined,
  text: string,
  style: number | undefined,
  context: ScanContext,
): CellValue {
  if (text === '') return null;
  switch (type) {
    case 'str':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    default:
      return numberValue(text, style, context);
  }
}

function ascending(rows: ScannedRow[]): ScannedRow[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++)
    sorted = (rows[i - 1] as ScannedRow).r < (rows[i] as ScannedRow).r;
  if (sorted) return rows;
  // Out of order or repeated rows: the last one of a number wins, as in exceljs.
  const byNumber = new Map<number, ScannedRow>();
  for (const row of rows) byNumber.set(row.r, row);
  return [...byNumber.values()].sort((a, b) => a.r - b.r);
}

function orderCells(row: ScannedRow): void {
  const cells = row.cells;
  for (let i = 1; i < cells.length; i++) {
    if ((cells[i - 1] as ScannedCell).col < (cells[i] as ScannedCell).col) continue;
    const byCol = new Map<number, ScannedCell>();
    for (const cell of cells) byCol.set(cell.col, cell);
    row.cells = [...byCol.values()].sort((a, b) => a.col - b.col);
    return;
  }
}

/** Scans a worksheet part. Throws XmlSyntaxError when it is not well-formed XML. */
export function scanSheet(bytes: Uint8Array, context: ScanContext): ScannedSheet {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const rows: ScannedRow[] = [];
  const merges: string[] = [];
  const tableRelationshipIds: string[] = [];
  const columns: ColumnStyle[] = [];

  let inSheetData = false;
  let row: ScannedRow | null = null;
  let lastRow = 0;
  // The cell being read.
  let inCell = false;
  let cellCol = 0;
  let cellType: string | undefined;
  let cellStyle: number | undefined;

  let formulaText = '';
  let formulaKind: string | undefined;
  let valueText = '';
  let valuePresent = false;
  let inlineText = '';
  let runs: string[] | null = null;
  // Where text goes: 'f', 'v', 't' (plain inline text), 'rt' (a run's text), or nowhere.
  let sink = '';
  let depthInCell = 0;
  let inRun = false;
  let inPhonetic = false;

  const styleOf = (value: string | undefined): number | undefined =>
    value === undefined ? undefined : parseInt(value, 10);

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (inCell) {
      depthInCell++;
      if (inPhonetic) return;
      if (name === 'f') {
        formulaKind = tag.attributes.t;
        sink = 'f';
      } else if (name === 'v') sink = 'v';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'r') inRun = true;
      else if (name === 't') {
        sink = inRun ? 'rt' : 't';
        if (inRun) (runs ??= []).push('');
      }
      return;
    }
    if (inSheetData) {
      if (name === 'row') {
        const r = tag.attributes.r === undefined ? lastRow + 1 : parseInt(tag.attributes.r, 10);
        lastRow = r;
        row = { r, style: styleOf(tag.attributes.s), cells: [] };
        rows.push(row);
      } else if (name === 'c' && row) {
        const ref = tag.attributes.r;
        const previous = row.cells[row.cells.length - 1];
        cellCol = ref === undefined ? (previous ? previous.col + 1 : 1) : columnOfReference(ref);
        cellType = tag.attributes.t;
        cellStyle = styleOf(tag.attributes.s);
        inCell = true;
        depthInCell = 0;

        formulaText = '';
        formulaKind = undefined;
        valueText = '';
        valuePresent = false;
        inlineText = '';
        runs = null;
        sink = '';
        inRun = false;
        inPhonetic = false;
        if (tag.isSelfClosing) finishCell();
      }
      return;
    }
    if (name === 'sheetData') inSheetData = !tag.isSelfClosing;
    else if (name === 'mergeCell' && tag.attributes.ref !== undefined) merges.push(tag.attributes.ref);
    else if (name === 'tablePart') {
      const id = Object.entries(tag.attributes).find(([k]) => localName(k) === 'id')?.[1];
      if (id !== undefined) tableRelationshipIds.push(id);
    } else if (name === 'col') {
      columns.push({
        min: parseInt(tag.attributes.min ?? '0', 10),
        max: parseInt(tag.attributes.max ?? '0', 10),
        style: styleOf(tag.attributes.style),
      });
    }
  });

  parser.on('text', (text) => {
    if (!inCell || inPhonetic) return;
    if (sink === 'v') {
      valueText += text;
      valuePresent = true;
    } else if (sink === 'f') formulaText += text;
    else if (sink === 't') {
      inlineText += text;
      valuePresent = true;
    } else if (sink === 'rt' && runs) {
      runs[runs.length - 1] += text;
      valuePresent = true;
    }
  });

  function finishCell(): void {
    inCell = false;
    if (!row) return;
    const formula = formulaText !== '' || (formulaKind !== undefined && formulaKind !== '');
    let value: CellValue = null;
    if (formula) value = formulaResult(cellType, valueText, cellStyle, context);
    else if (runs !== null) value = runs.map(decodeXlsxText).join('');
    else if (valuePresent)
      value = plainCellValue(
        cellType,
        cellType === 'inlineStr' ? inlineText || valueText : valueText + inlineText,
        cellStyle,
        context,
      );
    const valued = formula || valuePresent;
    // exceljs skips a cell with neither value nor style; one with a style is kept as an empty cell.
    if (!valued && !cellStyle) return;
    row.cells.push({ col: cellCol, value, formula, valued, style: cellStyle });
  }

  parser.on('closetag', (tag) => {
    if (inCell) {
      if (depthInCell === 0) {
        finishCell();
        return;
      }
      depthInCell--;
      const name = localName(tag.name);
      if (inPhonetic) {
        if (name === 'rPh') inPhonetic = false;
        return;
      }
      if (name === 'r') inRun = false;
      if (name === 'f' || name === 'v' || name === 't') sink = '';
      return;
    }
    if (inSheetData) {
      const name = localName(tag.name);
      if (name === 'sheetData') inSheetData = false;
      else if (name === 'row') row = null;
    }
  });

  runSax(parser, bytes);
  const ordered = ascending(rows);
  for (const r of ordered) orderCells(r);
  return { rows: ordered, merges, tableRelationshipIds, columns };
}
