/**
 * 重新读取方案 on every adapter — an .xlsx file (the CLI, and the browser once a file is opened), the workbook held
 * in memory (the browser before a file is opened) and Excel (the strict fake): the preview names each problem's
 * sheet and cell and lists the differences from `_wp_meta`, writing nothing; the write goes through loadSchema,
 * keeps every entry and keeps the fingerprint the ledger held among `_wp_meta`'s earlier fingerprints.
 */
import { translate, type Message } from '../../src/domain/messages';
import { schemaFingerprint } from '../../src/domain/schemaFile';
import { withRegistryAliases } from '../../src/domain/units/aliases';
import type { LedgerWorkbook } from '../../src/ledger/port';
import { inspectLedger } from '../../src/ledger/readLedger';
import { previewTablesSchema, rereadSchema } from '../../src/ledger/rereadSchema';
import { validateLedger } from '../../src/ledger/validateLedger';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { applyPlanToSnapshot } from '../../src/workbook/snapshotEdits';
import { readWorkbookPackage } from '../../src/xlsx/package/readSnapshot';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import { asExcel, fakeWorkbook } from '../excel/fakeContext';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { A, B, C, miniSchema } from '../fixtures/summary/miniSchema';
import { createExcelFake } from '../support/excelFake';
import {
  editAddress,
  tableIn,
  typeIntoSnapshot,
  typeIntoTables,
  type TableCellEdit,
} from '../support/schemaTableCells';

const zh = (m: Message) => translate('zh-CN', m);
const stored = withRegistryAliases(miniSchema());
const rows = ENTRY_ROWS.map((r) => [...r]);
const plan = () => planWorkbook(stored, { entries: { headers: [...COLUMNS.entries], rows } });

/** A ledger as one adapter holds it: the office types into its tables; the use cases run on its workbook. */
interface Book {
  type(edits: readonly TableCellEdit[]): Promise<void>;
  /** The ledger as it stands. */
  workbook(): Promise<LedgerWorkbook>;
  /** What a use case wrote into `workbook` becomes the ledger (a file is saved). */
  keep(workbook: LedgerWorkbook): Promise<void>;
  /** The ledger as saved, read afresh. */
  saved(): Promise<WorkbookSnapshot>;
}

async function fileBook(): Promise<Book> {
  let bytes = await writePlanToXlsx(plan());
  return {
    type: async (edits) => void (bytes = await typeIntoTables(bytes, edits)),
    workbook: () => XlsxLedger.open(bytes, 'book.xlsx'),
    keep: async (wb) => void (bytes = await (wb as XlsxLedger).toBytes('test')),
    saved: () => readWorkbookPackage(bytes, 'book.xlsx'),
  };
}

async function memoryBook(): Promise<Book> {
  let current = XlsxLedger.of(applyPlanToSnapshot({ sheets: [], tables: [], meta: null }, plan()));
  return {
    type: async (edits) =>
      void (current = XlsxLedger.of(typeIntoSnapshot(await current.read('load'), edits))),
    workbook: async () => current,
    keep: async (wb) => void (current = wb as XlsxLedger),
    // Written whole from its plan, as the browser downloads it.
    saved: async () => readWorkbookPackage(await current.toBytes('test'), 'saved.xlsx'),
  };
}

async function excelBook(): Promise<Book> {
  const fake = createExcelFake();
  fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
  const loaded = await fakeWorkbook(fake).loadPlan(plan());
  if (!loaded.ok) throw new Error(loaded.message);
  return {
    type: async (edits) => {
      const snapshot = await fakeWorkbook(fake).read('load');
      await fake.run(async (ctx) => {
        for (const edit of edits) {
          const table = tableIn(snapshot, edit.table);
          const cell = asExcel(ctx)
            .workbook.worksheets.getItem(table.sheet)
            .getRange(editAddress(table, edit));
          cell.values = [[edit.value]];
        }
        await ctx.sync();
      });
    },
    workbook: async () => fakeWorkbook(fake),
    keep: async () => undefined,
    saved: () => fakeWorkbook(fake).read('load'),
  };
}

/** The office's corrections: 省发展改革委 moves from 配合 to 牵头 in item 1, T1.1's value, an alias of 省财政厅. */
const EDITS: TableCellEdit[] = [
  { table: TABLES.duties, where: { 序号: 1, 单位: B }, header: '分工', value: '牵头' },
  { table: TABLES.targets, where: { 指标编号: 'T1.1' }, header: '目标值', value: 1200 },
  { table: TABLES.units, where: { 单位: C }, header: '别名', value: '财政厅' },
];

/** The entries as typed (every column but 校验状态, which validation writes; an empty text as a blank cell). */
function entriesOf(snapshot: WorkbookSnapshot | readonly (readonly unknown[])[]): unknown[][] {
  const values = 'tables' in snapshot ? inspectLedger(snapshot).rows.map((r) => r.values) : snapshot;
  return values.map((r) => r.slice(0, 9).map((v) => (v === '' ? null : v)));
}

describe.each([
  ['an .xlsx file', fileBook],
  ['the workbook held in memory', memoryBook],
  ['Excel', excelBook],
])('reading the schema back from the tables of %s', (_name, makeBook) => {
  it('has nothing to write for tables as the add-in wrote them', async () => {
    const book = await makeBook();
    const preview = await previewTablesSchema(await book.workbook());
    expect(preview).toMatchObject({ unchanged: true, problems: [], changes: [] });
    const outcome = await rereadSchema(await book.workbook(), { appVersion: 'test' });
    expect(outcome.status).toBe('unchanged');
  });

  it('previews a moved duty, a corrected value and an alias, then writes them, keeping every entry and the earlier fingerprint', async () => {
    const book = await makeBook();
    await book.type(EDITS);
    const first = await book.workbook();
    const preview = await previewTablesSchema(first);
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((c) => c.detail)).toEqual([
      `工作任务 1（任务1）：牵头单位 ${A} → ${A}、${B}；配合单位 ${B} → （空）`,
      '目标指标 T1.1（净增规上工业企业）：目标值 1000 → 1200',
      expect.stringMatching(new RegExp(`^单位 ${C}：别名 .* → 财政厅`)),
    ]);
    // The preview writes nothing.
    expect(storedSchema(await first.read('load'))).toMatchObject({ fingerprint: schemaFingerprint(stored) });

    const wb = await book.workbook();
    const done = await rereadSchema(wb, { appVersion: 'test', expected: preview.fingerprint ?? '' });
    expect(done.status).toBe('written');
    await book.keep(wb);
    const after = await book.saved();
    const meta = storedSchema(after);
    if (meta.status !== 'ok') throw new Error('no schema after the write');
    expect(meta.fingerprint).toBe(preview.fingerprint);
    expect(meta.earlierFingerprints).toEqual([schemaFingerprint(stored)]);
    expect(meta.schema.items[0]).toMatchObject({ lead: [A, B], cooperate: [] });
    expect(meta.schema.targets.find((t) => t.id === 'T1.1')?.value).toBe(1200);
    expect(meta.schema.units.find((u) => u.name === C)?.aliases).toContain('财政厅');
    expect(entriesOf(after)).toEqual(entriesOf(rows));
    // Read back, the tables and `_wp_meta` agree: validation no longer warns.
    const validation = await validateLedger(await book.workbook(), { write: false });
    expect(validation.notices.map((m) => m.key)).not.toContain('tables.edited');
  });

  it('refuses a duty naming a unit that is not in 单位, naming the cell, and writes nothing', async () => {
    const book = await makeBook();
    await book.type([
      { table: TABLES.duties, where: { 序号: 2, 单位: B }, header: '单位', value: '省不存在局' },
    ]);
    const before = await (await book.workbook()).read('load');
    const at = editAddress(tableIn(before, TABLES.duties), {
      table: TABLES.duties,
      where: { 序号: 2, 单位: '省不存在局' },
      header: '单位',
      value: null,
    });
    const wb = await book.workbook();
    const done = await rereadSchema(wb, { appVersion: 'test' });
    expect(done.status).toBe('refused');
    expect(done.preview.problems.map(zh)).toEqual([
      `“责任分工”表 ${at} 单元格：单位“省不存在局”不在“单位”表中。请先在“单位”表中添加这个单位，或改为表中已有的名称。`,
    ]);
    await book.keep(wb);
    const after = await book.saved();
    expect(storedSchema(after)).toMatchObject({ fingerprint: schemaFingerprint(stored) });
    expect(entriesOf(after)).toEqual(entriesOf(rows));
    // Until corrected, validation warns (naming the first problem) and still runs on `_wp_meta`.
    const validation = await validateLedger(await book.workbook(), { write: false });
    const notice = validation.notices.find((m) => m.key === 'tables.editedBroken');
    expect(notice && zh(notice)).toContain(`“责任分工”表 ${at} 单元格`);
  });

  it('writes nothing when the tables changed after the preview', async () => {
    const book = await makeBook();
    await book.type(EDITS.slice(0, 1));
    const preview = await previewTablesSchema(await book.workbook());
    await book.type(EDITS.slice(1, 2));
    const wb = await book.workbook();
    await expect(
      rereadSchema(wb, { appVersion: 'test', expected: preview.fingerprint ?? '' }),
    ).rejects.toMatchObject({ key: 'tables.changedSince' });
    await book.keep(wb);
    expect(storedSchema(await book.saved())).toMatchObject({ fingerprint: schemaFingerprint(stored) });
  });
});
