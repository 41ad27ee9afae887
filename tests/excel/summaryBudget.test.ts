/** Summary generation with 100,000 entries stays within 4 syncs and 4 MB per request (measured by the fake). */
import { OfficeWorkbook, type ExcelRunner } from '../../src/excel/officeWorkbook';
import { SHEETS } from '../../src/workbook/format';
import { asExcel, fakeWorkbook } from './fakeContext';
import { fakeLedger, measured, standInValidation } from './summaryFixture';

const PERIOD = '2021年上半年';
const FOUR_MB = 4 * 1024 * 1024;

describe('summary generation budgets with 100,000 entries', () => {
  let ledger: Awaited<ReturnType<typeof fakeLedger>>;
  beforeAll(async () => {
    ledger = await fakeLedger({}, 100_000);
  });

  it.each([1, 2, 3] as const)('stays within 4 syncs and 4 MB per request after a validation of %i sync(s), run twice', async (validationSyncs) => {
    const { fake, schema, entries } = ledger;
    const run: ExcelRunner = (batch) => fake.run((ctx) => batch(asExcel(ctx)));
    const wb = new OfficeWorkbook(run, fakeWorkbook(fake).capabilities, standInValidation(schema, entries, validationSyncs));
    for (const pass of ['first', 'second']) {
      const from = fake.stats.records.length;
      const result = await wb.generateSummary(PERIOD);
      const used = measured(fake, from);
      expect({ pass, ok: result.ok, notices: result.notices }).toEqual({ pass, ok: true, notices: [] });
      expect(used.syncs).toBeLessThanOrEqual(4);
      // The summary's reads ride along with validation's syncs: it adds one write, or two after a one-sync validation.
      expect(used.syncs).toBe(Math.max(validationSyncs, 2) + 1);
      expect(used.syncs).toBe(result.syncs);
      expect(used.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    }
    expect(fake.charts(SHEETS.summary)).toHaveLength(1);
  });
});
