/**
 * Bringing entries inside `WP_Entries` in the open workbook, every row kept:
 * - rows typed below the table (LibreOffice and WPS do not grow tables): with ExcelApi 1.13 the table is resized
 *   over them (cells, formats and formulas stay exactly where they are; blank rows between become blank table
 *   rows, which validation skips); below 1.13 the rows are cleared and added again through the table, in order,
 *   blank rows between them dropped;
 * - a plain range (the table converted to a range): a table is added over it and named `WP_Entries`;
 * - a renamed table over the entries' header: it is named `WP_Entries` again.
 * Two syncs at most.
 */
import type { CellValue, SheetRow } from '../domain/entryCells';
import { TABLES } from '../workbook/format';
import type { EntriesLayout } from '../workbook/inspectEntries';
import { indexToLetters, qualified, splitQualified } from '../workbook/address';
import type { HostCapabilities } from './capabilities';
import { cellInput, writeFormat } from './literal';

/** The value as a plan value (an error value goes back as its text). */
function planValue(value: CellValue): string | number | boolean | null {
  return value !== null && typeof value === 'object' ? value.error : value;
}

/** The address (no sheet) of the layout's columns from row `from` through row `to`. */
function rowsAddress(layout: EntriesLayout, from: number, to: number): string {
  const left = indexToLetters(layout.left);
  const right = indexToLetters(layout.left + layout.headers.length - 1);
  return `${left}${from}:${right}${to}`;
}

/** Brings the entries of `layout` into `WP_Entries`; `rows` are the raw rows as read (for re-adding below 1.13). */
export async function mergeEntriesInExcel(
  ctx: Excel.RequestContext,
  layout: EntriesLayout,
  rowsBelow: readonly number[],
  rows: readonly SheetRow[],
  capabilities: HostCapabilities,
): Promise<{ syncs: number }> {
  const sheet = ctx.workbook.worksheets.getItem(layout.sheet);
  if (layout.plain) {
    const tables = sheet.tables.load('items/name');
    const ranges = new Map<string, Excel.Range>();
    await ctx.sync();
    for (const t of tables.items) ranges.set(t.name, t.getRange().load('address'));
    await ctx.sync();
    const header = `${indexToLetters(layout.left)}${layout.headerRow}`;
    const renamed = [...ranges].find(([, range]) => {
      const where = splitQualified(range.address);
      return `${indexToLetters(where.from.col)}${where.from.row + 1}` === header;
    });
    if (renamed) {
      sheet.tables.getItem(renamed[0]).name = TABLES.entries;
    } else {
      const last = Math.max(layout.headerRow + 1, ...rows.map((r) => r.row));
      sheet.tables.add(rowsAddress(layout, layout.headerRow, last), true).name = TABLES.entries;
    }
    await ctx.sync();
    return { syncs: 3 };
  }
  const table = ctx.workbook.tables.getItem(TABLES.entries);
  const last = rowsBelow[rowsBelow.length - 1];
  if (last === undefined) return { syncs: 0 };
  if (capabilities.supportsExcelApi('1.13')) {
    table.resize(qualified(layout.sheet, rowsAddress(layout, layout.headerRow, last)));
    await ctx.sync();
    return { syncs: 1 };
  }
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const moving = rowsBelow.map((n) =>
    layout.headers.map((_, j) => planValue(byRow.get(n)?.values[j] ?? null)),
  );
  // Rows added to a table take the number formats of its last row (Text in the ledger's text columns), and a
  // value is written for the format its cell will have (see literal.ts): read those formats first.
  const lastRow = sheet
    .getRange(rowsAddress(layout, layout.lastTableRow, layout.lastTableRow))
    .load('numberFormat');
  await ctx.sync();
  const formats = layout.headers.map((_, j) => String(lastRow.numberFormat[0]?.[j] ?? 'General'));
  // Cleared first, in the same request: adding table rows shifts the cells below the table down.
  for (const n of rowsBelow) sheet.getRange(rowsAddress(layout, n, n)).clear('Contents');
  table.rows.add(
    undefined,
    moving.map((values) => values.map((v, j) => cellInput(v, formats[j]))),
  );
  // Text starting with an apostrophe in a Text column is written again under General (see literal.ts).
  moving.forEach((values, i) =>
    values.forEach((v, j) => {
      const format = formats[j] ?? 'General';
      if (writeFormat(v, format) === format) return;
      const cell = sheet.getRange(`${indexToLetters(layout.left + j)}${layout.lastTableRow + 1 + i}`);
      cell.numberFormat = [['General']];
      cell.values = [[cellInput(v, 'General')]];
      cell.numberFormat = [[format]];
    }),
  );
  await ctx.sync();
  return { syncs: 2 };
}
