/**
 * Rules across rows: duplicate (same period, unit and target: every row but the last is an error, the last a
 * warning — the last row in the table is the one counted) and decreasing (a cumulative figure lower than the
 * same unit's figure for the same target in an earlier period; only for `increment` and `total` targets, since
 * rates and caps may fall).
 */
import type { IssueSink } from '../issueSink';
import { MESSAGES } from '../messages';
import type { RowTable } from '../rowTable';
import type { SchemaIndex } from '../schemaIndex';

/**
 * Rows of one period, unit and target: `last` maps each key to its last row (keys in order of first
 * appearance), `previous[k]` is the row before `k` with the same key, or -1.
 */
export interface KeyGroups {
  last: Map<number, number>;
  previous: Int32Array;
}

/**
 * Groups rows by period, unit and target (resolved), in table order; rows missing any of the three are left
 * out. Keys are numbers built from small indexes: string keys for 100,000 rows cost more than all the rules.
 */
export function groupByKey(table: RowTable, index: SchemaIndex): KeyGroups {
  const last = new Map<number, number>();
  const previous = new Int32Array(table.count).fill(-1);
  const periods = index.periods.periods.length;
  const targets = index.targetIndex.size;
  for (let k = 0; k < table.count; k++) {
    const period = table.periodIndex[k] ?? -1;
    const t = table.target[k] ?? -1;
    if (period < 0 || t < 0 || table.owner(k) === '') continue;
    const key = ((table.ownerId[k] ?? 0) * targets + t) * periods + period;
    const before = last.get(key);
    if (before !== undefined) previous[k] = before;
    last.set(key, k);
  }
  return { last, previous };
}

/** Files duplicate issues. */
export function checkDuplicates(groups: KeyGroups, table: RowTable, sink: IssueSink): void {
  for (const last of groups.last.values()) {
    if ((groups.previous[last] ?? -1) < 0) continue;
    const earlier: number[] = [];
    for (let k = groups.previous[last] ?? -1; k >= 0; k = groups.previous[k] ?? -1) earlier.push(k);
    earlier.reverse();
    const lastRow = table.row[last] ?? 0;
    for (const k of earlier)
      sink.onCell(table.ref(k), 'duplicate', 'error', '指标编号', MESSAGES.duplicateEarlier(lastRow));
    const others = earlier.slice(0, 6).map((k) => table.row[k] ?? 0);
    const shown = earlier.length > 5 ? `${others.slice(0, 5).join('、')}等` : others.join('、');
    sink.onCell(table.ref(last), 'duplicate', 'warning', '指标编号', MESSAGES.duplicateLast(shown));
  }
}

/** Files decreasing issues, comparing the counted (last) row of each period. */
export function checkDecreasing(
  groups: KeyGroups,
  table: RowTable,
  index: SchemaIndex,
  sink: IssueSink,
): void {
  const periods = index.periods.periods.length;
  // Group keys are ordered (unit, target, period): dropping the period gives the series key.
  const series = new Map<number, number[]>();
  for (const [key, last] of groups.last) {
    const target = table.targetOf(last, index);
    if (!target || (target.kind !== 'increment' && target.kind !== 'total')) continue;
    if (Number.isNaN(table.figure[last])) continue;
    const seriesKey = Math.floor(key / periods);
    const list = series.get(seriesKey);
    if (list) list.push(last);
    else series.set(seriesKey, [last]);
  }
  const periodOf = (k: number): number => table.periodIndex[k] ?? -1;
  const figure = (k: number): number => table.figure[k] ?? 0;
  for (const list of series.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => periodOf(a) - periodOf(b));
    let best = -1;
    for (const k of list) {
      const value = figure(k);
      if (best >= 0 && value < figure(best)) {
        const period = index.periods.periods[periodOf(best)]?.label ?? '';
        sink.onCell(
          table.ref(k),
          'decreasing',
          'warning',
          '累计完成值',
          MESSAGES.decreasing(value, figure(best), period),
        );
      }
      if (best < 0 || value >= figure(best)) best = k;
    }
  }
}
