/** What planWorkbook needs to know about a workbook that already holds a ledger. */
import type { Schema } from '../domain/schema';
import type { CellValue } from '../domain/entryCells';
import type { OfficeCells } from './officeCells';

/** The existing `WP_Entries` table: headers (contract columns plus any a user added at the end) and raw rows. */
export interface ExistingEntries {
  headers: string[];
  /** Raw cell values in sheet order, one array per row, aligned with `headers`. */
  rows: CellValue[][];
  /** Number format per column (aligned with `headers`), kept for columns the user added; null = General. */
  numberFormats?: (string | null)[];
}

/**
 * A workbook that already holds a ledger: its entries, what the office typed beside the schema (contacts,
 * deadlines) and the schema stored in `_wp_meta` (if readable).
 */
export interface ExistingWorkbook {
  entries?: ExistingEntries;
  /** The office's cells of `WP_Units` / `WP_Periods`, written back beside the (new) schema's rows. */
  office?: OfficeCells;
  schema?: Schema;
  /** Fingerprint stored in `_wp_meta` (may be present while the schema JSON is unreadable). */
  fingerprint?: string;
  /** The earlier fingerprints `_wp_meta` keeps (format 3), oldest first. */
  earlierFingerprints?: string[];
}
