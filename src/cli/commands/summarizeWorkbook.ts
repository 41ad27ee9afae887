/**
 * The workbook `summarize --out` writes: the input's ledger with `校验状态` brought up to date (the 汇总 formulas
 * leave out rows marked 错误, so the status must be current for them to count what `summarize()` counts) and the
 * 汇总 sheet for the period.
 */
import type { NormalizedEntry } from '../../domain/entries';
import type { Schema } from '../../domain/schema';
import type { ExistingWorkbook } from '../../workbook/existing';
import { STATUS_LABELS } from '../../workbook/format';
import type { WorkbookPlan } from '../../workbook/plan';
import { planWorkbook } from '../../workbook/planWorkbook';
import { entriesTable, existingFromSnapshot } from '../../workbook/reader';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { withSummarySheet } from '../../workbook/summarySheetMerge';

const STATUS_HEADER = '校验状态';

/** The existing workbook with each validated row's `校验状态` cell set to its status word; other cells untouched. */
export function withCurrentStatus(
  snapshot: WorkbookSnapshot,
  normalized: readonly NormalizedEntry[],
): ExistingWorkbook {
  const existing = existingFromSnapshot(snapshot);
  const table = entriesTable(snapshot);
  const entries = existing.entries;
  if (!table || !entries) return existing;
  const column = entries.headers.indexOf(STATUS_HEADER);
  if (column < 0) return existing;
  const status = new Map(normalized.map((entry) => [entry.row, STATUS_LABELS[entry.status]]));
  const rows = entries.rows.map((values, i) => {
    const word = status.get(table.rows[i]?.row ?? -1);
    if (word === undefined) return values;
    const copy = [...values];
    copy[column] = word;
    return copy;
  });
  return { ...existing, entries: { ...entries, rows } };
}

/** The plan of the output workbook: the ledger (entries kept row for row, statuses current) plus 汇总. */
export function summaryWorkbookPlan(
  schema: Schema,
  snapshot: WorkbookSnapshot,
  normalized: readonly NormalizedEntry[],
  period: string,
  appVersion: string,
): WorkbookPlan {
  const plan = planWorkbook(schema, withCurrentStatus(snapshot, normalized), { appVersion });
  return withSummarySheet(plan, schema, period);
}
