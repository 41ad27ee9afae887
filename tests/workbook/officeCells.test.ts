/**
 * The office's own cells of the schema tables (联系人 · 联系电话 · 电子邮箱 in WP_Units, 报送截止 in WP_Periods)
 * survive a schema reload, keyed by unit name and period label; and the collectives' membership travels with
 * the schema in `_wp_meta`.
 */
import ExcelJS from 'exceljs';
import { builtinSchema } from '../../src/domain/builtin';
import type { Schema } from '../../src/domain/schema';
import { isoDateToSerial } from '../../src/workbook/excelDate';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import { migrateSnapshot } from '../../src/workbook/migrate';
import { periodDeadline, unitContact } from '../../src/workbook/officeCells';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { existingFromSnapshot, storedSchema } from '../../src/workbook/reader';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';

/** Types into the written workbook the way the office would in Excel: by finding the row of a key. */
async function typeInto(
  bytes: Uint8Array,
  sheet: string,
  key: string,
  header: string,
  value: ExcelJS.CellValue,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const column = headers.indexOf(header) + 1;
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === key) row = n;
  });
  if (!column || !row) throw new Error(`no cell ${key}/${header}`);
  ws.getCell(row, column).value = value;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function rowOf(snapshot: WorkbookSnapshot, table: string, key: string): Record<string, unknown> {
  const t = snapshot.tables.find((x) => x.name === table);
  const r = t?.rows.find((x) => x.values[0] === key);
  if (!t || !r) throw new Error(`no row ${key} in ${table}`);
  return Object.fromEntries(t.headers.map((h, i) => [h, r.values[i]]));
}

/** The built-in schema with 省科技厅 moved to the end, 省统计局 removed and the periods unchanged. */
function reorderedSchema(): Schema {
  const schema = builtinSchema();
  const keji = schema.units.find((u) => u.name === '省科技厅');
  if (!keji) throw new Error('no 省科技厅');
  schema.units = [...schema.units.filter((u) => u !== keji && u.name !== '省统计局'), keji];
  schema.items = schema.items.map((i) => ({
    ...i,
    responsible: i.responsible.filter((u) => u !== '省统计局'),
    cooperate: i.cooperate.filter((u) => u !== '省统计局'),
  }));
  schema.units = schema.units.map((u) =>
    u.members ? { ...u, members: u.members.filter((m) => m !== '省统计局') } : u,
  );
  return schema;
}

describe('the office cells across a schema reload', () => {
  const due = isoDateToSerial('2021-07-10');
  let typed: WorkbookSnapshot;
  let reloaded: WorkbookSnapshot;
  let changes: ReturnType<typeof planWorkbook>['changes'];

  beforeAll(async () => {
    let bytes = await writePlanToXlsx(planWorkbook(builtinSchema()));
    bytes = await typeInto(bytes, '单位', '省科技厅', '联系人', '王芳');
    bytes = await typeInto(bytes, '单位', '省科技厅', '联系电话', '0791-88881234');
    bytes = await typeInto(bytes, '单位', '省科技厅', '电子邮箱', 'wangfang@example.gov.cn');
    bytes = await typeInto(bytes, '单位', '省统计局', '联系人', '赵六');
    bytes = await typeInto(bytes, '单位', '省商务厅', '联系电话', 13912345678);
    bytes = await typeInto(bytes, '报告期', '2021年上半年', '报送截止', due);
    bytes = await typeInto(bytes, '报告期', '2021年前三季度', '报送截止', '10月8日前');
    typed = migrateSnapshot(await readWorkbookXlsx(bytes)).snapshot;
    const plan = planWorkbook(reorderedSchema(), existingFromSnapshot(typed));
    changes = plan.changes;
    reloaded = await readWorkbookXlsx(await writePlanToXlsx(plan));
  });

  it('reads what the office typed, by unit name and period label', () => {
    const office = existingFromSnapshot(typed).office;
    expect(unitContact(office, '省科技厅')).toEqual({
      person: '王芳',
      phone: '0791-88881234',
      email: 'wangfang@example.gov.cn',
    });
    expect(unitContact(office, '省商务厅')).toEqual({ person: '', phone: '13912345678', email: '' });
    expect(unitContact(office, '省财政厅')).toEqual({ person: '', phone: '', email: '' });
    expect(periodDeadline(office, '2021年上半年')).toBe('2021-07-10');
    expect(periodDeadline(office, '2021年前三季度')).toBe('10月8日前');
    expect(periodDeadline(office, '2021年全年')).toBeNull();
  });

  it("writes each contact back on its own unit's row, wherever the new schema puts it", () => {
    expect(rowOf(reloaded, TABLES.units, '省科技厅')).toMatchObject({
      联系人: '王芳',
      联系电话: '0791-88881234',
      电子邮箱: 'wangfang@example.gov.cn',
    });
    expect(rowOf(reloaded, TABLES.units, '省商务厅')).toMatchObject({ 联系人: null, 联系电话: 13912345678 });
    const units = reloaded.tables.find((t) => t.name === TABLES.units);
    expect(units?.headers).toEqual([...COLUMNS.units]);
    expect(units?.rows.at(-1)?.values[0]).toBe('省科技厅');
  });

  it('keeps a deadline typed as a date a date, and one typed as text that text', () => {
    expect(rowOf(reloaded, TABLES.periods, '2021年上半年')['报送截止']).toBe(due);
    expect(rowOf(reloaded, TABLES.periods, '2021年前三季度')['报送截止']).toBe('10月8日前');
    expect(rowOf(reloaded, TABLES.periods, '2021年一季度')['报送截止']).toBeNull();
    const periods = reloaded.tables.find((t) => t.name === TABLES.periods);
    expect(periods?.numberFormats[3]).toBe('yyyy-mm-dd');
  });

  it('says where a removed unit takes its contact with it', () => {
    const removed = changes.find((c) => c.entity === 'unit' && c.key === '省统计局');
    expect(removed?.detail).toContain('联系人');
    const other = changes.find((c) => c.kind === 'removed' && c.entity === 'unit' && c.key !== '省统计局');
    expect(other).toBeUndefined();
  });
});

describe("the collectives' membership", () => {
  it('travels with the schema in _wp_meta, member for member', async () => {
    const schema = builtinSchema();
    const snapshot = await readWorkbookXlsx(await writePlanToXlsx(planWorkbook(schema)));
    const stored = storedSchema(snapshot);
    expect(stored.status).toBe('ok');
    if (stored.status !== 'ok') return;
    const members = (s: Schema) =>
      s.units.filter((u) => u.kind === 'collective').map((u) => [u.name, u.members]);
    expect(members(stored.schema)).toEqual(members(schema));
    expect(members(schema).find(([name]) => name === '各设区市人民政府')?.[1]).toHaveLength(11);
  });
});
