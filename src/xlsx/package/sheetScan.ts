/**
 * One pass of saxes over a worksheet's XML text, keeping only the cells that exist in the XML (never the
 * declared `dimension`) — a stray value in row 1,048,576 is one cell — with, for each row and cell, where it sits
 * in the text. The reader takes the cells' values from it; the editor takes the offsets to splice its edits in,
 * so a sheet read and then edited is parsed once.
 *
 * Values follow what Excel's `values` show: shared and inline strings (runs joined, `_xHHHH_` decoded), numbers,
 * booleans, errors as `{ error }`, date-formatted numbers as the serial exceljs gives (millisecond resolution),
 * a formula as its cached value.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { dateToSerial } from '../../workbook/excelDate';
import type { CellValue } from '../../domain/entryCells';
import type { StyleFormats } from './numberFormats';
import { decodeXlsxText } from './text';
import { localName, XmlSyntaxError } from './xml';

/** A child element of a cell the editor keeps when it replaces the value (`extLst`). */
export interface CellChild {
  local: string;
  start: number;
  end: number;
}

/** A `<c>` element. */
export interface ScannedCell {
  col: number;
  /** The value a reader hands on (null when scanned without a value context). */
  value: CellValue;
  /** The cell holds a formula (its cached value is `value`). */
  formula: boolean;
  /** The XML carries a value or formula (exceljs: a cell of a type other than Null). */
  valued: boolean;
  style: number | undefined;
  /** Neither value nor style: exceljs does not create such a cell. */
  bare: boolean;
  /** The start tag names the cell (`r="B2"`); without it a cell follows the previous one. */
  named: boolean;
  start: number;
  /** Just after the start tag. */
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** The formula element's kind, range and shared index, when the cell has one. */
  formulaInfo?: { kind: string | undefined; ref: string | undefined; si: string | undefined };
  /** `extLst` children. */
  children?: CellChild[];
}

/** A `<row>` element, its cells in document order. */
export interface ScannedRow {
  r: number;
  style: number | undefined;
  cells: ScannedCell[];
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** A `<col>` range with its style. */
export interface ColumnStyle {
  min: number;
  max: number;
  style: number | undefined;
}

/** An element whose start tag an edit may rewrite. */
export interface IndexedTag {
  local: string;
  start: number;
  openEnd: number;
  end: number;
  attributes: Record<string, string>;
}

/** What one pass over a worksheet keeps. */
export interface ScannedSheet {
  /** Rows in document order. */
  rows: ScannedRow[];
  /** Rows ascending and unique, cells of each ascending and unique (as every generator writes them). */
  ordered: boolean;
  /** `mergeCell` refs as written, in document order. */
  merges: string[];
  /** Relationship ids of `tablePart`s, in document order. */
  tableRelationshipIds: string[];
  columns: ColumnStyle[];
  /** Namespace prefix of the worksheet's elements (`` for the default namespace, `x` for `x:row`). */
  prefix: string;
  sheetData: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean };
  dimension?: IndexedTag;
  mergeTags: IndexedTag[];
  hyperlinks: IndexedTag[];
  dataValidations: IndexedTag[];
  conditionalFormats: IndexedTag[];
  /** Ranges of array and data-table formulas. */
  formulaBlocks: string[];
}

/** What reading values needs from the rest of the package. */
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
      const iso =
        text.length === 10 ? `${text}T00:00:00Z` : /Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`;
      const ms = Date.parse(iso);
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

function isOrdered(rows: ScannedRow[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ScannedRow;
    if (i > 0 && (rows[i - 1] as ScannedRow).r >= row.r) return false;
    for (let j = 1; j < row.cells.length; j++)
      if ((row.cells[j - 1] as ScannedCell).col >= (row.cells[j] as ScannedCell).col) return false;
  }
  return true;
}

/**
 * Scans a worksheet text. With a context the cells carry their values; without one (the editor on a sheet the
 * reader did not scan) only where they are. Throws XmlSyntaxError when the text is not well-formed XML.
 */
export function scanSheet(text: string, context?: ScanContext): ScannedSheet {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const rows: ScannedRow[] = [];
  const merges: string[] = [];
  const mergeTags: IndexedTag[] = [];
  const tableRelationshipIds: string[] = [];
  const columns: ColumnStyle[] = [];
  const hyperlinks: IndexedTag[] = [];
  const dataValidations: IndexedTag[] = [];
  const conditionalFormats: IndexedTag[] = [];
  const formulaBlocks: string[] = [];
  let prefix = '';
  let sheetData: ScannedSheet['sheetData'] | undefined;
  let dimension: IndexedTag | undefined;
  let failure: Error | undefined;

  let depth = 0;
  let row: ScannedRow | null = null;
  let lastRow = 0;
  // The cell being read.
  let cell: ScannedCell | null = null;
  let cellType: string | undefined;
  let cellDepth = 0;
  let formulaText = '';
  let formulaKind: string | undefined;
  let valueText = '';
  let valuePresent = false;
  let inlineText = '';
  let runs: string[] | null = null;
  // Where text goes: 1 `<f>`, 2 `<v>`, 3 plain inline `<t>`, 4 a run's `<t>`, 0 nowhere.
  let sink = 0;
  let inRun = false;
  let inPhonetic = false;
  let childStart = 0;
  // Tags outside sheetData whose end offsets are filled in at their close tag.
  const open: (IndexedTag | null)[] = [];

  const styleOf = (value: string | undefined): number | undefined =>
    value === undefined ? undefined : parseInt(value, 10);

  function finishCell(end: number): void {
    const c = cell as ScannedCell;
    c.end = end;
    cell = null;
    const formula = formulaText !== '' || (formulaKind !== undefined && formulaKind !== '');
    const valued = formula || valuePresent;
    c.formula = formula;
    c.valued = valued;
    c.bare = !valued && !c.style;
    if (!context) return;
    if (formula) c.value = formulaResult(cellType, valueText, c.style, context);
    else if (runs !== null) c.value = runs.map(decodeXlsxText).join('');
    else if (valuePresent)
      c.value = plainCellValue(
        cellType,
        cellType === 'inlineStr' ? inlineText || valueText : valueText + inlineText,
        c.style,
        context,
      );
  }

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const end = parser.position;
    const name = tag.name;
    if (cell) {
      cellDepth++;
      const local = localName(name);
      if (cellDepth === 1) {
        if (local === 'f') {
          formulaKind = tag.attributes.t;
          cell.formulaInfo = { kind: formulaKind, ref: tag.attributes.ref, si: tag.attributes.si };
          if ((formulaKind === 'array' || formulaKind === 'dataTable') && tag.attributes.ref)
            formulaBlocks.push(tag.attributes.ref);
          sink = 1;
        } else if (local === 'v') sink = 2;
        else if (local === 'extLst') childStart = text.lastIndexOf('<', end - 1);
        return;
      }
      if (inPhonetic) return;
      if (local === 'rPh') inPhonetic = true;
      else if (local === 'r') inRun = true;
      else if (local === 't') {
        sink = inRun ? 4 : 3;
        if (inRun) (runs ??= []).push('');
      }
      return;
    }
    depth++;
    const start = text.lastIndexOf('<', end - 1);
    if (row) {
      // A cell (anything else inside a row is skipped).
      if (localName(name) !== 'c') {
        open.push(null);
        return;
      }
      const ref = tag.attributes.r;
      const previous = row.cells[row.cells.length - 1];
      const style = styleOf(tag.attributes.s);
      cell = {
        col: ref === undefined ? (previous ? previous.col + 1 : 1) : columnOfReference(ref),
        value: null,
        formula: false,
        valued: false,
        style,
        bare: false,
        named: ref !== undefined,
        start,
        openEnd: end,
        end,
        selfClosing: tag.isSelfClosing,
      };
      row.cells.push(cell);
      cellType = tag.attributes.t;
      cellDepth = 0;
      formulaText = '';
      formulaKind = undefined;
      valueText = '';
      valuePresent = false;
      inlineText = '';
      runs = null;
      sink = 0;
      inRun = false;
      inPhonetic = false;
      depth--;
      return;
    }
    const local = localName(name);
    if (depth === 1) prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
    if (local === 'row' && sheetData && depth === 3) {
      const r = tag.attributes.r === undefined ? lastRow + 1 : parseInt(tag.attributes.r, 10);
      lastRow = r;
      row = {
        r,
        style: styleOf(tag.attributes.s),
        cells: [],
        start,
        openEnd: end,
        closeStart: end,
        end,
        selfClosing: tag.isSelfClosing,
      };
      rows.push(row);
      open.push(null);
      return;
    }
    const entry: IndexedTag = { local, start, openEnd: end, end, attributes: tag.attributes };
    open.push(entry);
    if (local === 'sheetData' && depth === 2)
      sheetData = { start, openEnd: end, closeStart: end, end, selfClosing: tag.isSelfClosing };
    else if (local === 'dimension' && depth === 2) dimension = entry;
    else if (local === 'mergeCell' && depth === 3) {
      mergeTags.push(entry);
      if (tag.attributes.ref !== undefined) merges.push(tag.attributes.ref);
    } else if (local === 'hyperlink' && depth === 3) hyperlinks.push(entry);
    else if (local === 'dataValidation' && depth === 3) dataValidations.push(entry);
    else if (local === 'conditionalFormatting' && depth === 2) conditionalFormats.push(entry);
    else if (local === 'tablePart' && depth === 3) {
      const id = Object.entries(tag.attributes).find(([k]) => localName(k) === 'id')?.[1];
      if (id !== undefined) tableRelationshipIds.push(id);
    } else if (local === 'col' && depth === 3) {
      columns.push({
        min: parseInt(tag.attributes.min ?? '0', 10),
        max: parseInt(tag.attributes.max ?? '0', 10),
        style: styleOf(tag.attributes.style),
      });
    }
  });

  parser.on('text', (t) => {
    if (!cell || inPhonetic || sink === 0) return;
    if (sink === 2) {
      valueText += t;
      valuePresent = true;
    } else if (sink === 1) formulaText += t;
    else if (sink === 3) {
      inlineText += t;
      valuePresent = true;
    } else if (runs) {
      runs[runs.length - 1] += t;
      valuePresent = true;
    }
  });

  parser.on('closetag', (tag) => {
    const end = parser.position;
    if (cell) {
      if (cellDepth === 0) {
        finishCell(end);
        return;
      }
      const local = localName(tag.name);
      if (cellDepth === 1 && local === 'extLst')
        (cell.children ??= []).push({ local, start: childStart, end });
      cellDepth--;
      if (inPhonetic) {
        if (local === 'rPh') inPhonetic = false;
        return;
      }
      if (local === 'r') inRun = false;
      if (local === 'f' || local === 'v' || local === 't') sink = 0;
      return;
    }
    depth--;
    const entry = open.pop();
    if (entry) entry.end = end;
    if (row && depth === 2) {
      row.end = end;
      row.closeStart = row.selfClosing ? row.openEnd : text.lastIndexOf('<', end - 1);
      row = null;
    } else if (sheetData && depth === 1 && entry?.local === 'sheetData') {
      sheetData.end = end;
      sheetData.closeStart = sheetData.selfClosing ? sheetData.openEnd : text.lastIndexOf('<', end - 1);
    }
  });

  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure || !sheetData) throw new XmlSyntaxError(failure?.message ?? 'no sheetData');
  return {
    rows,
    ordered: isOrdered(rows),
    merges,
    tableRelationshipIds,
    columns,
    prefix,
    sheetData,
    ...(dimension ? { dimension } : {}),
    mergeTags,
    hyperlinks,
    dataValidations,
    conditionalFormats,
    formulaBlocks,
  };
}
