import { builtinSchema } from '../../src/domain/builtin';
import { SHEETS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { withSummarySheet } from '../support/withSummarySheet';
import { parseAddress } from '../../src/workbook/address';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';

describe('number formats of tables stacked in the same columns (the 汇总 sheet)', () => {
  it('gives every table cell its own column format, not the format of another table in that column', async () => {
    const schema = builtinSchema();
    const plan = withSummarySheet(planWorkbook(schema), schema, '2021年上半年');
    const sheet = plan.sheets.find((s) => s.name === SHEETS.summary);
    expect(sheet?.tables.length).toBeGreaterThan(1);
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlanToXlsx(plan)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEETS.summary);
    const wrong: string[] = [];
    for (const table of sheet?.tables ?? []) {
      const { row, col: left } = parseAddress(table.topLeft);
      table.columns.forEach((col, j) => {
        const expected = col.numberFormat ?? 'General';
        for (let r = row + 1; r <= row + Math.max(1, table.rows.length); r++) {
          const actual = ws?.getCell(r, left + 1 + j).numFmt ?? 'General';
          if (actual !== expected)
            wrong.push(`${table.name}[${col.header}] row ${r}: ${actual} ≠ ${expected}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });
});
