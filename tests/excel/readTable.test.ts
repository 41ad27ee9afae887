import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { createExcelFake } from '../support/excelFake';
import { fakeWorkbook } from './fakeContext';
import { entryRows, handPlan } from './handPlan';

describe('reading tables and the meta sheet back', () => {
  it('reads headers and rows of a small table in one sync, with sheet row numbers and error values', async () => {
    const fake = createExcelFake();
    const rows = entryRows(3);
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    fake.model.requireSheet(SHEETS.entries).ensure(2, 4).stored = { kind: 'error', error: '#N/A' };
    const read = await fakeWorkbook(fake).readTable(TABLES.entries);
    expect(fake.stats.syncs).toBe(1);
    expect(read?.headers).toEqual([...COLUMNS.entries]);
    expect(read?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(read?.rows[0]?.values).toEqual(rows[0]);
    expect(read?.rows[1]?.values[4]).toEqual({ error: '#N/A' });
  });

  it('returns null for a missing table and drops the blank row of an empty table', async () => {
    const fake = createExcelFake();
    const wb = fakeWorkbook(fake);
    expect(await wb.readTable('WP_Missing')).toBeNull();
    await wb.loadPlan(handPlan([]));
    expect((await wb.readTable(TABLES.entries))?.rows).toEqual([]);
  });

  it('reads 100,000 rows in blocks whose responses stay under 4 MB', async () => {
    const fake = createExcelFake();
    const rows = entryRows(100_000);
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    const read = await fakeWorkbook(fake).readTable(TABLES.entries);
    expect(read?.rows).toHaveLength(100_000);
    expect(read?.rows[99_999]?.values).toEqual(rows[99_999]);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    process.stdout.write(
      `read 100k entries: ${fake.stats.syncs} syncs, largest response ${fake.stats.maxResponseBytes} bytes\n`,
    );
  });

  it('reads the meta sheet cells and returns null without one', async () => {
    const fake = createExcelFake();
    const wb = fakeWorkbook(fake);
    expect(await wb.readMeta()).toBeNull();
    await wb.loadPlan(handPlan([]));
    const meta = await wb.readMeta();
    expect(meta?.cells[0]).toEqual(['formatVersion', 1]);
    expect(meta?.cells[1]?.[1]).toContain('=HYPERLINK');
  });
});
