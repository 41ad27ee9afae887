import { cellToSelect } from '../../src/taskpane/backend/excel/excelSupport';
import { COLUMNS, SHEETS } from '../../src/workbook/format';
import type { EntriesLayout } from '../../src/workbook/inspectEntries';

describe('the cell the Excel pane selects for an issue', () => {
  const layout: EntriesLayout = {
    sheet: '填报',
    left: 2,
    headerRow: 4,
    headers: [...COLUMNS.entries],
    picks: COLUMNS.entries.map((_, i) => i),
    lastTableRow: 10,
    plain: false,
  };

  it('counts from column A when no validation has read the layout', () => {
    expect(cellToSelect(null, 12, 4)).toEqual({ sheet: SHEETS.entries, address: 'E12' });
    expect(cellToSelect(null, 12, -1)).toEqual({ sheet: SHEETS.entries, address: 'A12:J12' });
  });

  it('shifts by the layout when the entries start in column C', () => {
    expect(cellToSelect(layout, 12, 0)).toEqual({ sheet: '填报', address: 'C12' });
    expect(cellToSelect(layout, 12, 4)).toEqual({ sheet: '填报', address: 'G12' });
    expect(cellToSelect(layout, 12, -1)).toEqual({ sheet: '填报', address: 'C12:L12' });
  });
});
