/**
 * The orchestrator: `validateEntries(schema, rows, { period })`.
 *
 * Validation never changes a value: it reads the rows once, files issues, and derives each row's status and
 * the entries as the summary will count them. Fully blank rows are skipped silently and counted.
 * Without a `period` option, completeness is judged for the latest period of the schema that has any entry
 * (a row whose 报告期 resolves, also through an alias); with no such row, no period is chosen and no
 * missing-report issue is filed.
 */
import type { NormalizedEntry } from '../entries';
import type { Schema } from '../schema';
import type { SheetRow } from '../../workbook/format';
import { cellKind, cellText } from './cells';
import { COL } from './columns';
import { reportByUnit } from './byUnit';
import { IssueSink } from './issueSink';
import { isBlankRow, readRow, rowCells, type ParsedRow } from './rowReader';
import { checkItemAndTarget, checkPeriod, checkUnit } from './rules/identity';
import { checkOwnership } from './rules/ownership';
import { checkValue } from './rules/values';
import { checkDecreasing, checkDuplicates, groupByKey } from './rules/history';
import { checkMissingReports, checkProgress, coverageOf } from './rules/completeness';
import { indexSchema, type SchemaIndex } from './schemaIndex';
import { RULE_IDS, type ValidateOptions, type ValidationIssue, type ValidationResult } from './types';

/** Validates WP_Entries rows against a schema. Throws only for a `period` option that names no period. */
export function validateEntries(schema: Schema, rows: readonly SheetRow[], options: ValidateOptions = {}): ValidationResult {
  const index = indexSchema(schema);
  const chosen = chooseOption(index, options.period);
  const sink = new IssueSink();
  const parsed: ParsedRow[] = [];
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
  const list: readonly unknown[] = Array.isArray(rows) ? rows : [];

  for (let position = 0; position < list.length; position++) {
    const raw = list[position];
    const cells = rowCells(raw);
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    const row = readRow(index, raw as SheetRow, position, cells, ownerIdOf);
    parsed.push(row);
    checkPeriod(row, index, sink);
    checkUnit(row, sink);
    checkItemAndTarget(row, index, sink);
    checkOwnership(row, index, sink);
    checkValue(row, sink);
    checkProgress(row, sink);
  }

  const groups = groupByKey(parsed, index);
  checkDuplicates(groups, sink);
  checkDecreasing(groups, index, sink);

  const periodIndex = chosen ?? latestPeriod(parsed);
  const coverage = periodIndex >= 0 ? coverageOf(parsed, periodIndex) : null;
  if (coverage) checkMissingReports(index, coverage, periodIndex, sink);

  const issues = sortIssues(sink.issues);
  return {
    period: periodIndex >= 0 ? (index.periods.periods[periodIndex]?.label ?? null) : null,
    issues,
    byUnit: reportByUnit(index, issues, coverage, seen),
    normalized: parsed.map((row) => normalize(row, sink)),
    blankRows,
  };
}

function chooseOption(index: SchemaIndex, period: string | undefined): number | null {
  if (period === undefined) return null;
  const res = index.periods.resolve(period);
  if (res.kind === 'unknown') {
    const labels = index.periods.periods.map((p) => p.label).join('、');
    throw new RangeError(`报告期“${String(period).slice(0, 40)}”不是本方案的报告期（可选：${labels}）。`);
  }
  return res.index;
}

function latestPeriod(rows: readonly ParsedRow[]): number {
  let latest = -1;
  for (const row of rows) if (row.periodIndex > latest) latest = row.periodIndex;
  return latest;
}

/** The entry as the summary counts it: exact cell contents only (see NormalizedEntry). */
function normalize(row: ParsedRow, sink: IssueSink): NormalizedEntry {
  const cells = row.cells;
  const item = cells[COL.item];
  const value = cells[COL.value];
  const target = cellText(cells[COL.target]);
  return {
    row: row.row,
    period: cellText(cells[COL.period]),
    unit: row.unitText,
    item: cellKind(item) === 'number' && Number.isFinite(item) ? (item as number) : null,
    target: target === '' ? null : target,
    value: cellKind(value) === 'number' && Number.isFinite(value) ? (value as number) : null,
    progress: row.progress,
    status: sink.rowSeverity.get(row.position) ?? 'ok',
  };
}

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/** Row-level issues in table order (then by column, then rule), unit-level issues after, grouped by unit. */
function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const ra = a.issue.row ?? Number.MAX_SAFE_INTEGER;
      const rb = b.issue.row ?? Number.MAX_SAFE_INTEGER;
      if (ra !== rb) return ra - rb;
      if (a.issue.row === null) return a.i - b.i;
      const ca = a.issue.cell.charCodeAt(0);
      const cb = b.issue.cell.charCodeAt(0);
      if (ca !== cb) return ca - cb;
      const order = (RULE_ORDER.get(a.issue.rule) ?? 0) - (RULE_ORDER.get(b.issue.rule) ?? 0);
      return order !== 0 ? order : a.i - b.i;
    })
    .map((x) => x.issue);
}
