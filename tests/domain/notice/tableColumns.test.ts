/** Column names as offices write them: what each column holds, notes and doubled notes aside. */
import { baselineYear, columnKind, mainUnitsAnswer } from '../../../src/domain/notice/tableColumns';

describe('columnKind', () => {
  it('reads progress and reasons columns as holding no task (未达序时原因及存在问题, 年均增速)', () => {
    expect(columnKind('未达序时原因及存在问题')).toBe('other');
    expect(columnKind('存在问题')).toBe('other');
    expect(columnKind('年均增速')).toBe('other');
    // A task column is still a task column.
    expect(columnKind('重点工作任务')).toBe('task');
  });

  it('reads a long task name, a progress column with a spaced period or a trailing % as a 民生实事 table writes them', () => {
    expect(columnKind('省重点民生实事项目名称')).toBe('task');
    expect(columnKind('1- 8月实际完成情况')).toBe('other');
    expect(columnKind('1-8月实际完成率%')).toBe('other');
  });

  it('reads a name whose note the copy doubled as the name (年均增速(%)(%))', () => {
    expect(columnKind('年均增速(%)(%)')).toBe('other');
    expect(columnKind('责任单位(牵头)(配合)')).toBe('responsible');
  });

  it('reads years in a row as a path to the last, and years apart as a baseline and milestones', () => {
    const kinds = ['task', 'value', 'value', 'value', 'value'] as const;
    expect(baselineYear(kinds, ['指标', '2022年', '2023年', '2024年', '2025年'])).toEqual([
      'task',
      'other',
      'other',
      'other',
      'value',
    ]);
    expect(baselineYear(kinds, ['指标', '2019年', '2021年', '2023年', '2025年'])).toEqual([
      'task',
      'other',
      'value',
      'value',
      'value',
    ]);
  });

  it('reads 主要责任单位 alone as a 责任单位 column, and as the lead against a cooperating column', () => {
    const alone = ['序号', '工作任务', '主要责任单位'];
    expect(
      mainUnitsAnswer(
        alone.map((n) => columnKind(n)!),
        alone,
      ),
    ).toEqual(['number', 'task', 'responsible']);
    const paired = ['序号', '重点工作任务', '主要责任单位', '协同配合单位'];
    expect(
      mainUnitsAnswer(
        paired.map((n) => columnKind(n)!),
        paired,
      ),
    ).toEqual(['number', 'task', 'lead', 'cooperate']);
    const led = ['序号', '工作任务', '牵头单位'];
    expect(
      mainUnitsAnswer(
        led.map((n) => columnKind(n)!),
        led,
      ),
    ).toEqual(['number', 'task', 'lead']);
  });
});
