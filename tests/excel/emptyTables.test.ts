/**
 * Point 9 of "inside real Excel": a user can delete every data row of a table (Delete › Table Rows), leaving
 * only its header. What `getDataBodyRange()` then gives is undocumented (the fake answers ItemNotFound or the row
 * under the header); every read and write must work either way.
 */
import { locateEntries } from '../../src/workbook/inspectEntries';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { eachSetting } from '../support/behaviours';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { fakeWorkbook, validateInFake } from './fakeContext';
import { summaryRun } from './summaryFixture';

async function ledger(behaviour: object): Promise<ExcelFake> {
  const fake = createExcelFake({ behaviour });
  const loaded = await fakeWorkbook(fake).loadPlan(bookPlan(fixtureRows.map((r) => r.values)));
  if (!loaded.ok) throw new Error(loaded.message);
  return fake;
}

describe.each(eachSetting('emptyTableBody'))('a table without data rows, %s', (_label, behaviour) => {
  it('reads as a table with no rows', async () => {
    const fake = await ledger(behaviour);
    fake.deleteAllTableRows(TABLES.entries);
    const read = locateEntries(await fakeWorkbook(fake).read('validate'));
    expect(read.found && read.layout.headers[0]).toBe('报告期');
    expect(read.found && read.rows).toEqual([]);
  });

  it('validates an entries table without rows: every unit is reported missing, nothing else', async () => {
    const fake = await ledger(behaviour);
    fake.deleteAllTableRows(TABLES.entries);
    const done = await validateInFake(fakeWorkbook(fake), fixturePeriod);
    expect(done.rows).toEqual([]);
    // Read as the table it is, not through the path for a workbook whose table is missing.
    expect(done.notices).toEqual([]);
    expect(done.syncs).toBe(2);
    expect(done.result.issues.every((i) => i.row === null)).toBe(true);
    expect(fake.tableValues(TABLES.issues).rows.length).toBe(done.result.issues.length);
  });

  it('reads an entries table without rows for the summary', async () => {
    const fake = await ledger(behaviour);
    fake.deleteAllTableRows(TABLES.entries);
    const wb = fakeWorkbook(fake);
    const read = locateEntries(await wb.read('summary'));
    expect(read.found && read.rows).toEqual([]);
    expect(read.found && read.notices).toEqual([]);
    const run = await summaryRun(wb, fixturePeriod);
    expect(run.ok).toBe(true);
    expect(run.summary?.targets.every((t) => t.status === '未报送' || t.actual === null)).toBe(true);
  });

  it('loads a schema into a workbook whose entries table has no rows, with the dropdowns under the header', async () => {
    const fake = await ledger(behaviour);
    fake.deleteAllTableRows(TABLES.entries);
    const result = await fakeWorkbook(fake).loadPlan(bookPlan([]));
    expect(result.message).toContain('台账已加载');
    expect(fake.model.requireTable(TABLES.entries).rect).toMatchObject({ top: 0, bottom: 0 });
    const rules = fake.model.requireSheet(SHEETS.entries).validations;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.rect.top).toBeGreaterThanOrEqual(1);
  });

  it('refills a 汇总 table whose rows were deleted by hand', async () => {
    const fake = await ledger(behaviour);
    const wb = fakeWorkbook(fake);
    expect((await summaryRun(wb, fixturePeriod)).ok).toBe(true);
    const planned = fake.tableValues(TABLES.summary).rows.length;
    fake.deleteAllTableRows(TABLES.summary);
    const again = await summaryRun(wb, fixturePeriod);
    expect(again.ok).toBe(true);
    expect(fake.tableValues(TABLES.summary).rows).toHaveLength(planned);
  });
});
