/**
 * The one port between the use cases and a workbook: what the use cases read and write, nothing about how.
 * Three adapters implement it — the workbook open in Excel (src/excel), an .xlsx file (src/xlsx) and the
 * in-memory workbook of browser mode — each keeping its own budgets (syncs and request bytes in Excel, memory
 * and untouched parts in files). Every use case in src/ledger is written once, against this interface.
 */
import type { CellValue } from '../domain/entryCells';
import type { Message } from '../domain/messages';
import type { EntriesLayout } from '../workbook/inspectEntries';
import type { SnapshotCollection } from '../workbook/collect/snapshotCollect';
import type { NamePlan, SheetPlan, WorkbookPlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { IssueSheet } from '../workbook/issueSheet';

/**
 * Why a use case reads: an adapter may read less, or queue what the write that follows will ask. `collect` reads
 * what `validate` reads plus `WP_Imports` (the files already taken in) and `WP_Units`/`WP_Periods` (contacts and
 * deadlines for the 催报 text).
 */
export type ReadPurpose = 'status' | 'load' | 'validate' | 'summary' | 'collect';

/** Entries that are not (all) inside `WP_Entries`: rows typed below the table, or a plain range / renamed table. */
export interface EntriesMerge {
  /** Where the entries are now (as inspected). */
  layout: EntriesLayout;
  /** Sheet rows below the table's last row that hold data, ascending; blank rows between them are dropped. */
  rowsBelow: readonly number[];
}

/** An entry cell to change: written only if the cell still holds `from` (a cell edited since is left alone). */
export interface EntryEdit {
  /** Sheet row. */
  row: number;
  /** 0-based index of the column in ENTRY_COLUMNS. */
  column: number;
  from: CellValue;
  to: CellValue;
}

/** What an edit did. */
export interface EditReport {
  written: EntryEdit[];
  /** Edits whose cell no longer held `from`. */
  skipped: EntryEdit[];
}

/** What a write left out or wants the user to know, beyond having written. */
export interface WriteReport {
  /** Features the host lacks and that were left out (each says which, and what it needs). */
  skipped: Message[];
  /** Other notices: budgets exceeded, rows marked, … */
  notices: Message[];
}

/** The 汇总 sheet with what it needs: the sheet, its defined names and the entries' current 校验状态. */
export interface SummaryWrite {
  sheet: SheetPlan;
  names: NamePlan[];
  statuses: IssueSheet['statuses'];
}

/**
 * What taking collected forms in writes, all at once: the entries (cells of existing rows, whole rows into the
 * blank rows ending the table, rows appended after it — 来源 added at the table's end first when the ledger predates
 * format 3), rows appended to `WP_Imports` and `WP_Revisions` (each created, from A1 of its sheet, when missing), and
 * the 回收情况 sheet rebuilt.
 */
export interface CollectionWrite extends SnapshotCollection {
  /** The entries as read (every row inside the table: the use case merged rows below it first). */
  layout: EntriesLayout;
}

/** A workbook as the use cases see it. */
export interface LedgerWorkbook {
  /** Reads `_wp_meta`, the entries (table rows, rows typed below, or a plain range) and the sheet list. */
  read(purpose: ReadPurpose): Promise<WorkbookSnapshot>;
  /** Brings the entries of `merge` inside `WP_Entries`, every row kept in order; blank rows between are dropped. */
  mergeEntries(merge: EntriesMerge): Promise<WriteReport>;
  /** Writes a schema plan: schema sheets, names and `_wp_meta`; the entries table kept row for row. */
  applyPlan(plan: WorkbookPlan): Promise<WriteReport>;
  /** Writes 校验状态, the fills on cells at fault and the 校验结果 sheet. */
  writeIssueSheet(layout: EntriesLayout, output: IssueSheet): Promise<WriteReport>;
  /** Changes entry cells that still hold what the use case saw. */
  editEntries(layout: EntriesLayout, edits: readonly EntryEdit[]): Promise<EditReport>;
  /** Writes 校验状态 and the 汇总 sheet (with its chart where the host draws charts). */
  writeSummary(layout: EntriesLayout, write: SummaryWrite): Promise<WriteReport>;
  /** Replaces (or adds) a sheet the user asked the add-in to write, such as 通报; other sheets untouched. */
  writeOwnedSheet(sheet: SheetPlan): Promise<WriteReport>;
  /** Takes collected forms in: entries, the record tables, the 回收情况 sheet (see CollectionWrite). */
  writeCollection(write: CollectionWrite): Promise<WriteReport>;
}
