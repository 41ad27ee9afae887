/**
 * The schema tables the office edits (工作任务, 责任分工, 目标指标, 单位), read whole — one range each — in the
 * same sync as the read they ride along with: every use case compares them with `_wp_meta`, and reading the schema
 * back needs them. They are small (one row per item, duty, target, unit), so they cost bytes, never a sync.
 */
import { TABLES } from '../workbook/format';
import type { TableSnapshot } from '../workbook/snapshot';
import { indexToLetters, splitQualified } from '../workbook/address';
import { jsonBytes } from './bytes';
import { toCellValue } from './cellValues';

/** The tables read back into the schema. */
export const SCHEMA_TABLE_NAMES: readonly string[] = [
  TABLES.items,
  TABLES.duties,
  TABLES.targets,
  TABLES.units,
];

/** Tables queued for reading; `settle` gives them as snapshots once the sync is done. */
export interface QueuedTables {
  settle(): TableSnapshot[];
  /** Estimated bytes of the response (after the sync). */
  bytes(): number;
}

/**
 * Queues the whole range of each named table. A table that does not exist fails the sync with ItemNotFound: the
 * caller asks only for tables it knows exist, or recovers by listing them.
 */
export function queueWholeTables(ctx: Excel.RequestContext, names: readonly string[]): QueuedTables {
  const ranges = names.map((name) => ({
    name,
    range: ctx.workbook.tables.getItem(name).getRange().load('address,values,valueTypes'),
  }));
  return {
    settle: () => ranges.map((t) => wholeTable(t.name, t.range)),
    bytes: () => ranges.reduce((n, t) => n + jsonBytes(t.range.values) + jsonBytes(t.range.valueTypes), 0),
  };
}

/** A whole small table, read in one range: header row and data rows. */
export function wholeTable(name: string, range: Excel.Range): TableSnapshot {
  const where = splitQualified(range.address);
  const [header = [], ...body] = range.values;
  const headers = header.map((h) => String(h));
  return {
    name,
    sheet: where.sheet,
    topLeft: `${indexToLetters(where.from.col)}${where.from.row + 1}`,
    headers,
    rows: body.map((values, i) => ({
      row: where.from.row + 2 + i,
      values: values.map((v, j) => toCellValue(v, range.valueTypes[i + 1]?.[j])),
    })),
    numberFormats: headers.map(() => null),
  };
}
