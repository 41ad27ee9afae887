/**
 * The collect use case on the in-memory ledger: previews write nothing, forms of an earlier schema are still this
 * ledger's, collecting the same content twice takes nothing twice, and 回收情况 survives other commands.
 */
import ExcelJS from 'exceljs';
import { builtinSchema } from '../../src/domain/builtin';
import { collectReturns, previewCollect, type ReturnedFile } from '../../src/ledger/collect';
import { loadSchema } from '../../src/ledger/loadSchema';
import { buildLedgerReturns } from '../../src/ledger/returns';
import { validateLedger } from '../../src/ledger/validateLedger';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { readReturnedFile } from '../../src/xlsx/readReturnedFile';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writeReturnForm } from '../../src/xlsx/writeReturnForm';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import { fillForm } from '../collect/fillForm';

const H1 = '2021年上半年';
const options = { importedAt: new Date('2021-07-12T02:00:00Z'), read: readReturnedFile };

async function ledgerWithForm(): Promise<{ book: XlsxLedger; form: Uint8Array }> {
  const book = XlsxLedger.empty();
  await loadSchema(book, builtinSchema(), { appVersion: 'test' });
  const done = await buildLedgerReturns(book, {
    period: H1,
    generatedAt: new Date(),
    write: writeReturnForm,
  });
  const blank = done.files.find((f) => f.unit === '省科技厅');
  if (!blank) throw new Error('no form for 省科技厅');
  const form = await fillForm(blank.bytes, {
    file: 'a',
    fills: [
      ['T20.1', { 累计完成值: 80, 工作进展: '进展' }],
      ['1', { 工作进展: '参加会议' }],
    ],
    modified: '2021-07-08T00:00:00.000Z',
  });
  return { book, form };
}

const file = (name: string, bytes: Uint8Array): ReturnedFile => ({ path: name, name, bytes, fileTime: null });

describe('collecting into the in-memory ledger', () => {
  it('previews verdicts and counts without writing anything', async () => {
    const { book, form } = await ledgerWithForm();
    const before = JSON.stringify(await book.read('status'));
    const preview = await previewCollect(book, [file('a.xlsx', form)], options);
    expect(preview.verdicts.map((v) => [v.status, v.rows.added])).toEqual([['accepted', 2]]);
    expect(preview.collection?.missing).not.toContain('省科技厅');
    expect(JSON.stringify(await book.read('status'))).toBe(before);
  });

  it('takes a form generated before the schema changed as this ledger’s, with a notice', async () => {
    const { book, form } = await ledgerWithForm();
    await loadSchema(
      book,
      { ...builtinSchema(), title: `${builtinSchema().title}（调整）` },
      { appVersion: 'test' },
    );
    const done = await collectReturns(book, [file('a.xlsx', form)], options);
    expect(done.verdicts[0]).toMatchObject({ status: 'accepted' });
    expect(done.verdicts[0]?.notices.map((n) => n.key)).toContain('collect.notice.earlierSchema');
  });

  it('calls a different file with the same content unchanged, records it once, then knows it by its SHA-256', async () => {
    const { book, form } = await ledgerWithForm();
    await collectReturns(book, [file('a.xlsx', form)], options);
    const again = await fillForm(form, { file: 'b', fills: [], modified: '2021-07-09T00:00:00.000Z' });
    const second = await collectReturns(book, [file('b.xlsx', again)], options);
    expect(second.verdicts[0]).toMatchObject({
      status: 'unchanged',
      rows: { added: 0, changed: 0, unchanged: 2 },
      problem: { key: 'collect.sameContent' },
    });
    const third = await collectReturns(book, [file('b.xlsx', again)], options);
    expect(third.verdicts[0]).toMatchObject({
      status: 'unchanged',
      problem: { key: 'collect.alreadyCollected' },
    });
    const imports = (await book.read('status')).tables.find((t) => t.name === TABLES.imports);
    expect(imports?.rows.map((r) => [r.values[0], r.values[6]])).toEqual([
      ['a.xlsx', '已采用'],
      ['b.xlsx', '未变'],
    ]);
  });

  it('keeps 回收情况, its table and its text, when another command writes the file again', async () => {
    const { book, form } = await ledgerWithForm();
    await collectReturns(book, [file('a.xlsx', form)], options);
    const collected = await XlsxLedger.open(await book.toBytes('test'));
    await validateLedger(collected, { merge: true });
    const bytes = await collected.toBytes('test');
    const snapshot = await readWorkbookXlsx(bytes);
    expect(snapshot.tables.find((t) => t.name === TABLES.collection)?.rows.length).toBeGreaterThan(0);
    expect(snapshot.tables.find((t) => t.name === TABLES.imports)?.rows).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(SHEETS.collection)?.getCell('A1').value).toBe('2021年上半年报送表回收情况');
  });
});
