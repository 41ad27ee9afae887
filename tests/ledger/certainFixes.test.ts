/**
 * `validate --fix --out` mends exactly the cells that have a certain fix and nothing else, the input untouched;
 * registry aliases travel into the ledger, so 省工信厅 is alias-unit with its fix in the CLI and in the pane.
 */
import { validateCommand } from '../../src/cli/commands/validate';
import { builtinSchema } from '../../src/domain/builtin';
import type { CellValue } from '../../src/domain/entryCells';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import { loadSchema } from '../../src/ledger/loadSchema';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { memoryIo } from '../support/memoryIo';

const H1 = '2021年上半年';
const never = new AbortController().signal;
const quiet = () => undefined;

/** Rows by header; the comments say what each one needs. */
const ROWS: Record<string, CellValue>[] = [
  {
    报告期: H1,
    填报单位: '省工业和信息化厅',
    序号: 18,
    指标编号: 'T18.1',
    累计完成值: 600,
    计量单位: '户',
    工作进展: '完成',
    填报人: '甲',
  }, // fine
  {
    报告期: H1,
    填报单位: '省工信厅',
    序号: 19,
    指标编号: 'T19.1',
    累计完成值: 300,
    计量单位: '户',
    工作进展: '完成',
    填报人: '乙',
  }, // alias → certain
  {
    报告期: '2021Q2',
    填报单位: '省科技厅',
    序号: 20,
    指标编号: 'T20.1',
    累计完成值: 50,
    计量单位: '家',
    工作进展: '完成',
    填报人: '丙',
  }, // period spelling → certain
  {
    报告期: H1,
    填报单位: '省科技厅',
    序号: 20,
    指标编号: 'T20.2',
    累计完成值: '1,600',
    计量单位: '家',
    工作进展: '完成',
    填报人: '丙',
  }, // number as text → certain
  {
    报告期: H1,
    填报单位: '省工业和信息化厅',
    序号: 19,
    指标编号: 't19.2',
    累计完成值: 20,
    计量单位: '户',
    工作进展: '完成',
    填报人: '甲',
  }, // loose id → certain
  {
    报告期: H1,
    填报单位: '工信厅',
    序号: 19,
    指标编号: 'T19.3',
    累计完成值: 3,
    计量单位: '户',
    工作进展: '完成',
    填报人: '丁',
  }, // unknown unit: no certain fix
];

/** The fixed cells, by row (sheet row = index + 2) and column. */
const FIXED: Record<number, Partial<Record<string, CellValue>>> = {
  3: { 填报单位: '省工业和信息化厅' },
  4: { 报告期: H1 },
  5: { 累计完成值: 1600 },
  6: { 指标编号: 'T19.2' },
};

async function ledgerBytes(): Promise<Uint8Array> {
  const book = XlsxLedger.empty();
  await loadSchema(book, builtinSchema(), { appVersion: 'test' });
  for (const row of ROWS) book.appendEntry(row);
  return book.toBytes('test');
}

function entryRowsOf(snapshot: Awaited<ReturnType<typeof readWorkbookXlsx>>): CellValue[][] {
  const table = snapshot.tables.find((t) => t.name === TABLES.entries);
  const picks = COLUMNS.entries.map((h) => table?.headers.indexOf(h) ?? -1);
  return (table?.rows ?? []).map((r) => picks.map((p) => (p < 0 ? null : (r.values[p] ?? null))));
}

describe('validate --fix --out', () => {
  it('mends exactly the cells with a certain fix, keeps every other cell, and leaves the input alone', async () => {
    const input = await ledgerBytes();
    const io = memoryIo({ 'book.xlsx': input });
    const code = await validateCommand(['book.xlsx', '--period', H1, '--out', 'fixed.xlsx', '--fix'], io);
    // 工信厅 has no certain fix: its error remains.
    expect(code).toBe(1);
    expect(io.stderr()).toContain('已修正 4 个单元格');
    expect(io.files.get('book.xlsx')).toBe(input);
    const before = entryRowsOf(await readWorkbookXlsx(input));
    const after = entryRowsOf(await readWorkbookXlsx(io.files.get('fixed.xlsx') ?? new Uint8Array()));
    const status = COLUMNS.entries.indexOf('校验状态');
    expect(after).toHaveLength(before.length);
    after.forEach((values, i) => {
      const fixed = FIXED[i + 2] ?? {};
      values.forEach((value, j) => {
        if (j === status) return;
        const column = COLUMNS.entries[j] ?? '';
        expect([i + 2, column, value]).toEqual([
          i + 2,
          column,
          column in fixed ? fixed[column] : before[i]?.[j],
        ]);
      });
    });
    // The checked copy describes the rows after fixing: only 工信厅's row is still 错误.
    expect(after.map((v) => v[status])).toEqual(['通过', '通过', '通过', '通过', '通过', '错误']);
  });

  it('refuses --fix without --out, since the input is never written', async () => {
    const io = memoryIo({ 'book.xlsx': await ledgerBytes() });
    expect(await validateCommand(['book.xlsx', '--fix'], io)).toBe(2);
    expect(io.stderr()).toContain('--fix');
  });
});

describe('registry aliases in the ledger', () => {
  it('make an entry by 省工信厅 an alias-unit error with its fix, in the CLI', async () => {
    const io = memoryIo({ 'book.xlsx': await ledgerBytes() });
    await validateCommand(['book.xlsx', '--period', H1, '--json'], io);
    const issues = (JSON.parse(io.stdout()) as { issues: { row: number; rule: string }[] }).issues;
    expect(issues.filter((i) => i.row === 3).map((i) => i.rule)).toEqual(['alias-unit']);
  });

  it('and in the pane, whose fix writes the canonical name', async () => {
    const backend = new BrowserBackend();
    await backend.openWorkbook(await ledgerBytes(), 'book.xlsx');
    const result = await backend.validate(H1, quiet, never);
    const alias = result.issues.find((i) => i.row === 3 && i.rule === 'alias-unit');
    expect(alias?.fix).toEqual({
      column: '填报单位',
      from: '省工信厅',
      to: '省工业和信息化厅',
      certain: true,
    });
    const done = await backend.applyFixes([alias?.id ?? ''], quiet, never);
    expect(done.changes.map((c) => c.to)).toEqual(['省工业和信息化厅']);
  });
});
