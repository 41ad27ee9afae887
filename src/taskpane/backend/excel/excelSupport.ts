/** Which cell of the sheet an issue points at, for the Excel backend's go-to-cell. */
import { indexToLetters } from '../../../workbook/address';
import { COLUMNS, SHEETS } from '../../../workbook/format';
import { entryCellAddress, type EntriesLayout } from '../../../workbook/inspectEntries';

/**
 * The sheet and A1 address to select for an entry cell: through the layout validation read (the table may not
 * start in column A), else the contract layout from A1. A column index below 0 selects the row's entry cells.
 */
export function cellToSelect(
  layout: EntriesLayout | null,
  row: number,
  columnIndex: number,
): { sheet: string; address: string } {
  if (!layout) {
    const address =
      columnIndex < 0
        ? `A${row}:${indexToLetters(COLUMNS.entries.length - 1)}${row}`
        : `${indexToLetters(columnIndex)}${row}`;
    return { sheet: SHEETS.entries, address };
  }
  const cell = columnIndex < 0 ? '' : entryCellAddress(layout, row, columnIndex);
  if (cell) return { sheet: layout.sheet, address: cell };
  return {
    sheet: layout.sheet,
    address: `${indexToLetters(layout.left)}${row}:${indexToLetters(layout.left + layout.headers.length - 1)}${row}`,
  };
}
