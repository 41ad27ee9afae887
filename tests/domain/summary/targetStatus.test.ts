import { isLedgerError } from '../../../src/domain/messages';
import { summarize } from '../../../src/domain/summary';
import type { TargetSummary } from '../../../src/domain/summary';
import { entry } from '../../fixtures/summary/entries';
import { A, B, C, miniSchema } from '../../fixtures/summary/miniSchema';

const Q1 = '2021年一季度';
const H1 = '2021年上半年';
const Q3 = '2021年前三季度';

function row(id: string, entries: Parameters<typeof summarize>[1], period = H1): TargetSummary {
  const found = summarize(miniSchema(), entries, period).targets.find((target) => target.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}

function figure(id: string, unit: string, value: number, period = H1) {
  return entry({ period, unit, target: id, item: Number(id.slice(1).split('.')[0]) || null, value });
}

describe('target status', () => {
  it('marks a target without any figure 未报送', () => {
    const result = row('T1.1', []);
    expect(result).toMatchObject({ actual: null, rate: null, gap: null, status: '未报送', countedRows: 0 });
  });

  it('counts a figure exactly on schedule as 正常', () => {
    const result = row('T1.1', [figure('T1.1', A, 500)]);
    expect(result).toMatchObject({ actual: 500, rate: 0.5, schedule: 0.5, gap: 0, status: '正常' });
  });

  it('counts a figure just behind schedule as 滞后', () => {
    expect(row('T1.1', [figure('T1.1', A, 499)]).status).toBe('滞后');
  });

  it('keeps exactly 30 points behind in 滞后, although 0.45 − 0.75 is not exactly −0.3 in binary', () => {
    const result = row('T1.1', [figure('T1.1', A, 450, Q3)], Q3);
    expect(result.gap).toBe(-0.3);
    expect(result.status).toBe('滞后');
  });

  it('marks more than 30 points behind 严重滞后', () => {
    const result = row('T1.1', [figure('T1.1', A, 449, Q3)], Q3);
    expect(result.gap).toBeLessThan(-0.3);
    expect(result.status).toBe('严重滞后');
  });

  it('marks a `>=` target met exactly as 已完成', () => {
    expect(row('T1.1', [figure('T1.1', A, 1000, Q1)], Q1).status).toBe('已完成');
  });

  it('does not mark a `>` target met by an equal figure, which is then judged against the schedule', () => {
    const equal = row('T1.2', [figure('T1.2', A, 7500, Q1)], Q1);
    expect(equal.met).toBe(false);
    expect(equal.status).toBe('正常');
    expect(row('T1.2', [figure('T1.2', A, 7501, Q1)], Q1).status).toBe('已完成');
  });

  it('treats `=` as reached at the value', () => {
    expect(row('T3.2', [figure('T3.2', A, 100)]).status).toBe('已完成');
    expect(row('T3.2', [figure('T3.2', A, 99.99)]).status).toBe('正常');
  });

  it('judges a cap 达标 within the limit and 未达标 beyond it, without a schedule', () => {
    const within = row('T3.1', [figure('T3.1', C, 1.5)]);
    expect(within).toMatchObject({ status: '达标', schedule: null, gap: null, met: true, lagging: false });
    const beyond = row('T3.1', [figure('T3.1', C, 1.51)]);
    expect(beyond).toMatchObject({ status: '未达标', met: false, lagging: true });
  });

  it('judges a `<` ceiling not met by a figure equal to the limit', () => {
    const schema = miniSchema();
    const cap = schema.targets.find((target) => target.id === 'T3.1');
    if (!cap) throw new Error('fixture');
    cap.comparator = '<';
    const result = summarize(schema, [figure('T3.1', C, 1.5)], H1).targets.find(
      (target) => target.id === 'T3.1',
    );
    expect(result?.status).toBe('未达标');
  });

  it('compares a growth rate with the target itself: schedule 100% in every period', () => {
    const early = row('T2.1', [figure('T2.1', B, 12, Q1)], Q1);
    expect(early.schedule).toBe(1);
    expect(early.rate).toBe(0.8);
    expect(early.gap).toBe(-0.2);
    expect(early.status).toBe('滞后');
    expect(row('T2.1', [figure('T2.1', B, 15, Q1)], Q1).status).toBe('已完成');
  });

  it('leaves 完成率 empty for a zero target and judges by the comparator alone', () => {
    const schema = miniSchema();
    const zero = schema.targets.find((target) => target.id === 'T1.2');
    if (!zero) throw new Error('fixture');
    zero.value = 0;
    const met = summarize(schema, [figure('T1.2', A, 3)], H1).targets.find((target) => target.id === 'T1.2');
    expect(met).toMatchObject({ rate: null, gap: null, status: '已完成' });
    const unmet = summarize(schema, [figure('T1.2', A, 0)], H1).targets.find(
      (target) => target.id === 'T1.2',
    );
    expect(unmet).toMatchObject({ rate: null, status: '滞后' });
  });

  it('rejects a period the schema does not have', () => {
    let thrown: unknown = null;
    try {
      summarize(miniSchema(), [], '2021Q2');
    } catch (error) {
      thrown = error;
    }
    expect(isLedgerError(thrown, 'period.unknown')).toBe(true);
  });
});

describe('counted rows', () => {
  it('leaves low-confidence candidates out of the summary until they are confirmed', () => {
    const schema = miniSchema();
    const candidate = { ...schema.targets[0]!, id: 'T1.9', confidence: 'low' as const };
    schema.targets.push(candidate);
    const figures = [
      entry({ period: H1, unit: candidate.reporter, item: candidate.item, target: 'T1.9', value: 5 }),
    ];
    expect(summarize(schema, figures, H1).targets.map((t) => t.id)).not.toContain('T1.9');
    schema.targets[schema.targets.length - 1] = { ...candidate, confidence: 'high' };
    expect(summarize(schema, figures, H1).targets.find((t) => t.id === 'T1.9')?.actual).toBe(5);
  });

  it('ignores figures of units other than the reporter', () => {
    expect(row('T1.1', [figure('T1.1', B, 900)]).status).toBe('未报送');
    expect(row('T1.1', [figure('T1.1', B, 900), figure('T1.1', A, 300)]).actual).toBe(300);
  });

  it('ignores rows marked 错误', () => {
    const bad = { ...figure('T1.1', A, 900), status: 'error' as const };
    expect(row('T1.1', [bad]).actual).toBeNull();
    expect(row('T1.1', [bad, figure('T1.1', A, 200)]).actual).toBe(200);
  });

  it('counts rows marked 警告', () => {
    expect(row('T1.1', [{ ...figure('T1.1', A, 700), status: 'warning' }]).actual).toBe(700);
  });

  it('ignores text-only rows and rows without a number', () => {
    const textOnly = entry({ period: H1, unit: A, item: 1, progress: '已完成入库工作' });
    const noNumber = entry({
      period: H1,
      unit: A,
      item: 1,
      target: 'T1.1',
      value: null,
      progress: '约一千户',
    });
    expect(row('T1.1', [textOnly, noNumber]).status).toBe('未报送');
  });

  it('ignores figures of other periods', () => {
    expect(row('T1.1', [figure('T1.1', A, 800, Q1)]).status).toBe('未报送');
  });

  it('adds up duplicate counted rows, as SUMIFS does', () => {
    const result = row('T1.1', [figure('T1.1', A, 300), figure('T1.1', A, 250)]);
    expect(result.actual).toBe(550);
    expect(result.countedRows).toBe(2);
  });

  it('counts only the last duplicate once validation marks the others 错误', () => {
    const first = { ...figure('T1.1', A, 300), status: 'error' as const };
    const last = { ...figure('T1.1', A, 250), status: 'warning' as const };
    expect(row('T1.1', [first, last])).toMatchObject({ actual: 250, countedRows: 1 });
  });
});
