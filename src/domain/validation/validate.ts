/**
 * The orchestrator: `validateEntries(schema, rows, { period })`.
 *
 * Validation never changes a value: it reads the rows once, files issues, and derives each row's status and
 * the entries as the summary will count them. Fully blank rows are skipped silently and counted.
 * Without a `period` option, completeness is judged for the latest period of the schema that has any entry
 * (a row whose 报告期 resolves, also through an alias); with no such row, no period is chosen and no
 * missing-report issue is filed. Items whose 完成时限 has come by the end of that period (or by `today`, when given
 * and earlier) with no progress from a unit owing them are warned about (overdue-item).
 */
import { trackedSchema } from '../confirmedTargets';
import type { NormalizedEntry } from '../entries';
import type { Schema } from '../schema';
import { unknownPeriod } from '../periods';
import type { SheetRow } from '../entryCells';
import { COL } from './columns';
import { reportByUnit } from './byUnit';
import { IssueSink } from './issueSink';
import { isBlankRow, readRow, rowCells, type ParsedRow } from './rowReader';
import { checkItemAndTarget, checkPeriod, checkUnit } from './rules/identity';
import { checkOwnership } from './rules/ownership';
import { checkValue } from './rules/values';
import { checkDecreasing, checkDuplicates, groupByKey } from './rules/history';
import { checkMissingReports, checkProgress, coverageOf } from './rules/completeness';
import { checkOverdueItems, deadlineReference } from './rules/deadlines';
import { RowTable } from './rowTable';
import { indexSchema, type SchemaIndex } from './schemaIndex';
import { RULE_IDS, type ValidateOptions, type ValidationIssue, type ValidationResult } from './types';

/** Validates WP_Entries rows against a schema. Throws only for a `period` option that names no period. */
export function validateEntries(
  schema: Schema,
  rows: readonly SheetRow[],
  options: ValidateOptions = {},
): ValidationResult {
  // Only confirmed targets are in 目标指标, so only they can be counted by the sheet's formulas.
  const index = indexSchema(trackedSchema(schema));
  const chosen = chooseOption(index, options.period);
  const list: readonly unknown[] = Array.isArray(rows) ? rows : [];
  const sink = new IssueSink(list.length);
  const seen: string[] = [];
  const ownerIds = new Map<string, number>();
  const ownerIdOf = (owner: string): number => {
    let id = ownerIds.get(owner);
    if (id === undefined) {
      id = seen.length;
      ownerIds.set(owner, id);
      seen.push(owner);
    }
    return id;
  };
  let blankRows = 0;
  const table = new RowTable(list.length, seen);
  const normalized: NormalizedEntry[] = [];

  for (let position = 0; position < list.length; position++) {
    const raw = list[position];
    const cells = rowCells(raw);
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    // The parsed row lives only for this iteration; what later rules need goes into the table.
    const row = readRow(index, raw as SheetRow, position, cells, ownerIdOf);
    checkPeriod(row, index, sink);
    checkUnit(row, sink);
    checkItemAndTarget(row, index, sink);
    checkOwnership(row, index, sink);
    checkValue(row, sink);
    checkProgress(row, sink);
    table.add(row, index);
    normalized.push(normalize(row));
  }

  const groups = groupByKey(table, index);
  checkDuplicates(groups, table, sink);
  checkDecreasing(groups, table, index, sink);

  const periodIndex = chosen ?? latestPeriod(table);
  const coverage = periodIndex >= 0 ? coverageOf(table, index, periodIndex) : null;
  if (coverage) checkMissingReports(index, coverage, periodIndex, sink);
  const reference = deadlineReference(index, periodIndex, options.today);
  if (reference) checkOverdueItems(index, table, periodIndex, reference, sink);

  // Statuses are known only now that the cross-row rules have run.
  normalized.forEach((entry, k) => {
    entry.status = sink.statusOf(table.position[k] ?? 0);
  });
  const issues = sortIssues(sink.issues);
  return {
    period: periodIndex >= 0 ? (index.periods.periods[periodIndex]?.label ?? null) : null,
    issues,
    byUnit: reportByUnit(index, issues, coverage, seen),
    normalized,
    blankRows,
  };
}

function chooseOption(index: SchemaIndex, period: string | undefined): number | null {
  if (period === undefined) return null;
  const res = index.periods.resolve(period);
  if (res.kind === 'unknown') throw unknownPeriod(String(period), index.periods);
  return res.index;
}

function latestPeriod(table: RowTable): number {
  let latest = -1;
  for (let k = 0; k < table.count; k++) latest = Math.max(latest, table.periodIndex[k] ?? -1);
  return latest;
}

/** The entry as the summary counts it: exact cell contents only (see NormalizedEntry); status comes later. */
function normalize(row: ParsedRow): NormalizedEntry {
  const item = row.cells[COL.item];
  return {
    row: row.row,
    period: row.periodText,
    unit: row.unitText,
    item: typeof item === 'number' && Number.isFinite(item) ? item : null,
    target: row.targetText === '' ? null : row.targetText,
    value: row.value.kind === 'number' ? row.value.value : null,
    progress: row.progress,
    status: 'ok',
  };
}

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/** Row-level issues in table order (then by column, then rule), unit-level issues after, grouped by unit. */
function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  // Sorting positions rather than issues keeps the sort stable without a wrapper object per issue.
  const order = new Array<number>(issues.length);
  for (let i = 0; i < issues.length; i++) order[i] = i;
  const at = (i: number): ValidationIssue => issues[i] as ValidationIssue;
  order.sort((a, b) => {
    const ia = at(a);
    const ib = at(b);
    const ra = ia.row ?? Number.MAX_SAFE_INTEGER;
    const rb = ib.row ?? Number.MAX_SAFE_INTEGER;
    if (ra !== rb) return ra - rb;
    if (ia.row === null) return a - b;
    const ca = ia.columnIndex ?? 0;
    const cb = ib.columnIndex ?? 0;
    if (ca !== cb) return ca - cb;
    const rule = (RULE_ORDER.get(ia.rule) ?? 0) - (RULE_ORDER.get(ib.rule) ?? 0);
    return rule !== 0 ? rule : a - b;
  });
  return order.map(at);
}
