/**
 * 二、主要指标完成情况: every target with a figure, grouped as the 汇总 sheet's 状态 groups them, each named by its
 * 指标名称 exactly as the ledger holds it, with its unit, figure and 完成率. Counts (新增/总量) are measured
 * against 序时进度, growth and share rates (比率) against the target itself, ceilings as 达标/未达标; when the
 * previous period has figures, each line says how 完成率 (a rate's figure) moved since then.
 */
import type { MessageKey } from '../messages';
import type { Comparator, Target } from '../schema';
import type { Summary, TargetSummary } from '../summary/types';
import { heading, paragraph } from './blocks';
import { hasFigures } from './overall';
import { numberTenths, percent1, shownTenths } from './numbers';
import type { BulletinBlock } from './types';
import type { Wording } from './wording';

const COMPARATOR_WORDS: Record<Comparator, MessageKey> = {
  '<=': 'bulletin.comparator.atMost',
  '<': 'bulletin.comparator.below',
  '>=': 'bulletin.comparator.atLeast',
  '>': 'bulletin.comparator.above',
  '=': 'bulletin.comparator.equal',
};

/** What a line needs besides the target's summary row. */
export interface LineContext {
  /** Comparator of each target id (the summary row does not carry it). */
  comparators: ReadonlyMap<string, Comparator>;
  /** The previous period's rows by target id, when that period has figures. */
  previous: ReadonlyMap<string, TargetSummary> | null;
  previousPeriod: string;
}

/** The line's standing against the schedule (counts) or the target itself (rates). */
function standing(w: Wording, t: TargetSummary, rate: number): string {
  if (t.mode === 'level') {
    // actual − target in the target's own unit (percentage points for a % rate), as a reader subtracts them.
    const diff = numberTenths((t.actual ?? 0) - t.target);
    if (diff > 0) return w.t('bulletin.standing.levelAbove', { points: w.difference(diff, t.measure) });
    if (diff < 0) return w.t('bulletin.standing.levelBelow', { points: w.difference(diff, t.measure) });
    return w.t(t.met ? 'bulletin.standing.levelReached' : 'bulletin.standing.levelEven');
  }
  const gap = shownTenths(t.gap ?? rate - (t.schedule ?? 0));
  if (t.status === '滞后' || t.status === '严重滞后')
    return w.t('bulletin.standing.behind', { points: w.points(gap) });
  return gap > 0 ? w.t('bulletin.standing.ahead', { points: w.points(gap) }) : w.t('bulletin.standing.even');
}

/** How the line moved since the previous period: 完成率 for counts, the figure itself for rates. */
function change(
  w: Wording,
  t: TargetSummary,
  before: TargetSummary | undefined,
  period: string,
): string | null {
  if (!before || before.actual === null || t.actual === null) return null;
  let tenths: number;
  let amount: (tenths: number) => string;
  if (t.mode === 'level') {
    tenths = numberTenths(t.actual - before.actual);
    amount = (value) => w.difference(value, t.measure);
  } else {
    if (t.rate === null || before.rate === null) return null;
    tenths = shownTenths(t.rate) - shownTenths(before.rate);
    amount = (value) => w.points(value);
  }
  if (tenths === 0) return w.t('bulletin.change.same', { previous: period });
  return w.t(tenths > 0 ? 'bulletin.change.up' : 'bulletin.change.down', {
    previous: period,
    points: amount(tenths),
  });
}

/** One target's line, e.g. `净增规上工业企业（省工业和信息化厅）累计完成260户，完成率52.0%，超序时进度2.0个百分点`. */
export function targetLine(w: Wording, t: TargetSummary, context: LineContext): string {
  const actual = w.figure(t.actual ?? 0, t.measure);
  const base = { name: t.name, unit: t.reporter, actual };
  if (t.mode === 'ceiling') {
    return w.t('bulletin.target.ceiling', {
      ...base,
      comparator: w.t(COMPARATOR_WORDS[context.comparators.get(t.id) ?? '<=']),
      limit: w.figure(t.target, t.measure),
      verdict: w.t(t.met ? 'bulletin.verdict.met' : 'bulletin.verdict.missed'),
    });
  }
  let line: string;
  if (t.rate === null) line = w.t('bulletin.target.noRate', base);
  // Under its heading a met count needs no standing; a met rate still says how far above the target it is.
  else if (t.mode === 'progress' && t.status === '已完成')
    line = w.t('bulletin.target.done', { ...base, rate: percent1(t.rate) });
  else
    line = w.t(t.mode === 'level' ? 'bulletin.target.level' : 'bulletin.target.progress', {
      ...base,
      rate: percent1(t.rate),
      standing: standing(w, t, t.rate),
    });
  if (t.status === '严重滞后') line = w.t('bulletin.target.severe', { line });
  const moved = change(w, t, context.previous?.get(t.id), context.previousPeriod);
  return moved === null ? line : w.t('bulletin.target.change', { line, change: moved });
}

/** The comparators of the targets, by id. */
export function comparatorsOf(
  targets: readonly Pick<Target, 'id' | 'comparator'>[],
): Map<string, Comparator> {
  return new Map(targets.map((target) => [target.id, target.comparator]));
}

/** The context of the lines: comparators, and the previous period's rows when it has figures. */
export function lineContext(
  targets: readonly Pick<Target, 'id' | 'comparator'>[],
  previous: Summary | null | undefined,
): LineContext {
  return {
    comparators: comparatorsOf(targets),
    previous: hasFigures(previous) ? new Map(previous.targets.map((t) => [t.id, t])) : null,
    previousPeriod: previous?.period ?? '',
  };
}

/** The heading and groups of 二、主要指标完成情况. */
export function targetsSection(w: Wording, summary: Summary, context: LineContext): BulletinBlock[] {
  const of = (...statuses: string[]): TargetSummary[] =>
    summary.targets.filter((t) => t.mode !== 'ceiling' && statuses.includes(t.status));
  const lines = (targets: readonly TargetSummary[]): string =>
    w.clauses(targets.map((t) => targetLine(w, t, context)));
  const done = of('已完成');
  const onTrack = of('正常');
  const lagging = of('滞后', '严重滞后');
  const ceilings = summary.targets.filter((t) => t.mode === 'ceiling');
  const groups: { key: MessageKey; text: string }[] = [];
  if (done.length > 0)
    groups.push({
      key: 'bulletin.targets.doneHeading',
      text: w.t('bulletin.targets.done', { count: done.length, list: lines(done) }),
    });
  if (onTrack.length > 0)
    groups.push({
      key: 'bulletin.targets.onTrackHeading',
      text: w.t('bulletin.targets.onTrack', { count: onTrack.length, list: lines(onTrack) }),
    });
  if (lagging.length > 0)
    groups.push({
      key: 'bulletin.targets.laggingHeading',
      text: w.t('bulletin.targets.lagging', {
        count: lagging.length,
        severe: lagging.filter((t) => t.status === '严重滞后').length,
        list: lines(lagging),
      }),
    });
  if (ceilings.length > 0) {
    const reported = ceilings.filter((t) => t.actual !== null);
    const counts = w.t('bulletin.targets.caps', {
      count: ceilings.length,
      met: ceilings.filter((t) => t.status === '达标').length,
      missed: ceilings.filter((t) => t.status === '未达标').length,
      missing: ceilings.length - reported.length,
    });
    const list = reported.length > 0 ? [w.t('bulletin.targets.capsList', { list: lines(reported) })] : [];
    groups.push({ key: 'bulletin.targets.capsHeading', text: w.sentences([counts, ...list]) });
  }
  const blocks: BulletinBlock[] = [heading(w, 1, 2, 'bulletin.targets.heading')];
  if (groups.length === 0) blocks.push(paragraph(w.t('bulletin.targets.noFigures')));
  groups.forEach((group, i) => blocks.push(heading(w, 2, i + 1, group.key), paragraph(group.text)));
  return blocks;
}
