/** Word tables as mammoth gives them: a cell merged down over rows stands in each of those rows, in its column. */
import { docxBlocks, type DocxCell } from '../../src/documents/docxBlocks';

const texts = (rows: DocxCell[][]) => rows.map((row) => row.map((cell) => cell.paragraphs.join('/')));

function rowsOf(html: string): DocxCell[][] {
  const block = docxBlocks(html)[0];
  if (block?.kind !== 'table') throw new Error('no table');
  return block.rows;
}

describe('docxBlocks', () => {
  it('writes a cell merged down over rows into each of them, so the cells after it keep their columns', () => {
    const rows = rowsOf(
      '<table><tr><td><p>1</p></td><td rowspan="3"><p>市工信局</p></td><td><p>A</p></td></tr>' +
        '<tr><td><p>2</p></td><td><p>B</p></td></tr>' +
        '<tr><td><p>3</p></td><td><p>C</p></td></tr>' +
        '<tr><td><p>4</p></td><td><p>市财政局</p></td><td><p>D</p></td></tr></table>',
    );
    expect(texts(rows)).toEqual([
      ['1', '市工信局', 'A'],
      ['2', '市工信局', 'B'],
      ['3', '市工信局', 'C'],
      ['4', '市财政局', 'D'],
    ]);
  });

  it('keeps a cell merged over two columns and two rows in place, and one merged at the end of a row', () => {
    const rows = rowsOf(
      '<table><tr><td colspan="2" rowspan="2"><p>类别</p></td><td><p>x</p></td><td rowspan="2"><p>尾</p></td></tr>' +
        '<tr><td><p>y</p></td></tr></table>',
    );
    expect(texts(rows)).toEqual([
      ['类别', 'x', '尾'],
      ['类别', 'y', '尾'],
    ]);
    expect(rows[1]?.map((c) => c.colspan)).toEqual([2, 1, 1]);
  });
});
