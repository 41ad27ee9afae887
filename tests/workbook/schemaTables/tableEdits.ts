/** Edits of a ledger snapshot's schema tables, as an office makes them in the sheets (test helpers). */
import type { CellValue } from '../../../src/domain/entryCells';
import type { Schema } from '../../../src/domain/schema';
import { withRegistryAliases } from '../../../src/domain/units/aliases';
import { planWorkbook } from '../../../src/workbook/planWorkbook';
import type { TableSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { applyPlanToSnapshot } from '../../../src/workbook/snapshotEdits';

/** The snapshot of a ledger freshly written from `schema` (registry aliases added, as a load does). */
export function ledgerOf(schema: Schema): { snapshot: WorkbookSnapshot; stored: Schema } {
  const stored = withRegistryAliases(schema);
  return {
    snapshot: applyPlanToSnapshot({ sheets: [], tables: [], meta: null }, planWorkbook(stored)),
    stored,
  };
}

/** The table of that name. */
export function tableOf(snapshot: WorkbookSnapshot, name: string): TableSnapshot {
  const table = snapshot.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

function replaceTable(snapshot: WorkbookSnapshot, name: string, edit: (t: TableSnapshot) => TableSnapshot) {
  return { ...snapshot, tables: snapshot.tables.map((t) => (t.name === name ? edit(t) : t)) };
}

/** The snapshot with one cell changed: the data row whose `key` column holds `keyValue`, under `header`. */
export function setCell(
  snapshot: WorkbookSnapshot,
  name: string,
  where: { column: string; is: CellValue } | { index: number },
  header: string,
  value: CellValue,
): WorkbookSnapshot {
  return replaceTable(snapshot, name, (t) => {
    const at = t.headers.indexOf(header);
    if (at < 0) throw new Error(`no column ${header} in ${name}`);
    const key = 'column' in where ? t.headers.indexOf(where.column) : -1;
    let hits = 0;
    const rows = t.rows.map((r, i) => {
      const match = 'index' in where ? i === where.index : r.values[key] === where.is;
      if (!match) return r;
      hits++;
      const values = [...r.values];
      values[at] = value;
      return { row: r.row, values };
    });
    if (hits !== 1) throw new Error(`${hits} rows match in ${name}`);
    return { ...t, rows };
  });
}

/** The snapshot with a row added at the end of a table (values by header, blank elsewhere). */
export function addRow(
  snapshot: WorkbookSnapshot,
  name: string,
  values: Record<string, CellValue>,
): WorkbookSnapshot {
  return replaceTable(snapshot, name, (t) => {
    const last = t.rows[t.rows.length - 1]?.row ?? 1;
    return { ...t, rows: [...t.rows, { row: last + 1, values: t.headers.map((h) => values[h] ?? null) }] };
  });
}

/** The snapshot with the data rows matching `keep` only (rows keep their sheet numbers; later ones are renumbered). */
export function keepRows(
  snapshot: WorkbookSnapshot,
  name: string,
  keep: (values: readonly CellValue[], headers: readonly string[]) => boolean,
): WorkbookSnapshot {
  return replaceTable(snapshot, name, (t) => {
    const first = t.rows[0]?.row ?? 2;
    const rows = t.rows
      .filter((r) => keep(r.values, t.headers))
      .map((r, i) => ({ row: first + i, values: r.values }));
    return { ...t, rows };
  });
}

/** The snapshot with a table's data rows in another order (as sorting the table in Excel does). */
export function sortRows(
  snapshot: WorkbookSnapshot,
  name: string,
  compare: (a: readonly CellValue[], b: readonly CellValue[]) => number,
): WorkbookSnapshot {
  return replaceTable(snapshot, name, (t) => {
    const first = t.rows[0]?.row ?? 2;
    const rows = [...t.rows]
      .sort((a, b) => compare(a.values, b.values))
      .map((r, i) => ({ row: first + i, values: r.values }));
    return { ...t, rows };
  });
}

/** The snapshot without a table (deleted or renamed). */
export function dropTable(snapshot: WorkbookSnapshot, name: string): WorkbookSnapshot {
  return { ...snapshot, tables: snapshot.tables.filter((t) => t.name !== name) };
}

/** The snapshot with rows typed under a table (a reader that reads below the table reports them). */
export function rowsBelow(snapshot: WorkbookSnapshot, name: string, values: CellValue[]): WorkbookSnapshot {
  return replaceTable(snapshot, name, (t) => {
    const last = t.rows[t.rows.length - 1]?.row ?? 1;
    return { ...t, rowsBelow: [{ row: last + 1, values }] };
  });
}
