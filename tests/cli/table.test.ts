import { cellText, displayWidth, renderTable, truncate } from '../../src/cli/table';

describe('renderTable', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('T19.2')).toBe(5);
    expect(displayWidth('省工信厅')).toBe(8);
    // Curly quotes are East Asian "ambiguous" width: one column in most terminals.
    expect(displayWidth('“专精特新”（潜在）')).toBe(1 + 8 + 1 + 8);
  });

  it('lines up columns after Chinese text', () => {
    const text = renderTable(
      [{ header: '编号' }, { header: '名称' }, { header: '值' }],
      [
        ['T1.1', '省级“专精特新”中小企业', '500'],
        ['T20.3', 'ab', '7500'],
      ],
    );
    const lines = text.split('\n');
    const valueColumn = lines.slice(2).map((line) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1)));
    expect(new Set(valueColumn).size).toBe(1);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
  });

  it('cuts long cells to the column maximum with an ellipsis', () => {
    expect(truncate('充分发挥省促进中小企业发展工作领导小组组织领导作用', 10)).toBe('充分发挥…');
    expect(
      displayWidth(truncate('充分发挥省促进中小企业发展工作领导小组组织领导作用', 11)),
    ).toBeLessThanOrEqual(11);
    expect(truncate('短', 10)).toBe('短');
  });

  it('turns line breaks, tabs and escape characters into spaces', () => {
    expect(cellText('甲\r\n乙\t丙\u001b[0m\u202e丁')).toBe('甲 乙 丙 [0m 丁');
  });
});
