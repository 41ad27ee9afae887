/**
 * Rules across rows: duplicate (same period, unit and target: every row but the last is an error, the last a
 * warning — the last row in the table is the one counted) and decreasing (a cumulative figure lower than the
 * same unit's figure for the same target in an earlier period; only for `increment` and `total` targets, since
 * rates and caps may fall).
 */
import type { IssueSink } from '../issueSink';
import { MESSAGES } from '../messages';
import type { ParsedRow } from '../rowReader';
import type { SchemaIndex } from '../schemaIndex';

/** Rows of one period, unit and target, in table order. */
export type KeyGroups = Map<number, ParsedRow | ParsedRow[]>;

/**
 * Groups rows by period, unit and target (resolved), in table order; rows missing any of the three are left
 * out. Keys are numbers built from small indexes: string keys for 100,000 rows cost more than all the rules.
 */
export function groupByKey(rows: readonly ParsedRow[], index: SchemaIndex): KeyGroups {
  const groups: KeyGroups = new Map();
  const periods = index.periods.periods.length;
  const targets = index.targetIndex.size;
  for (const row of rows) {
    if (row.periodIndex < 0 || row.owner === '' || !row.target) continue;
    const t = index.targetIndex.get(row.target.id) ?? 0;
    const key = (row.ownerId * targets + t) * periods + row.periodIndex;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, row);
    else if (Array.isArray(group)) group.push(row);
    else groups.set(key, [group, row]);
  }
  return groups;
}

/** Files duplicate issues. */
export function checkDuplicates(groups: KeyGroups, sink: IssueSink): void {
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    const last = group[group.length - 1] as ParsedRow;
    for (let i = 0; i < group.length - 1; i++) {
      sink.onCell(group[i] as ParsedRow, 'duplicate', 'error', '指标编号', MESSAGES.duplicateEarlier(last.row));
    }
    const others = group.slice(0, Math.min(group.length - 1, 6)).map((r) => r.row);
    const shown = group.length - 1 > 5 ? `${others.slice(0, 5).join('、')}等` : others.join('、');
    sink.onCell(last, 'duplicate', 'warning', '指标编号', MESSAGES.duplicateLast(shown));
  }
}

/** Files decreasing issues, comparing the counted (last) row of each period. */
export function checkDecreasing(groups: KeyGroups, index: SchemaIndex, sink: IssueSink): void {
  const periods = index.periods.periods.length;
  // Group keys are ordered (unit, target, period): dropping the period gives the series key.
  const series = new Map<number, ParsedRow[]>();
  for (const [key, group] of groups) {
    const last = Array.isArray(group) ? (group[group.length - 1] as ParsedRow) : group;
    const target = last.target;
    if (!target || (target.kind !== 'increment' && target.kind !== 'total')) continue;
    if (last.value.kind !== 'number' && last.value.kind !== 'text-number') continue;
    const seriesKey = Math.floor(key / periods);
    const list = series.get(seriesKey);
    if (list) list.push(last);
    else series.set(seriesKey, [last]);
  }
  for (const list of series.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.periodIndex - b.periodIndex);
    let best: ParsedRow | null = null;
    for (const row of list) {
      const value = figure(row);
      if (best && value < figure(best)) {
        const period = index.periods.periods[best.periodIndex]?.label ?? '';
        sink.onCell(row, 'decreasing', 'warning', '累计完成值', MESSAGES.decreasing(value, figure(best), period));
      }
      if (!best || value >= figure(best)) best = row;
    }
  }
}

function figure(row: ParsedRow): number {
  return row.value.kind === 'number' || row.value.kind === 'text-number' ? row.value.value : 0;
}
