/**
 * Writes a sheet the add-in produces on request (the 通报 sheet) in the open workbook: a sheet of that name is
 * replaced, then its cells, tables and column widths are written — one read and one write, the write split into
 * requests under 4 MB if the text is very long.
 */
import type { SheetPlan } from '../workbook/plan';
import { cellWrites, widthWrites } from './featureWrites';
import { tableWrites, type TableLayout } from './tableWrites';
import { queuedWrite, sendBatches, type QueuedWrite } from './writeBatches';

const MAX_REQUEST_BYTES = 4_000_000;

/** What the write cost. */
export interface OwnedSheetCost {
  syncs: number;
  largestRequestBytes: number;
}

/** Replaces (or adds) `sheet.name` with the planned sheet. */
export async function writeOwnedSheet(ctx: Excel.RequestContext, sheet: SheetPlan): Promise<OwnedSheetCost> {
  const existing = ctx.workbook.worksheets.getItemOrNullObject(sheet.name).load('name');
  const tables = sheet.tables.map((t) => ctx.workbook.tables.getItemOrNullObject(t.name).load('name'));
  await ctx.sync();
  const writes: QueuedWrite[] = [
    queuedWrite(sheet.name, [sheet.name], (c) => {
      // A table of ours left on another sheet would make the new one's name clash.
      tables.forEach((t, i) => {
        if (!t.isNullObject) c.workbook.tables.getItem(sheet.tables[i]?.name ?? '').delete();
      });
      if (!existing.isNullObject) c.workbook.worksheets.getItem(sheet.name).delete();
      c.workbook.worksheets.add(sheet.name);
    }),
  ];
  const layouts = new Map<string, TableLayout>();
  for (const table of sheet.tables) {
    const written = tableWrites(sheet.name, table, undefined, MAX_REQUEST_BYTES / 4);
    layouts.set(table.name, written.layout);
    writes.push(...written.writes);
  }
  writes.push(...cellWrites(sheet.name, sheet.cells), ...widthWrites(sheet, layouts));
  writes.push(
    queuedWrite(sheet.name, [sheet.name], (c) => c.workbook.worksheets.getItem(sheet.name).activate()),
  );
  const sent = await sendBatches(ctx, writes, MAX_REQUEST_BYTES, 2000);
  return { ...sent, syncs: 1 + sent.syncs };
}

/** Base64 of bytes, in chunks so that a large form does not overflow the argument list of `fromCharCode`. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
