/**
 * overdue-item: an item whose 完成时限 has come by the end of the period judged (or by today, when the period is
 * still running) and on which a unit owing it has reported no progress at all, up to that period.
 */
import { translate } from '../../../src/domain/messages';
import { ruleTitle } from '../../../src/domain/validation/groups';
import { validateEntries, type ValidationResult } from '../../../src/domain/validation';
import type { Schema } from '../../../src/domain/schema';
import { testSchema } from './schemaFixture';
import { entry, sentenceOf } from './helpers';

/** Item 3 (扩大直接融资, led by 省发展改革委, 省财政厅 cooperating) due on 30 June; item 1 due at the year's end. */
function withDeadlines(): Schema {
  const schema = testSchema();
  schema.items[2]!.deadline = '2021-06-30';
  schema.items[0]!.deadline = '2021-12-31';
  return schema;
}

const overdue = (result: ValidationResult) =>
  result.issues.filter((i) => i.rule === 'overdue-item').map((i) => `${i.unit}:${i.id.split(':').pop()}`);

/** 省统计局 reports item 4; nobody reports item 3. */
const quiet = entry(2, {
  unit: '省统计局',
  item: 4,
  target: null,
  value: null,
  measure: null,
  progress: '监测正常',
});

describe('overdue-item', () => {
  it('warns the lead unit of an item past its deadline at the end of the period judged, once per item', () => {
    const result = validateEntries(withDeadlines(), [quiet], { period: '2021年上半年' });
    expect(overdue(result)).toEqual(['省发展改革委:3']);
    const [issue] = result.issues.filter((i) => i.rule === 'overdue-item');
    expect(issue).toMatchObject({ severity: 'warning', row: null, column: null });
    expect(sentenceOf(issue)).toBe(
      '【省发展改革委】第3项任务（扩大直接融资）的完成时限2021年6月30日已到，截至2021年上半年未报送任何工作进展。请报送该任务的完成情况；完成时限有误的，请在「工作任务」表中更正后重新读取方案。',
    );
    expect(translate('zh-CN', ruleTitle('overdue-item'))).toBe('逾期未报进展');
  });

  it('is quiet before the deadline: in an earlier period, or today before it while the period runs', () => {
    const schema = withDeadlines();
    expect(overdue(validateEntries(schema, [quiet], { period: '2021年一季度' }))).toEqual([]);
    expect(
      overdue(validateEntries(schema, [quiet], { period: '2021年上半年', today: '2021-06-20' })),
    ).toEqual([]);
  });

  it('judges by today when it comes before the period ends', () => {
    const result = validateEntries(withDeadlines(), [quiet], {
      period: '2021年前三季度',
      today: '2021-07-15',
    });
    expect(overdue(result)).toEqual(['省发展改革委:3']);
    const issue = result.issues.find((i) => i.rule === 'overdue-item');
    expect(sentenceOf(issue)).toContain('截至2021年7月15日');
    expect(sentenceOf(issue, 'en-US')).toContain(
      'was due on 6/30/2021, and no progress has been reported by 7/15/2021',
    );
  });

  it('is quiet once the unit reported progress in that period or an earlier one, as text or as a target’s figure', () => {
    const schema = withDeadlines();
    const text = entry(3, { item: 3, target: null, value: null, measure: null, period: '2021年一季度' });
    const figure = entry(3, { item: null, progress: '', period: '2021年上半年' });
    for (const row of [text, figure])
      expect(overdue(validateEntries(schema, [quiet, row], { period: '2021年上半年' }))).toEqual([]);
  });

  it('does not count progress reported for a later period, or a row with neither text nor figure', () => {
    const schema = withDeadlines();
    const later = entry(3, { period: '2021年前三季度' });
    const empty = entry(3, { target: null, value: null, measure: null, progress: '' });
    expect(overdue(validateEntries(schema, [quiet, later], { period: '2021年上半年' }))).toEqual([
      '省发展改革委:3',
    ]);
    expect(overdue(validateEntries(schema, [quiet, empty], { period: '2021年上半年' }))).toEqual([
      '省发展改革委:3',
    ]);
  });

  it('warns every unit that owes an item in the year’s last period, and no cooperating unit', () => {
    const result = validateEntries(withDeadlines(), [quiet], { period: '2021年全年' });
    expect(overdue(result).sort()).toEqual(['省发展改革委:3', '省工业和信息化厅:1'].sort());
  });

  it('says nothing for items without a deadline, and without a period or today', () => {
    expect(overdue(validateEntries(testSchema(), [quiet], { period: '2021年全年' }))).toEqual([]);
    expect(overdue(validateEntries(withDeadlines(), []))).toEqual([]);
    expect(overdue(validateEntries(withDeadlines(), [], { today: '2022-01-05' })).sort()).toEqual(
      ['省发展改革委:3', '省工业和信息化厅:1'].sort(),
    );
  });

  it('counts as a warning of its unit, never an error or a missing report', () => {
    const result = validateEntries(withDeadlines(), [quiet], { period: '2021年上半年' });
    const unit = result.byUnit.find((u) => u.unit === '省发展改革委');
    const without = validateEntries(testSchema(), [quiet], { period: '2021年上半年' }).byUnit.find(
      (u) => u.unit === '省发展改革委',
    );
    expect(unit?.warnings).toBe((without?.warnings ?? 0) + 1);
    expect(unit?.errors).toBe(without?.errors);
    expect(unit?.missing).toBe(without?.missing);
  });
});
