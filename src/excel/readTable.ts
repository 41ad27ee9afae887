/**
 * Reads an Excel table. Tables up to `FIRST_BLOCK_ROWS` rows take one sync (headers, size and values together);
 * larger ones continue in blocks sized from the first block so that no response exceeds the budget
 * (Excel on the web rejects responses over 5 MB).
 */
import type { SheetRow } from '../domain/entryCells';
import { jsonBytes } from './bytes';
import { isBlankRow, toCellValue } from './cellValues';

/** Rows fetched together with the headers in the first sync. */
export const FIRST_BLOCK_ROWS = 5000;

/** A table as read from the workbook. */
export interface TableRead {
  name: string;
  /** Sheet-qualified address of the whole table. */
  address: string;
  headers: string[];
  /** Data rows with 1-based sheet row numbers; trailing blank rows (Excel's empty-table row) are dropped. */
  rows: SheetRow[];
  syncs: number;
}

function isNotFound(e: unknown): boolean {
  return (
    typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === 'ItemNotFound'
  );
}

/** Reads a table by name; null when it does not exist. */
export async function readTable(
  ctx: Excel.RequestContext,
  name: string,
  maxResponseBytes = 4_000_000,
): Promise<TableRead | null> {
  const table = ctx.workbook.tables.getItem(name);
  const whole = table.getRange().load('address');
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('rowCount,rowIndex');
  const first = table
    .getDataBodyRange()
    .getRow(0)
    .getResizedRange(FIRST_BLOCK_ROWS - 1, 0)
    .load('values,valueTypes');
  try {
    await ctx.sync();
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  let syncs = 1;
  const total = body.rowCount;
  const values: unknown[][] = first.values.slice(0, total);
  const types: string[][] = first.valueTypes.slice(0, total).map((r) => r.map(String));
  if (total > FIRST_BLOCK_ROWS) {
    const perRow = Math.max(1, (jsonBytes(first.values) + jsonBytes(first.valueTypes)) / FIRST_BLOCK_ROWS);
    const step = Math.max(1, Math.floor(maxResponseBytes / perRow / 1.2));
    for (let start = FIRST_BLOCK_ROWS; start < total; start += step) {
      const count = Math.min(step, total - start);
      const block = table
        .getDataBodyRange()
        .getRow(start)
        .getResizedRange(count - 1, 0)
        .load('values,valueTypes');
      await ctx.sync();
      syncs += 1;
      values.push(...block.values);
      types.push(...block.valueTypes.map((r) => r.map(String)));
    }
  }
  const rows: SheetRow[] = values.map((r, i) => ({
    row: body.rowIndex + i + 1,
    values: r.map((v, j) => toCellValue(v, types[i]?.[j])),
  }));
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]?.values ?? [])) rows.pop();
  return {
    name,
    address: whole.address,
    headers: (header.values[0] ?? []).map((h) => String(h)),
    rows,
    syncs,
  };
}
