/** The validation read's blocks: measured sizes, a host that refuses large answers, columns moved by hand. */
import { readEntries } from '../../src/excel/readEntries';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { createExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { asExcel, fakeWorkbook } from './fakeContext';
import { locateEntries } from '../../src/workbook/inspectEntries';
import { summaryRun } from './summaryFixture';
import { largeLedgerRows } from './largeLedgerRows';

describe('reading the entries in blocks', () => {
  it('reads every row of a host that refuses answers over 300 KB, halving blocks it refuses', async () => {
    const rows = largeLedgerRows(
      fixtureRows.map((r) => r.values),
      1500,
      600,
    );
    const fake = createExcelFake({ maxResponseBytes: 300_000 });
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    fake.seedSheet(SHEETS.meta);
    const read = await fake.run((ctx) => readEntries(asExcel(ctx), 250_000));
    expect(read.snapshot.tables[0]?.rows).toHaveLength(1500);
    expect(read.snapshot.tables[0]?.rows[1499]?.values[6]).toBe(rows[1499]?.[6]);
    expect(fake.stats.records.filter((r) => !r.error).every((r) => r.responseBytes <= 300_000)).toBe(true);
  });

  it('finds formula cells of a table whose columns were moved by hand (re-reading formulas over the right columns)', async () => {
    const headers = ['工作进展', ...COLUMNS.entries.filter((h) => h !== '工作进展')];
    const from = COLUMNS.entries.indexOf('工作进展');
    const rows = fixtureRows.slice(0, 5).map((r) => {
      const v = [...r.values];
      const [progress] = v.splice(from, 1);
      return [progress, ...v];
    });
    const fake = createExcelFake();
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', headers, rows);
    fake.seedSheet(SHEETS.meta);
    const value = 1 + headers.indexOf('累计完成值');
    fake.model.requireSheet(SHEETS.entries).ensure(2, value - 1).stored = {
      kind: 'formula',
      formula: '=1+1',
    };
    // A bare entries table: no schema tables asked for (a ledger missing them costs a listing sync, see schemaTablesRead).
    const read = await fake.run((ctx) => readEntries(asExcel(ctx), undefined, undefined, []));
    expect(read.snapshot.tables[0]?.formulaCells).toEqual([{ row: 3, column: value - 1 }]);
    // The blind first sync guessed the contract's order; the re-read covers the columns as they are.
    expect(read.syncs).toBe(2);
  });
});

describe('the summary’s validation read on a host that refuses large answers', () => {
  it('falls back from the compact read to the measured blocks of the full read', async () => {
    const rows = largeLedgerRows(
      fixtureRows.map((r) => r.values),
      3000,
      20,
    );
    const fake = createExcelFake();
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    const loaded = await fakeWorkbook(fake).loadPlan(bookPlan(rows));
    expect(loaded.ok).toBe(true);
    fake.configure({ maxResponseBytes: 120_000 });
    const wb = fakeWorkbook(fake);
    const found = locateEntries(await wb.read('summary'));
    expect(found.found && found.rows).toHaveLength(3000);
    expect(fake.stats.records.some((r) => r.error)).toBe(true);
    expect((await summaryRun(wb, fixturePeriod)).ok).toBe(true);
  });
});
