/**
 * Turns what a reader took out of a workbook back into domain input: the entries as rows in contract column
 * order, and the schema stored in `_wp_meta`.
 */
import { message, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import { readSchemaFile } from '../domain/schemaFile';
import type { ExistingWorkbook } from './existing';
import { COLUMNS, TABLES } from './format';
import type { SheetRow } from '../domain/entryCells';
import { readMetaGrid } from './meta';
import { hasOfficeCells, officeCellsFromSnapshot } from './officeCells';
import type { TableSnapshot, WorkbookSnapshot } from './snapshot';

/** The schema stored in a workbook, or why it could not be read (Chinese). */
export type StoredSchema =
  | { status: 'absent' }
  | {
      status: 'ok';
      schema: Schema;
      fingerprint: string;
      formatVersion: number;
      appVersion: string;
      /** Fingerprints of the schemas the ledger held before, oldest first (empty before format 3). */
      earlierFingerprints: string[];
    }
  | { status: 'unreadable'; problem: Message; fingerprint?: string; earlierFingerprints?: string[] };

/** The `WP_Entries` table of a snapshot, if any. */
export function entriesTable(snapshot: WorkbookSnapshot): TableSnapshot | undefined {
  return snapshot.tables.find((t) => t.name === TABLES.entries);
}

/**
 * Entry rows with their sheet row numbers, values in `COLUMNS.entries` order (a missing column reads as
 * blank; columns a user added are left out). Rows where every contract cell is blank are skipped.
 */
export function entryRows(snapshot: WorkbookSnapshot): SheetRow[] {
  const table = entriesTable(snapshot);
  if (!table) return [];
  const picks = COLUMNS.entries.map((h) => table.headers.indexOf(h));
  return table.rows
    .map((r) => ({ row: r.row, values: picks.map((i) => (i < 0 ? null : (r.values[i] ?? null))) }))
    .filter((r) => r.values.some((v) => v !== null && v !== ''));
}

/** Reads the schema out of the snapshot's `_wp_meta` grid. */
export function storedSchema(snapshot: WorkbookSnapshot): StoredSchema {
  if (!snapshot.meta) return { status: 'absent' };
  const meta = readMetaGrid(snapshot.meta);
  if (meta === null) return { status: 'absent' };
  if ('key' in meta) return { status: 'unreadable', problem: meta };
  const earlierFingerprints = meta.earlierFingerprints ?? [];
  const read = readSchemaFile(meta.schemaJson);
  if (!read.ok) {
    const first = read.errors[0];
    const problem = message('ledger.metaUnreadable', {
      detail: first ? `${first.path ? `${first.path} ` : ''}${first.message}` : '—',
    });
    return { status: 'unreadable', problem, fingerprint: meta.fingerprint, earlierFingerprints };
  }
  return {
    status: 'ok',
    schema: read.schema,
    fingerprint: meta.fingerprint,
    formatVersion: meta.formatVersion,
    appVersion: meta.appVersion,
    earlierFingerprints,
  };
}

/** What a plan must carry over of the stored schema's identity: its fingerprint and the earlier ones. */
export function storedIdentity(
  stored: StoredSchema,
): Pick<ExistingWorkbook, 'fingerprint' | 'earlierFingerprints'> {
  if (stored.status === 'absent') return {};
  const earlier = stored.earlierFingerprints ?? [];
  return {
    ...(stored.fingerprint ? { fingerprint: stored.fingerprint } : {}),
    ...(earlier.length > 0 ? { earlierFingerprints: earlier } : {}),
  };
}

/**
 * What planWorkbook needs from a workbook already holding a ledger: all entry rows as they are, the office's
 * contacts and deadlines, and its schema. Expects a current-format snapshot (see migrateSnapshot).
 */
export function existingFromSnapshot(snapshot: WorkbookSnapshot): ExistingWorkbook {
  const table = entriesTable(snapshot);
  const stored = storedSchema(snapshot);
  const office = officeCellsFromSnapshot(snapshot);
  return {
    ...(table
      ? {
          entries: {
            headers: table.headers,
            rows: table.rows.map((r) => r.values),
            numberFormats: table.numberFormats,
          },
        }
      : {}),
    ...(hasOfficeCells(office) ? { office } : {}),
    ...(stored.status === 'ok' ? { schema: stored.schema } : {}),
    ...storedIdentity(stored),
  };
}
