/**
 * Reads an Excel table: headers, row count and a first block of rows in one sync, the rest in blocks sized from
 * the bytes measured so far (tableRows.ts), so that no response passes Excel on the web's 5 MB limit however long
 * the cells' texts are. Works for a table whose data rows were all deleted.
 */
import type { SheetRow } from '../domain/entryCells';
import { isBlankRow, toCellValue } from './cellValues';
import { jsonBytes } from './bytes';
import {
  isNotFound,
  isTooLarge,
  readInBlocks,
  RESPONSE_BUDGET_BYTES,
  rowBytes,
  rowsBelowHeader,
  RowSizer,
} from './tableRows';

/** Rows fetched together with the headers in the first sync (~2 KB each for long progress texts). */
export const FIRST_BLOCK_ROWS = 1000;

/** A table as read from the workbook. */
export interface TableRead {
  name: string;
  /** Sheet-qualified address of the whole table. */
  address: string;
  headers: string[];
  /** Data rows with 1-based sheet row numbers; trailing blank rows (Excel's empty-table row) are dropped. */
  rows: SheetRow[];
  syncs: number;
  /** Largest response, in estimated bytes. */
  largestResponseBytes: number;
}

/** Reads a table by name; null when it does not exist. */
export async function readTable(
  ctx: Excel.RequestContext,
  name: string,
  maxResponseBytes = RESPONSE_BUDGET_BYTES,
): Promise<TableRead | null> {
  const table = ctx.workbook.tables.getItem(name);
  let syncs = 0;
  const queueFirst = (rows: number) => {
    const whole = table.getRange().load('address,rowIndex');
    const header = table.getHeaderRowRange();
    header.load('values');
    const count = table.rows.load('count');
    const first = rows > 0 ? rowsBelowHeader(header, 0, rows).load('values,valueTypes') : null;
    return { whole, header, count, first };
  };
  let head = queueFirst(FIRST_BLOCK_ROWS);
  try {
    try {
      await ctx.sync();
    } finally {
      syncs += 1;
    }
  } catch (e) {
    if (isNotFound(e)) return null;
    if (!isTooLarge(e)) throw e;
    // Rows too long for the blind first block: headers and count alone, then measured blocks.
    head = queueFirst(0);
    try {
      await ctx.sync();
    } finally {
      syncs += 1;
    }
  }
  const sizer = new RowSizer(maxResponseBytes, 100);
  const total = head.count.count;
  const values: unknown[][] = [];
  const types: string[][] = [];
  if (head.first) {
    const v = head.first.values.slice(0, total);
    const t = head.first.valueTypes.slice(0, total).map((r) => r.map(String));
    values.push(...v);
    types.push(...t);
    sizer.record(rowBytes(v, t), jsonBytes(head.header.values));
  }
  const blocks = await readInBlocks(
    ctx,
    values.length,
    total - values.length,
    sizer,
    (start, rows) => {
      const block = rowsBelowHeader(head.header, start, rows).load('values,valueTypes');
      return {
        settle: () => {
          const t = block.valueTypes.map((r) => r.map(String));
          return { value: { v: block.values, t }, perRow: rowBytes(block.values, t) };
        },
      };
    },
    () => (syncs += 1),
  );
  for (const b of blocks) {
    values.push(...b.v);
    types.push(...b.t);
  }
  const firstRow = head.whole.rowIndex + 2;
  const rows: SheetRow[] = values.map((r, i) => ({
    row: firstRow + i,
    values: r.map((v, j) => toCellValue(v, types[i]?.[j])),
  }));
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]?.values ?? [])) rows.pop();
  return {
    name,
    address: head.whole.address,
    headers: (head.header.values[0] ?? []).map((h) => String(h)),
    rows,
    syncs,
    largestResponseBytes: sizer.largest,
  };
}
