/** How one target's figure is judged: comparator, mode, schedule and status word. */
import type { Comparator, Target } from '../schema';
import { RATE_DIGITS, roundDecimal } from './rounding';
import type { JudgeMode, TargetStatus } from './types';

/** A target is more than this far behind schedule (30 percentage points) to be 严重滞后. */
export const SEVERE_GAP = 0.3;

/** Ceilings are judged 达标/未达标; growth and share rates as levels; counts against the schedule. */
export function judgeMode(target: Pick<Target, 'kind' | 'comparator'>): JudgeMode {
  if (target.kind === 'cap' || target.comparator === '<=' || target.comparator === '<') return 'ceiling';
  return target.kind === 'rate' ? 'level' : 'progress';
}

/** Whether `actual` satisfies the comparator; `=` (no qualifier in the notice) is reached at the value. */
export function meetsTarget(actual: number, comparator: Comparator, value: number): boolean {
  switch (comparator) {
    case '>':
      return actual > value;
    case '<=':
      return actual <= value;
    case '<':
      return actual < value;
    case '>=':
    case '=':
      return actual >= value;
  }
}

/** The schedule a target is measured against in a period: none for ceilings, 100% for levels. */
export function scheduleFor(mode: JudgeMode, fraction: number): number | null {
  if (mode === 'ceiling') return null;
  return mode === 'level' ? 1 : fraction;
}

/** 完成率 = actual ÷ target, rounded as the sheet's ROUND(…, 10) does; null without a usable divisor. */
export function completionRate(actual: number | null, target: number): number | null {
  if (actual === null || target === 0) return null;
  return roundDecimal(actual / target, RATE_DIGITS);
}

/** 差距 = 完成率 − 序时进度, rounded the same way. */
export function scheduleGap(rate: number | null, schedule: number | null): number | null {
  if (rate === null || schedule === null) return null;
  return roundDecimal(rate - schedule, RATE_DIGITS);
}

/**
 * The status word. Without a figure: 未报送. Ceilings: 达标/未达标. Otherwise 已完成 when the comparator is
 * satisfied, 正常 when 完成率 ≥ 序时进度, 严重滞后 when more than 30 points behind, else 滞后
 * (also when a zero target leaves no 完成率).
 */
export function targetStatus(
  mode: JudgeMode,
  actual: number | null,
  met: boolean,
  gap: number | null,
): TargetStatus {
  if (actual === null) return '未报送';
  if (mode === 'ceiling') return met ? '达标' : '未达标';
  if (met) return '已完成';
  if (gap === null) return '滞后';
  if (gap >= 0) return '正常';
  return gap < -SEVERE_GAP ? '严重滞后' : '滞后';
}

/** Statuses that count as met in rollups. */
export function isMet(status: TargetStatus): boolean {
  return status === '已完成' || status === '达标';
}

/** Statuses that count as lagging in rollups. */
export function isLagging(status: TargetStatus): boolean {
  return status === '滞后' || status === '严重滞后' || status === '未达标';
}
