/**
 * Applying one-click fixes: the user picks issues, we return the cells to change. Nothing is mutated, and a fix
 * whose cell no longer holds the value the issue saw (edited since) is skipped; of two fixes for one cell the
 * first picked wins.
 */
import type { SheetRow } from '../entryCells';
import { sameCell } from './cells';
import { columnIndex } from './columns';
import { rowCells, rowNumber } from './rowReader';
import type { CellChange, ValidationIssue } from './types';

/** The cell changes that the selected issues' fixes make. */
export function applyFixes(
  rows: readonly SheetRow[],
  issues: readonly ValidationIssue[],
  selectedIssueIds: Iterable<string>,
): CellChange[] {
  const byRow = new Map<number, readonly unknown[]>();
  (Array.isArray(rows) ? rows : []).forEach((row, position) => {
    const n = rowNumber(row, position);
    if (!byRow.has(n)) byRow.set(n, rowCells(row));
  });
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const changes: CellChange[] = [];
  const touched = new Set<string>();
  for (const id of selectedIssueIds) {
    const issue = byId.get(id);
    if (!issue?.fix || issue.row === null) continue;
    const index = columnIndex(issue.fix.column);
    const cells = byRow.get(issue.row);
    const key = `${issue.row}:${index}`;
    if (!cells || index < 0 || touched.has(key) || !sameCell(cells[index], issue.fix.from)) continue;
    touched.add(key);
    changes.push({
      row: issue.row,
      column: issue.fix.column,
      columnIndex: index,
      from: issue.fix.from,
      to: issue.fix.to,
      issueId: issue.id,
    });
  }
  return changes;
}
