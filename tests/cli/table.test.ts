import { cellText, displayWidth, renderTable, splitWidth, wrapLines } from '../../src/cli/table';

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

  it('wraps a long cell within its column onto further lines, never cutting a character', () => {
    const long = '省工业和信息化厅、省发展改革委、省科技厅、省财政厅、省人力资源社会保障厅';
    const text = renderTable([{ header: '编号' }, { header: '牵头', max: 12 }], [['1', long]]);
    const lines = text.split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(1);
    expect(text).not.toContain('…');
    expect(lines.map((l) => l.slice(l.indexOf(' ')).trim()).join('')).toBe(long);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(displayWidth('编号') + 2 + 12);
  });

  it('splits text by display width and wraps a line with an indent, dropping nothing', () => {
    expect(splitWidth('充分发挥省促进', 4)).toEqual(['充分', '发挥', '省促', '进']);
    const lines = wrapLines('甲'.repeat(30), 24, '  ', '    ');
    expect(lines[0]).toBe(`  ${'甲'.repeat(11)}`);
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('甲'.repeat(30));
  });

  it('turns line breaks, tabs and escape characters into spaces', () => {
    expect(cellText('甲\r\n乙\t丙\u001b[0m\u202e丁')).toBe('甲 乙 丙 [0m 丁');
  });
});
