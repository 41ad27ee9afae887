/**
 * Writes one return form plan to .xlsx bytes with exceljs: the planned sheets, the input ranges unlocked,
 * the sheets protected without a password, then the custom document properties added to the package.
 */
import type { Workbook } from 'exceljs';
import { parseAddress } from '../workbook/address';
import type { FormDressing, ReturnFormPlan, SheetProtectionPlan } from '../workbook/returnFormPlan';
import { withCustomProperties } from './customProperties';
import { loadExcelJs } from './loadExcelJs';
import { argb } from './styles';
import { writeSheet } from './writePlanToXlsx';

/** What a unit may still do on a protected sheet: select, and resize rows and columns to read long text. */
const ALLOWED = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

const THIN = { style: 'thin' as const, color: { argb: argb('#A6A6A6') } };
const HEADER_FILL = '#DDEBF7';

/** Every cell of an A1 range, as exceljs numbers them (row and column from 1). */
function eachCell(range: string, visit: (row: number, column: number) => void): void {
  const [a = '', b = a] = range.split(':');
  const from = parseAddress(a);
  const to = parseAddress(b);
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) visit(r, c + 1);
}

/** Row heights, a grid of thin borders over the tables, and shaded bold headers (drawn by every reader). */
function dress(wb: Workbook, plan: FormDressing): void {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`dressing planned for a sheet that is not planned: ${plan.sheet}`);
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const range of plan.bordered) {
    eachCell(range, (r, c) => {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      // Short values beside tall wrapped text read best from the top of the row, like the text.
      cell.alignment = { ...cell.alignment, vertical: 'top' };
    });
  }
  for (const range of plan.headers) {
    eachCell(range, (r, c) => {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
    });
  }
}

/** Unlocks the planned input ranges and protects the sheet (no password: guidance, not security). */
async function protect(wb: Workbook, plan: SheetProtectionPlan): Promise<void> {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`protection planned for a sheet that is not planned: ${plan.sheet}`);
  for (const range of plan.unlocked) {
    eachCell(range, (r, c) => {
      ws.getCell(r, c).protection = { locked: false };
    });
  }
  await ws.protect('', ALLOWED);
}

/** The form as .xlsx bytes. */
export async function writeReturnForm(plan: ReturnFormPlan): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const generated = new Date(plan.record.generatedAt);
  wb.creator = '工作要点台账 workpoints';
  wb.title = plan.title;
  wb.subject = plan.period;
  wb.created = generated;
  wb.modified = generated;
  // The 核对提示 formulas carry no cached value: ask the reading application to calculate on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  for (const sheet of plan.dressing) dress(wb, sheet);
  for (const sheet of plan.protection) await protect(wb, sheet);
  // Stored, not deflated: the package is zipped again (once, by fflate, much faster) to add the properties.
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<
    typeof wb.xlsx.writeBuffer
  >[0]);
  const bytes = new Uint8Array(stored as ArrayBuffer);
  return withCustomProperties(bytes, plan.properties, generated);
}
