/**
 * Reads a workbook package into the same `WorkbookSnapshot` that `readWorkbookXlsx` (exceljs) produces, at the
 * cost of the cells that exist: the sheets are listed from the workbook part, and only the sheets asked for are
 * scanned (see `ReadScope`). Where exceljs misreads a file the result differs on purpose; docs/workbook-format.md
 * ("Reading packages") lists those cases.
 */
import { LedgerError } from '../../domain/messages';
import type { CellValue, SheetRow } from '../../domain/entryCells';
import { indexToLetters, parseAddress } from '../../workbook/address';
import { SHEETS, TABLES } from '../../workbook/format';
import type { CellRef, MergeSnapshot, TableSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import { NO_FORMATS, readStyleFormats, type StyleFormats } from './numberFormats';
import { readSharedStrings } from './sharedStrings';
import { SheetCells } from './sheetCells';
import { scanSheet } from './sheetScan';
import type { TableEntry } from './tablePart';
import type { SheetEntry } from './workbookPart';
import { decodeXml, isUtf16, XlsxPackage } from './xlsxPackage';
import { XmlSyntaxError } from './xml';

/**
 * Which sheets are scanned. `ledger`: the entries sheet (进度填报, or wherever `WP_Entries` lives), `_wp_meta`, and
 * the sheets of the add-in's small record tables (单位 and 报告期 for the office's contacts and deadlines, the
 * collection records) — every other sheet is only listed, and its tables and merges are left out. `all`: every
 * worksheet, which is exactly what `readWorkbookXlsx` returns.
 */
export type ReadScope = 'ledger' | 'all';

/** Options of the package reader. */
export interface ReadOptions {
  scope?: ReadScope;
}

/** The package-wide things every sheet read needs, loaded once and only when a sheet needs them. */
class ReadContext {
  private formatsCache: StyleFormats | undefined;
  private stringsCache: (string | null)[] | undefined;

  constructor(readonly pkg: XlsxPackage) {}

  get formats(): StyleFormats {
    if (!this.formatsCache) {
      const styles = this.pkg.workbookRelationship('styles')?.part;
      this.formatsCache =
        styles && this.pkg.has(styles) ? readStyleFormats(this.pkg.tree(styles)) : NO_FORMATS;
    }
    return this.formatsCache;
  }

  sharedString(index: number): string | null {
    if (!this.stringsCache) {
      const part = this.pkg.workbookRelationship('sharedStrings')?.part;
      const bytes = part ? this.pkg.bytesOf(part) : undefined;
      try {
        this.stringsCache = bytes ? readSharedStrings(bytes) : [];
      } catch (error) {
        if (error instanceof XmlSyntaxError)
          throw new LedgerError('file.damagedPart', { file: this.pkg.fileName, part: part ?? '' });
        throw error;
      }
      if (part) this.pkg.release(part);
    }
    return this.stringsCache[index] ?? null;
  }

  scan(sheet: SheetEntry): SheetCells {
    const part = sheet.part as string;
    const bytes = this.pkg.bytesOf(part);
    if (!bytes) throw new LedgerError('file.damagedPart', { file: this.pkg.fileName, part });
    try {
      const text = decodeXml(bytes);
      const scanned = scanSheet(text, {
        sharedString: (i) => this.sharedString(i),
        formats: this.formats,
        date1904: this.pkg.workbook.date1904,
      });
      // The editor splices its edits into this text at these offsets, without parsing the sheet again.
      if (!isUtf16(bytes)) this.pkg.rememberScan(part, text, scanned);
      return new SheetCells(scanned, this.formats);
    } catch (error) {
      if (error instanceof XmlSyntaxError)
        throw new LedgerError('file.damagedPart', { file: this.pkg.fileName, part });
      throw error;
    } finally {
      this.pkg.release(part);
    }
  }
}

const isBlank = (v: CellValue): boolean => v === null || v === '';

/** One cell of a table or of the rows below it, noting formula cells by their index within the table. */
function readCell(
  cells: SheetCells,
  row: number,
  col: number,
  index: number,
  formulas: CellRef[],
): CellValue {
  const cell = cells.cell(row, col);
  if (cell?.formula) formulas.push({ row, column: index });
  return cell === undefined || cells.isMergedAway(cell) ? null : cell.value;
}

/** Longest run of blank rows listed between filled rows below a table (a stray value far down is not a gap). */
export const MAX_BLANK_RUN = 1000;

/**
 * Rows typed under a table within its columns, up to the last non-blank one. Blank rows in between are listed so
 * row numbers stay continuous, except a run of more than MAX_BLANK_RUN blank rows, which is left out: a value
 * typed in row 1,048,576 is one more row, not a million.
 */
function rowsBelow(cells: SheetCells, first: number, columns: number[], formulas: CellRef[]): SheetRow[] {
  const left = columns[0] ?? 1;
  const right = columns[columns.length - 1] ?? 0;
  const filled: SheetRow[] = [];
  for (const row of cells.rowsBetween(first, Number.MAX_SAFE_INTEGER)) {
    if (!row.cells.some((c) => c.col >= left && c.col <= right)) continue;
    const values = columns.map((c, j) => readCell(cells, row.r, c, j, formulas));
    filled.push({ row: row.r, values });
  }
  const rows: SheetRow[] = [];
  let next = first;
  let pending = 0; // index in `filled` of the first row not yet listed
  filled.forEach((row, i) => {
    if (!row.values.some((v) => !isBlank(v))) return;
    if (row.row - next <= MAX_BLANK_RUN) {
      for (let r = next; r < row.row; r++) {
        while (pending < i && (filled[pending] as SheetRow).row < r) pending++;
        const present = filled[pending];
        rows.push(present && present.row === r ? present : { row: r, values: columns.map(() => null) });
      }
    }
    rows.push(row);
    next = row.row + 1;
    pending = i + 1;
  });
  return rows;
}

function readTable(cells: SheetCells, sheet: string, entry: TableEntry): TableSnapshot | null {
  const name = entry.displayName || entry.name;
  if (!entry.ref || !name) return null;
  const [from = 'A1', to = from] = entry.ref.split(':');
  const start = parseAddress(from.toUpperCase());
  const end = parseAddress(to.toUpperCase());
  const hasHeader = entry.headerRowCount > 0;
  // The scanned cells count columns from 1 (A → 1).
  const columns = Array.from({ length: end.col - start.col + 1 }, (_, j) => start.col + 1 + j);
  const headers = columns.map((c, j) => {
    const v = hasHeader ? cells.value(start.row, c) : null;
    return v === null || typeof v === 'object' ? `列${j + 1}` : String(v);
  });
  const firstData = start.row + (hasHeader ? 1 : 0);
  const lastData = end.row - (entry.totalsRowCount > 0 ? 1 : 0);
  const rows: SheetRow[] = [];
  const formulaCells: CellRef[] = [];
  for (let r = firstData; r <= lastData; r++)
    rows.push({ row: r, values: columns.map((c, j) => readCell(cells, r, c, j, formulaCells)) });
  const numberFormats = columns.map((c, j) => {
    const first = rows.find((r) => r.values[j] !== null);
    return cells.numberFormat(first?.row ?? firstData, c);
  });
  const table: TableSnapshot = { name, sheet, topLeft: from, headers, rows, numberFormats, formulaCells };
  // The entries grow by hand; rows typed under a schema table are read so that reading it back can name them.
  if (ROWS_BELOW_TABLES.has(name)) table.rowsBelow = rowsBelow(cells, lastData + 1, columns, formulaCells);
  return table;
}

/** The entries sheet as a plain range when it holds no table (header row: the first row holding 报告期). */
function plainEntries(cells: SheetCells, sheet: string): TableSnapshot | undefined {
  for (const row of cells.rowsBetween(1, 50)) {
    for (const cell of row.cells) {
      if (cell.col > 50) break;
      if (cells.value(row.r, cell.col) !== '报告期') continue;
      const c = cell.col;
      let width = 0;
      while (cells.value(row.r, c + width) !== null) width++;
      const columns = Array.from({ length: width }, (_, j) => c + j);
      const headers = columns.map((col) => String(cells.value(row.r, col)));
      const formulaCells: CellRef[] = [];
      return {
        name: '',
        sheet,
        topLeft: `${indexToLetters(c - 1)}${row.r}`,
        headers,
        rows: rowsBelow(cells, row.r + 1, columns, formulaCells),
        numberFormats: columns.map(() => null),
        formulaCells,
      };
    }
  }
  return undefined;
}

/** The `_wp_meta` grid: rows 1…rowCount of columns 1…columnCount, as exceljs sizes the sheet. */
function grid(cells: SheetCells): CellValue[][] {
  const rowCount = cells.rowCount();
  const columnCount = cells.columnCount();
  const out: CellValue[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= columnCount; c++) row.push(cells.value(r, c));
    out.push(row);
  }
  return out;
}

function mergesOf(cells: SheetCells, sheet: string): MergeSnapshot[] {
  return cells.merges.map((m) => ({
    sheet,
    range: `${indexToLetters(m.left - 1)}${m.top}:${indexToLetters(m.right - 1)}${m.bottom}`,
  }));
}

/** The tables of a scanned sheet in the order of its `tablePart` elements. */
function tablesInOrder(pkg: XlsxPackage, sheet: SheetEntry, cells: SheetCells): TableEntry[] {
  const byId = new Map(pkg.tablesOf(sheet).map((t) => [t.relationshipId, t]));
  return cells.scanned.tableRelationshipIds.flatMap((id) => {
    const t = byId.get(id);
    return t ? [t] : [];
  });
}

/**
 * The add-in's small tables whose cells the ledger reads besides the entries: the schema tables the office edits
 * (read back into the schema, and compared with `_wp_meta` on every read), contacts, deadlines, records.
 */
const RECORD_TABLES = [
  TABLES.items,
  TABLES.duties,
  TABLES.targets,
  TABLES.units,
  TABLES.periods,
  'WP_Imports',
  'WP_Revisions',
];

/** Tables whose rows typed below them are read: the entries, and the schema tables (to say such rows are not in them). */
const ROWS_BELOW_TABLES = new Set<string>([
  TABLES.entries,
  TABLES.items,
  TABLES.duties,
  TABLES.targets,
  TABLES.units,
]);

/** Reads an opened package. */
export function readPackageSnapshot(pkg: XlsxPackage, options: ReadOptions = {}): WorkbookSnapshot {
  const scope = options.scope ?? 'ledger';
  const worksheets = pkg.worksheets();
  const homes = new Set(
    [TABLES.entries, ...RECORD_TABLES].flatMap((name) => pkg.findTable(name)?.sheet.name ?? []),
  );
  const wanted = (s: SheetEntry): boolean =>
    scope === 'all' || s.name === SHEETS.entries || s.name === SHEETS.meta || homes.has(s.name);
  const context = new ReadContext(pkg);
  const tables: TableSnapshot[] = [];
  const merges: MergeSnapshot[] = [];
  let meta: CellValue[][] | null = null;
  let entriesCells: SheetCells | undefined;
  for (const sheet of worksheets.filter(wanted)) {
    const cells = context.scan(sheet);
    for (const entry of tablesInOrder(pkg, sheet, cells)) {
      const table = readTable(cells, sheet.name, entry);
      if (table) tables.push(table);
    }
    merges.push(...mergesOf(cells, sheet.name));
    if (sheet.name === SHEETS.meta && meta === null) meta = grid(cells);
    if (sheet.name === SHEETS.entries && !entriesCells) entriesCells = cells;
  }
  const plain =
    entriesCells && !tables.some((t) => t.name === TABLES.entries)
      ? plainEntries(entriesCells, SHEETS.entries)
      : undefined;
  return {
    sheets: worksheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    tables,
    meta,
    merges,
    ...(plain ? { plainEntries: plain } : {}),
  };
}

/** Opens and reads .xlsx/.xlsm bytes; refuses (LedgerError, key `file.*`) what is not such a workbook. */
export async function readWorkbookPackage(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return readPackageSnapshot(await XlsxPackage.open(bytes, fileName), options);
}
