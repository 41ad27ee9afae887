import { summarizeCommand } from '../../src/cli/commands/summarize';
import { validateCommand } from '../../src/cli/commands/validate';
import { builtinSchema } from '../../src/domain/builtin';
import { COLUMNS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { memoryIo } from '../support/memoryIo';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';

/** A ledger with one entry and a sheet of the office's own notes. */
async function ledgerWithNotes(): Promise<Uint8Array> {
  const rows = [
    ['2021年上半年', '省工业和信息化厅', 18, 'T18.1', 600, '户', '新增入规企业600户', '', '张三', null],
  ];
  const plan = planWorkbook(builtinSchema(), { entries: { headers: [...COLUMNS.entries], rows } });
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writePlanToXlsx(plan)) as unknown as ArrayBuffer);
  wb.addWorksheet('办公室备注').getCell('A1').value = '二季度调度会：请各单位7月5日前报送';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function notesOf(bytes: Uint8Array | undefined): Promise<unknown> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet('办公室备注')?.getCell('A1').value;
}

describe("the office's own sheets", () => {
  it('are carried into the checked copy written by validate --out', async () => {
    const io = memoryIo({ 'book.xlsx': await ledgerWithNotes() });
    const validate = validateCommand;
    expect(
      await validate(['book.xlsx', '--period', '2021年上半年', '--out', 'checked.xlsx'], io),
    ).toBeLessThan(2);
    expect(await notesOf(io.files.get('checked.xlsx'))).toBe('二季度调度会：请各单位7月5日前报送');
  });

  it('are carried into the summary workbook written by summarize --out', async () => {
    const io = memoryIo({ 'book.xlsx': await ledgerWithNotes() });
    const summarize = summarizeCommand;
    expect(await summarize(['book.xlsx', '--period', '2021年上半年', '--out', 'summary.xlsx'], io)).toBe(0);
    expect(await notesOf(io.files.get('summary.xlsx'))).toBe('二季度调度会：请各单位7月5日前报送');
    expect(
      (await readWorkbookXlsx(io.files.get('summary.xlsx') as Uint8Array)).sheets.map((s) => s.name),
    ).toContain('汇总');
  });
});
