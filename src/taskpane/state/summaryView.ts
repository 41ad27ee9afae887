/**
 * The Summary screen's model: counts by status the way a quarterly 通报 states them, the status counts as one
 * stacked bar, each target's 完成率 against 序时进度, and each unit's 报送率 — numbers for plain CSS bars.
 */
import type { Summary, TargetStatus, TargetSummary, UnitSummary } from '../../domain/summary/types';

/** One headline figure. */
export interface HeadlineFigure {
  status: TargetStatus;
  count: number;
}

/** Statuses always shown, even at zero: the four the office reports on. */
const ALWAYS: readonly TargetStatus[] = ['已完成', '正常', '滞后', '未报送'];
/** Statuses shown only when some target has them. */
const WHEN_PRESENT: readonly TargetStatus[] = ['严重滞后', '达标', '未达标'];

/** The figures in report order: 已完成, 正常, 滞后, 严重滞后 (if any), 未报送, then 达标 / 未达标 (if any). */
export function headlineFigures(summary: Summary): HeadlineFigure[] {
  const counts = new Map<TargetStatus, number>();
  for (const target of summary.targets) counts.set(target.status, (counts.get(target.status) ?? 0) + 1);
  const order: TargetStatus[] = ['已完成', '正常', '滞后', '严重滞后', '未报送', '达标', '未达标'];
  return order
    .filter((s) => ALWAYS.includes(s) || (WHEN_PRESENT.includes(s) && (counts.get(s) ?? 0) > 0))
    .map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Fluent badge colour of a status, matching the sheet's colours (green, blue, amber, red, grey). */
export function statusColor(status: TargetStatus): 'success' | 'brand' | 'warning' | 'danger' | 'subtle' {
  switch (status) {
    case '已完成':
    case '达标':
      return 'success';
    case '正常':
      return 'brand';
    case '滞后':
      return 'warning';
    case '严重滞后':
    case '未达标':
      return 'danger';
    default:
      return 'subtle';
  }
}

/** A rate as a percentage with one decimal, or a dash. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A segment of the stacked status bar: its share of all targets, in percent of the bar's width. */
export interface StatusSegment {
  status: TargetStatus;
  count: number;
  /** Width in percent (the segments of a non-empty summary add up to 100). */
  width: number;
}

/** The status counts as one stacked bar, in report order, empty statuses left out. */
export function statusSegments(summary: Summary): StatusSegment[] {
  const total = summary.targets.length;
  if (total === 0) return [];
  return headlineFigures(summary)
    .filter((f) => f.count > 0)
    .map((f) => ({ status: f.status, count: f.count, width: (f.count / total) * 100 }));
}

/** A target's bar: the rate filled up to 100% of the track, the schedule as a mark, and whether it overflows. */
export interface TargetBar {
  /** Fill width in percent of the track (0–100). */
  fill: number;
  /** Whether the rate is above 100% (the fill is full and marked). */
  over: boolean;
  /** Position of the 序时进度 mark in percent, or null for targets without a schedule (caps). */
  mark: number | null;
}

/** The bar of a target. */
export function targetBar(target: TargetSummary): TargetBar {
  const rate = target.rate ?? 0;
  return {
    fill: Math.max(0, Math.min(100, rate * 100)),
    over: rate > 1,
    mark: target.schedule === null ? null : Math.max(0, Math.min(100, target.schedule * 100)),
  };
}

/** Units by 报送率, lowest first (those who owe most are what the office chases); units with nothing due last. */
export function unitsByReportRate(summary: Summary): UnitSummary[] {
  return summary.units
    .map((unit, order) => ({ unit, order }))
    .sort((a, b) => {
      const ra = a.unit.reportRate;
      const rb = b.unit.reportRate;
      if (ra === null || rb === null)
        return (ra === null ? 1 : 0) - (rb === null ? 1 : 0) || a.order - b.order;
      return ra - rb || a.order - b.order;
    })
    .map(({ unit }) => unit);
}

/** Counts for the headline sentence. */
export interface SentenceCounts {
  targets: number;
  met: number;
  onTrack: number;
  behind: number;
  farBehind: number;
  notReported: number;
  within: number;
  over: number;
}

/** Counts for the headline sentence, from the summary's own counts. */
export function sentenceCounts(summary: Summary): SentenceCounts {
  const by = summary.overall.byStatus;
  return {
    targets: summary.overall.targets,
    met: by['已完成'],
    onTrack: by['正常'],
    behind: by['滞后'] + by['严重滞后'],
    farBehind: by['严重滞后'],
    notReported: by['未报送'],
    within: by['达标'],
    over: by['未达标'],
  };
}
