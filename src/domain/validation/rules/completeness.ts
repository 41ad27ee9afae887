/**
 * Completeness rules: missing-progress-text (warning, any row without 工作进展) and missing-report (error, per
 * unit for the chosen period: each item it leads or is responsible for with no row at all, and each target it
 * reports with no row naming it). A row counts as "a row" here whatever its other issues: a wrong row is
 * already reported by its own rule, and saying "missing" about it too would only confuse.
 */
import type { IssueSink } from '../issueSink';
import { MESSAGES } from '../messages';
import type { ParsedRow } from '../rowReader';
import type { RowTable } from '../rowTable';
import type { SchemaIndex } from '../schemaIndex';

/** What each unit has rows for in one period. */
export interface Coverage {
  items: Map<string, Set<number>>;
  targets: Map<string, Set<string>>;
}

/** Checks the progress text of a row. */
export function checkProgress(row: ParsedRow, sink: IssueSink): void {
  if (row.progress === '')
    sink.onCell(row, 'missing-progress-text', 'warning', '工作进展', MESSAGES.missingProgress());
}

/** Collects, for one period, the items and targets each resolved unit has rows for. */
export function coverageOf(table: RowTable, index: SchemaIndex, periodIndex: number): Coverage {
  const items = new Map<string, Set<number>>();
  const targets = new Map<string, Set<string>>();
  for (let k = 0; k < table.count; k++) {
    if (table.periodIndex[k] !== periodIndex || table.resolved[k] !== 1) continue;
    const unit = table.owner(k);
    const item = table.item[k] ?? NaN;
    if (!Number.isNaN(item)) add(items, unit, item);
    const target = table.targetOf(k, index);
    if (target) {
      add(targets, unit, target.id);
      if (target.item !== null) add(items, unit, target.item);
    }
  }
  return { items, targets };
}

/** Files missing-report issues for every reporting unit of the schema. */
export function checkMissingReports(
  index: SchemaIndex,
  coverage: Coverage,
  periodIndex: number,
  sink: IssueSink,
): void {
  const period = index.periods.periods[periodIndex]?.label ?? '';
  for (const unit of index.reporters) {
    const items = coverage.items.get(unit);
    for (const no of index.dueItems.get(unit) ?? []) {
      if (items?.has(no)) continue;
      const title = index.items.get(no)?.title ?? '';
      sink.onUnit(
        unit,
        'missing-report',
        'error',
        `${period}:item:${no}`,
        MESSAGES.missingItem(period, no, shorten(title)),
      );
    }
    const targets = coverage.targets.get(unit);
    for (const id of index.dueTargets.get(unit) ?? []) {
      if (targets?.has(id)) continue;
      const name = index.targets.get(id)?.name ?? '';
      sink.onUnit(
        unit,
        'missing-report',
        'error',
        `${period}:target:${id}`,
        MESSAGES.missingTarget(period, id, shorten(name)),
      );
    }
  }
}

function add<T>(map: Map<string, Set<T>>, unit: string, value: T): void {
  const set = map.get(unit);
  if (set) set.add(value);
  else map.set(unit, new Set([value]));
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
