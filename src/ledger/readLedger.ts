/**
 * Reading a ledger, the one way every path reads it: the stored schema and the entries as inspected — the
 * table's rows, rows typed below it, or the header row found by its column names when the table was converted
 * to a range or renamed. A workbook that cannot be used is refused with its reason; nothing is ever dropped.
 */
import { LedgerError, message, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import type { SheetRow } from '../domain/entryCells';
import { inspectEntries, rowSpans, type EntriesLayout, type EntriesNotice } from '../workbook/inspectEntries';
import { migrateSnapshot } from '../workbook/migrate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { LedgerWorkbook, ReadPurpose, WriteReport } from './port';

/** A usable ledger as read. */
export interface Ledger {
  schema: Schema;
  /** The fingerprint stored in `_wp_meta`. */
  fingerprint: string;
  /** Where the entries are. */
  layout: EntriesLayout;
  /** Entry rows in ENTRY_COLUMNS order with their sheet rows, blank rows included (validation counts them). */
  rows: SheetRow[];
  /** The same rows as read, aligned with `layout.headers` (every column a user added too). */
  rawRows: SheetRow[];
  /** Sheet rows below the table that hold data. */
  filledBelow: number[];
  notices: EntriesNotice[];
  snapshot: WorkbookSnapshot;
}

/** The ledger a snapshot holds; throws the reason (a LedgerError) when it cannot be used. */
export function inspectLedger(snapshot: WorkbookSnapshot): Ledger {
  const inspection = inspectEntries(snapshot);
  if (!inspection.usable) throw new LedgerError(inspection.problem.key, inspection.problem.params);
  const { schema, fingerprint, layout, rows, rawRows, filledBelow, notices } = inspection;
  return { schema, fingerprint, layout, rows, rawRows, filledBelow, notices, snapshot };
}

/** Reads the workbook and brings what an older ledger holds up to the current format (nothing is written). */
export async function readSnapshot(
  workbook: LedgerWorkbook,
  purpose: ReadPurpose,
): Promise<WorkbookSnapshot> {
  return migrateSnapshot(await workbook.read(purpose)).snapshot;
}

/** Reads and inspects the workbook's ledger. */
export async function readLedger(workbook: LedgerWorkbook, purpose: ReadPurpose): Promise<Ledger> {
  return inspectLedger(await readSnapshot(workbook, purpose));
}

/** Whether some entries lie outside `WP_Entries` (below it, or all of them when it is a plain range). */
export function needsMerge(ledger: Ledger): boolean {
  return ledger.layout.plain || ledger.filledBelow.length > 0;
}

/** What bringing entries into the table did. */
export interface MergeOutcome {
  ledger: Ledger;
  /** Rows that were outside the table and are inside now (0 when nothing needed moving). */
  moved: number;
  report: WriteReport | null;
  /** The notice saying so, for the user. */
  notice: Message | null;
}

/**
 * Reads the ledger and, when entries lie outside `WP_Entries`, brings them in and reads again: what every path
 * that writes a file (and loading a schema in Excel) does, so that the written table holds every row.
 */
export async function readMergedLedger(
  workbook: LedgerWorkbook,
  purpose: ReadPurpose,
): Promise<MergeOutcome> {
  const first = await readLedger(workbook, purpose);
  if (!needsMerge(first)) return { ledger: first, moved: 0, report: null, notice: null };
  const outside = first.layout.plain
    ? first.rows.filter((r) => r.values.some((v) => v !== null && v !== '')).map((r) => r.row)
    : first.filledBelow;
  const report = await workbook.mergeEntries({ layout: first.layout, rowsBelow: first.filledBelow });
  const ledger = await readLedger(workbook, purpose);
  if (needsMerge(ledger))
    throw new LedgerError('ledger.mergeIncomplete', { rows: rowSpans(ledger.filledBelow) });
  const notice = first.layout.plain
    ? message('ledger.rangeMerged', { rows: outside.length })
    : message('ledger.rowsMerged', { rows: rowSpans(outside), count: outside.length });
  return { ledger, moved: outside.length, report, notice };
}

/** What a use case's first step read: the ledger, the rows brought in, and what to tell the user so far. */
export interface UseCaseRead {
  ledger: Ledger;
  merged: number;
  reports: WriteReport[];
  notices: Message[];
}

/**
 * The first step of validation and the summary: read the ledger — bringing rows outside the table in first when
 * `merge` (paths that write a file) — and collect the notices about it.
 */
export async function readForUseCase(
  workbook: LedgerWorkbook,
  purpose: ReadPurpose,
  merge: boolean | undefined,
): Promise<UseCaseRead> {
  if (!merge) {
    const ledger = await readLedger(workbook, purpose);
    return { ledger, merged: 0, reports: [], notices: ledger.notices.map((n) => n.message) };
  }
  const outcome = await readMergedLedger(workbook, purpose);
  return {
    ledger: outcome.ledger,
    merged: outcome.moved,
    reports: outcome.report ? [outcome.report] : [],
    notices: [...outcome.ledger.notices.map((n) => n.message), ...(outcome.notice ? [outcome.notice] : [])],
  };
}
