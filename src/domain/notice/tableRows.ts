/** The rows the table readers find, and what they share: adding a row, a unit cell merged with the row above. */
import type { Role } from '../schema';
import type { ClassifiedLine } from './classify';
import { readMarker } from './numbering';
import type { RowCells, TableCell } from './tableCells';
import { ROLE_OF, type ColumnKind } from './tableColumns';

/** One row of a task table. */
export interface TableRow {
  no: number;
  /** The number as written. */
  label: string;
  /** The row's first line. */
  line: ClassifiedLine;
  task: TableCell;
  units: Array<{ cell: TableCell; role: Role | null }>;
  deadline?: TableCell;
  /** The measure the row's figures are counted in (its 单位 cell), when the table has such a column. */
  measure?: string;
}

/** The tables found in a notice. */
export interface FlatTables {
  /** Rows by the index of their first line. */
  rows: Map<number, TableRow>;
  /** Indices of lines the tables use (headers, separators, rows). */
  consumed: Set<number>;
  /** Section headings written as table rows (`|一、稳外贸||||`), as lines of their own, by line index. */
  headings: Map<number, ClassifiedLine>;
  /**
   * Where each table starts and its column names, for the diagnostic that tells the office how it was read; `unread`:
   * columns after the units of names we do not know, whose cells are not read.
   */
  tables: Array<{ line: ClassifiedLine; columns: string[]; unread?: string[] }>;
  /** Rows that took the units of the row above (their unit cell merged with it), for a diagnostic each. */
  inherited: Array<{ line: ClassifiedLine; no: number; units: string }>;
  /** Rows without a number read as more of the numbered row above (a project cell merged over its task rows). */
  continued: Array<{ line: ClassifiedLine; no: number }>;
  /** Cells merged over a group of rows that name the group (`一、就业促进`, `深化政府信息公开`): not an item's text. */
  groupCells: Array<{ line: ClassifiedLine; text: string }>;
}

/** A section or group heading (一、 or (一)) between rows. */
export function isHeading(line: ClassifiedLine): boolean {
  return line.kind === 'numbered' && (line.marker?.style === 'cn' || line.marker?.style === 'cn-paren');
}

/** A line a table reader passes over (blank, page furniture, a date). */
export function skippable(line: ClassifiedLine): boolean {
  return line.kind === 'blank' || line.kind === 'furniture' || line.kind === 'date';
}

/**
 * A task column merged over its group's rows (`工作任务` over `细化分工`): where some rows of a table have a cell in
 * the first of two task columns and others not, that column names the group and its cells are not the items' text.
 */
export function dropMergedTaskColumn(found: FlatTables, keys: readonly number[]): void {
  const rows = keys.map((key) => found.rows.get(key)).filter((row): row is TableRow => row !== undefined);
  const full = rows.some((row) => row.task.some((cell) => cell.leading));
  const short = rows.some((row) => row.task.length > 0 && !row.task.some((cell) => cell.leading));
  if (!full || !short) return;
  for (const row of rows) {
    const rest = row.task.filter((cell) => !cell.leading);
    if (rest.length === row.task.length || rest.length === 0) continue;
    for (const cell of row.task)
      if (cell.leading)
        found.groupCells.push({ line: cell.line, text: cell.line.text.slice(cell.from, cell.to) });
    const [first, ...others] = rest;
    row.task = [{ ...(first as TableCell[number]), newColumn: false }, ...others];
  }
}

/** Rows of one table without a 单位 cell take the measure the figure column's name gives (`(万元)`). */
export function measureFromHeader(
  found: FlatTables,
  keys: readonly number[],
  measure: string | undefined,
): void {
  if (measure === undefined) return;
  for (const key of keys) {
    const row = found.rows.get(key);
    if (row && row.measure === undefined) row.measure = measure;
  }
}

/** Records a row read from a table, by the index of its first line. */
export function addRow(
  found: FlatTables,
  first: { line: ClassifiedLine; index: number },
  no: number,
  label: string,
  cells: RowCells,
): void {
  const row: TableRow = {
    no,
    label,
    line: first.line,
    task: cells.task,
    units: cells.units.map((u) => ({ cell: u.cell, role: u.role })),
  };
  if (cells.deadline) row.deadline = cells.deadline;
  if (cells.measure) row.measure = cells.measure;
  found.rows.set(first.index, row);
}

/**
 * Rows of one table with no unit cell of their own under unit columns: their cell is merged with the row above, and
 * they take that row's units, each with a diagnostic for the office.
 */
export function unitsFromAbove(
  kinds: readonly ColumnKind[],
  found: FlatTables,
): (cells: RowCells, line: ClassifiedLine, no: number, mayBeMerged?: boolean) => RowCells {
  const hasUnitColumn = kinds.some((kind) => kind in ROLE_OF);
  let above: RowCells['units'] = [];
  return (cells, line, no, mayBeMerged = true) => {
    if (hasUnitColumn && mayBeMerged && cells.units.length === 0 && above.length > 0) {
      const units = above.map((u) => u.cell.map((c) => c.line.text.slice(c.from, c.to)).join('、')).join(';');
      found.inherited.push({ line, no, units });
      return { ...cells, units: above };
    }
    if (cells.units.length > 0) above = cells.units;
    return cells;
  };
}

/** An item number (`1.`, `1、`, `(1)`) at the start of a cell, or undefined. */
export function itemMarker(text: string): { value: number; label: string; length: number } | undefined {
  const marker = readMarker(text);
  if (!marker || !['arabic-dot', 'arabic-comma', 'arabic-paren'].includes(marker.style)) return undefined;
  return { value: marker.value, label: marker.label, length: marker.length };
}
