/** Overall counts and shares by status, and the headline sentence of the 汇总 sheet. */
import { formatPercent1 } from './rounding';
import { STATUS_ORDER } from './types';
import type { ItemSummary, OverallSummary, TargetStatus, TargetSummary } from './types';

/** Counts of each status word among the targets. */
export function countStatuses(
  targets: readonly Pick<TargetSummary, 'status'>[],
): Record<TargetStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<
    TargetStatus,
    number
  >;
  for (const target of targets) counts[target.status] += 1;
  return counts;
}

/**
 * The headline, as a 通报 puts it: `共N项指标：已完成a项（占x%），正常b项，滞后c项（其中严重滞后d项），未报送e项`,
 * followed by `；控制类指标达标f项、未达标g项` when the schema has ceilings. The sheet builds the same text
 * with a formula, so the words here and in `summarySentenceFormula` must change together.
 */
export function headlineSentence(
  total: number,
  counts: Record<TargetStatus, number>,
  ceilings: number,
): string {
  const share = formatPercent1(total === 0 ? 0 : counts['已完成'] / total);
  const lagging = counts['滞后'] + counts['严重滞后'];
  const main = `共${total}项指标：已完成${counts['已完成']}项（占${share}），正常${counts['正常']}项，滞后${lagging}项（其中严重滞后${counts['严重滞后']}项），未报送${counts['未报送']}项`;
  return ceilings > 0 ? `${main}；控制类指标达标${counts['达标']}项、未达标${counts['未达标']}项` : main;
}

/** Overall figures of a period. */
export function summarizeOverall(
  targets: readonly TargetSummary[],
  items: readonly ItemSummary[],
): OverallSummary {
  const byStatus = countStatuses(targets);
  const total = targets.length;
  const shares = Object.fromEntries(
    STATUS_ORDER.map((status) => [status, total === 0 ? 0 : byStatus[status] / total]),
  ) as Record<TargetStatus, number>;
  return {
    targets: total,
    byStatus,
    shares,
    met: targets.filter((target) => target.met).length,
    lagging: targets.filter((target) => target.lagging).length,
    reportedTargets: targets.filter((target) => target.actual !== null).length,
    items: items.length,
    itemsReported: items.filter((item) => item.reported).length,
    sentence: headlineSentence(total, byStatus, targets.filter((target) => target.mode === 'ceiling').length),
  };
}
