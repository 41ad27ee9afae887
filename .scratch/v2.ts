import { writeFileSync } from 'node:fs';
import { XlsxLedger } from '../src/xlsx/xlsxLedger';
import { loadSchema } from '../src/ledger/loadSchema';
import { builtinSchema } from '../src/domain/builtin';
import { appendEntryRow } from '../src/workbook/snapshotEdits';
async function main() {
  const book = XlsxLedger.empty();
  await loadSchema(book, builtinSchema(), { appVersion: 'format-2' });
  let snap = await book.read('status');
  const rows = [
    { 报告期: '2021年上半年', 填报单位: '省科技厅', 序号: 20, 指标编号: 'T20.1', 累计完成值: 60, 计量单位: '家', 工作进展: '稳步推进', 填报人: '王五' },
    { 报告期: '2021年上半年', 填报单位: '省工业和信息化厅', 序号: 18, 指标编号: 'T18.1', 累计完成值: 520, 计量单位: '户', 工作进展: '按计划推进', 填报人: '赵六' },
    { 报告期: '2021年上半年', 填报单位: '省统计局', 序号: 18, 工作进展: '配合做好统计监测' },
  ];
  for (const r of rows) snap = appendEntryRow(snap, r).snapshot;
  book.replaceSnapshot(snap);
  writeFileSync('tests/fixtures/ledgers/ledger-v2.xlsx', await book.toBytes('format-2'));
}
main();
