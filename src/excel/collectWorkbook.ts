/**
 * Collecting returned forms inside Excel: the read (what validation reads, plus `WP_Imports` and the office's
 * `WP_Units`/`WP_Periods`, and which record sheets and tables exist) rides along with the workbook read's two
 * syncs; the write — 来源 added to `WP_Entries` when missing, changed cells, whole rows into the blank rows ending
 * the table, rows added through the table, rows appended to `WP_Imports`/`WP_Revisions` (created from A1 when
 * missing), 回收情况 rebuilt — is packed into requests of at most 4 MB, one sync for a usual batch.
 */
import type { CellValue } from '../domain/entryCells';
import type { CollectionWrite } from '../ledger/port';
import { recordSheet, type RecordTable } from '../workbook/collect/records';
import { ENTRY_SOURCE_COLUMN, SHEETS, TABLES } from '../workbook/format';
import type { SheetPlan } from '../workbook/plan';
import { rectAddress, splitQualified } from '../workbook/address';
import { jsonBytes } from './bytes';
import { hasFeature, type HostCapabilities } from './capabilities';
import { cellWrites, conditionalFormatWrites, widthWrites } from './featureWrites';
import { cellInput } from './literal';
import { readWorkbook, type EntriesRead } from './readEntries';
import { wholeTable } from './schemaTables';
import { rideAlong } from './rideAlong';
import { tableWrites, type TableLayout } from './tableWrites';
import { rowBlocks, queuedWrite, sendBatches, type QueuedWrite } from './writeBatches';

/** What the write must know of the record sheets and tables (names lower-cased). */
export interface RecordState {
  sheets: Set<string>;
  tables: Set<string>;
  /** Last used row (1-based) of a record sheet whose table is gone, so a new table goes below what it holds. */
  usedBottom: Map<string, number>;
  /**
   * Sheet row of `WP_Entries`'s last row. The entries read leaves out the blank rows ending the table (Excel keeps
   * one in an empty table): new rows go into them first, so none is left between the entries.
   */
  entriesBottom: number | null;
}

const key = (s: string): string => s.toLowerCase();

const RECORDS: Record<RecordTable, { sheet: string; table: string }> = {
  imports: { sheet: SHEETS.imports, table: TABLES.imports },
  revisions: { sheet: SHEETS.revisions, table: TABLES.revisions },
};

/**
 * Reads for a collect: the workbook read (sheet and table lists, then entries, `_wp_meta` and the office tables),
 * with `WP_Imports` and the record sheets' state riding along with its syncs.
 */
export async function readForCollect(
  ctx: Excel.RequestContext,
): Promise<{ read: EntriesRead; records: RecordState }> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  const records: RecordState = {
    sheets: new Set(),
    tables: new Set(),
    usedBottom: new Map(),
    entriesBottom: null,
  };
  let imports: Excel.Range | null = null;
  let entries: Excel.Range | null = null;
  const used = new Map<string, Excel.Range>();
  let queued = false;
  const ride = rideAlong(ctx, (n) => {
    if (n !== 1) return;
    queued = true;
    for (const s of sheets.items) records.sheets.add(key(s.name));
    for (const t of tables.items) records.tables.add(key(t.name));
    // Queued now, they travel with the read's second sync.
    if (records.tables.has(key(TABLES.entries)))
      entries = ctx.workbook.tables.getItem(TABLES.entries).getRange().load('address');
    if (records.tables.has(key(TABLES.imports)))
      imports = ctx.workbook.tables.getItem(TABLES.imports).getRange().load('address,values,valueTypes');
    for (const { sheet, table } of Object.values(RECORDS)) {
      if (records.sheets.has(key(sheet)) && !records.tables.has(key(table)))
        used.set(
          sheet,
          ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load('address'),
        );
    }
  });
  const read = await readWorkbook(ride.ctx);
  // A workbook without a ledger is read in one sync: what was queued after it still needs its own.
  let extra = 0;
  if (queued && ride.syncs() < 2 && (imports !== null || entries !== null || used.size > 0)) {
    await ctx.sync();
    extra = 1;
  }
  for (const [sheet, range] of used)
    if (!range.isNullObject) records.usedBottom.set(sheet, splitQualified(range.address).to.row + 1);
  const entriesRange = entries as Excel.Range | null;
  if (entriesRange) records.entriesBottom = splitQualified(entriesRange.address).to.row + 1;
  const importsRange = imports as Excel.Range | null;
  const snapshot = importsRange
    ? { ...read.snapshot, tables: [...read.snapshot.tables, wholeTable(TABLES.imports, importsRange)] }
    : read.snapshot;
  return {
    read: {
      ...read,
      snapshot,
      syncs: ride.syncs() + extra,
      largestResponseBytes:
        read.largestResponseBytes + (importsRange ? jsonBytes(importsRange.values) * 2 : 0),
    },
    records,
  };
}

const sheetOf = (ctx: Excel.RequestContext, name: string) => ctx.workbook.worksheets.getItem(name);

function inputRow(values: readonly CellValue[]): Array<string | number | boolean> {
  return values.map((v) => cellInput(v !== null && typeof v === 'object' ? v.error : v));
}

/** Queued writes for the entries: 来源 added, changed cells, rows into the blank rows ending the table, rows added. */
function entryWrites(write: CollectionWrite, state: RecordState, blockBytes: number): QueuedWrite[] {
  const { layout } = write;
  const headers = write.addSource ? [...layout.headers, ENTRY_SOURCE_COLUMN] : layout.headers;
  const writes: QueuedWrite[] = [];
  if (write.addSource)
    writes.push(
      queuedWrite('添加“来源”列', [ENTRY_SOURCE_COLUMN], (ctx) => {
        ctx.workbook.tables.getItem(TABLES.entries).columns.add(undefined, undefined, ENTRY_SOURCE_COLUMN);
      }),
    );
  for (const c of write.cells) {
    const index = headers.indexOf(c.header);
    if (index < 0) continue;
    const address = rectAddress(c.row - 1, layout.left + index, c.row - 1, layout.left + index);
    const values = [inputRow([c.value])];
    writes.push(
      queuedWrite('写入回收的填报', [address, values], (ctx) => {
        sheetOf(ctx, layout.sheet).getRange(address).values = values;
      }),
    );
  }
  // The blank rows ending the table that the read left out take the first new rows.
  const lastRead = Math.max(layout.lastTableRow, ...write.fills.map((r) => r.row));
  const free = Math.max(0, (state.entriesBottom ?? lastRead) - lastRead);
  const slots = write.appended.slice(0, free).map((values, k) => ({ row: lastRead + 1 + k, values }));
  for (const r of [...write.fills, ...slots]) {
    const address = rectAddress(r.row - 1, layout.left, r.row - 1, layout.left + headers.length - 1);
    const values = [inputRow(headers.map((_, i) => r.values[i] ?? null))];
    writes.push(
      queuedWrite('写入回收的填报', [address, values], (ctx) => {
        sheetOf(ctx, layout.sheet).getRange(address).values = values;
      }),
    );
  }
  const rows = write.appended.slice(free).map((r) => inputRow(headers.map((_, i) => r[i] ?? null)));
  for (const block of rowBlocks(rows, blockBytes)) {
    writes.push(
      queuedWrite('添加回收的填报', [block.rows], (ctx) => {
        ctx.workbook.tables.getItem(TABLES.entries).rows.add(undefined, block.rows);
      }),
    );
  }
  return writes;
}

/** Writes appending rows to a record table, creating its sheet and table when missing. */
function recordWrites(
  kind: RecordTable,
  rows: readonly (readonly (string | number | boolean | null)[])[],
  state: RecordState,
  blockBytes: number,
): QueuedWrite[] {
  if (rows.length === 0) return [];
  const { sheet, table } = RECORDS[kind];
  const values = rows.map((r) => r.map((v) => cellInput(v)));
  if (state.tables.has(key(table)))
    return rowBlocks(values, blockBytes).map((block) =>
      queuedWrite('写入回收记录', [block.rows], (ctx) => {
        ctx.workbook.tables.getItem(table).rows.add(undefined, block.rows);
      }),
    );
  const writes: QueuedWrite[] = [];
  if (!state.sheets.has(key(sheet)))
    writes.push(queuedWrite('新建回收记录工作表', [sheet], (ctx) => void ctx.workbook.worksheets.add(sheet)));
  // A sheet whose table was deleted keeps what it holds: the new table goes two rows below it.
  const top = state.usedBottom.has(sheet) ? (state.usedBottom.get(sheet) ?? 0) + 2 : 1;
  const plan = recordSheet(
    kind,
    rows.map((r) => [...r]),
  );
  const tablePlan = { ...plan.tables[0]!, topLeft: `A${top}` };
  const written = tableWrites(sheet, tablePlan, undefined, blockBytes);
  writes.push(...written.writes);
  writes.push(...widthWrites({ ...plan, tables: [tablePlan] }, new Map([[table, written.layout]])));
  return writes;
}

/** Writes rebuilding the 回收情况 sheet from its plan. */
function collectionWrites(
  sheet: SheetPlan,
  state: RecordState,
  capabilities: HostCapabilities,
  blockBytes: number,
): QueuedWrite[] {
  const writes: QueuedWrite[] = [
    queuedWrite('重建回收情况工作表', [sheet.name], (ctx) => {
      if (state.sheets.has(key(sheet.name))) sheetOf(ctx, sheet.name).delete();
      ctx.workbook.worksheets.add(sheet.name);
    }),
  ];
  const layouts = new Map<string, TableLayout>();
  for (const table of sheet.tables) {
    const written = tableWrites(sheet.name, table, undefined, blockBytes);
    layouts.set(table.name, written.layout);
    writes.push(...written.writes);
  }
  writes.push(...cellWrites(sheet.name, sheet.cells));
  writes.push(...widthWrites(sheet, layouts));
  if (hasFeature(capabilities, 'conditionalFormats')) {
    const columnIndex = (table: string, column: string) =>
      sheet.tables.find((t) => t.name === table)?.columns.findIndex((c) => c.header === column) ?? -1;
    writes.push(...conditionalFormatWrites(sheet, layouts, columnIndex));
  }
  return writes;
}

/** What a collect's write cost. */
export interface CollectWriteCost {
  syncs: number;
  largestRequestBytes: number;
}

/** Writes a collect into the open workbook, in as few requests as fit under `maxRequestBytes`. */
export async function writeCollectionInExcel(
  ctx: Excel.RequestContext,
  write: CollectionWrite,
  state: RecordState,
  capabilities: HostCapabilities,
  maxRequestBytes = 4_000_000,
): Promise<CollectWriteCost> {
  const blockBytes = Math.floor(maxRequestBytes / 4);
  const writes = [
    ...entryWrites(write, state, blockBytes),
    ...recordWrites('imports', write.imports, state, blockBytes),
    ...recordWrites('revisions', write.revisions, state, blockBytes),
    ...(write.collection ? collectionWrites(write.collection, state, capabilities, blockBytes) : []),
  ];
  const sent = await sendBatches(ctx, writes, maxRequestBytes, 2000);
  // What exists now, for a second collect in the same session.
  for (const { sheet, table } of Object.values(RECORDS)) {
    if ((table === TABLES.imports ? write.imports : write.revisions).length === 0) continue;
    state.sheets.add(key(sheet));
    state.tables.add(key(table));
  }
  if (write.collection) state.sheets.add(key(write.collection.name));
  // The table now ends with the rows written; the next collect reads again anyway.
  state.entriesBottom = null;
  return sent;
}
