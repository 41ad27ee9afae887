/**
 * Tests' independent reader: an .xlsx file into a WorkbookSnapshot through exceljs — what the package reader
 * (src/xlsx/package) is compared with. Reads an .xlsx file into a WorkbookSnapshot: its sheets, its tables' headers and rows, and `_wp_meta`. */
import type { Workbook, Worksheet } from 'exceljs';
import { indexToLetters, parseAddress } from '../../../src/workbook/address';
import { SHEETS, TABLES } from '../../../src/workbook/format';
import type { CellValue, SheetRow } from '../../../src/domain/entryCells';
import type { Visibility } from '../../../src/workbook/plan';
import type { CellRef, MergeSnapshot, TableSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { cellValue } from './cellValue';
import { loadExcelJs } from '../../../src/xlsx/loadExcelJs';

/** Tables whose rows typed below them are read (as the package reader reads them). */
const ROWS_BELOW_TABLES = new Set<string>([
  TABLES.entries,
  TABLES.items,
  TABLES.duties,
  TABLES.targets,
  TABLES.units,
]);

/** The parts of a loaded exceljs table we read; its typings do not describe a loaded table's model. */
interface LoadedTable {
  table: {
    name?: string;
    displayName?: string;
    tableRef?: string;
    ref?: string;
    headerRow?: boolean;
    totalsRow?: boolean;
  };
}

function numberFormatOf(ws: Worksheet, row: number, column: number): string | null {
  const format = ws.getCell(row, column).numFmt;
  return format && format !== 'General' ? format : null;
}

function readTable(ws: Worksheet, loaded: LoadedTable, date1904: boolean): TableSnapshot | null {
  const t = loaded.table;
  const ref = t.tableRef ?? t.ref;
  const name = t.displayName ?? t.name;
  if (!ref || !name) return null;
  const [from, to = from] = ref.split(':');
  const start = parseAddress(from ?? 'A1');
  const end = parseAddress(to ?? 'A1');
  const hasHeader = t.headerRow !== false;
  const width = end.col - start.col + 1;
  // exceljs numbers columns from 1.
  const columns = Array.from({ length: width }, (_, j) => start.col + 1 + j);
  const headers = columns.map((c, j) => {
    const v = hasHeader ? cellValue(ws.getCell(start.row, c), date1904) : null;
    return v === null || typeof v === 'object' ? `列${j + 1}` : String(v);
  });
  const firstData = start.row + (hasHeader ? 1 : 0);
  const lastData = end.row - (t.totalsRow ? 1 : 0);
  const rows: SheetRow[] = [];
  const formulaCells: CellRef[] = [];
  for (let r = firstData; r <= lastData; r++) {
    rows.push({ row: r, values: columns.map((c, j) => readCell(ws, r, c, j, date1904, formulaCells)) });
  }
  const numberFormats = columns.map((c, j) => {
    const first = rows.find((r) => r.values[j] !== null);
    return numberFormatOf(ws, first?.row ?? firstData, c);
  });
  const table: TableSnapshot = {
    name,
    sheet: ws.name,
    topLeft: from ?? 'A1',
    headers,
    rows,
    numberFormats,
    formulaCells,
  };
  // The entries grow by hand; rows typed under a schema table are read so that reading it back can name them.
  if (ROWS_BELOW_TABLES.has(name))
    table.rowsBelow = rowsBelow(ws, lastData + 1, columns, date1904, formulaCells);
  return table;
}

/** One cell's value, noting in `formulas` when it held a formula (its cached result is what is returned). */
function readCell(
  ws: Worksheet,
  row: number,
  column: number,
  index: number,
  date1904: boolean,
  formulas: CellRef[],
): CellValue {
  const cell = ws.getCell(row, column);
  const raw: unknown = cell.value;
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw))
    formulas.push({ row, column: index });
  return cellValue(cell, date1904);
}

/** Rows typed under a table within its columns, up to the last non-blank one (LibreOffice/WPS do not grow tables). */
function rowsBelow(
  ws: Worksheet,
  first: number,
  columns: number[],
  date1904: boolean,
  formulas: CellRef[],
): SheetRow[] {
  const rows: SheetRow[] = [];
  let lastFilled = -1;
  for (let r = first; r <= ws.rowCount; r++) {
    const values = columns.map((c, j) => readCell(ws, r, c, j, date1904, formulas));
    rows.push({ row: r, values });
    if (values.some((v) => v !== null && v !== '')) lastFilled = rows.length - 1;
  }
  return rows.slice(0, lastFilled + 1);
}

/** The sheet's merged blocks; exceljs keeps them keyed by master cell on a member its typings omit. */
function mergesOf(ws: Worksheet): MergeSnapshot[] {
  const merges =
    (
      ws as unknown as {
        _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
      }
    )._merges ?? {};
  return Object.values(merges).map((m) => ({
    sheet: ws.name,
    range: `${indexToLetters(m.left - 1)}${m.top}:${indexToLetters(m.right - 1)}${m.bottom}`,
  }));
}

/**
 * The 进度填报 sheet as a plain range when it holds no table: the header row is the first row holding the
 * contract's first header (报告期), data runs to the sheet's last row.
 */
function plainEntries(ws: Worksheet, date1904: boolean): TableSnapshot | undefined {
  for (let r = 1; r <= Math.min(ws.rowCount, 50); r++) {
    for (let c = 1; c <= Math.min(ws.columnCount, 50); c++) {
      if (cellValue(ws.getCell(r, c), date1904) !== '报告期') continue;
      let width = 0;
      while (c + width <= ws.columnCount && cellValue(ws.getCell(r, c + width), date1904) !== null) width++;
      const columns = Array.from({ length: width }, (_, j) => c + j);
      const headers = columns.map((col) => String(cellValue(ws.getCell(r, col), date1904)));
      const formulaCells: CellRef[] = [];
      const rows = rowsBelow(ws, r + 1, columns, date1904, formulaCells);
      const numberFormats = columns.map(() => null);
      return {
        name: '',
        sheet: ws.name,
        topLeft: `${indexToLetters(c - 1)}${r}`,
        headers,
        rows,
        numberFormats,
        formulaCells,
      };
    }
  }
  return undefined;
}

function grid(ws: Worksheet, date1904: boolean): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) row.push(cellValue(ws.getCell(r, c), date1904));
    rows.push(row);
  }
  return rows;
}

function visibilityOf(state: string): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

/** Reads what the workbook holds; throws (with exceljs's message) when the bytes are not an .xlsx file. */
export async function readWorkbookXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const ExcelJS = await loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  const data =
    bytes instanceof Uint8Array
      ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
      : bytes;
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch {
    // exceljs/jszip speak English about zip internals; a clerk needs to know what to do.
    throw new Error(
      '文件不是有效的 .xlsx 工作簿（可能已损坏，或是其他格式的文件改了扩展名）。请在 Excel 中打开后另存为“Excel 工作簿 (*.xlsx)”再试。',
    );
  }
  const date1904 = wb.properties.date1904 === true;
  const tables: TableSnapshot[] = [];
  for (const ws of wb.worksheets) {
    for (const loaded of ws.getTables() as unknown as LoadedTable[]) {
      const table = readTable(ws, loaded, date1904);
      if (table) tables.push(table);
    }
  }
  const meta = wb.getWorksheet(SHEETS.meta);
  const entriesSheet = wb.getWorksheet(SHEETS.entries);
  const plain =
    entriesSheet && !tables.some((t) => t.name === TABLES.entries)
      ? plainEntries(entriesSheet, date1904)
      : undefined;
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws.state) })),
    tables,
    meta: meta ? grid(meta, date1904) : null,
    merges: wb.worksheets.flatMap(mergesOf),
    ...(plain ? { plainEntries: plain } : {}),
  };
}
