/**
 * Edits of a workbook snapshot, as pure functions: what an in-memory workbook (browser mode, a file being
 * rewritten) does when a use case merges entries, loads a plan or writes cells. Each returns a new snapshot and
 * leaves the given one as it was.
 */
import type { CellValue, SheetRow } from '../domain/entryCells';
import { parseAddress } from './address';
import { SHEETS, TABLES } from './format';
import type { CellPlan, PlanValue, TablePlan, WorkbookPlan } from './plan';
import { entriesTable } from './reader';
import type { TableSnapshot, WorkbookSnapshot } from './snapshot';

/** A cell of the entries, by sheet row and 0-based index into the layout's headers. */
export interface EntryCellWrite {
  row: number;
  /** 0-based index into `layout.headers` (not the contract order). */
  column: number;
  value: CellValue;
}

function isBlankRow(values: readonly CellValue[]): boolean {
  return values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/**
 * The snapshot with every entry inside `WP_Entries`: rows typed below the table move up to follow its last row,
 * in order, blank rows between them dropped; a plain range (or a renamed table) becomes `WP_Entries` where it is.
 */
export function mergeEntriesInSnapshot(
  snapshot: WorkbookSnapshot,
  rowsBelow: readonly number[],
): WorkbookSnapshot {
  const table = entriesTable(snapshot);
  if (!table) {
    const plain = snapshot.plainEntries;
    if (!plain) return snapshot;
    const rows = [...plain.rows];
    while (rows.length > 0 && isBlankRow(rows[rows.length - 1]?.values ?? [])) rows.pop();
    const merged: TableSnapshot = { ...plain, name: TABLES.entries, rows, rowsBelow: [] };
    // A renamed table over the same cells is the one being renamed back.
    const others = snapshot.tables.filter((t) => !(t.sheet === plain.sheet && t.topLeft === plain.topLeft));
    const { plainEntries: _gone, ...rest } = snapshot;
    return { ...rest, tables: [...others, merged] };
  }
  const wanted = new Set(rowsBelow);
  const moving = (table.rowsBelow ?? []).filter((r) => wanted.has(r.row));
  if (moving.length === 0) return snapshot;
  const last = table.rows[table.rows.length - 1]?.row ?? parseAddress(table.topLeft).row;
  const renumber = new Map(moving.map((r, i) => [r.row, last + 1 + i]));
  const rows: SheetRow[] = [
    ...table.rows,
    ...moving.map((r) => ({ row: renumber.get(r.row) ?? r.row, values: [...r.values] })),
  ];
  const formulaCells = (table.formulaCells ?? []).flatMap((c) => {
    if (c.row <= last) return [c];
    const to = renumber.get(c.row);
    return to === undefined ? [] : [{ ...c, row: to }];
  });
  const merged: TableSnapshot = { ...table, rows, rowsBelow: [], formulaCells };
  return { ...snapshot, tables: snapshot.tables.map((t) => (t === table ? merged : t)) };
}

/** The entries table or plain range a layout describes, whichever the snapshot holds. */
function entriesOf(snapshot: WorkbookSnapshot): TableSnapshot | undefined {
  return entriesTable(snapshot) ?? snapshot.plainEntries;
}

/** The snapshot with entry cells written (in table rows or rows below); cells of rows it does not hold are ignored. */
export function writeEntryCells(
  snapshot: WorkbookSnapshot,
  writes: readonly EntryCellWrite[],
): WorkbookSnapshot {
  const table = entriesOf(snapshot);
  if (!table || writes.length === 0) return snapshot;
  const byRow = new Map<number, EntryCellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const edit = (r: SheetRow): SheetRow => {
    const mine = byRow.get(r.row);
    if (!mine) return r;
    const values = [...r.values];
    for (const w of mine) {
      while (values.length <= w.column) values.push(null);
      values[w.column] = w.value;
    }
    return { row: r.row, values };
  };
  const edited: TableSnapshot = {
    ...table,
    rows: table.rows.map(edit),
    ...(table.rowsBelow ? { rowsBelow: table.rowsBelow.map(edit) } : {}),
  };
  if (table === snapshot.plainEntries) return { ...snapshot, plainEntries: edited };
  return { ...snapshot, tables: snapshot.tables.map((t) => (t === table ? edited : t)) };
}

/** One column of the entries (by index into the headers), every row's value by sheet row. */
export function entryColumnValues(snapshot: WorkbookSnapshot, column: number): Map<number, CellValue> {
  const table = entriesOf(snapshot);
  const values = new Map<number, CellValue>();
  for (const r of [...(table?.rows ?? []), ...(table?.rowsBelow ?? [])])
    values.set(r.row, r.values[column] ?? null);
  return values;
}

function gridOf(cells: readonly CellPlan[]): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const cell of cells) {
    const { row, col } = parseAddress(cell.address);
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1] ?? [];
    while (line.length < col) line.push(null);
    line[col] = cell.value ?? null;
    grid[row - 1] = line;
  }
  return grid;
}

function tableFromPlan(sheet: string, plan: TablePlan): TableSnapshot {
  const top = parseAddress(plan.topLeft).row;
  return {
    name: plan.name,
    sheet,
    topLeft: plan.topLeft,
    headers: plan.columns.map((c) => c.header),
    rows: plan.rows.map((values: PlanValue[], i) => ({ row: top + 1 + i, values: [...values] })),
    numberFormats: plan.columns.map((c) => c.numberFormat ?? null),
  };
}

/**
 * The snapshot after a schema plan is written: the plan's sheets and tables, `_wp_meta` from the plan. The
 * entries keep their cell values exactly when the plan kept the table's columns (a plan carries errors as text).
 */
export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: WorkbookPlan): WorkbookSnapshot {
  const planned = new Set(plan.sheets.map((s) => s.name));
  const sheets = [
    ...plan.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    ...snapshot.sheets.filter((s) => !planned.has(s.name)),
  ];
  const before = entriesTable(snapshot);
  const tables: TableSnapshot[] = plan.sheets.flatMap((s) =>
    s.tables.map((t) => {
      const table = tableFromPlan(s.name, t);
      const sameColumns =
        t.name === TABLES.entries &&
        before !== undefined &&
        before.headers.length === table.headers.length &&
        before.headers.every((h, i) => h === table.headers[i]);
      return sameColumns && before
        ? { ...table, rows: before.rows, numberFormats: before.numberFormats }
        : table;
    }),
  );
  const kept = snapshot.tables.filter((t) => !tables.some((p) => p.name === t.name) && !planned.has(t.sheet));
  const meta = plan.sheets.find((s) => s.name === SHEETS.meta);
  const { plainEntries: _replaced, ...rest } = snapshot;
  return { ...rest, sheets, tables: [...tables, ...kept], meta: meta ? gridOf(meta.cells) : snapshot.meta };
}

/** The snapshot with a row appended to `WP_Entries` (values by header); returns it with the new row's number. */
export function appendEntryRow(
  snapshot: WorkbookSnapshot,
  values: Readonly<Record<string, CellValue>>,
): { snapshot: WorkbookSnapshot; row: number } {
  const table = entriesTable(snapshot);
  if (!table) throw new Error('no entries table to append to');
  const row = (table.rows[table.rows.length - 1]?.row ?? parseAddress(table.topLeft).row) + 1;
  const appended: TableSnapshot = {
    ...table,
    rows: [...table.rows, { row, values: table.headers.map((h) => values[h] ?? null) }],
  };
  return { snapshot: { ...snapshot, tables: snapshot.tables.map((t) => (t === table ? appended : t)) }, row };
}

/** The snapshot with a `WP_Entries` row deleted; the rows after it move up (as a spreadsheet does). */
export function removeEntryRow(snapshot: WorkbookSnapshot, row: number): WorkbookSnapshot {
  const table = entriesTable(snapshot);
  if (!table || !table.rows.some((r) => r.row === row)) return snapshot;
  const rows = table.rows
    .filter((r) => r.row !== row)
    .map((r) => (r.row > row ? { ...r, row: r.row - 1 } : r));
  const formulaCells = (table.formulaCells ?? [])
    .filter((c) => c.row !== row)
    .map((c) => (c.row > row ? { ...c, row: c.row - 1 } : c));
  const edited: TableSnapshot = { ...table, rows, formulaCells };
  return { ...snapshot, tables: snapshot.tables.map((t) => (t === table ? edited : t)) };
}
