/**
 * 重新读取方案 through the pane's two backends — the in-browser workbook (an .xlsx the office edited, opened in the
 * pane) and Excel (the strict fake, the office typing into 责任分工): the status says the tables were edited, the
 * preview lists the differences and writes nothing, the confirmed write keeps every entry, and the status then
 * has nothing more to say. A refused read names the cell. Syncs are measured inside Excel.
 */
import { builtinSchema } from '../../src/domain/builtin';
import { translate } from '../../src/domain/messages';
import { withRegistryAliases } from '../../src/domain/units/aliases';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { ExcelBackend } from '../../src/taskpane/backend/excel/excelBackend';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import { readWorkbookPackage } from '../../src/xlsx/package/readSnapshot';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { asExcel, fakeWorkbook } from '../excel/fakeContext';
import { createExcelFake } from '../support/excelFake';
import { typeTableRows } from '../support/fake/typing';
import { editAddress, tableIn, typeIntoTables, type TableCellEdit } from '../support/schemaTableCells';
import { JOURNEY_ROWS } from './journeyRows';

const never = new AbortController().signal;
const quiet = () => undefined;
const stored = withRegistryAliases(builtinSchema());

/** 省财政厅 is one of item 5's responsible units in the built-in notice; the office makes it lead there. */
const MOVE: TableCellEdit = {
  table: TABLES.duties,
  where: { 序号: 5, 单位: '省财政厅' },
  header: '分工',
  value: '牵头',
};
const BROKEN: TableCellEdit = { ...MOVE, header: '单位', value: '省不存在局' };

const editedNotice = (status: { tablesEdited: { key: string } | null }) =>
  status.tablesEdited?.key === 'tables.edited';

describe('重新读取方案 in the browser', () => {
  async function opened(edits: TableCellEdit[]): Promise<BrowserBackend> {
    const rows = JOURNEY_ROWS.map((r) => COLUMNS.entries.map((c) => r[c] ?? null));
    const bytes = await writePlanToXlsx(
      planWorkbook(stored, { entries: { headers: [...COLUMNS.entries], rows } }),
    );
    const backend = new BrowserBackend();
    await backend.openWorkbook(await typeIntoTables(bytes, edits), '台账.xlsx');
    return backend;
  }

  it('previews the moved duty, writes it on confirmation keeping every entry, and the file downloaded holds it', async () => {
    const backend = await opened([MOVE]);
    expect(editedNotice(await backend.status())).toBe(true);
    const preview = await backend.previewTables(quiet, never);
    expect(preview.changes.map((c) => c.detail)).toEqual([
      expect.stringMatching(
        /^工作任务 5（.*）：牵头单位 （空） → 省财政厅；责任单位 省税务局、省财政厅、.* → 省税务局、省人力资源社会保障厅、/,
      ),
    ]);
    expect(backend.hasUnsavedChanges()).toBe(false);
    const done = await backend.rereadSchema(preview.fingerprint ?? '', quiet, never);
    expect(done.status).toBe('written');
    if (done.status !== 'written') return;
    expect(done.load.entriesKept).toBe(JOURNEY_ROWS.length);
    expect(backend.hasUnsavedChanges()).toBe(true);
    const status = await backend.status();
    expect(editedNotice(status)).toBe(false);
    expect(status.entries).toBe(JOURNEY_ROWS.length);
    const file = await backend.download(quiet, never);
    const meta = storedSchema(await readWorkbookPackage(file.bytes, file.name));
    expect(meta.status === 'ok' && meta.schema.items[4]?.lead).toEqual(['省财政厅']);
  });

  it('refuses a duty naming a unit not in 单位, naming the cell, and leaves the workbook unchanged', async () => {
    const backend = await opened([BROKEN]);
    const preview = await backend.previewTables(quiet, never);
    expect(preview.schema).toBeNull();
    expect(translate('zh-CN', preview.problems[0]!)).toMatch(
      /^“责任分工”表 B\d+ 单元格：单位“省不存在局”不在“单位”表中/,
    );
    expect(backend.hasUnsavedChanges()).toBe(false);
  });
});

describe('重新读取方案 inside Excel', () => {
  it('previews and writes the moved duty, keeping the typed rows, in few syncs', async () => {
    const fake = createExcelFake();
    const backend = new ExcelBackend(fakeWorkbook(fake));
    await backend.loadSchema((await backend.previewBuiltin()).schema, quiet, never);
    typeTableRows(fake.model, TABLES.entries, JOURNEY_ROWS);
    const wb = fakeWorkbook(fake);
    const snapshot = await wb.read('load');
    const duties = tableIn(snapshot, TABLES.duties);
    await fake.run(async (ctx) => {
      const sheet = asExcel(ctx).workbook.worksheets.getItem(duties.sheet);
      sheet.getRange(editAddress(duties, MOVE)).values = [[MOVE.value]];
      await ctx.sync();
    });
    expect(editedNotice(await backend.status())).toBe(true);

    let before = fake.stats.syncs;
    const preview = await backend.previewTables(quiet, never);
    const previewSyncs = fake.stats.syncs - before;
    expect(preview.changes).toHaveLength(1);
    before = fake.stats.syncs;
    const done = await backend.rereadSchema(preview.fingerprint ?? '', quiet, never);
    const writeSyncs = fake.stats.syncs - before;
    expect(done.status).toBe('written');
    // The preview is one read (2 syncs); the write reads again — the tables must still give the previewed schema —
    // then loads as any schema load does (its read and its write).
    expect(previewSyncs).toBeLessThanOrEqual(2);
    expect(writeSyncs).toBeLessThanOrEqual(7);
    const status = await backend.status();
    expect(editedNotice(status)).toBe(false);
    expect(status.entries).toBe(JOURNEY_ROWS.length);
  });
});
