/** A value over Excel's 32,767-character cell limit is found before writing, naming its sheet and cell. */
import { translate } from '../../src/domain/messages';
import { indexToLetters, parseAddress } from '../../src/workbook/address';
import { COLUMNS, SHEETS } from '../../src/workbook/format';
import {
  assertCellsFit,
  EXCEL_CELL_LIMIT,
  overLongCells,
  planCellWrites,
} from '../../src/workbook/cellLimits';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { miniSchema } from '../fixtures/summary/miniSchema';

const NOTE_COLUMN = COLUMNS.entries.indexOf('工作进展');

function planWithEntry(text: string) {
  const row: (string | number | null)[] = COLUMNS.entries.map(() => null);
  row[NOTE_COLUMN] = text;
  return planWorkbook(miniSchema(), { entries: { headers: [...COLUMNS.entries], rows: [row, row] } });
}

describe('Excel cell limit', () => {
  it('lets a cell of exactly 32,767 characters through', () => {
    expect(() => assertCellsFit(planWithEntry('进'.repeat(EXCEL_CELL_LIMIT)))).not.toThrow();
  });

  it('refuses one character more, naming the 进度填报 sheet and the cell of the second row', () => {
    const plan = planWithEntry('进'.repeat(EXCEL_CELL_LIMIT + 1));
    const found = overLongCells(planCellWrites(plan));
    const entries = plan.sheets.find((s) => s.tables.some((t) => t.name === 'WP_Entries'));
    const table = entries?.tables.find((t) => t.name === 'WP_Entries');
    if (!entries || !table) throw new Error('no entries table in the plan');
    const { row: headerRow, col } = parseAddress(table.topLeft);
    const letter = indexToLetters(col + NOTE_COLUMN);
    expect(found).toEqual([
      { sheet: entries.name, address: `${letter}${headerRow + 1}`, length: EXCEL_CELL_LIMIT + 1 },
      { sheet: entries.name, address: `${letter}${headerRow + 2}`, length: EXCEL_CELL_LIMIT + 1 },
    ]);
    expect(() => assertCellsFit(plan)).toThrow(
      `有 2 个单元格超过 Excel 单元格最多 32767 个字符的限制，无法写入，第一个是工作表“${entries.name}”的 ${letter}${headerRow + 1}`,
    );
  });

  it('checks loose cell writes too (a surgical writer patching single cells)', () => {
    let caught: unknown;
    try {
      assertCellsFit(null, [
        { sheet: SHEETS.summary, address: 'B2', value: '短' },
        { sheet: SHEETS.summary, address: 'A3', value: 'x'.repeat(40000) },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      key: 'cells.tooLong',
      params: { sheet: SHEETS.summary, cell: 'A3', length: 40000 },
    });
    expect(translate('en-US', (caught as { toMessage(): never }).toMessage())).toContain('A3');
  });

  it('counts characters as Excel does, in UTF-16 units (an emoji counts two)', () => {
    const text = '😀'.repeat(EXCEL_CELL_LIMIT / 2 + 1);
    expect(overLongCells([{ sheet: 'S', address: 'A1', value: text }])).toHaveLength(1);
  });
});
