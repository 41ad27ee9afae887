/** The summary use case on the Office adapter: validation first, the same 校验状态 as the Validate command. */
import { summarize } from '../../src/domain/summary';
import { validateLedger } from '../../src/ledger/validateLedger';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { fakeWorkbook } from './fakeContext';
import { fakeLedger, measured, summaryRun } from './summaryFixture';

const PERIOD = '2021年上半年';
const FOUR_MB = 4 * 1024 * 1024;

describe('the summary inside Excel', () => {
  it("validates, writes the same 校验状态 as the Validate command, then the 汇总 sheet with the domain's figures, within 3 syncs", async () => {
    const { fake, schema, entries } = await fakeLedger();
    const full = await fakeLedger();
    await validateLedger(fakeWorkbook(full.fake), { period: PERIOD });
    const from = fake.stats.records.length;
    const run = await summaryRun(fakeWorkbook(fake), PERIOD);
    expect(run.ok).toBe(true);
    expect(run.summary).toEqual(summarize(schema, entries, PERIOD));
    const used = measured(fake, from);
    expect(used.syncs).toBeLessThanOrEqual(3);
    expect(used.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    // The summary needs only 校验状态: highlights and 校验结果 are the Validate command's.
    expect(fake.model.sheet(SHEETS.issues)).toBeUndefined();
    const statuses = fake.tableValues(TABLES.entries).rows.map((r) => r[r.length - 1]);
    expect(statuses).toContain('错误');
    expect(statuses).toEqual(full.fake.tableValues(TABLES.entries).rows.map((r) => r[r.length - 1]));
    expect(fake.charts(SHEETS.summary)).toHaveLength(1);
  });

  it('names an unknown period in Chinese and writes no 汇总 sheet', async () => {
    const { fake } = await fakeLedger();
    const run = await summaryRun(fakeWorkbook(fake), '2020年上半年');
    expect(run.ok).toBe(false);
    expect(run.message).toContain('2020年上半年');
    expect(run.message).toContain('2021年上半年');
    expect(fake.model.sheet(SHEETS.summary)).toBeUndefined();
  });

  it('costs one read, the probe of the 汇总 sheet and one write', async () => {
    const { fake } = await fakeLedger();
    const wb = fakeWorkbook(fake);
    await summaryRun(wb, PERIOD);
    const from = fake.stats.records.length;
    const again = await summaryRun(wb, PERIOD);
    expect(again.ok).toBe(true);
    expect(measured(fake, from).syncs).toBe(3);
    expect(wb.costs.map((c) => c.operation)).toEqual(['read', 'summary', 'read', 'summary']);
  });
});
