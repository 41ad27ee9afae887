/**
 * What taking collected forms in does to a workbook snapshot (the in-memory workbook of the CLI and browser mode):
 * 来源 added at the end of `WP_Entries` when missing, the entry cells and rows written, rows appended to the record
 * tables (created when missing), and `WP_Collection` replaced. Pure: a new snapshot, the given one untouched.
 */
import type { CellValue, SheetRow } from '../../domain/entryCells';
import { parseAddress } from '../address';
import { COLUMNS, ENTRY_SOURCE_COLUMN, SHEETS, TABLES } from '../format';
import type { PlanValue, SheetPlan } from '../plan';
import { entriesTable } from '../reader';
import type { TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { recordRows, recordTable, type RecordTable } from './records';
import type { EntryCellWrite } from './upsert';

/** The writes of a collect, apart from where the entries are (the port's CollectionWrite adds the layout). */
export interface SnapshotCollection {
  /** Add 来源 (ENTRY_SOURCE_COLUMN) as the table's last column before writing. */
  addSource: boolean;
  /** Cells of existing rows, by sheet row and header. */
  cells: readonly EntryCellWrite[];
  /** Whole rows (aligned with the entries' headers, plus 来源 when added) written into blank rows ending the table. */
  fills: readonly SheetRow[];
  /** Rows added after the table's last row (aligned as `fills`). */
  appended: readonly CellValue[][];
  /** Rows to append to `WP_Imports` and `WP_Revisions`, in contract column order. */
  imports: readonly PlanValue[][];
  revisions: readonly PlanValue[][];
  /** The 回收情况 sheet (replaced whole), or null when there is no period to describe. */
  collection: SheetPlan | null;
}

/** The entries table with 来源 as its last column (blank in every row). */
function withSource(table: TableSnapshot): TableSnapshot {
  if (table.headers.includes(ENTRY_SOURCE_COLUMN)) return table;
  const width = table.headers.length;
  const pad = (r: SheetRow): SheetRow => ({
    row: r.row,
    values: [...r.values, ...Array.from({ length: width - r.values.length }, () => null), null],
  });
  return {
    ...table,
    headers: [...table.headers, ENTRY_SOURCE_COLUMN],
    rows: table.rows.map(pad),
    numberFormats: [...table.numberFormats, '@'],
    ...(table.rowsBelow ? { rowsBelow: table.rowsBelow.map(pad) } : {}),
  };
}

/** The entries table after the writes. */
function writtenEntries(table: TableSnapshot, write: SnapshotCollection): TableSnapshot {
  const t = write.addSource ? withSource(table) : table;
  const at = new Map(t.headers.map((h, i) => [h, i]));
  const cellsByRow = new Map<number, EntryCellWrite[]>();
  for (const c of write.cells) cellsByRow.set(c.row, [...(cellsByRow.get(c.row) ?? []), c]);
  const fills = new Map(write.fills.map((r) => [r.row, r.values]));
  const rows = t.rows.map((r): SheetRow => {
    const fill = fills.get(r.row);
    if (fill) return { row: r.row, values: t.headers.map((_, i) => fill[i] ?? null) };
    const mine = cellsByRow.get(r.row);
    if (!mine) return r;
    const values = t.headers.map((_, i) => r.values[i] ?? null);
    for (const c of mine) {
      const i = at.get(c.header);
      if (i !== undefined) values[i] = c.value;
    }
    return { row: r.row, values };
  });
  const last = rows[rows.length - 1]?.row ?? parseAddress(t.topLeft).row;
  write.appended.forEach((values, k) =>
    rows.push({ row: last + 1 + k, values: t.headers.map((_, i) => values[i] ?? null) }),
  );
  return { ...t, rows };
}

/** A record table holding its rows and `added`, from A1 of its sheet, columns in contract order. */
function grownRecord(
  kind: RecordTable,
  existing: TableSnapshot | undefined,
  added: readonly PlanValue[][],
): TableSnapshot {
  const rows = [...recordRows(existing, kind), ...added];
  return {
    name: kind === 'imports' ? TABLES.imports : TABLES.revisions,
    sheet: kind === 'imports' ? SHEETS.imports : SHEETS.revisions,
    topLeft: 'A1',
    headers: [...COLUMNS[kind]],
    rows: rows.map((values, i) => ({ row: i + 2, values: [...values] })),
    numberFormats: COLUMNS[kind].map(() => null),
  };
}

/** The table a sheet plan holds, as a reader would take it back. */
function tableOf(sheet: SheetPlan): TableSnapshot[] {
  return sheet.tables.map((t) => {
    const top = parseAddress(t.topLeft).row;
    return {
      name: t.name,
      sheet: sheet.name,
      topLeft: t.topLeft,
      headers: t.columns.map((c) => c.header),
      rows: t.rows.map((values, i) => ({ row: top + 1 + i, values: [...values] })),
      numberFormats: t.columns.map((c) => c.numberFormat ?? null),
    };
  });
}

/** The snapshot after a collect's writes. */
export function collectIntoSnapshot(snapshot: WorkbookSnapshot, write: SnapshotCollection): WorkbookSnapshot {
  const entries = entriesTable(snapshot);
  let tables = snapshot.tables.map((t) => (t === entries ? writtenEntries(t, write) : t));
  const sheets = [...snapshot.sheets];
  const ensureSheet = (name: string) => {
    if (!sheets.some((s) => s.name === name)) sheets.push({ name, visibility: 'visible' });
  };
  for (const kind of ['imports', 'revisions'] as const) {
    const added = kind === 'imports' ? write.imports : write.revisions;
    if (added.length === 0) continue;
    const grown = grownRecord(kind, recordTable(snapshot, kind), added);
    tables = [...tables.filter((t) => t.name !== grown.name), grown];
    ensureSheet(grown.sheet);
  }
  if (write.collection) {
    tables = [...tables.filter((t) => t.name !== TABLES.collection), ...tableOf(write.collection)];
    ensureSheet(write.collection.name);
  }
  return { ...snapshot, sheets, tables };
}
