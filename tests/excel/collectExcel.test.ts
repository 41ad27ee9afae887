/**
 * Collecting inside Excel (the strict fake): a second collect appends to the record tables and changes cells of
 * existing rows, 回收情况 is rebuilt, a record sheet whose table was deleted keeps what it holds, and what is written
 * is literal (a unit's `=…` text never becomes a formula).
 */
import { builtinSchema } from '../../src/domain/builtin';
import { collectReturns, type ReturnedFile } from '../../src/ledger/collect';
import { loadSchema } from '../../src/ledger/loadSchema';
import { buildLedgerReturns } from '../../src/ledger/returns';
import { COLUMNS, ENTRY_SOURCE_COLUMN, SHEETS, TABLES } from '../../src/workbook/format';
import { readReturnedFile } from '../../src/xlsx/readReturnedFile';
import { writeReturnForm } from '../../src/xlsx/writeReturnForm';
import { fillForm } from '../collect/fillForm';
import type { RowFill } from '../collect/batchSpec';
import { fakeWorkbook } from './fakeContext';
import { createExcelFake } from '../support/excelFake';

const H1 = '2021年上半年';
const options = { importedAt: new Date('2021-07-12T02:00:00Z'), read: readReturnedFile };

describe('collecting inside Excel', () => {
  it('appends to the record tables, changes existing rows in place and rebuilds 回收情况', async () => {
    const fake = createExcelFake();
    const workbook = fakeWorkbook(fake);
    await loadSchema(workbook, builtinSchema(), { appVersion: 'test' });
    const forms = await buildLedgerReturns(workbook, {
      period: H1,
      generatedAt: new Date(),
      write: writeReturnForm,
    });
    const blank = (unit: string) => forms.files.find((f) => f.unit === unit)?.bytes ?? new Uint8Array();
    const filled = async (unit: string, name: string, fills: [string, RowFill][]): Promise<ReturnedFile> => ({
      path: name,
      name,
      bytes: await fillForm(blank(unit), { file: name, fills }),
      fileTime: null,
    });
    // A user's own rows on 回收记录's sheet, but no table: they stay, the table goes below them.
    fake.seedSheet(SHEETS.revisions);
    fake.model.requireSheet(SHEETS.revisions).ensure(0, 0).stored = { kind: 'text', text: '我的备注' };
    fake.model.requireSheet(SHEETS.revisions).ensure(2, 1).stored = { kind: 'text', text: '第三行' };
    const first = await filled('省科技厅', 'a.xlsx', [
      ['T20.1', { 累计完成值: 55, 工作进展: '=初报' }],
      ['1', { 工作进展: '参加会议' }],
    ]);
    await collectReturns(workbook, [first], options);
    const entries = () => fake.tableValues(TABLES.entries);
    expect(entries().headers).toEqual([...COLUMNS.entries, ENTRY_SOURCE_COLUMN]);
    // The form's order: item 1 (into the blank row Excel keeps in an empty table), then T20.1.
    expect(entries().rows.map((r) => r[2])).toEqual([1, 20]);
    expect(fake.cell(SHEETS.entries, 'G3')).toEqual({ kind: 'text', text: '=初报' });
    expect(fake.formulaCells(SHEETS.entries).size).toBe(0);

    const second = await filled('省科技厅', 'b.xlsx', [
      ['T20.1', { 累计完成值: 80, 工作进展: '进展' }],
      ['1', { 工作进展: '参加会议' }],
    ]);
    const other = await filled('省商务厅', 'c.xlsx', [['1', { 工作进展: '商务' }]]);
    const done = await collectReturns(workbook, [second, other], options);
    expect(done.verdicts.map((v) => [v.status, v.rows.added, v.rows.changed, v.rows.unchanged])).toEqual([
      ['accepted', 0, 1, 1],
      ['accepted', 1, 0, 0],
    ]);
    const rows = entries().rows;
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(4, 7)).toEqual([80, '家', '进展']);
    expect(String(rows[1]?.[10])).toMatch(/^b\.xlsx · [0-9a-f]{8}$/);
    expect(String(rows[0]?.[10])).toMatch(/^a\.xlsx · /);
    expect(rows[2]?.slice(0, 3)).toEqual(['2021年上半年', '省商务厅', 1]);
    expect(fake.tableValues(TABLES.imports).rows.map((r) => r[0])).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    const revisions = fake.tableValues(TABLES.revisions).rows.map((r) => r.slice(4, 8));
    expect(revisions).toEqual([
      ['累计完成值', 55, 80, 'b.xlsx'],
      ['工作进展', '=初报', '进展', 'b.xlsx'],
    ]);
    // The table went two rows below what the sheet held; the user's cells are where they were.
    expect(fake.tableValues(TABLES.revisions).address).toMatch(/!A5:I7$/);
    expect(fake.cell(SHEETS.revisions, 'A1')).toEqual({ kind: 'text', text: '我的备注' });
    expect(fake.cell(SHEETS.collection, 'A1')).toEqual({ kind: 'text', text: '2021年上半年报送表回收情况' });
    const collection = fake.tableValues(TABLES.collection).rows;
    expect(collection.find((r) => r[0] === '省商务厅')?.[2]).toBe(1);
    expect(fake.stats.unsupportedCalls).toEqual([]);
  });
});
