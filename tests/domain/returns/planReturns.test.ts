import { builtinSchema } from '../../../src/domain/builtin';
import type { NormalizedEntry } from '../../../src/domain/entries';
import { isLedgerError } from '../../../src/domain/messages';
import { planReturns } from '../../../src/domain/returns';
import type { UnitReturn } from '../../../src/domain/returns';
import { returnsSchema } from './returnsSchema';

const Q1 = '2021年一季度';
const H1 = '2021年上半年';
const Q3 = '2021年前三季度';

/** A unit's rows as `序号/指标编号` (text rows as `序号/-`), in form order. */
function rowsOf(unit: UnitReturn | undefined): string[] {
  return unit?.rows.map((r) => `${r.item ?? '-'}/${r.target?.id ?? '-'}`) ?? [];
}

function unitOf(units: UnitReturn[], name: string): UnitReturn | undefined {
  return units.find((u) => u.unit === name);
}

let nextRow = 2;
function figure(
  unit: string,
  target: string,
  value: number,
  period = H1,
  status: NormalizedEntry['status'] = 'ok',
): NormalizedEntry {
  const item = Number(target.slice(1).split('.')[0]) || null;
  return { row: nextRow++, period, unit, item, target, value, progress: '', status };
}

describe('planReturns: which rows each unit owes', () => {
  const plan = planReturns(returnsSchema(), [], H1);

  it('gives a form to every unit that owes an item or reports a target, in the order of the units, and to no other', () => {
    expect(plan.units.map((u) => u.unit)).toEqual([
      '省税务局',
      '省财政厅',
      '省工业和信息化厅',
      '人民银行南昌中心支行',
      '省地方金融监管局',
      '赣州市人民政府',
    ]);
  });

  it('gives no form to a unit that only cooperates', () => {
    expect(unitOf(plan.units, '省商务厅')).toBeUndefined();
  });

  it('asks for one row per confirmed target the unit reports, never for a low-confidence candidate', () => {
    expect(rowsOf(unitOf(plan.units, '人民银行南昌中心支行'))).toEqual(['3/T3.1']);
    expect(rowsOf(unitOf(plan.units, '省地方金融监管局'))).toEqual(['3/T3.2']);
    expect(rowsOf(unitOf(plan.units, '省税务局'))).not.toContain('1/T1.1');
  });

  it('asks for a text row for an owed item without a target the unit reports, collectives expanded through members', () => {
    // Item 1: 省税务局 leads it; its only target is a candidate. Item 4: 全体成员单位 = 省税务局, 省财政厅.
    expect(rowsOf(unitOf(plan.units, '省税务局'))).toEqual(['1/-', '4/-']);
    expect(rowsOf(unitOf(plan.units, '赣州市人民政府'))).toEqual(['5/-']);
  });

  it('asks a cooperating unit for the target it reports, and then not again in its cooperation list', () => {
    const caizheng = unitOf(plan.units, '省财政厅');
    expect(rowsOf(caizheng)).toEqual(['1/T1.2', '4/-']);
    expect(caizheng?.cooperation).toEqual([]);
  });

  it('puts block targets first, under the block title, then the items in notice order', () => {
    const gongxin = unitOf(plan.units, '省工业和信息化厅');
    expect(rowsOf(gongxin)).toEqual(['-/T0.1', '2/T2.1']);
    expect(gongxin?.rows[0]?.task).toBe('主要目标');
    expect(gongxin?.rows[1]?.task).toBe('培育专精特新企业。具体内容第2项。');
  });

  it('lists the items a unit only cooperates on, with their lead units', () => {
    expect(unitOf(plan.units, '省工业和信息化厅')?.cooperation).toEqual([
      { item: 3, task: '扩大融资规模。具体内容第3项。', lead: ['人民银行南昌中心支行', '省地方金融监管局'] },
    ]);
  });

  it('names the members a collective stands for that are not units of the schema, and gives them no form', () => {
    expect(plan.unlisted).toEqual(['南昌市人民政府']);
    expect(unitOf(plan.units, '南昌市人民政府')).toBeUndefined();
  });
});

describe('planReturns: 上期累计值', () => {
  const entries = [
    figure('省工业和信息化厅', 'T2.1', 120, H1),
    // Not counted: a unit that does not report the target, a row marked 错误, another period.
    figure('省商务厅', 'T2.1', 999, H1),
    figure('省工业和信息化厅', 'T2.1', 500, H1, 'error'),
    figure('省工业和信息化厅', 'T2.1', 7, Q1),
  ];

  it('is the figure the summary counted for the unit in the previous period', () => {
    const plan = planReturns(returnsSchema(), entries, Q3);
    expect(plan.previousPeriod?.label).toBe(H1);
    const row = unitOf(plan.units, '省工业和信息化厅')?.rows.find((r) => r.target?.id === 'T2.1');
    expect(row?.previous).toBe(120);
  });

  it('is blank for a target without a counted figure and for text rows', () => {
    const plan = planReturns(returnsSchema(), entries, Q3);
    const gongxin = unitOf(plan.units, '省工业和信息化厅');
    expect(gongxin?.rows.find((r) => r.target?.id === 'T0.1')?.previous).toBeNull();
    expect(unitOf(plan.units, '省税务局')?.rows.map((r) => r.previous)).toEqual([null, null]);
  });

  it('is blank in the first period, which has no previous one', () => {
    const plan = planReturns(returnsSchema(), entries, Q1);
    expect(plan.previousPeriod).toBeNull();
    expect(plan.units.flatMap((u) => u.rows.map((r) => r.previous)).every((p) => p === null)).toBe(true);
  });
});

describe('planReturns: choosing units and periods', () => {
  it('refuses a period the schema does not have', () => {
    expect(() => planReturns(returnsSchema(), [], '2021年第五季度')).toThrow(
      expect.objectContaining({ key: 'period.unknown' }),
    );
  });

  it('refuses a unit that is not a unit of the ledger, naming it', () => {
    let thrown: unknown;
    try {
      planReturns(returnsSchema(), [], H1, { units: ['省外事办'] });
    } catch (error) {
      thrown = error;
    }
    expect(isLedgerError(thrown, 'returns.unknownUnit')).toBe(true);
    expect((thrown as Error).message).toContain('省外事办');
  });

  it('takes an alias for its unit and a collective for its members', () => {
    expect(planReturns(returnsSchema(), [], H1, { units: ['省工信厅'] }).units.map((u) => u.unit)).toEqual([
      '省工业和信息化厅',
    ]);
    expect(
      planReturns(returnsSchema(), [], H1, { units: ['全体成员单位'] }).units.map((u) => u.unit),
    ).toEqual(['省税务局', '省财政厅']);
  });

  it('lists a unit asked for that owes nothing instead of sending it an empty form', () => {
    const plan = planReturns(returnsSchema(), [], H1, { units: ['省商务厅', '赣州市政府'] });
    expect(plan.units.map((u) => u.unit)).toEqual(['赣州市人民政府']);
    expect(plan.nothingDue).toEqual(['省商务厅']);
  });

  it('does not change the schema it was given', () => {
    const schema = builtinSchema();
    const before = JSON.stringify(schema);
    planReturns(schema, [], Q3);
    expect(JSON.stringify(schema)).toBe(before);
  });
});
