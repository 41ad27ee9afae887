/** Generating the summary with the real validation refresh (issue 5's refreshValidation) in front of it. */
import { summarize } from '../../src/domain/summary';
import { refreshValidation } from '../../src/excel/validateWorkbook';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { asExcel, fakeWorkbook } from './fakeContext';
import { fakeLedger, measured } from './summaryFixture';

const PERIOD = '2021年上半年';
const FOUR_MB = 4 * 1024 * 1024;

describe('generateSummary with the real validation refresh', () => {
  it("validates, writes the same 校验状态 as the Validate command, then the 汇总 sheet with the domain's figures, within 4 syncs", async () => {
    const { fake, schema, entries } = await fakeLedger();
    const full = await fakeLedger();
    await full.fake.run((ctx) => refreshValidation(asExcel(ctx), { period: PERIOD }));
    const from = fake.stats.records.length;
    const run = await fakeWorkbook(fake).generateSummary(PERIOD);
    expect(run.ok).toBe(true);
    expect(run.summary).toEqual(summarize(schema, entries, PERIOD));
    const used = measured(fake, from);
    expect(used.syncs).toBeLessThanOrEqual(4);
    expect(used.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    // The summary needs only 校验状态: highlights and 校验结果 are the Validate command's.
    expect(fake.model.sheet(SHEETS.issues)).toBeUndefined();
    const statuses = fake.tableValues(TABLES.entries).rows.map((r) => r[r.length - 1]);
    expect(statuses).toContain('错误');
    expect(statuses).toEqual(full.fake.tableValues(TABLES.entries).rows.map((r) => r[r.length - 1]));
    expect(fake.charts(SHEETS.summary)).toHaveLength(1);
  });

  it("turns an unknown period into validation's Chinese message and writes no 汇总 sheet", async () => {
    const { fake } = await fakeLedger();
    const run = await fakeWorkbook(fake).generateSummary('2020年上半年');
    expect(run.ok).toBe(false);
    expect(run.message).toMatch(/[\u4e00-\u9fff]/);
    expect(fake.model.sheet(SHEETS.summary)).toBeUndefined();
  });

  it("adds one write to validation's own syncs: its reads ride along", async () => {
    const { fake } = await fakeLedger();
    // Validation alone first, to know its own syncs on this workbook (the second run has a 校验结果 sheet too).
    await fake.run((ctx) => refreshValidation(asExcel(ctx), { period: PERIOD }));
    const alone = await fake.run((ctx) => refreshValidation(asExcel(ctx), { period: PERIOD }));
    const from = fake.stats.records.length;
    const run = await fakeWorkbook(fake).generateSummary(PERIOD);
    expect(run.ok).toBe(true);
    expect(measured(fake, from).syncs).toBe(Math.max(alone.syncs, 2) + 1);
  });
});
