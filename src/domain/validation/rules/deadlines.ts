/**
 * overdue-item (warning, per unit): an item whose 完成时限 has come — by the end of the period judged, or by today
 * when the period is still running — and for which a unit that leads it or is responsible for it has reported no
 * progress at all (no row about the item, or one of its targets, with a 工作进展 text or a figure) in that period
 * or an earlier one. A missing report says what the period lacks; this says that the work itself is late.
 */
import type { IssueSink } from '../issueSink';
import { MESSAGES } from '../messages';
import type { RowTable } from '../rowTable';
import type { SchemaIndex } from '../schemaIndex';

/** The day an item's deadline is judged against, and how messages name it. */
export interface DeadlineReference {
  /** ISO date. */
  date: string;
  /** The period's label when judged at its end, else the date. */
  asOf: string;
}

/**
 * The day deadlines are judged against: the period's end, or `today` when it comes first; `today` alone when no
 * period could be chosen; null when neither is known.
 */
export function deadlineReference(
  index: SchemaIndex,
  periodIndex: number,
  today: string | undefined,
): DeadlineReference | null {
  const period = periodIndex >= 0 ? index.periods.periods[periodIndex] : undefined;
  if (period && (today === undefined || period.end <= today)) return { date: period.end, asOf: period.label };
  return today === undefined ? null : { date: today, asOf: today };
}

/** Files overdue-item warnings for every unit owing an item whose deadline has come without any progress. */
export function checkOverdueItems(
  index: SchemaIndex,
  table: RowTable,
  periodIndex: number,
  reference: DeadlineReference,
  sink: IssueSink,
): void {
  const due = new Set<number>();
  for (const [no, item] of index.items)
    if (item.deadline !== undefined && item.deadline <= reference.date) due.add(no);
  if (due.size === 0) return;
  // Which unit has reported progress on which item, up to the period judged.
  const reported = new Set<string>();
  for (let k = 0; k < table.count; k++) {
    const period = table.periodIndex[k] ?? -1;
    if (table.resolved[k] !== 1 || table.progressed[k] !== 1 || period < 0) continue;
    if (periodIndex >= 0 && period > periodIndex) continue;
    const unit = table.owner(k);
    const item = table.item[k] ?? NaN;
    if (!Number.isNaN(item)) reported.add(`${unit}\u0000${item}`);
    const target = table.targetOf(k, index);
    if (target && target.item !== null) reported.add(`${unit}\u0000${target.item}`);
  }
  for (const unit of index.reporters)
    for (const no of index.dueItems.get(unit) ?? []) {
      if (!due.has(no) || reported.has(`${unit}\u0000${no}`)) continue;
      const item = index.items.get(no);
      if (!item?.deadline) continue;
      const title = item.title.length > 30 ? `${item.title.slice(0, 30)}…` : item.title;
      sink.onUnit(
        unit,
        'overdue-item',
        'warning',
        `overdue:item:${no}`,
        MESSAGES.overdueItem(no, title, item.deadline, reference.asOf),
      );
    }
}
