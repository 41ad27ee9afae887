/** Reads an .xlsx file into a WorkbookSnapshot: its sheets, its tables' headers and rows, and `_wp_meta`. */
import type { Workbook, Worksheet } from 'exceljs';
import { parseAddress } from '../workbook/address';
import { SHEETS, type CellValue, type SheetRow } from '../workbook/format';
import type { Visibility } from '../workbook/plan';
import type { TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellValue } from './cellValue';
import { loadExcelJs } from './loadExcelJs';

/** The parts of a loaded exceljs table we read; its typings do not describe a loaded table's model. */
interface LoadedTable {
  table: { name?: string; displayName?: string; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean };
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
  const width = end.column - start.column + 1;
  const columns = Array.from({ length: width }, (_, j) => start.column + j);
  const headers = columns.map((c, j) => {
    const v = hasHeader ? cellValue(ws.getCell(start.row, c), date1904) : null;
    return v === null || typeof v === 'object' ? `列${j + 1}` : String(v);
  });
  const firstData = start.row + (hasHeader ? 1 : 0);
  const lastData = end.row - (t.totalsRow ? 1 : 0);
  const rows: SheetRow[] = [];
  for (let r = firstData; r <= lastData; r++) {
    rows.push({ row: r, values: columns.map((c) => cellValue(ws.getCell(r, c), date1904)) });
  }
  const numberFormats = columns.map((c, j) => {
    const first = rows.find((r) => r.values[j] !== null);
    return numberFormatOf(ws, first?.row ?? firstData, c);
  });
  return { name, sheet: ws.name, topLeft: from ?? 'A1', headers, rows, numberFormats };
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
  const data = bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : bytes;
  await wb.xlsx.load(data as ArrayBuffer);
  const date1904 = wb.properties.date1904 === true;
  const tables: TableSnapshot[] = [];
  for (const ws of wb.worksheets) {
    for (const loaded of ws.getTables() as unknown as LoadedTable[]) {
      const table = readTable(ws, loaded, date1904);
      if (table) tables.push(table);
    }
  }
  const meta = wb.getWorksheet(SHEETS.meta);
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws.state) })),
    tables,
    meta: meta ? grid(meta, date1904) : null,
  };
}
