/** Fills a generated return form as a unit would, with exceljs: values typed into its rows by key. */
import type { Worksheet } from 'exceljs';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import type { RowFill, Typed } from './batchSpec';

/** What to type into a form: rows by key (`T18.1`, or the item number of a text row), cooperation by item. */
export interface FormFill {
  /** A label for errors. */
  file: string;
  fills: [string, RowFill][];
  cooperation?: [number, string][];
  /** dcterms:modified to record, ISO 8601. */
  modified?: string;
}

/** The row of the form sheet holding a header (`指标编号` of WP_Return, `配合情况` of the cooperation table). */
function headerRow(ws: Worksheet, header: string): { row: number; columns: Map<string, number> } {
  for (let r = 1; r <= ws.rowCount; r++) {
    const columns = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      if (typeof cell.value === 'string') columns.set(cell.value, c);
    });
    if (columns.has(header)) return { row: r, columns };
  }
  throw new Error(`no header ${header} on ${ws.name}`);
}

function typedValue(typed: Typed): unknown {
  return typeof typed === 'object' ? { formula: typed.formula } : typed;
}

/** Fills a generated form with exceljs as the spec says; returns the workbook bytes. */
export async function fillForm(form: Uint8Array, spec: FormFill): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('本单位填报');
  if (!ws) throw new Error('no 本单位填报');
  const main = headerRow(ws, '指标编号');
  const coop = spec.cooperation ? headerRow(ws, '配合情况') : null;
  const col = (name: string, of = main) => {
    const c = of.columns.get(name);
    if (c === undefined) throw new Error(`no column ${name}`);
    return c;
  };
  for (const [key, fill] of spec.fills) {
    let row = -1;
    for (let r = main.row + 1; r <= (coop?.row ?? ws.rowCount + 1) - 1; r++) {
      const target = ws.getCell(r, col('指标编号')).value;
      const item = ws.getCell(r, col('序号')).value;
      if (
        (key.startsWith('T') && target === key) ||
        (!key.startsWith('T') && !target && String(item) === key)
      ) {
        row = r;
        break;
      }
    }
    if (row < 0) throw new Error(`${spec.file}: no row ${key}`);
    for (const [column, typed] of Object.entries(fill))
      ws.getCell(row, col(column)).value = typedValue(typed as Typed) as never;
  }
  for (const [item, text] of spec.cooperation ?? []) {
    if (!coop) break;
    let done = false;
    for (let r = coop.row + 1; r <= ws.rowCount; r++) {
      if (ws.getCell(r, col('序号', coop)).value === item) {
        ws.getCell(r, col('配合情况', coop)).value = text;
        done = true;
      }
    }
    if (!done) throw new Error(`${spec.file}: no cooperation row ${item}`);
  }
  if (spec.modified) wb.modified = new Date(spec.modified);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
