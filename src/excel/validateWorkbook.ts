/**
 * What validation writes inside Excel: 校验状态 per row, fills on the cells at fault (the previous run's fills on
 * the entry columns cleared first) and the 校验结果 sheet rebuilt (writes in issueSheetWrites.ts) — packed into
 * requests of at most 4 MB, one sync unless the issue list is larger; nothing into a protected sheet, and a
 * recalculation when Excel calculates manually. No value a user typed is written back. Also the writes of fixes:
 * only cells that still hold what validation saw (fixCells.ts).
 */
import type { CellChange } from '../domain/validation/types';
import { LedgerError, message, type Message } from '../domain/messages';
import { COLUMNS, SHEETS } from '../workbook/format';
import { entryCellAddress, type EntriesLayout } from '../workbook/inspectEntries';
import type { IssueSheet } from '../workbook/issueSheet';
import type { EditReport, EntryEdit } from '../ledger/port';
import type { HostCapabilities } from './capabilities';
import { writeFixes } from './fixCells';
import { isManual, protectionProblem, queueRecalculation, type HostState } from './probe';
import { sendBatches, type QueuedWrite } from './writeBatches';
import { highlightWrites, issueSheetWrites, statusWrites } from './issueSheetWrites';

/** Options of the validation write. */
export interface IssueSheetWriteOptions {
  capabilities: HostCapabilities;
  /** Whether a 校验结果 sheet exists already (it is replaced). */
  issuesSheetExists: boolean;
  /** What the read before found of Excel's state (protection, calculation mode), when it read it. */
  host?: HostState;
  /** Largest request to send (default 4,000,000 bytes). */
  maxRequestBytes?: number;
}

/** What a write sent, and what the user should know of it. */
export interface WriteCost {
  syncs: number;
  largestRequestBytes: number;
  notices: Message[];
}

const DEFAULT_REQUEST_BYTES = 4_000_000;

/** Queued writes for 校验状态 alone (the summary's write carries them ahead of the 汇总 sheet). */
export function statusWritesAlone(layout: EntriesLayout, statuses: IssueSheet['statuses']): QueuedWrite[] {
  return statusWrites(layout, { statuses } as IssueSheet, 1_000_000);
}

/** Writes the validation outcome: 校验状态, fills and the 校验结果 sheet, in as few requests as fit. */
export async function writeIssueSheet(
  ctx: Excel.RequestContext,
  layout: EntriesLayout,
  output: IssueSheet,
  options: IssueSheetWriteOptions,
): Promise<WriteCost> {
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  // Nothing goes into a protected sheet: Excel would refuse part-way through (AccessDenied).
  const locked = options.host && protectionProblem(options.host, [layout.sheet], [SHEETS.issues]);
  if (locked) throw new LedgerError(locked.key as never, locked.params);
  const manual = options.host ? isManual(options.host) : false;
  const blockBytes = Math.floor(maxRequestBytes / 4);
  const writes = [
    ...statusWrites(layout, output, blockBytes),
    ...highlightWrites(layout, output),
    ...issueSheetWrites(output, options.issuesSheetExists, options.capabilities, blockBytes),
  ];
  const sent = await sendBatches(ctx, writes, maxRequestBytes, 2000, manual ? queueRecalculation : undefined);
  return {
    ...sent,
    notices: manual ? [message('excel.manualCalculation')] : [],
  };
}

/**
 * Writes entry cells that still hold what the use case saw (a cell edited since is left alone), in requests
 * packed by size; the validation that follows rebuilds 校验结果.
 */
export async function editEntryCells(
  ctx: Excel.RequestContext,
  layout: EntriesLayout,
  edits: readonly EntryEdit[],
  capabilities?: HostCapabilities,
): Promise<EditReport & WriteCost> {
  const key = (e: EntryEdit) => `${e.row}:${e.column}`;
  const changes: CellChange[] = edits.map((e) => ({
    row: e.row,
    column: COLUMNS.entries[e.column] ?? COLUMNS.entries[0],
    columnIndex: e.column,
    from: e.from,
    to: e.to,
    issueId: key(e),
  }));
  const done = await writeFixes(ctx, layout, changes, new Map(), capabilities ? { capabilities } : {});
  const skipped = new Set(done.skipped);
  // A cell of a column the entries lack has no address: it cannot be written, so it counts as skipped.
  const writable = (e: EntryEdit) => entryCellAddress(layout, e.row, e.column) !== '';
  return {
    written: edits.filter((e) => writable(e) && !skipped.has(key(e))),
    skipped: edits.filter((e) => !writable(e) || skipped.has(key(e))),
    syncs: done.syncs,
    largestRequestBytes: 0,
    notices: done.notices.length > 0 ? [message('excel.manualCalculation')] : [],
  };
}
