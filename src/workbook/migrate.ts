/**
 * Brings what an older ledger holds up to the current workbook format on load, before anything reads it.
 * Pure: a snapshot in, a snapshot out. Each step names the format version it produces; a workbook gets every
 * step above the version its `_wp_meta` records (all of them when the version is unknown, since every step
 * only adds what is missing). A workbook of a newer format is passed through untouched and flagged.
 */
import type { CellValue } from '../domain/entryCells';
import { ITEM_DEADLINE_COLUMN, OFFICE_COLUMNS, TABLES, WORKBOOK_FORMAT_VERSION } from './format';
import { storedDeadlineCells } from './itemDeadlines';
import { META_KEYS, metaFormatVersion } from './meta';
import type { TableSnapshot, WorkbookSnapshot } from './snapshot';

/** Columns a step added to a table (blank in every row). */
export interface AddedColumns {
  table: string;
  columns: string[];
}

/** A snapshot in the current format, and what it took to get there. */
export interface Migration {
  snapshot: WorkbookSnapshot;
  /** Format version recorded in `_wp_meta`; 0 when there is no `_wp_meta` or it records none. */
  from: number;
  /** The version the snapshot is in now (`WORKBOOK_FORMAT_VERSION`, or `from` when that is newer). */
  to: number;
  /** True when the workbook was written by a newer version than this program: nothing was changed. */
  newer: boolean;
  /** Columns added, per table (empty when the workbook already had them). */
  added: AddedColumns[];
}

/** The cell an appended column gets in a row (from the row as read, aligned with the table's headers). */
type ColumnFill = (headers: readonly string[], values: readonly CellValue[]) => CellValue;

/** One step: the version it produces and the columns it appends at the end of which tables. */
interface Step {
  to: number;
  columns: Record<string, readonly string[]>;
  /** What an appended column holds in a row, by column name (blank when absent), from the snapshot migrated. */
  fill?: (snapshot: WorkbookSnapshot) => Record<string, ColumnFill>;
}

const STEPS: readonly Step[] = [
  // 2: the office records who to write to and by when.
  { to: 2, columns: { [TABLES.units]: OFFICE_COLUMNS.units, [TABLES.periods]: OFFICE_COLUMNS.periods } },
  // 3: collecting returned forms (来源 in WP_Entries, the record sheets, the earlier fingerprints). Nothing is
  // appended to the entries: that table must stay described as it is in the sheet — inside Excel every write is
  // addressed by that description, and a column the sheet lacks would be written beside the table. 来源 is added to
  // the table by the first collect (which writes it), the record sheets when first written, and a ledger of an
  // older format simply has no earlier fingerprints. Each item's 完成时限 is filled from the schema `_wp_meta`
  // stores (what a format-3 writer would have written): `WP_Items` is only ever rewritten whole, from a plan.
  {
    to: 3,
    columns: { [TABLES.items]: [ITEM_DEADLINE_COLUMN] },
    fill: (snapshot) => ({ [ITEM_DEADLINE_COLUMN]: storedDeadlineCells(snapshot) }),
  },
];

/**
 * The table with the missing columns appended (blank cells unless `fill` says otherwise, General format); itself
 * when none is missing.
 */
function withColumns(
  table: TableSnapshot,
  columns: readonly string[],
  fill: Record<string, ColumnFill> = {},
): [TableSnapshot, string[]] {
  const have = new Set(table.headers.map((h) => h.trim()));
  const missing = columns.filter((c) => !have.has(c));
  if (missing.length === 0) return [table, []];
  const width = table.headers.length;
  const pad = (values: CellValue[]): CellValue[] => [
    ...values,
    ...Array.from({ length: width - values.length }, () => null),
    ...missing.map((c) => fill[c]?.(table.headers, values) ?? null),
  ];
  return [
    {
      ...table,
      headers: [...table.headers, ...missing],
      rows: table.rows.map((r) => ({ row: r.row, values: pad(r.values) })),
      numberFormats: [...table.numberFormats, ...missing.map(() => null)],
      ...(table.rowsBelow
        ? { rowsBelow: table.rowsBelow.map((r) => ({ row: r.row, values: pad(r.values) })) }
        : {}),
    },
    missing,
  ];
}

/** The `_wp_meta` grid recording the current format version. */
function metaAtVersion(meta: CellValue[][], version: number): CellValue[][] {
  return meta.map((row) => (row[0] === META_KEYS.formatVersion ? [row[0], version, ...row.slice(2)] : row));
}

/** Brings the snapshot to the current workbook format (see the module comment). */
export function migrateSnapshot(snapshot: WorkbookSnapshot): Migration {
  const from = snapshot.meta ? metaFormatVersion(snapshot.meta) : 0;
  if (from > WORKBOOK_FORMAT_VERSION) return { snapshot, from, to: from, newer: true, added: [] };
  let tables = snapshot.tables;
  const added: AddedColumns[] = [];
  for (const step of STEPS) {
    if (step.to <= from) continue;
    const fill = step.fill?.(snapshot);
    tables = tables.map((table) => {
      const columns = step.columns[table.name];
      if (!columns) return table;
      const [next, missing] = withColumns(table, columns, fill);
      if (missing.length > 0) added.push({ table: table.name, columns: missing });
      return next;
    });
  }
  // The meta grid records the version the snapshot is now in; an unreadable or absent one is left as it is.
  const meta = from > 0 && from < WORKBOOK_FORMAT_VERSION ? snapshot.meta : null;
  return {
    snapshot: {
      ...snapshot,
      tables,
      ...(meta ? { meta: metaAtVersion(meta, WORKBOOK_FORMAT_VERSION) } : {}),
    },
    from,
    to: WORKBOOK_FORMAT_VERSION,
    newer: false,
    added,
  };
}
