/**
 * Point 10 of "inside real Excel": adding or deleting table rows inserts or removes cells in the table's
 * columns, so whatever lies below in those columns moves (tables, data validation, conditional formats,
 * charts), and Excel refuses when that would shift only part of another table. The 汇总 sheet stacks its tables
 * in the same columns; when a new schema changes how many targets or units it lists, every table must still end
 * up at its planned place, with its rules on its own cells.
 */
import type { Schema } from '../../src/domain/schema';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { parseAddress } from '../../src/workbook/address';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { loadSchema } from '../../src/ledger/loadSchema';
import { fakeWorkbook } from './fakeContext';
import { handPlan } from './handPlan';
import { fakeLedger, summaryRun } from './summaryFixture';

const PERIOD = '2021年上半年';

/** The schema with `extra` more targets on item 1 (so WP_Summary grows by as many rows). */
function withMoreTargets(schema: Schema, extra: number): Schema {
  const first = schema.targets[0];
  if (!first) throw new Error('schema without targets');
  const more = Array.from({ length: extra }, (_, i) => ({
    ...first,
    id: `${first.id.replace(/\.\d+$/, '')}.${90 + i}`,
    name: `新增指标${i + 1}`,
  }));
  return { ...schema, targets: [...schema.targets, ...more] };
}

/** Checks that every planned table of the 汇总 sheet is where the plan puts it, with the planned size. */
function expectPlannedTables(fake: ExcelFake, schema: Schema): void {
  const plan = planSummarySheet(schema, PERIOD).sheet;
  for (const table of plan.tables) {
    const at = parseAddress(table.topLeft);
    const rect = fake.model.requireTable(table.name).rect;
    expect([table.name, rect.top, rect.left, rect.bottom - rect.top]).toEqual([
      table.name,
      at.row - 1,
      at.col,
      Math.max(table.rows.length, 1),
    ]);
  }
  // No rule left behind on cells that are no longer its table's: every conditional format lies in a table.
  const tables = fake.model.tables.filter((t) => t.sheet.name === SHEETS.summary).map((t) => t.rect);
  for (const cf of fake.model.requireSheet(SHEETS.summary).conditionalFormats)
    expect(
      tables.some(
        (t) =>
          cf.rect.top > t.top &&
          cf.rect.bottom <= t.bottom &&
          cf.rect.left >= t.left &&
          cf.rect.right <= t.right,
      ),
    ).toBe(true);
}

describe('tables stacked on the 汇总 sheet', () => {
  it.each([
    ['grows', 6],
    ['shrinks', -2],
  ])('keeps every table in its planned place when WP_Summary %s', async (_label, change) => {
    const { fake, schema } = await fakeLedger();
    const wb = fakeWorkbook(fake);
    expect((await summaryRun(wb, PERIOD)).ok).toBe(true);
    expectPlannedTables(fake, schema);
    const changed =
      change > 0
        ? withMoreTargets(schema, change)
        : { ...schema, targets: schema.targets.slice(0, schema.targets.length + change) };
    // The office corrects the schema (the entries stay as they are), then summarises again.
    await loadSchema(wb, changed, { appVersion: 'test' });
    const run = await summaryRun(wb, PERIOD);
    expect(run.message).toBe('');
    expectPlannedTables(fake, changed);
    expect(fake.tableValues(TABLES.summary).rows).toHaveLength(changed.targets.length);
  });
});

describe('a table of the user’s below one of ours', () => {
  it('stops a load that Excel would refuse part-way, naming the table in the way, before writing anything', async () => {
    const fake = createExcelFake();
    const wb = fakeWorkbook(fake);
    const plan = handPlan([]);
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    // The user's own table below WP_Items, reaching beyond its columns: growing WP_Items would split it.
    const items = fake.model.requireTable(TABLES.items).rect;
    fake.seedTable(
      SHEETS.items,
      '我的统计',
      `F${items.bottom + 4}`,
      ['单位', '数量', '备注', '说明'],
      [['a', 1, '', '']],
    );
    const mine = fake.tableValues('我的统计');
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.items);
    if (!table) throw new Error('no items table');
    table.rows = [...table.rows, ...table.rows.slice(0, 5).map((r, i) => [40 + i, ...r.slice(1)])];
    const mark = fake.stats.records.length;
    const result = await wb.loadPlan(plan);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('我的统计');
    expect(result.message).toContain(TABLES.items);
    expect(fake.stats.records.slice(mark).every((r) => !r.error)).toBe(true);
    expect(fake.tableValues('我的统计')).toEqual(mine);
    expect(fake.tableValues(TABLES.items).rows).toHaveLength(34);
  });

  it('lets a table of the user’s wholly inside our columns move down with the rows', async () => {
    const fake = createExcelFake();
    const wb = fakeWorkbook(fake);
    const plan = handPlan([]);
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    const items = fake.model.requireTable(TABLES.items).rect;
    fake.seedTable(SHEETS.items, '我的统计', `B${items.bottom + 4}`, ['单位', '数量'], [['a', 1]]);
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.items);
    if (!table) throw new Error('no items table');
    table.rows = [...table.rows, ...table.rows.slice(0, 5).map((r, i) => [40 + i, ...r.slice(1)])];
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    expect(fake.model.requireTable('我的统计').rect.top).toBe(items.bottom + 3 + 5);
    expect(fake.tableValues('我的统计').rows).toEqual([['a', 1]]);
  });
});
