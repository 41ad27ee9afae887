import { builtinSchema } from '../../src/domain/builtin';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import type { CellValue } from '../../src/domain/entryCells';
import { createExcelFake } from '../support/excelFake';
import { fakeWorkbook } from './fakeContext';
import { entryRows } from './handPlan';

describe('loading the built-in schema through the Excel writer', () => {
  it('loads planWorkbook(builtinSchema()) into an empty workbook within the budgets', async () => {
    const fake = createExcelFake();
    const wb = fakeWorkbook(fake);
    const result = await wb.loadPlan(planWorkbook(builtinSchema()));
    expect(result).toMatchObject({ ok: true, skipped: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fake.tableValues(TABLES.items).rows).toHaveLength(34);
    expect(fake.tableValues(TABLES.targets).rows).toHaveLength(14);
    const read = await wb.read('status');
    expect(storedSchema(read).status).toBe('ok');
  });

  it('loads the built-in schema into a workbook with 100,000 entries within the budgets, keeping them', async () => {
    const fake = createExcelFake();
    const rows = entryRows(100_000);
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    const before = fake.tableValues(TABLES.entries);
    const plan = planWorkbook(builtinSchema(), {
      entries: { headers: [...COLUMNS.entries], rows: rows as CellValue[][] },
    });
    const result = await fakeWorkbook(fake).loadPlan(plan);
    expect(result.message).toContain('台账已加载');
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fake.tableValues(TABLES.entries)).toEqual(before);
    // Test targets T1…T14 are not the built-in schema's ids: those rows are orphans, kept but left to validation.
    expect(plan.orphanedEntryRows.length).toBeGreaterThan(10_000);
    expect(result.notices.join('')).toContain('未逐行标色');
  });
});
