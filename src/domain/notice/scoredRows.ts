/** Assessment tables pasted cell by cell without row numbers (项目 | 分值 | 目标任务 | 监考单位). */
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { EMPTY_CELL, figureCells, isUnitCell, type RowCells, type Token } from './tableCells';
import { ROLE_OF, type ColumnKind } from './tableColumns';
import { addRow, isHeading, unitsFromAbove, type FlatTables } from './tableRows';

/** A weight cell (`3`, `0.5`): small, one decimal at most. */
const SCORE = /^\d{1,2}(\.\d{1,2})?$/;

const FIGURE_CELL = /^[^\u4e00-\u9fff]{0,2}[\d.,]+[^\u4e00-\u9fff]{0,2}$/;

/** A line too long to be a cell of an assessment table: the text after it. */
const MAX_SCORED_CELL = 80;

/**
 * Rows of an assessment table pasted cell by cell without row numbers (项目 | 分值 | 目标任务 | 监考单位): each row
 * is the indicator's name followed by its weight, then its target (a figure or a sentence) and its units; a row
 * whose unit cell is merged with the row above takes that row's units. A name-like cell after a row's units, or
 * before the first row, is a category cell (宏观调控) that heads the rows after it.
 */
export function readScoredRows(
  lines: readonly ClassifiedLine[],
  start: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  found: FlatTables,
): number {
  const cells: Token[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    if (line.kind === 'end-matter' || isHeading(line) || line.text.length > MAX_SCORED_CELL) break;
    if (line.kind === 'date' || line.kind === 'signature') break;
    cells.push({ line, index: i, from: 0, to: line.text.length, text: line.text });
  }
  const unitLike = cells.map((c) => isUnitCell(c.text, registry));
  const text = (k: number): boolean =>
    k < cells.length &&
    !unitLike[k] &&
    !FIGURE_CELL.test(cells[k]?.text ?? '') &&
    !EMPTY_CELL.test(cells[k]?.text ?? '');
  const starts = cells.map((_, k) => k).filter((k) => text(k) && SCORE.test(cells[k + 1]?.text ?? ''));
  const first = starts[0];
  if (first === undefined) return start;
  const role = ROLE_OF[kinds.find((kind) => kind in ROLE_OF) ?? 'responsible'] ?? null;
  const withUnits = unitsFromAbove(kinds, found);
  let end = cells[first]?.index ?? start;
  starts.forEach((at, n) => {
    const next = starts[n + 1] ?? cells.length;
    const name = cells[at] as Token;
    const rest = cells.slice(at + 2, next);
    const units: Token[] = [];
    const values: Token[] = [];
    for (const [j, cell] of rest.entries()) {
      const k = at + 2 + j;
      if (unitLike[k]) units.push(cell);
      // A value before the units is the row's target; text after them is the next group's category cell.
      else if (units.length === 0 && values.length === 0 && !EMPTY_CELL.test(cell.text)) values.push(cell);
    }
    const row: RowCells = {
      task: [name, ...figureCells({ values }, true)],
      units:
        units.length > 0 ? [{ cell: units.map((u, j) => (j > 0 ? { ...u, sameCell: true } : u)), role }] : [],
      rest: [],
    };
    addRow(
      found,
      { line: name.line, index: name.index },
      n + 1,
      String(n + 1),
      withUnits(row, name.line, n + 1),
    );
    end = (cells[next - 1] ?? name).index + 1;
  });
  for (let k = start; k < end; k++) if (!found.rows.has(k)) found.consumed.add(k);
  return end - 1;
}
