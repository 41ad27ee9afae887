/** The Summary screen's headline figures: counts by status the way a quarterly 通报 states them. */
import type { Summary, TargetStatus } from '../../domain/summary/types';

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
