import {
  bulletinText,
  composeBulletin,
  unitProblems,
  type BulletinInput,
  type Receipt,
} from '../../../src/domain/bulletin';
import type { NormalizedEntry } from '../../../src/domain/entries';
import type { SheetRow } from '../../../src/domain/entryCells';
import { summarize, type Summary, type TargetSummary } from '../../../src/domain/summary';
import { validateEntries } from '../../../src/domain/validation';
import { A, B, C } from '../../fixtures/summary/miniSchema';
import { BULLETIN_ROWS, bulletinSchema, D, H1, Q1, Q3 } from '../../fixtures/bulletin/bulletinLedger';
import { readBulletin } from '../../fixtures/bulletin/readBulletin';

const schema = bulletinSchema();
const rows: SheetRow[] = BULLETIN_ROWS.map((values, i) => ({ row: i + 2, values: [...values] }));
const { normalized } = validateEntries(schema, rows);

function input(period: string, previous: string | null, extra: Partial<BulletinInput> = {}): BulletinInput {
  return {
    schema,
    summary: summarize(schema, normalized, period),
    previous: previous === null ? null : summarize(schema, normalized, previous),
    problems: unitProblems(rows, normalized, period),
    date: '2021-07-15',
    ...extra,
  };
}

function text(period: string, previous: string | null, extra: Partial<BulletinInput> = {}): string {
  return bulletinText(composeBulletin(input(period, previous, extra)));
}

/** A share as a reader computes it from two counts: one decimal, half up (no tie in these fixtures). */
const share = (count: number, total: number): string =>
  `${(Math.round((count / total) * 1000) / 10).toFixed(1)}%`;
const rateText = (t: TargetSummary): string => `${(Math.round((t.rate ?? 0) * 1000) / 10).toFixed(1)}%`;
const count = (summary: Summary, ...statuses: string[]): number =>
  summary.targets.filter((t) => statuses.includes(t.status)).length;

describe.each([
  [H1, Q1],
  [Q3, H1],
])('the bulletin of %s', (period, previous) => {
  const summary = summarize(schema, normalized, period);
  const figures = readBulletin(text(period, previous));

  it('states a = 已完成, b = 正常, c = 滞后 + 严重滞后, d = 严重滞后, e = 未报送 and the ceilings separately', () => {
    const total = summary.targets.length;
    const o = figures.overall;
    expect([o.total, o.done, o.onTrack, o.lagging, o.severe, o.missing]).toEqual([
      total,
      count(summary, '已完成'),
      count(summary, '正常'),
      count(summary, '滞后', '严重滞后'),
      count(summary, '严重滞后'),
      count(summary, '未报送'),
    ]);
    expect(o.caps).toEqual({ met: count(summary, '达标'), missed: count(summary, '未达标') });
    expect([o.doneShare, o.onTrackShare, o.laggingShare]).toEqual([
      share(o.done, total),
      share(o.onTrack, total),
      share(o.lagging, total),
    ]);
    expect(o.schedule).toBe(`${summary.fraction * 100}%`);
    expect(o.items).toEqual({
      total: summary.items.length,
      reported: summary.items.filter((item) => item.reported).length,
      unreported: summary.items.filter((item) => !item.reported).length,
    });
  });

  it('names every target with a figure once, by its 指标名称 and unit, in the group of its status', () => {
    const groups: Record<string, string> = {
      已完成: '已完成全年目标',
      正常: '达到序时进度',
      滞后: '滞后',
      严重滞后: '滞后',
    };
    const expected = summary.targets
      .filter((t) => t.actual !== null)
      .map((t) => [t.name, t.reporter, t.mode === 'ceiling' ? '控制类' : groups[t.status]]);
    expect(figures.lines.map((l) => [l.name, l.unit, l.group]).sort()).toEqual(expected.sort());
  });

  it('gives each lagging target its 完成率 and how far it is behind', () => {
    const lagging = summary.targets.filter((t) => t.status === '滞后' || t.status === '严重滞后');
    expect(lagging.length).toBeGreaterThan(0);
    for (const t of lagging) {
      const line = figures.lines.find((l) => l.name === t.name);
      expect(line?.rate).toBe(rateText(t));
      expect(line?.severe).toBe(t.status === '严重滞后');
      if (t.mode === 'progress') {
        expect(line?.standing).toBe('低于序时进度');
        expect(line?.points).toBe((Math.round(-(t.gap ?? 0) * 1000) / 10).toFixed(1));
      } else {
        expect(line?.standing).toBe('低于全年目标');
        expect(line?.points).toBe((t.target - (t.actual ?? 0)).toFixed(1));
      }
    }
  });

  it('lists the lagging targets in the 附件 with 完成率, 序时进度 and 差距 as the sheet shows them', () => {
    const lagging = summary.targets.filter((t) => t.lagging);
    expect(figures.attachment.map((row) => [row[2], row[3], row[4], row[5], row[6]])).toEqual(
      lagging.map((t) => [
        t.name,
        t.reporter,
        rateText(t),
        t.schedule === null ? '—' : `${t.schedule * 100}%`,
        t.gap === null
          ? '—'
          : `${t.gap < 0 ? '-' : ''}${(Math.round(Math.abs(t.gap) * 1000) / 10).toFixed(1)}%`,
      ]),
    );
  });

  it('names the units that did not report and the targets without a figure', () => {
    expect(figures.units.noneNames).toEqual([D]);
    expect(figures.missingTargets).toEqual(
      summary.targets.filter((t) => t.status === '未报送').map((t) => ({ name: t.name, unit: t.reporter })),
    );
  });
});

describe('composeBulletin', () => {
  it('does not call a `>` target met exactly 已完成: it stands against the schedule', () => {
    const line = readBulletin(text(H1, Q1)).lines.find((l) => l.name === '入库科技型中小企业');
    expect(line).toMatchObject({
      group: '达到序时进度',
      actual: '7500家',
      rate: '100.0%',
      standing: '超序时进度',
      points: '50.0',
    });
  });

  it('compares a growth rate with the target itself, not with the schedule', () => {
    const line = readBulletin(text(H1, Q1)).lines.find((l) => l.name === '中小企业贷款增速');
    expect(line).toMatchObject({
      actual: '9%',
      rate: '60.0%',
      standing: '低于全年目标',
      points: '6.0',
      severe: true,
    });
    const met = readBulletin(text(Q3, H1)).lines.find((l) => l.name === '中小企业贷款增速');
    expect(met).toMatchObject({
      group: '已完成全年目标',
      actual: '16%',
      standing: '高于全年目标',
      points: '1.0',
    });
  });

  it('states ceilings as 达标 or 未达标 against their limit', () => {
    expect(readBulletin(text(H1, Q1)).lines.find((l) => l.name === '综合融资担保费率')).toMatchObject({
      group: '控制类',
      actual: '1.2%',
      limit: '1.5%',
      verdict: '达标',
    });
    expect(readBulletin(text(Q3, H1)).lines.find((l) => l.name === '综合融资担保费率')?.verdict).toBe(
      '未达标',
    );
  });

  it('names a target exactly as the ledger holds it, quotes and parentheses included', () => {
    const odd = '省级“专精特新”中小企业（含小巨人）';
    const renamed = {
      ...schema,
      targets: schema.targets.map((t) => (t.id === 'T3.2' ? { ...t, name: odd } : t)),
    };
    const summary = summarize(renamed, normalized, H1);
    const figures = readBulletin(
      bulletinText(composeBulletin({ schema: renamed, summary, date: '2021-07-15' })),
    );
    expect(figures.lines.find((l) => l.name === odd)).toMatchObject({ unit: A, rate: '30.0%' });
    expect(figures.attachment.map((row) => row[2])).toContain(odd);
  });

  it('states the change since the previous period, between the figures as shown', () => {
    const figures = readBulletin(text(Q3, H1));
    expect(figures.overall.change).toEqual({
      previous: H1,
      previousShare: '14.3%',
      direction: '持平',
      points: null,
    });
    // 入库科技型中小企业: 100.0% → 40.0%; 净增规上工业企业: 100.0% → 60.0%; the rate target: 9% → 16%.
    const lines = new Map(figures.lines.map((l) => [l.name, l.change]));
    expect(lines.get('入库科技型中小企业')).toEqual({ direction: '降低', amount: '60.0' });
    expect(lines.get('净增规上工业企业')).toEqual({ direction: '降低', amount: '40.0' });
    expect(lines.get('中小企业贷款增速')).toEqual({ direction: '提高', amount: '7.0' });
    // 中小企业营业收入 had no figure in 上半年: no change to state.
    expect(lines.get('中小企业营业收入')).toBeNull();
  });

  it('states no change when the previous period has no figure or there is none', () => {
    const empty = summarize(schema, [], Q1);
    const withEmpty = readBulletin(bulletinText(composeBulletin({ ...input(H1, null), previous: empty })));
    const without = readBulletin(text(H1, null));
    for (const figures of [withEmpty, without]) {
      expect(figures.overall.change).toBeNull();
      expect(figures.lines.every((l) => l.change === null)).toBe(true);
    }
  });

  it('says on time or late only when the period has a 报送截止 and the ledger has collection records', () => {
    const receipts: Receipt[] = [
      { unit: A, receivedAt: '2021-07-10T17:59' },
      { unit: B, receivedAt: '2021-07-12' },
      { unit: B, receivedAt: '2021-07-09 09:00' }, // B's first return was on time; a later resubmission does not count
      { unit: C, receivedAt: '2021-07-11 08:30' },
    ];
    expect(readBulletin(text(H1, Q1)).deadline).toBeNull();
    expect(readBulletin(text(H1, Q1, { deadline: '2021-07-10' })).deadline).toBeNull();
    expect(readBulletin(text(H1, Q1, { receipts })).deadline).toBeNull();
    expect(readBulletin(text(H1, Q1, { deadline: '2021-07-10', receipts })).deadline).toEqual({
      date: '2021年7月10日',
      onTime: 2,
      late: 1,
      unrecorded: 0,
      lateNames: [C],
    });
  });

  it('attributes the units’ own 存在问题 texts of lagging targets, and only those of counted rows', () => {
    const figures = readBulletin(text(H1, Q1));
    expect(figures.problems).toEqual([
      { unit: B, subjects: ['中小企业贷款增速'], text: '信贷投放放缓' },
      { unit: A, subjects: ['公共服务示范平台'], text: '部分地区申报积极性不高；评审周期较长' },
    ]);
    // The rows marked 错误 (a stale duplicate, a wrong measure) had texts of their own.
    expect(text(H1, Q1)).not.toMatch(/旧的说明|申报不足/);
    // Their problems appear beside them in the 附件.
    expect(figures.attachment.map((row) => row[7])).toEqual([
      '信贷投放放缓',
      '部分地区申报积极性不高；评审周期较长',
    ]);
  });

  it('leaves out texts about targets that are not lagging', () => {
    const problems = [{ unit: A, item: 1, target: 'T1.1', text: '进展顺利' }];
    expect(text(H1, Q1, { problems })).not.toContain('进展顺利');
  });

  it('uses the office’s 下步工作 paragraphs, and the catalogue’s default without them', () => {
    const own = text(H1, Q1, { nextSteps: ['一是抓好统计监测。', '  ', '二是开展专项督查。'] });
    expect(own).toContain('　　五、下步工作\n　　一是抓好统计监测。\n　　二是开展专项督查。\n');
    expect(own).not.toContain('一是加强调度督促');
    expect(text(H1, Q1, { nextSteps: [] })).toContain('一是加强调度督促');
  });

  it('has the genre’s title, addressee, five headings, attachment note and signature', () => {
    const document = composeBulletin(input(H1, Q1));
    expect(document.title).toBe('关于2021年上半年《测试省促进中小企业发展2021年工作要点》落实情况的通报');
    expect(document.addressee).toBe('各成员单位：');
    expect(document.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text)).toEqual([
      '一、总体情况',
      '二、主要指标完成情况',
      '三、报送情况',
      '四、存在问题',
      '五、下步工作',
    ]);
    expect(document.attachmentNote).toBe('附件：滞后事项清单');
    expect(document.signature).toEqual({ issuer: '测试省领导小组办公室', date: '2021年7月15日' });
    expect(document.attachment?.table.columns.map((c) => c.header)).toEqual([
      '序号',
      '工作任务',
      '指标',
      '责任单位',
      '完成率',
      '序时进度',
      '差距',
      '存在问题',
    ]);
  });

  it('has no attachment when nothing is lagging', () => {
    const summary = summarize(schema, [] as NormalizedEntry[], H1);
    const document = composeBulletin({ schema, summary, date: '2021-07-15' });
    expect(document.attachment).toBeNull();
    expect(document.attachmentNote).toBeNull();
    expect(bulletinText(document)).toContain('本期没有滞后指标。');
  });

  it('writes the English bulletin from the en-US catalogue with the same figures', () => {
    const english = bulletinText(composeBulletin(input(H1, Q1), 'en-US'));
    expect(english).toContain(
      'targets 7; met 1 (14.3%); on schedule 1 (14.3%); behind 2, of which seriously 1 (28.6%); not reported 2.',
    );
    expect(english).toContain(
      '中小企业贷款增速 (省发展改革委) stands at 9%, completion 60.0%, 6.0 percentage points below the annual target',
    );
    expect(english).not.toMatch(/[一二三四五]、|序时进度|完成率/);
  });
});

describe('composeBulletin on edge cases', () => {
  it('says a zero target has no 完成率 rather than dividing by zero, and still lists it as lagging', () => {
    // 净增 `>` 0 with a figure of 0: not met, no 完成率, so 滞后 (docs/summary-rules.md).
    const zero = {
      ...schema,
      targets: schema.targets.map((t) =>
        t.id === 'T3.2' ? { ...t, value: 0, comparator: '>' as const } : t,
      ),
    };
    const entries = normalized.map((e) => (e.target === 'T3.2' && e.period === H1 ? { ...e, value: 0 } : e));
    const document = composeBulletin({
      schema: zero,
      summary: summarize(zero, entries, H1),
      date: '2021-07-15',
    });
    expect(bulletinText(document)).toContain(
      '公共服务示范平台（省工业和信息化厅）累计完成0个，目标值为0，无法计算完成率',
    );
    expect(document.attachment?.table.rows.find((row) => row[2] === '公共服务示范平台')?.slice(4, 7)).toEqual(
      ['—', '50%', '—'],
    );
  });

  it('writes a bulletin for a ledger without targets', () => {
    const bare = { ...schema, targets: [] };
    const text = bulletinText(
      composeBulletin({ schema: bare, summary: summarize(bare, normalized, H1), date: '2021-07-15' }),
    );
    expect(text).toContain('本工作要点没有量化指标');
    expect(text).toContain('本期没有滞后指标。');
  });
});
