import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { fakeWorkbook } from './fakeContext';
import { entryRows, handPlan } from './handPlan';

const FOUR_MB = 4 * 1024 * 1024;

function seededWithEntries(n: number, options = {}): { fake: ExcelFake; rows: ReturnType<typeof entryRows> } {
  const fake = createExcelFake(options);
  const rows = entryRows(n);
  fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
  return { fake, rows };
}

describe('loading a plan into Excel (against the strict fake)', () => {
  it('loads into an empty workbook within 4 syncs and 4 MB per request', async () => {
    const fake = createExcelFake();
    fake.seedSheet('Sheet1');
    const result = await fakeWorkbook(fake).loadPlan(handPlan([]));
    expect(result).toMatchObject({ ok: true, skipped: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(result.syncs).toBe(fake.stats.syncs);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    const items = fake.tableValues(TABLES.items);
    expect(items.headers).toEqual([...COLUMNS.items]);
    expect(items.rows).toHaveLength(34);
    expect(fake.tableValues(TABLES.targets).rows).toHaveLength(14);
    expect(fake.model.requireSheet(SHEETS.meta).visibility).toBe('VeryHidden');
    expect([...fake.model.names.keys()]).toEqual(['wp_list_periods', 'wp_list_targets']);
    expect(fake.model.requireSheet(SHEETS.entries).validations.length).toBeGreaterThan(0);
    expect(fake.model.calculationSuspensions).toBe(fake.stats.syncs - 1);
  });

  it('loads into a workbook with 100,000 entries within 4 syncs and 4 MB, leaving every entry as it was', async () => {
    const { fake, rows } = seededWithEntries(100_000);
    const before = fake.tableValues(TABLES.entries);
    const wb = fakeWorkbook(fake);
    const first = await wb.loadPlan(handPlan(rows));
    expect(first.ok).toBe(true);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    // Loading again (tables now exist and are updated in place) keeps the same budgets.
    const syncsBefore = fake.stats.syncs;
    const second = await wb.loadPlan(handPlan(rows, '新的任务文字'));
    expect(second.ok).toBe(true);
    expect(fake.stats.syncs - syncsBefore).toBeLessThanOrEqual(4);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(fake.tableValues(TABLES.entries)).toEqual(before);
    expect(fake.tableValues(TABLES.items).rows[0]?.[2]).toBe('新的任务文字');
  });

  it('completes on ExcelApi 1.4 without calling 1.6+ APIs and names what it skipped', async () => {
    const { fake, rows } = seededWithEntries(50, { apiVersion: '1.4' });
    const result = await fakeWorkbook(fake).loadPlan(handPlan(rows));
    expect(result.ok).toBe(true);
    expect(fake.stats.unsupportedCalls).toEqual([]);
    const skipped = result.skipped.map((s) => s.feature).sort();
    expect(skipped).toEqual([
      'conditionalFormats',
      'dataValidation',
      'freezePanes',
      'pageLayout',
      'suspendCalculation',
      'tabColor',
    ]);
    expect(result.notices.join('\n')).toContain('ExcelApi 1.8');
    expect(fake.model.requireSheet(SHEETS.entries).validations).toEqual([]);
    expect(fake.tableValues(TABLES.items).rows).toHaveLength(34);
  });

  it('refuses a host below ExcelApi 1.4 without touching the workbook', async () => {
    const { fake, rows } = seededWithEntries(3, { apiVersion: '1.3' });
    const result = await fakeWorkbook(fake).loadPlan(handPlan(rows));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('ExcelApi 1.4');
    expect(fake.stats.syncs).toBe(0);
  });

  it('keeps entries intact and names the failed step when any sync fails', async () => {
    const clean = seededWithEntries(2000);
    await fakeWorkbook(clean.fake).loadPlan(handPlan(clean.rows));
    const total = clean.fake.stats.syncs;
    expect(total).toBeGreaterThanOrEqual(2);
    for (let at = 1; at <= total; at++) {
      for (const failAfterOps of [0, 7]) {
        const { fake, rows } = seededWithEntries(2000, { failAtSync: at, failAfterOps });
        const before = fake.tableValues(TABLES.entries);
        const result = await fakeWorkbook(fake).loadPlan(handPlan(rows));
        expect(result.ok).toBe(false);
        expect(result.failedStep).toBeTruthy();
        expect(result.message).toContain('加载失败');
        expect(result.message).toContain(result.failedStep ?? '?');
        expect(fake.tableValues(TABLES.entries)).toEqual(before);
        // A retry after the failure completes and still keeps the entries.
        fake.configure({ failAtSync: undefined });
        expect((await fakeWorkbook(fake).loadPlan(handPlan(rows))).ok).toBe(true);
        expect(fake.tableValues(TABLES.entries)).toEqual(before);
      }
    }
  });

  it('never turns user text that looks like a formula into a formula', async () => {
    const evil = '=HYPERLINK("http://x","y")';
    const rows = entryRows(5);
    rows[1]![6] = evil;
    rows[2]![6] = '+1+2';
    rows[3]![6] = "'quoted";
    rows[4]![2] = '007';
    const imported = createExcelFake();
    const result = await fakeWorkbook(imported).loadPlan(handPlan(rows, evil));
    expect(result.ok).toBe(true);
    {
      const fake = imported;
      expect(fake.cell(SHEETS.items, 'C2')).toEqual({ kind: 'text', text: evil });
      const entries = fake.tableValues(TABLES.entries).rows;
      expect(entries[1]?.[6]).toBe(evil);
      expect(entries[2]?.[6]).toBe('+1+2');
      expect(entries[3]?.[6]).toBe("'quoted");
      expect(entries[4]?.[2]).toBe('007');
      expect([...fake.formulaCells(SHEETS.entries).values()]).toEqual([]);
      expect([...fake.formulaCells(SHEETS.meta).values()]).toEqual([]);
      // The only formulas on the items sheet are the planned calculated column.
      expect(new Set(fake.formulaCells(SHEETS.items).values()).size).toBe(1);
    }
  });

  it('leaves a preserved entry that looks like a formula as text', async () => {
    const evil = '=HYPERLINK("http://x","y")';
    const rows = entryRows(3);
    rows[0]![6] = evil;
    const fake = createExcelFake();
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    expect((await fakeWorkbook(fake).loadPlan(handPlan(rows))).ok).toBe(true);
    expect(fake.cell(SHEETS.entries, 'G2')).toEqual({ kind: 'text', text: evil });
  });

  it('refuses to load when the entries changed since the plan was made, changing nothing', async () => {
    const { fake, rows } = seededWithEntries(10);
    const before = fake.tableValues(TABLES.entries);
    const result = await fakeWorkbook(fake).loadPlan(handPlan(rows.slice(0, 9)));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('为避免覆盖填报数据');
    expect(fake.model.sheet(SHEETS.items)).toBeUndefined();
    expect(fake.tableValues(TABLES.entries)).toEqual(before);
  });

  it('updates an existing table in place when the number of items shrinks or grows', async () => {
    const fake = createExcelFake();
    const wb = fakeWorkbook(fake);
    const plan = handPlan([]);
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    const items = plan.sheets.find((s) => s.name === SHEETS.items)!.tables[0]!;
    items.rows = items.rows.slice(0, 10);
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    expect(fake.tableValues(TABLES.items).rows).toHaveLength(10);
    items.rows = [...items.rows, ...items.rows, ...items.rows];
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    expect(fake.tableValues(TABLES.items).rows.map((r) => r[0])).toEqual(items.rows.map((r) => r[0]));
    expect(fake.formulaCells(SHEETS.items).size).toBe(30);
  });

  it('writes 100,000 new entries in row blocks, each request under 4 MB, and reports the sync count', async () => {
    const fake = createExcelFake();
    const rows = entryRows(100_000);
    const result = await fakeWorkbook(fake).loadPlan(handPlan(rows));
    expect(result.ok).toBe(true);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(fake.tableValues(TABLES.entries).rows).toHaveLength(100_000);
    if (result.syncs > 4) expect(result.notices.join('')).toContain('超过预算');
    process.stdout.write(
      `new 100k entries: ${result.syncs} syncs, largest request ${fake.stats.maxRequestBytes} bytes\n`,
    );
  });

  it('flags orphaned entry rows without changing their values', async () => {
    const { fake, rows } = seededWithEntries(20);
    const before = fake.tableValues(TABLES.entries);
    const plan = handPlan(rows);
    plan.orphanedEntryRows = [3, 4, 10];
    const result = await fakeWorkbook(fake).loadPlan(plan);
    expect(result.ok).toBe(true);
    expect(result.notices.join('')).toContain('3 行');
    expect(fake.model.requireSheet(SHEETS.entries).cell(2, 0)?.format.fill).toBe('#F8CBAD');
    expect(fake.model.requireSheet(SHEETS.entries).cell(4, 0)?.format.fill).toBeUndefined();
    expect(fake.tableValues(TABLES.entries)).toEqual(before);
  });
});
