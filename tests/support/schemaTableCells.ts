/**
 * Typing into the schema tables of an .xlsx file, as an office does in Excel or WPS before sending it back (test
 * helper): each edit finds its table and row in the file as read, and the package editor writes the cell.
 */
import type { CellValue } from '../../src/domain/entryCells';
import { indexToLetters, parseAddress } from '../../src/workbook/address';
import type { PlanValue } from '../../src/workbook/plan';
import type { TableSnapshot, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { PackageEditor } from '../../src/xlsx/package/edit/packageEditor';
import { readWorkbookPackage } from '../../src/xlsx/package/readSnapshot';

/** One cell to type: under `header`, in the one data row of `table` whose cells hold what `where` says. */
export interface TableCellEdit {
  table: string;
  where: Readonly<Record<string, CellValue>>;
  header: string;
  value: PlanValue;
}

/** The data row an edit names, and the index of its column. */
function rowOf(table: TableSnapshot, edit: TableCellEdit): { row: number; index: number; column: number } {
  const column = table.headers.indexOf(edit.header);
  if (column < 0) throw new Error(`no column ${edit.header} in ${table.name}`);
  const keys = Object.entries(edit.where).map(([h, v]) => ({ at: table.headers.indexOf(h), v }));
  const hits = table.rows
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => keys.every(({ at, v }) => r.values[at] === v));
  const [hit] = hits;
  if (hits.length !== 1 || !hit) throw new Error(`${hits.length} rows of ${table.name} match`);
  return { row: hit.r.row, index: hit.index, column };
}

/** The sheet address of the cell an edit names in a table as read. */
export function editAddress(table: TableSnapshot, edit: TableCellEdit): string {
  const { row, column } = rowOf(table, edit);
  return `${indexToLetters(parseAddress(table.topLeft).col + column)}${row}`;
}

/** The snapshot with the cells typed (a workbook held in memory, as the browser holds it). */
export function typeIntoSnapshot(
  snapshot: WorkbookSnapshot,
  edits: readonly TableCellEdit[],
): WorkbookSnapshot {
  let out = snapshot;
  for (const edit of edits) {
    const { index, column } = rowOf(tableIn(out, edit.table), edit);
    out = {
      ...out,
      tables: out.tables.map((t) =>
        t.name !== edit.table
          ? t
          : {
              ...t,
              rows: t.rows.map((r, i) => {
                if (i !== index) return r;
                const values = [...r.values];
                values[column] = edit.value;
                return { row: r.row, values };
              }),
            },
      ),
    };
  }
  return out;
}

/** The table of that name in a snapshot. */
export function tableIn(snapshot: WorkbookSnapshot, name: string): TableSnapshot {
  const table = snapshot.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** The file with the cells typed; every other part as it was. */
export async function typeIntoTables(
  bytes: Uint8Array,
  edits: readonly TableCellEdit[],
): Promise<Uint8Array> {
  const snapshot = await readWorkbookPackage(bytes, 'book.xlsx');
  const editor = await PackageEditor.open(bytes, 'book.xlsx');
  for (const edit of edits) {
    const table = tableIn(snapshot, edit.table);
    editor.setCells(table.sheet, [{ address: editAddress(table, edit), value: edit.value }]);
  }
  return editor.toBytes();
}
