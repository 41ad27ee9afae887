/** Who has returned what for a period (回收情况), and the 催报 text. */
import { builtinSchema } from '../../../src/domain/builtin';
import type { CellValue, SheetRow } from '../../../src/domain/entryCells';
import { translate } from '../../../src/domain/messages';
import { validateEntries } from '../../../src/domain/validation';
import { collectionSheet, computeCollection } from '../../../src/workbook/collect/collection';
import { receivedKey } from '../../../src/workbook/collect/records';
import { deriveForms } from '../../xlsx/returnFormsFixture';

const schema = builtinSchema();
const H1 = '2021年上半年';

/** Every row a unit's form holds, filled in. */
function fullReturn(unit: string): CellValue[][] {
  const form = deriveForms(schema).find((f) => f.unit === unit);
  return (form?.rows ?? []).map(([item, target]) => {
    const measure = schema.targets.find((t) => t.id === target)?.measure ?? null;
    return [H1, unit, item, target, target ? 10 : null, measure, '进展', null, '甲', null];
  });
}

describe('the collection of a period', () => {
  const rows: CellValue[][] = [
    ...fullReturn('省科技厅'),
    [H1, '省商务厅', 1, null, null, null, '进展', null, '乙', null],
  ];
  const entries: SheetRow[] = rows.map((values, i) => ({ row: i + 2, values }));
  const validation = validateEntries(schema, entries, { period: H1 });
  const collection = computeCollection({
    schema,
    period: H1,
    entries,
    validation,
    history: { shas: new Set(), lastReceived: new Map([[receivedKey(H1, '省科技厅'), 44385.5]]) },
    office: {
      units: new Map([['省统计局', ['王强', '0791-88888888', '']]]),
      periods: new Map([[H1, ['7月10日前']]]),
    },
    today: '2021-07-12',
  });

  it('lists every unit sent a form, with its rows due and received and where it stands', () => {
    expect(collection.rows.map((r) => r.unit)).toEqual(deriveForms(schema).map((f) => f.unit));
    const of = (unit: string) => collection.rows.find((r) => r.unit === unit);
    const due = (unit: string) => deriveForms(schema).find((f) => f.unit === unit)?.rows.length;
    expect(of('省科技厅')).toEqual({
      unit: '省科技厅',
      due: due('省科技厅'),
      received: due('省科技厅'),
      last: 44385.5,
      status: 'received',
    });
    // One row of six: the missing reports are errors of the period.
    expect(of('省商务厅')).toMatchObject({ received: 1, status: 'errors', last: null });
    expect(of('省统计局')).toMatchObject({ received: 0, status: 'missing' });
  });

  it('names in the 催报 text every unit with nothing received, with the contact the office recorded', () => {
    expect(collection.missing).toEqual(collection.rows.filter((r) => r.received === 0).map((r) => r.unit));
    const text = collection.reminder.map((m) => translate('zh-CN', m));
    expect(text[1]).toBe(`${collection.missing.join('、')}：`);
    expect(text[2]).toContain('报送截止为7月10日前');
    expect(text[2]).toContain('截至2021年7月12日');
    expect(text).toContain(`${collection.missing.indexOf('省统计局') + 1}. 省统计局（王强 0791-88888888）`);
    expect(text).toContain(`1. ${collection.missing[0]}`);
  });

  it('lays out 回收情况: title, counts, WP_Collection, then the 催报 text in Chinese', () => {
    const sheet = collectionSheet(collection);
    expect(sheet.tables[0]?.name).toBe('WP_Collection');
    expect(sheet.tables[0]?.columns.map((c) => c.header)).toEqual([
      '单位',
      '应报',
      '已收',
      '最后收到',
      '状态',
    ]);
    expect(sheet.tables[0]?.rows[0]).toEqual([
      collection.rows[0]?.unit,
      collection.rows[0]?.due,
      0,
      null,
      '未回收',
    ]);
    const texts = sheet.cells.map((c) => c.value);
    expect(texts[0]).toBe('2021年上半年报送表回收情况');
    expect(texts).toContain('关于报送2021年上半年工作要点落实情况的提醒');
    expect(sheet.cells.every((c) => c.formula === undefined)).toBe(true);
  });
});
