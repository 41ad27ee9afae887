/**
 * Where things are in a worksheet's XML text: each row and cell element's offsets, the children of the cells an
 * edit will rewrite, formula kinds, and the elements after `sheetData` whose ranges an edit may have to follow
 * (dimension, merges, hyperlinks, data validations, conditional formats). One saxes pass with positions; the
 * editor then splices the text at these offsets, so every byte it does not rewrite stays as it was.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { columnOfReference } from '../sheetScan';
import { localName, XmlSyntaxError } from '../xml';

/** A child element of a cell (`f`, `v`, `is`, `extLst`). */
export interface CellChild {
  local: string;
  start: number;
  end: number;
}

/** A `<c>` element. */
export interface IndexedCell {
  col: number;
  start: number;
  /** Just after the start tag. */
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** The cell's formula element attributes, when it has one. */
  formula?: { kind: string | undefined; ref: string | undefined; si: string | undefined };
  /** Children, recorded only for the cells the caller asked about. */
  children?: CellChild[];
}

/** A `<row>` element. */
export interface IndexedRow {
  r: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  cells: IndexedCell[];
}

/** An element whose start tag an edit may rewrite. */
export interface IndexedTag {
  local: string;
  start: number;
  openEnd: number;
  end: number;
  attributes: Record<string, string>;
}

/** The index of one worksheet text. */
export interface SheetIndex {
  /** Namespace prefix of the worksheet's elements (`` for the default namespace, `x` for `x:row`). */
  prefix: string;
  sheetData: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean };
  rows: IndexedRow[];
  dimension?: IndexedTag;
  mergeCells?: IndexedTag;
  merges: IndexedTag[];
  hyperlinks: IndexedTag[];
  dataValidations: IndexedTag[];
  conditionalFormats: IndexedTag[];
  /** Ranges of array and data-table formulas. */
  formulaBlocks: string[];
  /** Start offset of each top-level child of the worksheet, by local name (the first one of a name). */
  topLevel: Map<string, IndexedTag>;
  /** `<col>` ranges with their style (what a new cell in that column takes). */
  columns: { min: number; max: number; style: number | undefined }[];
}

/** Indexes a worksheet text. `detail(row, col)` says which cells' children to record. */
export function indexSheet(text: string, detail: (row: number, col: number) => boolean): SheetIndex {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const rows: IndexedRow[] = [];
  const merges: IndexedTag[] = [];
  const hyperlinks: IndexedTag[] = [];
  const dataValidations: IndexedTag[] = [];
  const conditionalFormats: IndexedTag[] = [];
  const formulaBlocks: string[] = [];
  const topLevel = new Map<string, IndexedTag>();
  const columns: SheetIndex['columns'] = [];
  let prefix = '';
  let sheetData: SheetIndex['sheetData'] | undefined;
  let dimension: IndexedTag | undefined;
  let mergeCells: IndexedTag | undefined;
  let depth = 0;
  let row: IndexedRow | null = null;
  let cell: IndexedCell | null = null;
  let cellDepth = 0;
  let child: CellChild | null = null;
  let lastRow = 0;
  let failure: Error | undefined;
  // Elements whose end offsets are filled in at their close tag.
  const open: (IndexedTag | null)[] = [];

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const end = parser.position;
    const name = tag.name;
    const local = localName(name);
    const start = text.lastIndexOf('<', end - 1);
    depth++;
    if (cell) {
      cellDepth++;
      if (cellDepth === 1) {
        if (local === 'f')
          cell.formula = { kind: tag.attributes.t, ref: tag.attributes.ref, si: tag.attributes.si };
        if (cell.children) child = { local, start, end };
        if (
          local === 'f' &&
          (tag.attributes.t === 'array' || tag.attributes.t === 'dataTable') &&
          tag.attributes.ref
        )
          formulaBlocks.push(tag.attributes.ref);
      }
      open.push(null);
      return;
    }
    if (row && local === 'c') {
      const ref = tag.attributes.r;
      const previous = row.cells[row.cells.length - 1];
      const col = ref === undefined ? (previous ? previous.col + 1 : 1) : columnOfReference(ref);
      cell = { col, start, openEnd: end, end, selfClosing: tag.isSelfClosing };
      if (detail(row.r, col)) cell.children = [];
      cellDepth = 0;
      row.cells.push(cell);
      open.push(null);
      return;
    }
    if (depth === 1) prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
    const entry: IndexedTag = { local, start, openEnd: end, end, attributes: tag.attributes };
    if (depth === 2 && !topLevel.has(local)) topLevel.set(local, entry);
    if (local === 'sheetData' && depth === 2) {
      sheetData = { start, openEnd: end, closeStart: end, end, selfClosing: tag.isSelfClosing };
    } else if (local === 'row' && sheetData && depth === 3) {
      const r = tag.attributes.r === undefined ? lastRow + 1 : parseInt(tag.attributes.r, 10);
      lastRow = r;
      row = { r, start, openEnd: end, closeStart: end, end, selfClosing: tag.isSelfClosing, cells: [] };
      rows.push(row);
    } else if (local === 'dimension' && depth === 2) dimension = entry;
    else if (local === 'mergeCells' && depth === 2) mergeCells = entry;
    else if (local === 'mergeCell' && depth === 3) merges.push(entry);
    else if (local === 'hyperlink' && depth === 3) hyperlinks.push(entry);
    else if (local === 'dataValidation' && depth === 3) dataValidations.push(entry);
    else if (local === 'conditionalFormatting' && depth === 2) conditionalFormats.push(entry);
    else if (local === 'col' && depth === 3) {
      const style = tag.attributes.style;
      columns.push({
        min: parseInt(tag.attributes.min ?? '0', 10),
        max: parseInt(tag.attributes.max ?? '0', 10),
        style: style === undefined ? undefined : parseInt(style, 10),
      });
    }
    open.push(entry);
  });
  parser.on('closetag', (tag) => {
    const end = parser.position;
    depth--;
    const entry = open.pop();
    if (cell) {
      if (cellDepth === 0) {
        cell.end = end;
        cell = null;
        return;
      }
      if (cellDepth === 1 && child && cell.children) {
        child.end = end;
        cell.children.push(child);
        child = null;
      }
      cellDepth--;
      return;
    }
    if (entry) entry.end = end;
    const local = localName(tag.name);
    if (row && local === 'row') {
      row.end = end;
      row.closeStart = row.selfClosing ? row.openEnd : text.lastIndexOf('<', end - 1);
      row = null;
    } else if (sheetData && local === 'sheetData' && depth === 1) {
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
    prefix,
    sheetData,
    rows,
    ...(dimension ? { dimension } : {}),
    ...(mergeCells ? { mergeCells } : {}),
    merges,
    hyperlinks,
    dataValidations,
    conditionalFormats,
    formulaBlocks,
    topLevel,
    columns,
  };
}
