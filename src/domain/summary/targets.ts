/** Per-target rows of the summary (WP_Summary). */
import type { Schema } from '../schema';
import type { CountedRows } from './countedRows';
import {
  completionRate,
  isLagging,
  isMet,
  judgeMode,
  meetsTarget,
  scheduleFor,
  scheduleGap,
  targetStatus,
} from './judge';
import { targetSectionLabel } from './sections';
import type { TargetSummary } from './types';

/** Summarizes every target of the schema, in schema order, against the period's schedule fraction. */
export function summarizeTargets(
  schema: Pick<Schema, 'targets' | 'items' | 'sections'>,
  counted: CountedRows,
  fraction: number,
): TargetSummary[] {
  return schema.targets.map((target) => {
    const figure = counted.figure(target.id, target.reporter);
    const actual = figure ? figure.sum : null;
    const mode = judgeMode(target);
    const rate = completionRate(actual, target.value);
    const schedule = scheduleFor(mode, fraction);
    const gap = scheduleGap(rate, schedule);
    const met = actual !== null && meetsTarget(actual, target.comparator, target.value);
    const status = targetStatus(mode, actual, met, gap);
    return {
      id: target.id,
      item: target.item,
      name: target.name,
      reporter: target.reporter,
      target: target.value,
      measure: target.measure,
      actual,
      rate,
      schedule,
      gap,
      status,
      mode,
      met: isMet(status),
      lagging: isLagging(status),
      countedRows: figure ? figure.rows : 0,
      section: targetSectionLabel(schema, target),
    };
  });
}
