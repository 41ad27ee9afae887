/**
 * Point 2 of "inside real Excel", and the acceptance measure: a ledger of 3,000 entries whose 工作进展 are 600
 * characters each. Excel on the web fails any request or response over 5 MB (the fake too); the reads must be
 * sized from what they measure, not from a fixed row count, and never ask for `formulas` of free-text columns.
 */
import { locateEntries } from '../../src/workbook/inspectEntries';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { fakeWorkbook, validateInFake } from './fakeContext';
import { measured, summaryRun } from './summaryFixture';
import { largeLedgerRows, LARGE_LEDGER } from './largeLedgerRows';

const FIVE_MB = 5 * 1024 * 1024;
const BUDGET = 4_000_000;

async function largeLedger(): Promise<ExcelFake> {
  const rows = largeLedgerRows(fixtureRows.map((r) => r.values));
  const fake = createExcelFake();
  fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
  const loaded = await fakeWorkbook(fake).loadPlan(bookPlan(rows));
  if (!loaded.ok) throw new Error(loaded.message);
  return fake;
}

describe(`a ledger of ${LARGE_LEDGER.entries} entries with ${LARGE_LEDGER.progressChars}-character 工作进展`, () => {
  let fake: ExcelFake;
  beforeAll(async () => {
    fake = await largeLedger();
  });

  it('is validated with every request and response under 4 MB', async () => {
    const mark = fake.stats.records.length;
    const done = await validateInFake(fakeWorkbook(fake), fixturePeriod);
    const cost = measured(fake, mark);
    expect(done.rows).toHaveLength(LARGE_LEDGER.entries);
    expect(cost.maxResponseBytes).toBeLessThanOrEqual(BUDGET);
    expect(cost.maxRequestBytes).toBeLessThanOrEqual(BUDGET);
    expect(done.syncs).toBe(cost.syncs);
  });

  it('is summarised with every request and response under 4 MB', async () => {
    const mark = fake.stats.records.length;
    const run = await summaryRun(fakeWorkbook(fake), fixturePeriod);
    const cost = measured(fake, mark);
    expect(run.ok).toBe(true);
    expect(run.summary?.targets.length).toBeGreaterThan(0);
    expect(cost.maxResponseBytes).toBeLessThanOrEqual(BUDGET);
    expect(cost.maxRequestBytes).toBeLessThanOrEqual(BUDGET);
  });

  it('is read for the status screen with every response under 4 MB', async () => {
    const mark = fake.stats.records.length;
    const found = locateEntries(await fakeWorkbook(fake).read('status'));
    expect(found.found && found.rows).toHaveLength(LARGE_LEDGER.entries);
    expect(measured(fake, mark).maxResponseBytes).toBeLessThanOrEqual(BUDGET);
  });

  it('never loads formulas of the free-text columns', async () => {
    const progress = COLUMNS.entries.indexOf('工作进展');
    const mark = fake.stats.records.length;
    await validateInFake(fakeWorkbook(fake), fixturePeriod);
    expect(fake.stats.records.slice(mark).every((r) => r.responseBytes <= FIVE_MB)).toBe(true);
    expect(fake.stats.formulaReads.some((rect) => rect.left <= progress && rect.right >= progress)).toBe(
      false,
    );
  });
});
