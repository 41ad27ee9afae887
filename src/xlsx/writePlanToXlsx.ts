/** Writes a workbook plan to an .xlsx file with exceljs (Node and browser: bytes in, bytes out, no file system). */
import type { Cell, CellValue as ExcelCellValue, DataValidation, Workbook, Worksheet } from 'exceljs';
import { columnDataRange, parseAddress } from '../workbook/address';
import type { CellPlan, NamePlan, PlanValue, SheetPlan, TablePlan, WorkbookPlan } from '../workbook/plan';
import { loadExcelJs } from './loadExcelJs';
import { argb, conditionalRule, dataValidation, storedFormula } from './styles';
import { encodeXlsxText } from './textEscape';

/** A plan value as an exceljs cell value: text is always text (escaped for XML), never a formula. */
function literal(value: PlanValue | undefined): ExcelCellValue {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? encodeXlsxText(value) : value;
}

/** Adds validation to a cell or a range; exceljs supports ranges here but its typings omit the collection. */
function addValidation(ws: Worksheet, address: string, validation: DataValidation): void {
  (
    ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }
  ).dataValidations.add(address, validation);
}

function styleCell(cell: Cell, plan: CellPlan): void {
  if (plan.numberFormat) cell.numFmt = plan.numberFormat;
  if (plan.bold || plan.fontSize)
    cell.font = { bold: plan.bold ?? false, ...(plan.fontSize ? { size: plan.fontSize } : {}) };
  if (plan.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

function writeCells(ws: Worksheet, cells: CellPlan[]): void {
  for (const plan of cells) {
    const cell = ws.getCell(plan.address);
    cell.value = plan.formula ? { formula: storedFormula(plan.formula) } : literal(plan.value);
    styleCell(cell, plan);
    if (plan.dataValidation) addValidation(ws, plan.address, dataValidation(plan.dataValidation));
  }
}

/**
 * Writes one table. An Excel table needs at least one data row, so a table planned without rows gets one
 * blank row (Excel grows the table, and its validation, as soon as a user types below the header).
 */
/**
 * Writes one table. `alone` says whether it is the only table in its columns: only then can formats be column-level
 * styles (which also reach rows users add later); tables stacked in the same columns (the 汇总 sheet) would
 * overwrite each other's formats, so there the formats go on the table's own cells.
 */
function writeTable(ws: Worksheet, table: TablePlan, alone: boolean): void {
  const planned = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const rows = planned.map((row) =>
    table.columns.map((c, j) => (c.formula ? { formula: storedFormula(c.formula) } : literal(row[j]))),
  );
  ws.addTable({
    name: table.name,
    ref: table.topLeft,
    headerRow: true,
    style: { theme: table.style as 'TableStyleMedium2', showRowStripes: true },
    columns: table.columns.map((c) => ({ name: encodeXlsxText(c.header), filterButton: true })),
    rows,
  });
  const { col: left, row: top } = parseAddress(table.topLeft);
  table.columns.forEach((plan, j) => {
    // exceljs numbers columns from 1.
    const column = ws.getColumn(left + 1 + j);
    if (plan.width) column.width = plan.width;
    if (alone) {
      if (plan.numberFormat) column.numFmt = plan.numberFormat;
      if (plan.wrap) column.alignment = { wrapText: true, vertical: 'top' };
    } else {
      for (let r = top + 1; r <= top + planned.length; r++) {
        const cell = ws.getCell(r, left + 1 + j);
        if (plan.numberFormat) cell.numFmt = plan.numberFormat;
        if (plan.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      }
    }
    if (plan.hidden) column.hidden = true;
    if (plan.dataValidation)
      addValidation(
        ws,
        columnDataRange(table.topLeft, j, planned.length),
        dataValidation(plan.dataValidation),
      );
  });
}

function writeConditionalFormats(ws: Worksheet, sheet: SheetPlan): void {
  sheet.conditionalFormats.forEach((cf, i) => {
    const table = sheet.tables.find((t) => t.name === cf.table);
    const index = table?.columns.findIndex((c) => c.header === cf.column) ?? -1;
    if (!table || index < 0)
      throw new Error(`conditional format on unknown column ${cf.table}[${cf.column}]`);
    const ref = columnDataRange(table.topLeft, index, table.rows.length);
    ws.addConditionalFormatting({ ref, rules: [conditionalRule(cf, ref.split(':')[0] ?? ref, i + 1)] });
  });
}

/** Solid fills over the planned blocks (cells keep their values and other styles). */
function writeHighlights(ws: Worksheet, sheet: SheetPlan): void {
  for (const h of sheet.highlights ?? []) {
    const [a = '', b = a] = h.range.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b);
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++) {
        ws.getCell(r, c + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(h.fill) } };
      }
    }
  }
}

/** Whether another table of the sheet covers any of this table's columns. */
function sharesColumns(table: TablePlan, tables: TablePlan[]): boolean {
  const span = (t: TablePlan): [number, number] => {
    const left = parseAddress(t.topLeft).col;
    return [left, left + t.columns.length - 1];
  };
  const [a, b] = span(table);
  return tables.some((other) => {
    if (other === table) return false;
    const [c, d] = span(other);
    return a <= d && c <= b;
  });
}

/** Adds one planned sheet to an exceljs workbook (tables, cells, formats, fills, print setup). */
export function writeSheet(wb: Workbook, sheet: SheetPlan): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    views: sheet.freezeRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.freezeRows }] : [],
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
  });
  for (const [letters, width] of Object.entries(sheet.columnWidths ?? {}))
    ws.getColumn(letters).width = width;
  for (const table of sheet.tables) writeTable(ws, table, !sharesColumns(table, sheet.tables));
  writeCells(ws, sheet.cells);
  writeConditionalFormats(ws, sheet);
  writeHighlights(ws, sheet);
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: sheet.print.orientation,
      paperSize: 9, // A4
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.print.repeatRows ? { printTitlesRow: sheet.print.repeatRows.replace(/\$/g, '') } : {}),
    };
  }
}

/**
 * exceljs only models defined names that point at cell ranges, but our names are structured references
 * (`=WP_Periods[报告期]`, so the lists follow their tables). Its writer serialises whatever the names' model
 * returns, so we hand it ours; Excel and LibreOffice both resolve such names (see docs/workbook-format.md).
 */
function writeNames(wb: Workbook, names: NamePlan[]): void {
  const model = names.map((n) => ({ name: n.name, ranges: [storedFormula(n.formula)] }));
  // `definedNames` is typed without its model accessor; the shape used here is exceljs 4.x's.
  Object.defineProperty(wb.definedNames as unknown as object, 'model', {
    get: () => model,
    configurable: true,
  });
}

/** Writes the plan to .xlsx bytes. */
export async function writePlanToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = '工作要点台账 workpoints';
  // Formula cells carry no cached value, so ask the reading application to calculate on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  writeNames(wb, plan.names);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
