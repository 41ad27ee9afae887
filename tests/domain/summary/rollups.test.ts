import { summarize } from '../../../src/domain/summary';
import type { NormalizedEntry } from '../../../src/domain/entries';
import { entry } from '../../fixtures/summary/entries';
import { A, B, C, CITY, miniSchema } from '../../fixtures/summary/miniSchema';

const H1 = '2021年上半年';

function figure(
  id: string,
  unit: string,
  item: number | null,
  value: number,
  extra: Partial<NormalizedEntry> = {},
): NormalizedEntry {
  return entry({ period: H1, unit, target: id, item, value, ...extra });
}

function text(item: number, unit: string, extra: Partial<NormalizedEntry> = {}): NormalizedEntry {
  return entry({ period: H1, unit, item, progress: '按计划推进', ...extra });
}

describe('per unit', () => {
  it('lists units that owe items or report targets, in registry order, without collectives', () => {
    const units = summarize(miniSchema(), [], H1).units.map((unit) => unit.unit);
    expect(units).toEqual([A, B, C]);
    expect(units).not.toContain(CITY);
  });

  it('counts items a unit leads or is responsible for, never those it only cooperates on', () => {
    const byUnit = new Map(summarize(miniSchema(), [], H1).units.map((unit) => [unit.unit, unit]));
    expect(byUnit.get(A)?.itemsDue).toBe(2); // leads 1, responsible for 3; cooperates on 4
    expect(byUnit.get(C)?.itemsDue).toBe(2); // responsible for 3, leads 4
  });

  it('counts a due item reported by any row of the unit not marked 错误, text-only rows included', () => {
    const entries = [text(1, A), text(3, A, { status: 'error' }), text(4, A)];
    const a = summarize(miniSchema(), entries, H1).units.find((unit) => unit.unit === A);
    expect(a).toMatchObject({ itemsDue: 2, itemsReported: 1, reportRate: 0.5 });
  });

  it('counts the unit’s targets, the reported ones and the lagging ones', () => {
    const entries = [figure('T1.1', A, 1, 100), figure('T3.2', A, 3, 80)];
    const a = summarize(miniSchema(), entries, H1).units.find((unit) => unit.unit === A);
    expect(a).toMatchObject({ targets: 3, targetsReported: 2, lagging: 1 });
  });
});

describe('per item', () => {
  it('reports an item with targets only when every target has a figure', () => {
    const partial = summarize(miniSchema(), [figure('T1.1', A, 1, 600)], H1).items.find(
      (item) => item.no === 1,
    );
    expect(partial).toMatchObject({ targets: 2, reportedTargets: 1, met: 0, lagging: 0, reported: false });
    const full = summarize(
      miniSchema(),
      [figure('T1.1', A, 1, 1000), figure('T1.2', A, 1, 100)],
      H1,
    ).items.find((item) => item.no === 1);
    expect(full).toMatchObject({ reportedTargets: 2, met: 1, lagging: 1, reported: true });
  });

  it('reports an item without targets by progress text from a unit that owes it', () => {
    const byOwner = summarize(miniSchema(), [text(4, C)], H1).items.find((item) => item.no === 4);
    expect(byOwner?.reported).toBe(true);
    const byCooperator = summarize(miniSchema(), [text(4, A)], H1).items.find((item) => item.no === 4);
    expect(byCooperator?.reported).toBe(false);
    const empty = summarize(miniSchema(), [text(4, C, { progress: '' })], H1).items.find(
      (item) => item.no === 4,
    );
    expect(empty?.reported).toBe(false);
  });

  it('accepts progress text from any unit for an item owed only by a collective', () => {
    const item = summarize(miniSchema(), [text(5, CITY)], H1).items.find((candidate) => candidate.no === 5);
    expect(item?.reported).toBe(true);
  });
});

describe('per section', () => {
  it('lists the notice’s sections, then blocks that own targets', () => {
    const sections = summarize(miniSchema(), [], H1).sections;
    expect(sections.map((section) => section.section)).toEqual(['强化政策支持', '优化发展环境', '主要目标']);
    expect(sections.map((section) => [section.items, section.targets])).toEqual([
      [2, 3],
      [3, 2],
      [0, 1],
    ]);
  });

  it('averages 完成率 over reported targets, leaving ceilings out', () => {
    const entries = [
      figure('T1.1', A, 1, 600),
      figure('T1.2', A, 1, 3000),
      figure('T2.1', B, 2, 18),
      figure('T3.1', C, 3, 1),
    ];
    const summary = summarize(miniSchema(), entries, H1);
    const first = summary.sections[0];
    expect(first?.averageRate).toBeCloseTo((0.6 + 0.4 + 1.2) / 3, 12);
    expect(first).toMatchObject({ met: 1, lagging: 1 });
    const second = summary.sections[1];
    expect(second?.averageRate).toBeNull(); // only the cap reported
    expect(second?.met).toBe(1);
  });
});

describe('overall', () => {
  it('counts and shares every status and states them as a 通报 does', () => {
    const entries = [
      figure('T1.1', A, 1, 1000), // 已完成
      figure('T1.2', A, 1, 4000), // 4000/7500 ≈ 53% vs 50% → 正常
      figure('T2.1', B, 2, 3), // 20% of a rate target → 严重滞后
      figure('T3.1', C, 3, 2), // over the cap → 未达标
      figure('T3.2', A, 3, 40), // 40% vs 50% → 滞后
    ];
    const overall = summarize(miniSchema(), entries, H1).overall;
    expect(overall.byStatus).toEqual({
      已完成: 1,
      正常: 1,
      滞后: 1,
      严重滞后: 1,
      未报送: 1,
      达标: 0,
      未达标: 1,
    });
    expect(overall.shares['已完成']).toBeCloseTo(1 / 6, 12);
    expect(overall).toMatchObject({ targets: 6, met: 1, lagging: 3, reportedTargets: 5 });
    expect(overall.sentence).toBe(
      '共6项指标：已完成1项（占16.7%），正常1项，滞后2项（其中严重滞后1项），未报送1项；控制类指标达标0项、未达标1项',
    );
  });
});
