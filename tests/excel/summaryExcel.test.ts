/** Generating the 汇总 sheet in Excel, against the strict fake: what is written, the chart, old hosts, failures. */
import { summarize } from '../../src/domain/summary';
import { SUMMARY_CHART_NAME } from '../../src/excel/summaryChart';
import { columnIndex } from '../support/excelFake';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { indexToLetters } from '../../src/workbook/address';
import { fakeWorkbook } from './fakeContext';
import { fakeLedger, measured, summaryRun } from './summaryFixture';

const FIRST = '2021年上半年';
const SECOND = '2021年前三季度';

async function ledgerWithWorkbook(options = {}) {
  const ledger = await fakeLedger(options);
  return { ...ledger, wb: fakeWorkbook(ledger.fake) };
}

describe('generating the 汇总 sheet in Excel', () => {
  it('writes every planned table over the planned place with its calculated-column formulas', async () => {
    const { fake, schema, entries, wb } = await ledgerWithWorkbook();
    const run = await summaryRun(wb, FIRST);
    expect(run).toMatchObject({ ok: true, skipped: [] });
    expect(run.summary).toEqual(summarize(schema, entries, FIRST));
    const plan = planSummarySheet(schema, FIRST).sheet;
    const formulas = fake.formulaCells(SHEETS.summary);
    for (const table of plan.tables) {
      const written = fake.tableValues(table.name);
      expect(written.headers).toEqual(table.columns.map((c) => c.header));
      expect(written.rows).toHaveLength(Math.max(table.rows.length, 1));
      const top = Number(/\d+/.exec(table.topLeft)?.[0]);
      const left = columnIndex(/^[A-Z]+/.exec(table.topLeft)?.[0] ?? 'A');
      table.columns.forEach((column, j) => {
        if (!column.formula) return;
        expect([
          `${indexToLetters(left + j)}${top + 1}`,
          formulas.get(`${indexToLetters(left + j)}${top + 1}`),
        ]).toEqual([`${indexToLetters(left + j)}${top + 1}`, column.formula]);
      });
    }
    expect(fake.cell(SHEETS.summary, 'B2')).toEqual({ kind: 'text', text: FIRST });
    expect(fake.model.names.get('wp_summaryperiod')?.formula).toContain(SHEETS.summary);
  });

  it('keeps text-formatted formula columns as formulas when the sheet is written again', async () => {
    const { fake, wb } = await ledgerWithWorkbook();
    await summaryRun(wb, FIRST);
    const first = fake.formulaCells(SHEETS.summary);
    await summaryRun(wb, SECOND);
    const second = fake.formulaCells(SHEETS.summary);
    expect(first.size).toBeGreaterThan(50);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    // 指标名称 is formatted as text (@) and must still hold its formula.
    expect([...second.values()].some((f) => f.includes('[指标名称]'))).toBe(true);
  });

  it('hides the helper columns the plan marks hidden, and only those', async () => {
    const { fake, schema, wb } = await ledgerWithWorkbook();
    await summaryRun(wb, FIRST);
    const sheet = fake.model.requireSheet(SHEETS.summary);
    const expected = new Set<number>();
    for (const table of planSummarySheet(schema, FIRST).sheet.tables) {
      const left = columnIndex(/^[A-Z]+/.exec(table.topLeft)?.[0] ?? 'A');
      table.columns.forEach((c, j) => c.hidden && expected.add(left + j));
    }
    expect(expected.size).toBeGreaterThan(0);
    expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('creates the chart once, over 完成率 and 序时进度 beside WP_Summary, and updates it on the next run', async () => {
    const { fake, wb } = await ledgerWithWorkbook();
    await summaryRun(wb, FIRST);
    const created = fake.charts(SHEETS.summary);
    expect(created.map((c) => c.name)).toEqual([SUMMARY_CHART_NAME]);
    const table = fake.model.requireTable(TABLES.summary);
    const headers = fake.tableValues(TABLES.summary).headers;
    const rate = table.rect.left + headers.indexOf('完成率');
    expect(created[0]).toMatchObject({
      type: 'BarClustered',
      seriesBy: 'Columns',
      source: {
        sheet: SHEETS.summary,
        rect: { top: table.rect.top, bottom: table.rect.bottom, left: rate, right: rate + 1 },
      },
      dataResets: 0,
    });
    expect(headers[rate - table.rect.left + 1]).toBe('序时进度');
    // Beside the table: right of its last column, from its header row down.
    expect(created[0]?.position?.left).toBeGreaterThan(table.rect.right);
    expect(created[0]?.position?.top).toBe(table.rect.top);

    await summaryRun(wb, SECOND);
    const after = fake.charts(SHEETS.summary);
    expect(after).toHaveLength(1);
    expect(after[0]?.dataResets).toBe(1);
    const ctx = fake.newContext();
    const series = ctx.workbook.worksheets
      .getItem(SHEETS.summary)
      .charts.getItem(SUMMARY_CHART_NAME)
      .series.load('count');
    await ctx.sync();
    expect(series.count).toBe(2);
  });

  it('removes stray copies of the chart so that exactly one remains', async () => {
    const { fake, wb } = await ledgerWithWorkbook();
    await summaryRun(wb, FIRST);
    const copy = fake.charts(SHEETS.summary)[0];
    if (!copy) throw new Error('no chart');
    fake.model
      .requireSheet(SHEETS.summary)
      .charts.push({ ...copy, dataResets: 0 }, { ...copy, name: 'Chart 9' });
    await summaryRun(wb, FIRST);
    expect(
      fake
        .charts(SHEETS.summary)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Chart 9', SUMMARY_CHART_NAME].sort());
  });

  it('refreshes validation before writing: 校验状态 is current when the sheet is written', async () => {
    const { fake, wb } = await ledgerWithWorkbook();
    await summaryRun(wb, FIRST);
    const rows = fake.tableValues(TABLES.entries).rows;
    expect(rows.map((r) => r[r.length - 1])).toContain('错误');
    expect(rows.every((r) => ['通过', '警告', '错误'].includes(String(r[r.length - 1])))).toBe(true);
  });

  it('at ExcelApi 1.4 skips the 1.6+ features with notices and calls nothing the host lacks', async () => {
    const { fake, wb } = await ledgerWithWorkbook({ apiVersion: '1.4' });
    const run = await summaryRun(wb, FIRST);
    expect(run.ok).toBe(true);
    expect(fake.stats.unsupportedCalls).toEqual([]);
    expect([...run.skipped].sort()).toEqual(
      [
        'chartCategoryNames',
        'conditionalFormats',
        'dataValidation',
        'freezePanes',
        'pageLayout',
        'tabColor',
      ].sort(),
    );
    expect(run.notices.join('\n')).toContain('ExcelApi 1.7');
    expect(fake.charts(SHEETS.summary)).toHaveLength(1);
    expect(fake.charts(SHEETS.summary)[0]?.categoryNames).toBeNull();
  });

  it('names the categories after the targets where ExcelApi 1.7 is there', async () => {
    const { fake, wb } = await ledgerWithWorkbook();
    await summaryRun(wb, FIRST);
    const table = fake.model.requireTable(TABLES.summary);
    const name = table.rect.left + fake.tableValues(TABLES.summary).headers.indexOf('指标名称');
    expect(fake.charts(SHEETS.summary)[0]?.categoryNames?.rect).toEqual({
      top: table.rect.top + 1,
      bottom: table.rect.bottom,
      left: name,
      right: name,
    });
  });
});

describe('summary generation failures', () => {
  it('rejects a period the schema does not have, in Chinese, without writing the sheet', async () => {
    const { fake, wb } = await ledgerWithWorkbook();
    const run = await summaryRun(wb, '2020年上半年');
    expect(run.ok).toBe(false);
    expect(run.message).toContain('2020年上半年');
    expect(fake.model.sheet(SHEETS.summary)).toBeUndefined();
  });

  it('stops when the entries cannot be validated and says why', async () => {
    const { fake } = await fakeLedger();
    const entries = fake.model.requireTable(TABLES.entries);
    entries.sheet.ensure(entries.rect.top, entries.rect.left).stored = { kind: 'text', text: '期间' };
    const run = await summaryRun(fakeWorkbook(fake), FIRST);
    expect(run.ok).toBe(false);
    expect(run.message).toContain('报告期');
    expect(fake.model.sheet(SHEETS.summary)).toBeUndefined();
  });

  it('reports the step of a host failure at the write and leaves the entries as they were', async () => {
    const { fake } = await fakeLedger();
    const wb = fakeWorkbook(fake);
    const before = fake.tableValues(TABLES.entries);
    const from = fake.stats.syncs;
    // The read, the summary's probe, then the write.
    fake.configure({ failAtSync: from + 3 });
    const run = await summaryRun(wb, FIRST);
    expect(run.ok).toBe(false);
    expect(run.message).toContain('写入汇总表');
    // Apart from 校验状态 (validation's own column, refreshed first), every entry cell is as it was.
    const withoutStatus = (rows: unknown[][]) => rows.map((r) => r.slice(0, -1));
    expect(withoutStatus(fake.tableValues(TABLES.entries).rows)).toEqual(withoutStatus(before.rows));
    expect(measured(fake, from).syncs).toBe(3);
    expect(fake.model.table(TABLES.summary)).toBeUndefined();
  });
});
