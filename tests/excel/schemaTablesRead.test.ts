/**
 * Every read of the live workbook brings the schema tables (工作任务, 责任分工, 目标指标, 单位) with it, in the
 * syncs it already makes: validation and the summary compare them with `_wp_meta`, and reading the schema back
 * needs them. A ledger missing one of them is still read, with one more sync to list what is there.
 */
import { translate } from '../../src/domain/messages';
import { readEntries, readWorkbook } from '../../src/excel/readEntries';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { miniSchema } from '../fixtures/summary/miniSchema';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { asExcel, fakeWorkbook, validateInFake } from './fakeContext';
import { summaryRun } from './summaryFixture';

const SCHEMA_TABLES = [TABLES.items, TABLES.duties, TABLES.targets, TABLES.units];

async function ledger(): Promise<ExcelFake> {
  const fake = createExcelFake();
  const rows = ENTRY_ROWS.map((r) => [...r]);
  fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
  const loaded = await fakeWorkbook(fake).loadPlan(
    planWorkbook(miniSchema(), { entries: { headers: [...COLUMNS.entries], rows } }),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return fake;
}

/** Sets one cell of a schema table through the API, as a person typing in it. */
async function typeInto(fake: ExcelFake, table: string, row: number, header: string, value: unknown) {
  const { headers } = fake.tableValues(table);
  const column = headers.indexOf(header);
  await fake.run(async (ctx) => {
    const range = ctx.workbook.tables.getItem(table).getDataBodyRange().getCell(row, column);
    range.values = [[value]];
    await ctx.sync();
  });
}

describe('the schema tables read with the entries', () => {
  it('come with the validation read at no extra sync, each table whole', async () => {
    const fake = await ledger();
    const bare = await fake.run((ctx) => readEntries(asExcel(ctx), undefined, undefined, []));
    const read = await fake.run((ctx) => readEntries(asExcel(ctx)));
    expect(read.syncs).toBe(bare.syncs);
    expect(read.snapshot.tables.map((t) => t.name)).toEqual([TABLES.entries, ...SCHEMA_TABLES]);
    const duties = read.snapshot.tables.find((t) => t.name === TABLES.duties);
    expect(duties?.headers).toEqual([...COLUMNS.duties]);
    expect(duties?.rows.map((r) => r.values)).toEqual(fake.tableValues(TABLES.duties).rows);
    expect(duties?.rows[0]?.row).toBe(2);
  });

  it('come with the load read, with 报告期, at no extra sync', async () => {
    const fake = await ledger();
    const read = await fake.run((ctx) => readWorkbook(asExcel(ctx)));
    const bare = await fake.run((ctx) => readEntries(asExcel(ctx), undefined, undefined, []));
    expect(read.syncs).toBe(bare.syncs + 1);
    expect(read.snapshot.tables.map((t) => t.name).sort()).toEqual(
      [TABLES.entries, ...SCHEMA_TABLES, TABLES.periods].sort(),
    );
  });

  it('come with the summary’s compact read', async () => {
    const fake = await ledger();
    const snapshot = await fakeWorkbook(fake).read('summary');
    expect(snapshot.tables.map((t) => t.name)).toEqual([TABLES.entries, ...SCHEMA_TABLES]);
  });

  it('reads a ledger whose 目标指标 table was deleted with one more sync, keeping the other tables', async () => {
    const fake = await ledger();
    const bare = await fake.run((ctx) => readEntries(asExcel(ctx), undefined, undefined, []));
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem(TABLES.targets).delete();
      await ctx.sync();
    });
    const read = await fake.run((ctx) => readEntries(asExcel(ctx)));
    // The failed first sync, the listing, then the read as usual.
    expect(read.syncs).toBe(bare.syncs + 2);
    expect(read.snapshot.tables.map((t) => t.name)).toEqual([
      TABLES.entries,
      TABLES.items,
      TABLES.duties,
      TABLES.units,
    ]);
    expect(read.snapshot.tables[0]?.rows).toHaveLength(ENTRY_ROWS.length);
    const summary = await summaryRun(fakeWorkbook(fake), '2021年上半年');
    expect(summary.ok).toBe(true);
  });
});

describe('validation and the summary in Excel say when the schema tables were edited', () => {
  it('say nothing about an unedited ledger', async () => {
    const fake = await ledger();
    const validation = await validateInFake(fakeWorkbook(fake), '2021年上半年');
    expect(validation.validation.notices.map((m) => m.key)).not.toContain('tables.edited');
    const summary = await summaryRun(fakeWorkbook(fake), '2021年上半年');
    expect(summary.notices.join('\n')).not.toContain('方案表格');
  });

  it('warn, without failing, once a unit moved from 配合 to 牵头 in 责任分工', async () => {
    const fake = await ledger();
    const duties = fake.tableValues(TABLES.duties).rows;
    const at = duties.findIndex((r) => r[2] === '配合');
    expect(at).toBeGreaterThanOrEqual(0);
    await typeInto(fake, TABLES.duties, at, '分工', '牵头');
    const validation = await validateInFake(fakeWorkbook(fake), '2021年上半年');
    expect(validation.validation.notices.map((m) => m.key)).toContain('tables.edited');
    expect(validation.notices.join('\n')).toContain('方案表格');
    const summary = await summaryRun(fakeWorkbook(fake), '2021年上半年');
    expect(summary.ok).toBe(true);
    expect(summary.notices.join('\n')).toContain(translate('zh-CN', { key: 'tables.edited', params: {} }));
  });
});
