/** The workbook state behind the fake: what Excel would hold after each applied batch. */
import { cellCount, contains, intersects, MAX_ROWS, type Rect } from './a1';
import { FakeOfficeError, itemNotFound } from './errors';
import { type Stored } from './input';

/** Per-cell formatting the fake keeps. */
export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
}

/** One cell: contents and format. */
export interface Cell {
  stored: Stored;
  format: CellFormat;
}

/** A data-validation rule over a rectangle. */
export interface ValidationModel {
  rect: Rect;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

/** A conditional format over a rectangle; `props` holds what was set, keyed by dotted path. */
export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  props: Record<string, unknown>;
}

/** A chart on a sheet (see fake/chart.ts for what is modelled). */
export interface ChartModel {
  name: string;
  type: string;
  /** Source data: the sheet it is on and its rectangle. */
  source: { sheet: string; rect: Rect };
  seriesBy: string;
  /** Cells the chart covers after setPosition (null until positioned). */
  position: Rect | null;
  title: string;
  /** Category names range (ChartAxis.setCategoryNames, ExcelApi 1.7), null when not set. */
  categoryNames: { sheet: string; rect: Rect } | null;
  /** How often the source data was reset with setData. */
  dataResets: number;
}

/** A cell's hyperlink as Excel.RangeHyperlink describes it (ExcelApi 1.7). */
export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** A worksheet. */
export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly columnWidths = new Map<number, number>();
  /** Hidden columns (0-based), set through Range.columnHidden. */
  readonly hiddenColumns = new Set<number>();
  /** Charts in z-order (the order ChartCollection lists them). */
  readonly charts: ChartModel[] = [];
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  freezeRows = 0;
  tabColor = '';
  /** Range.hyperlink / setCellProperties hyperlinks by `row,col` (they do not move with inserted cells here). */
  readonly hyperlinks = new Map<string, HyperlinkModel>();
  readonly pageLayout: Record<string, unknown> = {};

  /** Worksheet protection (WorksheetProtection.protected, ExcelApi 1.2): cells, formats and rules are locked. */
  protected = false;

  constructor(public name: string) {}

  /** Refuses a change to a protected sheet as Excel does. */
  assertWritable(): void {
    if (this.protected)
      throw new FakeOfficeError(
        'AccessDenied',
        `You can't perform the requested operation: the worksheet '${this.name}' is protected.`,
      );
  }

  /** The cell at (row, col); empty cells are not stored. */
  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The stored contents at (row, col). */
  stored(row: number, col: number): Stored {
    return this.cell(row, col)?.stored ?? { kind: 'empty' };
  }

  /** The cell at (row, col), created when missing. */
  ensure(row: number, col: number): Cell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let c = r.get(col);
    if (!c) {
      c = { stored: { kind: 'empty' }, format: {} };
      r.set(col, c);
    }
    return c;
  }

  /** Clears contents and/or formats in a rectangle. */
  clear(rect: Rect, what: 'all' | 'contents' | 'formats'): void {
    for (const [row, cells] of this.rows) {
      if (row < rect.top || row > rect.bottom) continue;
      for (const [col, cell] of cells) {
        if (col < rect.left || col > rect.right) continue;
        if (what !== 'formats') cell.stored = { kind: 'empty' };
        if (what !== 'contents') cell.format = {};
        if (cell.stored.kind === 'empty' && Object.keys(cell.format).length === 0) cells.delete(col);
      }
    }
    if (what !== 'contents') {
      this.validations = this.validations.filter((v) => !contains(rect, v.rect));
      this.conditionalFormats = this.conditionalFormats.filter((c) => !contains(rect, c.rect));
    }
  }

  /** The smallest rectangle holding every non-empty cell (valuesOnly ignores format-only cells), or null. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [row, cells] of this.rows) {
      for (const [col, cell] of cells) {
        if (valuesOnly && cell.stored.kind === 'empty') continue;
        if (!valuesOnly && cell.stored.kind === 'empty' && Object.keys(cell.format).length === 0) continue;
        rect = rect
          ? {
              top: Math.min(rect.top, row),
              left: Math.min(rect.left, col),
              bottom: Math.max(rect.bottom, row),
              right: Math.max(rect.right, col),
            }
          : { top: row, left: col, bottom: row, right: col };
      }
    }
    return rect;
  }

  /** Moves cells in columns [left, right] from row `from` downwards by `delta` rows (negative moves up). */
  shiftRows(from: number, left: number, right: number, delta: number): void {
    const rows = [...this.rows.keys()].filter((r) => r >= from).sort((a, b) => (delta > 0 ? b - a : a - b));
    for (const row of rows) {
      const cells = this.rows.get(row);
      if (!cells) continue;
      for (const col of [...cells.keys()]) {
        if (col < left || col > right) continue;
        const cell = cells.get(col);
        cells.delete(col);
        const target = row + delta;
        if (cell && target >= from + Math.min(0, delta) && target < MAX_ROWS) {
          let dest = this.rows.get(target);
          if (!dest) {
            dest = new Map();
            this.rows.set(target, dest);
          }
          dest.set(col, cell);
        }
      }
    }
  }
}

/** An Excel table. */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header row plus data rows. */
  rect: Rect;
  style: string;
  showBandedRows: boolean;
}

/** A defined name. */
export interface NameModel {
  name: string;
  formula: string;
  comment: string;
}

/** The whole workbook. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, unknown>();
  /** Times calculation / screen updating were suspended (Office.js only keeps it until the next sync). */
  calculationSuspensions = 0;
  screenUpdatingSuspensions = 0;
  /** The sheet made active with Worksheet.activate; null means the first sheet (what Excel shows on opening). */
  activeSheet: SheetModel | null = null;
  /** What Range.select last selected (sheet name and rectangle), or null. */
  selection: { sheet: string; rect: Rect } | null = null;

  /** The sheet Excel shows: the one last activated while it still exists, else the first. */
  shownSheet(): SheetModel | undefined {
    return this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : this.sheets[0];
  }

  /** A sheet by name (case-insensitive, like Excel). */
  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** A sheet by name, or ItemNotFound. */
  requireSheet(name: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw itemNotFound(`worksheet '${name}'`);
    return s;
  }

  /** Workbook (structure) protection, ExcelApi 1.7: sheets cannot be added, deleted, hidden or renamed. */
  protected = false;
  /** Application.calculationMode: in `Manual` Excel recalculates only when asked (F9 or Application.calculate). */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  /** In manual mode: whether anything changed since the last calculation, so formula results are stale. */
  stale = false;

  /** Refuses a change to the workbook's structure while it is protected. */
  assertStructureWritable(): void {
    if (this.protected)
      throw new FakeOfficeError(
        'AccessDenied',
        "You can't perform the requested operation: the workbook is protected.",
      );
  }

  /** Adds a sheet at the end. */
  addSheet(name: string): SheetModel {
    this.assertStructureWritable();
    if (this.sheet(name))
      throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new FakeOfficeError('InvalidArgument', `Invalid worksheet name '${name}'.`);
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }

  /** A table by name (case-insensitive). */
  table(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  /** A table by name, or ItemNotFound. */
  requireTable(name: string): TableModel {
    const t = this.table(name);
    if (!t) throw itemNotFound(`table '${name}'`);
    return t;
  }

  /** Creates a table; Excel adds one blank data row when the range is a header row only. */
  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    sheet.assertWritable();
    for (const t of this.tables) {
      if (t.sheet === sheet && intersects(t.rect, rect))
        throw new FakeOfficeError('InvalidOperation', "A table can't overlap another table.");
    }
    let r = { ...rect };
    if (!hasHeaders) {
      // Excel inserts a header row above the data and names the columns Column1…; the fake shifts the data down.
      sheet.shiftRows(r.top, r.left, r.right, 1);
      for (let c = r.left; c <= r.right; c++)
        sheet.ensure(r.top, c).stored = { kind: 'text', text: `Column${c - r.left + 1}` };
      r = { ...r, bottom: r.bottom + 1 };
    }
    // Headers become unique texts, as Excel makes them: numbers and booleans turn into text, a blank header
    // becomes ColumnN, and a repeated name gets a number (单位, 单位2, …).
    const seen = new Set<string>();
    for (let c = r.left; c <= r.right; c++) {
      const h = sheet.stored(r.top, c);
      if (h.kind === 'formula')
        throw new FakeOfficeError('InvalidArgument', 'Table headers cannot be formulas.');
      let text =
        h.kind === 'text'
          ? h.text
          : h.kind === 'number' || h.kind === 'boolean'
            ? String(h.kind === 'boolean' ? (h.value ? 'TRUE' : 'FALSE') : h.value)
            : h.kind === 'error'
              ? h.error
              : `Column${c - r.left + 1}`;
      if (seen.has(text.toLowerCase())) {
        let n = 2;
        while (seen.has(`${text}${n}`.toLowerCase())) n++;
        text = `${text}${n}`;
      }
      seen.add(text.toLowerCase());
      sheet.ensure(r.top, c).stored = { kind: 'text', text };
    }
    if (r.bottom === r.top) r.bottom += 1;
    let n = 1;
    while (this.table(`Table${n}`)) n++;
    const table: TableModel = {
      name: `Table${n}`,
      sheet,
      rect: r,
      style: 'TableStyleMedium2',
      showBandedRows: true,
    };
    this.tables.push(table);
    return table;
  }

  /** Renames a table, enforcing Excel's rules for table names. */
  renameTable(table: TableModel, name: string): void {
    if (
      !/^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      name.length > 255
    ) {
      throw new FakeOfficeError('InvalidArgument', `Invalid table name '${name}'.`);
    }
    const other = this.table(name) ?? this.names.get(name.toLowerCase());
    if (other && other !== table)
      throw new FakeOfficeError('ItemAlreadyExists', `The name '${name}' is already in use.`);
    table.name = name;
  }

  /**
   * Inserts `delta` rows (or, negative, removes `-delta` rows) of cells in columns [left, right] at row `at`, as
   * Excel does when a table grows or shrinks: cells, tables, data validation, conditional formats and charts
   * that lie in that column band move with the cells below; a table below that lies only partly in the band
   * cannot be shifted, so the operation is refused as Excel refuses it ("would shift cells in a table"), with
   * the documented code for a conflicting insert or delete (InsertDeleteConflict).
   * `except` is the table being resized by the caller. Rules and formats straddling the band's edge stay put.
   */
  shiftBand(
    sheet: SheetModel,
    at: number,
    left: number,
    right: number,
    delta: number,
    except?: TableModel,
  ): void {
    if (delta === 0) return;
    const band = (r: Rect) => r.left >= left && r.right <= right;
    const touchesBand = (r: Rect) => r.left <= right && r.right >= left;
    const removedTo = delta < 0 ? at - delta - 1 : at - 1;
    for (const t of this.tables) {
      if (t === except || t.sheet !== sheet || !touchesBand(t.rect) || t.rect.bottom < at) continue;
      if (!band(t.rect) || t.rect.top < at || (delta < 0 && t.rect.top <= removedTo))
        throw new FakeOfficeError(
          'InsertDeleteConflict',
          "This operation isn't allowed. The operation is attempting to shift cells in a table on your worksheet.",
        );
    }
    if (delta < 0) sheet.clear({ top: at, left, bottom: removedTo, right }, 'all');
    sheet.shiftRows(delta < 0 ? removedTo + 1 : at, left, right, delta);
    const move = (r: Rect): Rect => ({ ...r, top: r.top + delta, bottom: r.bottom + delta });
    for (const t of this.tables)
      if (t !== except && t.sheet === sheet && band(t.rect) && t.rect.top >= at) t.rect = move(t.rect);
    const moveRule = <T extends { rect: Rect }>(rules: T[]): T[] =>
      rules.flatMap((rule) => {
        const r = rule.rect;
        if (!band(r) || r.bottom < at) return [rule];
        if (r.top > removedTo || (delta > 0 && r.top >= at)) return [{ ...rule, rect: move(r) }];
        // The rule covers the changed rows: it grows with inserted rows, loses removed ones, or goes.
        const bottom = delta > 0 ? r.bottom + delta : Math.max(r.bottom + delta, at - 1);
        const top = delta < 0 && r.top >= at ? at : r.top;
        return bottom < top ? [] : [{ ...rule, rect: { ...r, bottom } }];
      });
    sheet.validations = moveRule(sheet.validations);
    sheet.conditionalFormats = moveRule(sheet.conditionalFormats);
    for (const chart of sheet.charts) {
      if (chart.source.sheet === sheet.name && band(chart.source.rect) && chart.source.rect.top >= at)
        chart.source = { ...chart.source, rect: move(chart.source.rect) };
      if (chart.position && band(chart.position) && chart.position.top >= at)
        chart.position = move(chart.position);
    }
  }

  /** The number of cells a rect covers, refusing reads that real Excel would never answer in one piece. */
  guardSize(rect: Rect): void {
    if (cellCount(rect) > 5_000_000)
      throw new FakeOfficeError('InvalidArgument', 'fake: range too large to materialise');
  }
}
