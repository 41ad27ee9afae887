/**
 * A scanned worksheet as a reader asks it questions: a cell's value (the non-top-left cells of a merge read
 * blank), its number format (a missing cell takes its row's, then its column's style), the rows from a given row
 * on, and the extent exceljs would report (`rowCount`, `columnCount`) for the `_wp_meta` grid.
 */
import type { CellValue } from '../../domain/entryCells';
import { columnOfReference, type ScannedCell, type ScannedRow, type ScannedSheet } from './sheetScan';
import type { StyleFormats } from './numberFormats';

/** A merged block as numbers. */
export interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The box of a `mergeCell` ref (`B5:B7`, corners in any order; a single cell is a 1×1 box). */
export function mergeBox(ref: string): MergeBox | null {
  const [a = '', b = a] = ref.split(':');
  const rowOf = (s: string): number => parseInt(s.replace(/^[$A-Za-z]+\$?/, ''), 10);
  const [r1, r2, c1, c2] = [rowOf(a), rowOf(b), columnOfReference(a), columnOfReference(b)];
  if (![r1, r2].every((n) => Number.isInteger(n) && n > 0) || c1 === 0 || c2 === 0) return null;
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/**
 * The rows as exceljs holds them: ascending and unique (the last of a repeated row number wins), cells ascending
 * and unique, bare cells (no value, no style) left out. Copies only what needs it.
 */
function readerRows(scanned: ScannedSheet): ScannedRow[] {
  const clean = (row: ScannedRow): ScannedRow => {
    let cells = row.cells;
    if (cells.some((c) => c.bare)) cells = cells.filter((c) => !c.bare);
    if (!scanned.ordered) {
      const byCol = new Map<number, ScannedCell>();
      for (const c of cells) byCol.set(c.col, c);
      cells = [...byCol.values()].sort((a, b) => a.col - b.col);
    }
    return cells === row.cells ? row : { ...row, cells };
  };
  if (scanned.ordered) return scanned.rows.map(clean);
  const byNumber = new Map<number, ScannedRow>();
  for (const row of scanned.rows) byNumber.set(row.r, row);
  return [...byNumber.values()].sort((a, b) => a.r - b.r).map(clean);
}

/** Questions about one scanned sheet. */
export class SheetCells {
  readonly merges: MergeBox[];
  private readonly byRow = new Map<number, ScannedRow>();
  private readonly slaves = new Set<ScannedCell>();

  /** Rows ascending, each with the cells exceljs would create (bare `<c/>` elements left out), ascending. */
  readonly rows: ScannedRow[];

  constructor(
    readonly scanned: ScannedSheet,
    private readonly formats: StyleFormats,
  ) {
    this.rows = readerRows(scanned);
    for (const row of this.rows) this.byRow.set(row.r, row);
    this.merges = scanned.merges.map(mergeBox).filter((m): m is MergeBox => m !== null);
    for (const m of this.merges) {
      for (const row of this.rowsBetween(m.top, m.bottom)) {
        for (const cell of row.cells) {
          if (cell.col < m.left || cell.col > m.right) continue;
          if (row.r !== m.top || cell.col !== m.left) this.slaves.add(cell);
        }
      }
    }
  }

  /** Rows present in the XML with `from ≤ r ≤ to`, ascending. */
  rowsBetween(from: number, to: number): ScannedRow[] {
    const rows = this.rows;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rows[mid] as ScannedRow).r < from) lo = mid + 1;
      else hi = mid;
    }
    const out: ScannedRow[] = [];
    for (let i = lo; i < rows.length && (rows[i] as ScannedRow).r <= to; i++) out.push(rows[i] as ScannedRow);
    return out;
  }

  /** The scanned cell at a position, if the XML has one. */
  cell(row: number, col: number): ScannedCell | undefined {
    const cells = this.byRow.get(row)?.cells;
    if (!cells) return undefined;
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid] as ScannedCell;
      if (c.col === col) return c;
      if (c.col < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Whether a scanned cell is covered by a merge without being its top-left cell. */
  isMergedAway(cell: ScannedCell): boolean {
    return this.slaves.has(cell);
  }

  /** The value a reader sees at a position (blank for a missing or merged-away cell). */
  value(row: number, col: number): CellValue {
    const cell = this.cell(row, col);
    return cell === undefined || this.slaves.has(cell) ? null : cell.value;
  }

  /** The number format of a position, as exceljs reports it (`General` counts as none). */
  numberFormat(row: number, col: number): string | null {
    const cell = this.cell(row, col);
    let format: string | undefined;
    if (cell) format = this.formats.formatOf(cell.style);
    else {
      format = this.formats.formatOf(this.byRow.get(row)?.style);
      if (!format) {
        const column = this.scanned.columns.find((c) => c.min <= col && col <= c.max);
        format = this.formats.formatOf(column?.style);
      }
    }
    return format && format !== 'General' ? format : null;
  }

  /** exceljs's `rowCount`: the last row the sheet holds, merges included. */
  rowCount(): number {
    const last = this.rows[this.rows.length - 1]?.r ?? 0;
    return Math.max(last, ...this.merges.map((m) => m.bottom));
  }

  /**
   * exceljs's `columnCount`: over the rows holding a value (merged-away cells count), the highest column of any
   * cell the row holds, merge cells included.
   */
  columnCount(): number {
    const extent = new Map<number, { valued: boolean; right: number }>();
    const note = (r: number, valued: boolean, right: number): void => {
      const e = extent.get(r);
      if (e) {
        e.valued ||= valued;
        e.right = Math.max(e.right, right);
      } else extent.set(r, { valued, right });
    };
    for (const row of this.scanned.rows) for (const cell of row.cells) note(row.r, cell.valued, cell.col);
    for (const m of this.merges) {
      // The merge's rows are created whole; every cell but the top-left one is a "merge" (a value) cell.
      if (m.bottom - m.top > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++) note(r, r > m.top || m.right > m.left, m.right);
    }
    let count = 0;
    for (const e of extent.values()) if (e.valued) count = Math.max(count, e.right);
    return count;
  }
}
