/**
 * A validate-style write straight through the package editor, for the editor's own tests: 校验状态 for every row
 * read, fills on the cells at fault, the 校验结果 sheet after 进度填报. (The CLI goes through the ledger core.)
 */
import { parseAddress, indexToLetters } from '../../../src/workbook/address';
import { checkSnapshot } from '../../support/ledgerCheck';
import { COLUMNS, SHEETS } from '../../../src/workbook/format';
import { entryCellAddress } from '../../../src/workbook/inspectEntries';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { linkCells, planIssueSheet } from '../../../src/workbook/issueSheet';
import type { CellEdit, PackageEditor } from '../../../src/xlsx/package/edit/packageEditor';

/** The cells of an A1 range (`E12`, `B8:B10`). */
export function cellsOf(range: string): string[] {
  const [a = '', b = a] = range.split(':');
  const from = parseAddress(a);
  const to = parseAddress(b);
  const out: string[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.col; c <= to.col; c++) out.push(`${indexToLetters(c)}${r}`);
  return out;
}

/** Records the validation output of `snapshot` in `editor`; returns how many statuses and fills it set. */
export function recordValidation(
  editor: PackageEditor,
  snapshot: WorkbookSnapshot,
  period?: string,
): { statuses: number; fills: number; issues: number } {
  const check = checkSnapshot(snapshot, period === undefined ? {} : { period });
  if (!check.ok) throw new Error(check.problem);
  const { layout } = check.ledger;
  const output = planIssueSheet(layout, check.ledger.rows, check.result, check.ledger.notices);
  output.sheet.cells.push(...linkCells(output));
  const status = COLUMNS.entries.indexOf('校验状态');
  const statuses: CellEdit[] = output.statuses.map((s) => ({
    address: entryCellAddress(layout, s.row, status),
    value: s.value,
  }));
  const fills: CellEdit[] = output.highlights.flatMap((h) =>
    cellsOf(h.range).map((address) => ({ address, fill: h.fill })),
  );
  // As in Excel: fills on the contract columns belong to validation, so last run's are cleared first.
  const picked = layout.picks.filter((p) => p >= 0).map((p) => layout.left + p);
  const lastRow = output.statuses[output.statuses.length - 1]?.row ?? layout.headerRow;
  if (picked.length > 0 && lastRow > layout.headerRow)
    editor.clearFills(
      layout.sheet,
      `${indexToLetters(Math.min(...picked))}${layout.headerRow + 1}:${indexToLetters(Math.max(...picked))}${lastRow}`,
    );
  editor.setCells(layout.sheet, statuses);
  editor.setCells(layout.sheet, fills);
  editor.putSheet(output.sheet, { after: SHEETS.entries });
  return { statuses: statuses.length, fills: fills.length, issues: check.result.issues.length };
}
